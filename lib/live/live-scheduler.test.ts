import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RescaleError } from '@/lib/rescale/errors';
import { DEFAULT_LIVE_POLICY, pollIntervals } from './live-policy';
import { LiveScheduler } from './live-scheduler';
import type { ResourceKind } from './resource-kind';
import { FakeBrowser, type FakeTab } from '../../test/support/fake-browser';

const statuses = '/api/rescale/v2/jobs/Ab12/statuses/';
const tail = '/api/rescale/v2/jobs/Ab12/runs/r1/tail/work/log?lines=200';
const clusterStatuses = '/api/rescale/v2/jobs/Ab12/cluster_statuses/';
const runs = '/api/rescale/v2/jobs/Ab12/runs/';
const directory = '/api/rescale/v2/jobs/Ab12/runs/r1/directory-contents/';
const jobPage = [statuses, clusterStatuses, runs, directory, tail];
const MINUTE = 60_000;
const KINDS = new Map<string, ResourceKind>([
  [statuses, 'jobStatuses'],
  [tail, 'tail'],
  [clusterStatuses, 'clusterStatuses'],
  [runs, 'runs'],
  [directory, 'directory'],
]);

/** A key with the kind its descriptor carries. */
function live(key: string): [string, ResourceKind] {
  return [key, KINDS.get(key) ?? 'other'];
}

type Shown = { tab: FakeTab; scheduler: LiveScheduler; received: Map<string, unknown[]> };

function show(
  browser: FakeBrowser,
  name: string,
  keys: string[],
  options: { active?: boolean; hasData?: boolean; canElect?: boolean } = {},
): Shown {
  const tab = browser.openTab(name);
  const scheduler = new LiveScheduler(tab.env({ canElect: options.canElect }));
  const received = new Map<string, unknown[]>();
  for (const key of keys) {
    received.set(key, []);
    scheduler.register(
      { key, kind: live(key)[1] },
      { active: options.active ?? true, apply: (data) => received.get(key)!.push(data) },
      options.hasData ?? true,
    );
  }
  return { tab, scheduler, received };
}

function leaders(shown: Shown[]): string[] {
  return shown.filter((s) => s.tab.open && s.scheduler.isLeading()).map((s) => s.tab.name);
}

test('one tab polls an active resource at the pace the policy sets', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', [statuses]);
  await browser.advance(MINUTE);
  assert.equal(browser.calls.length, MINUTE / DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses);
});

test('a job page with follow on costs at most the calls-per-minute ceiling', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', jobPage);
  await browser.advance(MINUTE);
  const start = browser.now;
  await browser.advance(10 * MINUTE);
  const calls = browser.callsWithin(start, 10 * MINUTE);
  const ceiling = 10 * DEFAULT_LIVE_POLICY.maxCallsPerMinute;
  assert.ok(calls <= ceiling + jobPage.length, `${calls} calls in ten minutes`);
  assert.ok(calls >= 0.9 * ceiling, `${calls} calls in ten minutes: the budget is used, not wasted`);
});

test('data the server just rendered is not fetched again before its interval', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', [statuses], { hasData: true });
  await browser.advance(DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses - 1);
  assert.equal(browser.calls.length, 0);
});

test('data that cannot change any more is never polled', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', jobPage, { active: false });
  await browser.advance(5 * MINUTE);
  assert.equal(browser.calls.length, 0);
});

test('once the job has ended, its cluster is asked for at once and then at the job statuses’ pace', async () => {
  const browser = new FakeBrowser();
  const scheduler = new LiveScheduler(browser.openTab('a').env());
  const apply = () => undefined;
  const job = scheduler.register({ key: statuses, kind: 'jobStatuses' }, { active: true, apply }, true);
  const running = scheduler.register(
    { key: clusterStatuses, kind: 'clusterStatuses' },
    { active: true, apply },
    true,
  );
  await browser.advance(MINUTE + 20_000);
  const clusterCalls = () => browser.calls.filter((call) => call.key === clusterStatuses);
  assert.equal(clusterCalls().length, 1, 'while the job runs, its cluster is asked for once a minute');

  // What the page's hooks do when the job ends: its statuses settle, the cluster's kind changes.
  job.update(false);
  running.unregister();
  scheduler.register({ key: clusterStatuses, kind: 'clusterWindingDown' }, { active: true, apply }, true);
  const endedAt = browser.now;
  await browser.advance(MINUTE);
  const after = clusterCalls().filter((call) => call.at >= endedAt && call.at < endedAt + MINUTE);
  assert.equal(after[0]?.at, endedAt, 'its last answer is older than the new pace, so it is due now');
  assert.equal(after.length, MINUTE / DEFAULT_LIVE_POLICY.preferredIntervalMs.clusterWindingDown);
  assert.equal(browser.callsWithin(endedAt, MINUTE), after.length, 'nothing else is asked for');
});

test('five tabs on the same page cost what one tab costs, and every tab gets the data', async () => {
  const one = new FakeBrowser();
  show(one, 'a', jobPage);
  await one.advance(2 * MINUTE);

  const five = new FakeBrowser();
  const tabs = ['a', 'b', 'c', 'd', 'e'].map((name) => show(five, name, jobPage));
  await five.advance(2 * MINUTE);

  assert.equal(leaders(tabs).length, 1);
  assert.ok(five.calls.length <= one.calls.length * 1.2, `${five.calls.length} vs ${one.calls.length}`);
  assert.deepEqual(
    new Set(five.calls.map((call) => call.tab)),
    new Set(leaders(tabs)),
    'followers made no call',
  );
  for (const shown of tabs)
    assert.ok(shown.received.get(tail)!.length >= 10, `${shown.tab.name} got the tail`);
});

test('the leader polls what a follower needs even if it shows nothing live itself', async () => {
  const browser = new FakeBrowser();
  const quiet = show(browser, 'a', []);
  await browser.flush();
  const busy = show(browser, 'b', [statuses], { hasData: false });
  await browser.advance(MINUTE);
  assert.deepEqual(leaders([quiet, busy]), ['a']);
  assert.ok(browser.calls.length >= 5 && browser.calls.every((call) => call.tab === 'a'));
  assert.ok(busy.received.get(statuses)!.length >= 5);
});

test('when the leader closes, another tab polls within a few seconds and the pace holds', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b', 'c'].map((name) => show(browser, name, [tail]));
  await browser.advance(MINUTE);
  const [first] = leaders(tabs);
  const before = browser.calls.filter((call) => call.tab === first);
  const lastBefore = before[before.length - 1]!.at;
  tabs.find((s) => s.tab.name === first)!.tab.close();
  await browser.advance(MINUTE);

  const [second] = leaders(tabs);
  assert.ok(second !== undefined && second !== first);
  const after = browser.calls.filter((call) => call.tab === second);
  const interval = pollIntervals([live(tail)], null).get(tail)!;
  const gap = after[0]!.at - lastBefore;
  assert.ok(gap <= interval, `first call after the hand-over came ${gap} ms after the last`);
  assert.ok(after.length >= MINUTE / interval - 1);
});

test('a hidden leader hands over to a visible tab, and a hidden tab needs nothing', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b'].map((name) => show(browser, name, [statuses]));
  await browser.advance(MINUTE);
  const [first] = leaders(tabs);
  tabs.find((s) => s.tab.name === first)!.tab.setVisible(false);
  await browser.flush();
  const [second] = leaders(tabs);
  assert.ok(second !== undefined && second !== first);

  tabs.find((s) => s.tab.name === second)!.tab.setVisible(false);
  await browser.advance(1_000);
  const start = browser.now;
  await browser.advance(5 * MINUTE);
  assert.equal(browser.callsSince(start), 0, 'no tab is visible, so nothing is polled');
});

test('a hidden tab keeps what it watches in the background polled, leading only while no tab is visible', async () => {
  const browser = new FakeBrowser();
  const watcher = show(browser, 'watcher', []);
  const watched: unknown[] = [];
  watcher.scheduler.register(
    { key: statuses, kind: 'jobStatuses' },
    { active: true, apply: (data) => watched.push(data), background: true },
    true,
  );
  const page = show(browser, 'page', [tail]);
  await browser.advance(MINUTE);

  watcher.tab.setVisible(false);
  await browser.advance(MINUTE);
  assert.deepEqual(leaders([watcher, page]), ['page'], 'a visible tab leads');
  let start = browser.now;
  await browser.advance(MINUTE);
  assert.ok(
    browser.calls.some((call) => call.at >= start && call.key === statuses),
    'the watch is still polled',
  );

  page.tab.setVisible(false);
  await browser.advance(5_000);
  assert.deepEqual(leaders([watcher, page]), ['watcher'], 'with no tab visible, the watching tab leads');
  start = browser.now;
  const before = watched.length;
  await browser.advance(MINUTE);
  const calls = browser.calls.filter((call) => call.at >= start);
  assert.ok(calls.length > 0 && calls.every((call) => call.key === statuses), 'only the watch is polled');
  assert.ok(watched.length > before);

  page.tab.setVisible(true);
  await browser.advance(5_000);
  assert.deepEqual(leaders([watcher, page]), ['page'], 'a tab that becomes visible takes over');
});

test('after a 429 no tab calls again before Retry-After has passed', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b', 'c'].map((name) => show(browser, name, jobPage));
  await browser.advance(30_000);
  let throttledAt = 0;
  browser.upstream = (key, now) => {
    if (throttledAt === 0) throttledAt = now;
    return new RescaleError({ status: 429, detail: 'Request was throttled.', retryAfterSeconds: 120 });
  };
  await browser.advance(30_000);
  browser.upstream = (key) => ({ data: { key }, budget: null });
  assert.ok(throttledAt > 0);
  const callsThen = browser.callsSince(throttledAt + 1);
  await browser.advance(throttledAt + 120_000 - browser.now - 1);
  assert.equal(browser.callsSince(throttledAt + 1), callsThen, 'nobody called during Retry-After');

  for (const shown of tabs) {
    assert.equal(shown.scheduler.snapshot(tail).blockedUntil, throttledAt + 120_000);
    await assert.rejects(shown.scheduler.fetch(tail), (error: RescaleError) => error.status === 429);
  }
  assert.equal(browser.callsSince(throttledAt + 1), callsThen, 'a manual refresh makes no call either');

  await browser.advance(30_000);
  assert.ok(browser.callsSince(throttledAt + 120_000) > 0, 'polling resumes once Retry-After has passed');
});

test('with less than a quarter of the budget left, polling slows down and every tab says so', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b'].map((name) => show(browser, name, [statuses]));
  browser.upstream = (key) => ({ data: { key }, budget: { limit: 1000, remaining: 900 } });
  await browser.advance(MINUTE);
  let start = browser.now;
  await browser.advance(MINUTE);
  const ample = browser.callsWithin(start, MINUTE);
  assert.ok(tabs.every((s) => !s.scheduler.snapshot(statuses).slowed));

  browser.upstream = (key) => ({ data: { key }, budget: { limit: 1000, remaining: 100 } });
  await browser.advance(MINUTE);
  start = browser.now;
  await browser.advance(MINUTE);
  const low = browser.callsWithin(start, MINUTE);
  assert.ok(low <= ample / 2, `${low} calls with a low budget, ${ample} with an ample one`);
  for (const shown of tabs) {
    const snapshot = shown.scheduler.snapshot(statuses);
    assert.equal(snapshot.slowed, true, `${shown.tab.name} knows polling is slowed`);
    assert.ok(snapshot.nextRefreshAt !== null && snapshot.nextRefreshAt > browser.now);
  }
});

test('repeated errors slow polling down, and a success restores the pace', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', [statuses]);
  browser.upstream = () => new RescaleError({ status: 503, detail: 'down' });
  await browser.advance(MINUTE);
  let start = browser.now;
  await browser.advance(2 * MINUTE);
  assert.ok(
    browser.callsWithin(start, 2 * MINUTE) <= 2,
    `${browser.callsWithin(start, 2 * MINUTE)} calls while failing`,
  );

  browser.upstream = (key) => ({ data: { key }, budget: null });
  await browser.advance(DEFAULT_LIVE_POLICY.maxIntervalMs);
  start = browser.now;
  await browser.advance(MINUTE);
  assert.equal(
    browser.callsWithin(start, MINUTE),
    MINUTE / DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses,
  );
});

test('without leader election every tab polls for itself', async () => {
  const browser = new FakeBrowser();
  show(browser, 'a', [statuses], { canElect: false });
  show(browser, 'b', [statuses], { canElect: false });
  await browser.advance(MINUTE);
  assert.deepEqual(new Set(browser.calls.map((call) => call.tab)), new Set(['a', 'b']));
});

test('however many live resources tabs show together, no minute holds more calls than the ceiling', async () => {
  const browser = new FakeBrowser();
  const jobs = Array.from({ length: 6 }, (_, i) => `/api/rescale/v2/jobs/J${i}/`);
  ['a', 'b', 'c'].forEach((name, i) =>
    show(browser, name, [...jobPage, ...jobs.map((job) => `${job}statuses/`), `${jobs[i]}runs/r/`]),
  );
  await browser.advance(MINUTE);
  for (let second = 0; second < 5 * 60; second += 1) {
    const from = browser.now;
    await browser.advance(1_000);
    assert.ok(browser.callsWithin(from - MINUTE + 1_000, MINUTE) <= DEFAULT_LIVE_POLICY.maxCallsPerMinute);
  }
});

test('a refresh asked for while a call is under way gets an answer from after it, in one more call', async () => {
  const browser = new FakeBrowser();
  const { scheduler } = show(browser, 'a', [statuses]);
  let version = 0;
  browser.upstream = async (key) => {
    const seen = version;
    await browser.after(1_000);
    return { data: { key, version: seen }, budget: null };
  };
  const polled = scheduler.fetch(statuses);
  version = 1;
  const refreshed = [scheduler.fetch(statuses), scheduler.fetch(statuses)];
  await browser.advance(3_000);
  assert.deepEqual(await polled, { key: statuses, version: 0 });
  for (const answer of await Promise.all(refreshed)) assert.deepEqual(answer, { key: statuses, version: 1 });
  assert.equal(browser.calls.length, 2);
});

test('an answer to an older call never replaces a newer one, in any tab', async () => {
  const browser = new FakeBrowser();
  const a = show(browser, 'a', [statuses], { active: false });
  const b = show(browser, 'b', [statuses], { active: false });
  browser.upstream = async (key, now) => {
    await browser.after(a.tab.name === 'a' && browser.calls.length === 1 ? 5_000 : 1_000);
    return { data: { key, startedAt: now }, budget: null };
  };
  const older = a.scheduler.fetch(statuses);
  await browser.advance(500);
  const newer = b.scheduler.fetch(statuses);
  await browser.advance(6_000);
  const [olderAnswer, newerAnswer] = await Promise.all([older, newer]);
  assert.notDeepEqual(olderAnswer, newerAnswer);
  for (const shown of [a, b]) {
    const received = shown.received.get(statuses)!;
    assert.deepEqual(received[received.length - 1], newerAnswer, `${shown.tab.name} shows the newer answer`);
  }
});

test('when the leader closes in the middle of a call, the next leader does not wait for its answer', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b'].map((name) => show(browser, name, [tail]));
  browser.upstream = async (key) => {
    await browser.after(2_000);
    return { data: { key }, budget: null };
  };
  await browser.advance(MINUTE);
  const [first] = leaders(tabs);
  const callsSoFar = browser.calls.length;
  while (browser.calls.length === callsSoFar) await browser.advance(100);
  const lastCall = browser.calls[browser.calls.length - 1]!;
  await browser.advance(500);
  tabs.find((s) => s.tab.name === first)!.tab.close();
  await browser.advance(MINUTE);

  const interval = pollIntervals([live(tail)], null).get(tail)!;
  const next = browser.calls.find((call) => call.at > lastCall.at)!;
  assert.notEqual(next.tab, first);
  assert.ok(
    next.at - lastCall.at <= interval + 2_000,
    `the next call came ${next.at - lastCall.at} ms after the lost one`,
  );
});

test('a one-off lookup is not polling: it leaves the polling ceiling and the other tabs alone', async () => {
  const browser = new FakeBrowser();
  const [a, b] = ['a', 'b'].map((name) => show(browser, name, [tail]));
  await browser.advance(MINUTE);
  const start = browser.now;
  const outcomes = Array.from(
    { length: 30 },
    (_, i) => `/api/rescale/v2/jobs/Done${i}/statuses/?page_size=1`,
  );
  const answers = await Promise.all(outcomes.map((key) => a!.scheduler.lookup(key)));
  assert.deepEqual(
    answers,
    outcomes.map((key) => ({ key })),
  );
  await browser.advance(MINUTE);

  const interval = pollIntervals([live(tail)], null).get(tail)!;
  const polls = browser.calls.filter((call) => call.at >= start && call.key === tail).length;
  assert.ok(
    polls >= Math.floor(MINUTE / interval),
    `the tail kept its pace (${polls} polls) despite 30 lookups`,
  );
  assert.equal(b!.received.get(tail)!.length > 0, true);
  for (const key of outcomes)
    assert.equal(b!.scheduler.snapshot(key).lastUpdatedAt, null, 'lookups are not shared');
});

test('a lookup waits out a standing 429, and a 429 it meets stops polling in every tab', async () => {
  const browser = new FakeBrowser();
  const tabs = ['a', 'b'].map((name) => show(browser, name, [tail]));
  await browser.advance(10_000);
  const outcome = '/api/rescale/v2/jobs/Done1/statuses/?page_size=1';
  browser.upstream = (key) =>
    key === outcome
      ? new RescaleError({ status: 429, detail: 'Request was throttled.', retryAfterSeconds: 90 })
      : { data: { key }, budget: null };
  const throttledAt = browser.now;
  await assert.rejects(tabs[1]!.scheduler.lookup(outcome), (error: RescaleError) => error.status === 429);
  await browser.advance(1);
  const callsThen = browser.calls.length;

  await browser.advance(89_000);
  assert.equal(browser.calls.length, callsThen, 'no tab polled during Retry-After');
  for (const shown of tabs) {
    assert.equal(shown.scheduler.snapshot(tail).blockedUntil, throttledAt + 90_000);
    await assert.rejects(shown.scheduler.lookup(outcome), (error: RescaleError) => error.status === 429);
  }
  assert.equal(browser.calls.length, callsThen, 'nor did a lookup');
  await browser.advance(10_000);
  assert.ok(browser.calls.length > callsThen, 'polling resumes once Retry-After has passed');
});
