/**
 * DRF's SearchFilter: `search` splits on whitespace and commas, and every term must
 * appear (case-insensitively) in at least one of the view's search fields.
 * https://www.django-rest-framework.org/api-guide/filtering/#searchfilter
 */
import type { FileRecord } from './model';

export function searchTerms(raw: string | null): string[] {
  return (raw ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((term) => term.length > 0);
}

/** File lists search the name and the path: a renamed output keeps its path. */
export function fileMatches(file: FileRecord, terms: readonly string[]): boolean {
  const name = file.name.toLowerCase();
  const path = file.relativePath.toLowerCase();
  return terms.every((term) => name.includes(term) || path.includes(term));
}
