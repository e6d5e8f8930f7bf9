/** The header checkbox: checked, unchecked, or mixed (indeterminate). */
export type PageSelection = 'none' | 'some' | 'all';

export function pageSelection(pageIds: readonly string[], selected: ReadonlySet<string>): PageSelection {
  const count = pageIds.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === pageIds.length ? 'all' : 'some';
}

export function toggledId(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** As a mail client does: from mixed or none the header selects the whole page; from all, none. */
export function toggledPage(pageIds: readonly string[], selected: ReadonlySet<string>): ReadonlySet<string> {
  return pageSelection(pageIds, selected) === 'all' ? new Set() : new Set(pageIds);
}
