'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

// Loaded on first use: the listener below is all that every page carries. React's own lazy,
// not next/dynamic, whose loader would add its runtime to every signed-in page's first load.
const CommandPalette = lazy(() => import('./command-palette').then((m) => ({ default: m.CommandPalette })));
const ShortcutsHelp = lazy(() => import('./shortcuts-help').then((m) => ({ default: m.ShortcutsHelp })));

type Open = 'palette' | 'help' | null;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The page's search box: the one marked for the shortcut, else the first search field. */
function pageSearch(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-shortcut-search], main input[type="search"]');
}

/** `/` focuses the page's search, `?` lists the shortcuts, Ctrl/Cmd-K opens the palette. */
export function KeyboardShortcuts({ region }: { region: string }) {
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((current) => (current === 'palette' ? null : 'palette'));
        return;
      }
      if (event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === '/') {
        const search = pageSearch();
        if (!search) return;
        event.preventDefault();
        search.focus();
      } else if (event.key === '?') {
        event.preventDefault();
        setOpen('help');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = () => setOpen(null);
  if (open === null) return null;
  return (
    <Suspense fallback={null}>
      {open === 'palette' ? (
        <CommandPalette region={region} onClose={close} />
      ) : (
        <ShortcutsHelp onClose={close} />
      )}
    </Suspense>
  );
}
