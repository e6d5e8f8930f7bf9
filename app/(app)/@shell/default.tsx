import { readSignedIn } from '@/lib/auth/session';
import { KeyboardShortcuts } from '@/components/shell/keyboard-shortcuts';

/**
 * What every signed-in page runs in the browser besides its own content. It is a slot, not
 * part of the layout, because the bundler gives each segment's client components one chunk:
 * beside the layout's links it would carry a second copy of next/link into every page's
 * first load. As a slot of its own it is a chunk of its own, a few hundred bytes.
 */
export default async function ShellTools() {
  const reading = await readSignedIn();
  if (reading.state !== 'signed-in') return null;
  return <KeyboardShortcuts region={reading.session.platform.id} />;
}
