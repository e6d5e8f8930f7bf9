import {
  oneOf,
  pageNumber,
  paramReader,
  searchText,
  trimmedText,
  wholeNumber,
  type SearchParamsInput,
} from './search-params';

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
  /** The run the files tab's output files are narrowed to; null lists the whole job's. */
  filesRun: string | null;
  runsPage: number;
  /** The variable the runs table is ordered by (`rsort=Cd`, `rsort=-Cd` for highest first). */
  runsSort: RunsSort | null;
  /** Variables plotted on the runs chart. */
  x: string | null;
  y: string | null;
};

export type RunsSort = { variable: string; descending: boolean };

const TEXT_MAX_LENGTH = 500;
const PAGE_MAX = 1_000_000;
const VARIABLE_MAX_LENGTH = 200;

/** Run and file ids: letters, digits, `_` and `-`. */
function id(raw: string | undefined): string | undefined {
  const text = trimmedText(raw, TEXT_MAX_LENGTH);
  return text && /^[\w-]+$/.test(text) ? text : undefined;
}

/** A path inside the run's working directory: no `..` segment climbs out of it. */
function workingPath(raw: string | undefined): string | undefined {
  const text = trimmedText(raw, TEXT_MAX_LENGTH);
  return text && !text.split('/').includes('..') ? text : undefined;
}

function runsSort(raw: string | undefined): RunsSort | null {
  const text = trimmedText(raw, VARIABLE_MAX_LENGTH);
  if (!text) return null;
  const descending = text.startsWith('-');
  const variable = descending ? text.slice(1).trim() : text;
  return variable ? { variable, descending } : null;
}

export function parseJobViewQuery(input: SearchParamsInput): JobViewQuery {
  const param = paramReader(input);
  const run = id(param('run')) ?? null;
  return {
    tab: oneOf(JOB_TABS, param('tab')) ?? (run ? 'runs' : 'overview'),
    run,
    file: run ? (workingPath(param('file')) ?? null) : null,
    lines: oneOf(TAIL_LINE_CHOICES, wholeNumber(param('lines'))) ?? DEFAULT_TAIL_LINES,
    follow: param('follow') === '1',
    preview: id(param('preview')) ?? null,
    filesPage: pageNumber(param('fpage'), PAGE_MAX),
    filesSearch: searchText(param('q')),
    filesRun: id(param('frun')) ?? null,
    runsPage: pageNumber(param('rpage'), PAGE_MAX),
    runsSort: runsSort(param('rsort')),
    x: trimmedText(param('x'), VARIABLE_MAX_LENGTH) ?? null,
    y: trimmedText(param('y'), VARIABLE_MAX_LENGTH) ?? null,
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
  if (view.filesRun) search.set('frun', view.filesRun);
  if (view.runsPage !== 1) search.set('rpage', String(view.runsPage));
  if (view.runsSort) search.set('rsort', `${view.runsSort.descending ? '-' : ''}${view.runsSort.variable}`);
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
  if ('filesRun' in change && change.filesRun !== current.filesRun) {
    if (!('filesPage' in change)) next.filesPage = 1;
    if (!('preview' in change)) next.preview = null;
  }
  if ('runsSort' in change && !('runsPage' in change)) next.runsPage = 1;
  if ('tab' in change && change.tab !== current.tab && !('preview' in change)) next.preview = null;
  return next;
}
