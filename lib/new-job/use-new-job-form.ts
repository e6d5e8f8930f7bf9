'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalogue } from '@/lib/new-job/catalogue';
import { jobToForm } from '@/lib/new-job/clone';
import { clearDraft, draftKey, loadDraft, saveDraft } from '@/lib/new-job/draft';
import { emptyJobForm, type JobForm } from '@/lib/new-job/form';
import type { Job } from '@/lib/rescale/types';

export type NewJobFormState = {
  form: JobForm | null;
  /** When the form on screen came from a stored draft, the time that draft was written. */
  restoredAt: number | null;
  update: (change: (form: JobForm) => JobForm) => void;
  startOver: () => void;
  discardDraft: () => void;
};

/**
 * The form's state and its draft. The draft is read once, in the browser (storage
 * does not exist on the server), and written after every edit, so a reload, a
 * crash or a failed request finds the form as it was left.
 */
export function useNewJobForm({
  draftOwner,
  cloneOf,
  editOf,
  catalogue,
  source,
}: {
  draftOwner: string;
  cloneOf: string | null;
  /** A saved job being edited in place: its form keeps its name. */
  editOf: string | null;
  catalogue: Catalogue | null;
  source: Job | undefined;
}): NewJobFormState {
  const key = draftKey(draftOwner, cloneOf, editOf);
  const [form, setForm] = useState<JobForm | null>(null);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [edited, setEdited] = useState(false);
  const draftChecked = useRef(false);

  useEffect(() => {
    if (form) return;
    if (!draftChecked.current) {
      draftChecked.current = true;
      const draft = loadDraft(window.localStorage, key);
      if (draft) {
        // The draft lives in localStorage, which the server render cannot read: it is
        // restored once, after hydration.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setForm(draft.form);
        setRestoredAt(draft.savedAt);
        setEdited(true);
        return;
      }
    }
    if (!cloneOf && !editOf) setForm(emptyJobForm());
    else if (source && catalogue) setForm(jobToForm(source, catalogue, { copy: editOf === null }));
  }, [form, cloneOf, editOf, source, catalogue, key]);

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

  return { form, restoredAt, update, startOver, discardDraft };
}
