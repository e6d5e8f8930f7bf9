import { isSuccessfulCompletion } from '@/lib/rescale/status';
import type { EndedJob } from './watch-list';

/**
 * The browser notification for a watched job's end. Permission is asked for on the first
 * Watch, a click the user made; a browser that refuses, or has no notifications, still
 * gets the tab title's mark and the notice on the page.
 */

export type NotificationAccess = NotificationPermission | 'unsupported';

export function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks only while the user has not decided; resolves to where things stand. */
export async function askForNotifications(): Promise<NotificationAccess> {
  const access = notificationAccess();
  if (access !== 'default') return access;
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationAccess();
  }
}

/**
 * The final status in words: "Completed successfully", or with the reason when it says
 * more ("Completed: Job exited with 1"; `Completed` alone does not mean success).
 */
export function endedWords({ status, reason }: Pick<EndedJob, 'status' | 'reason'>): string {
  if (!reason || reason === status) return status;
  if (isSuccessfulCompletion(status, reason)) return reason;
  return `${status}: ${reason}`;
}

export function showJobEnded(job: EndedJob, onOpen: () => void): void {
  if (notificationAccess() !== 'granted') return;
  try {
    const notification = new Notification(`${job.name || job.id} ended`, {
      body: endedWords(job),
      // The platform would not tell one job's end twice; neither does the system tray.
      tag: `rescale-job-ended:${job.id}`,
    });
    notification.addEventListener('click', () => {
      onOpen();
      notification.close();
    });
  } catch {
    // Some browsers (Android Chrome) allow notifications from a service worker only: the page's cues remain.
  }
}
