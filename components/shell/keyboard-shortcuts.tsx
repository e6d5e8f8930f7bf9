'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

// Loaded on first use: the listener below is all that every page carries.
const CommandPalette = dynamic(() => import('./command-palette').then((m) => m.CommandPalette), {
  ssr: false,
});
const ShortcutsHelp = dynamic(() => import('./shortcuts-help').then((m) => m.ShortcutsHelp), { ssr: false });

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
  if (open === 'palette') return <CommandPalette region={region} onClose={close} />;
  if (open === 'help') return <ShortcutsHelp onClose={close} />;
  return null;
}
