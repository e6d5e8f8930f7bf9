import { expect, seriousViolations, test } from './fixtures';

// The check every spec leans on (`axe` in e2e/fixtures.ts) must still see what it is for: a
// page with one serious and two critical violations, and the same page mended. Its standard
// is WCAG 2.1 A and AA: a positive tabindex breaks a serious rule of axe's best practices
// (`tabindex`), not of WCAG, and it leaves that alone.
test('the accessibility check reports serious and critical violations, and passes the page once mended', async ({
  page,
}) => {
  const markup = (mended: boolean) => `<!doctype html>
    <html lang="en"><head><title>Check</title></head><body><main>
      <h1>Check</h1>
      <p style="color: ${mended ? '#334155' : '#cbd5e1'}; background: #ffffff">Low contrast text</p>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="A dot"' : ''}>
      <button type="button">${mended ? 'Go' : ''}</button>
      <a href="#check" tabindex="1">Skip ahead</a>
    </main></body></html>`;

  await page.setContent(markup(false));
  const found = await seriousViolations(page);
  expect(found.map((line) => line.split(':')[0])).toEqual(['button-name', 'color-contrast', 'image-alt']);
  const colourOnly = await seriousViolations(page, ['color-contrast']);
  expect(colourOnly.map((line) => line.split(':')[0])).toEqual(['color-contrast']);

  await page.setContent(markup(true));
  expect(await seriousViolations(page)).toEqual([]);
});
