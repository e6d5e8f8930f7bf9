'use client';

import { useCoreTypes } from '@/lib/job/use-job-resources';
import { formatBytes } from '@/lib/ui/format';
import { coresOf } from '@/lib/job/estimate';
import type { CoreType, Job, JobAnalysis } from '@/lib/rescale/types';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { useJobStatus } from './job-status-context';
import { JobEstimate } from './job-estimate';
import { Section, SectionError, SkeletonBlock } from './section';

const term = 'text-slate-600 dark:text-slate-400';

function Hardware({ analysis, coreType }: { analysis: JobAnalysis; coreType: CoreType | undefined }) {
  const { hardware } = analysis;
  const cores = coresOf(hardware);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className={term}>Core type</dt>
      <dd>
        {coreType ? `${coreType.name} (${hardware.coreType})` : hardware.coreType}
        {coreType?.processorInfo ? (
          <span className={`block text-xs ${term}`}>{coreType.processorInfo}</span>
        ) : null}
      </dd>
      <dt className={term}>Memory</dt>
      <dd>
        {coreType
          ? `${formatBytes(coreType.memory * 1024 * 1024)} per core, ${formatBytes(coreType.memory * cores * 1024 * 1024)} in all`
          : 'Unknown core type'}
      </dd>
      <dt className={term}>Cores per slot</dt>
      <dd>{hardware.coresPerSlot}</dd>
      <dt className={term}>Slots</dt>
      <dd>{hardware.slots ?? 1}</dd>
      <dt className={term}>Walltime</dt>
      <dd>{hardware.walltime ? `${hardware.walltime} h` : 'No limit set'}</dd>
    </dl>
  );
}

function Analysis({ analysis, coreType }: { analysis: JobAnalysis; coreType: CoreType | undefined }) {
  const software = analysis.analysis;
  const env = Object.entries(analysis.envVars ?? {});
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h3 className="font-semibold">
        {software.name ?? software.code} {software.versionName || software.version || ''}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-3">
          <div>
            <h4 className={`text-sm ${term}`}>Command</h4>
            <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-sm dark:bg-slate-900">
              {analysis.command}
            </pre>
          </div>
          <div>
            <h4 className={`text-sm ${term}`}>Environment variables</h4>
            {env.length === 0 ? (
              <p className="text-sm">None</p>
            ) : (
              <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 font-mono text-sm">
                {env.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt>{name}</dt>
                    <dd className="break-all">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
          <div>
            <h4 className={`text-sm ${term}`}>Input files</h4>
            {analysis.inputFiles.length === 0 ? (
              <p className="text-sm">None</p>
            ) : (
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {analysis.inputFiles.map((file) => (
                  <li key={file.id}>
                    <a
                      href={proxyUrl(rescalePaths.fileContents(file.id))}
                      download={file.name}
                      className="text-sky-700 underline dark:text-sky-400"
                    >
                      {file.name}
                    </a>{' '}
                    <span className={term}>({formatBytes(file.decryptedSize)})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div>
          <h4 className={`mb-1 text-sm ${term}`}>Hardware</h4>
          <Hardware analysis={analysis} coreType={coreType} />
        </div>
      </div>
    </article>
  );
}

export function JobOverview({ job }: { job: Job }) {
  const coreTypes = useCoreTypes();
  const { statuses } = useJobStatus();
  const types = coreTypes.data?.results ?? [];

  return (
    <Section title="Overview">
      {coreTypes.error && (
        <SectionError
          what="hardware details"
          error={coreTypes.error}
          onRetry={() => void coreTypes.mutate()}
        />
      )}
      {coreTypes.isLoading && <SkeletonBlock label="hardware details" lines={2} />}
      {job.jobanalyses.map((analysis, index) => (
        <Analysis
          key={index}
          analysis={analysis}
          coreType={types.find((type) => type.code === analysis.hardware.coreType)}
        />
      ))}
      {coreTypes.data && statuses.data && (
        <JobEstimate job={job} statuses={statuses.data.results} coreTypes={types} />
      )}
    </Section>
  );
}
