'use client';

import { useId, useState } from 'react';
import { findAnalysis, findVersion, searchAnalyses, type Catalogue } from '@/lib/new-job/catalogue';
import type { JobForm, JobFormErrors } from '@/lib/new-job/form';
import { plainText } from '@/lib/new-job/plain-text';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError, hintClasses, inputClasses, labelClasses } from './field-error';

export type SoftwareSectionProps = {
  form: JobForm;
  catalogue: Catalogue;
  errors: JobFormErrors;
  onAnalysis: (code: string) => void;
  onVersion: (versionCode: string) => void;
  onLicense: (change: Pick<JobForm, 'useRescaleLicense' | 'licenseValues'>) => void;
};

/** How many matches to list at once; the search narrows the rest. */
const SHOWN_MATCHES = 12;

export function SoftwareSection({
  form,
  catalogue,
  errors,
  onAnalysis,
  onVersion,
  onLicense,
}: SoftwareSectionProps) {
  const [query, setQuery] = useState('');
  const searchHintId = useId();
  const descriptionId = useId();
  const analysis = findAnalysis(catalogue, form.analysisCode);
  const version = analysis ? findVersion(analysis, form.versionCode) : undefined;
  const matches = searchAnalyses(catalogue.analyses, query);
  const shown = matches.slice(0, SHOWN_MATCHES);
  if (analysis && !shown.includes(analysis)) shown.unshift(analysis);

  return (
    <section aria-labelledby="software-heading" className="flex flex-col gap-4">
      <h2 id="software-heading" className="text-lg font-semibold">
        Software
      </h2>

      <div className="flex flex-col gap-1">
        <label htmlFor={FIELD_IDS.analysis} className={labelClasses}>
          Search software
        </label>
        <input
          id={FIELD_IDS.analysis}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={describedBy(searchHintId, errors.analysis && errorId('analysis'))}
          aria-invalid={errors.analysis ? true : undefined}
          className={inputClasses}
          autoComplete="off"
        />
        <p id={searchHintId} className={hintClasses}>
          {matches.length === catalogue.analyses.length
            ? `${catalogue.analyses.length} packages available. Type to narrow the list.`
            : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}${matches.length > SHOWN_MATCHES ? `, first ${SHOWN_MATCHES} shown` : ''}.`}
        </p>
        <FieldError field="analysis" message={errors.analysis} />
      </div>

      <fieldset className="flex flex-col gap-1">
        <legend className={labelClasses}>Software to run</legend>
        {shown.length === 0 ? (
          <p className={hintClasses}>No software matches “{query}”.</p>
        ) : (
          <div className="grid gap-2 sm:grid-cols-2">
            {shown.map((candidate) => (
              <label key={candidate.code} className="choice-option items-center gap-2 px-3 py-2">
                <input
                  type="radio"
                  name="analysis"
                  value={candidate.code}
                  checked={candidate.code === form.analysisCode}
                  onChange={() => onAnalysis(candidate.code)}
                />
                <span>
                  {candidate.name}
                  {candidate.vendorName ? (
                    <span className="text-slate-600 dark:text-slate-400"> · {candidate.vendorName}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>

      {analysis ? (
        <>
          <p id={descriptionId} className="text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
            {plainText(analysis.description) || 'No description is given for this software.'}
          </p>
          <div className="flex flex-col gap-1">
            <label htmlFor={FIELD_IDS.version} className={labelClasses}>
              Version
            </label>
            <select
              id={FIELD_IDS.version}
              value={version?.versionCode ?? ''}
              onChange={(event) => onVersion(event.target.value)}
              aria-describedby={describedBy(errors.version && errorId('version'))}
              aria-invalid={errors.version ? true : undefined}
              className={inputClasses}
            >
              {version ? null : <option value="">Choose a version</option>}
              {analysis.versions.map((candidate) => (
                <option key={candidate.versionCode} value={candidate.versionCode}>
                  {candidate.version}
                </option>
              ))}
            </select>
            <FieldError field="version" message={errors.version} />
          </div>
          <LicenseOptions form={form} analysis={analysis} errors={errors} onLicense={onLicense} />
        </>
      ) : null}
    </section>
  );
}

function LicenseOptions({
  form,
  analysis,
  errors,
  onLicense,
}: Pick<SoftwareSectionProps, 'form' | 'errors' | 'onLicense'> & {
  analysis: NonNullable<ReturnType<typeof findAnalysis>>;
}) {
  if (!analysis.hasRescaleLicense && analysis.licenseSettings.length === 0) {
    return <p className={hintClasses}>{analysis.name} needs no licence settings.</p>;
  }
  return (
    <fieldset
      id={FIELD_IDS.license}
      className="flex flex-col gap-3"
      aria-describedby={describedBy(errors.license && errorId('license'))}
    >
      <legend className={labelClasses}>Licence</legend>
      {analysis.hasRescaleLicense ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.useRescaleLicense}
            onChange={(event) =>
              onLicense({ useRescaleLicense: event.target.checked, licenseValues: form.licenseValues })
            }
          />
          Use a licence provided by Rescale
        </label>
      ) : null}
      {analysis.licenseSettings.map((setting) => {
        const id = `license-${setting.name}`;
        return (
          <div key={setting.name} className="flex flex-col gap-1">
            <label htmlFor={id} className={labelClasses}>
              {setting.label}{' '}
              <span className="font-normal text-slate-600 dark:text-slate-400">({setting.name})</span>
            </label>
            <input
              id={id}
              type="text"
              value={form.licenseValues[setting.name] ?? ''}
              disabled={form.useRescaleLicense}
              onChange={(event) =>
                onLicense({
                  useRescaleLicense: form.useRescaleLicense,
                  licenseValues: { ...form.licenseValues, [setting.name]: event.target.value },
                })
              }
              aria-describedby={`${id}-help`}
              className={inputClasses}
            />
            <p id={`${id}-help`} className={hintClasses}>
              {setting.helpText}
            </p>
          </div>
        );
      })}
      <FieldError field="license" message={errors.license} />
    </fieldset>
  );
}
