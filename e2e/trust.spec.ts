import { expectAccessibleInBothSchemes, VIEWPORTS } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';

/**
 * Trusting the job page: it follows the cluster down after the job ends, offers only
 * the actions the platform accepts in the job's state and says so in the platform's
 * words when one is refused, and after a delete confirms it and never shows the job as
 * if it still existed.
 */

test.describe.configure({ timeout: 120_000 });
test.use({ hurriedPolls: true });

/** Live data polls every few seconds of the pages' hurried clock (slower when many resources share the budget). */
const POLL = { timeout: 20_000 };
/**
 * Once its job has ended a cluster is asked for at the job statuses' pace (15 s of the
 * pages' clock, a second and a half here): several polls fit, and the minute at which it
 * was once asked for does not.
 */
const CLUSTER_AFTER_JOB = { timeout: 5_000 };

async function createJob(sandbox: SandboxControl, name: string): Promise<string> {
  const created = await sandbox.api<{ id: string }>(users.ada, 'POST', 'v2/jobs/', {
    name,
    jobanalyses: [
      {
        analysis: { code: 'user_included', version: '0' },
        command: './run.sh',
        hardware: { coreType: 'standard-plus', coresPerSlot: 1 },
      },
    ],
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A submitted job of Ada's, `seconds` into its life (Executing from 30 s, Completed at 90 s). */
async function submittedJob(sandbox: SandboxControl, name: string, seconds: number): Promise<string> {
  const id = await createJob(sandbox, name);
  expect((await sandbox.api(users.ada, 'POST', `v2/jobs/${id}/submit/`)).status).toBe(200);
  await sandbox.advanceClock(seconds);
  return id;
}

for (const { name: size, viewport } of VIEWPORTS) {
  test.describe(size, () => {
    test.use({ viewport });

    test('a job page left open follows the cluster to Stopped after the job completes', async ({
      sandbox,
      signedInPage: page,
    }) => {
      const id = await submittedJob(sandbox, `Cluster follow ${size}`, 80);
      await page.goto(`/jobs/${id}`);
      await expect(page.getByTestId('job-status')).toHaveText('Executing');
      await page.getByText('Status history as text').click();
      await expect(page.getByRole('row', { name: /^Cluster Started/ })).toBeVisible();

      await sandbox.advanceClock(10);
      await expect(page.getByTestId('job-status')).toContainText('Completed', POLL);
      await sandbox.advanceClock(10);
      await expect(page.getByRole('row', { name: /^Cluster Stopped/ })).toBeVisible(CLUSTER_AFTER_JOB);
      await expect(page.getByRole('row', { name: /^Cluster Stop Requested/ })).toBeVisible();
      await expect(page.getByRole('row', { name: /^Cluster Stopping/ })).toBeVisible();
      await expectAccessibleInBothSchemes(page);
    });

    test('Stop is offered only while the platform accepts it, and a refusal quotes the platform', async ({
      sandbox,
      signedInPage: page,
    }) => {
      const id = await submittedJob(sandbox, `Stop twice ${size}`, 40);
      const statusesPath = `**/api/rescale/v2/jobs/${id}/statuses/**`;
      const executing = await sandbox.api(users.ada, 'GET', `v2/jobs/${id}/statuses/?page_size=100`);
      await page.goto(`/jobs/${id}`);
      await expect(page.getByTestId('job-status')).toHaveText('Executing');

      // Someone else stops the job while this page still shows it executing.
      await page.route(statusesPath, (route) => route.fulfill({ json: executing.body }));
      expect((await sandbox.api(users.ada, 'POST', `v2/jobs/${id}/stop/`)).status).toBe(202);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Stop job' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'refused to stop' });
      await expect(refusal).toHaveText('Rescale refused to stop the job: “This job is already stopping.”');
      await expect(refusal).not.toContainText('Try again');

      await page.unroute(statusesPath);
      await expect(page.getByTestId('job-status')).toHaveText('Stopping', POLL);
      const stop = page.getByRole('button', { name: 'Stop', exact: true });
      await expect(stop).toBeDisabled();
      await expect(stop).toHaveAccessibleDescription(
        'Stop is unavailable: Rescale is already stopping this job.',
      );
      const remove = page.getByRole('button', { name: 'Delete', exact: true });
      await expect(remove).toBeDisabled();
      await expect(remove).toHaveAccessibleDescription(
        /it is Stopping\)\. It can be deleted once it has stopped/,
      );
      await expect(page.getByRole('region', { name: 'Job actions' })).not.toContainText('Stop it');
      await expectAccessibleInBothSchemes(page);
    });

    test('after Delete the jobs list confirms it, and the job’s page says it was deleted', async ({
      sandbox,
      signedInPage: page,
    }) => {
      const name = `Delete and go back ${size}`;
      const id = await createJob(sandbox, name);
      await page.goto('/jobs');
      await page.goto(`/jobs/${id}`);
      await expect(page.getByTestId('job-status')).toHaveText('Not submitted');
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete job' }).click();
      await page.waitForURL('**/jobs');
      await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
        new RegExp(`Deleted ‘${name}’\\.`),
      );
      await expectAccessibleInBothSchemes(page);

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/jobs/${id}$`));
      const gone = page.getByTestId('job-deleted');
      await expect(gone).toContainText(`“${name}” was deleted`);
      await expect(gone).toContainText('no longer available');
      for (const action of ['Share', 'Delete', 'Submit', 'Rename']) {
        await expect(page.getByRole('button', { name: action, exact: true })).toHaveCount(0);
      }
      await expect(page.getByRole('link', { name: 'Clone' })).toHaveCount(0);
      await expectAccessibleInBothSchemes(page);

      await page.goto(`/jobs/${id}`);
      await expect(page.getByTestId('job-deleted')).toContainText(`“${name}” was deleted`);
      await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
    });
  });
}
