import Link from 'next/link';
import { isPlainLeftClick } from '@/lib/url-state/navigate';
import { pageHref } from '@/lib/url-state/search-params';
import { buttonClasses } from './button';

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** The path the links point at, e.g. `/jobs`. */
  basePath: string;
  /** The current query (everything but the page is kept in each link). */
  query: string | URLSearchParams | Record<string, string>;
  pageParam?: string;
  /**
   * Takes over plain left clicks (the links still work when opened in a new tab):
   * a client table uses it to change the URL without a server round trip.
   */
  onNavigate?: (href: string, page: number) => void;
  label?: string;
};

export function Pagination({
  page,
  pageCount,
  basePath,
  query,
  pageParam = 'page',
  onNavigate,
  label = 'Pagination',
}: PaginationProps) {
  const last = Math.max(1, pageCount);
  const steps = [
    { text: 'First', aria: 'First page', target: 1, enabled: page > 1 },
    { text: 'Previous', aria: 'Previous page', target: page - 1, enabled: page > 1 },
    { text: 'Next', aria: 'Next page', target: page + 1, enabled: page < last },
    { text: 'Last', aria: 'Last page', target: last, enabled: page < last },
  ];

  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      {steps.slice(0, 2).map((step) => renderStep(step))}
      <span className="px-2 text-sm text-slate-700 tabular-nums dark:text-slate-300">
        Page {page} of {last}
      </span>
      {steps.slice(2).map((step) => renderStep(step))}
    </nav>
  );

  function renderStep(step: (typeof steps)[number]) {
    const className = buttonClasses('secondary', 'sm');
    if (!step.enabled) {
      return (
        <span key={step.text} aria-disabled="true" className={className}>
          {step.text}
        </span>
      );
    }
    const href = pageHref(basePath, query, step.target, pageParam);
    return (
      <Link
        key={step.text}
        href={href}
        prefetch={onNavigate ? false : undefined}
        aria-label={step.aria}
        className={className}
        onClick={
          onNavigate
            ? (event) => {
                if (!isPlainLeftClick(event)) return;
                event.preventDefault();
                onNavigate(href, step.target);
              }
            : undefined
        }
      >
        {step.text}
      </Link>
    );
  }
}
