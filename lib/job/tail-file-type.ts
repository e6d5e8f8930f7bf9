/**
 * The tail endpoint describes the file the way the Unix `file` command does
 * (`/home/job_x/work/log: ASCII text`; `…: data` for bytes with no known format). Text
 * is any description that says so; anything else has no lines worth showing.
 */
export function isBinaryFileType(fileType: string | null | undefined): boolean {
  if (!fileType) return false;
  const description = fileType.slice(fileType.lastIndexOf(': ') + 2).toLowerCase();
  return !/\btext\b|\bempty\b/.test(description);
}
