'use client';

import { useEffect } from 'react';
import { markedTitle } from './title-mark';
import type { WatchList } from './watch-list';

/**
 * Counts in the tab's title the watched jobs that ended while this tab was hidden, until
 * the user comes back to it. Next.js sets the title on each navigation: the mark is put
 * back until seen.
 */
export function useTitleMark(list: WatchList): void {
  useEffect(() => {
    let unseen = 0;
    const show = () => {
      const title = markedTitle(document.title, unseen);
      if (title !== document.title) document.title = title;
    };
    const seen = () => {
      if (document.visibilityState !== 'visible' || unseen === 0) return;
      unseen = 0;
      show();
    };
    const stopHearing = list.onEnded(() => {
      if (document.visibilityState === 'visible') return;
      unseen += 1;
      show();
    });
    const observer = new MutationObserver(() => {
      if (unseen > 0) show();
    });
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    document.addEventListener('visibilitychange', seen);
    window.addEventListener('focus', seen);
    return () => {
      stopHearing();
      observer.disconnect();
      document.removeEventListener('visibilitychange', seen);
      window.removeEventListener('focus', seen);
      unseen = 0;
      show();
    };
  }, [list]);
}
