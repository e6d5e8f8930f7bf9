'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeFailure } from '@/lib/rescale/failure';
import { Button, buttonClasses } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { lazyComponent } from '@/components/ui/lazy-component';
import { findAnalysis, findVersion, type Catalogue } from '@/lib/new-job/catalogue';
import { useAnalyses, useCatalogueCoreTypes, useCloneSource } from '@/lib/new-job/use-catalogue';
import type { JobForm, JobFormErrors, JobFormField } from '@/lib/new-job/form';
import { chooseAnalysis, chooseCoreType, chooseMpi, chooseVersion } from '@/lib/new-job/form-changes';
import { validateJobForm } from '@/lib/new-job/validate';
import { formatDateTime } from '@/lib/ui/format';
import type { Job, JobCreate } from '@/lib/rescale/types';
import { signInUrl, type SignInReason } from '@/lib/auth/sign-in-url';
import { CommandSection } from './command-section';
import { DoeVariablesSection } from './doe-variables-section';
import { EnvVarsSection } from './env-vars-section';
import { ErrorSummary } from './error-summary';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError, inputClasses, labelClasses } from './field-error';
import { InputFilesSection } from './input-files-section';
import { createJob, saveFailureErrors, signInReasonOf, submitJob, updateJob } from '@/lib/new-job/save-job';
import { useNewJobForm } from '@/lib/new-job/use-new-job-form';

/** Keeps the place of a section whose code is still loading, so the form does not jump. */
function SectionPlaceholder() {
  return <div aria-hidden="true" className="h-32 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />;
}

/*
 * The software picker, hardware and price appear once the form is ready, which happens in
 * the browser (a draft may be waiting in localStorage), and the launch review once asked
 * for: their code loads meanwhile, not with the page.
 */
const loadSoftware = () => import('./software-section');
const loadHardware = () => import('./hardware-section');
const loadPrice = () => import('./price-estimate');
const loadReview = () => import('./launch-review');
const SoftwareSection = lazyComponent(
  () => loadSoftware().then((module) => module.SoftwareSection),
  <SectionPlaceholder />,
);
const HardwareSection = lazyComponent(
  () => loadHardware().then((module) => module.HardwareSection),
  <SectionPlaceholder />,
);
const PriceEstimate = lazyComponent(() => loadPrice().then((module) => module.PriceEstimate));
const LaunchReview = lazyComponent(() => loadReview().then((module) => module.LaunchReview));

type Phase = 'editing' | 'saving' | 'submitting';

export type NewJobFormProps = {
  /** Whose drafts these are (region and email): never the key. */
  draftOwner: string;
  cloneOf: string | null;
  /** A saved, never-submitted job of the viewer's, edited in this form and saved in place. */
  editOf?: string | null;
  /** "Run again": the copy goes straight to the launch review. */
  runAgain?: boolean;
};

type SavedJob = Pick<Job, 'id' | 'name'>;

export function NewJobForm({ draftOwner, cloneOf, editOf = null, runAgain = false }: NewJobFormProps) {
  const router = useRouter();
  const analyses = useAnalyses();
  const coreTypes = useCatalogueCoreTypes();
  const sourceId = editOf ?? cloneOf;
  const source = useCloneSource(sourceId);
  const catalogue: Catalogue | null =
    analyses.data && coreTypes.data
      ? { analyses: analyses.data.results, coreTypes: coreTypes.data.results }
      : null;

  const { form, ready, restoredAt, update, startOver, discardDraft } = useNewJobForm({
    draftOwner,
    cloneOf,
    editOf,
    catalogue,
    source: source.data,
  });
  const [errors, setErrors] = useState<JobFormErrors>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const [signInReason, setSignInReason] = useState<SignInReason | null>(null);
  const [unsubmitted, setUnsubmitted] = useState<SavedJob | null>(null);
  const [review, setReview] = useState<JobCreate | null>(null);
  const [reviewOffered, setReviewOffered] = useState(!runAgain);
  // Once asked for, the review stays mounted, so closing it hands focus back as a dialog does.
  const [reviewUsed, setReviewUsed] = useState(false);
  if (review !== null && !reviewUsed) setReviewUsed(true);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void loadSoftware();
    void loadHardware();
    void loadPrice();
    void loadReview();
  }, []);

  if (!reviewOffered && form && catalogue) {
    setReviewOffered(true);
    const checked = validateJobForm(form, catalogue);
    if (checked.ok) setReview(checked.body);
    else setErrors(checked.errors);
  }

  if (sourceId && source.error) {
    return (
      <ErrorPanel
        title={editOf ? 'The job to edit could not be loaded' : 'The job to copy could not be loaded'}
        message={describeFailure(source.error)}
        onRetry={() => void source.mutate()}
        action={
          <Link href="/jobs/new" className={buttonClasses('secondary', 'sm')}>
            Start a blank job instead
          </Link>
        }
      />
    );
  }

  if (!form) return <p className="text-sm text-slate-600 dark:text-slate-400">Preparing the form…</p>;

  const edit = (fields: JobFormField[], change: (form: JobForm) => JobForm) => {
    update(change);
    if (fields.some((field) => errors[field])) {
      setErrors((current) => {
        const next = { ...current };
        for (const field of fields) delete next[field];
        return next;
      });
    }
  };

  function showErrors(next: JobFormErrors) {
    setErrors(next);
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function submitSaved(job: SavedJob) {
    setPhase('submitting');
    try {
      await submitJob(job.id);
    } catch (error) {
      setUnsubmitted(job);
      setSignInReason(signInReasonOf(error));
      setPhase('editing');
      showErrors({
        form: `“${job.name}” was saved but not submitted: ${describeFailure(error)} Submit it again below, or open the saved job.`,
      });
      return;
    }
    finish(job);
  }

  function finish(job: SavedJob) {
    discardDraft();
    router.push(`/jobs/${encodeURIComponent(job.id)}`);
  }

  /** "Save and submit" asks first: the review shows what starts billing, then `launch` runs it. */
  function save(andSubmit: boolean) {
    if (!form || !catalogue || phase !== 'editing') return;
    const checked = validateJobForm(form, catalogue);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    if (andSubmit) setReview(checked.body);
    else void create(checked.body, false);
  }

  async function create(body: JobCreate, andSubmit: boolean) {
    setSignInReason(null);
    setUnsubmitted(null);
    setPhase('saving');
    let job: SavedJob;
    try {
      job = editOf ? await updateJob(editOf, body) : await createJob(body);
      // The job page would otherwise find the job as it was before the edit in the cache.
      if (editOf) await source.mutate(undefined, { revalidate: false });
    } catch (error) {
      setReview(null);
      setSignInReason(signInReasonOf(error));
      setPhase('editing');
      showErrors(saveFailureErrors(error));
      return;
    }
    if (andSubmit) await submitSaved(job);
    else finish(job);
    setReview(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(false);
  }

  const analysis = catalogue ? findAnalysis(catalogue, form.analysisCode) : undefined;
  const version = analysis ? findVersion(analysis, form.versionCode) : undefined;
  const busy = phase !== 'editing';

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={busy}>
      {/* Drawn by the server; disabled until the script has looked for a draft that would replace it. */}
      <fieldset disabled={!ready} className="flex min-w-0 flex-col gap-8">
        {restoredAt !== null ? (
          <div
            role="status"
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950/40"
          >
            <span>Restored your unsaved draft from {formatDateTime(restoredAt)}.</span>
            <Button size="sm" onClick={startOver}>
              Start over
            </Button>
          </div>
        ) : null}

        <ErrorSummary
          ref={summary}
          errors={errors}
          title={unsubmitted ? 'The job was saved, not submitted' : 'The job was not saved'}
        />
        {signInReason ? (
          <p>
            <a
              className={buttonClasses('primary', 'sm')}
              href={signInUrl(window.location.pathname + window.location.search, signInReason)}
            >
              Sign in again
            </a>
          </p>
        ) : null}
        {unsubmitted ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" disabled={busy} onClick={() => void submitSaved(unsubmitted)}>
              Submit “{unsubmitted.name}” again
            </Button>
            <Link href={`/jobs/${encodeURIComponent(unsubmitted.id)}`} className={buttonClasses('secondary')}>
              Open the saved job
            </Link>
          </div>
        ) : null}

        <div className="flex flex-col gap-1">
          <label htmlFor={FIELD_IDS.name} className={labelClasses}>
            Job name
          </label>
          <input
            id={FIELD_IDS.name}
            type="text"
            value={form.name}
            onChange={(event) => {
              const name = event.target.value;
              edit(['name'], (current) => ({ ...current, name }));
            }}
            aria-describedby={describedBy(errors.name && errorId('name'))}
            aria-invalid={errors.name ? true : undefined}
            className={inputClasses}
          />
          <FieldError field="name" message={errors.name} />
        </div>

        {catalogue ? (
          <>
            <SoftwareSection
              form={form}
              catalogue={catalogue}
              errors={errors}
              onAnalysis={(code) =>
                edit(['analysis', 'version', 'coreType', 'command', 'license'], (f) =>
                  chooseAnalysis(f, catalogue, code),
                )
              }
              onVersion={(code) =>
                edit(['version', 'coreType', 'command'], (f) => chooseVersion(f, catalogue, code))
              }
              onLicense={(change) => edit(['license', 'envVars'], (f) => ({ ...f, ...change }))}
            />
            <HardwareSection
              form={form}
              catalogue={catalogue}
              errors={errors}
              onCoreType={(code) =>
                edit(['coreType', 'coresPerSlot', 'walltime'], (f) => chooseCoreType(f, catalogue, code))
              }
              onChange={(change) =>
                edit(
                  [
                    ...(change.coresPerSlot !== undefined ? (['coresPerSlot'] as const) : []),
                    ...(change.slots !== undefined ? (['slots'] as const) : []),
                    ...(change.walltimeHours !== undefined ? (['walltime'] as const) : []),
                  ],
                  (f) => ({ ...f, ...change }),
                )
              }
            />
            <PriceEstimate form={form} catalogue={catalogue} />
          </>
        ) : (
          <ErrorPanel
            title={
              analyses.error || coreTypes.error
                ? 'The software and hardware lists could not be loaded'
                : 'Loading software and hardware…'
            }
            message={
              analyses.error || coreTypes.error
                ? `${describeFailure(analyses.error ?? coreTypes.error)} What you typed is kept.`
                : 'One moment.'
            }
            onRetry={
              analyses.error || coreTypes.error
                ? () => {
                    void analyses.mutate();
                    void coreTypes.mutate();
                  }
                : undefined
            }
          />
        )}

        <CommandSection
          form={form}
          errors={errors}
          mpiOffered={Boolean(version?.mpiCommand)}
          onCommand={(command) => edit(['command'], (f) => ({ ...f, command }))}
          onMpi={(useMpi) =>
            edit(['command'], (f) => (catalogue ? chooseMpi(f, catalogue, useMpi) : { ...f, useMpi }))
          }
        />

        <InputFilesSection
          files={form.inputFiles}
          errors={errors}
          onUpdate={(change) => edit(['inputFiles'], (f) => ({ ...f, inputFiles: change(f.inputFiles) }))}
        />

        <DoeVariablesSection
          form={form}
          errors={errors}
          onLeaveOut={() =>
            edit(['jobVariables'], (f) => ({
              ...f,
              leftOutVariables: f.jobVariables.map((variable) => variable.name),
              jobVariables: [],
            }))
          }
        />

        <EnvVarsSection
          rows={form.envVars}
          errors={errors}
          onChange={(envVars) => edit(['envVars'], (f) => ({ ...f, envVars }))}
        />

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
          <Button type="submit" disabled={busy || !catalogue}>
            {phase === 'saving' ? 'Saving…' : 'Save'}
          </Button>
          <Button variant="primary" disabled={busy || !catalogue} onClick={() => save(true)}>
            {phase === 'submitting' ? 'Submitting…' : 'Save and submit'}
          </Button>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Your form is kept in this browser until the job is saved.
          </p>
        </div>
        {catalogue && reviewUsed ? (
          <LaunchReview
            open={review !== null}
            body={review}
            form={form}
            catalogue={catalogue}
            busy={busy}
            onConfirm={() => review && void create(review, true)}
            onCancel={() => setReview(null)}
          />
        ) : null}
      </fieldset>
    </form>
  );
}
