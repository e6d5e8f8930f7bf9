import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rescalePaths } from './paths';
import { InvalidResourceError, rescaleUrl, splitResource } from './url';

const US = 'https://platform.rescale.com';

describe('rescaleUrl', () => {
  it('puts the resource behind the region base and /api/', () => {
    assert.equal(rescaleUrl(US, 'v2/jobs/').href, 'https://platform.rescale.com/api/v2/jobs/');
  });

  it('always adds the trailing slash', () => {
    assert.equal(rescaleUrl(US, 'v2/jobs/abc').href, 'https://platform.rescale.com/api/v2/jobs/abc/');
  });

  it('adds the trailing slash before the query and passes the query through as given', () => {
    assert.equal(
      rescaleUrl(US, 'v2/jobs?page=2&page_size=25&search=a%20b').href,
      'https://platform.rescale.com/api/v2/jobs/?page=2&page_size=25&search=a%20b',
    );
  });

  it('ignores a trailing slash on the region base', () => {
    assert.equal(
      rescaleUrl('http://127.0.0.1:4010/', 'v2/users/me/').href,
      'http://127.0.0.1:4010/api/v2/users/me/',
    );
  });

  it('drops a fragment, which never reaches a server', () => {
    assert.equal(rescaleUrl(US, 'v2/jobs/#top').href, 'https://platform.rescale.com/api/v2/jobs/');
  });

  it('requires a version', () => {
    assert.throws(() => rescaleUrl(US, 'jobs/'), InvalidResourceError);
  });

  it('refuses a version that is not allowed', () => {
    assert.throws(
      () => rescaleUrl(US, 'v1/jobs/'),
      (error: InvalidResourceError) => {
        assert.match(error.detail, /API version "v1" is not supported \(allowed: v2\)/);
        return true;
      },
    );
  });

  it('keeps every directory of a tail file path as its own segment', () => {
    assert.equal(
      rescaleUrl(US, rescalePaths.runTail('XXXXX', '1', 'airFoil2D/0/U', { lines: 100 })).href,
      'https://platform.rescale.com/api/v2/jobs/XXXXX/runs/1/tail/airFoil2D/0/U/?lines=100',
    );
  });

  it('builds every shared resource path without complaint', () => {
    for (const resource of [
      rescalePaths.me(),
      rescalePaths.jobs({ page: 3, page_size: 50, ordering: '-dateInserted' }),
      rescalePaths.jobFiles('AIRfoL', { search: 'log simple' }),
      rescalePaths.fileContents('BIGone'),
      rescalePaths.runDirectory('AIRfoL', '7'),
    ]) {
      assert.match(rescaleUrl(US, resource).href, /^https:\/\/platform\.rescale\.com\/api\/v2\/.+\/(\?.*)?$/);
    }
  });
});

describe('splitResource', () => {
  it('separates the path from the query', () => {
    assert.deepEqual(splitResource('v2/jobs/?page=2'), { path: 'v2/jobs/', search: '?page=2' });
    assert.deepEqual(splitResource('v2/jobs/?'), { path: 'v2/jobs/', search: '' });
    assert.deepEqual(splitResource('v2/jobs/'), { path: 'v2/jobs/', search: '' });
  });
});
