'use client';

import type { AnchorHTMLAttributes } from 'react';
import { isPlainLeftClick, navigateInPlace } from '@/lib/url-state/navigate';

export type InPlaceLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A real link to another view of this page: once the page's script runs, a plain click
 * changes the address in place (`navigateInPlace`); before then, or for a new tab, the
 * browser follows it.
 */
export function InPlaceLink({ href, onClick, ...rest }: InPlaceLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        navigateInPlace(href);
      }}
    />
  );
}
