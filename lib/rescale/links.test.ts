import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJsonContentType, proxyPathForLink, rewritePlatformLinks } from './links';

const US = 'https://platform.rescale.com';

describe('proxyPathForLink', () => {
  it('turns a platform API URL into its proxy path, query kept', () => {
    assert.equal(
      proxyPathForLink('https://platform.rescale.com/api/v2/jobs/?page_size=2&page=5', US),
      '/api/rescale/v2/jobs/?page_size=2&page=5',
    );
  });

  it('reads a root-relative API path as the platform own', () => {
    assert.equal(
      proxyPathForLink('/api/v2/jobs/X/runs/1/tail/airFoil2D/0/U', US),
      '/api/rescale/v2/jobs/X/runs/1/tail/airFoil2D/0/U',
    );
  });

  it('puts an unversioned platform link under the current version', () => {
    assert.equal(
      proxyPathForLink('/api/jobs/XXXXX/runs/1/tail/airFoil2D/0/U', US),
      '/api/rescale/v2/jobs/XXXXX/runs/1/tail/airFoil2D/0/U',
    );
    assert.equal(
      proxyPathForLink('https://platform.rescale.com/api/files/dNEXtf/contents/', US),
      '/api/rescale/v2/files/dNEXtf/contents/',
    );
  });

  it('leaves links to other hosts, other schemes, other versions and non-API pages alone', () => {
    assert.equal(proxyPathForLink('https://storage.example/bucket/obj?sig=1', US), null);
    assert.equal(proxyPathForLink('http://platform.rescale.com/api/v2/jobs/', US), null);
    assert.equal(proxyPathForLink('https://platform.rescale.com.evil.example/api/v2/jobs/', US), null);
    assert.equal(proxyPathForLink('//evil.example/api/v2/jobs/', US), null);
    assert.equal(proxyPathForLink('https://platform.rescale.com/api/v1/jobs/', US), null);
    assert.equal(proxyPathForLink('https://platform.rescale.com/user/settings/api-key/', US), null);
    assert.equal(proxyPathForLink('not a url', US), null);
  });
});

describe('rewritePlatformLinks', () => {
  it('rewrites next and previous of a page', () => {
    const body = JSON.stringify({
      count: 123,
      next: 'https://platform.rescale.com/api/v2/jobs/?page_size=2&page=5',
      previous: 'https://platform.rescale.com/api/v2/jobs/?page_size=2&page=3',
      results: [],
    });
    assert.deepEqual(JSON.parse(rewritePlatformLinks(body, US)), {
      count: 123,
      next: '/api/rescale/v2/jobs/?page_size=2&page=5',
      previous: '/api/rescale/v2/jobs/?page_size=2&page=3',
      results: [],
    });
  });

  it('rewrites downloadUrl and resource inside nested objects and arrays', () => {
    const body = JSON.stringify([
      { path: 'airFoil2D/0/U', resource: '/api/jobs/XXXXX/runs/1/tail/airFoil2D/0/U' },
      {
        results: [
          { id: 'WvNKdb', downloadUrl: 'https://platform.rescale.com/api/v2/files/WvNKdb/contents/' },
        ],
      },
    ]);
    assert.deepEqual(JSON.parse(rewritePlatformLinks(body, US)), [
      { path: 'airFoil2D/0/U', resource: '/api/rescale/v2/jobs/XXXXX/runs/1/tail/airFoil2D/0/U' },
      { results: [{ id: 'WvNKdb', downloadUrl: '/api/rescale/v2/files/WvNKdb/contents/' }] },
    ]);
  });

  it('touches nothing but those four fields, byte for byte', () => {
    const body =
      '{ "next" : "https://platform.rescale.com/api/v2/jobs/?page=2",\n  "name": "https://platform.rescale.com/api/v2/jobs/",' +
      ' "url": "https://platform.rescale.com/api/v2/x/", "n": 1.50, "s": "caf\\u00e9" }';
    assert.equal(
      rewritePlatformLinks(body, US),
      '{ "next" : "/api/rescale/v2/jobs/?page=2",\n  "name": "https://platform.rescale.com/api/v2/jobs/",' +
        ' "url": "https://platform.rescale.com/api/v2/x/", "n": 1.50, "s": "caf\\u00e9" }',
    );
  });

  it('is not fooled by a look-alike key inside a string value', () => {
    const body = JSON.stringify({
      name: 'x,"next":"https://platform.rescale.com/api/v2/jobs/"',
      'a"next': 'https://platform.rescale.com/api/v2/jobs/',
    });
    assert.equal(rewritePlatformLinks(body, US), body);
  });

  it('reads escaped slashes in a link', () => {
    const body = '{"next":"https:\\/\\/platform.rescale.com\\/api\\/v2\\/jobs\\/?page=2"}';
    assert.deepEqual(JSON.parse(rewritePlatformLinks(body, US)), { next: '/api/rescale/v2/jobs/?page=2' });
  });

  it('leaves null links and foreign hosts as they are', () => {
    const body = '{"next":null,"previous":null,"downloadUrl":"https://storage.example/a?sig=1"}';
    assert.equal(rewritePlatformLinks(body, US), body);
  });

  it('returns the very same string when the body holds no platform link', () => {
    const body = JSON.stringify({ lines: ['solver started', 'iteration 1'] });
    assert.equal(rewritePlatformLinks(body, US), body);
  });

  it('works for a sandbox region on a port', () => {
    const body = '{"next":"http://127.0.0.1:4010/api/v2/jobs/?page=2"}';
    assert.equal(
      rewritePlatformLinks(body, 'http://127.0.0.1:4010'),
      '{"next":"/api/rescale/v2/jobs/?page=2"}',
    );
  });
});

describe('isJsonContentType', () => {
  it('recognises JSON media types with or without parameters', () => {
    assert.equal(isJsonContentType('application/json'), true);
    assert.equal(isJsonContentType('application/json; charset=utf-8'), true);
    assert.equal(isJsonContentType('application/problem+json'), true);
    assert.equal(isJsonContentType('text/plain'), false);
    assert.equal(isJsonContentType('application/octet-stream'), false);
    assert.equal(isJsonContentType(null), false);
  });
});
