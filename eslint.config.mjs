import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Node-side code (the sandbox, tests, scripts, benchmarks) renders no React: Playwright's
// `use` fixture callback and `useSandbox` helpers are not hooks.
const nodeSide = ['sandbox/**', 'e2e/**', 'bench/**', 'scripts/**', 'test/**', '**/*.test.ts'];

// A Tailwind class that shows or hides an element in the dark scheme alone.
const DARK_ONLY_DISPLAY =
  '/(^|[\\s"\'`])dark:(hidden|block|inline|inline-block|inline-flex|flex|grid|table|contents|invisible|visible|sr-only|not-sr-only)(?![\\w-])/';

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
    // The end-to-end accessibility check runs only the contrast rule again in the dark scheme
    // (e2e/axe.ts): that holds while the scheme changes colours and never what is on screen.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[raw', 'TemplateElement[value.raw'].map((attribute) => ({
          selector: `${attribute}=${DARK_ONLY_DISPLAY}]`,
          message: 'Show or hide nothing by colour scheme alone: the dark scheme changes colours only.',
        })),
      ],
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
