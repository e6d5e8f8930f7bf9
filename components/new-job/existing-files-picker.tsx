'use client';

import { useState } from 'react';
import { describeFailure } from '@/lib/rescale/failure';
import { Button } from '@/components/ui/button';
import { SearchField } from '@/components/ui/search-field';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useFilesPage } from '@/lib/files/use-files';
import { formatBytes } from '@/lib/ui/format';
import type { InputFileRef } from '@/lib/new-job/form';
import { searchText } from '@/lib/url-state/search-params';

const PAGE_SIZE = 10;

type PickerQuery = { search: string; page: number };

/** A new search starts on its first page; the same search keeps the page. */
function searchingFor(raw: string): (current: PickerQuery) => PickerQuery {
  const search = searchText(raw);
  return (current) => (current.search === search ? current : { search, page: 1 });
}

export type ExistingFilesPickerProps = {
  chosen: readonly InputFileRef[];
  onToggle: (file: InputFileRef, chosen: boolean) => void;
};

/**
 * The user's files, a page at a time, fetched only once the picker is opened, and
 * searched by the platform as on the files page.
 */
export function ExistingFilesPicker({ chosen, onToggle }: ExistingFilesPickerProps) {
  const [open, setOpen] = useState(false);
  const [{ search, page }, setQuery] = useState<PickerQuery>({ search: '', page: 1 });
  const { data, error, mutate } = useFilesPage(page, PAGE_SIZE, search, open);

  const setPage = (next: number) => setQuery((current) => ({ ...current, page: next }));

  const chosenIds = new Set(chosen.map((file) => file.id));
  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1;

  return (
    <details
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium">Choose from your files</summary>
      <div className="mt-3 flex flex-col gap-2">
        <SearchField
          label="Search your files"
          placeholder="e.g. mesh"
          className="sm:max-w-sm"
          value={search}
          onSearch={(raw) => setQuery(searchingFor(raw))}
        />
        {error ? (
          <ErrorPanel
            title="Your files could not be loaded"
            message={describeFailure(error)}
            onRetry={() => void mutate()}
          />
        ) : null}
        {!data && !error ? <p className="text-sm">Loading your files…</p> : null}
        {data && data.results.length === 0 ? (
          <p className="text-sm">
            {search ? `No file matches “${search}”.` : 'You have no files yet; upload one above.'}
          </p>
        ) : null}
        {data && data.results.length > 0 ? (
          <fieldset className="flex flex-col gap-1">
            <legend className="sr-only">
              {search ? `Your files matching “${search}”` : 'Your files'}, page {page}
            </legend>
            {data.results.map((file) => (
              <label key={file.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={chosenIds.has(file.id)}
                  onChange={(event) =>
                    onToggle({ id: file.id, name: file.name, size: file.decryptedSize }, event.target.checked)
                  }
                />
                <span className="break-all">{file.name}</span>
                <span className="text-slate-600 dark:text-slate-400">{formatBytes(file.decryptedSize)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {data && pageCount > 1 ? (
          <div className="flex items-center gap-2 text-sm">
            <Button size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <span>
              Page {page} of {pageCount}
            </span>
            <Button size="sm" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </div>
        ) : null}
      </div>
    </details>
  );
}
