import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outputFileOrigin } from './output-file-origin';

describe('outputFileOrigin', () => {
  it('reads the job and run from an output file’s storage path, as the reference’s samples give it', () => {
    assert.deepEqual(outputFileOrigin({ path: 'user/user_OvdRk/output/job_RJFSc/run1/fsi.in' }), {
      jobId: 'RJFSc',
      runId: '1',
    });
    assert.deepEqual(
      outputFileOrigin({ path: 'user/user_KBdkT/output/job_OsKBd/run120/airFoil2D/system/fvSchemes' }),
      { jobId: 'OsKBd', runId: '120' },
    );
  });

  it('says nothing for an upload, a missing path or a path in another shape', () => {
    assert.equal(
      outputFileOrigin({ path: 'user/user_OvdRk/Crash_input.pc.gz-0a87694a180172023d8a37f0c8aac965' }),
      null,
    );
    assert.equal(outputFileOrigin({}), null);
    assert.equal(outputFileOrigin({ path: '' }), null);
    assert.equal(outputFileOrigin({ path: 'user/u/output/job_AB/fsi.in' }), null);
    assert.equal(outputFileOrigin({ path: 'elsewhere/user/u/output/job_AB/run1/fsi.in' }), null);
    assert.equal(outputFileOrigin({ path: 'user/u/output/job_A%2FB/run1/x' }), null);
  });
});
