import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan } from './unit-tests';

const sources: Record<string, string> = {
  'lib/a.test.ts': "import { a } from './a';\n",
  'lib/b.test.ts': "process.env.REDIS_URL = 'redis://127.0.0.1:1';\nconst b = await import('./b');\n",
  'lib/c.test.ts': "it('reads process.env inside a test', () => process.env.HOME);\n",
  'lib/d.test.ts': 'delete process.env.REDIS_URL;\n',
  'lib/e.test.ts': "import { e } from './e';\n",
  'lib/f.test.ts': "import { f } from './f';\n",
  'lib/g.test.ts': 'afterEach(() => mock.reset());\n',
  'lib/h.test.ts': "describe('h', () => {\n  before(() => start());\n});\n",
  'lib/i.test.ts': "import {\n  useServer,\n} from '../test/support/server';\nconst server = useServer();\n",
  'lib/j.test.ts': "import { fixture } from '../test/support/fixture';\n",
  'lib/k.test.ts':
    "// Runs in a process of its own: it counts the cache's misses from a cold start.\nimport { k } from './k';\n",
  'lib/l.test.ts': "import { l } from './l';\n// Runs in a shared process, like most.\n",
  'lib/m.test.ts': "import { useServer } from '@/test/support/server';\nconst server = useServer();\n",
  'test/support/server.ts': "import { after, before } from 'node:test';\nexport function useServer() {}\n",
  'test/support/fixture.ts': 'export const fixture = 1;\n',
};
const read = (file: string) => sources[file]!;
const testFiles = Object.keys(sources).filter((file) => file.endsWith('.test.ts'));

describe('the unit test plan', () => {
  it('gives a file that configures process.env, has top-level hooks (its own or a support helper’s) or asks for it, a process of its own', () => {
    const runs = plan(testFiles, read, 2);
    const own = runs.filter((run) => run.args.length === 1).map((run) => run.args[0]);
    assert.deepEqual(own, [
      'lib/b.test.ts',
      'lib/d.test.ts',
      'lib/g.test.ts',
      'lib/i.test.ts',
      'lib/k.test.ts',
      'lib/m.test.ts',
    ]);
  });

  it('shares the rest out over as many processes as asked, each file once, the shared ones first', () => {
    const runs = plan(testFiles, read, 2);
    const shared = runs.filter((run) => run.args.length > 1);
    assert.equal(shared.length, 2);
    assert.deepEqual(runs.slice(0, 2), shared);
    assert.deepEqual(shared.flatMap((run) => run.args.slice(1)).sort(), [
      'lib/a.test.ts',
      'lib/c.test.ts',
      'lib/e.test.ts',
      'lib/f.test.ts',
      'lib/h.test.ts',
      'lib/j.test.ts',
      'lib/l.test.ts',
    ]);
    for (const run of shared) assert.match(run.args[0]!, /unit-tests-shared\.ts$/);
  });

  it('starts no more shared processes than there are files to share', () => {
    const runs = plan(['lib/a.test.ts'], read, 4);
    assert.equal(runs.length, 1);
    assert.deepEqual(runs[0]!.args.slice(1), ['lib/a.test.ts']);
  });
});
