'use client';

import { OutputFiles } from './output-files';
import { Section } from './section';

export function FilesPanel({ jobId }: { jobId: string }) {
  return (
    <Section title="Output files">
      <OutputFiles jobId={jobId} runId={null} />
    </Section>
  );
}
