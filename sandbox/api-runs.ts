/** Runs of a job: list, detail, stop, snapshot, output files, working directory and tail. */
import { jobFor } from './api-jobs';
import { type TextContent, binaryChunks, renderText } from './content';
import { streamBody } from './downloads';
import { isoDate } from './clock';
import { encodeOutputFileId } from './file-ids';
import { badRequest, notFound, permissionDenied, sendJson } from './http';
import type { JobRecord } from './model';
import { JSON_RENDERER, PASSTHROUGH_RENDERER } from './negotiation';
import { runFileSpecs } from './outputs';
import { paginate } from './pagination';
import { randomToken, rngFor } from './random';
import { fileObject, renderRun } from './render';
import type { RequestContext, Route } from './router';
import { type RunState, isRunInProgress, runElapsedSeconds, runOf, runsOf } from './runs';
import { fileMatches, searchTerms } from './search';
import { SNAPSHOT_FILE_BASE } from './store';
import { stoppedAt } from './timeline';

const SNAPSHOT_DELAY_MS = 5_000;
const MAX_SNAPSHOTS_PER_RUN = 20;

function runFor(ctx: RequestContext): { job: JobRecord; run: RunState } {
  const job = jobFor(ctx);
  const run = runOf(job, ctx.params.runId!, ctx.now);
  if (!run) throw notFound();
  return { job, run };
}

function runningRunFor(ctx: RequestContext, action: string): { job: JobRecord; run: RunState } {
  const found = runFor(ctx);
  if (found.job.owner !== ctx.user) throw permissionDenied();
  if (!isRunInProgress(found.run))
    throw badRequest({ detail: `${action} only applies to runs that are currently in progress.` });
  return found;
}

function stopRun(ctx: RequestContext): void {
  const { job, run } = runningRunFor(ctx, 'Stopping a run');
  const at = Math.floor(ctx.now);
  const othersRemaining = runsOf(job, ctx.now).some(
    (other) =>
      other.index !== run.index &&
      (other.dateCompleted === null || other.dateCompleted > at) &&
      other.endAt !== null,
  );
  if (job.runCount === 1 || !othersRemaining) {
    job.timeline = stoppedAt(job.timeline!, at);
    job.stopAt = at;
  } else {
    job.runStops.set(run.index, at);
  }
  ctx.store.touch(job);
  sendJson(ctx.res, 200, {}, ctx.writer);
}

function snapshotRun(ctx: RequestContext): void {
  const { job, run } = runningRunFor(ctx, 'A snapshot');
  const previous = job.snapshots.filter((s) => s.runIndex === run.index);
  if (previous.length >= MAX_SNAPSHOTS_PER_RUN)
    throw badRequest({ detail: 'This run already has the maximum number of snapshots.' });
  const at = Math.floor(ctx.now) + SNAPSHOT_DELAY_MS;
  const token = randomToken(rngFor(ctx.store.seed, 'task', job.id, run.index, previous.length), 24);
  const snapshot = { runIndex: run.index, at, token, fileIndex: SNAPSHOT_FILE_BASE + previous.length };
  job.snapshots.push(snapshot);
  ctx.store.touch(job);
  const last = previous[previous.length - 1];
  const fileId = encodeOutputFileId(job.serial, run.index, snapshot.fileIndex);
  ctx.store.tasks.set(token, {
    token,
    createdAt: Math.floor(ctx.now),
    doneAt: at,
    jobId: job.id,
    runIndex: run.index,
    fileId,
  });
  sendJson(
    ctx.res,
    200,
    {
      data: '',
      exitcode: 0,
      lastSnapshotID: last ? encodeOutputFileId(job.serial, run.index, last.fileIndex) : null,
      reason: 'Generating snapshot.',
      task: `${ctx.publicUrl}/api/v2/tasks/${token}/`,
    },
    ctx.writer,
  );
}

function runFiles(ctx: RequestContext): void {
  const { job, run } = runFor(ctx);
  let files = ctx.store.runOutputFiles(job, run, ctx.now);
  const terms = searchTerms(ctx.url.searchParams.get('search'));
  if (terms.length > 0) files = files.filter((file) => fileMatches(file, terms));
  sendJson(
    ctx.res,
    200,
    paginate(ctx.selfUrl, ctx.url.searchParams, files, (file) => JSON.stringify(fileObject(ctx, file))),
    ctx.writer,
  );
}

function workingFiles(ctx: RequestContext, job: JobRecord, run: RunState) {
  return runFileSpecs(ctx.store.seed, job, run, runElapsedSeconds(run, ctx.now), 'Running');
}

function directoryContents(ctx: RequestContext): void {
  const { job, run } = runFor(ctx);
  const base = `${ctx.publicUrl}/api/v2/jobs/${job.id}/runs/${run.index + 1}/tail`;
  const entries = isRunInProgress(run)
    ? workingFiles(ctx, job, run)
        .map((spec) => spec.relativePath)
        .sort()
        .map((path) => ({ path, resource: `${base}/${path.split('/').map(encodeURIComponent).join('/')}/` }))
    : [];
  sendJson(ctx.res, 200, entries, ctx.writer);
}

async function tail(ctx: RequestContext): Promise<void> {
  const { job, run } = runFor(ctx);
  if (!isRunInProgress(run)) throw notFound();
  const spec = workingFiles(ctx, job, run).find((candidate) => candidate.relativePath === ctx.params.path);
  if (!spec) throw notFound();
  const content = spec.content;
  const rawLines = ctx.url.searchParams.get('lines');
  const fileType = `/home/job_${job.id}/work/${spec.relativePath}: ${content.kind === 'text' ? 'ASCII text' : 'data'}`;
  if (rawLines !== null) {
    if (!/^\d+$/.test(rawLines.trim())) throw badRequest({ lines: ['A valid integer is required.'] });
    const wanted = Number(rawLines.trim());
    const lines = content.kind === 'text' ? lastLines(content, wanted) : [];
    sendJson(ctx.res, 200, { fileType, lines }, ctx.writer);
    return;
  }
  if (content.kind === 'text') {
    const bytes = renderText(content);
    ctx.res.writeHead(200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(bytes.length),
    });
    ctx.writer(ctx.res, bytes);
    return;
  }
  ctx.res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(content.size),
  });
  if (ctx.req.method === 'HEAD') return void ctx.res.end();
  const chunks = binaryChunks({ kind: 'binary', size: content.size, seed: content.seed }, 0, content.size);
  await streamBody(
    ctx.res,
    chunks,
    ctx.resetMidBody ? Math.min(64 * 1024, Math.floor(content.size / 2)) : null,
  );
}

function lastLines(content: TextContent, wanted: number): string[] {
  const from = Math.max(0, content.lineCount - wanted);
  const lines: string[] = [];
  for (let i = from; i < content.lineCount; i++) lines.push(content.line(i));
  return lines;
}

function task(ctx: RequestContext): void {
  const found = ctx.store.tasks.get(ctx.params.token!);
  const job = found && ctx.store.visibleJob(ctx.user, found.jobId);
  if (!found || !job) throw notFound();
  const done = found.doneAt <= ctx.now;
  const file = done ? ctx.store.findFile(found.fileId, ctx.now) : undefined;
  sendJson(
    ctx.res,
    200,
    {
      token: found.token,
      status: done ? 'Completed' : 'Pending',
      dateCreated: isoDate(found.createdAt),
      dateCompleted: done ? isoDate(found.doneAt) : null,
      result: file
        ? { fileId: file.id, downloadUrl: `${ctx.publicUrl}/api/v2/files/${file.id}/contents/` }
        : null,
    },
    ctx.writer,
  );
}

export const runRoutes: Route[] = [
  {
    pattern: ['jobs', ':jobId', 'runs'],
    view: { name: 'Run List', description: 'The runs of a job.' },
    methods: {
      GET: (ctx) => {
        const job = jobFor(ctx);
        sendJson(
          ctx.res,
          200,
          paginate(ctx.selfUrl, ctx.url.searchParams, runsOf(job, ctx.now), (run) =>
            JSON.stringify(renderRun(ctx, job, run)),
          ),
          ctx.writer,
        );
      },
    },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId'],
    view: { name: 'Run Instance', description: 'A single run of a job.' },
    methods: {
      GET: (ctx) => {
        const { job, run } = runFor(ctx);
        sendJson(ctx.res, 200, renderRun(ctx, job, run), ctx.writer);
      },
    },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId', 'stop'],
    view: { name: 'Stop', description: 'Stops a run in progress.' },
    methods: { POST: stopRun },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId', 'snapshot'],
    view: { name: 'Snapshot', description: 'Archives the working directory of a run in progress.' },
    methods: { POST: snapshotRun },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId', 'files'],
    view: { name: 'Files', description: 'Output files for a given run.' },
    methods: { GET: runFiles },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId', 'directory-contents'],
    view: { name: 'Directory contents', description: 'The working files of a run in progress.' },
    methods: { GET: directoryContents },
  },
  {
    pattern: ['jobs', ':jobId', 'runs', ':runId', 'tail', '*path'],
    view: {
      name: 'Tail',
      description: 'The end of a working file of a run in progress.',
      renders: [JSON_RENDERER, PASSTHROUGH_RENDERER],
    },
    methods: { GET: tail },
  },
  {
    pattern: ['tasks', ':token'],
    view: { name: 'Task Instance', description: 'The progress of an asynchronous task.' },
    methods: { GET: task },
  },
];
