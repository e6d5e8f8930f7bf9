import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paletteCommands } from './palette-commands';

const recent = [
  { id: 'AIRfoL', name: 'Airfoil DOE' },
  { id: 'BIGout', name: 'Big output' },
];

describe('paletteCommands', () => {
  it('offers the places and the recent jobs before anything is typed', () => {
    const labels = paletteCommands({ query: '', recent, nameMatches: [], idMatch: null }).map((c) => c.label);
    assert.deepEqual(labels, ['Jobs', 'Files', 'New job', 'Airfoil DOE', 'Big output']);
  });

  it('puts the job with the typed id first, then name matches, each job once', () => {
    const commands = paletteCommands({
      query: 'AIRfoL',
      recent,
      nameMatches: [{ id: 'AIRfoL', name: 'Airfoil DOE' }],
      idMatch: { id: 'AIRfoL', name: 'Airfoil DOE' },
    });
    assert.deepEqual(
      commands.map((c) => [c.label, c.href]),
      [['Open job ‘AIRfoL’', '/jobs/AIRfoL']],
    );
  });

  it('filters places and recent jobs by the words typed, ignoring case', () => {
    const labelsFor = (query: string) =>
      paletteCommands({ query, recent, nameMatches: [], idMatch: null }).map((c) => c.label);
    assert.deepEqual(labelsFor('JOB'), ['Jobs', 'New job']);
    assert.deepEqual(labelsFor('big'), ['Big output']);
  });
});
