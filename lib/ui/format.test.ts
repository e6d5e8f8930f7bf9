import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatDateTime, formatDuration, formatRelativeTime } from './format';

describe('formatBytes', () => {
  it('shows small sizes in whole bytes', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1023), '1023 B');
  });

  it('uses binary units with one decimal below ten', () => {
    assert.equal(formatBytes(8014908), '7.6 MiB');
    assert.equal(formatBytes(1536), '1.5 KiB');
  });

  it('drops a trailing .0 and rounds large values to whole units', () => {
    assert.equal(formatBytes(1073741824), '1 GiB');
    assert.equal(formatBytes(52_428_800), '50 MiB');
  });

  it('carries a value that rounds up to 1024 into the next unit', () => {
    assert.equal(formatBytes(1024 * 1024 - 1), '1 MiB');
  });

  it('shows a dash for impossible sizes', () => {
    assert.equal(formatBytes(-1), '—');
    assert.equal(formatBytes(Number.NaN), '—');
  });
});

describe('formatDuration', () => {
  it('shows seconds alone under a minute', () => {
    assert.equal(formatDuration(45_000), '45 s');
  });

  it('shows the two largest units', () => {
    assert.equal(formatDuration(185_000), '3 min 5 s');
    assert.equal(formatDuration(8_040_000), '2 h 14 min');
    assert.equal(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 59_000), '3 d 4 h');
  });

  it('leaves out a zero second unit', () => {
    assert.equal(formatDuration(7_200_000), '2 h');
    assert.equal(formatDuration(86_400_000 + 30_000), '1 d');
  });

  it('shows zero seconds for under a second and a dash for negative lengths', () => {
    assert.equal(formatDuration(400), '0 s');
    assert.equal(formatDuration(-5), '—');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-11-28T13:00:00Z');

  it('says just now within ten seconds either way', () => {
    assert.equal(formatRelativeTime('2026-11-28T12:59:55Z', now), 'just now');
    assert.equal(formatRelativeTime('2026-11-28T13:00:05Z', now), 'just now');
  });

  it('counts past times in the largest whole unit', () => {
    assert.equal(formatRelativeTime('2026-11-28T12:55:00Z', now), '5 minutes ago');
    assert.equal(formatRelativeTime('2026-11-28T10:00:00Z', now), '3 hours ago');
    assert.equal(formatRelativeTime('2026-11-27T12:00:00Z', now), 'yesterday');
  });

  it('phrases future times as such', () => {
    assert.equal(formatRelativeTime(now + 2 * 3_600_000, now), 'in 2 hours');
  });

  it('accepts dates and epoch milliseconds, and shows a dash for unparsable input', () => {
    assert.equal(formatRelativeTime(new Date(now - 120_000), now), '2 minutes ago');
    assert.equal(formatRelativeTime('not a date', now), '—');
  });
});

describe('formatDateTime', () => {
  it('shows the exact time with its zone', () => {
    assert.equal(formatDateTime('2015-03-13T23:43:21.223052Z', 'UTC'), 'Mar 13, 2015, 11:43:21 PM UTC');
  });

  it('shows a dash for unparsable input', () => {
    assert.equal(formatDateTime('', 'UTC'), '—');
  });
});
