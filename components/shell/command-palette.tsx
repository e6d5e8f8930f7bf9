'use client';

import { useRouter } from 'next/navigation';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useJobFinder } from '@/lib/jobs/use-job-finder';
import { paletteCommands, type PaletteCommand } from '@/lib/ui/palette-commands';
import { readRecentJobs } from '@/lib/ui/recent-jobs';
import { Modal } from './modal';

type CommandPaletteProps = { region: string; onClose: () => void };

/** Ctrl/Cmd-K: jump to a job by id or name (the platform's search), to Files, New job or a recent job. */
export function CommandPalette({ region, onClose }: CommandPaletteProps) {
  const router = useRouter();
  const ids = { title: useId(), input: useId(), list: useId() };
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [recent] = useState(() => readRecentJobs(window.localStorage, region));
  const finder = useJobFinder(query);
  const commands = useMemo(
    () => paletteCommands({ query, recent, nameMatches: finder.nameMatches, idMatch: finder.idMatch }),
    [query, recent, finder.nameMatches, finder.idMatch],
  );
  const current = Math.min(active, Math.max(0, commands.length - 1));
  const optionId = (index: number) => `${ids.list}-${index}`;

  function choose(command: PaletteCommand | undefined) {
    if (!command) return;
    onClose();
    router.push(command.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: commands.length - 1,
    };
    if (event.key in moves && commands.length > 0) {
      event.preventDefault();
      setActive(((moves[event.key] ?? 0) + commands.length) % commands.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(commands[current]);
    }
  }

  const status = finder.searching
    ? 'Searching jobs…'
    : (finder.failure ??
      (query.trim() && commands.length === 0
        ? `No job, place or recent job matches ‘${query.trim()}’.`
        : ''));

  return (
    <Modal
      labelledBy={ids.title}
      onClose={onClose}
      className="mt-[12vh] mb-auto w-[min(36rem,calc(100vw-2rem))]"
    >
      <h2 id={ids.title} className="sr-only">
        Command palette
      </h2>
      <label htmlFor={ids.input} className="sr-only">
        Jump to a job by id or name, to Files or to New job
      </label>
      <input
        id={ids.input}
        role="combobox"
        aria-expanded={commands.length > 0}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={commands.length > 0 ? optionId(current) : undefined}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="Job id or name, Files, New job…"
        className="w-full border-b border-slate-200 bg-transparent px-4 py-3 text-base outline-none placeholder:text-slate-500 dark:border-slate-700 dark:placeholder:text-slate-400"
      />
      <ul id={ids.list} role="listbox" aria-label="Destinations" className="max-h-80 overflow-y-auto py-1">
        {commands.map((command, index) => (
          <li
            key={command.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            onMouseMove={() => setActive(index)}
            onClick={() => choose(command)}
            className="flex cursor-pointer items-baseline justify-between gap-3 px-4 py-2 text-sm aria-selected:bg-sky-100 dark:aria-selected:bg-sky-900/60"
          >
            <span className="truncate font-medium">{command.label}</span>
            <span className="shrink-0 text-xs text-slate-600 dark:text-slate-300">{command.hint}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="min-h-6 px-4 pb-2 text-xs text-slate-600 dark:text-slate-300">
        {status}
      </p>
    </Modal>
  );
}
