import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachmentDisposition, inertContentType } from './download-headers';

describe('inertContentType', () => {
  for (const [upstream, served] of [
    ['text/plain; charset=UTF-8', 'text/plain; charset=utf-8'],
    ['text/plain', 'text/plain'],
    ['application/zip', 'application/zip'],
    ['image/png', 'image/png'],
    ['application/pdf', 'application/pdf'],
    ['text/html', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['application/xhtml+xml', 'application/octet-stream'],
    ['text/xml', 'application/octet-stream'],
    ['application/javascript', 'application/octet-stream'],
    ['text/plain; charset="utf-8"; x=<script>', 'text/plain'],
    [null, 'application/octet-stream'],
  ] as const) {
    it(`serves ${JSON.stringify(upstream)} as ${served}`, () => {
      assert.equal(inertContentType(upstream), served);
    });
  }
});

describe('attachmentDisposition', () => {
  it('keeps the file name parameters and makes the body an attachment', () => {
    assert.equal(attachmentDisposition('inline; filename="a b.txt"'), 'attachment; filename="a b.txt"');
    assert.equal(
      attachmentDisposition(`attachment; filename="x.csv"; filename*=UTF-8''caf%C3%A9.csv`),
      `attachment; filename="x.csv"; filename*=UTF-8''caf%C3%A9.csv`,
    );
    assert.equal(attachmentDisposition(null), 'attachment');
  });
});
