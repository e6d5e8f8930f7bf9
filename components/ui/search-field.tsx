'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '@/lib/ui/use-hydrated';
import { SEARCH_MAX_LENGTH } from '@/lib/url-state/search-params';

const DEBOUNCE_MS = 350;

export type SearchFieldProps = {
  label: string;
  placeholder: string;
  /** The search in force: from the URL, or the picker's state. */
  value: string;
  /** Called with the trimmed text once the user pauses typing, or at once on Enter. */
  onSearch: (search: string) => void;
  className?: string;
};

/**
 * The one search box: searches as the user pauses typing, or at once on Enter, and
 * follows `value` when it changes elsewhere (back and forward). It is a field, not a
 * form, so it also serves inside a form, where Enter must search rather than submit.
 */
export function SearchField({ label, placeholder, value, onSearch, className = '' }: SearchFieldProps) {
  const id = useId();
  const hydrated = useHydrated();
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
    <div role="search" className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        disabled={!hydrated}
        maxLength={SEARCH_MAX_LENGTH}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (text.trim() !== value) onSearch(text.trim());
        }}
        placeholder={placeholder}
        autoComplete="off"
        className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
    </div>
  );
}
