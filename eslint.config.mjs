import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Node-side code (the sandbox, tests, scripts, benchmarks) renders no React: Playwright's
// `use` fixture callback and `useSandbox` helpers are not hooks.
const nodeSide = ['sandbox/**', 'e2e/**', 'bench/**', 'scripts/**', 'test/**', '**/*.test.ts'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    rules: {
      'import/extensions': ['error', 'never', { json: 'always', css: 'always', mjs: 'always' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: nodeSide,
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tests poke at loosely shaped JSON replies on purpose.
    files: ['**/*.test.ts', 'test/support/sandbox-harness.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];

export default config;
