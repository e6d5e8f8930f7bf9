import type { Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';

type JobsList = { results: Array<{ id: string; name: string; jobStatus: { content: string } }> };
type Listed = { id: string; name: string };

/** Ada's first page as the platform lists it, by status: the rows the table shows. */
async function firstPage(sandbox: SandboxControl) {
  const { body } = await sandbox.api<JobsList>(users.ada, 'GET', 'v2/jobs/?page=1&page_size=25');
  const withStatus = (status: string): Listed[] =>
    body.results.filter((job) => job.jobStatus.content === status).map(({ id, name }) => ({ id, name }));
  return { all: body.results, withStatus };
}

const table = (page: Page) => page.getByRole('table');
const rowBox = (page: Page, name: string) =>
  page.getByRole('checkbox', { name: `Select “${name}”`, exact: true });
const pageBox = (page: Page) => page.getByRole('checkbox', { name: 'Select all jobs on this page' });
const bar = (page: Page) => page.getByRole('region', { name: 'Selected jobs', exact: true });
const outcomes = (page: Page) => page.getByRole('list', { name: 'Outcome for each job' });
const outcomeOf = (page: Page, name: string) =>
  outcomes(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

async function jobStatusCode(sandbox: SandboxControl, id: string): Promise<number> {
  return (await sandbox.api(users.ada, 'GET', `v2/jobs/${id}/`)).status;
}

test.describe('bulk actions on the jobs table', () => {
  test('deletes the selected jobs after one confirmation naming them; the executing one is refused with the platform’s reason', async ({
    signedInPage: page,
    sandbox,
  }) => {
    // Four axe passes (dialog and outcome, light and dark): over a minute on two busy cores.
    test.setTimeout(120_000);
    const jobs = await firstPage(sandbox);
    const [executing] = jobs.withStatus('Executing');
    const [first, second] = jobs.withStatus('Completed');
    if (!executing || !first || !second) throw new Error('the sandbox seed lacks the jobs this test needs');

    await page.goto('/jobs');
    await expect(pageBox(page)).not.toBeChecked();
    for (const job of [executing, first, second]) await rowBox(page, job.name).check();
    await expect(pageBox(page)).toHaveJSProperty('indeterminate', true);
    await expect(bar(page)).toContainText('3 selected on this page');

    await bar(page).getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 3 jobs?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Jobs to delete' }).getByRole('listitem')).toHaveText([
      new RegExp(`^${executing.name} \\(Executing\\)`),
      new RegExp(`^${first.name} \\(Completed\\)`),
      new RegExp(`^${second.name} \\(Completed\\)`),
    ]);
    await expectAccessibleInBothSchemes(page);
    await dialog.getByRole('button', { name: 'Delete 3 jobs' }).click();
    await expect(dialog).toBeHidden();

    await expect(
      page.getByRole('region', { name: 'Deleting the selected jobs' }).getByRole('status'),
    ).toHaveText('Deleted 2 of 3 jobs. 1 refused.');
    await expect(outcomeOf(page, executing.name)).toContainText('Refused');
    await expect(outcomeOf(page, executing.name)).toContainText(
      'Rescale refused to delete the job: “Jobs that are currently executing cannot be deleted: this job is Executing. Stop the job first.”',
    );
    for (const job of [first, second]) await expect(outcomeOf(page, job.name)).toContainText('DoneDeleted.');

    // The table refreshes: the deleted jobs are gone and leave the selection; the refused one stays ticked.
    for (const job of [first, second]) {
      await expect(table(page).getByRole('link', { name: job.name, exact: true })).toHaveCount(0);
      expect(await jobStatusCode(sandbox, job.id)).toBe(404);
    }
    expect(await jobStatusCode(sandbox, executing.id)).toBe(200);
    await expect(rowBox(page, executing.name)).toBeChecked();
    await expect(bar(page)).toContainText('1 selected on this page');
    await expect(bar(page)).toContainText('Delete is unavailable: Rescale cannot delete a job while it runs');
    await expectAccessibleInBothSchemes(page);
  });

  test('stops a mix: running jobs are stopped, the platform’s refusal and the ended job are reported with why', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const jobs = await firstPage(sandbox);
    const [executing] = jobs.withStatus('Executing');
    const [pending] = jobs.withStatus('Pending');
    const [stopping] = jobs.withStatus('Stopping');
    const [completed] = jobs.withStatus('Completed');
    if (!executing || !pending || !stopping || !completed)
      throw new Error('the sandbox seed lacks the jobs this test needs');

    await page.goto('/jobs');
    await rowBox(page, completed.name).check();
    await expect(bar(page).getByRole('button', { name: 'Stop selected' })).toBeDisabled();
    await expect(bar(page)).toContainText(
      'Stop is unavailable: None of the selected jobs you own is running.',
    );

    for (const job of [executing, pending, stopping]) await rowBox(page, job.name).check();
    await bar(page).getByRole('button', { name: 'Stop selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop 4 jobs?' });
    await expect(dialog).toContainText(
      `${completed.name} (Completed)Will not be sent: It has already ended (Completed); there is nothing to stop.`,
    );
    await dialog.getByRole('button', { name: 'Stop 4 jobs' }).click();

    await expect(
      page.getByRole('region', { name: 'Stopping the selected jobs' }).getByRole('status'),
    ).toHaveText('Stop requested for 2 of 4 jobs. 1 refused, 1 not sent.');
    for (const job of [executing, pending])
      await expect(outcomeOf(page, job.name)).toContainText(
        'DoneStop requested. Rescale is stopping the job.',
      );
    await expect(outcomeOf(page, stopping.name)).toContainText(
      'RefusedRescale refused to stop the job: “This job is already stopping.”',
    );
    await expect(outcomeOf(page, completed.name)).toContainText('Not sent');

    // The table catches up with the platform: the stopped job now shows Stopping.
    const executingRow = table(page)
      .getByRole('row')
      .filter({ has: rowBox(page, executing.name) });
    // Its cells: the checkbox, the id, then the status.
    await expect(executingRow.getByRole('cell').nth(2)).toContainText('Stopping');
    const { body } = await sandbox.api<{ results: Array<{ status: string }> }>(
      users.ada,
      'GET',
      `v2/jobs/${executing.id}/statuses/?page_size=1`,
    );
    expect(body.results[0]?.status).toBe('Stopping');
  });

  test('works from the keyboard alone: Space ticks, Escape cancels, focus lands on the outcome and returns to the table', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const jobs = await firstPage(sandbox);
    // The page's last two rows: long ended, and next to each other.
    const [first, second] = jobs.all.slice(-2);
    if (!first || !second) throw new Error('the sandbox seed lacks the jobs this test needs');

    await page.goto('/jobs');
    // Disabled, so out of the Tab order, until the script that ticks it has loaded.
    await expect(pageBox(page)).toBeEnabled();
    await pageBox(page).focus();
    await page.keyboard.press('Space');
    await expect(pageBox(page)).toBeChecked();
    await expect(bar(page)).toContainText(`${jobs.all.length} selected on this page`);
    await page.keyboard.press('Space');
    await expect(pageBox(page)).not.toBeChecked();
    await expect(bar(page)).toHaveCount(0);

    await rowBox(page, first.name).focus();
    await page.keyboard.press('Space');
    // Past the row's job link and its id's copy button.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    await expect(rowBox(page, second.name)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(bar(page)).toContainText('2 selected on this page');

    const deleteButton = bar(page).getByRole('button', { name: 'Delete selected' });
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete 2 jobs?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();
    expect(await jobStatusCode(sandbox, first.id)).toBe(200);

    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Delete 2 jobs' })).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Deleting the selected jobs' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 of 2 jobs.' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Dismiss' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(outcomes(page)).toHaveCount(0);
    await expect(pageBox(page)).toBeFocused();
  });

  test('sends a few requests at a time, shows progress, and refuses each running job of a whole page', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const jobs = await firstPage(sandbox);
    const running = jobs.all.filter((job) =>
      ['Pending', 'Queued', 'Waiting for Queue', 'Started', 'Validated', 'Executing', 'Stopping'].includes(
        job.jobStatus.content,
      ),
    );
    let inFlight = 0;
    let most = 0;
    let sent = 0;
    await page.route(
      (url) => /^\/api\/rescale\/v2\/jobs\/[^/]+\/$/.test(url.pathname),
      async (route) => {
        if (route.request().method() !== 'DELETE') return route.fallback();
        sent += 1;
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 150));
        const response = await route.fetch();
        inFlight -= 1;
        await route.fulfill({ response });
      },
    );

    await page.goto('/jobs');
    await pageBox(page).check();
    await bar(page).getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('button', { name: `Delete ${jobs.all.length} jobs` }).click();
    const region = page.getByRole('region', { name: 'Deleting the selected jobs' });
    await expect(region.getByRole('status')).toHaveText(
      new RegExp(`^Deleting ${jobs.all.length} jobs: \\d+ of ${jobs.all.length} finished\\.$`),
    );
    await expect(region.getByRole('progressbar')).toBeVisible();
    await expect(region.getByRole('status')).toHaveText(
      `Deleted ${jobs.all.length - running.length} of ${jobs.all.length} jobs. ${running.length} refused.`,
      { timeout: 20_000 },
    );
    expect(sent).toBe(jobs.all.length);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(3);
    for (const job of running) await expect(rowBox(page, job.name)).toBeChecked();
    await expect(pageBox(page)).toHaveJSProperty('indeterminate', true);
  });

  test('a selection belongs to its page and search: another view starts with none', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const [first] = (await firstPage(sandbox)).withStatus('Completed');
    if (!first) throw new Error('the sandbox seed lacks the jobs this test needs');
    await page.goto('/jobs');
    await rowBox(page, first.name).check();
    await expect(bar(page)).toContainText('1 selected on this page');

    await page
      .getByRole('navigation', { name: 'Jobs pages' })
      .getByRole('link', { name: 'Next page' })
      .click();
    await expect(page).toHaveURL('/jobs?page=2');
    await expect(bar(page)).toHaveCount(0);
    await expect(table(page).getByRole('checkbox', { checked: true })).toHaveCount(0);

    await page.goBack();
    await expect(page).toHaveURL('/jobs');
    await expect(rowBox(page, first.name)).not.toBeChecked();

    await rowBox(page, first.name).check();
    await page.getByLabel('Search jobs by name').fill(first.name);
    await expect(page).toHaveURL(/search=/);
    await expect(rowBox(page, first.name)).not.toBeChecked();
    await expect(bar(page)).toHaveCount(0);
  });
});
