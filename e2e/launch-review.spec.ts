import type { Job } from '@/lib/rescale/types';
import { expectAccessibleInBothSchemes, VIEWPORTS } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';
import { chooseOpenFoamOnMarble, fillNewJob } from './new-job-form';

/**
 * Launching safely: a command with placeholders is refused on its field, "Save and
 * submit" shows what will run and what it can cost before it starts, plain "Save" does
 * not ask, a DOE job's copy keeps its variables, drafts can be edited and any job
 * renamed, and "Run again" goes through the same review.
 */

test.describe.configure({ timeout: 90_000 });

type JobList = { count: number; results: Array<{ id: string; name: string }> };

const JOB_PAGE = (url: URL) => /^\/jobs\/[A-Za-z0-9]+$/.test(url.pathname) && url.pathname !== '/jobs/new';

async function jobsOf(sandbox: SandboxControl, user: (typeof users)[keyof typeof users]): Promise<JobList> {
  return (await sandbox.api<JobList>(user, 'GET', 'v2/jobs/?page_size=100')).body;
}

for (const { name: size, viewport } of VIEWPORTS) {
  test.describe(size, () => {
    test.use({ viewport });

    test('a command with placeholders is a field error; Save and submit reviews the launch first', async ({
      page,
      sandbox,
      signIn,
    }) => {
      await signIn(page, users.nova);
      await page.goto('/jobs/new');
      await page.getByLabel('Job name').fill('Reviewed wing');
      await chooseOpenFoamOnMarble(page);
      await page.getByLabel('Maximum walltime, hours (optional)').fill('3');
      const command = page.getByRole('textbox', { name: 'Command' });
      await expect(command).toHaveValue('foamExec <module> <input-file>');

      await page.getByRole('button', { name: 'Save and submit' }).click();
      await expect(command).toHaveAttribute('aria-invalid', 'true');
      await expect(command).toHaveAccessibleDescription(/Replace the placeholders <module>, <input-file>/);
      await expect(page.getByRole('dialog')).toBeHidden();
      expect((await jobsOf(sandbox, users.nova)).count).toBe(0);

      await command.fill('foamExec simpleFoam wing');
      await page.getByRole('button', { name: 'Save and submit' }).click();
      const review = page.getByRole('dialog', { name: 'Submit “Reviewed wing”?' });
      await expect(review).toBeVisible();
      await expect(review).toContainText('OpenFOAM');
      await expect(review.getByTestId('review-hardware')).toHaveText(/Marble.* × 2 cores × 2 slots/);
      await expect(review).toContainText('foamExec simpleFoam wing');
      await expect(review).toContainText('3 hours');
      await expect(review.getByTestId('review-price')).toHaveText(
        '$0.40 per hour; at most $1.20 within the walltime.',
      );
      expect((await jobsOf(sandbox, users.nova)).count).toBe(0);
      await expectAccessibleInBothSchemes(page);

      await review.getByRole('button', { name: 'Submit job' }).click();
      await page.waitForURL(JOB_PAGE);
      await expect(page.getByTestId('job-status')).toContainText('Pending');
      const jobs = await jobsOf(sandbox, users.nova);
      expect(jobs.results.map((job) => job.name)).toEqual(['Reviewed wing']);
    });

    test('a copy of a DOE job keeps its variables, or says what it leaves out', async ({
      signedInPage: page,
      sandbox,
    }) => {
      await page.goto('/jobs/new?clone=AIRfoL');
      const doe = page.getByTestId('doe-variables');
      await expect(doe).toContainText('keeps the 4 variables');
      await expect(doe).toContainText('x_velocity and y_velocity (inputs)');
      await expect(doe).toContainText('Cd and Cl (outputs)');
      await expectAccessibleInBothSchemes(page);

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const refusal = page.locator('#jobVariables-error');
      await expect(page.getByTestId('job-status').or(refusal)).toBeVisible();
      const saved = !(await refusal.isVisible());
      if (saved) {
        const id = new URL(page.url()).pathname.split('/').at(-1)!;
        const copy = await sandbox.api<Job>(users.ada, 'GET', `v2/jobs/${id}/`);
        expect(copy.body.jobvariables.map((variable) => variable.name)).toEqual([
          'x_velocity',
          'y_velocity',
          'Cd',
          'Cl',
        ]);
      } else {
        // The platform refused the variables: the form says so, and the copy can go without them.
        await doe.getByRole('button', { name: 'Leave the variables out' }).click();
        await expect(doe).toContainText('leaves out the variables of the original');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.waitForURL(JOB_PAGE);
      }
    });
  });
}

test('a saved job is edited in the same form, and any job of one’s own renamed', async ({
  page,
  sandbox,
  signIn,
}) => {
  await signIn(page, users.nova);
  await page.goto('/jobs/new');
  await fillNewJob(page, { name: 'Bracket draft', command: 'foamExec simpleFoam bracket' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(JOB_PAGE);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('job-status')).toHaveText('Not submitted');
  const id = new URL(page.url()).pathname.split('/').at(-1)!;

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.waitForURL(`/jobs/new?edit=${id}`);
  await expect(page.getByLabel('Job name')).toHaveValue('Bracket draft');
  await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue('foamExec simpleFoam bracket');
  await page.getByRole('textbox', { name: 'Command' }).fill('foamExec pimpleFoam bracket');
  await page.getByLabel('Slots', { exact: true }).fill('3');
  await expectAccessibleInBothSchemes(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(`/jobs/${id}`);

  const edited = await sandbox.api<Job>(users.nova, 'GET', `v2/jobs/${id}/`);
  expect(edited.body.jobanalyses[0]?.command).toBe('foamExec pimpleFoam bracket');
  expect(edited.body.jobanalyses[0]?.hardware.slots).toBe(3);
  expect((await jobsOf(sandbox, users.nova)).count).toBe(1);

  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  const form = page.getByRole('form', { name: 'Rename this job' });
  await form.getByLabel('New name').fill('Bracket, final');
  await form.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bracket, final' })).toBeVisible();
  expect((await sandbox.api<Job>(users.nova, 'GET', `v2/jobs/${id}/`)).body.name).toBe('Bracket, final');
});

test('Run again copies a stopped job and submits it through the same review', async ({
  page,
  sandbox,
  signIn,
}) => {
  const created = await sandbox.api<{ id: string }>(users.nova, 'POST', 'v2/jobs/', {
    name: 'Stopped early',
    jobanalyses: [
      {
        analysis: { code: 'user_included', version: '0' },
        command: './run.sh',
        hardware: { coreType: 'standard-plus', coresPerSlot: 1 },
      },
    ],
  });
  const id = created.body.id;
  expect((await sandbox.api(users.nova, 'POST', `v2/jobs/${id}/submit/`)).status).toBe(200);
  await sandbox.advanceClock(35);
  expect((await sandbox.api(users.nova, 'POST', `v2/jobs/${id}/stop/`)).status).toBe(202);
  await sandbox.advanceClock(10);

  await signIn(page, users.nova);
  await page.goto(`/jobs/${id}`);
  await expect(page.getByTestId('job-status')).toContainText('User Terminated');
  await page.getByRole('link', { name: 'Run again' }).click();
  const review = page.getByRole('dialog', { name: 'Submit “Stopped early (copy)”?' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('./run.sh');
  expect((await jobsOf(sandbox, users.nova)).count).toBe(1);
  await review.getByRole('button', { name: 'Submit job' }).click();
  await page.waitForURL((url) => JOB_PAGE(url) && !url.pathname.endsWith(id));
  await expect(page.getByTestId('job-status')).toContainText('Pending');
  expect((await jobsOf(sandbox, users.nova)).count).toBe(2);
});
