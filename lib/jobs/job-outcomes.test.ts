import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RescaleError } from '@/lib/rescale/errors';
import {
  CONCURRENCY,
  JobOutcomes,
  MAX_REMEMBERED,
  RETRY_AFTER_FAILURE_MS,
  type OutcomeDeps,
  type OutcomeStorage,
} from './job-outcomes';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function statusPage(reason: string | null) {
  return {
    count: 1,
    results: [{ status: 'Completed', statusDate: '2026-11-27T10:00:00Z', statusReason: reason }],
  };
}

class MemoryStorage implements OutcomeStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** An upstream that answers when told to, so the test sees how many calls run at once. */
class Upstream {
  readonly calls: string[] = [];
  private readonly waiting: Array<() => void> = [];
  inFlight = 0;
  mostAtOnce = 0;
  answer: (jobId: string) => unknown = (jobId) =>
    statusPage(jobId.startsWith('bad') ? 'A run failed' : 'Completed successfully');

  request = (jobId: string): Promise<unknown> => {
    this.calls.push(jobId);
    this.inFlight += 1;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.inFlight);
    return new Promise((resolve, reject) => {
      this.waiting.push(() => {
        this.inFlight -= 1;
        const answer = this.answer(jobId);
        if (answer instanceof Error) reject(answer);
        else resolve(answer);
      });
    });
  };

  async answerAll() {
    while (this.waiting.length > 0) {
      this.waiting.shift()!();
      await settle();
    }
  }
}

function outcomes(upstream: Upstream, overrides: Partial<OutcomeDeps> = {}) {
  return new JobOutcomes({
    request: upstream.request,
    storage: new MemoryStorage(),
    scope: 'us',
    now: () => 0,
    later: () => undefined,
    ...overrides,
  });
}

test('each finished job is looked up once, a few at a time, and its newest reason kept', async () => {
  const upstream = new Upstream();
  const store = outcomes(upstream);
  let notified = 0;
  store.subscribe(() => (notified += 1));
  const jobs = ['ok1', 'bad1', 'ok2', 'ok3', 'bad2', 'ok4', 'ok5', 'ok6', 'ok7', 'ok8'];

  store.want(jobs);
  store.want(jobs);
  assert.equal(upstream.calls.length, CONCURRENCY, 'no more than the concurrency limit at once');
  assert.equal(store.get('ok1'), undefined, 'unknown until answered');
  await upstream.answerAll();
  store.want(jobs);

  assert.deepEqual(upstream.calls, jobs, 'one call per job, however often they are wanted');
  assert.equal(upstream.mostAtOnce, CONCURRENCY);
  assert.equal(store.get('bad1'), 'A run failed');
  assert.equal(store.get('ok1'), 'Completed successfully');
  assert.equal(notified, jobs.length);
  assert.notEqual(store.getVersion(), 0);
});

test('a job that ended with no reason is known as such, not looked up again', async () => {
  const upstream = new Upstream();
  upstream.answer = () => statusPage(null);
  const store = outcomes(upstream);
  store.want(['quiet']);
  await upstream.answerAll();
  assert.equal(store.get('quiet'), null);
  store.want(['quiet']);
  assert.equal(upstream.calls.length, 1);
});

test('outcomes are remembered in the browser per platform: a reload costs no call, another region does', async () => {
  const storage = new MemoryStorage();
  const first = new Upstream();
  const before = outcomes(first, { storage });
  before.want(['bad1', 'ok1']);
  await first.answerAll();

  const again = new Upstream();
  const reloaded = outcomes(again, { storage });
  reloaded.want(['bad1', 'ok1']);
  assert.deepEqual(again.calls, []);
  assert.equal(reloaded.get('bad1'), 'A run failed');

  const elsewhere = new Upstream();
  outcomes(elsewhere, { storage, scope: 'eu' }).want(['bad1']);
  assert.deepEqual(elsewhere.calls, ['bad1'], 'job ids are unique within one platform only');
});

test('two tabs saving at once keep each other’s outcomes', async () => {
  const storage = new MemoryStorage();
  const [upA, upB] = [new Upstream(), new Upstream()];
  const tabA = outcomes(upA, { storage });
  const tabB = outcomes(upB, { storage });
  tabA.want(['ok1']);
  tabB.want(['bad1']);
  await upA.answerAll();
  await upB.answerAll();

  const third = new Upstream();
  const tabC = outcomes(third, { storage });
  tabC.want(['ok1', 'bad1']);
  assert.deepEqual(third.calls, []);
  assert.equal(tabB.get('ok1'), 'Completed successfully', 'tab B learned what tab A had looked up');
});

test('a failed lookup leaves the outcome unknown, and is tried again later while its job is on screen', async () => {
  let now = 0;
  const timers: Array<{ at: number; run: () => void }> = [];
  const later = (run: () => void, ms: number) => void timers.push({ at: now + ms, run });
  const runTimers = () => {
    for (const timer of timers.splice(0).filter((t) => t.at <= now)) timer.run();
  };
  const upstream = new Upstream();
  upstream.answer = () =>
    new RescaleError({ status: 429, detail: 'Request was throttled.', retryAfterSeconds: 30 });
  const store = outcomes(upstream, { now: () => now, later });
  store.want(['bad1', 'bad2']);
  await upstream.answerAll();
  assert.equal(store.get('bad1'), undefined);
  assert.equal(timers.length, 1, 'one retry for every failure at once');

  now += RETRY_AFTER_FAILURE_MS - 1;
  store.want(['bad1', 'bad2']);
  assert.equal(upstream.calls.length, 2, 'not before the wait is over, even when asked');

  upstream.answer = () => statusPage('A run failed');
  now += 1;
  runTimers();
  await upstream.answerAll();
  assert.deepEqual(upstream.calls, ['bad1', 'bad2', 'bad1', 'bad2']);
  assert.equal(store.get('bad1'), 'A run failed');
});

test('a retry looks up only the jobs still on screen', async () => {
  let now = 0;
  let retry: (() => void) | null = null;
  const upstream = new Upstream();
  upstream.answer = () => new Error('offline');
  const store = outcomes(upstream, { now: () => now, later: (run) => (retry = run) });
  store.want(['gone1']);
  await upstream.answerAll();
  store.want(['ok1']);
  upstream.answer = () => statusPage(null);
  await upstream.answerAll();

  now += RETRY_AFTER_FAILURE_MS;
  retry!();
  await upstream.answerAll();
  assert.deepEqual(upstream.calls, ['gone1', 'ok1']);
});

test('an answer that is not a status list counts as a failure, not as success', async () => {
  const upstream = new Upstream();
  upstream.answer = () => ({ detail: 'Not found.' });
  const store = outcomes(upstream);
  store.want(['gone']);
  await upstream.answerAll();
  assert.equal(store.get('gone'), undefined);
});

test('memory is bounded: past the limit the oldest outcomes are forgotten', async () => {
  const storage = new MemoryStorage();
  const upstream = new Upstream();
  const store = outcomes(upstream, { storage });
  const jobs = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => `ok${i}`);
  store.want(jobs);
  await upstream.answerAll();

  assert.equal(store.get('ok0'), undefined);
  assert.equal(store.get(`ok${MAX_REMEMBERED + 4}`), 'Completed successfully');
  const saved = JSON.parse([...storage.items.values()][0]!) as unknown[];
  assert.equal(saved.length, MAX_REMEMBERED);
});

test('unreadable or refusing storage only costs lookups', async () => {
  const upstream = new Upstream();
  const broken: OutcomeStorage = {
    getItem: () => '{not json',
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const store = outcomes(upstream, { storage: broken });
  store.want(['bad1']);
  await upstream.answerAll();
  assert.equal(store.get('bad1'), 'A run failed');

  const odd = new MemoryStorage();
  odd.setItem('rescale-job-outcomes:v1:us', JSON.stringify([['ok1', 7], 'x', ['bad1', 'A run failed']]));
  const fromOdd = outcomes(new Upstream(), { storage: odd });
  assert.equal(fromOdd.get('ok1'), undefined);
  assert.equal(fromOdd.get('bad1'), 'A run failed');
});

test('lookups still waiting for jobs no longer on screen are dropped', async () => {
  const upstream = new Upstream();
  const store = outcomes(upstream);
  const firstPage = Array.from({ length: 10 }, (_, i) => `ok${i}`);
  store.want(firstPage);
  assert.equal(upstream.calls.length, CONCURRENCY);
  store.want([]);
  await upstream.answerAll();
  assert.deepEqual(
    upstream.calls,
    firstPage.slice(0, CONCURRENCY),
    'only the calls already under way were made',
  );

  store.want(firstPage);
  await upstream.answerAll();
  assert.deepEqual(upstream.calls, firstPage, 'back on screen, the dropped ones are looked up');
});
