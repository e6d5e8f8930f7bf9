import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  apiKeyPageUrl,
  BUILT_IN_PLATFORMS,
  findPlatform,
  getPlatforms,
  isAllowedPlatform,
  parsePlatforms,
} from './platforms';

const original = process.env.RESCALE_PLATFORMS;
afterEach(() => {
  if (original === undefined) delete process.env.RESCALE_PLATFORMS;
  else process.env.RESCALE_PLATFORMS = original;
});

describe('region allowlist', () => {
  it('offers the six production regions when RESCALE_PLATFORMS is unset', () => {
    delete process.env.RESCALE_PLATFORMS;
    assert.deepEqual(
      getPlatforms().map((p) => [p.id, p.url]),
      [
        ['us', 'https://platform.rescale.com'],
        ['eu', 'https://eu.rescale.com'],
        ['jp', 'https://platform.rescale.jp'],
        ['kr', 'https://kr.rescale.com'],
        ['itar', 'https://itar.rescale.com'],
        ['itar-frm', 'https://itar.rescale-gov.com'],
      ],
    );
  });

  it('replaces the built-in regions entirely when RESCALE_PLATFORMS is set', () => {
    process.env.RESCALE_PLATFORMS = 'sandbox=http://127.0.0.1:4010';
    assert.deepEqual(getPlatforms(), [{ id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' }]);
    assert.equal(findPlatform('us'), undefined);
  });

  it('follows a change of RESCALE_PLATFORMS at run time', () => {
    process.env.RESCALE_PLATFORMS = 'a=http://127.0.0.1:1';
    assert.equal(findPlatform('a')?.url, 'http://127.0.0.1:1');
    process.env.RESCALE_PLATFORMS = 'b=http://127.0.0.1:2';
    assert.equal(findPlatform('a'), undefined);
    assert.equal(findPlatform('b')?.url, 'http://127.0.0.1:2');
  });

  it('allows a stored region only when both its id and its URL are in the list in force', () => {
    process.env.RESCALE_PLATFORMS = 'sandbox=http://127.0.0.1:4010';
    assert.equal(isAllowedPlatform({ id: 'sandbox', url: 'http://127.0.0.1:4010' }), true);
    assert.equal(isAllowedPlatform({ id: 'sandbox', url: 'https://evil.example' }), false);
    assert.equal(isAllowedPlatform({ id: 'us', url: 'https://platform.rescale.com' }), false);
  });

  it('links to the region key page', () => {
    const eu = BUILT_IN_PLATFORMS.find((p) => p.id === 'eu');
    assert.ok(eu);
    assert.equal(apiKeyPageUrl(eu), 'https://eu.rescale.com/user/settings/api-key/');
  });

  it('offers no key page for a region that is not one of Rescale’s', () => {
    assert.equal(apiKeyPageUrl({ id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' }), null);
  });
});

describe('parsing RESCALE_PLATFORMS', () => {
  it('reads several id=url pairs, trimming spaces and trailing slashes', () => {
    assert.deepEqual(parsePlatforms(' eu = https://eu.rescale.com/ , Local=http://localhost:4010 '), [
      { id: 'eu', label: 'Europe', url: 'https://eu.rescale.com' },
      { id: 'local', label: 'local', url: 'http://localhost:4010' },
    ]);
  });

  const rejects: Array<[string, RegExp]> = [
    ['', /lists no regions/],
    [' , ', /lists no regions/],
    ['sandbox', /"sandbox".*no "="/],
    ['sandbox=not a url', /not an absolute URL/],
    ['sandbox=ftp://host', /must use https/],
    ['sandbox=https://user:pw@host', /credentials/],
    ['sandbox=https://host/api', /origin only/],
    ['sandbox=https://host?x=1', /origin only/],
    ['bad id=https://host', /id must be/],
    ['=https://host', /id must be/],
    ['a=https://one,a=https://two', /appears twice/],
  ];
  for (const [raw, message] of rejects) {
    it(`rejects ${JSON.stringify(raw)} with an error naming RESCALE_PLATFORMS`, () => {
      assert.throws(
        () => parsePlatforms(raw),
        (error: unknown) =>
          error instanceof Error && /RESCALE_PLATFORMS/.test(error.message) && message.test(error.message),
      );
    });
  }
});
