import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Job, RescaleFile } from '@/lib/rescale/types';
import { jobToForm } from './clone';
import { catalogue } from '../../test/support/test-catalogue';
import { validateJobForm } from './validate';

const inputFile: RescaleFile = {
  id: 'XkpTse',
  name: 'bracket.inp',
  typeId: 1,
  dateUploaded: '2026-11-28T10:00:00Z',
  relativePath: 'bracket.inp',
  downloadUrl: 'https://platform.example/api/v2/files/XkpTse/contents/',
  decryptedSize: 663368,
  owner: 'ada@example.com',
  sharedWith: [],
  isUploaded: true,
  isDeleted: false,
  viewInBrowser: false,
};

const job: Job = {
  id: 'QTVia',
  name: 'Bracket stress',
  owner: 'ada@example.com',
  archiveFilters: [],
  caseFile: null,
  paramFile: null,
  expectedRuns: null,
  includeNominalRun: false,
  isLowPriority: false,
  isTemplateDryRun: false,
  jobvariables: [],
  monteCarloIterations: null,
  optimizer: null,
  remoteVizConfig: null,
  resourceFilters: [],
  jobanalyses: [
    {
      analysis: { code: 'abaqus', version: '6.14.1-pcmpi', name: 'Abaqus', versionName: '6.14-1' },
      command: 'abaqus job=bracket cpus=16 mp_mode=mpi interactive',
      useMpi: true,
      envVars: { LM_LICENSE_FILE: '27000@lic', SOLVER_OPTS: '-fast' },
      flags: {},
      hardware: { coreType: 'hpc-plus', coresPerSlot: 8, slots: 2, walltime: 6 },
      inputFiles: [inputFile],
      useRescaleLicense: false,
      templateTasks: [],
      preProcessScript: null,
      preProcessScriptCommand: '',
      postProcessScript: null,
      postProcessScriptCommand: '',
    },
  ],
};

describe('jobToForm', () => {
  it('fills the form from the job’s analysis, hardware, command, variables and input files', () => {
    assert.deepEqual(jobToForm(job, catalogue), {
      name: 'Bracket stress (copy)',
      analysisCode: 'abaqus',
      versionCode: '6.14.1-pcmpi',
      coreType: 'hpc-plus',
      coresPerSlot: '8',
      slots: '2',
      walltimeHours: '6',
      useMpi: true,
      command: 'abaqus job=bracket cpus=16 mp_mode=mpi interactive',
      useRescaleLicense: false,
      licenseValues: { LM_LICENSE_FILE: '27000@lic' },
      envVars: [{ key: 'SOLVER_OPTS', value: '-fast' }],
      inputFiles: [{ id: 'XkpTse', name: 'bracket.inp', size: 663368 }],
      jobVariables: [],
      leftOutVariables: [],
    });
  });

  it('keeps the name of a job edited in place', () => {
    assert.equal(jobToForm(job, catalogue, { copy: false }).name, 'Bracket stress');
  });

  it('carries a DOE job’s variables into the copy and its request, with every documented field', () => {
    const variable = {
      name: 'x_velocity',
      variableType: 'Param' as const,
      displayOrder: 0,
      valueGeneratorType: 'Linspace',
      valueGeneratorSettings: { min: 1, max: 2 },
    };
    const form = jobToForm({ ...job, jobvariables: [variable] }, catalogue);
    assert.deepEqual(form.jobVariables, [variable]);
    const result = validateJobForm(form, catalogue);
    assert.deepEqual(result.ok ? result.body.jobvariables : null, [
      { ...variable, variableGeneratorType: 'Linspace' },
    ]);
  });

  it('finds the version when the job names it by its display version', () => {
    const [analysis] = job.jobanalyses;
    assert.ok(analysis);
    const byName: Job = {
      ...job,
      jobanalyses: [{ ...analysis, analysis: { code: 'abaqus', version: '6.14-1' } }],
    };
    assert.equal(jobToForm(byName, catalogue).versionCode, '6.14.1-pcmpi');
  });

  it('gives back the same request body the job was made from, under the new name', () => {
    const result = validateJobForm(jobToForm(job, catalogue), catalogue);
    assert.equal(result.ok, true);
    const [source] = job.jobanalyses;
    const [copy] = result.ok ? result.body.jobanalyses : [];
    assert.deepEqual(copy?.hardware, { coreType: 'hpc-plus', coresPerSlot: 8, slots: 2, walltime: 6 });
    assert.deepEqual(copy?.envVars, source?.envVars);
    assert.deepEqual(copy?.inputFiles, [{ id: 'XkpTse' }]);
    assert.equal(copy?.command, source?.command);
  });

  it('keeps what it can of a job whose software has left the catalogue, so validation can say why', () => {
    const [analysis] = job.jobanalyses;
    assert.ok(analysis);
    const gone: Job = { ...job, jobanalyses: [{ ...analysis, analysis: { code: 'nastran', version: '1' } }] };
    const form = jobToForm(gone, catalogue);
    assert.equal(form.analysisCode, 'nastran');
    assert.deepEqual(form.envVars, [
      { key: 'LM_LICENSE_FILE', value: '27000@lic' },
      { key: 'SOLVER_OPTS', value: '-fast' },
    ]);
    const result = validateJobForm(form, catalogue);
    assert.equal(result.ok, false);
  });
});
