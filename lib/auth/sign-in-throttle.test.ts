import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachSharedStore } from '../../test/support/each-shared-store';
import { createSignInThrottle } from './sign-in-throttle';

const limits = { maxFailures: 5, windowSeconds: 900, trustedProxies: 0 };
let ipCounter = 0;
/** A fresh client address per test: the stores keep counting across tests. */
const nextIp = () => `198.51.100.${(ipCounter += 1)}`;

const { stores } = eachSharedStore();

for (const [kind, makeStore] of Object.entries(stores)) {
  describe(`sign-in limits in ${kind}`, () => {
    it('refuse the sixth rejected key from one address within the window, in any region', async () => {
      const throttle = createSignInThrottle(makeStore(), limits);
      const ip = nextIp();
      for (let guess = 1; guess <= 5; guess += 1) {
        assert.equal(await throttle.begin(ip, `region-${guess}`), null, `guess ${guess} is tried`);
        await throttle.rejected(ip, `region-${guess}`);
      }
      const refused = await throttle.begin(ip, 'region-6');
      assert.ok(refused, 'the sixth guess is refused');
      assert.ok(
        refused.retryAfterSeconds > 890 && refused.retryAfterSeconds <= 900,
        String(refused.retryAfterSeconds),
      );
      assert.deepEqual(await throttle.check(ip, 'region-6'), refused);
      assert.equal(await throttle.check(nextIp(), 'region-6'), null, 'another address is not refused');
    });

    it('let one typo pass, then make each rejected key in a row from one address and region wait twice as long', async () => {
      const throttle = createSignInThrottle(makeStore(), { ...limits, maxFailures: 100 });
      const ip = nextIp();
      const waits: number[] = [];
      for (let guess = 1; guess <= 5; guess += 1) {
        await throttle.rejected(ip, 'eu');
        waits.push((await throttle.check(ip, 'eu'))?.retryAfterSeconds ?? 0);
      }
      assert.deepEqual(waits, [0, 1, 2, 4, 8]);
      assert.deepEqual(await throttle.begin(ip, 'eu'), { retryAfterSeconds: 8 });
      assert.equal(await throttle.check(ip, 'us'), null, 'the delay is per region');
    });

    it('count guesses sent at once before any is answered', async () => {
      const throttle = createSignInThrottle(makeStore(), limits);
      const ip = nextIp();
      const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => throttle.begin(ip, `r${n}`)));
      assert.equal(answers.filter((answer) => answer === null).length, 5);
    });

    it('give back an attempt whose key was accepted or could not be checked, and clear the delay', async () => {
      const throttle = createSignInThrottle(makeStore(), limits);
      const ip = nextIp();
      await throttle.begin(ip, 'eu');
      await throttle.rejected(ip, 'eu');
      await throttle.rejected(ip, 'eu');
      assert.ok(await throttle.check(ip, 'eu'), 'a second rejected key in a row waits');
      for (let attempt = 0; attempt < 8; attempt += 1) {
        assert.equal(await throttle.begin(ip, `up-${attempt}`), null);
        await throttle.unchecked(ip);
      }
      await throttle.begin(ip, 'us');
      await throttle.accepted(ip, 'eu');
      assert.equal(await throttle.check(ip, 'eu'), null);
      for (let guess = 0; guess < 4; guess += 1) assert.equal(await throttle.begin(ip, `g${guess}`), null);
      assert.ok(
        await throttle.begin(ip, 'g4'),
        'the rejected key still counts: four more attempts, then refused',
      );
    });
  });
}

describe('two instances sharing one Redis', () => {
  it('refuse the sixth guess on the second instance', async () => {
    const first = createSignInThrottle(stores.redis(), limits);
    const second = createSignInThrottle(stores.redis(), limits);
    const ip = nextIp();
    for (let guess = 1; guess <= 5; guess += 1) {
      assert.equal(await first.begin(ip, `r${guess}`), null);
      await first.rejected(ip, `r${guess}`);
    }
    assert.ok(await second.begin(ip, 'r6'));
  });
});
