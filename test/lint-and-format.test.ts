import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

/** The house lint and format rules catch what they exist to catch, on the config in the repo. */
describe('lint and format', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
  }

  it('refuses a hook called conditionally in a component', async () => {
    const code = [
      "'use client';",
      "import { useState } from 'react';",
      'export function Widget({ on }: { on: boolean }) {',
      '  if (on) useState(0);',
      '  return null;',
      '}',
      '',
    ].join('\n');
    assert.ok((await ruleIds(code, 'components/ui/widget.tsx')).includes('react-hooks/rules-of-hooks'));
  });

  it('refuses an import written with a file extension', async () => {
    const code = "import { formatBytes } from '@/lib/ui/format.ts';\nexport const f = formatBytes;\n";
    assert.ok((await ruleIds(code, 'lib/ui/example.ts')).includes('import/extensions'));
  });

  it('refuses a class that shows or hides an element in the dark scheme alone, and allows dark colours', async () => {
    const component = (className: string) =>
      `export function Badge() {\n  return <span className="${className}">x</span>;\n}\n`;
    for (const className of ['flex dark:hidden', 'hidden dark:inline-flex', 'dark:invisible']) {
      assert.ok(
        (await ruleIds(component(className), 'components/ui/badge.tsx')).includes('no-restricted-syntax'),
        className,
      );
    }
    assert.deepEqual(
      await ruleIds(component('bg-white dark:bg-slate-900 dark:border-hidden'), 'components/ui/badge.tsx'),
      [],
    );
  });

  it('accepts a module written the house way', async () => {
    const code = "import { formatBytes } from '@/lib/ui/format';\n\nexport const f = formatBytes;\n";
    assert.deepEqual(await ruleIds(code, 'lib/ui/example.ts'), []);
  });

  it('finds unformatted code and leaves formatted code alone', async () => {
    const options = { ...(await prettier.resolveConfig('lib/ui/example.ts')), filepath: 'lib/ui/example.ts' };
    assert.equal(await prettier.check('export const a = {b:1}\n', options), false);
    assert.equal(await prettier.check('export const a = { b: 1 };\n', options), true);
  });
});
