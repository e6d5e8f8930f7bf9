import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDockerfile, parseDockerRun } from './container-image';

const root = join(import.meta.dirname, '..');

describe('parseDockerfile', () => {
  it("reads the repository's runtime stage: what it copies from the build, its environment and user", () => {
    const stage = parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
    assert.equal(stage.buildWorkdir, '/app');
    assert.equal(stage.workdir, '/app');
    assert.equal(stage.user, 'node');
    assert.equal(stage.env.NODE_ENV, 'production');
    assert.deepEqual(stage.healthcheck?.slice(0, 2), ['node', '-e']);
    assert.match(stage.healthcheck?.[2] ?? '', /\/api\/health/);
    assert.deepEqual(
      stage.copies.map(({ sources, destination }) => [sources, destination]),
      [
        [['/app/.next/standalone'], '/app/'],
        [['/app/.next/static'], '/app/.next/static'],
        [['/app/public'], '/app/public'],
      ],
    );
  });

  it('joins continued lines, skips comments and reads quoted ENV values', () => {
    const stage = parseDockerfile(
      [
        'FROM node:22 AS build',
        'WORKDIR /src',
        'FROM node:22-slim',
        'WORKDIR /srv',
        'WORKDIR app',
        '# a comment',
        'ENV A=1 \\',
        '  B="two words"',
        'COPY --from=build --chown=node:node \\',
        '  /src/out ./',
      ].join('\n'),
    );
    assert.equal(stage.workdir, '/srv/app');
    assert.deepEqual(stage.env, { A: '1', B: 'two words' });
    assert.deepEqual(stage.copies, [{ line: 9, sources: ['/src/out'], destination: '/srv/app/' }]);
  });

  it('refuses, with the line, a runtime COPY that does not come from the build stage', () => {
    assert.throws(
      () => parseDockerfile('FROM a AS build\nFROM b\nCOPY server.js ./\n'),
      /Dockerfile line 3: the runtime stage copies only from the "build" stage/,
    );
  });
});

describe('parseDockerRun', () => {
  it("reads the README's example: its -e variables, a computed secret and the stop timeout", () => {
    const example = parseDockerRun(readFileSync(join(root, 'README.md'), 'utf8'), (command) => {
      assert.equal(command, 'openssl rand -base64 48');
      return 'generated-secret';
    });
    assert.equal(example.env.SESSION_SECRET, 'generated-secret');
    assert.match(example.env.NEXTAUTH_URL ?? '', /^https:\/\//);
    assert.ok(
      (example.stopTimeoutSeconds ?? 0) > 25,
      'the example gives the server longer than its 25 s grace',
    );
  });

  it('splits words as a shell does', () => {
    const example = parseDockerRun(
      '```sh\ndocker run -p 3000:3000 \\\n  -e A=\'x y\' -e B="$(cmd arg)"z \\\n  image\n```\n',
      () => 'out',
    );
    assert.deepEqual(example.env, { A: 'x y', B: 'outz' });
    assert.equal(example.stopTimeoutSeconds, null);
  });
});
