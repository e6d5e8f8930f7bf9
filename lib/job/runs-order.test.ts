import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFixture as run } from '../../test/support/run-fixture';
import { runsCsv } from './runs-csv';
import { nextRunsSort, sortRuns } from './runs-order';

const runs = [
  run(1, { Cd: 0.3 }),
  run(2, { Cd: null }),
  run(3, { Cd: 0.1 }),
  run(4, { Cd: 0.3 }),
  run(5, {}),
];

describe('sortRuns', () => {
  it('orders by the variable, lowest first, runs without a number last, ties in platform order', () => {
    const order = sortRuns(runs, { variable: 'Cd', descending: false }).map((r) => r.displayOrder);
    assert.deepEqual(order, [3, 1, 4, 2, 5]);
  });

  it('orders highest first and still leaves runs without a number last', () => {
    const order = sortRuns(runs, { variable: 'Cd', descending: true }).map((r) => r.displayOrder);
    assert.deepEqual(order, [1, 4, 3, 2, 5]);
  });

  it('chooses lowest first on a new column, then highest first on the same one', () => {
    assert.deepEqual(nextRunsSort(null, 'Cd'), { variable: 'Cd', descending: false });
    assert.deepEqual(nextRunsSort({ variable: 'Cd', descending: false }, 'Cd'), {
      variable: 'Cd',
      descending: true,
    });
    assert.deepEqual(nextRunsSort({ variable: 'Cd', descending: true }, 'x'), {
      variable: 'x',
      descending: false,
    });
  });
});

describe('runsCsv', () => {
  it('writes a header and one row per run, quoting what needs it and disarming formulas', () => {
    const csv = runsCsv(
      [
        run(1, { Cd: 0.25, 'label, quoted': null }, { 'label, quoted': '=HYPERLINK("x")' }),
        run(2, { Cd: -1 }),
      ],
      ['Cd', 'label, quoted'],
    );
    assert.equal(
      csv,
      [
        'Run,Started,Completed,Cd,"label, quoted"',
        `1,2026-01-01T00:00:00Z,,0.25,"'=HYPERLINK(""x"")"`,
        '2,2026-01-01T00:00:00Z,,-1,',
        '',
      ].join('\r\n'),
    );
  });
});
