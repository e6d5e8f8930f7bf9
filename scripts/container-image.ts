/**
 * What the container image is, read from the files that define it, so the smoke test
 * (scripts/container-smoke.ts) checks the image as written rather than a copy of it: the
 * Dockerfile's runtime stage (its WORKDIR, ENV, USER and the files it copies from the
 * build stage) and the `docker run` example in README.md (the environment it sets).
 */

export type DockerCopy = {
  /** 1-based line of the COPY instruction, for messages. */
  line: number;
  /** Paths in the build stage's filesystem, absolute. */
  sources: string[];
  /** Absolute path in the runtime image. */
  destination: string;
};

export type RuntimeStage = {
  buildWorkdir: string;
  workdir: string;
  env: Record<string, string>;
  user: string | null;
  copies: DockerCopy[];
  /** The HEALTHCHECK command, exec form, or null when the image has none. */
  healthcheck: string[] | null;
};

type Instruction = { line: number; keyword: string; args: string };

/** Joins `\`-continued lines and drops comments and blank lines. */
function instructions(text: string): Instruction[] {
  const result: Instruction[] = [];
  let pending: Instruction | null = null;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (pending === null && (trimmed === '' || trimmed.startsWith('#'))) return;
    const continued = trimmed.endsWith('\\');
    const body = continued ? trimmed.slice(0, -1).trim() : trimmed;
    if (pending === null) {
      const [keyword = '', ...rest] = body.split(/\s+/);
      pending = { line: index + 1, keyword: keyword.toUpperCase(), args: rest.join(' ') };
    } else if (!trimmed.startsWith('#')) {
      pending.args = `${pending.args} ${body}`.trim();
    }
    if (!continued) {
      result.push(pending);
      pending = null;
    }
  });
  if (pending) result.push(pending);
  return result;
}

function resolvePath(base: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${base.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}${path.endsWith('/') && parts.length > 0 ? '/' : ''}`;
}

/** `A=1 B="two words"` (the legacy `ENV A 1` form too). */
function parseEnv(args: string, line: number): Record<string, string> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(args)) {
    const [name = '', ...value] = args.split(/\s+/);
    return { [name]: value.join(' ') };
  }
  const env: Record<string, string> = {};
  const pair = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)\s*/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pair.exec(args)) !== null && match[0] !== '') {
    const [, name = '', value = ''] = match;
    env[name] = /^["']/.test(value) ? value.slice(1, -1) : value;
    consumed = pair.lastIndex;
  }
  if (consumed !== args.length) throw new Error(`Dockerfile line ${line}: cannot read ENV ${args}`);
  return env;
}

function healthcheckCommand(args: string, line: number): string[] {
  const command = /(?:^|\s)CMD\s+(\[.*\])\s*$/.exec(args)?.[1];
  const parsed: unknown = command === undefined ? null : JSON.parse(command);
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) {
    throw new Error(`Dockerfile line ${line}: read only HEALTHCHECK … CMD ["exec", "form"].`);
  }
  return parsed;
}

/** The last stage is the runtime image; `buildStage` names the one it copies from. */
export function parseDockerfile(text: string, buildStage = 'build'): RuntimeStage {
  const stages: { name: string | null; workdir: string; items: Instruction[] }[] = [];
  for (const instruction of instructions(text)) {
    if (instruction.keyword === 'FROM') {
      const as = /\s+AS\s+(\S+)\s*$/i.exec(instruction.args);
      stages.push({ name: as?.[1] ?? null, workdir: '/', items: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage)
      throw new Error(`Dockerfile line ${instruction.line}: ${instruction.keyword} before any FROM`);
    if (instruction.keyword === 'WORKDIR') stage.workdir = resolvePath(stage.workdir, instruction.args);
    stage.items.push({ ...instruction, args: instruction.args });
  }
  const build = stages.find((stage) => stage.name === buildStage);
  const runtime = stages.at(-1);
  if (!build || !runtime || runtime === build) {
    throw new Error(`The Dockerfile needs a stage named "${buildStage}" and a runtime stage after it.`);
  }

  const result: RuntimeStage = {
    buildWorkdir: build.workdir,
    workdir: '/',
    env: {},
    user: null,
    copies: [],
    healthcheck: null,
  };
  for (const { line, keyword, args } of runtime.items) {
    if (keyword === 'WORKDIR') result.workdir = resolvePath(result.workdir, args);
    if (keyword === 'ENV') Object.assign(result.env, parseEnv(args, line));
    if (keyword === 'USER') result.user = args.split(':')[0] ?? null;
    if (keyword === 'HEALTHCHECK') result.healthcheck = healthcheckCommand(args, line);
    if (keyword === 'ADD')
      throw new Error(`Dockerfile line ${line}: ADD in the runtime stage; use COPY --from=${buildStage}.`);
    if (keyword !== 'COPY') continue;
    if (args.startsWith('['))
      throw new Error(`Dockerfile line ${line}: the JSON form of COPY is not read here; write it plainly.`);
    const words = args.split(/\s+/);
    const flags = words.filter((word) => word.startsWith('--'));
    const paths = words.filter((word) => !word.startsWith('--'));
    if (!flags.includes(`--from=${buildStage}`)) {
      throw new Error(
        `Dockerfile line ${line}: the runtime stage copies only from the "${buildStage}" stage (COPY --from=${buildStage}), not "${args}".`,
      );
    }
    const destination = paths.pop();
    if (destination === undefined || paths.length === 0) {
      throw new Error(`Dockerfile line ${line}: COPY needs at least one source and a destination.`);
    }
    result.copies.push({
      line,
      sources: paths.map((source) => resolvePath('/', source)),
      destination: resolvePath(result.workdir, destination),
    });
  }
  return result;
}

/** Splits a command line into words as a shell does, quotes removed; substitutions stay as written. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** `-e NAME=value` pairs of the README's `docker run` example, and its `--stop-timeout`. */
export type DockerRunExample = { env: Record<string, string>; stopTimeoutSeconds: number | null };

/**
 * Reads the first `docker run` command in a shell block of the README. A value that is
 * a command substitution is computed by `substitute` (e.g. `$(openssl rand -base64 48)`),
 * since no shell runs here.
 */
export function parseDockerRun(readme: string, substitute: (command: string) => string): DockerRunExample {
  const blocks = [...readme.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const block = blocks.find((text) => /^\s*docker run\b/m.test(text));
  if (!block) throw new Error('README.md has no ```sh block with a `docker run` example.');
  const command = block
    .replace(/\\\n/g, ' ')
    .split('\n')
    .find((line) => /^\s*docker run\b/.test(line));
  const words = shellWords(command ?? '');
  const env: Record<string, string> = {};
  let stopTimeoutSeconds: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (word === '-e' || word === '--env') {
      const separator = next.indexOf('=');
      if (separator < 1) throw new Error(`README docker run: "-e ${next}" has no value; give NAME=value.`);
      env[next.slice(0, separator)] = next
        .slice(separator + 1)
        .replace(/\$\(([^)]*)\)/g, (_, inner: string) => substitute(inner.trim()));
      i++;
    } else if (word === '--stop-timeout') {
      stopTimeoutSeconds = Number(next);
      i++;
    }
  }
  return { env, stopTimeoutSeconds };
}
