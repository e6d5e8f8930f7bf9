/** `jobs/`, `jobs/{id}/` and the job actions, statuses and output files. */
import { isoDate } from './clock';
import { badRequest, notFound, permissionDenied, readJson, sendEmpty, sendJson } from './http';
import { validateJobInput } from './job-input';
import type { JobRecord, OutputProfile } from './model';
import { pageBody, pageWindow, paginate } from './pagination';
import { randomId, rngFor } from './random';
import { fileObject, renderJob, renderJobSummary } from './render';
import type { RequestContext, Route } from './router';
import { fileMatches, searchTerms } from './search';
import { JOB_FIELDS, SHARE_FIELDS } from './serializers';
import { OUTSIDE_COMPANY, mayReceive } from './sharing';
import {
  COMPLETED_OK,
  DEFAULT_PHASES,
  type StatusEvent,
  currentEvent,
  executionWindow,
  isTerminalStatus,
  lifeCycle,
  nextChangeAt,
  pastEvents,
  stoppedAt,
} from './timeline';

const ORDERING_FIELDS = new Set(['dateInserted', 'name']);

/** DRF's OrderingFilter: unknown fields are ignored; none left means the default. */
export function parseOrdering(raw: string | null): string {
  const fields = (raw ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => ORDERING_FIELDS.has(field.replace(/^-/, '')));
  return fields.length > 0 ? fields.join(',') : '-dateInserted';
}

export function jobFor(ctx: RequestContext): JobRecord {
  const job = ctx.store.visibleJob(ctx.user, ctx.params.jobId!);
  if (!job) throw notFound();
  return job;
}

function ownJob(ctx: RequestContext): JobRecord {
  const job = jobFor(ctx);
  if (job.owner !== ctx.user) throw permissionDenied();
  return job;
}

function isActive(job: JobRecord, now: number): boolean {
  if (!job.timeline) return false;
  const event = currentEvent(job.timeline.job, now);
  return event !== null && !isTerminalStatus(event.status);
}

function listJobs(ctx: RequestContext): void {
  const cacheKey = `${ctx.user.email} ${ctx.url.search}`;
  const cached = ctx.store.cachedPage(cacheKey, ctx.now);
  if (cached) return sendJson(ctx.res, 200, cached, ctx.writer);
  const query = ctx.url.searchParams;
  let jobs = ctx.store.visibleJobs(ctx.user, parseOrdering(query.get('ordering')));
  const terms = searchTerms(query.get('search'));
  if (terms.length > 0)
    jobs = jobs.filter((job) => terms.every((term) => job.name.toLowerCase().includes(term)));
  const window = pageWindow(query, jobs.length);
  const page = jobs.slice(window.start, window.end);
  const body = pageBody(
    ctx.selfUrl,
    query,
    window,
    jobs.length,
    page.map((job) => renderJobSummary(ctx, job)),
  );
  ctx.store.cachePage(cacheKey, body, Math.min(...page.map((job) => nextChangeAt(job.timeline, ctx.now))));
  sendJson(ctx.res, 200, body, ctx.writer);
}

const PROFILES: Record<string, OutputProfile> = {
  openfoam: 'openfoam',
  ls_dyna: 'lsdyna',
  abaqus: 'abaqus',
  star_ccm_plus: 'starccm',
  ansys_fluent: 'fluent',
};

async function createJob(ctx: RequestContext): Promise<void> {
  const body = await readJson(ctx.req);
  const result = validateJobInput(body, false, ctx.user, ctx.store, ctx.now);
  if ('errors' in result) throw badRequest(result.errors);
  const { input } = result;
  const store = ctx.store;
  const serial = store.nextSerial();
  const rng = rngFor(store.seed, 'created-job', serial);
  let id = randomId(rng, 6);
  while (store.takenIds.has(id)) id = randomId(rng, 6);
  store.takenIds.add(id);
  const analyses = input.analyses!;
  const job: JobRecord = {
    serial,
    id,
    owner: ctx.user,
    name: input.name!,
    dateInserted: Math.floor(ctx.now),
    sharedWith: [],
    analyses,
    jobvariables: input.jobvariables ?? [],
    resourceFilters: input.resourceFilters!,
    isLowPriority: input.isLowPriority ?? false,
    runCount: 1,
    doe: null,
    profile: PROFILES[analyses[0]!.analysisCode] ?? 'custom',
    timeline: null,
    plannedExecution: null,
    stopAt: null,
    runStops: new Map(),
    snapshots: [],
    storage: 0,
    iterations: 400,
    version: 0,
    deleted: false,
  };
  store.addJob(job);
  sendJson(ctx.res, 201, renderJob(ctx, job), ctx.writer);
}

async function updateJob(ctx: RequestContext, partial: boolean): Promise<void> {
  const job = ownJob(ctx);
  const body = await readJson(ctx.req);
  const result = validateJobInput(body, partial, ctx.user, ctx.store, ctx.now);
  if ('errors' in result) throw badRequest(result.errors);
  const { input } = result;
  if (job.timeline && (input.analyses || input.jobvariables || input.resourceFilters)) {
    throw badRequest({ jobanalyses: ['A submitted job cannot be changed; only its name and priority can.'] });
  }
  if (input.name !== undefined) job.name = input.name;
  if (input.isLowPriority !== undefined) job.isLowPriority = input.isLowPriority;
  if (input.analyses) {
    job.analyses = input.analyses;
    job.profile = PROFILES[input.analyses[0]!.analysisCode] ?? 'custom';
  }
  if (input.jobvariables) job.jobvariables = input.jobvariables;
  if (input.resourceFilters) job.resourceFilters = input.resourceFilters;
  ctx.store.touch(job);
  ctx.store.touchJobs();
  sendJson(ctx.res, 200, { id: job.id, isLowPriority: job.isLowPriority, name: job.name }, ctx.writer);
}

function deleteJob(ctx: RequestContext): void {
  const job = ownJob(ctx);
  if (isActive(job, ctx.now)) {
    const status = ctx.store.jobStatusAt(job, ctx.now).status;
    throw badRequest({
      detail: `Jobs that are currently executing cannot be deleted: this job is ${status}. Stop the job first.`,
    });
  }
  job.deleted = true;
  ctx.store.touch(job);
  ctx.store.touchJobs();
  sendEmpty(ctx.res, 204);
}

function submitJob(ctx: RequestContext): void {
  const job = ownJob(ctx);
  if (job.timeline) throw badRequest({ detail: 'This job has already been submitted.' });
  job.timeline = lifeCycle(Math.floor(ctx.now), DEFAULT_PHASES, COMPLETED_OK);
  job.plannedExecution = executionWindow(job.timeline);
  job.storage = 2_500_000 + (job.serial % 1000) * 1024;
  ctx.store.touch(job);
  sendEmpty(ctx.res, 200);
}

function stopJob(ctx: RequestContext): void {
  const job = ownJob(ctx);
  const status = ctx.store.jobStatusAt(job, ctx.now).status;
  if (!job.timeline || !isActive(job, ctx.now)) throw badRequest({ detail: 'This job is not running.' });
  if (status === 'Stopping') throw badRequest({ detail: 'This job is already stopping.' });
  const at = Math.floor(ctx.now);
  job.timeline = stoppedAt(job.timeline, at);
  job.stopAt = at;
  ctx.store.touch(job);
  sendEmpty(ctx.res, 202);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function shareJob(ctx: RequestContext): Promise<void> {
  const job = ownJob(ctx);
  const body = await readJson(ctx.req);
  const email = body.email;
  if (email === undefined || email === null || email === '')
    throw badRequest({ email: ['This field is required.'] });
  if (typeof email !== 'string' || !EMAIL.test(email))
    throw badRequest({ email: ['Enter a valid email address.'] });
  if (email.toLowerCase() === job.owner.email)
    throw badRequest({ email: ['You cannot share a job with yourself.'] });
  const recipient = email.toLowerCase();
  if (!mayReceive(ctx.store, job, recipient)) throw badRequest({ email: [OUTSIDE_COMPANY] });
  if (!job.sharedWith.includes(recipient)) job.sharedWith.push(recipient);
  ctx.store.touch(job);
  ctx.store.touchJobs();
  sendJson(ctx.res, 200, { recipient, supportDesk: null }, ctx.writer);
}

function statusList(pick: (job: JobRecord) => StatusEvent[]) {
  return (ctx: RequestContext) => {
    const job = jobFor(ctx);
    const events = pastEvents(pick(job), ctx.now).reverse();
    const body = paginate(ctx.selfUrl, ctx.url.searchParams, events, (event) =>
      JSON.stringify({ status: event.status, statusDate: isoDate(event.at), statusReason: event.reason }),
    );
    sendJson(ctx.res, 200, body, ctx.writer);
  };
}

function jobFiles(ctx: RequestContext): void {
  const job = jobFor(ctx);
  let files = ctx.store.jobOutputFiles(job, ctx.now);
  const terms = searchTerms(ctx.url.searchParams.get('search'));
  if (terms.length > 0) files = files.filter((file) => fileMatches(file, terms));
  sendJson(
    ctx.res,
    200,
    paginate(ctx.selfUrl, ctx.url.searchParams, files, (file) => JSON.stringify(fileObject(ctx, file))),
    ctx.writer,
  );
}

export const jobRoutes: Route[] = [
  {
    pattern: ['jobs'],
    view: {
      name: 'Job List',
      description: 'All the jobs visible to you, whether you own them or they are shared with you.',
      actions: () => ({ POST: JOB_FIELDS }),
    },
    methods: { GET: listJobs, POST: createJob },
  },
  {
    pattern: ['jobs', ':jobId'],
    view: {
      name: 'Job Instance',
      description: 'A saved or submitted job.',
      actions: (ctx) =>
        ctx.store.visibleJob(ctx.user, ctx.params.jobId!)?.owner === ctx.user ? { PUT: JOB_FIELDS } : {},
    },
    methods: {
      GET: (ctx) => sendJson(ctx.res, 200, renderJob(ctx, jobFor(ctx)), ctx.writer),
      PUT: (ctx) => updateJob(ctx, false),
      PATCH: (ctx) => updateJob(ctx, true),
      DELETE: deleteJob,
    },
  },
  {
    pattern: ['jobs', ':jobId', 'submit'],
    view: { name: 'Submit', description: 'Submits a saved job to run.' },
    methods: { POST: submitJob },
  },
  {
    pattern: ['jobs', ':jobId', 'stop'],
    view: { name: 'Stop', description: 'Submits a request to stop a running job.' },
    methods: { POST: stopJob },
  },
  {
    pattern: ['jobs', ':jobId', 'share'],
    view: {
      name: 'Share',
      description: 'Share a job with another user in your company or an ISV support desk.',
      actions: () => ({ POST: SHARE_FIELDS }),
    },
    methods: { POST: shareJob },
  },
  {
    pattern: ['jobs', ':jobId', 'statuses'],
    view: { name: 'Statuses', description: 'The job’s status history, newest first.' },
    methods: { GET: statusList((job) => job.timeline?.job ?? []) },
  },
  {
    pattern: ['jobs', ':jobId', 'cluster_statuses'],
    view: { name: 'Cluster statuses', description: 'The status history of the job’s cluster, newest first.' },
    methods: { GET: statusList((job) => job.timeline?.cluster ?? []) },
  },
  {
    pattern: ['jobs', ':jobId', 'files'],
    view: { name: 'Files', description: 'Output files for a given job.' },
    methods: { GET: jobFiles },
  },
];
