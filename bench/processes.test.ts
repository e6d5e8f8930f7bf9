import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startProcess, stopAll } from './processes';

/** A zombie is dead too: in a container nobody may reap an orphan. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

test('stopping a child also stops the processes it spawned', async () => {
  const logDir = mkdtempSync(path.join(tmpdir(), 'bench-proc-'));
  const child = startProcess('sleeper', 'bash', ['-c', 'sleep 30 & echo $! > grandchild.pid; wait'], {
    cwd: logDir,
    env: process.env,
    logDir,
  });
  const pidFile = path.join(logDir, 'grandchild.pid');
  for (let i = 0; i < 50 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 20));
  const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
  assert.ok(isAlive(grandchild));

  await stopAll();

  await child.exited;
  for (let i = 0; i < 50 && isAlive(grandchild); i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(isAlive(child.pid), false);
  assert.equal(isAlive(grandchild), false);
});
