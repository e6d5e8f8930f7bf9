/**
 * The sandbox's state: users, jobs, files and their indexes. Seeded once; every
 * list a request needs is either pre-sorted or derived from a few records, so a
 * request does work proportional to its page, not to the 10,000 bulk jobs.
 */
import { createHash } from 'node:crypto';
import { binaryChunks, renderText } from './content';
import { decodeOutputFileId, encodeOutputFileId } from './file-ids';
import type { FileRecord, JobRecord, UserRecord } from './model';
import { BIG_FILE_IDS, filesPerRun, runFileSpecs } from './outputs';
import { randomBase64Key, rngFor } from './random';
import { type RunState, runElapsedSeconds, runsOf } from './runs';
import { BULK_JOB_COUNT } from './seed-jobs';
import { copyOf, seededBulk, seededState } from './seeded-state';
import { SUCCESS, currentEvent } from './timeline';
import { ALL_SEED_USERS, SEED_USERS } from './users';

type VisibleIndex = { version: number; byOrdering: Map<string, JobRecord[]> };

export type Task = {
  token: string;
  createdAt: number;
  doneAt: number;
  jobId: string;
  runIndex: number;
  fileId: string;
};

/** Snapshot archives take file indexes from here on, after a run's own outputs. */
export const SNAPSHOT_FILE_BASE = 40;
const TEXT_CACHE_BYTES = 64 * 1024 * 1024;

export class Store {
  readonly usersByKey = new Map<string, UserRecord>();
  readonly usersByEmail = new Map<string, UserRecord>();
  readonly revokedKeys = new Set<string>();
  readonly jobs = new Map<string, JobRecord>();
  readonly jobsBySerial: JobRecord[] = [];
  readonly tasks = new Map<string, Task>();
  private jobsVersion = 0;
  private revision = 0;
  private pageCacheRevision = -1;
  private readonly pageCache = new Map<string, { body: string; validUntil: number }>();
  private readonly visible = new Map<string, VisibleIndex>();
  private readonly storedFiles = new Map<string, FileRecord>();
  private readonly ownedFiles = new Map<string, FileRecord[]>();
  private readonly runFilesCache = new Map<string, FileRecord[]>();
  private readonly deletedOutputs = new Map<string, Set<string>>();
  readonly takenIds = new Set<string>();
  private serial = 0;
  private bulkSerials = 0;
  private bulkLoaded = false;
  /** The instant the seed is dated from (the clock's start). */
  private readonly seededAt: number;

  constructor(
    readonly seed: string,
    now: number,
  ) {
    for (const user of ALL_SEED_USERS) {
      this.usersByKey.set(user.key, user);
      this.usersByEmail.set(user.email, user);
    }
    const seeded = seededState(seed, now);
    for (const id of seeded.takenIds) this.takenIds.add(id);
    for (const job of seeded.jobs) this.addJob(copyOf(job));
    for (const file of seeded.library) this.addStoredFile({ ...file });
    this.bulkSerials = seeded.jobs.length;
    this.serial = this.bulkSerials + BULK_JOB_COUNT;
    this.seededAt = now;
  }

  /**
   * The bulk user's 10,000 jobs are only for benchmarks: they join the store the first
   * time anything could concern them, so tests and resets that never touch them do not
   * pay for them. Their serials are reserved, so their file ids never change.
   */
  ensureBulk(): void {
    if (this.bulkLoaded) return;
    this.bulkLoaded = true;
    for (const job of seededBulk(this.seed, this.seededAt, this.bulkSerials)) {
      this.takenIds.add(job.id);
      this.addJob(copyOf(job));
    }
  }

  private isBulk(user: UserRecord): boolean {
    return user === SEED_USERS.bulk;
  }

  nextSerial(): number {
    return this.serial++;
  }

  authenticate(key: string): UserRecord | undefined {
    return this.revokedKeys.has(key) ? undefined : this.usersByKey.get(key);
  }

  addJob(job: JobRecord): void {
    this.jobs.set(job.id, job);
    this.jobsBySerial[job.serial] = job;
    this.touchJobs();
  }

  /** Invalidate every visible-jobs index (creation, deletion, rename, share). */
  touchJobs(): void {
    this.jobsVersion++;
    this.revision++;
  }

  /** Record a change to one job (its cached renderings compare `version`). */
  touch(job: JobRecord): void {
    job.version++;
    this.revision++;
  }

  /**
   * Whole list pages by request, each until the first status change among its jobs
   * on the simulated clock; any change made through the API empties the cache.
   */
  cachedPage(key: string, now: number): string | undefined {
    if (this.pageCacheRevision !== this.revision) {
      this.pageCache.clear();
      this.pageCacheRevision = this.revision;
    }
    const entry = this.pageCache.get(key);
    return entry && now < entry.validUntil ? entry.body : undefined;
  }

  cachePage(key: string, body: string, validUntil: number): void {
    if (this.pageCache.size >= 2000) this.pageCache.clear();
    this.pageCache.set(key, { body, validUntil });
  }

  canSee(user: UserRecord, job: JobRecord): boolean {
    return !job.deleted && (job.owner === user || job.sharedWith.includes(user.email));
  }

  visibleJob(user: UserRecord, id: string): JobRecord | undefined {
    if (this.isBulk(user)) this.ensureBulk();
    const job = this.jobs.get(id);
    return job && this.canSee(user, job) ? job : undefined;
  }

  /** The user's visible jobs in the given ordering (already validated), cached until a job changes. */
  visibleJobs(user: UserRecord, ordering: string): JobRecord[] {
    if (this.isBulk(user)) this.ensureBulk();
    let index = this.visible.get(user.email);
    if (!index || index.version !== this.jobsVersion) {
      index = { version: this.jobsVersion, byOrdering: new Map() };
      this.visible.set(user.email, index);
    }
    let list = index.byOrdering.get(ordering);
    if (!list) {
      const base = index.byOrdering.get('-dateInserted') ?? this.buildVisible(user);
      index.byOrdering.set('-dateInserted', base);
      list = ordering === '-dateInserted' ? base : [...base].sort(comparator(ordering));
      index.byOrdering.set(ordering, list);
    }
    return list;
  }

  private buildVisible(user: UserRecord): JobRecord[] {
    const list: JobRecord[] = [];
    for (const job of this.jobs.values()) if (this.canSee(user, job)) list.push(job);
    return list.sort(comparator('-dateInserted'));
  }

  ownedJobs(user: UserRecord): JobRecord[] {
    return this.visibleJobs(user, '-dateInserted').filter((job) => job.owner === user);
  }

  // ---- files

  addStoredFile(file: FileRecord): void {
    this.storedFiles.set(file.id, file);
    const list = this.ownedFiles.get(file.owner.email) ?? [];
    list.unshift(file);
    list.sort((a, b) => b.dateUploaded - a.dateUploaded);
    this.ownedFiles.set(file.owner.email, list);
  }

  storedFilesOf(user: UserRecord): FileRecord[] {
    return (this.ownedFiles.get(user.email) ?? []).filter((file) => !file.deleted);
  }

  outcomeText(job: JobRecord): string {
    const last = job.timeline?.job[job.timeline.job.length - 1];
    return last?.reason ?? SUCCESS;
  }

  /** A completed run's output files, plus any snapshots already taken of it. */
  runOutputFiles(job: JobRecord, run: RunState, now: number): FileRecord[] {
    const deleted = this.deletedOutputs.get(job.id);
    const snapshots = job.snapshots.filter((s) => s.runIndex === run.index && s.at <= now);
    const completed = run.dateCompleted !== null;
    const cacheKey = `${job.id}/${run.index}/${completed ? run.endAt : 'open'}/${snapshots.length}/${job.version}`;
    let files = this.runFilesCache.get(cacheKey);
    if (!files) {
      files = [];
      if (completed) {
        const seconds = runElapsedSeconds(run, run.endAt!);
        runFileSpecs(this.seed, job, run, seconds, this.outcomeText(job)).forEach((spec, fileIndex) => {
          files!.push(
            this.outputRecord(
              job,
              run,
              fileIndex,
              spec.relativePath,
              spec.content,
              run.endAt! + fileIndex * 37,
            ),
          );
        });
      }
      for (const snapshot of snapshots) {
        const name = `snapshot_${snapshot.fileIndex - SNAPSHOT_FILE_BASE + 1}.tar.gz`;
        files.push(
          this.outputRecord(
            job,
            run,
            snapshot.fileIndex,
            name,
            { kind: 'binary', seed: snapshot.at % 2147483647, size: 250_000 },
            snapshot.at,
          ),
        );
      }
      if (this.runFilesCache.size > 5000) this.runFilesCache.clear();
      this.runFilesCache.set(cacheKey, files);
    }
    return deleted ? files.filter((file) => !deleted.has(file.id)) : files;
  }

  private outputRecord(
    job: JobRecord,
    run: RunState,
    fileIndex: number,
    relativePath: string,
    content: FileRecord['content'],
    uploadedAt: number,
  ): FileRecord {
    const id =
      (content.kind === 'big' ? BIG_FILE_IDS.get(content) : undefined) ??
      encodeOutputFileId(job.serial, run.index, fileIndex);
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    return {
      id,
      name,
      typeId: 5,
      dateUploaded: uploadedAt,
      relativePath,
      path: `user/${job.owner.userCode}/output/job_${job.id}/run${run.index + 1}/${relativePath}`,
      owner: job.owner,
      sharedWith: [],
      encodedEncryptionKey: randomBase64Key(rngFor(this.seed, 'key', id)),
      viewInBrowser: content.kind === 'text',
      content,
      jobId: job.id,
      runIndex: run.index,
      deleted: false,
    };
  }

  /** Every output file of a job, run by run. */
  jobOutputFiles(job: JobRecord, now: number): FileRecord[] {
    return runsOf(job, now).flatMap((run) => this.runOutputFiles(job, run, now));
  }

  /** How many output files a job has, without materialising them. */
  jobOutputCount(job: JobRecord, now: number): number {
    if (!job.timeline) return 0;
    let count = 0;
    for (const run of runsOf(job, now)) if (run.dateCompleted !== null) count += filesPerRun(job, run.index);
    count += job.snapshots.filter((s) => s.at <= now).length;
    return count - (this.deletedOutputs.get(job.id)?.size ?? 0);
  }

  findFile(id: string, now: number): FileRecord | undefined {
    const stored = this.storedFiles.get(id);
    if (stored) return stored.deleted ? undefined : stored;
    if (id === 'BIGone' || id === 'BIGtwo') {
      const job = this.jobs.get('BIGout');
      const run = job && runsOf(job, now)[0];
      return job && run ? this.runOutputFiles(job, run, now).find((file) => file.id === id) : undefined;
    }
    const decoded = decodeOutputFileId(id);
    if (!decoded) return undefined;
    if (decoded.serial >= this.bulkSerials && decoded.serial < this.bulkSerials + BULK_JOB_COUNT)
      this.ensureBulk();
    const job = this.jobsBySerial[decoded.serial];
    if (!job || job.deleted) return undefined;
    const run = runsOf(job, now)[decoded.runIndex];
    if (!run) return undefined;
    return this.runOutputFiles(job, run, now).find((file) => file.id === id);
  }

  canSeeFile(user: UserRecord, file: FileRecord): boolean {
    if (file.owner === user) return true;
    const job = file.jobId ? this.jobs.get(file.jobId) : undefined;
    return job !== undefined && this.canSee(user, job);
  }

  deleteFile(file: FileRecord): void {
    file.deleted = true;
    if (file.jobId) {
      const set = this.deletedOutputs.get(file.jobId) ?? new Set<string>();
      set.add(file.id);
      this.deletedOutputs.set(file.jobId, set);
    }
  }

  /** Rendered text files, most recently used last, up to TEXT_CACHE_BYTES in all. */
  private readonly textCache = new Map<string, Buffer>();
  private textCacheBytes = 0;

  textBytes(file: FileRecord): Buffer {
    if (file.content.kind !== 'text') throw new Error(`${file.id} is not generated text`);
    const cacheKey = `${file.id}/${file.content.lineCount}`;
    let bytes = this.textCache.get(cacheKey);
    if (bytes) this.textCache.delete(cacheKey);
    else {
      bytes = renderText(file.content);
      this.textCacheBytes += bytes.length;
      while (this.textCacheBytes > TEXT_CACHE_BYTES && this.textCache.size > 0) {
        const [oldest, old] = this.textCache.entries().next().value as [string, Buffer];
        this.textCache.delete(oldest);
        this.textCacheBytes -= old.length;
      }
    }
    this.textCache.set(cacheKey, bytes);
    return bytes;
  }

  /** A file's size: free for binary content, one rendering (cached with its md5) for text. */
  size(file: FileRecord): number {
    const content = file.content;
    if (content.kind === 'text') return this.digest(file).size;
    return content.size;
  }

  /** Size and md5 of a file, computed once from its content. */
  digest(file: FileRecord): { size: number; md5: string } {
    if (file.size === undefined || file.md5 === undefined) {
      const content = file.content;
      if (content.kind === 'disk' || content.kind === 'big') {
        file.size = content.size;
        file.md5 = content.md5;
      } else if (content.kind === 'text') {
        const bytes = this.textBytes(file);
        file.size = bytes.length;
        file.md5 = createHash('md5').update(bytes).digest('hex');
      } else {
        const hash = createHash('md5');
        for (const chunk of binaryChunks(content, 0, content.size, true)) hash.update(chunk);
        file.size = content.size;
        file.md5 = hash.digest('hex');
      }
    }
    return { size: file.size, md5: file.md5 };
  }

  jobStatusAt(job: JobRecord, now: number): { status: string; reason: string | null } {
    const event = job.timeline ? currentEvent(job.timeline.job, now) : null;
    return { status: event?.status ?? '', reason: event?.reason ?? null };
  }
}

function comparator(ordering: string): (a: JobRecord, b: JobRecord) => number {
  const fields = ordering.split(',');
  return (a, b) => {
    for (const field of fields) {
      const descending = field.startsWith('-');
      const name = descending ? field.slice(1) : field;
      let order = 0;
      if (name === 'dateInserted') order = a.dateInserted - b.dateInserted;
      else if (name === 'name') order = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
      else if (name === 'id') order = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      if (order !== 0) return descending ? -order : order;
    }
    return a.serial - b.serial;
  };
}
