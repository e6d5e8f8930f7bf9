import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deferredScheduler, IDLE_SNAPSHOT, type TabScheduler } from './deferred-scheduler';
import type { HookEntry, LiveKey } from './live-scheduler';
import type { KeySnapshot } from './snapshot-store';

const KEY: LiveKey = { key: '/api/rescale/v2/jobs/', kind: 'jobs' };
const BUSY: KeySnapshot = { ...IDLE_SNAPSHOT, fetching: true };

/** A scheduler that records what reaches it, and a loader the test releases. */
function fakeScheduler() {
  const log: string[] = [];
  const watchers = new Set<() => void>();
  const real: TabScheduler = {
    register: ({ key }, entry: HookEntry, hasData) => {
      log.push(`register ${key} active=${entry.active} hasData=${hasData}`);
      return {
        update: (active) => log.push(`update ${active}`),
        unregister: () => log.push('unregister'),
      };
    },
    fetch: async (key) => `data of ${key}`,
    lookup: async (key) => `lookup of ${key}`,
    watch: (_key, onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    snapshot: () => BUSY,
  };
  let release: () => void = () => undefined;
  const loaded = new Promise<TabScheduler>((resolve) => (release = () => resolve(real)));
  let loads = 0;
  const scheduler = deferredScheduler(() => {
    loads += 1;
    return loaded;
  });
  return { scheduler, log, watchers, release, loads: () => loads };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('deferredScheduler', () => {
  it('shows an idle key until the scheduler has loaded, then the real snapshot', async () => {
    const { scheduler, release } = fakeScheduler();
    assert.equal(scheduler.snapshot(KEY.key), IDLE_SNAPSHOT);
    scheduler.watch(KEY.key, () => undefined);
    release();
    await settle();
    assert.equal(scheduler.snapshot(KEY.key), BUSY);
  });

  it('hands a registration over with its latest activity', async () => {
    const { scheduler, log, release } = fakeScheduler();
    const registration = scheduler.register(KEY, { active: true, apply: () => undefined }, true);
    registration.update(false);
    assert.deepEqual(log, []);
    release();
    await settle();
    registration.update(true);
    assert.deepEqual(log, [`register ${KEY.key} active=false hasData=true`, 'update true']);
  });

  it('never registers a hook that went away before the scheduler arrived', async () => {
    const { scheduler, log, release } = fakeScheduler();
    scheduler.register(KEY, { active: true, apply: () => undefined }, false).unregister();
    release();
    await settle();
    assert.deepEqual(log, []);
  });

  it('subscribes a watcher on arrival and tells it to read again', async () => {
    const { scheduler, watchers, release } = fakeScheduler();
    let told = 0;
    scheduler.watch(KEY.key, () => (told += 1));
    const gone = scheduler.watch(KEY.key, () => assert.fail('an unwatched hook is told nothing'));
    gone();
    release();
    await settle();
    assert.equal(told, 1);
    assert.equal(watchers.size, 1);
  });

  it('lets calls made early wait for the scheduler, and loads it once', async () => {
    const { scheduler, release, loads } = fakeScheduler();
    const data = scheduler.fetch(KEY.key);
    const lookup = scheduler.lookup(KEY.key);
    release();
    assert.equal(await data, `data of ${KEY.key}`);
    assert.equal(await lookup, `lookup of ${KEY.key}`);
    assert.equal(await scheduler.fetch('/other'), 'data of /other');
    assert.equal(loads(), 1);
  });
});
