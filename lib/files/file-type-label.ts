import { FILE_TYPE } from '@/lib/rescale/types';

const LABELS: Record<number, string> = {
  [FILE_TYPE.input]: 'Input',
  [FILE_TYPE.template]: 'Template',
  [FILE_TYPE.parameter]: 'Parameter',
  [FILE_TYPE.script]: 'Script',
  [FILE_TYPE.output]: 'Output',
  [FILE_TYPE.designVariable]: 'Design variable',
  [FILE_TYPE.case]: 'Case',
  [FILE_TYPE.optimizer]: 'Optimizer',
  [FILE_TYPE.temporary]: 'Temporary',
};

/** The platform's `typeId` in words; an id the reference does not list is shown as a number. */
export function fileTypeLabel(typeId: number): string {
  return LABELS[typeId] ?? `Type ${typeId}`;
}
