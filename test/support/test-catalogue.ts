import { coreTypeFixture as coreType } from '@/test/support/core-type-fixture';
import type { Analysis } from '@/lib/rescale/types';
import type { Catalogue } from '../../lib/new-job/catalogue';
import { emptyJobForm, type JobForm } from '../../lib/new-job/form';

/** A small catalogue shaped like the reference's samples, for the unit tests beside it. */

export const marble = coreType({ code: 'standard-plus', name: 'Marble', price: 0.1, displayOrder: 2 });
export const onyx = coreType({
  code: 'hpc-plus',
  name: 'Onyx',
  price: 0.25,
  cores: [2, 8, 16],
  displayOrder: 1,
  walltimeRequired: true,
});
export const tester = coreType({
  code: 'test',
  name: 'HPC Test',
  price: 0.25,
  cores: [1],
  displayOrder: null,
});

export const abaqus: Analysis = {
  code: 'abaqus',
  name: 'Abaqus',
  description: '<p>Finite element analysis.</p>',
  vendorName: 'Dassault',
  pricing: '',
  industries: [],
  supportDesks: [],
  hasRescaleLicense: true,
  hasShortTermLicense: false,
  licenseSettings: [
    {
      name: 'LM_LICENSE_FILE',
      label: 'License',
      helpText: '[port]@hostname',
      licenseType: 'Flex',
      isServer: true,
    },
  ],
  optimizerType: null,
  thumbnail: null,
  resources: [],
  versions: [
    {
      version: '6.14-1',
      versionCode: '6.14.1-pcmpi',
      allowedCoreTypes: ['standard-plus', 'hpc-plus'],
      stdCommand: 'abaqus job=<job> interactive',
      mpiCommand: 'abaqus job=<job> cpus=<mpi-ranks> mp_mode=mpi interactive',
      smpCommand: null,
      eula: null,
    },
  ],
};

export const openfoam: Analysis = {
  ...abaqus,
  code: 'openfoam',
  name: 'OpenFOAM',
  vendorName: 'OpenCFD',
  hasRescaleLicense: false,
  licenseSettings: [],
  versions: [
    {
      version: '2.3.0',
      versionCode: '2.3.0-openmpi',
      allowedCoreTypes: ['standard-plus'],
      stdCommand: './Allrun',
      mpiCommand: null,
      smpCommand: null,
      eula: null,
    },
  ],
};

export const catalogue: Catalogue = { analyses: [abaqus, openfoam], coreTypes: [marble, onyx, tester] };

export function filledForm(overrides: Partial<JobForm> = {}): JobForm {
  return {
    ...emptyJobForm(),
    name: 'Bracket stress',
    analysisCode: 'abaqus',
    versionCode: '6.14.1-pcmpi',
    coreType: 'standard-plus',
    coresPerSlot: '4',
    slots: '2',
    command: 'abaqus job=bracket interactive',
    ...overrides,
  };
}
