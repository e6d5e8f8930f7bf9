import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isClusterLive } from './cluster-live';

describe('isClusterLive', () => {
  it('follows the cluster while the job can change', () => {
    assert.equal(isClusterLive({ jobActive: true, sawJobActive: true, clusterStatus: null }), true);
  });

  it('follows the cluster of a job that ended on screen until it is Stopped', () => {
    assert.equal(isClusterLive({ jobActive: false, sawJobActive: true, clusterStatus: 'Started' }), true);
    assert.equal(isClusterLive({ jobActive: false, sawJobActive: true, clusterStatus: 'Stopping' }), true);
    assert.equal(isClusterLive({ jobActive: false, sawJobActive: true, clusterStatus: 'Stopped' }), false);
  });

  it('follows a cluster winding down even when the job was found finished', () => {
    assert.equal(
      isClusterLive({ jobActive: false, sawJobActive: false, clusterStatus: 'Stop Requested' }),
      true,
    );
  });

  it('leaves alone a finished job whose cluster never started or will not move', () => {
    assert.equal(isClusterLive({ jobActive: false, sawJobActive: false, clusterStatus: null }), false);
    assert.equal(isClusterLive({ jobActive: false, sawJobActive: false, clusterStatus: 'Started' }), false);
  });
});
