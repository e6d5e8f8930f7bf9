import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('drops tags and keeps paragraphs as lines', () => {
    assert.equal(
      plainText('<p><b>Abaqus FEA</b> is a suite.</p><p>It has <i>four</i> products.</p>'),
      'Abaqus FEA is a suite.\nIt has four products.',
    );
  });

  it('never lets markup through, scripts included', () => {
    assert.equal(plainText('<script>alert(1)</script>Safe &amp; sound'), 'alert(1)Safe & sound');
  });
});
