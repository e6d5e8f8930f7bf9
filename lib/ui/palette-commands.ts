import type { RecentJob } from './recent-jobs';

/** One line of the command palette: where choosing it goes. */
export type PaletteCommand = { id: string; label: string; hint: string; href: string };

export type PaletteInput = {
  query: string;
  recent: readonly RecentJob[];
  /** Jobs whose name contains the query, as the platform's search found them. */
  nameMatches: readonly { id: string; name: string }[];
  /** The job whose id is the query, once one `jobs/{id}/` call has found it. */
  idMatch: { id: string; name: string } | null;
};

const PLACES: readonly PaletteCommand[] = [
  { id: 'go:jobs', label: 'Jobs', hint: 'Go to', href: '/jobs' },
  { id: 'go:files', label: 'Files', hint: 'Go to', href: '/files' },
  { id: 'go:new-job', label: 'New job', hint: 'Go to', href: '/jobs/new' },
];

function jobHref(id: string): string {
  return `/jobs/${encodeURIComponent(id)}`;
}

/**
 * The palette's lines for what is typed: the job with that id first, then name matches,
 * then the places and recent jobs whose words contain it (all of them for an empty query).
 */
export function paletteCommands({ query, recent, nameMatches, idMatch }: PaletteInput): PaletteCommand[] {
  const needle = query.trim().toLowerCase();
  const matches = (text: string) => needle === '' || text.toLowerCase().includes(needle);
  const commands: PaletteCommand[] = [];
  const seen = new Set<string>();
  const add = (command: PaletteCommand) => {
    if (seen.has(command.id)) return;
    seen.add(command.id);
    commands.push(command);
  };

  if (idMatch)
    add({
      id: `job:${idMatch.id}`,
      label: `Open job ‘${idMatch.id}’`,
      hint: idMatch.name,
      href: jobHref(idMatch.id),
    });
  for (const job of nameMatches)
    add({ id: `job:${job.id}`, label: job.name, hint: job.id, href: jobHref(job.id) });
  for (const place of PLACES) if (matches(place.label)) add(place);
  for (const job of recent)
    if (matches(job.name) || matches(job.id))
      add({ id: `job:${job.id}`, label: job.name, hint: `Recent · ${job.id}`, href: jobHref(job.id) });
  return commands;
}
