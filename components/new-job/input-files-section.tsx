'use client';

import { UploadPanel } from '@/components/files/upload-panel';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/lib/ui/format';
import type { InputFileRef, JobFormErrors } from '@/lib/new-job/form';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { ExistingFilesPicker } from './existing-files-picker';
import { FieldError, hintClasses } from './field-error';

export type InputFilesSectionProps = {
  files: readonly InputFileRef[];
  errors: JobFormErrors;
  /** Takes an updater, so uploads finishing together each add their file. */
  onUpdate: (update: (files: InputFileRef[]) => InputFileRef[]) => void;
};

export function InputFilesSection({ files, errors, onUpdate }: InputFilesSectionProps) {
  const add = (file: InputFileRef) =>
    onUpdate((current) =>
      current.some((existing) => existing.id === file.id) ? current : [...current, file],
    );
  const remove = (id: string) => onUpdate((current) => current.filter((file) => file.id !== id));

  return (
    <section
      id={FIELD_IDS.inputFiles}
      tabIndex={-1}
      aria-labelledby="input-files-heading"
      aria-describedby={describedBy(errors.inputFiles && errorId('inputFiles'))}
      className="flex flex-col gap-3"
    >
      <h2 id="input-files-heading" className="text-lg font-semibold">
        Input files
      </h2>
      {files.length === 0 ? (
        <p className={hintClasses}>
          No input files yet. Upload them here or choose files you uploaded before.
        </p>
      ) : (
        <ul aria-label="Chosen input files" className="flex flex-col gap-1">
          {files.map((file) => (
            <li
              key={file.id}
              className="flex items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-1.5 text-sm dark:bg-slate-900"
            >
              <span className="break-all">
                {file.name}{' '}
                <span className="text-slate-600 dark:text-slate-400">{formatBytes(file.size)}</span>
              </span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${file.name} from the inputs`}
                onClick={() => remove(file.id)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FieldError field="inputFiles" message={errors.inputFiles} />
      <UploadPanel
        label="Upload input files"
        onUploaded={(uploaded) => add({ id: uploaded.id, name: uploaded.name, size: uploaded.decryptedSize })}
      />
      <ExistingFilesPicker
        chosen={files}
        onToggle={(file, chosen) => (chosen ? add(file) : remove(file.id))}
      />
    </section>
  );
}
