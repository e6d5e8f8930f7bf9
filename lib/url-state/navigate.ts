/**
 * Changes the address in place with the History API, which the App Router follows
 * (`useSearchParams` updates) without a server round trip: paging a table or choosing a
 * run must not re-run the page's upstream preloads.
 */
export function navigateInPlace(href: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
}

/** Plain left clicks on a link change the URL in place; others (new tab) follow the href. */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
