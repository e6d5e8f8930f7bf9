import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getPlatforms } from '@/lib/config/platforms';
import { previousRegion, readSignedIn } from '@/lib/auth/session';
import { parseSignInReason, safeCallbackUrl, type SignInReason } from '@/lib/auth/sign-in-url';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function noticeFor(
  reason: SignInReason | undefined,
  signedOut: boolean,
  regionLabel?: string,
): string | null {
  if (reason === 'revoked') {
    const region = regionLabel ? ` for the ${regionLabel} region` : '';
    return `Rescale no longer accepts the stored key${region}: it may have been revoked or have expired. Sign in with a current key to continue where you left off.`;
  }
  if (reason === 'expired') return 'Your session has expired. Sign in again to continue where you left off.';
  if (signedOut) return 'You have signed out.';
  return null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(single(params.callbackUrl));
  const reason = parseSignInReason(single(params.reason));
  const { state } = await readSignedIn();
  if (state === 'signed-in' && !reason) redirect(callbackUrl);

  const platforms = getPlatforms();
  const previous = await previousRegion();
  const requested = platforms.find((platform) => platform.id === single(params.region));
  const region = previous ?? requested ?? platforms[0];
  const notice = noticeFor(reason, single(params.signedOut) === '1', previous?.label);

  return (
    <main className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-10">
      <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">
        Rescale Dashboard
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Sign in with your Rescale API key</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        The key stays on this server, in an encrypted session; your browser never holds it.
      </p>
      {notice ? (
        <p
          role="status"
          className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {notice}
        </p>
      ) : null}
      <SignInForm platforms={platforms} defaultRegion={region?.id ?? ''} callbackUrl={callbackUrl} />
    </main>
  );
}
