/**
 * Runs every `*.test.ts` with Node's test runner, most of them in a few shared processes.
 * `node --test` gives each file a process of its own, and starting Node with tsx and a
 * file's imports cost more than most files' tests: 115 files took 140 CPU-seconds that way,
 * and 40 in one process. Two kinds of file still get a process of their own: one that
 * writes `process.env` at its top level, which configures the process for the modules it
 * then imports, and one with top-level hooks (`before`, `afterEach`…), its own or those a
 * `test/support/` helper it imports registers (`useSandbox`, `allowSandboxRegion`…): in a
 * shared process they would run around every other file's tests too. Any other file that
 * needs a fresh process, for state its modules keep from first use, asks for one with a
 * line of its own that starts `// Runs in a process of its own:` and says why.
 *
 * Usage: node --import tsx scripts/unit-tests.ts [file…] (every test file when none is named)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TEST_DIRS = ['app', 'bench', 'components', 'lib', 'sandbox', 'scripts', 'test'];
const OWN_PROCESS = /^((delete )?process\.env\b|(before|after)(Each)?\(|\/\/ Runs in a process of its own:)/m;
const HOOK_IMPORT = /import\s*\{[^}]*\b(before|after)(Each)?\b[^}]*\}\s*from\s*'node:test'/;
const SUPPORT_IMPORT = /^import\b[^;]*?\bfrom\s*'([^']*test\/support\/[^']+)'/gm;
const SHARED_RUNNER = join(import.meta.dirname, 'unit-tests-shared.ts');

function testFiles(): string[] {
  return TEST_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts') && !file.split('/').includes('node_modules'))
      .map((file) => join(dir, file)),
  ).sort();
}

type Run = { label: string; args: string[] };

/** The runs, each a Node process: the shared shards first, being the longest, then the files that need their own. */
export function plan(files: string[], read: (file: string) => string, shards: number): Run[] {
  const registersHooks = (helper: string) => HOOK_IMPORT.test(read(helper));
  const needsOwn = (file: string) => {
    const source = read(file);
    // `@/` is the project root (tsconfig.json's `paths`), as the test files' own imports write it.
    const helpers = [...source.matchAll(SUPPORT_IMPORT)].map(
      ([, path]) => `${path!.startsWith('@/') ? path!.slice(2) : join(dirname(file), path!)}.ts`,
    );
    return OWN_PROCESS.test(source) || helpers.some(registersHooks);
  };
  const own = files.filter(needsOwn);
  const shared = files.filter((file) => !own.includes(file));
  const sharded = Array.from({ length: Math.min(shards, shared.length) }, (_, shard) =>
    shared.filter((_file, index) => index % shards === shard),
  );
  return [
    ...sharded.map((group, shard) => ({
      label: `shared process ${shard + 1} of ${sharded.length} (${group.length} file${group.length === 1 ? '' : 's'})`,
      args: [relative(root, SHARED_RUNNER), ...group],
    })),
    ...own.map((file) => ({ label: file, args: [file] })),
  ];
}

function runOne({ label, args }: Run): Promise<{ label: string; ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=spec', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code, signal) =>
      done({ label, ok: code === 0, output: signal ? `${output}\n${signal}` : output }),
    );
  });
}

async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const cores = availableParallelism();
  const runs = plan(
    named.length > 0 ? named : testFiles(),
    (file) => readFileSync(resolve(root, file), 'utf8'),
    cores,
  );
  // The processes the shared shards wait on (servers, the sandbox) leave a core idle now and then.
  const queue = [...runs];
  const failed: string[] = [];
  await Promise.all(
    Array.from({ length: cores + 1 }, async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        const result = await runOne(run);
        process.stdout.write(`\n# ${result.label}\n${result.output}`);
        if (!result.ok) failed.push(result.label);
      }
    }),
  );
  if (failed.length > 0) {
    console.error(`\nUnit tests failed in: ${failed.join(', ')}`);
    process.exit(1);
  }
  console.log(`\nUnit tests passed: ${runs.length} processes.`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) await main();
