'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from './modal';

const SHORTCUTS: readonly [keys: string[], what: string][] = [
  [['/'], 'Focus the search on this page'],
  [['Ctrl', 'K'], 'Open the command palette (⌘ K on a Mac): jump to a job, Files or New job'],
  [['?'], 'Show these shortcuts'],
  [['Esc'], 'Close a dialog'],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={onClose} className="w-[min(28rem,calc(100vw-2rem))]">
      <div className="p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="contents">
              <dt className="flex gap-1">
                {keys.map((key) => (
                  <kbd
                    key={key}
                    className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                  >
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-5 flex justify-end">
          <Button onClick={onClose} autoFocus>
            Close
          </Button>
        </div>
      </div>
    </Modal>
  );
}
