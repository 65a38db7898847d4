/**
 * Lays a fixture issue out as the CAICT bulletin prints it, with pdfkit: a cover, 本期导读
 * with dot leaders and page numbers, the CAICT header and a page number on every page,
 * justified paragraphs, centred 图N captions (with the picture above them when the fixture
 * has one), right-aligned （信息来源：…） lines and the contact block.
 *
 * The text is either Noto Sans CJK embedded by pdfkit, or STSong-Light named but not embedded
 * and encoded through the UniGB-UCS2-H CMap, as government PDFs often are: pdfkit has no API
 * for that font, so its three objects and the text operators are written here directly.
 */
import { existsSync } from 'node:fs';
import { encode } from 'fast-png';
import PDFDocument from 'pdfkit';
import type { FixtureBlock, FixtureIssue, FixtureItem } from './fixture-issue';

export const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export interface BulletinLayout {
  /** `embedded`: Noto Sans CJK subset in the file; `cid`: STSong-Light, only named, read through a CMap. */
  font: 'embedded' | 'cid';
  /** Page size in points; small pages put more breaks into a short issue. */
  page: readonly [number, number];
  /** `indent`: a first-line indent of two characters, no gap (Word's default for Chinese); `gap`: block paragraphs. */
  paragraphs: 'indent' | 'gap';
  /** How the footer prints the page number. */
  pageNumbers: 'dashed' | 'plain';
  /** Print the department over two lines, split at its space. */
  departmentLines: 1 | 2;
  /** 本期导读's page numbers: after dot leaders, or alone against the right margin (a column of its own). */
  tocLeaders?: boolean;
  /** Leave paragraph lines ragged on the right instead of justifying them. */
  ragged?: boolean;
  /** Text to write instead of what the fixture says, as a font's ToUnicode map may: 一 → ⼀ (U+2F00). */
  substitute?: Readonly<Record<string, string>>;
}

/** Layout events the tests assert happened, so a fixture cannot lose the case it is there for. */
export type LayoutEvent =
  | 'paragraph split across pages'
  | 'item split across pages'
  | 'item title wrapped'
  | 'toc entry wrapped'
  | 'picture above caption'
  | 'caption without picture'
  | 'department on two lines';

export interface LaidOutPdf {
  pdf: Uint8Array;
  events: Set<LayoutEvent>;
  /** RGB pixels of each picture by figure number, to compare with what the importer extracts. */
  pictures: Map<number, { width: number; height: number; rgb: Uint8Array }>;
}

type Op =
  | { kind: 'text'; page: number; x: number; y: number; size: number; text: string; spacing: number }
  | { kind: 'image'; page: number; x: number; y: number; width: number; height: number; png: Uint8Array };

const MARGIN = { left: 56, right: 56, top: 64, bottom: 60 };
const BODY = 10.5;
/** Line pitch as a multiple of the font size. */
const PITCH = 1.6;
/** Characters that may not start a line: they hang at the end of the previous one. */
const NO_LINE_START = /^[，。、；：！？）》”’」』】…%,.;:!?)]/u;
/** Characters that may not end a line: they move to the next one. */
const NO_LINE_END = /[（《“‘「『【(]$/u;

export async function layOutBulletin(issue: FixtureIssue, layout: BulletinLayout): Promise<LaidOutPdf> {
  if (!existsSync(NOTO_CJK)) throw new Error(`${NOTO_CJK} is missing: install fonts-noto-cjk, as .ci/run does`);
  const doc = new PDFDocument({ size: [...layout.page], margin: 0, autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', NOTO_CJK, 'NotoSansCJKsc-Regular');
  doc.font('cjk');

  const font = layout.font === 'embedded' ? embeddedFont(doc) : cidFont(doc);
  const [pageWidth, pageHeight] = layout.page;
  const measure = pageWidth - MARGIN.left - MARGIN.right;
  const ops: Op[] = [];
  const events = new Set<LayoutEvent>();
  const pictures: LaidOutPdf['pictures'] = new Map();
  const printed = (text: string) => (layout.substitute ? [...text].map((ch) => layout.substitute?.[ch] ?? ch).join('') : text);

  let page = 0;
  let y = 0;
  const newPage = () => {
    page++;
    y = MARGIN.top;
  };
  const room = (height: number) => {
    if (y + height > pageHeight - MARGIN.bottom) newPage();
  };
  const put = (text: string, x: number, size: number, spacing = 0) => {
    ops.push({ kind: 'text', page, x, y, size, text: printed(text), spacing });
  };
  const width = (text: string, size: number) => font.width(printed(text), size);

  /** Greedy line breaking for Chinese: between any two characters, never inside a Latin word or number. */
  const breakLines = (text: string, size: number, first: number, rest: number): string[] => {
    const tokens = text.match(/[A-Za-z0-9@._%/-]+|\s+|./gu) ?? [];
    const lines: string[] = [];
    let line = '';
    for (const token of tokens) {
      const available = lines.length === 0 ? first : rest;
      if (line === '' && /^\s+$/u.test(token)) continue;
      if (width(line + token, size) <= available || line === '' || NO_LINE_START.test(token)) {
        line += token;
        continue;
      }
      let carry = token;
      const last = line.at(-1) ?? '';
      if (NO_LINE_END.test(last) && line.length > 1) {
        line = line.slice(0, -1);
        carry = last + carry;
      }
      lines.push(line.trimEnd());
      line = carry;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines;
  };

  /** Lines one below the other; `justify` gives the width a line is stretched to, if any. */
  const flowLines = (lines: string[], size: number, x: (i: number) => number, justify: (i: number) => number | undefined) => {
    const pages = new Set<number>();
    for (const [i, line] of lines.entries()) {
      room(size * PITCH);
      pages.add(page);
      const target = layout.ragged ? undefined : justify(i);
      const chars = [...line].length;
      const spacing = target === undefined || chars < 2 ? 0 : Math.max(0, (target - width(line, size)) / (chars - 1));
      put(line, x(i), size, spacing);
      y += size * PITCH;
    }
    return pages;
  };

  const paragraph = (text: string): Set<number> => {
    const indent = layout.paragraphs === 'indent' ? 2 * BODY : 0;
    const lines = breakLines(text, BODY, measure - indent, measure);
    const pages = flowLines(
      lines,
      BODY,
      (i) => MARGIN.left + (i === 0 ? indent : 0),
      (i) => (i === lines.length - 1 ? undefined : i === 0 ? measure - indent : measure),
    );
    if (pages.size > 1) events.add('paragraph split across pages');
    if (layout.paragraphs === 'gap') y += BODY * 0.8;
    return pages;
  };

  const centred = (text: string, size: number) => {
    room(size * PITCH);
    put(text, MARGIN.left + (measure - width(text, size)) / 2, size);
    y += size * PITCH;
  };
  const rightAligned = (text: string, size: number) => {
    for (const line of breakLines(text, size, measure * 0.8, measure * 0.8)) {
      room(size * PITCH);
      put(line, pageWidth - MARGIN.right - width(line, size), size);
      y += size * PITCH;
    }
  };

  const flushLeft = (lines: string[], size: number) =>
    flowLines(
      lines,
      size,
      () => MARGIN.left,
      () => undefined,
    );

  /** A heading kept with the first line of what follows it. */
  const heading = (text: string, size: number, before: number): number => {
    y += before;
    const lines = breakLines(text, size, measure, measure);
    room(size * PITCH * lines.length + BODY * PITCH * 2);
    flushLeft(lines, size);
    return lines.length;
  };

  /** Lays out one block; returns the pages it is printed on. */
  const block = (b: FixtureBlock): Set<number> => {
    switch (b.kind) {
      case 'paragraph':
        return paragraph(b.text);
      case 'caption': {
        const figure = Number(/^图(\d+)/u.exec(b.text)?.[1]);
        if (b.picture) {
          const picture = makePicture(figure);
          pictures.set(figure, picture);
          const height = 96;
          const w = (picture.width / picture.height) * height;
          room(height + 6 + BODY * PITCH);
          ops.push({
            kind: 'image',
            page,
            x: MARGIN.left + (measure - w) / 2,
            y,
            width: w,
            height,
            png: encode({ width: picture.width, height: picture.height, data: picture.rgb, channels: 3, depth: 8 }),
          });
          y += height + 6;
          events.add('picture above caption');
        } else {
          events.add('caption without picture');
        }
        const start = page;
        centred(b.text, 9.5);
        if (layout.paragraphs === 'gap') y += BODY * 0.8;
        return new Set([start, page]);
      }
      case 'source': {
        const start = page;
        rightAligned(b.text, BODY);
        y += BODY * 0.5;
        return new Set([start, page]);
      }
    }
  };

  const item = (it: FixtureItem, headingPages: Map<string, number>, key: string) => {
    if (heading(`${it.number}. ${it.title}`, 12, BODY * 0.6) > 1) events.add('item title wrapped');
    headingPages.set(key, page);
    const start = page;
    const pages = new Set([start]);
    for (const b of it.blocks) for (const p of block(b)) pages.add(p);
    if (pages.size > 1) events.add('item split across pages');
  };

  // Cover.
  newPage();
  y = pageHeight * 0.3;
  centred(issue.series, 24);
  y += 12;
  centred(`（${issue.year}年第${issue.number}期）`, 14);
  y = pageHeight * 0.7;
  centred(issue.publisher, 14);

  // 本期导读: entries are counted first so the body knows on which page it starts.
  const entries: { key: string; text: string; indent: number }[] = [];
  for (const [s, section] of issue.sections.entries()) {
    entries.push({ key: `${s}`, text: `${section.numeral}、${section.title}`, indent: 0 });
    section.items.forEach((it, i) => {
      entries.push({ key: `${s}.${i}`, text: `${it.number}. ${it.title}`, indent: 2 * BODY });
    });
    section.subsections.forEach((sub, u) => {
      entries.push({ key: `${s}/${u}`, text: `（${sub.numeral}）${sub.title}`, indent: BODY });
      sub.items.forEach((it, i) => {
        entries.push({ key: `${s}/${u}.${i}`, text: `${it.number}. ${it.title}`, indent: 2 * BODY });
      });
    });
  }
  const numberRoom = 3 * BODY;
  const tocLines = entries.map((e) => breakLines(e.text, BODY, measure - e.indent - numberRoom, measure - e.indent - numberRoom));
  const tocStart = page + 1;
  newPage();
  y += 16 * PITCH + 8;
  const tocSlots: { page: number; y: number; entry: number; line: number }[] = [];
  for (const [e, lines] of tocLines.entries()) {
    if (lines.length > 1) events.add('toc entry wrapped');
    for (const [l] of lines.entries()) {
      room(BODY * PITCH);
      tocSlots.push({ page, y, entry: e, line: l });
      y += BODY * PITCH;
    }
  }

  // Body.
  newPage();
  const headingPages = new Map<string, number>();
  for (const [s, section] of issue.sections.entries()) {
    heading(`${section.numeral}、${section.title}`, 14, BODY);
    headingPages.set(`${s}`, page);
    section.items.forEach((it, i) => {
      item(it, headingPages, `${s}.${i}`);
    });
    section.subsections.forEach((sub, u) => {
      heading(`（${sub.numeral}）${sub.title}`, 12, BODY * 0.6);
      headingPages.set(`${s}/${u}`, page);
      sub.items.forEach((it, i) => {
        item(it, headingPages, `${s}/${u}.${i}`);
      });
    });
  }

  // Contact block.
  y += BODY * 2;
  room(BODY * PITCH * 4);
  const department = layout.departmentLines === 2 ? issue.department.split(' ') : [issue.department];
  if (department.length > 1) events.add('department on two lines');
  flushLeft(department, BODY);
  flushLeft(breakLines(`联系电话：${issue.phones.join('/')}`, BODY, measure, measure), BODY);
  flushLeft(breakLines(`电子邮箱：${issue.emails.join('/')}`, BODY, measure * 0.75, measure * 0.75), BODY);
  const pageCount = page;

  // Now that every heading has its page, fill in 本期导读.
  const tocTitle = { page: tocStart, y: MARGIN.top };
  ops.push({
    kind: 'text',
    ...tocTitle,
    x: MARGIN.left + (measure - width('本期导读', 16)) / 2,
    size: 16,
    text: printed('本期导读'),
    spacing: 0,
  });
  for (const slot of tocSlots) {
    const entry = entries[slot.entry] as (typeof entries)[number];
    const lines = tocLines[slot.entry] as string[];
    const text = lines[slot.line] as string;
    const x = MARGIN.left + entry.indent;
    ops.push({ kind: 'text', page: slot.page, x, y: slot.y, size: BODY, text: printed(text), spacing: 0 });
    if (slot.line !== lines.length - 1) continue;
    const number = String(headingPages.get(entry.key));
    const numberX = pageWidth - MARGIN.right - width(number, BODY);
    const from = x + width(text, BODY) + 2;
    if (layout.tocLeaders !== false) {
      const dots = '.'.repeat(Math.max(2, Math.floor((numberX - from - 2) / width('.', BODY))));
      ops.push({ kind: 'text', page: slot.page, x: from, y: slot.y, size: BODY, text: dots, spacing: 0 });
    }
    ops.push({ kind: 'text', page: slot.page, x: numberX, y: slot.y, size: BODY, text: number, spacing: 0 });
  }

  // Header and page number on every page.
  for (let p = 1; p <= pageCount; p++) {
    ops.push({ kind: 'text', page: p, x: MARGIN.left, y: 28, size: 9, text: printed('CAICT 中国信通院'), spacing: 0 });
    const number = layout.pageNumbers === 'dashed' ? `- ${p} -` : String(p);
    ops.push({
      kind: 'text',
      page: p,
      x: MARGIN.left + (measure - width(number, 9)) / 2,
      y: pageHeight - 36,
      size: 9,
      text: number,
      spacing: 0,
    });
  }

  for (let p = 1; p <= pageCount; p++) {
    doc.addPage({ size: [...layout.page], margin: 0 });
    for (const op of ops) {
      if (op.page !== p) continue;
      if (op.kind === 'image') doc.image(Buffer.from(op.png), op.x, op.y, { width: op.width, height: op.height });
      else font.draw(op.text, op.x, op.y, op.size, op.spacing);
    }
  }
  doc.end();
  await done;
  return { pdf: new Uint8Array(Buffer.concat(chunks)), events, pictures };
}

interface FontkitFace {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

interface LayoutFont {
  width(text: string, size: number): number;
  /** Draw one line whose box top is at `y` (pdfkit's coordinates, from the top of the page). */
  draw(text: string, x: number, y: number, size: number, spacing: number): void;
}

function embeddedFont(doc: PDFKit.PDFDocument): LayoutFont {
  // Shaping each string with fontkit takes seconds per issue; glyph advances are all the layout needs.
  const face = (doc.font('cjk') as unknown as { _font: { font: FontkitFace } })._font.font;
  const widths = new Map<string, number>();
  const em = (ch: string) => {
    let w = widths.get(ch);
    if (w === undefined) {
      w = face.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / face.unitsPerEm;
      widths.set(ch, w);
    }
    return w;
  };
  return {
    width: (text, size) => [...text].reduce((sum, ch) => sum + em(ch), 0) * size,
    draw: (text, x, y, size, spacing) => {
      doc.font('cjk').fontSize(size).text(text, x, y, { lineBreak: false, characterSpacing: spacing, features: [] });
    },
  };
}

/**
 * STSong-Light through UniGB-UCS2-H: the text is UCS-2 and the font is left to the reader.
 * Adobe-GB1 gives CIDs 1–95 (ASCII) half an em and every other glyph a full em.
 */
function cidFont(doc: PDFKit.PDFDocument): LayoutFont {
  const descriptor = doc.ref({
    Type: 'FontDescriptor',
    FontName: 'STSong-Light',
    Flags: 6,
    FontBBox: [-25, -254, 1000, 880],
    ItalicAngle: 0,
    Ascent: 880,
    Descent: -120,
    CapHeight: 880,
    StemV: 93,
  });
  const cid = doc.ref({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    // pdfkit writes a String object as a PDF string, a plain string as a name.
    CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('GB1'), Supplement: 2 },
    FontDescriptor: descriptor,
    DW: 1000,
    W: [1, 95, 500],
  });
  const type0 = doc.ref({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: 'UniGB-UCS2-H', DescendantFonts: [cid] });
  for (const ref of [descriptor, cid, type0]) ref.end(undefined);
  const ascii = (ch: string) => (ch.codePointAt(0) ?? 0) < 0x7f;
  return {
    width: (text, size) => [...text].reduce((sum, ch) => sum + (ascii(ch) ? 0.5 : 1), 0) * size,
    draw: (text, x, y, size, spacing) => {
      const page = (doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
      page.fonts.STSong = type0;
      const hex = [...text].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
      // pdfkit's pages count y downwards (its content starts with a flip), so the text matrix flips the glyphs back.
      const baseline = y + 0.88 * size;
      doc.addContent(`BT /STSong ${size} Tf ${spacing.toFixed(3)} Tc 1 0 0 -1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm <${hex}> Tj ET`);
    },
  };
}

/** A small picture that differs per figure, so a mix-up between figures shows. */
export function makePicture(figure: number): { width: number; height: number; rgb: Uint8Array } {
  const width = 48 + figure * 8;
  const height = 32;
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      rgb[i] = (x * 5 + figure * 40) % 256;
      rgb[i + 1] = (y * 7) % 256;
      rgb[i + 2] = ((x + y) * 3 + figure * 90) % 256;
    }
  }
  return { width, height, rgb };
}
