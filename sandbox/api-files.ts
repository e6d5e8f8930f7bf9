/** `files/`: the user's files, uploads, metadata, downloads (or signed-storage redirects) and lines. */
import { readFileSync } from 'node:fs';
import { sendFileContents } from './downloads';
import { HttpError, badRequest, notFound, permissionDenied, readJson, sendEmpty, sendJson } from './http';
import type { FileRecord } from './model';
import { pageBody, pageWindow } from './pagination';
import { JSON_RENDERER, PASSTHROUGH_RENDERER } from './negotiation';
import { fileObject } from './render';
import type { RequestContext, Route } from './router';
import { fileMatches, searchTerms } from './search';
import { UPLOAD_FIELDS } from './serializers';
import { signedStorageUrl } from './storage';
import { upload } from './uploads';

function fileFor(ctx: RequestContext): FileRecord {
  const file = ctx.store.findFile(ctx.params.fileId!, ctx.now);
  if (!file || !ctx.store.canSeeFile(ctx.user, file)) throw notFound();
  return file;
}

/**
 * The user's own files, newest first: uploads, then each owned job's outputs, job by
 * job. Output files are counted per job without being materialised, so a page of
 * the bulk user's 50,000+ files only builds the jobs that page touches.
 */
function listFiles(ctx: RequestContext): void {
  const { store, user, now } = ctx;
  const query = ctx.url.searchParams;
  const stored = store.storedFilesOf(user);
  const jobs = store.ownedJobs(user);
  const terms = searchTerms(query.get('search'));
  const render = (file: FileRecord) => JSON.stringify(fileObject(ctx, file));
  if (terms.length > 0) {
    const matches = (file: FileRecord) => fileMatches(file, terms);
    const found = [
      ...stored.filter(matches),
      ...jobs.flatMap((job) => store.jobOutputFiles(job, now).filter(matches)),
    ];
    const window = pageWindow(query, found.length);
    sendJson(
      ctx.res,
      200,
      pageBody(ctx.selfUrl, query, window, found.length, found.slice(window.start, window.end).map(render)),
      ctx.writer,
    );
    return;
  }
  const counts = jobs.map((job) => store.jobOutputCount(job, now));
  const count = stored.length + counts.reduce((sum, n) => sum + n, 0);
  const window = pageWindow(query, count);
  const page: FileRecord[] = stored.slice(window.start, window.end);
  let offset = stored.length;
  for (let i = 0; i < jobs.length && offset < window.end; i++) {
    const jobCount = counts[i]!;
    if (offset + jobCount > window.start && jobCount > 0) {
      const files = store.jobOutputFiles(jobs[i]!, now);
      page.push(...files.slice(Math.max(0, window.start - offset), window.end - offset));
    }
    offset += jobCount;
  }
  sendJson(ctx.res, 200, pageBody(ctx.selfUrl, query, window, count, page.map(render)), ctx.writer);
}

const EDITABLE_TYPES = new Set([1, 2, 3, 4, 5, 7, 8, 9, 10]);

async function patchFile(ctx: RequestContext): Promise<void> {
  const file = fileFor(ctx);
  if (file.owner !== ctx.user) throw permissionDenied();
  const body = await readJson(ctx.req);
  const errors: Record<string, string[]> = {};
  if ('name' in body) {
    if (typeof body.name !== 'string' || body.name.trim() === '')
      errors.name = ['This field may not be blank.'];
    else if (/[\\/]/.test(body.name)) errors.name = ['A file name cannot contain a slash.'];
  }
  if ('typeId' in body && (typeof body.typeId !== 'number' || !EDITABLE_TYPES.has(body.typeId)))
    errors.typeId = [`"${String(body.typeId)}" is not a valid choice.`];
  if (Object.keys(errors).length > 0) throw badRequest(errors);
  if (typeof body.name === 'string') {
    file.name = body.name.trim();
    if (!file.jobId) file.relativePath = file.name;
  }
  if (typeof body.typeId === 'number') file.typeId = body.typeId;
  sendJson(ctx.res, 200, fileObject(ctx, file), ctx.writer);
}

function deleteFile(ctx: RequestContext): void {
  const file = fileFor(ctx);
  if (file.owner !== ctx.user) throw permissionDenied();
  ctx.store.deleteFile(file);
  sendEmpty(ctx.res, 204);
}

async function contents(ctx: RequestContext): Promise<void> {
  const file = fileFor(ctx);
  if (ctx.sandbox.storageRedirect) {
    ctx.res.writeHead(302, { Location: signedStorageUrl(ctx.sandbox, file), 'Content-Length': '0' });
    ctx.res.end();
    return;
  }
  const { size, md5 } = ctx.store.digest(file);
  const stats = ctx.sandbox.downloads;
  stats.started++;
  stats.active++;
  try {
    await sendFileContents(ctx.req, ctx.res, file, {
      size,
      md5,
      resetMidBody: ctx.resetMidBody,
      text: file.content.kind === 'text' ? ctx.store.textBytes(file) : undefined,
    });
  } finally {
    stats.active--;
    if (ctx.res.writableEnded) stats.completed++;
    else stats.aborted++;
  }
}

const MAX_LINES_BYTES = 64 * 1024 * 1024;

function lines(ctx: RequestContext): void {
  const file = fileFor(ctx);
  if (!file.viewInBrowser) throw badRequest({ detail: 'This file is not a plain text file.' });
  const content = file.content;
  let text: string;
  if (content.kind === 'text') text = ctx.store.textBytes(file).toString('utf8');
  else if (content.kind === 'disk') {
    if (content.size > MAX_LINES_BYTES)
      throw new HttpError(400, { detail: 'This file is too large to view as lines; download it instead.' });
    text = readFileSync(content.path, 'utf8');
  } else throw badRequest({ detail: 'This file is not a plain text file.' });
  const result = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  sendJson(ctx.res, 200, { lines: result }, ctx.writer);
}

export const fileRoutes: Route[] = [
  {
    pattern: ['files'],
    view: { name: 'File List', description: 'Your files: uploads, then the outputs of your jobs.' },
    methods: { GET: listFiles },
  },
  {
    pattern: ['files', 'contents'],
    view: {
      name: 'Upload',
      description: 'Uploads a file as a multipart form with a `file` field.',
      parses: ['multipart/form-data'],
      actions: () => ({ POST: UPLOAD_FIELDS }),
    },
    methods: { POST: upload, PUT: upload },
  },
  {
    pattern: ['files', ':fileId'],
    view: { name: 'File Instance', description: 'A file’s metadata.' },
    methods: {
      GET: (ctx) => sendJson(ctx.res, 200, fileObject(ctx, fileFor(ctx)), ctx.writer),
      PATCH: patchFile,
      DELETE: deleteFile,
    },
  },
  {
    pattern: ['files', ':fileId', 'contents'],
    view: {
      name: 'Contents',
      description: 'Downloads a file.',
      renders: [JSON_RENDERER, PASSTHROUGH_RENDERER],
    },
    methods: { GET: contents },
  },
  {
    pattern: ['files', ':fileId', 'lines'],
    view: { name: 'Lines', description: 'The lines of a plain text file.' },
    methods: { GET: lines },
  },
];
