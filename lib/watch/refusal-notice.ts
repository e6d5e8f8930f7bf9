/**
 * Whether to tell the user that notifications are blocked: once in this browser (once
 * per page where storage is off), not at every Watch.
 */

const TOLD_KEY = 'rescale-watch:v1:refusal-told';

let toldHere = false;

export function shouldTellRefusal(storage: Pick<Storage, 'getItem' | 'setItem'> | null): boolean {
  if (toldHere) return false;
  toldHere = true;
  try {
    if (storage !== null && storage.getItem(TOLD_KEY) !== null) return false;
    storage?.setItem(TOLD_KEY, '1');
  } catch {
    // Blocked storage: told once for as long as this page is open.
  }
  return true;
}
