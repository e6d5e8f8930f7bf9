import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageSelection, toggledId, toggledPage } from './job-selection';

const page = ['a', 'b', 'c'];

describe('job selection', () => {
  it('reads the header as none, some (mixed) or all of the page', () => {
    assert.equal(pageSelection(page, new Set()), 'none');
    assert.equal(pageSelection(page, new Set(['b'])), 'some');
    assert.equal(pageSelection(page, new Set(['a', 'b', 'c'])), 'all');
  });

  it('ignores selected jobs that have left the page', () => {
    assert.equal(pageSelection(page, new Set(['gone'])), 'none');
    assert.equal(pageSelection(page, new Set(['a', 'b', 'c', 'gone'])), 'all');
  });

  it('toggles one row', () => {
    assert.deepEqual([...toggledId(new Set(['a']), 'b')], ['a', 'b']);
    assert.deepEqual([...toggledId(new Set(['a', 'b']), 'a')], ['b']);
  });

  it('selects the whole page from none or some, and clears it from all', () => {
    assert.deepEqual([...toggledPage(page, new Set())], page);
    assert.deepEqual([...toggledPage(page, new Set(['b', 'gone']))], page);
    assert.deepEqual([...toggledPage(page, new Set(page))], []);
  });
});
