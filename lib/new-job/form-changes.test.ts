import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyJobForm } from './form';
import { chooseAnalysis, chooseCoreType, chooseMpi, chooseVersion } from './form-changes';
import { catalogue, filledForm } from '../../test/support/test-catalogue';

describe('form changes', () => {
  it('picking software selects its first version and prefills its command', () => {
    const form = chooseAnalysis(emptyJobForm(), catalogue, 'abaqus');
    assert.equal(form.versionCode, '6.14.1-pcmpi');
    assert.equal(form.command, 'abaqus job=<job> interactive');
  });

  it('switching software replaces a suggested command but keeps a typed one', () => {
    const suggested = chooseAnalysis(emptyJobForm(), catalogue, 'abaqus');
    assert.equal(chooseAnalysis(suggested, catalogue, 'openfoam').command, './Allrun');
    const typed = { ...suggested, command: 'abaqus job=bracket interactive' };
    assert.equal(chooseAnalysis(typed, catalogue, 'openfoam').command, 'abaqus job=bracket interactive');
  });

  it('clears hardware the new software does not allow, and keeps hardware it does', () => {
    const onOnyx = filledForm({ coreType: 'hpc-plus', coresPerSlot: '8' });
    const switched = chooseAnalysis(onOnyx, catalogue, 'openfoam');
    assert.equal(switched.coreType, '');
    assert.equal(switched.coresPerSlot, '');
    assert.equal(chooseAnalysis(filledForm(), catalogue, 'openfoam').coreType, 'standard-plus');
  });

  it('forgets licence answers meant for the previous software', () => {
    const form = filledForm({ licenseValues: { LM_LICENSE_FILE: '1@x' }, useRescaleLicense: true });
    const switched = chooseAnalysis(form, catalogue, 'openfoam');
    assert.deepEqual(switched.licenseValues, {});
    assert.equal(switched.useRescaleLicense, false);
  });

  it('picking hardware sets cores per slot, keeping a count it offers', () => {
    assert.equal(chooseCoreType(filledForm({ coresPerSlot: '4' }), catalogue, 'hpc-plus').coresPerSlot, '2');
    assert.equal(chooseCoreType(filledForm({ coresPerSlot: '8' }), catalogue, 'hpc-plus').coresPerSlot, '8');
  });

  it('turning MPI on switches a suggested command to the MPI one', () => {
    const form = chooseAnalysis(emptyJobForm(), catalogue, 'abaqus');
    assert.equal(
      chooseMpi(form, catalogue, true).command,
      'abaqus job=<job> cpus=<mpi-ranks> mp_mode=mpi interactive',
    );
    const typed = { ...form, command: 'my-run' };
    assert.equal(chooseMpi(typed, catalogue, true).command, 'my-run');
  });

  it('choosing the same version again changes nothing the user typed', () => {
    const form = filledForm();
    assert.equal(chooseVersion(form, catalogue, '6.14.1-pcmpi').command, form.command);
  });
});
