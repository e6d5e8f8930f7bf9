import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STATUS_TONES, statusTone } from './status-tone';

describe('statusTone', () => {
  it('shows a successful completion as success, with or without its reason', () => {
    assert.equal(statusTone('Completed', 'Completed successfully'), 'success');
    assert.equal(statusTone('Completed', null), 'success');
  });

  it('warns about a completion whose reason is not success', () => {
    assert.equal(statusTone('Completed', 'A run failed'), 'warning');
    assert.equal(statusTone('Completed', 'User Terminated'), 'warning');
  });

  it('claims neither success nor failure for a completion whose reason is still being looked up', () => {
    assert.equal(statusTone('Completed', null, true), 'neutral');
    assert.equal(statusTone('Failed', null, true), 'danger');
  });

  it('marks failures as danger and running phases as running', () => {
    assert.equal(statusTone('Failed', null), 'danger');
    assert.equal(statusTone('Force Stopped', null), 'danger');
    assert.equal(statusTone('Executing', null), 'running');
    assert.equal(statusTone('Queued', null), 'waiting');
  });

  it('keeps unknown statuses and never-submitted jobs neutral', () => {
    assert.equal(statusTone('', null), 'neutral');
    assert.equal(statusTone('Something new', null), 'neutral');
  });
});

it('every tone has its colours in the stylesheet, as the status badge draws it', () => {
  const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
  for (const tone of STATUS_TONES) {
    assert.match(css, new RegExp(`\\.status-badge\\[data-tone='${tone}'\\] \\{\\s*@apply bg-`), tone);
  }
});
