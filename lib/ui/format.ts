/**
 * Human-readable numbers and times, shared by every table and page. Pure and
 * isomorphic: the same input gives the same text on the server and in the browser
 * (pass `now` and `timeZone` where the result would otherwise depend on the machine).
 */

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** Binary units, as storage is billed and as file managers show it: 8014908 → "7.6 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  const digits = value < 10 ? 1 : 0;
  // Rounding 1023.96 KiB to "1024 KiB" reads wrong; carry it into the next unit.
  if (Number(value.toFixed(digits)) >= 1024 && unit < BYTE_UNITS.length - 1) {
    return `1 ${BYTE_UNITS[unit + 1]}`;
  }
  return `${trimZero(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}

function trimZero(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

const DURATION_PARTS = [
  { unit: 'd', ms: 86_400_000 },
  { unit: 'h', ms: 3_600_000 },
  { unit: 'min', ms: 60_000 },
  { unit: 's', ms: 1_000 },
] as const;

/**
 * A length of time in milliseconds, with its two largest units:
 * 45_000 → "45 s", 185_000 → "3 min 5 s", 8_040_000 → "2 h 14 min".
 */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '—';
  if (milliseconds < 1_000) return '0 s';
  const parts: string[] = [];
  let rest = milliseconds;
  for (const { unit, ms } of DURATION_PARTS) {
    const amount = Math.floor(rest / ms);
    rest -= amount * ms;
    if (amount > 0 || parts.length > 0) parts.push(`${amount} ${unit}`);
    if (parts.length === 2) break;
  }
  return parts.filter((part) => !part.startsWith('0 ')).join(' ');
}

const RELATIVE_STEPS = [
  { unit: 'year', seconds: 31_536_000 },
  { unit: 'month', seconds: 2_592_000 },
  { unit: 'week', seconds: 604_800 },
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const satisfies ReadonlyArray<{ unit: Intl.RelativeTimeFormatUnit; seconds: number }>;

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export type DateInput = string | number | Date;

function toTime(input: DateInput): number {
  return input instanceof Date ? input.getTime() : typeof input === 'number' ? input : Date.parse(input);
}

/** "5 minutes ago", "yesterday", "in 3 hours"; "just now" within ten seconds. */
export function formatRelativeTime(input: DateInput, now: number = Date.now()): string {
  const time = toTime(input);
  if (Number.isNaN(time)) return '—';
  const seconds = (time - now) / 1000;
  if (Math.abs(seconds) < 10) return 'just now';
  for (const { unit, seconds: size } of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size) {
      return relativeFormat.format(Math.trunc(seconds / size), unit);
    }
  }
  return 'just now';
}

/** Making a formatter costs far more than using one, and a table of 100 jobs formats 100 times. */
const dateTimeFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'long', timeZone });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

/** The exact moment, with its time zone named: "Nov 28, 2026, 1:10:00 PM UTC". */
export function formatDateTime(input: DateInput, timeZone?: string): string {
  const time = toTime(input);
  if (Number.isNaN(time)) return '—';
  return dateTimeFormat(timeZone).format(time);
}
