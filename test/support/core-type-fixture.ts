import type { CoreType } from '../../lib/rescale/types';

/** A core type shaped like the reference's sample, for unit tests; overrides set what a test is about. */
export function coreTypeFixture(overrides: Partial<CoreType> & Pick<CoreType, 'code' | 'name'>): CoreType {
  return {
    description: '',
    compute: '1.00',
    price: 0.1,
    lowPriorityPrice: '0.050',
    memory: 3750,
    storage: 40,
    cores: [1, 2, 4, 8],
    hasSsd: true,
    io: 'Standard',
    storageIo: '',
    processorInfo: '',
    displayOrder: 1,
    isDeprecated: false,
    isPrimary: true,
    remoteVizAllowed: false,
    walltimeRequired: false,
    ...overrides,
  };
}
