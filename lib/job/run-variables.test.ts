import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runFixture as run } from '../../test/support/run-fixture';
import type { JobVariable } from '../rescale/types';
import {
  defaultAxes,
  isRunInProgress,
  numericVariables,
  scatterPoints,
  variableColumns,
} from './run-variables';

const jobVariable = (
  name: string,
  displayOrder: number,
  variableType: JobVariable['variableType'],
): JobVariable => ({
  name,
  displayOrder,
  variableType,
  valueGeneratorType: '',
  valueGeneratorSettings: {},
});

const declared = [
  jobVariable('Cd', 2, 'Output'),
  jobVariable('x_velocity', 0, 'Param'),
  jobVariable('y_velocity', 1, 'Param'),
];

describe('variableColumns', () => {
  it('lists declared variables in display order, then any extra the runs carry', () => {
    const runs = [run(1, { x_velocity: 1, Cl: 0.1 })];
    assert.deepEqual(variableColumns(declared, runs), ['x_velocity', 'y_velocity', 'Cd', 'Cl']);
  });
});

describe('numericVariables', () => {
  it('keeps only variables that at least two runs give a number', () => {
    const runs = [run(1, { a: 1, b: null }), run(2, { a: 2, b: 3 })];
    assert.deepEqual(numericVariables(['a', 'b'], runs), ['a']);
  });
});

describe('scatterPoints', () => {
  it('plots only runs that have both values', () => {
    const runs = [run(1, { a: 1, b: 2 }), run(2, { a: 3, b: null })];
    assert.deepEqual(scatterPoints(runs, 'a', 'b'), [{ runId: 'r1', displayOrder: 1, x: 1, y: 2 }]);
  });
});

describe('defaultAxes', () => {
  it('puts the first input on x and the first output on y', () => {
    assert.deepEqual(defaultAxes(declared, ['x_velocity', 'y_velocity', 'Cd']), { x: 'x_velocity', y: 'Cd' });
  });

  it('falls back to the first two numeric variables when none is an output', () => {
    assert.deepEqual(defaultAxes([], ['p', 'q', 'r']), { x: 'p', y: 'q' });
  });

  it('cannot chart fewer than two variables', () => {
    assert.equal(defaultAxes(declared, ['Cd']), null);
  });
});

describe('isRunInProgress', () => {
  it('is true between start and completion only', () => {
    assert.equal(isRunInProgress({ dateStarted: 'x', dateCompleted: null }), true);
    assert.equal(isRunInProgress({ dateStarted: null, dateCompleted: null }), false);
    assert.equal(isRunInProgress({ dateStarted: 'x', dateCompleted: 'y' }), false);
  });
});
