import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canPreview, reshapePreview } from './use-file-preview';

test('a preview keeps the first 500 lines and the whole count', () => {
  const lines = Array.from({ length: 1200 }, (_, i) => `line ${i}`);
  const preview = reshapePreview({ lines });
  assert.equal(preview.total, 1200);
  assert.equal(preview.lines.length, 500);
  assert.equal(preview.lines[499], 'line 499');
});

test('only files the platform shows in a browser, up to 32 MiB, are previewed', () => {
  assert.equal(canPreview({ viewInBrowser: true, decryptedSize: 32 * 1024 * 1024 }), true);
  assert.equal(canPreview({ viewInBrowser: true, decryptedSize: 32 * 1024 * 1024 + 1 }), false);
  assert.equal(canPreview({ viewInBrowser: false, decryptedSize: 10 }), false);
});
