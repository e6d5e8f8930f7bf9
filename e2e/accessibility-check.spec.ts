import { expect, seriousViolations, test } from './fixtures';

// The check every spec leans on (`axe` in e2e/fixtures.ts) must still see what it is for:
// a page with one serious and two critical violations, and the same page mended.
test('the accessibility check reports serious and critical violations, and passes the page once mended', async ({
  page,
}) => {
  const markup = (mended: boolean) => `<!doctype html>
    <html lang="en"><head><title>Check</title></head><body><main>
      <h1>Check</h1>
      <p style="color: ${mended ? '#334155' : '#cbd5e1'}; background: #ffffff">Low contrast text</p>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="A dot"' : ''}>
      <button type="button">${mended ? 'Go' : ''}</button>
    </main></body></html>`;

  await page.setContent(markup(false));
  const found = await seriousViolations(page);
  expect(found.map((line) => line.split(':')[0])).toEqual(['button-name', 'color-contrast', 'image-alt']);

  await page.setContent(markup(true));
  expect(await seriousViolations(page)).toEqual([]);
});
