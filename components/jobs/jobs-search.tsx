'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { SEARCH_MAX_LENGTH } from '@/lib/url-state/jobs-query';

const DEBOUNCE_MS = 350;

export type JobsSearchProps = {
  /** The search in force (from the URL). */
  value: string;
  onSearch: (search: string) => void;
  /** What is searched, for the files page's box; jobs by default. */
  label?: string;
  placeholder?: string;
};

/** Searches as the user pauses typing, or at once on Enter; follows the URL on back and forward. */
export function JobsSearch({
  value,
  onSearch,
  label = 'Search jobs by name',
  placeholder = 'e.g. airfoil',
}: JobsSearchProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const onSearchRef = useRef(onSearch);

  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);

  const [valueShown, setValueShown] = useState(value);
  if (valueShown !== value) {
    setValueShown(value);
    if (text.trim() !== value) setText(value);
  }

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === value) return;
    const timer = setTimeout(() => onSearchRef.current(wanted), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <form
      role="search"
      className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== value) onSearch(text.trim());
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        onChange={(event) => setText(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
    </form>
  );
}
