/**
 * A preview reads one end of a file with a byte range instead of the whole file: the
 * start for what is read top-down, the end for logs and other text that grows. A range
 * usually cuts a line in two; that partial line is dropped, so every line shown is whole.
 */

export type FileEnd = 'start' | 'end';

/** Bytes read from one end: enough for the lines shown, small enough to arrive at once. */
export const EXCERPT_BYTES = 64 * 1024;

export type Excerpt = {
  lines: string[];
  /** Whether the file goes on beyond what is shown (at the other end). */
  partial: boolean;
};

/** The `Range` header for `end` of a file of `size` bytes; null when the whole file is as small. */
export function excerptRange(end: FileEnd, size: number): string | null {
  if (size <= EXCERPT_BYTES) return null;
  return end === 'start' ? `bytes=0-${EXCERPT_BYTES - 1}` : `bytes=-${EXCERPT_BYTES}`;
}

/**
 * Up to `maxLines` whole lines of `text` from `end`. `cut` says the text is a slice of a
 * larger file (a 206 answer), so its first (end) or last (start) line may be partial.
 */
export function excerptLines(text: string, end: FileEnd, maxLines: number, cut: boolean): Excerpt {
  let lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (cut && lines.length > 1) lines = end === 'end' ? lines.slice(1) : lines.slice(0, -1);
  const partial = cut || lines.length > maxLines;
  return { lines: end === 'end' ? lines.slice(-maxLines) : lines.slice(0, maxLines), partial };
}
