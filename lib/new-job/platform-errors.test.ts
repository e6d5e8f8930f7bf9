import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { platformFieldErrors } from './platform-errors';

describe('platformFieldErrors', () => {
  it('puts nested hardware errors on their hardware fields', () => {
    const body = {
      jobanalyses: [{ hardware: { walltime: ['Walltime may not exceed 48 hours.'], slots: ['Too many.'] } }],
    };
    assert.deepEqual(platformFieldErrors(body), {
      walltime: 'Walltime may not exceed 48 hours.',
      slots: 'Too many.',
    });
  });

  it('tells the analysis code from its version', () => {
    const body = {
      jobanalyses: [{ analysis: { code: ['Unknown analysis.'], version: ['Unknown version.'] } }],
    };
    assert.deepEqual(platformFieldErrors(body), {
      analysis: 'Unknown analysis.',
      version: 'Unknown version.',
    });
  });

  it('reads flattened keys the same way as nested ones', () => {
    assert.deepEqual(platformFieldErrors({ 'jobanalyses[0].hardware.coreType': ['Not allowed.'] }), {
      coreType: 'Not allowed.',
    });
    assert.deepEqual(platformFieldErrors({ 'jobanalyses.0.inputFiles': ['File Xy not found.'] }), {
      inputFiles: 'File Xy not found.',
    });
  });

  it('places the job name and a detail message', () => {
    assert.deepEqual(platformFieldErrors({ name: ['This field is required.'], detail: 'Bad request.' }), {
      name: 'This field is required.',
      form: 'Bad request.',
    });
  });

  it('leaves out the machine code the proxy adds to its own failures', () => {
    assert.deepEqual(
      platformFieldErrors({ detail: 'Rescale did not answer in time.', code: 'upstream_timeout' }),
      {
        form: 'Rescale did not answer in time.',
      },
    );
  });

  it('joins several messages for one field', () => {
    assert.deepEqual(platformFieldErrors({ name: ['Too long.', 'Bad characters.'] }), {
      name: 'Too long. Bad characters.',
    });
  });

  it('finds nothing in a body without messages', () => {
    assert.deepEqual(platformFieldErrors(null), {});
    assert.deepEqual(platformFieldErrors({}), {});
  });
});
