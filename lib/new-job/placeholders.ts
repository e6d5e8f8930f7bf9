/**
 * Software commands in the catalogue carry placeholders such as `<mpi-ranks>` that
 * the user is expected to replace. This module finds them and says what each stands
 * for, with the value that fits the chosen hardware when one can be worked out.
 */

export type PlaceholderHelp = {
  placeholder: string;
  meaning: string;
  suggestion: string | null;
};

export type HardwareShape = { coresPerSlot: number | null; slots: number | null };

const PLACEHOLDER = /<([A-Za-z][A-Za-z0-9_-]*)>/g;

export function findPlaceholders(command: string): string[] {
  const found = new Set<string>();
  for (const match of command.matchAll(PLACEHOLDER)) found.add(match[0]);
  return [...found];
}

function explain(name: string, hardware: HardwareShape): Omit<PlaceholderHelp, 'placeholder'> {
  const total = hardware.coresPerSlot && hardware.slots ? hardware.coresPerSlot * hardware.slots : null;
  switch (name.toLowerCase()) {
    case 'mpi-ranks':
    case 'ranks':
    case 'np':
      return {
        meaning: 'the number of MPI processes: every core of every slot',
        suggestion: total === null ? null : String(total),
      };
    case 'smp-ranks':
    case 'threads':
      return {
        meaning: 'the number of threads on one node: the cores per slot',
        suggestion: hardware.coresPerSlot === null ? null : String(hardware.coresPerSlot),
      };
    case 'job':
    case 'jobname':
      return { meaning: 'the name of your input deck, without its extension', suggestion: null };
    case 'input':
    case 'input-file':
    case 'inputfile':
      return { meaning: 'the input file to run, as uploaded with the job', suggestion: null };
    case 'journal':
      return { meaning: 'the journal file that drives the run', suggestion: null };
    case 'module':
      return { meaning: 'the solver or utility to run, such as simpleFoam', suggestion: null };
    case 'sim-file':
      return { meaning: 'the simulation file to run, as uploaded with the job', suggestion: null };
    case 'command':
      return { meaning: 'your own program and its arguments', suggestion: null };
    default:
      return { meaning: 'a value you fill in for your own case', suggestion: null };
  }
}

export function explainPlaceholders(command: string, hardware: HardwareShape): PlaceholderHelp[] {
  return findPlaceholders(command).map((placeholder) => ({
    placeholder,
    ...explain(placeholder.slice(1, -1), hardware),
  }));
}
