'use client';

import { useId } from 'react';
import { useHydrated } from '@/lib/ui/use-hydrated';
import { PAGE_SIZES, type PageSize } from '@/lib/url-state/search-params';

export type PageSizeSelectProps = {
  value: PageSize;
  onChange: (size: PageSize) => void;
  label?: string;
};

export function PageSizeSelect({ value, onChange, label = 'Jobs per page' }: PageSizeSelectProps) {
  const id = useId();
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={!hydrated}
        onChange={(event) => {
          const size = PAGE_SIZES.find((candidate) => String(candidate) === event.target.value);
          if (size) onChange(size);
        }}
        className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
