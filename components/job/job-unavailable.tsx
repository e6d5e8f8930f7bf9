import type { ReactNode } from 'react';

type JobUnavailableProps = {
  jobId: string;
  viewer: { email: string; fullName: string };
  region: { label: string; url: string };
  /** The control that signs out and back in with another key or region, returning here. */
  switchAccount: ReactNode;
};

/**
 * Rescale answers 404 both for a job that does not exist and for one not shared with
 * the key's user, so the page names both and says what the reader can do about each.
 */
export function JobUnavailable({ jobId, viewer, region, switchAccount }: JobUnavailableProps) {
  return (
    <section
      aria-labelledby="job-unavailable-title"
      className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <h1 id="job-unavailable-title" className="text-xl font-semibold">
        You cannot open job <span className="font-mono">{jobId}</span>
      </h1>
      <p>Rescale says it has no such job for you. That means one of two things:</p>
      <ul className="list-disc pl-6">
        <li>the job has not been shared with you, or</li>
        <li>there is no job with this id on this region (it was deleted, or the link is mistyped).</li>
      </ul>
      <p>
        You are signed in as <strong>{viewer.fullName}</strong> (<strong>{viewer.email}</strong>) on{' '}
        <strong>{region.label}</strong> ({region.url}).
      </p>
      <p>
        If someone sent you this link, ask them to share the job with <strong>{viewer.email}</strong>; the
        link then opens as it is. If the job lives on another region, or you have a key for another account,
        sign in with that one: you come straight back here.
      </p>
      <div className="flex flex-wrap gap-2">{switchAccount}</div>
    </section>
  );
}
