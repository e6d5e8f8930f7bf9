import { test } from 'node:test';
import assert from 'node:assert/strict';
import { END, START, formatCell, renderFigures, updateReadme, type Report } from './readme';

const report: Report = {
  date: '2026-11-28 15:00 UTC',
  machine: '2 cores, 23.5 GiB',
  command: 'npm run bench',
  rounds: 3,
  elapsedSeconds: 301.4,
  aims: [{ figure: 'throughput', direction: 'at least', target: 70, unit: '%', digits: 1, current: 65.5 }],
  tables: [
    {
      title: 'Throughput',
      columns: ['target', 'requests/s'],
      rows: [['floor', { summary: { median: 1000, min: 990, max: 1010, n: 3 }, unit: 'req/s', digits: 0 }]],
    },
  ],
  findings: ['The app redirects.'],
};

test('a measured cell shows the median with the spread of the rounds', () => {
  assert.equal(
    formatCell({ summary: { median: 1.234, min: 1, max: 2, n: 3 }, unit: 'ms', digits: 2 }),
    '1.23 ms (1.00–2.00)',
  );
  assert.equal(formatCell({ summary: { median: 5, min: 5, max: 5, n: 1 }, unit: 'kB', digits: 1 }), '5.0 kB');
  assert.equal(formatCell(null), '–');
});

test('the figures give the date, machine, command, the aims with their gaps, and every table', () => {
  const text = renderFigures(report);
  assert.match(
    text,
    /Measured 2026-11-28 15:00 UTC on 2 cores, 23.5 GiB, with `npm run bench` \(3 rounds, 301 s/,
  );
  assert.match(text, /\| throughput \| ≥ 70.0% \| 65.5% \| misses by 4.5 points \|/);
  assert.match(text, /### Found by this run\n\n- The app redirects\./);
  assert.match(text, /### Throughput/);
  assert.match(text, /\| floor \| 1000 req\/s \(990–1010\) \|/);
});

test('a rerun replaces only the generated block and keeps the prose around it', () => {
  const first = updateReadme(null, 'old figures');
  const edited = `${first}\n## What dominates\n\nHand-written analysis.\n`;
  const second = updateReadme(edited, 'new figures');
  assert.ok(second.includes(`${START}\n\nnew figures\n\n${END}`));
  assert.ok(!second.includes('old figures'));
  assert.ok(second.endsWith('## What dominates\n\nHand-written analysis.\n'));
});
