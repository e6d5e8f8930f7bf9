/**
 * Platform job ids are short base-62 strings (five or six characters in Rescale's API
 * documentation, e.g. `QTVia`, `cHDtgb`). A search shaped like one may be an id as well
 * as a name: it is worth one `jobs/{id}/` call to find out.
 */
const JOB_ID = /^[A-Za-z0-9]{5,6}$/;

export function looksLikeJobId(text: string): boolean {
  return JOB_ID.test(text.trim());
}
