/**
 * The tab title's mark for watched jobs that ended while the tab was out of sight:
 * "● (2) Jobs · Rescale Dashboard", counted as mail tabs count what is unread. The dot
 * keeps it apart from a job name of the form "(2) …".
 */

const MARK = /^● \(\d+\) /;

export function unmarkedTitle(title: string): string {
  return title.replace(MARK, '');
}

export function markedTitle(title: string, unseen: number): string {
  const plain = unmarkedTitle(title);
  return unseen > 0 ? `● (${unseen}) ${plain}` : plain;
}
