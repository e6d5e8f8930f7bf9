import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ENDED_KEPT_MS,
  MAX_ENDED,
  parseWatchState,
  WatchList,
  type EndedJob,
  type WatchStorage,
} from './watch-list';
import { memoryStorage } from './memory-storage';

/**
 * One `localStorage` and one lock manager shared by several tabs, as in a browser. Each
 * tab reads its own copy of the storage: another tab's write reaches it at once, or, with
 * `writesArriveLate`, only at `deliverWrites()`, as in Chromium, where tabs in other
 * processes hear of a write asynchronously.
 */
class FakeBrowser {
  now = 1_000_000;
  writesArriveLate = false;
  private readonly copies: Array<Map<string, string>> = [];
  private late: Array<() => void> = [];
  private readonly claims = new Set<string>();

  deliverWrites(): void {
    for (const write of this.late.splice(0)) write();
  }

  /** As when every claim's hold has run out. */
  releaseClaims(): void {
    this.claims.clear();
  }

  /** Web Locks with `ifAvailable`; a claim that found something is kept. */
  claim = <T>(name: string, run: () => T | null): Promise<T | null> =>
    new Promise((resolve) =>
      setImmediate(() => {
        if (this.claims.has(name)) return resolve(null);
        this.claims.add(name);
        const result = run();
        if (result === null) this.claims.delete(name);
        resolve(result);
      }),
    );

  tab(scope = 'us'): WatchList {
    const copy = new Map(this.copies[0]);
    this.copies.push(copy);
    const change = (apply: (entries: Map<string, string>) => void) => {
      apply(copy);
      for (const other of this.copies.filter((each) => each !== copy)) {
        if (this.writesArriveLate) this.late.push(() => apply(other));
        else apply(other);
      }
    };
    const storage: WatchStorage = {
      getItem: (key) => copy.get(key) ?? null,
      setItem: (key, value) => change((entries) => void entries.set(key, value)),
      removeItem: (key) => change((entries) => void entries.delete(key)),
      key: (index) => [...copy.keys()][index] ?? null,
      get length() {
        return copy.size;
      },
    };
    return new WatchList({ storage, scope, claim: this.claim, now: () => this.now });
  }
}

const job = { id: 'Ab12', name: 'Bracket fatigue' };
const completed = { status: 'Completed', statusReason: 'Completed successfully' };

test('a watch is kept in storage, so a reload or another tab of the same region sees it', () => {
  const browser = new FakeBrowser();
  browser.tab().watch(job);
  assert.equal(browser.tab().isWatched('Ab12'), true);
  assert.deepEqual(browser.tab().snapshot().watching, [job]);
});

test('watches are per region: the same job id elsewhere is another job', () => {
  const browser = new FakeBrowser();
  browser.tab('us').watch(job);
  assert.equal(browser.tab('eu').isWatched('Ab12'), false);
});

test('unwatching removes the watch for every tab', () => {
  const browser = new FakeBrowser();
  const first = browser.tab();
  const second = browser.tab();
  first.watch(job);
  second.refresh();
  assert.equal(second.isWatched('Ab12'), true);
  second.unwatch('Ab12');
  first.refresh();
  assert.equal(first.isWatched('Ab12'), false);
});

test('when every tab sees a watched job end at once, exactly one of them gets to notify', async () => {
  const browser = new FakeBrowser();
  const tabs = [browser.tab(), browser.tab(), browser.tab()];
  tabs[0]!.watch(job);
  for (const tab of tabs) tab.refresh();
  const claims = await Promise.all(tabs.map((tab) => tab.end('Ab12', completed)));
  const notifying = claims.filter((claim): claim is EndedJob => claim !== null);
  assert.equal(notifying.length, 1);
  assert.deepEqual(notifying[0], {
    ...job,
    status: 'Completed',
    reason: 'Completed successfully',
    at: browser.now,
  });
  for (const tab of tabs) {
    tab.refresh();
    assert.equal(tab.isWatched('Ab12'), false, 'the watch is done once notified');
    assert.deepEqual(
      tab.snapshot().ended.map((ended) => ended.id),
      ['Ab12'],
    );
  }
});

test('a tab whose storage has not yet heard that another tab notified does not notify again', async () => {
  const browser = new FakeBrowser();
  const [first, second] = [browser.tab(), browser.tab()];
  first.watch(job);
  second.refresh();
  browser.writesArriveLate = true;
  const claims = await Promise.all([first.end('Ab12', completed), second.end('Ab12', completed)]);
  assert.equal(claims.filter((claim) => claim !== null).length, 1);
  browser.deliverWrites();
  second.refresh();
  assert.deepEqual(
    second.snapshot().ended.map((ended) => ended.id),
    ['Ab12'],
  );
});

test('two jobs ending in one poll, claimed by two tabs that hear of each other late, both stay ended everywhere', async () => {
  const browser = new FakeBrowser();
  const [first, second] = [browser.tab(), browser.tab()];
  const other = { id: 'Cd34', name: 'Wing flutter' };
  first.watch(job);
  first.watch(other);
  second.refresh();
  browser.writesArriveLate = true;
  const claims = await Promise.all([first.end('Ab12', completed), second.end('Cd34', completed)]);
  assert.deepEqual(
    claims.map((claim) => claim?.id),
    ['Ab12', 'Cd34'],
  );
  browser.deliverWrites();
  browser.releaseClaims();
  for (const tab of [first, second, browser.tab()]) {
    tab.refresh();
    assert.deepEqual(tab.snapshot().watching, []);
    assert.deepEqual(
      tab
        .snapshot()
        .ended.map((ended) => ended.id)
        .toSorted(),
      ['Ab12', 'Cd34'],
    );
    assert.equal(await tab.end('Ab12', completed), null, 'not notified again');
    assert.equal(await tab.end('Cd34', completed), null, 'not notified again');
  }
});

test('a job seen ending again later is not notified twice', async () => {
  const browser = new FakeBrowser();
  const tab = browser.tab();
  tab.watch(job);
  assert.notEqual(await tab.end('Ab12', completed), null);
  assert.equal(await tab.end('Ab12', completed), null);
  assert.equal(await browser.tab().end('Ab12', completed), null);
});

test('a job that is not watched is never notified', async () => {
  const browser = new FakeBrowser();
  assert.equal(await browser.tab().end('Zz99', completed), null);
});

test('each tab hears once of each job that ends, whichever tab saw it first', async () => {
  const browser = new FakeBrowser();
  const first = browser.tab();
  const second = browser.tab();
  first.watch(job);
  second.refresh();
  const heard: Record<string, string[]> = { first: [], second: [] };
  first.onEnded((ended) => heard.first!.push(ended.id));
  second.onEnded((ended) => heard.second!.push(ended.id));
  await first.end('Ab12', completed);
  second.refresh();
  second.refresh();
  assert.deepEqual(heard, { first: ['Ab12'], second: ['Ab12'] });
});

test('a tab opened after a job ended does not hear of it as news', async () => {
  const browser = new FakeBrowser();
  const tab = browser.tab();
  tab.watch(job);
  await tab.end('Ab12', completed);
  const later = browser.tab();
  const heard: string[] = [];
  later.onEnded((ended) => heard.push(ended.id));
  later.snapshot();
  later.refresh();
  assert.deepEqual(heard, []);
  assert.equal(later.snapshot().ended.length, 1, 'it still lists it until dismissed');
});

test('a dismissed ending is gone from every tab; watching the job again starts afresh', async () => {
  const browser = new FakeBrowser();
  const tab = browser.tab();
  tab.watch(job);
  await tab.end('Ab12', completed);
  tab.dismiss('Ab12');
  assert.deepEqual(browser.tab().snapshot(), { watching: [], ended: [] });
});

test('endings are kept for a day and only the newest few', async () => {
  const browser = new FakeBrowser();
  const tab = browser.tab();
  for (let i = 0; i < MAX_ENDED + 3; i += 1) {
    tab.watch({ id: `J${i}`, name: `Job ${i}` });
    await tab.end(`J${i}`, completed);
  }
  assert.equal(tab.snapshot().ended.length, MAX_ENDED);
  assert.equal(tab.snapshot().ended.at(-1)!.id, `J${MAX_ENDED + 2}`);
  browser.now += ENDED_KEPT_MS + 1;
  tab.refresh();
  assert.equal(tab.snapshot().ended.length, 0);
});

test('endings kept inside the list by earlier builds are still shown, and kept when the list is next written', () => {
  const ending = { ...job, status: 'Failed', reason: null, at: 5 };
  const storage = memoryStorage();
  storage.setItem('rescale-watch:v1:us', JSON.stringify({ watching: [], ended: [ending] }));
  const list = new WatchList({ storage, scope: 'us', claim: async (_name, run) => run(), now: () => 10 });
  assert.deepEqual(list.snapshot().ended, [ending]);
  list.watch({ id: 'Cd34', name: 'Wing flutter' });
  assert.deepEqual(list.snapshot().ended, [ending]);
  assert.equal(storage.getItem('rescale-watch:v1:us:ended:Ab12'), JSON.stringify(ending));
});

test('a tab refreshes on storage events for its own region only', () => {
  const list = new FakeBrowser().tab('us');
  assert.equal(list.owns('rescale-watch:v1:us'), true);
  assert.equal(list.owns('rescale-watch:v1:us:ended:Ab12'), true);
  assert.equal(list.owns('rescale-watch:v1:us-2'), false);
  assert.equal(list.owns('rescale-watch:v1:us-2:ended:Ab12'), false);
});

test('storage that is not a watch list is read as an empty one, keeping whatever entries fit', () => {
  assert.deepEqual(parseWatchState('not json'), { watching: [], ended: [] });
  assert.deepEqual(parseWatchState('[1,2]'), { watching: [], ended: [] });
  assert.deepEqual(
    parseWatchState(
      JSON.stringify({ watching: [{ id: 'A' }, { id: 'B', name: 'b', extra: 1 }], ended: [{ id: 'C' }] }),
    ),
    { watching: [{ id: 'B', name: 'b' }], ended: [] },
  );
});

test('storage that stops answering is replaced by one that lasts as long as the tab, keeping what the tab shows', () => {
  const backing = memoryStorage();
  let answering = true;
  const answered = <T>(read: () => T): T => {
    if (!answering) throw new Error('The operation is insecure.');
    return read();
  };
  const storage: WatchStorage = {
    getItem: (key) => answered(() => backing.getItem(key)),
    setItem: (key, value) => answered(() => backing.setItem(key, value)),
    removeItem: (key) => answered(() => backing.removeItem(key)),
    key: (index) => answered(() => backing.key(index)),
    get length() {
      return answered(() => backing.length);
    },
  };
  const list = new WatchList({ storage, scope: 'us', claim: async (_name, run) => run(), now: () => 1 });
  const other = { id: 'Cd34', name: 'Wing sweep' };
  list.watch(job);
  answering = false;

  list.watch(other);
  assert.deepEqual(list.snapshot().watching, [job, other]);
  list.unwatch(job.id);
  assert.deepEqual(list.snapshot().watching, [other]);
  assert.equal(list.isWatched(job.id), false);
});

test('with storage that lasts as long as the tab, the list still works for this tab', async () => {
  const list = new WatchList({
    storage: memoryStorage(),
    scope: 'us',
    claim: async (_name, run) => run(),
    now: () => 5,
  });
  list.watch(job);
  assert.equal(list.isWatched('Ab12'), true);
  assert.notEqual(await list.end('Ab12', completed), null);
});
