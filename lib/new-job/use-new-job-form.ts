'use client';

import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Catalogue } from '@/lib/new-job/catalogue';
import { jobToForm } from '@/lib/new-job/clone';
import { clearDraft, draftKey, loadDraft, saveDraft } from '@/lib/new-job/draft';
import { emptyJobForm, type JobForm } from '@/lib/new-job/form';
import type { Job } from '@/lib/rescale/types';

export type NewJobFormState = {
  form: JobForm | null;
  /** False until the stored draft has been looked for: what is typed before then would be replaced. */
  ready: boolean;
  /** When the form on screen came from a stored draft, the time that draft was written. */
  restoredAt: number | null;
  update: (change: (form: JobForm) => JobForm) => void;
  startOver: () => void;
  discardDraft: () => void;
};

type Origin = {
  cloneOf: string | null;
  /** A saved job being edited in place: its form keeps its name. */
  editOf: string | null;
  catalogue: Catalogue | null;
  source: Job | undefined;
};

/** The form before anything is typed: blank, or the job copied or edited once it has loaded. */
function startingForm({ cloneOf, editOf, catalogue, source }: Origin): JobForm | null {
  if (!cloneOf && !editOf) return emptyJobForm();
  return source && catalogue ? jobToForm(source, catalogue, { copy: editOf === null }) : null;
}

/**
 * The form's state and its draft. The starting form is drawn on the server (the page
 * preloads the catalogue and the job copied), so it is on the first paint; the draft
 * lives in localStorage, which only the browser can read, so it replaces the starting
 * form right after hydration. It is written after every edit, so a reload, a crash or a
 * failed request finds the form as it was left.
 */
export function useNewJobForm({ draftOwner, ...origin }: Origin & { draftOwner: string }): NewJobFormState {
  const key = draftKey(draftOwner, origin.cloneOf, origin.editOf);
  const [form, setForm] = useState<JobForm | null>(() => startingForm(origin));
  const [ready, setReady] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [edited, setEdited] = useState(false);

  useEffect(() => {
    const draft = loadDraft(window.localStorage, key);
    // A transition: the form's sections load their code as the page hydrates, and until it
    // arrives an urgent update would make React drop the server's drawing of them for their
    // placeholders, a flash of the form's lower half on every load.
    startTransition(() => {
      if (draft) {
        // The draft lives in localStorage, which the server render cannot read: it is
        // restored once, after hydration.
        setForm(draft.form);
        setRestoredAt(draft.savedAt);
        setEdited(true);
      }
      setReady(true);
    });
  }, [key]);

  // A copy whose job loads in the browser, or a start over: set while rendering, as React does with derived state.
  if (ready && form === null) {
    const starting = startingForm(origin);
    if (starting !== null) setForm(starting);
  }

  useEffect(() => {
    if (form && edited) saveDraft(window.localStorage, key, form, Date.now());
  }, [form, edited, key]);

  const update = useCallback((change: (form: JobForm) => JobForm) => {
    setForm((current) => (current ? change(current) : current));
    setEdited(true);
  }, []);

  const discardDraft = useCallback(() => {
    clearDraft(window.localStorage, key);
    setEdited(false);
  }, [key]);

  const startOver = useCallback(() => {
    clearDraft(window.localStorage, key);
    setEdited(false);
    setRestoredAt(null);
    setForm(null);
  }, [key]);

  return { form, ready, restoredAt, update, startOver, discardDraft };
}
