/**
 * The platform's static catalogue: core types, analyses (software with their
 * versions and allowed core types) and remote visualisation options, modelled on
 * the reference's sample bodies.
 */

export type CoreType = {
  hasSsd: boolean;
  code: string;
  compute: string;
  name: string;
  isDeprecated: boolean;
  price: number;
  remoteVizAllowed: boolean;
  storage: number;
  lowPriorityPrice: string;
  walltimeRequired: boolean;
  displayOrder: number | null;
  io: string;
  memory: number;
  cores: number[];
  isPrimary: boolean;
  processorInfo: string;
  storageIo: string;
  description: string;
};

type CoreTypeInput = Pick<CoreType, 'code' | 'name' | 'memory' | 'cores' | 'price' | 'processorInfo'> &
  Partial<CoreType>;

function coreType(input: CoreTypeInput, displayOrder: number | null): CoreType {
  return {
    hasSsd: true,
    compute: '3.00',
    isDeprecated: false,
    remoteVizAllowed: false,
    storage: 40,
    lowPriorityPrice: (input.price / 2).toFixed(3),
    walltimeRequired: false,
    io: 'Standard',
    isPrimary: false,
    storageIo: '2 GB/s read, 1GB/s write',
    description: input.name,
    displayOrder,
    ...input,
  };
}

export const CORE_TYPES: CoreType[] = [
  coreType(
    {
      code: 'standard-plus',
      name: 'Marble',
      memory: 3750,
      cores: [1, 2, 4, 8],
      price: 0.1,
      isPrimary: true,
      remoteVizAllowed: true,
      processorInfo: 'Intel Xeon E5-2670 v2 (Ivy Bridge) - single threaded',
      description: 'Standard',
    },
    1,
  ),
  coreType(
    {
      code: 'hpc-plus',
      name: 'Nickel',
      memory: 3750,
      cores: [2, 4, 8, 16, 32],
      price: 0.15,
      isPrimary: true,
      remoteVizAllowed: true,
      compute: '3.40',
      io: '10 GB/s',
      processorInfo: 'Intel Xeon E5-2680 v2 (Ivy Bridge)',
      description: 'HPC with 10 Gb/s interconnect',
    },
    2,
  ),
  coreType(
    {
      code: 'hpc-3',
      name: 'Carbon',
      memory: 4000,
      cores: [1, 2, 4, 8, 16, 32, 64],
      price: 0.18,
      isPrimary: true,
      compute: '3.60',
      io: '56 Gb/s InfiniBand',
      processorInfo: 'Intel Xeon E5-2670 (Sandy Bridge)',
      description: 'HPC with InfiniBand',
    },
    3,
  ),
  coreType(
    {
      code: 'hpc',
      name: 'Onyx',
      memory: 3750,
      cores: [2, 4, 8, 16],
      price: 0.12,
      compute: '3.20',
      io: '10 GB/s',
      processorInfo: 'Intel Xeon E5-2666 v3 (Haswell)',
      description: 'HPC',
    },
    4,
  ),
  coreType(
    {
      code: 'hi-mem',
      name: 'Titanium',
      memory: 15250,
      cores: [2, 4, 8, 16],
      price: 0.2,
      processorInfo: 'Intel Xeon E5-2670 v2 (Ivy Bridge)',
      description: 'High memory',
    },
    5,
  ),
  coreType(
    {
      code: 'hi-mem-hpc',
      name: 'Iron',
      memory: 7500,
      cores: [4, 8, 16, 32],
      price: 0.22,
      io: '10 GB/s',
      processorInfo: 'Intel Xeon E5-2680 v2 (Ivy Bridge)',
      description: 'High memory HPC',
    },
    6,
  ),
  coreType(
    {
      code: 'hi-io',
      name: 'Obsidian',
      memory: 3750,
      cores: [4, 8, 16],
      price: 0.17,
      io: '10 GB/s',
      storage: 100,
      storageIo: '4 GB/s read, 2GB/s write',
      processorInfo: 'Intel Xeon E5-2670 v2 (Ivy Bridge)',
      description: 'High I/O',
    },
    7,
  ),
  coreType(
    {
      code: 'hi-io-plus',
      name: 'Basalt',
      memory: 7500,
      cores: [8, 16, 32],
      price: 0.24,
      io: '25 GB/s',
      storage: 200,
      storageIo: '8 GB/s read, 4GB/s write',
      processorInfo: 'Intel Xeon Platinum 8175M (Skylake)',
      description: 'High I/O plus',
    },
    8,
  ),
  coreType(
    {
      code: 'lo-mem',
      name: 'Granite',
      memory: 1875,
      cores: [1, 2, 4, 8, 16],
      price: 0.07,
      hasSsd: false,
      processorInfo: 'Intel Xeon E5-2666 v3 (Haswell)',
      description: 'Low memory',
    },
    9,
  ),
  coreType(
    {
      code: 'standard',
      name: 'Sandstone',
      memory: 3750,
      cores: [1, 2, 4, 8],
      price: 0.08,
      isDeprecated: true,
      hasSsd: false,
      processorInfo: 'Intel Xeon E5-2650 (Sandy Bridge)',
      description: 'Standard (previous generation)',
    },
    10,
  ),
  coreType(
    {
      code: 'gpu-kepler',
      name: 'Jade',
      memory: 7500,
      cores: [8, 16, 32],
      price: 0.45,
      remoteVizAllowed: true,
      compute: '4.00',
      processorInfo: 'Intel Xeon E5-2670 + NVIDIA Tesla K520',
      description: 'GPU (Kepler)',
    },
    11,
  ),
  coreType(
    {
      code: 'gpu-tesla',
      name: 'Emerald',
      memory: 15250,
      cores: [8, 16],
      price: 0.9,
      compute: '5.00',
      processorInfo: 'Intel Xeon E5-2686 v4 + NVIDIA Tesla V100',
      description: 'GPU (Tesla)',
    },
    12,
  ),
  coreType(
    {
      code: 'c5-compute',
      name: 'Amber',
      memory: 2000,
      cores: [2, 4, 8, 18, 36, 72],
      price: 0.11,
      io: '25 GB/s',
      compute: '3.50',
      processorInfo: 'Intel Xeon Platinum 8124M (Skylake)',
      description: 'Compute optimised',
      walltimeRequired: true,
    },
    13,
  ),
  coreType(
    {
      code: 'test',
      name: 'HPC Test',
      memory: 1500,
      cores: [1],
      price: 0.25,
      compute: '1.00',
      hasSsd: false,
      storage: 0,
      io: '',
      storageIo: '',
      processorInfo: '',
      description: '',
      lowPriorityPrice: '0.100',
    },
    null,
  ),
];

export const CORE_TYPES_BY_CODE = new Map(CORE_TYPES.map((type) => [type.code, type]));

export type AnalysisVersion = {
  eula: string | null;
  allowedCoreTypes: string[];
  stdCommand: string | null;
  version: string;
  mpiCommand: string | null;
  versionCode: string;
  smpCommand: string | null;
};

export type Analysis = {
  industries: Array<{ name: string; icon: string | null }>;
  code: string;
  description: string;
  versions: AnalysisVersion[];
  supportDesks: Array<{ code: string; displayName: string; email: string }>;
  hasRescaleLicense: boolean;
  vendorName: string;
  pricing: string;
  hasShortTermLicense: boolean;
  licenseSettings: Array<{
    isServer: boolean;
    licenseType: string;
    helpText: string;
    name: string;
    label: string;
  }>;
  optimizerType: null;
  thumbnail: string;
  resources: Array<{ url: string; name: string }>;
  name: string;
};

const CPU_TYPES = [
  'hi-io',
  'hi-io-plus',
  'hi-mem',
  'hi-mem-hpc',
  'hpc',
  'hpc-3',
  'hpc-plus',
  'lo-mem',
  'standard',
  'standard-plus',
  'c5-compute',
];
const ALL_TYPES = [...CPU_TYPES, 'gpu-kepler', 'gpu-tesla', 'test'];

/** The tutorial's OpenFOAM and the share sample name this desk; the Abaqus sample names its own. */
const RESCALE_SUPPORT = [{ code: 'rescale', displayName: 'Rescale Support', email: 'support@rescale.com' }];
const FLEX = (name: string, label: string) => ({
  isServer: true,
  licenseType: 'Flex',
  helpText: `The address of the FlexNet license server to use. ([port]@hostname)`,
  name,
  label,
});

type AnalysisInput = {
  code: string;
  name: string;
  vendorName: string;
  description: string;
  industries: string[];
  hasRescaleLicense: boolean;
  licenseSettings?: Analysis['licenseSettings'];
  versions: Array<[version: string, versionCode: string, allowed: string[]]>;
  std: string;
  mpi: string | null;
  smp: string | null;
  supportDesks?: Analysis['supportDesks'];
};

function analysis(input: AnalysisInput): Analysis {
  return {
    industries: input.industries.map((name) => ({ name, icon: null })),
    code: input.code,
    description: input.description,
    versions: input.versions.map(([version, versionCode, allowed]) => ({
      eula: null,
      allowedCoreTypes: allowed,
      stdCommand: input.std,
      version,
      mpiCommand: input.mpi,
      versionCode,
      smpCommand: input.smp,
    })),
    supportDesks: input.supportDesks ?? RESCALE_SUPPORT,
    hasRescaleLicense: input.hasRescaleLicense,
    vendorName: input.vendorName,
    pricing: '',
    hasShortTermLicense: false,
    licenseSettings: input.licenseSettings ?? [],
    optimizerType: null,
    thumbnail: `/static/img/analyses_images/${input.code}.png`,
    resources: [
      { url: `https://www.rescale.com/resources/software/${input.code}/example/`, name: 'Basic Example' },
    ],
    name: input.name,
  };
}

export const ANALYSES: Analysis[] = [
  analysis({
    code: 'abaqus',
    name: 'Abaqus',
    vendorName: 'Dassault Systèmes',
    description:
      '<p><b>Abaqus FEA</b> is a software suite for finite element analysis and computer-aided engineering.</p>',
    industries: ['Aerospace', 'Automotive'],
    hasRescaleLicense: true,
    licenseSettings: [FLEX('LM_LICENSE_FILE', 'License')],
    versions: [
      ['2023', '2023-intelmpi', ALL_TYPES],
      ['6.14-1', '6.14.1-pcmpi', ALL_TYPES],
      ['6.13-5', '6.13.5-ibm', ALL_TYPES],
    ],
    std: 'abaqus job=<job> interactive',
    mpi: 'abaqus job=<job> cpus=<mpi-ranks> mp_mode=mpi interactive',
    smp: 'abaqus job=<job> cpus=<smp-ranks> interactive',
    supportDesks: [{ code: 'rescale', displayName: 'Rescale Support', email: 'support@example.com' }],
  }),
  analysis({
    code: 'ansys_fluent',
    name: 'ANSYS Fluent',
    vendorName: 'ANSYS',
    description: '<p><b>ANSYS Fluent</b> is a general-purpose computational fluid dynamics package.</p>',
    industries: ['Aerospace', 'Automotive', 'Energy'],
    hasRescaleLicense: false,
    licenseSettings: [FLEX('ANSYSLMD_LICENSE_FILE', 'ANSYS License')],
    versions: [
      ['2024 R1', '2024r1-intelmpi', CPU_TYPES],
      ['19.2', '19.2-intelmpi', CPU_TYPES],
    ],
    std: 'fluent 3ddp -g -i <journal>',
    mpi: 'fluent 3ddp -g -t<mpi-ranks> -mpi=intel -i <journal>',
    smp: 'fluent 3ddp -g -t<smp-ranks> -i <journal>',
  }),
  analysis({
    code: 'ls_dyna',
    name: 'LS-DYNA',
    vendorName: 'Ansys (LST)',
    description:
      '<p><b>LS-DYNA</b> is a general-purpose explicit finite element program for crash and impact simulation.</p>',
    industries: ['Automotive', 'Defense'],
    hasRescaleLicense: false,
    licenseSettings: [FLEX('LSTC_LICENSE_SERVER', 'LSTC License Server')],
    versions: [
      ['R13.1', 'r13.1-mpp-intelmpi', CPU_TYPES],
      ['R9.3', 'r9.3-mpp-platformmpi', CPU_TYPES],
    ],
    std: 'ls-dyna -i <input-file>',
    mpi: 'ls-dyna -i <input-file> -np <mpi-ranks>',
    smp: 'ls-dyna -i <input-file> ncpu=<smp-ranks>',
  }),
  analysis({
    code: 'openfoam',
    name: 'OpenFOAM',
    vendorName: 'OpenCFD',
    description:
      '<p><b>OpenFOAM</b> is a C++ toolbox for continuum mechanics, including computational fluid dynamics (CFD).</p>',
    industries: ['Aerospace', 'Automotive'],
    hasRescaleLicense: false,
    versions: [
      ['v2312', 'v2312-openmpi', CPU_TYPES],
      [
        '2.3.0',
        '2.3.0-openmpi',
        [
          'hi-io',
          'hi-io-plus',
          'hi-mem',
          'hi-mem-hpc',
          'hpc',
          'hpc-plus',
          'lo-mem',
          'standard',
          'standard-plus',
        ],
      ],
      [
        '2.2.2',
        '2.2.2-openmpi',
        [
          'hi-io',
          'hi-io-plus',
          'hi-mem',
          'hi-mem-hpc',
          'hpc',
          'hpc-plus',
          'lo-mem',
          'standard',
          'standard-plus',
        ],
      ],
    ],
    std: 'foamExec <module> <input-file>',
    mpi: 'mpirun -np <mpi-ranks> foamExec <module> <input-file> -parallel',
    smp: 'mpirun -np <smp-ranks> foamExec <module> <input-file> -parallel',
  }),
  analysis({
    code: 'star_ccm_plus',
    name: 'STAR-CCM+',
    vendorName: 'Siemens',
    description: '<p><b>STAR-CCM+</b> is a multiphysics CFD package from Siemens.</p>',
    industries: ['Automotive', 'Marine', 'Energy'],
    hasRescaleLicense: true,
    licenseSettings: [FLEX('CDLMD_LICENSE_FILE', 'License')],
    versions: [
      ['2306', '18.04.008-r8', [...CPU_TYPES, 'gpu-tesla']],
      ['2210', '17.06.007-r8', CPU_TYPES],
    ],
    std: 'starccm+ -batch run <sim-file>',
    mpi: 'starccm+ -np <mpi-ranks> -batch run <sim-file>',
    smp: 'starccm+ -np <smp-ranks> -batch run <sim-file>',
  }),
  analysis({
    code: 'user_included',
    name: 'Custom User-Defined Software',
    vendorName: '',
    description: '<p>Bring your own software: any command that runs on Linux.</p>',
    industries: [],
    hasRescaleLicense: false,
    versions: [['0', '0', ALL_TYPES]],
    std: '',
    mpi: null,
    smp: null,
  }),
  analysis({
    code: 'user_included_mpi',
    name: 'Custom User-Defined MPI Software',
    vendorName: '',
    description: '<p>Bring your own MPI software.</p>',
    industries: [],
    hasRescaleLicense: false,
    versions: [['0', '0', CPU_TYPES]],
    std: '',
    mpi: 'mpirun -np <mpi-ranks> <command>',
    smp: null,
  }),
];

export const ANALYSES_BY_CODE = new Map(ANALYSES.map((a) => [a.code, a]));

/** A version may be named by its `versionCode` (as the examples do) or its `version`. */
export function findVersion(analysis: Analysis, version: string | undefined): AnalysisVersion | undefined {
  if (version === undefined || version === '') return analysis.versions[0];
  return analysis.versions.find((v) => v.versionCode === version || v.version === version);
}

export const REMOTE_VIZ_CONFIGS = [
  {
    code: '4-cores-hpc-plus',
    displayName: '4 Cores HPC+',
    price: 0.15,
    coreTypeCode: 'hpc-plus',
    cores: 4,
    isWindows: false,
  },
  {
    code: '8-cores-gpu-kepler',
    displayName: '8 Cores GPU Kepler',
    price: 0.12,
    coreTypeCode: 'gpu-kepler',
    cores: 8,
    isWindows: false,
  },
  {
    code: '2-cores-hpc-plus-windows',
    displayName: '2 Cores HPC+ Windows',
    price: 0.15,
    coreTypeCode: 'hpc-plus',
    cores: 2,
    isWindows: true,
  },
  {
    code: '8-cores-gpu-kepler-windows',
    displayName: '8 Cores GPU Kepler Windows',
    price: 0.12,
    coreTypeCode: 'gpu-kepler',
    cores: 8,
    isWindows: true,
  },
];
