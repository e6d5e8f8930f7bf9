'use client';

import { signIn } from 'next-auth/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiKeyPageUrl, type Platform } from '@/lib/config/platforms';
import {
  parseSignInProblem,
  parseThrottleWait,
  signInProblemMessage,
  throttledMessage,
} from '@/lib/auth/sign-in-problems';

type Props = { platforms: Platform[]; defaultRegion: string; callbackUrl: string };

const fieldClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm dark:border-slate-600 dark:bg-slate-900';

export function SignInForm({ platforms, defaultRegion, callbackUrl }: Props) {
  const [region, setRegion] = useState(defaultRegion);
  const [apiKey, setApiKey] = useState('');
  const [showKey, setShowKey] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keyInput = useRef<HTMLInputElement>(null);
  const ids = { region: useId(), key: useId(), keyHelp: useId(), error: useId() };
  const platform = platforms.find((candidate) => candidate.id === region) ?? platforms[0];
  const keyPage = platform ? apiKeyPageUrl(platform) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!platform) return;
    if (!apiKey.trim()) {
      setError(signInProblemMessage('missing-key', platform));
      keyInput.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        redirect: false,
        region: platform.id,
        apiKey,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      const wait = parseThrottleWait(result?.error);
      setError(
        wait === null
          ? signInProblemMessage(parseSignInProblem(result?.error), platform)
          : throttledMessage(wait),
      );
    } catch {
      setError('The dashboard server could not be reached. Check your connection and try again.');
    }
    setPending(false);
    keyInput.current?.focus();
  }

  if (!platform) {
    return <p role="alert">No Rescale region is configured on this server (RESCALE_PLATFORMS).</p>;
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-6 space-y-5"
      aria-describedby={error ? ids.error : undefined}
    >
      <div>
        <label htmlFor={ids.region} className="block text-sm font-medium">
          Region
        </label>
        <select
          id={ids.region}
          name="region"
          value={platform.id}
          onChange={(event) => setRegion(event.target.value)}
          className={fieldClass}
        >
          {platforms.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label} ({new URL(option.url).host})
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor={ids.key} className="block text-sm font-medium">
          API key
        </label>
        <div className="mt-1 flex gap-2">
          <input
            ref={keyInput}
            id={ids.key}
            name="apiKey"
            type={showKey ? 'text' : 'password'}
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={ids.keyHelp}
            className={`${fieldClass} mt-0 font-mono`}
          />
          <button
            type="button"
            onClick={() => setShowKey((shown) => !shown)}
            aria-controls={ids.key}
            aria-pressed={showKey}
            className="shrink-0 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {showKey ? 'Hide key' : 'Show key'}
          </button>
        </div>
        <p id={ids.keyHelp} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Keys belong to one region.{' '}
          {keyPage ? (
            <a
              href={keyPage}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-sky-700 underline dark:text-sky-400"
            >
              Get your {platform.label} API key
            </a>
          ) : (
            <>Ask whoever runs {platform.label} for a key: it is not one of Rescale’s own regions.</>
          )}
        </p>
      </div>

      {error ? (
        <p
          id={ids.error}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      ) : null}

      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
