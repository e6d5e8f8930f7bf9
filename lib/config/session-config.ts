/**
 * Parsing and validation of the session configuration, kept free of `process.env` so it
 * can be tested on its own; `lib/config/env.ts` applies it to the real environment once.
 * Every error names the variable to fix.
 */

export type SessionPasswords = Record<string, string>;

export type SessionConfig = {
  /** iron-session password map: the highest id (the newest secret) seals, every id unseals. */
  passwords: SessionPasswords;
  ttlSeconds: number;
  /** True when no SESSION_SECRET was given and a random one was made for this process. */
  secretGenerated: boolean;
};

export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_SESSION_TTL_SECONDS = 12 * 60 * 60;
/** Cookies expire a minute before their seal, so a TTL below two minutes leaves nothing. */
const MIN_SESSION_TTL_SECONDS = 120;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** `SESSION_SECRET`: comma-separated secrets, newest first, each at least 32 characters. */
export function parseSessionSecrets(raw: string): SessionPasswords {
  const secrets = raw
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (secrets.length === 0) {
    throw new ConfigError('SESSION_SECRET', 'SESSION_SECRET is set but holds no secret.');
  }
  secrets.forEach((secret, index) => {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        'SESSION_SECRET',
        `SESSION_SECRET: secret number ${index + 1} of ${secrets.length} is ${secret.length} characters long; ` +
          `each must be at least ${MIN_SECRET_LENGTH} (e.g. \`openssl rand -base64 48\`).`,
      );
    }
  });
  return Object.fromEntries(secrets.map((secret, index) => [String(secrets.length - index), secret]));
}

const DURATION = /^(\d+)\s*(s|m|h|d)?$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `SESSION_TTL`: seconds, or a number with a unit (`90m`, `12h`, `7d`); 12 hours when unset. */
export function parseSessionTtl(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SESSION_TTL_SECONDS;
  const match = DURATION.exec(raw.trim());
  if (!match) {
    throw new ConfigError(
      'SESSION_TTL',
      `SESSION_TTL "${raw}" is not a duration; use seconds or a number with s, m, h or d (e.g. "12h").`,
    );
  }
  const seconds = Number(match[1]) * (UNIT_SECONDS[(match[2] ?? 's').toLowerCase()] ?? 1);
  if (seconds < MIN_SESSION_TTL_SECONDS) {
    throw new ConfigError('SESSION_TTL', `SESSION_TTL must be at least ${MIN_SESSION_TTL_SECONDS} seconds.`);
  }
  return seconds;
}

export type Environment = Record<string, string | undefined>;

/**
 * The session configuration from an environment. Without SESSION_SECRET production
 * refuses to run; elsewhere a secret is generated, which signs everyone out on restart.
 */
export function readSessionConfig(env: Environment, generateSecret: () => string): SessionConfig {
  const ttlSeconds = parseSessionTtl(env.SESSION_TTL);
  const raw = env.SESSION_SECRET;
  if (raw === undefined || raw.trim() === '') {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError(
        'SESSION_SECRET',
        'SESSION_SECRET is not set. The server refuses to start in production without it: ' +
          'set it to one or more comma-separated secrets of at least 32 characters, newest first.',
      );
    }
    return { passwords: { '1': generateSecret() }, ttlSeconds, secretGenerated: true };
  }
  return { passwords: parseSessionSecrets(raw), ttlSeconds, secretGenerated: false };
}

/** The newest secret: the one that seals new sessions. */
export function newestSecret(passwords: SessionPasswords): string {
  const newestId = Math.max(...Object.keys(passwords).map(Number));
  const secret = passwords[String(newestId)];
  if (!secret) throw new ConfigError('SESSION_SECRET', 'SESSION_SECRET holds no secret.');
  return secret;
}
