/** The part of a file a zip needs: its platform path tells which run wrote it. */
export type ZipSource = { name: string; relativePath: string; path?: string };

/** Output paths read `user/…/output/job_<id>/run<n>/<relativePath>`. */
const RUN_FOLDER = /\/output\/job_[^/]+\/(run\d+)\//;

/** Leading slashes and `.`/`..` segments would let an unzip write outside its folder. */
function safeSegments(path: string): string[] {
  return path.split(/[/\\]+/).filter((part) => part !== '' && part !== '.' && part !== '..');
}

function baseEntryName(file: ZipSource): string {
  const run = file.path?.match(RUN_FOLDER)?.[1];
  const inner = safeSegments(file.relativePath || file.name);
  const segments = run ? [run, ...inner] : inner;
  return segments.length > 0 ? segments.join('/') : 'file';
}

function withSuffix(name: string, n: number): string {
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const extensionAt = dot > slash + 1 ? dot : name.length;
  return `${name.slice(0, extensionAt)} (${n})${name.slice(extensionAt)}`;
}

/**
 * One name per file inside the zip, in order: its run folder, then its path in the run.
 * Runs each write a `log`, so the folder keeps them apart; any name still taken (the
 * same path twice, or a file without a run) gets " (2)", " (3)" before its extension.
 */
export function zipEntryNames(files: readonly ZipSource[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = baseEntryName(file);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = withSuffix(base, n);
    taken.add(name.toLowerCase());
    return name;
  });
}
