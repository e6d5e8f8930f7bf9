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

/** The shell creates the file before it writes the pid, so an empty read means "not yet". */
async function readGrandchildPid(pidFile: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
    if (pid > 0) return pid;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no pid in ${pidFile} after 2 s`);
}

test('stopping a child also stops the processes it spawned', async () => {
  const logDir = mkdtempSync(path.join(tmpdir(), 'bench-proc-'));
  const child = startProcess('sleeper', 'bash', ['-c', 'sleep 30 & echo $! > grandchild.pid; wait'], {
    cwd: logDir,
    env: process.env,
    logDir,
  });
  const grandchild = await readGrandchildPid(path.join(logDir, 'grandchild.pid'));
  assert.ok(isAlive(grandchild));

  await stopAll();

  await child.exited;
  for (let i = 0; i < 50 && isAlive(grandchild); i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(isAlive(child.pid), false);
  assert.equal(isAlive(grandchild), false);
});
