import 'server-only';
import { headers } from 'next/headers';
import { DEFAULT_CALLBACK_URL, RETURN_TO_HEADER } from './sign-in-url';

/** The page being rendered, for a layout (which, unlike a page, is not given its URL). */
export async function currentReturnTo(): Promise<string> {
  return (await headers()).get(RETURN_TO_HEADER) ?? DEFAULT_CALLBACK_URL;
}
