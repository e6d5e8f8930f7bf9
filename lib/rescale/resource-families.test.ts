import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isForwardedResource } from './resource-families';
import { rescalePaths } from './paths';

describe('isForwardedResource', () => {
  it('forwards every resource the dashboard itself calls', () => {
    for (const path of [
      rescalePaths.me(),
      rescalePaths.coreTypes(),
      rescalePaths.analyses(),
      rescalePaths.jobs(),
      rescalePaths.runTail('AIRfoL', '1', 'out/log.txt'),
      rescalePaths.fileContents('abc'),
      rescalePaths.fileUpload(),
      rescalePaths.task('t0k3n'),
    ]) {
      const segments = path.split('?', 1)[0]?.split('/').slice(1, -1) ?? [];
      assert.ok(isForwardedResource(segments), path);
    }
  });

  it('refuses other families and other users', () => {
    for (const segments of [
      ['admin'],
      ['users'],
      ['users', '42'],
      ['users', 'me', 'keys'],
      ['organizations'],
      [],
    ]) {
      assert.equal(isForwardedResource(segments), false, segments.join('/'));
    }
  });
});
