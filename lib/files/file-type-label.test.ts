import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileTypeLabel } from './file-type-label';

describe('fileTypeLabel', () => {
  it('names the file types the reference lists', () => {
    assert.equal(fileTypeLabel(1), 'Input');
    assert.equal(fileTypeLabel(5), 'Output');
  });

  it('shows an unlisted type by its number', () => {
    assert.equal(fileTypeLabel(6), 'Type 6');
  });
});
