import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogue, filledForm } from '../../test/support/test-catalogue';
import { validateJobForm } from './validate';

function errorsOf(result: ReturnType<typeof validateJobForm>) {
  assert.equal(result.ok, false);
  return result.ok ? {} : result.errors;
}

describe('validateJobForm', () => {
  it('builds the JobCreate body the reference documents from a complete form', () => {
    const result = validateJobForm(
      filledForm({
        walltimeHours: '1.5',
        envVars: [
          { key: 'OMP_NUM_THREADS', value: '4' },
          { key: '', value: '' },
        ],
        licenseValues: { LM_LICENSE_FILE: ' 27000@license ' },
        inputFiles: [{ id: 'XkpTse', name: 'bracket.inp', size: 120 }],
      }),
      catalogue,
    );
    assert.deepEqual(result, {
      ok: true,
      body: {
        name: 'Bracket stress',
        jobanalyses: [
          {
            analysis: { code: 'abaqus', version: '6.14.1-pcmpi' },
            command: 'abaqus job=bracket interactive',
            useMpi: false,
            envVars: { LM_LICENSE_FILE: '27000@license', OMP_NUM_THREADS: '4' },
            hardware: { coreType: 'standard-plus', coresPerSlot: 4, slots: 2, walltime: 1.5 },
            inputFiles: [{ id: 'XkpTse' }],
            useRescaleLicense: false,
          },
        ],
      },
    });
  });

  it('refuses an empty or blank name', () => {
    assert.equal(
      errorsOf(validateJobForm(filledForm({ name: '   ' }), catalogue)).name,
      'Give the job a name.',
    );
  });

  it('refuses software the platform does not offer', () => {
    const errors = errorsOf(validateJobForm(filledForm({ analysisCode: 'nastran' }), catalogue));
    assert.match(errors.analysis ?? '', /“nastran” is not software this platform offers/);
  });

  it('refuses a version the software does not have', () => {
    const errors = errorsOf(validateJobForm(filledForm({ versionCode: '2099' }), catalogue));
    assert.match(errors.version ?? '', /Abaqus has no version “2099”/);
  });

  it('refuses a core type the chosen version does not allow', () => {
    const errors = errorsOf(validateJobForm(filledForm({ coreType: 'test', coresPerSlot: '1' }), catalogue));
    assert.equal(
      errors.coreType,
      'Abaqus 6.14-1 cannot run on HPC Test. Choose one of the hardware types listed for it.',
    );
  });

  it('refuses a core count the core type does not offer, naming the ones it does', () => {
    const errors = errorsOf(validateJobForm(filledForm({ coresPerSlot: '3' }), catalogue));
    assert.equal(errors.coresPerSlot, 'Marble offers 1, 2, 4 or 8 cores per slot.');
  });

  it('refuses zero or fractional slots', () => {
    assert.ok(errorsOf(validateJobForm(filledForm({ slots: '0' }), catalogue)).slots);
    assert.ok(errorsOf(validateJobForm(filledForm({ slots: '1.5' }), catalogue)).slots);
  });

  it('requires a walltime only where the core type demands one', () => {
    const onOnyx = filledForm({ coreType: 'hpc-plus', coresPerSlot: '8' });
    assert.equal(
      errorsOf(validateJobForm(onOnyx, catalogue)).walltime,
      'Onyx requires a maximum walltime, in hours.',
    );
    assert.equal(validateJobForm({ ...onOnyx, walltimeHours: '12' }, catalogue).ok, true);
    assert.equal(validateJobForm(filledForm(), catalogue).ok, true);
  });

  it('refuses a walltime that is not a positive number of hours', () => {
    assert.ok(errorsOf(validateJobForm(filledForm({ walltimeHours: 'two' }), catalogue)).walltime);
    assert.ok(errorsOf(validateJobForm(filledForm({ walltimeHours: '0' }), catalogue)).walltime);
  });

  it('refuses an empty command', () => {
    assert.ok(errorsOf(validateJobForm(filledForm({ command: ' ' }), catalogue)).command);
  });

  it('refuses a command that still holds a placeholder, naming it', () => {
    const errors = errorsOf(
      validateJobForm(filledForm({ command: 'foamExec <module> <input-file>' }), catalogue),
    );
    assert.equal(
      errors.command,
      'Replace the placeholders <module>, <input-file> in the command with your own values.',
    );
    const one = errorsOf(validateJobForm(filledForm({ command: 'abaqus job=<job>' }), catalogue));
    assert.equal(one.command, 'Replace the placeholder <job> in the command with your own value.');
  });

  it('refuses environment variables with bad or repeated names', () => {
    const bad = errorsOf(validateJobForm(filledForm({ envVars: [{ key: '1X', value: 'a' }] }), catalogue));
    assert.match(bad.envVars ?? '', /“1X” is not a valid variable name/);
    const twice = errorsOf(
      validateJobForm(
        filledForm({
          envVars: [
            { key: 'A', value: '1' },
            { key: 'A', value: '2' },
          ],
        }),
        catalogue,
      ),
    );
    assert.equal(twice.envVars, 'A is set twice.');
  });

  it('sends no licence server when Rescale provides the licence', () => {
    const result = validateJobForm(
      filledForm({ useRescaleLicense: true, licenseValues: { LM_LICENSE_FILE: '27000@license' } }),
      catalogue,
    );
    assert.equal(result.ok, true);
    const [analysis] = result.ok ? result.body.jobanalyses : [];
    assert.equal(analysis?.useRescaleLicense, true);
    assert.deepEqual(analysis?.envVars, {});
  });

  it('never asks for a Rescale licence the software does not offer', () => {
    const result = validateJobForm(
      filledForm({ analysisCode: 'openfoam', versionCode: '2.3.0-openmpi', useRescaleLicense: true }),
      catalogue,
    );
    assert.equal(result.ok && result.body.jobanalyses[0]?.useRescaleLicense, false);
  });
});
