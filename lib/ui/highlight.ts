/** A line cut into plain and matching pieces, for case-insensitive search highlighting. */
export type Piece = { text: string; match: boolean };

export function highlightPieces(line: string, query: string): Piece[] {
  if (!query) return [{ text: line, match: false }];
  const pieces: Piece[] = [];
  const haystack = line.toLowerCase();
  const needle = query.toLowerCase();
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    if (at > from) pieces.push({ text: line.slice(from, at), match: false });
    pieces.push({ text: line.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < line.length || pieces.length === 0) pieces.push({ text: line.slice(from), match: false });
  return pieces;
}

export function countMatches(lines: readonly string[], query: string): number {
  if (!query) return 0;
  return lines.reduce(
    (total, line) => total + highlightPieces(line, query).filter((piece) => piece.match).length,
    0,
  );
}
