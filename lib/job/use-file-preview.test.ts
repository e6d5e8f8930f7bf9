import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canPreview } from './use-file-preview';

test('only files the platform shows in a browser, up to 32 MiB, are previewed', () => {
  assert.equal(canPreview({ viewInBrowser: true, decryptedSize: 32 * 1024 * 1024 }), true);
  assert.equal(canPreview({ viewInBrowser: true, decryptedSize: 32 * 1024 * 1024 + 1 }), false);
  assert.equal(canPreview({ viewInBrowser: false, decryptedSize: 10 }), false);
});
