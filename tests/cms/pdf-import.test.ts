import { describe, expect, it } from 'vitest';
import { importPdf, pdfTooLargeForCms } from '@/lib/cms/pdf-import';
import { MAX_PDF_BYTES } from '@/lib/content/original-pdf';

/** A file of `size` bytes; its content is never read when it is too large. */
const pdfOfSize = (size: number) => new File([new Uint8Array(size)], '2024-05.pdf', { type: 'application/pdf' });

describe("从 PDF 导入's size cap (the original is kept, as import:bulletin keeps it)", () => {
  it('accepts a PDF up to the cap, not one byte more', () => {
    expect(pdfTooLargeForCms(pdfOfSize(MAX_PDF_BYTES))).toBeUndefined();
    expect(pdfTooLargeForCms(pdfOfSize(MAX_PDF_BYTES + 1))).toContain('网站保存的原版 PDF 最大 20.0 MB');
  });

  it('refuses a larger one in Chinese, with its size and the cap, before loading pdf.js', async () => {
    const message =
      '2024-05.pdf 为 25.0 MB，网站保存的原版 PDF 最大 20.0 MB：请压缩图片后重新导出 PDF（Word：文件 → 另存为 → 压缩图片），再导入。';
    const large = pdfOfSize(25 * 1024 * 1024);
    expect(pdfTooLargeForCms(large)).toBe(message);
    // No pdf.js is served at this base: the import stops before it would load it.
    expect(await importPdf(large, 'http://127.0.0.1:9/nothing/')).toEqual({ ok: false, problems: [message] });
  });
});
