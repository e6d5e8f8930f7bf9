import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Rescale Dashboard', template: '%s · Rescale Dashboard' },
  description: 'Browse, launch and follow Rescale simulation jobs.',
};

/**
 * Rendered per request: proxy.ts gives each response a fresh CSP nonce, which Next puts on
 * its scripts only while rendering, so no page may be prerendered with a stale one.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
