import { readSignedIn } from '@/lib/auth/session';
import { KeyboardShortcuts } from '@/components/shell/keyboard-shortcuts';
import { JobWatcher } from '@/components/watch/job-watcher';

/**
 * What every signed-in page runs in the browser besides its own content: the shortcuts and
 * the watch on jobs. It is a slot, not part of the layout, because the bundler gives each
 * segment's client components one chunk: beside the layout's links it would carry a second
 * copy of next/link into every page's first load. As a slot it is a small chunk of its own.
 */
export default async function ShellTools() {
  const reading = await readSignedIn();
  if (reading.state !== 'signed-in') return null;
  const region = reading.session.platform.id;
  return (
    <>
      <KeyboardShortcuts region={region} />
      <JobWatcher region={region} />
    </>
  );
}
