import { ErrorPanel } from './error-panel';

/** What Next hands a route's `error.tsx`: the error (its digest names it in the server's log) and a retry. */
export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

export type PageLoadErrorProps = {
  /** The page's own heading, kept so the reader knows where they are. */
  heading: string;
  /** What failed, as "The … failed to load" names it: "jobs page", "new job form". */
  page: string;
  /** What the page was showing: "your jobs", "the form". */
  showing: string;
  /** The page's own width, so the panel sits where its content would. */
  className: string;
  onRetry: () => void;
};

/** A route's error boundary: anything the page did not foresee, in words and with a retry, never the raw error. */
export function PageLoadError({ heading, page, showing, className, onRetry }: PageLoadErrorProps) {
  return (
    <div className={className}>
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <ErrorPanel
        title={`The ${page} failed to load`}
        message={`Something unexpected went wrong while showing ${showing}. Try again; if it keeps happening, reload the page.`}
        onRetry={onRetry}
      />
    </div>
  );
}
