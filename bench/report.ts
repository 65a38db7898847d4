/** The bench's result shape, its targets, and the table it prints. */
import { markdownTable } from '../lib/markdown-table';
import type { Bytes, FilesBytes } from './sizes';

export const TARGETS = {
  recallAt10: 0.98,
  /** Questions typed as sentences (lib/testing/search-eval-set.ts sentenceEvalSet). */
  sentenceRecallAt10: 0.9,
  /** Median first-query bytes (brotli) at 10,000 items, and below Pagefind's. */
  firstQueryMedianBytesAt10k: 150_000,
  warmP95Ms: 5,
} as const;

interface Spread {
  median: number;
  p90: number;
  max: number;
}

interface Recall {
  ours: number;
  pagefind: number;
  oursMisses: unknown[];
  pagefindMisses: unknown[];
}

export interface SizeResult {
  label: string;
  synthetic: boolean;
  items: number;
  documents: number;
  build: {
    siteMs: number;
    pages: number;
    msPerPage: number;
    oursIndexMs: number;
    pagefindMs: number;
    pagefindPages: number;
    /** Why the whole-site build time is missing, when it is. */
    note?: string;
  };
  index: { ours: FilesBytes; pagefind: FilesBytes };
  chromium: string;
  firstQuery: {
    ours: { dataBrotli: Spread; dataGzip: Spread; files: Spread };
    pagefind: { dataBrotli: Spread; dataGzip: Spread; codeBrotli: Spread; totalBrotli: Spread; files: Spread };
  };
  warmMs: { ours: { median: number; p95: number }; pagefind: { median: number; p95: number } };
  perQuery: Array<{ query: string; oursBrotli: number; pagefindBrotli: number }>;
  recallAt10?: Recall;
  sentenceRecallAt10?: Recall;
}

export interface Report {
  engineCode: Bytes;
  sizes: SizeResult[];
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))) ??
    [];
  const pad = (cell: string, width: number) =>
    cell + ' '.repeat(Math.max(0, width - [...cell].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  return rows
    .map(
      (r, i) =>
        `${r.map((cell, c) => pad(cell, widths[c] ?? 0)).join(' | ')}${i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : ''}`,
    )
    .join('\n');
}

/** The comparison table's rows, header first. */
function reportRows(report: Report): string[][] {
  const header = ['metric', ...report.sizes.flatMap((s) => [`${s.label} ours`, `${s.label} pagefind`])];
  const row = (name: string, ours: (s: SizeResult) => string, pagefind: (s: SizeResult) => string) => [
    name,
    ...report.sizes.flatMap((s) => [ours(s), pagefind(s)]),
  ];
  const rows = [
    header,
    row(
      'documents (items + questions) / pages indexed',
      (s) => `${s.documents} (${s.items} items)`,
      (s) => `${s.build.pagefindPages} pages`,
    ),
    row(
      'index on disk, raw',
      (s) => kb(s.index.ours.raw),
      (s) => kb(s.index.pagefind.raw),
    ),
    row(
      'index on disk, as served (brotli)',
      (s) => kb(s.index.ours.brotli),
      (s) => kb(s.index.pagefind.brotli),
    ),
    row(
      'index files',
      (s) => String(s.index.ours.files),
      (s) => String(s.index.pagefind.files),
    ),
    row(
      'first query, median (brotli, data + fetched code)',
      (s) => kb(s.firstQuery.ours.dataBrotli.median),
      (s) => kb(s.firstQuery.pagefind.totalBrotli.median),
    ),
    row(
      'first query, p90 (brotli, data + fetched code)',
      (s) => kb(s.firstQuery.ours.dataBrotli.p90),
      (s) => kb(s.firstQuery.pagefind.totalBrotli.p90),
    ),
    row(
      'first query, median, data only (brotli)',
      (s) => kb(s.firstQuery.ours.dataBrotli.median),
      (s) => kb(s.firstQuery.pagefind.dataBrotli.median),
    ),
    row(
      'first query, median (gzip, data only)',
      (s) => kb(s.firstQuery.ours.dataGzip.median),
      (s) => kb(s.firstQuery.pagefind.dataGzip.median),
    ),
    row(
      'first query, files fetched (median)',
      (s) => String(s.firstQuery.ours.files.median),
      (s) => String(s.firstQuery.pagefind.files.median),
    ),
    row(
      'warm query latency, median',
      (s) => ms(s.warmMs.ours.median),
      (s) => ms(s.warmMs.pagefind.median),
    ),
    row(
      'warm query latency, p95',
      (s) => ms(s.warmMs.ours.p95),
      (s) => ms(s.warmMs.pagefind.p95),
    ),
    row(
      'index build time',
      (s) => ms(s.build.oursIndexMs),
      (s) => ms(s.build.pagefindMs),
    ),
    row(
      'whole-site build (npm run build)',
      (s) => (s.build.note ? 'not measured' : `${(s.build.siteMs / 1000).toFixed(1)} s, ${s.build.pages} pages`),
      () => '(same build)',
    ),
    row(
      'whole-site build per page',
      (s) => (s.build.note ? '–' : ms(s.build.msPerPage)),
      () => '',
    ),
    row(
      'recall@10, eval set (seed only)',
      (s) => (s.recallAt10 ? s.recallAt10.ours.toFixed(4) : '–'),
      (s) => (s.recallAt10 ? s.recallAt10.pagefind.toFixed(4) : '–'),
    ),
    row(
      'recall@10, sentence queries (seed only)',
      (s) => (s.sentenceRecallAt10 ? s.sentenceRecallAt10.ours.toFixed(4) : '–'),
      (s) => (s.sentenceRecallAt10 ? s.sentenceRecallAt10.pagefind.toFixed(4) : '–'),
    ),
  ];
  return rows;
}

/** What the table does not say: engine code, sizes measured without a whole build, and each target met or missed. */
function reportNotes(report: Report): string[] {
  const notes = [`our engine code (not in the first-query bytes; ships in the page bundle): ${kb(report.engineCode.brotli)} brotli`];
  for (const s of report.sizes) if (s.build.note) notes.push(`${s.label}: ${s.build.note}`);

  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const seed = report.sizes.find((s) => s.recallAt10);
  if (seed?.recallAt10)
    notes.push(`${mark(seed.recallAt10.ours >= TARGETS.recallAt10)} recall@10 ${seed.recallAt10.ours.toFixed(4)} ≥ ${TARGETS.recallAt10}`);
  if (seed?.sentenceRecallAt10) {
    const ours = seed.sentenceRecallAt10.ours;
    notes.push(`${mark(ours >= TARGETS.sentenceRecallAt10)} sentence recall@10 ${ours.toFixed(4)} ≥ ${TARGETS.sentenceRecallAt10}`);
  }
  const large = report.sizes.find((s) => s.items >= 10_000);
  if (large) {
    const ours = large.firstQuery.ours.dataBrotli.median;
    notes.push(
      `${mark(ours <= TARGETS.firstQueryMedianBytesAt10k)} ${large.label} items: first-query median ${kb(ours)} ≤ ${kb(TARGETS.firstQueryMedianBytesAt10k)}`,
    );
    notes.push(
      `${mark(ours < large.firstQuery.pagefind.totalBrotli.median)} ${large.label} items: below Pagefind's ${kb(large.firstQuery.pagefind.totalBrotli.median)} (data + code); ` +
        `${mark(ours < large.firstQuery.pagefind.dataBrotli.median)} below its data alone, ${kb(large.firstQuery.pagefind.dataBrotli.median)}`,
    );
  } else {
    notes.push('– 10,000-item target not measured (no size ≥ 10000 in --sizes)');
  }
  for (const s of report.sizes)
    notes.push(`${mark(s.warmMs.ours.p95 <= TARGETS.warmP95Ms)} ${s.label}: warm p95 ${ms(s.warmMs.ours.p95)} ≤ ${TARGETS.warmP95Ms} ms`);
  return notes;
}

export function printReport(report: Report): void {
  console.log(`\n${table(reportRows(report))}\n`);
  for (const note of reportNotes(report)) console.log(note);
}

/** The same table and notes, for bench/RESULTS.md. */
export function reportMarkdown(report: Report): string {
  return [markdownTable(reportRows(report)), '', ...reportNotes(report).map((note) => `- ${note}`)].join('\n');
}
