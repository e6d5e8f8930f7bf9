/**
 * The platform shares a job only within the owner's company, or with a support desk (API
 * reference, "Share a Job"). The viewer's email domain stands
 * for the company, so an address elsewhere is refused on the field before anything is sent.
 */

const SUPPORT_DESK_DOMAINS: ReadonlySet<string> = new Set(['rescale.com']);

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null;
}

/** Why `recipient` cannot be shared with, or null when the platform may accept it. */
export function shareRecipientProblem(recipient: string, viewerEmail: string): string | null {
  const trimmed = recipient.trim();
  if (!trimmed) return 'Enter your colleague’s email address.';
  const domain = domainOf(trimmed);
  if (!domain) return `“${trimmed}” is not an email address.`;
  if (trimmed.toLowerCase() === viewerEmail.toLowerCase()) return 'This is your own address.';
  const company = domainOf(viewerEmail);
  if (company && domain !== company && !SUPPORT_DESK_DOMAINS.has(domain)) {
    return `${trimmed} is outside your company: Rescale shares jobs only with colleagues at ${company} or a support desk.`;
  }
  return null;
}
