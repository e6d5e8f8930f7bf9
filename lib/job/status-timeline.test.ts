import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, lanePhases, timeIn } from './status-timeline';

const entry = (status: string, statusDate: string, statusReason: string | null = null) => ({
  status,
  statusDate,
  statusReason,
});
const isEnd = (status: string) => status === 'Completed' || status === 'Stopped';

describe('lanePhases', () => {
  it('orders newest-first statuses by time and makes each last until the next begins', () => {
    const phases = lanePhases(
      [
        entry('Completed', '2026-01-01T00:01:30Z', 'Completed successfully'),
        entry('Executing', '2026-01-01T00:00:30Z'),
        entry('Pending', '2026-01-01T00:00:00Z'),
      ],
      isEnd,
      Date.parse('2026-01-01T05:00:00Z'),
    );
    assert.deepEqual(
      phases.map((p) => [p.status, (p.end - p.start) / 1000, p.ongoing]),
      [
        ['Pending', 30, false],
        ['Executing', 60, false],
        ['Completed', 0, false],
      ],
    );
    assert.equal(phases[2]?.reason, 'Completed successfully');
  });

  it('lets the latest status of an unfinished lane run until now', () => {
    const now = Date.parse('2026-01-01T00:00:45Z');
    const [phase] = lanePhases([entry('Executing', '2026-01-01T00:00:30Z')], isEnd, now);
    assert.equal(phase?.end, now);
    assert.equal(phase?.ongoing, true);
  });

  it('skips entries whose date cannot be read', () => {
    assert.equal(lanePhases([entry('Pending', 'soon')], isEnd, 0).length, 0);
  });
});

describe('buildTimeline', () => {
  it('spans every lane on one clock', () => {
    const now = Date.parse('2026-01-01T00:10:00Z');
    const timeline = buildTimeline([
      { label: 'Job', phases: lanePhases([entry('Pending', '2026-01-01T00:00:10Z')], isEnd, now) },
      { label: 'Cluster', phases: lanePhases([entry('Starting', '2026-01-01T00:00:00Z')], isEnd, now) },
    ]);
    assert.equal(timeline?.start, Date.parse('2026-01-01T00:00:00Z'));
    assert.equal(timeline?.end, now);
  });

  it('has nothing to draw for a job that never started', () => {
    assert.equal(buildTimeline([{ label: 'Job', phases: [] }]), null);
  });
});

describe('timeIn', () => {
  it('adds up every visit to a status', () => {
    const phases = lanePhases(
      [
        entry('Executing', '2026-01-01T00:00:00Z'),
        entry('Queued', '2026-01-01T00:00:10Z'),
        entry('Executing', '2026-01-01T00:00:20Z'),
        entry('Completed', '2026-01-01T00:00:50Z'),
      ],
      isEnd,
      0,
    );
    assert.equal(timeIn(phases, 'Executing'), 40_000);
  });
});
