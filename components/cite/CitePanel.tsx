import { apaHtml } from '@/lib/cite/formats';
import { GBT_ACCESS_PLACEHOLDER, gbt7714Parts } from '@/lib/cite/gbt7714';
import type { CitedWork } from '@/lib/cite/work';
import type { CitationFileFormat } from '@/lib/routes';
import { CopyButton } from './CopyButton';
import { GbtReference } from './GbtReference';

interface CitePanelProps {
  work: CitedWork;
  /** Site path of each reference file (with the base path: plain links). */
  files: Record<CitationFileFormat, string>;
  /** What is cited, for the labels of a page with several panels: the question's title. */
  label?: string;
}

/**
 * 引用: how to cite this item or question. All text is written at build; the browser adds
 * only today's date and the copy buttons.
 */
export function CitePanel({ work, files, label }: CitePanelProps) {
  const gbt = gbt7714Parts(work);
  return (
    <details className="cite-panel no-print mt-4 rounded border border-line bg-surface px-3 py-2 text-sm">
      <summary className="min-h-6 cursor-pointer font-bold" aria-label={label ? `引用：${label}` : undefined}>
        引用
      </summary>
      <dl className="mt-2 space-y-2">
        <dt className="font-bold">GB/T 7714—2015</dt>
        <dd>
          <GbtReference before={gbt.before} after={gbt.after} placeholder={GBT_ACCESS_PLACEHOLDER} />
        </dd>
        <dt className="font-bold">APA（第 7 版）</dt>
        <dd>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: citeproc output, escaped, with <i> only (checked in lib/cite/formats.ts) */}
          <span id={`apa-${work.key}`} className="reference-text" dangerouslySetInnerHTML={{ __html: apaHtml(work) }} />{' '}
          <CopyButton targetId={`apa-${work.key}`} label="复制 APA 格式的引文" />
        </dd>
        <dt className="font-bold">文献管理软件</dt>
        <dd>
          <a href={files.bib} download={`${work.key}.bib`}>
            下载 BibTeX（.bib）
          </a>
          {' · '}
          <a href={files.ris} download={`${work.key}.ris`}>
            下载 RIS（.ris）
          </a>
          <span className="text-muted">：可导入 Zotero、EndNote、NoteExpress 等</span>
        </dd>
      </dl>
    </details>
  );
}
