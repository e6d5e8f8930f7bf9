/**
 * Preloaded into the app server by bench/stack.ts and bench/session-cost.ts (`node --import`): counts PBKDF2
 * key derivations (WebCrypto `deriveBits`, which iron-session calls twice per seal it
 * makes or opens) and writes the running count to DERIVATION_COUNT_FILE.
 */
import { writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';

const file = process.env.DERIVATION_COUNT_FILE;
const deriveBits = webcrypto.subtle.deriveBits.bind(webcrypto.subtle);
let count = 0;
webcrypto.subtle.deriveBits = (...args) => {
  count += 1;
  if (file) writeFileSync(file, String(count));
  return deriveBits(...args);
};
