/**
 * The issue's original PDF, kept beside its text: public/pdf/YYYY-NN.pdf, named in the front
 * matter (`pdf: /pdf/2024-02.pdf`) by the importer. The issue page links it as 下载原版 PDF with
 * its size and the feeds carry it as an enclosure. Text-route imports and hand-written issues
 * have none. Pure functions: the importer runs in the browser too.
 */

/** Larger than any real issue (the seed's PDF is under 2 MB); a scan at print resolution is not kept. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** Where an issue's original PDF is published. */
export function originalPdfUrl(issueId: string): string {
  return `/pdf/${issueId}.pdf`;
}

/** `1.2 MB`, `850 KB`: the size as the download link shows it. */
export function fileSizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
