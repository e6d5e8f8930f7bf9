/**
 * Output files are never stored: their ids encode (job serial, run, file index)
 * through an invertible scramble, so any id a client saw can be resolved again
 * without keeping a table of tens of thousands of files.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LENGTH = 7;
const MODULUS = BigInt(ALPHABET.length) ** BigInt(LENGTH);
const MULTIPLIER = 2654435761n;
const OFFSET = 1234567891n;
const RUN_BITS = 4096;
const FILE_BITS = 64;

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

const INVERSE = modInverse(MULTIPLIER, MODULUS);

export function encodeOutputFileId(serial: number, runIndex: number, fileIndex: number): string {
  let n = (BigInt(serial) * BigInt(RUN_BITS) + BigInt(runIndex)) * BigInt(FILE_BITS) + BigInt(fileIndex);
  n = (n * MULTIPLIER + OFFSET) % MODULUS;
  let id = '';
  for (let i = 0; i < LENGTH; i++) {
    id = ALPHABET[Number(n % 52n)] + id;
    n /= 52n;
  }
  return id;
}

export function decodeOutputFileId(
  id: string,
): { serial: number; runIndex: number; fileIndex: number } | null {
  if (id.length !== LENGTH) return null;
  let n = 0n;
  for (const char of id) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    n = n * 52n + BigInt(digit);
  }
  n = (((((n - OFFSET) % MODULUS) + MODULUS) % MODULUS) * INVERSE) % MODULUS;
  const fileIndex = Number(n % BigInt(FILE_BITS));
  n /= BigInt(FILE_BITS);
  const runIndex = Number(n % BigInt(RUN_BITS));
  const serial = Number(n / BigInt(RUN_BITS));
  return { serial, runIndex, fileIndex };
}
