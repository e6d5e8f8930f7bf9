import { z } from 'zod';

/**
 * What a job page shows lives in its URL (docs/ARCHITECTURE.md, rule 7), so a link opens
 * the same view for a colleague. Anything malformed falls back to its default rather
 * than failing: a hand-edited or truncated link should still open the job.
 */

export const JOB_TABS = ['overview', 'runs', 'files'] as const;
export type JobTab = (typeof JOB_TABS)[number];

export const TAIL_LINE_CHOICES = [50, 100, 200, 500, 1000] as const;
export const DEFAULT_TAIL_LINES = 100;

export type JobViewQuery = {
  tab: JobTab;
  /** Selected run id. */
  run: string | null;
  /** Path in the selected run's working directory, tailed while the run is live. */
  file: string | null;
  lines: number;
  follow: boolean;
  /** Output file id shown in the text preview. */
  preview: string | null;
  filesPage: number;
  filesSearch: string;
  runsPage: number;
  /** Variables plotted on the runs chart. */
  x: string | null;
  y: string | null;
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const text = z.string().trim().min(1).max(500);
const page = z.coerce.number().int().min(1).max(1_000_000);

const schema = z.object({
  tab: z.enum(JOB_TABS).optional().catch(undefined),
  run: text
    .regex(/^[\w-]+$/)
    .optional()
    .catch(undefined),
  file: text
    .refine((path) => !path.split('/').includes('..'))
    .optional()
    .catch(undefined),
  lines: z.coerce
    .number()
    .refine((n) => (TAIL_LINE_CHOICES as readonly number[]).includes(n))
    .catch(DEFAULT_TAIL_LINES),
  follow: z.enum(['1', '0']).catch('0'),
  preview: text
    .regex(/^[\w-]+$/)
    .optional()
    .catch(undefined),
  fpage: page.catch(1),
  q: z.string().trim().max(200).catch(''),
  rpage: page.catch(1),
  x: text.max(200).optional().catch(undefined),
  y: text.max(200).optional().catch(undefined),
});

function firstValues(params: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [name, value] of params) if (!(name in out)) out[name] = value;
    return out;
  }
  for (const [name, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first;
  }
  return out;
}

export function parseJobViewQuery(params: RawParams): JobViewQuery {
  const raw = schema.parse(firstValues(params));
  const run = raw.run ?? null;
  return {
    tab: raw.tab ?? (run ? 'runs' : 'overview'),
    run,
    file: run ? (raw.file ?? null) : null,
    lines: raw.lines,
    follow: raw.follow === '1',
    preview: raw.preview ?? null,
    filesPage: raw.fpage,
    filesSearch: raw.q,
    runsPage: raw.rpage,
    x: raw.x ?? null,
    y: raw.y ?? null,
  };
}

export const DEFAULT_JOB_VIEW: JobViewQuery = parseJobViewQuery({});

/** The query string of a view, leaving out defaults so links stay short. */
export function jobViewSearch(view: JobViewQuery): string {
  const search = new URLSearchParams();
  const implicitTab = view.run ? 'runs' : 'overview';
  if (view.tab !== implicitTab) search.set('tab', view.tab);
  if (view.run) search.set('run', view.run);
  if (view.run && view.file) search.set('file', view.file);
  if (view.lines !== DEFAULT_TAIL_LINES) search.set('lines', String(view.lines));
  if (view.follow) search.set('follow', '1');
  if (view.preview) search.set('preview', view.preview);
  if (view.filesPage !== 1) search.set('fpage', String(view.filesPage));
  if (view.filesSearch) search.set('q', view.filesSearch);
  if (view.runsPage !== 1) search.set('rpage', String(view.runsPage));
  if (view.x) search.set('x', view.x);
  if (view.y) search.set('y', view.y);
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

export function jobViewHref(jobId: string, view: JobViewQuery): string {
  return `/jobs/${encodeURIComponent(jobId)}${jobViewSearch(view)}`;
}

/**
 * A new view from the current one. Choosing another run or file resets what belonged
 * to the old one (its file, preview and files page) unless the change says otherwise.
 */
export function withView(current: JobViewQuery, change: Partial<JobViewQuery>): JobViewQuery {
  const next: JobViewQuery = { ...current, ...change };
  if ('run' in change && change.run !== current.run) {
    if (!('file' in change)) next.file = null;
    if (!('preview' in change)) next.preview = null;
    if (!('filesPage' in change)) next.filesPage = 1;
    if (!('filesSearch' in change)) next.filesSearch = '';
    if (!('follow' in change)) next.follow = false;
  }
  if ('filesSearch' in change && change.filesSearch !== current.filesSearch && !('filesPage' in change)) {
    next.filesPage = 1;
  }
  if ('tab' in change && change.tab !== current.tab && !('preview' in change)) next.preview = null;
  return next;
}
