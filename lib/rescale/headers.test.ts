import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pickRequestHeaders, pickResponseHeaders } from './headers';

const names = (headers: Headers) => [...headers.keys()].sort();

describe('pickRequestHeaders', () => {
  it('forwards content type and length, accept, range and the conditional headers', () => {
    const incoming = new Headers({
      accept: 'application/json',
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': '42',
      range: 'bytes=0-99',
      'if-none-match': '"abc"',
      'if-modified-since': 'Sat, 01 Jan 2026 00:00:00 GMT',
      'if-match': '"abc"',
      'if-unmodified-since': 'Sat, 01 Jan 2026 00:00:00 GMT',
      'if-range': '"abc"',
    });
    assert.deepEqual(names(pickRequestHeaders(incoming)), names(incoming));
    assert.equal(pickRequestHeaders(incoming).get('range'), 'bytes=0-99');
  });

  it('drops the browser Authorization, cookies and everything else', () => {
    const picked = pickRequestHeaders(
      new Headers({
        authorization: 'Token stolen',
        cookie: 'rescale_session=sealed; next-auth.session-token=jwt',
        host: 'app.example',
        origin: 'https://app.example',
        referer: 'https://app.example/jobs',
        'user-agent': 'Chromium',
        'x-forwarded-for': '10.0.0.1',
        'accept-encoding': 'gzip',
        'proxy-authorization': 'Basic x',
        accept: '*/*',
      }),
    );
    assert.deepEqual(names(picked), ['accept']);
  });
});

describe('pickResponseHeaders', () => {
  it('passes back what the browser needs, rate-limit headers included', () => {
    const upstream = new Headers({
      'content-type': 'application/octet-stream',
      'content-length': '1073741824',
      'content-disposition': 'attachment; filename="restart.d3plot"',
      'content-range': 'bytes 0-99/1073741824',
      'accept-ranges': 'bytes',
      etag: '"v1"',
      'last-modified': 'Sat, 01 Jan 2026 00:00:00 GMT',
      'retry-after': '12',
      'x-ratelimit-limit': '7200',
      'x-ratelimit-remaining': '7199',
      'X-RateLimit-Reset': '3600',
    });
    assert.deepEqual(names(pickResponseHeaders(upstream)), names(upstream));
  });

  it('drops cookies, server details and anything not on the list', () => {
    const headers = new Headers({
      'set-cookie': 'csrftoken=abc; Path=/',
      server: 'nginx',
      'x-powered-by': 'Django',
      vary: 'Cookie',
      'www-authenticate': 'Token',
      'strict-transport-security': 'max-age=1',
      location: 'https://platform.rescale.com/elsewhere',
      'content-type': 'application/json',
    });
    assert.deepEqual(names(pickResponseHeaders(headers)), ['content-type']);
  });

  it('drops the length of a body fetch has already decompressed', () => {
    const picked = pickResponseHeaders(
      new Headers({ 'content-encoding': 'gzip', 'content-length': '10', 'content-type': 'application/json' }),
    );
    assert.deepEqual(names(picked), ['content-type']);
  });
});
