/**
 * A browser module loaded afresh, as a newly loaded page gets it: what such a module
 * remembers (a sign-out under way, a page already sent to sign-in) lasts for one page,
 * so a test of a page's life starts from a page of its own, not from the test process's.
 */
let pages = 0;

export async function loadInNewPage<Module>(moduleUrl: URL): Promise<Module> {
  pages += 1;
  const url = new URL(moduleUrl);
  url.searchParams.set('page', String(pages));
  return (await import(url.href)) as Module;
}
