import { RelativeTime } from '@/components/ui/relative-time';
import { formatBytes } from '@/lib/ui/format';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { RescaleFile } from '@/lib/rescale/types';
import { DeleteFileButton } from './delete-file-button';
import { fileTypeLabel } from '@/lib/files/file-type-label';
import { OutputFileOrigin } from './output-file-origin';

export type FilesTableProps = {
  files: readonly RescaleFile[];
  onDeleted: () => void;
};

/** On a phone these fold under the name, so Download and Delete stay on screen. */
const wide = 'hidden sm:table-cell';

export function FilesTable({ files, onDeleted }: FilesTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm sm:min-w-[40rem]">
        <caption className="sr-only">Your files</caption>
        <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className={`px-3 py-2 font-medium ${wide}`}>
              Type
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Size
            </th>
            <th scope="col" className={`px-3 py-2 font-medium ${wide}`}>
              Uploaded
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {files.map((file) => (
            <tr key={file.id}>
              <td className="max-w-[24rem] px-3 py-2 font-medium break-all sm:break-words">
                {file.name}
                <OutputFileOrigin file={file} />
                <div className="text-xs font-normal text-slate-600 sm:hidden dark:text-slate-400">
                  {fileTypeLabel(file.typeId)} · <RelativeTime iso={file.dateUploaded} />
                </div>
              </td>
              <td className={`px-3 py-2 ${wide}`}>{fileTypeLabel(file.typeId)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                {formatBytes(file.decryptedSize)}
              </td>
              <td className={`px-3 py-2 ${wide}`}>
                <RelativeTime iso={file.dateUploaded} />
              </td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap justify-end gap-1">
                  <a
                    href={proxyUrl(rescalePaths.fileContents(file.id))}
                    download={file.name}
                    aria-label={`Download ${file.name}`}
                    className="inline-flex h-8 items-center rounded-md px-2.5 text-sm font-medium text-sky-800 hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800"
                  >
                    Download
                  </a>
                  <DeleteFileButton file={file} onDeleted={onDeleted} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
