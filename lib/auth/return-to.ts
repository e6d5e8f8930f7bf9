import 'server-only';
import { headers } from 'next/headers';
import { RETURN_TO_HEADER, safeCallbackUrl } from './sign-in-url';

/** The page being rendered, for a layout (which, unlike a page, is not given its URL). */
export async function currentReturnTo(): Promise<string> {
  return safeCallbackUrl((await headers()).get(RETURN_TO_HEADER));
}
