'use client';

import { Fragment } from 'react';
import { RelativeTime } from '@/components/ui/relative-time';
import { SearchField } from '@/components/ui/search-field';
import { formatBytes } from '@/lib/ui/format';
import { FILES_PAGE_SIZE } from '@/lib/job/job-resources';
import { useFile, useOutputFiles } from '@/lib/job/use-job-resources';
import { pageCount } from '@/lib/url-state/search-params';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { canPreview } from '@/lib/job/use-file-preview';
import { FilePreview } from './file-preview';
import { JobViewPager } from './job-view-pager';
import { SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';
import { useFileSelection } from '@/lib/files/use-file-selection';
import { ViewLink } from './view-link';
import { OutputFileRun } from './output-file-run';
import { SelectFileBox, SelectPageBox } from './file-select-boxes';
import { ZipSelectionBar } from './zip-selection-bar';

const cell = 'px-3 py-1.5';

/** Output files of the job, or of one run: searched and paged by the platform; `showRun` adds each file's run. */
export function OutputFiles({
  jobId,
  runId,
  showRun = false,
}: {
  jobId: string;
  runId: string | null;
  showRun?: boolean;
}) {
  const { view, setView } = useJobView();
  const files = useOutputFiles(jobId, runId, view.filesPage, view.filesSearch);
  const selection = useFileSelection();

  const listed = files.data?.results.find((file) => file.id === view.preview);
  const previewed = useFile(view.preview && files.data && !listed ? view.preview : null);
  const pages = pageCount(files.data?.count ?? 0, FILES_PAGE_SIZE);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
        <SearchField
          label="Search output files"
          placeholder="e.g. residuals"
          className="w-64"
          value={view.filesSearch}
          onSearch={(filesSearch) => setView({ filesSearch })}
        />
        {view.filesSearch && (
          <ViewLink
            change={{ filesSearch: '' }}
            className="pb-2.5 text-sm text-sky-700 underline dark:text-sky-400"
          >
            Clear search
          </ViewLink>
        )}
      </div>
      <ZipSelectionBar jobId={jobId} selection={selection} />
      {files.error && (
        <SectionError what="the output files" error={files.error} onRetry={() => void files.mutate()} />
      )}
      {files.isLoading && <SkeletonBlock label="output files" lines={6} />}
      {files.data && files.data.count === 0 && (
        <p className="text-sm">
          {view.filesSearch
            ? `No output file matches “${view.filesSearch}”.`
            : runId
              ? 'This run has no output files.'
              : 'This job has no output files yet. They appear when runs finish.'}
        </p>
      )}
      {files.data && files.data.count > 0 && (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {files.data.count.toLocaleString('en')} file{files.data.count === 1 ? '' : 's'}
            {view.filesSearch ? ` matching “${view.filesSearch}”` : ''}
          </p>
          <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
            <table className="w-full text-left text-sm" data-testid="output-files">
              <caption className="sr-only">
                Output files, page {view.filesPage} of {pages}
              </caption>
              <thead className="bg-slate-50 dark:bg-slate-900">
                <tr>
                  <th scope="col" className={`${cell} w-8`}>
                    <SelectPageBox files={files.data.results} selection={selection} />
                  </th>
                  <th scope="col" className={cell}>
                    File
                  </th>
                  {showRun && (
                    <th scope="col" className={cell}>
                      Run
                    </th>
                  )}
                  <th scope="col" className={`${cell} text-right`}>
                    Size
                  </th>
                  <th scope="col" className={cell}>
                    Uploaded
                  </th>
                  <th scope="col" className={cell}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {files.data.results.map((file) => (
                  <Fragment key={file.id}>
                    <tr className="border-t border-slate-200 dark:border-slate-800">
                      <td className={cell}>
                        <SelectFileBox file={file} selection={selection} />
                      </td>
                      <td className={`${cell} font-mono break-all`}>{file.relativePath || file.name}</td>
                      {showRun && (
                        <td className={cell}>
                          <OutputFileRun file={file} />
                        </td>
                      )}
                      <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>
                        {formatBytes(file.decryptedSize)}
                      </td>
                      <td className={cell}>
                        <RelativeTime iso={file.dateUploaded} />
                      </td>
                      <td className={`${cell} whitespace-nowrap`}>
                        <a
                          href={proxyUrl(rescalePaths.fileContents(file.id))}
                          download={file.name}
                          className="text-sky-700 underline dark:text-sky-400"
                          aria-label={`Download ${file.relativePath || file.name}`}
                        >
                          Download
                        </a>
                        {canPreview(file) && (
                          <>
                            {' · '}
                            <ViewLink
                              change={{ preview: file.id }}
                              className="text-sky-700 underline dark:text-sky-400"
                              aria-label={`Preview ${file.relativePath || file.name}`}
                            >
                              Preview
                            </ViewLink>
                          </>
                        )}
                      </td>
                    </tr>
                    {file.id === view.preview && (
                      <tr>
                        <td colSpan={showRun ? 6 : 5} className="px-2 pb-3">
                          {/* Zero width, then the row's: long lines scroll inside the preview instead of widening the table. */}
                          <div className="w-0 min-w-full">
                            <FilePreview file={file} />
                          </div>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          <JobViewPager
            jobId={jobId}
            label="Output file pages"
            table="filesPage"
            count={files.data?.count ?? 0}
            pageSize={FILES_PAGE_SIZE}
          />
        </>
      )}
      {previewed.error && (
        <SectionError
          what="the file to preview"
          error={previewed.error}
          onRetry={() => void previewed.mutate()}
        />
      )}
      {previewed.data && <FilePreview file={previewed.data} />}
    </div>
  );
}
