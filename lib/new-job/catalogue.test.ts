import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedCoreTypes, searchAnalyses, suggestedCommand } from './catalogue';
import { abaqus, catalogue, openfoam } from '../../test/support/test-catalogue';

describe('catalogue helpers', () => {
  it('lists only the core types a version allows, in display order', () => {
    const [version] = abaqus.versions;
    assert.ok(version);
    assert.deepEqual(
      allowedCoreTypes(catalogue, version).map((c) => c.code),
      ['hpc-plus', 'standard-plus'],
    );
  });

  it('leaves deprecated core types out', () => {
    const [version] = abaqus.versions;
    assert.ok(version);
    const withDeprecated = {
      ...catalogue,
      coreTypes: catalogue.coreTypes.map((c) => (c.code === 'hpc-plus' ? { ...c, isDeprecated: true } : c)),
    };
    assert.deepEqual(
      allowedCoreTypes(withDeprecated, version).map((c) => c.code),
      ['standard-plus'],
    );
  });

  it('searches software by name, code or vendor, ignoring case', () => {
    assert.deepEqual(
      searchAnalyses(catalogue.analyses, 'FOAM').map((a) => a.code),
      ['openfoam'],
    );
    assert.deepEqual(
      searchAnalyses(catalogue.analyses, 'dassault').map((a) => a.code),
      ['abaqus'],
    );
    assert.equal(searchAnalyses(catalogue.analyses, '  ').length, 2);
  });

  it('suggests the MPI command only when asked and offered', () => {
    const [abaqusVersion] = abaqus.versions;
    const [foamVersion] = openfoam.versions;
    assert.ok(abaqusVersion && foamVersion);
    assert.equal(
      suggestedCommand(abaqusVersion, true),
      'abaqus job=<job> cpus=<mpi-ranks> mp_mode=mpi interactive',
    );
    assert.equal(suggestedCommand(abaqusVersion, false), 'abaqus job=<job> interactive');
    assert.equal(suggestedCommand(foamVersion, true), './Allrun');
  });
});
