import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainPlaceholders, findPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
  it('lists each placeholder once, in order of appearance', () => {
    assert.deepEqual(findPlaceholders('abaqus job=<job> cpus=<mpi-ranks> <job>'), ['<job>', '<mpi-ranks>']);
  });

  it('ignores shell redirections', () => {
    assert.deepEqual(findPlaceholders('./Allrun < in > out 2>&1'), []);
  });
});

describe('explainPlaceholders', () => {
  it('suggests every core of every slot for <mpi-ranks>', () => {
    const [help] = explainPlaceholders('mpirun -np <mpi-ranks> solver', { coresPerSlot: 8, slots: 2 });
    assert.equal(help?.placeholder, '<mpi-ranks>');
    assert.equal(help?.suggestion, '16');
  });

  it('suggests the cores of one slot for <smp-ranks>', () => {
    const [help] = explainPlaceholders('solver -t <smp-ranks>', { coresPerSlot: 8, slots: 2 });
    assert.equal(help?.suggestion, '8');
  });

  it('explains an unknown placeholder as a value to fill in', () => {
    const [help] = explainPlaceholders('run <case-name>', { coresPerSlot: null, slots: null });
    assert.equal(help?.meaning, 'a value you fill in for your own case');
    assert.equal(help?.suggestion, null);
  });
});
