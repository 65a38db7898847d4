/**
 * The CMS's preview pane: the entry as the file it will be saved as, parsed by the site's own
 * code (lib/cms/entry-check.ts) and shown with the site's stylesheet and class names: the
 * problems first, then the page as readers will see it. While the file has problems the parser
 * gives no issue, so the body is shown cut at its headings (lib/cms/body-parts.ts), in the same
 * styles, and each part with a problem is marked: the problem list links to it, and 跳到此处
 * puts the form's cursor on the problem's line (lib/cms/body-cursor.ts).
 */
import { figureCaption } from '../content/blocks';
import { renderBlocks } from '../content/markdown';
import { numberToChineseNumeral } from '../content/numerals';
import { type ContentProblem, formatProblem } from '../content/problems';
import { SERIES_NAME } from '../content/schemas/bulletin';
import type { Bulletin, BulletinBlock, BulletinItem, QaArticle } from '../content/types';
import { formatDateTime } from '../format';
import { issueLabel } from '../routes';
import { withBasePath } from '../settings';
import { focusField, placeBodyCursor } from './body-cursor';
import { type BodyPart, bodyParts, partAt } from './body-parts';
import type { CreateElement, PreviewProps } from './decap';
import { bodyStartLine, type CheckedEntry, checkBulletinEntry, checkQaEntry } from './entry-check';
import { type BulletinEntry, entryIssueId, type QaEntry } from './entry-file';
import { ISSUE_FIELD } from './names';

const h: CreateElement = (...args) => window.h(...args);
const html = (markup: string, className = 'prose-cjk') => h('div', { className, dangerouslySetInnerHTML: { __html: markup } });

/** The site's classes for headings: a bulletin's sections, subsections and items, a Q&A article's questions. */
const HEADING = {
  section: 'mb-4 border-b border-line pb-1 font-serif text-2xl font-bold',
  subsection: 'mb-3 text-xl font-bold',
  item: 'mb-2 text-lg font-bold',
  question: 'mb-2 text-xl font-bold',
};

/** A draft's headings by Markdown level, set as the site sets what they stand for. */
const DRAFT_HEADINGS: Record<CheckedEntry['collection'], Record<number, string>> = {
  bulletins: { 2: HEADING.section, 3: HEADING.subsection, 4: HEADING.item },
  qa: { 2: HEADING.question },
};

const CROSS_FILE = '重复的期号、指向站内页面的链接、图片文件是否存在：这些跨文件的检查在拉取请求的 CI（npm run validate）中进行。';

/** A problem and where it is: its line in the body (undefined in the front matter or the file name), and the body part holding it (-1: none). */
interface Placed {
  problem: ContentProblem;
  bodyLine: number | undefined;
  part: number;
}

function place(checked: CheckedEntry, parts: readonly BodyPart[] | undefined): Placed[] {
  const start = bodyStartLine(checked.text);
  return checked.problems.map((problem) => {
    const bodyLine = problem.line >= start ? problem.line - start + 1 : undefined;
    return { problem, bodyLine, part: bodyLine && parts ? partAt(parts, bodyLine) : -1 };
  });
}

const partId = (index: number) => `cms-part-${index}`;

type LinkClick = { preventDefault(): void; currentTarget: HTMLAnchorElement };

/** Scrolls the preview to a marked part. The link's own document is the preview frame's, where a bare #hash would load the admin page. */
function showPart(event: LinkClick, index: number) {
  event.preventDefault();
  const part = event.currentTarget.ownerDocument.getElementById(partId(index));
  part?.scrollIntoView({ block: 'start' });
  part?.focus({ preventScroll: true });
}

/** The problems that stop saving, each linked to its place in the preview and in the form, and what is left to CI. */
function problemPanel(checked: CheckedEntry, placed: readonly Placed[]) {
  if (placed.length === 0) {
    return h(
      'section',
      { className: 'cms-problems mb-6 rounded border border-line p-3 text-sm', 'data-problems': 0 },
      h('p', null, `✓ ${checked.path} 通过本文件的检查，可以保存。`),
      h('p', { className: 'text-muted' }, CROSS_FILE),
    );
  }
  return h(
    'section',
    { className: 'cms-problems mb-6 rounded border-2 border-accent p-3 text-sm', 'data-problems': placed.length, role: 'alert' },
    h('h2', { className: 'font-bold' }, `${placed.length} 个问题，改正后才能保存`),
    h('p', { className: 'text-muted' }, '点问题，预览会转到它所在的地方（已标出）；“跳到此处”把光标放到表单里的那一行或那一栏。'),
    h(
      'ol',
      { className: 'my-2 list-decimal pl-6', style: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } },
      ...placed.map(({ problem, bodyLine, part }, index) =>
        h(
          'li',
          { key: index, className: 'cms-problem my-1' },
          part >= 0
            ? h('a', { href: `#${partId(part)}`, onClick: (event: LinkClick) => showPart(event, part) }, formatProblem(problem))
            : formatProblem(problem),
          ' ',
          h(
            'button',
            {
              type: 'button',
              className: 'cms-jump ml-1 rounded border border-line px-2 text-xs',
              onClick: () => (bodyLine ? placeBodyCursor(bodyLine) : focusField(problem.field)),
            },
            '跳到此处',
          ),
        ),
      ),
    ),
    h('p', { className: 'text-muted' }, CROSS_FILE),
  );
}

/**
 * A body the parser refused, part by part in the site's styles; each part with problems is
 * marked with their numbers in the list. A body past the parser's limits is shown as text.
 */
function draftBody(
  collection: CheckedEntry['collection'],
  body: string,
  parts: readonly BodyPart[] | undefined,
  placed: readonly Placed[],
) {
  if (!parts) return h('pre', { className: 'whitespace-pre-wrap text-sm' }, body);
  return h(
    'div',
    null,
    ...parts.map((part, index) => {
      const numbers = placed.flatMap((entry, number) => (entry.part === index ? [number + 1] : []));
      const heading = part.heading;
      return h(
        'section',
        {
          key: index,
          id: partId(index),
          tabIndex: -1,
          className: numbers.length ? 'cms-marked mb-6' : 'mb-6',
          style: numbers.length ? { outline: '3px solid #c2410c', outlineOffset: 6, borderRadius: 2 } : undefined,
        },
        numbers.length
          ? h('p', { className: 'cms-mark mb-1 text-sm font-bold', style: { color: '#c2410c' } }, `⚠ 问题 ${numbers.join('、')}`)
          : null,
        heading ? h(`h${heading.depth}`, { className: DRAFT_HEADINGS[collection][heading.depth] ?? 'font-bold' }, heading.text) : null,
        part.nodes.length ? html(renderBlocks(part.nodes).html) : null,
      );
    }),
  );
}

function figure(block: Extract<BulletinBlock, { kind: 'figure' }>, imageUrl: (src: string) => string, key: number) {
  const caption = figureCaption(block);
  return h(
    'figure',
    { key, className: 'my-4 text-center' },
    block.src
      ? h('img', { src: imageUrl(block.src), alt: block.alt ?? '', className: 'mx-auto max-w-full' })
      : h(
          'div',
          { className: 'mx-auto max-w-md rounded border border-dashed border-line px-4 py-6 text-sm text-muted' },
          '原刊配图（本站未收录图片）',
        ),
    caption ? h('figcaption', { className: 'mt-2 text-sm text-muted' }, caption) : null,
  );
}

function item(entry: BulletinItem, heading: 'h3' | 'h4', imageUrl: (src: string) => string) {
  return h(
    'article',
    { key: entry.id, className: 'mb-8' },
    h(heading, { className: HEADING.item }, `${entry.number}. ${entry.title}`),
    h(
      'div',
      { className: 'prose-cjk' },
      ...entry.blocks.map((block, index) => (block.kind === 'paragraph' ? html(block.html, '') : figure(block, imageUrl, index))),
      h('p', { className: 'item-source text-muted', style: { textIndent: 0, textAlign: 'right' } }, `（信息来源：${entry.source}）`),
    ),
  );
}

/** The issue's cover lines; a draft's may be missing. */
function issueHeader(label: string | undefined, fields: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return h(
    'header',
    { className: 'mb-6 border-b-2 border-accent pb-4 text-center' },
    h('h1', { className: 'font-serif text-3xl font-bold tracking-widest text-accent-strong' }, text(fields.series) ?? SERIES_NAME),
    label ? h('p', { className: 'mt-2 text-lg' }, `（${label}）`) : null,
    text(fields.publisher) ? h('p', { className: 'mt-1 text-muted' }, text(fields.publisher)) : null,
    text(fields.date) ? h('p', { className: 'mt-1 text-sm text-muted' }, text(fields.date)) : null,
  );
}

function issue(bulletin: Bulletin, imageUrl: (src: string) => string) {
  return h(
    'div',
    null,
    issueHeader(bulletin.label, { series: bulletin.series, publisher: bulletin.publisher, date: bulletin.date }),
    ...bulletin.sections.map((section) =>
      h(
        'section',
        { key: section.id, className: 'mb-8' },
        h('h2', { className: HEADING.section }, `${numberToChineseNumeral(section.number)}、${section.name}`),
        ...section.items.map((entry) => item(entry, 'h3', imageUrl)),
        ...section.subsections.map((sub) =>
          h(
            'section',
            { key: sub.id },
            h('h3', { className: HEADING.subsection }, `（${numberToChineseNumeral(sub.number)}）${sub.name}`),
            ...sub.items.map((entry) => item(entry, 'h4', imageUrl)),
          ),
        ),
      ),
    ),
    h(
      'footer',
      { className: 'mt-10 border-t border-line pt-4 text-sm' },
      h('p', null, bulletin.department),
      h('p', null, `联系电话：${bulletin.contacts.phones.join('/')}`),
      h('p', null, `电子邮箱：${bulletin.contacts.emails.join(' / ')}`),
    ),
  );
}

function article(qa: QaArticle) {
  return h(
    'article',
    null,
    h('h1', { className: 'mb-2 text-2xl font-bold' }, qa.title),
    h('p', { className: 'mb-4 text-sm text-muted' }, `${formatDateTime(qa.date)} · 来源：${qa.source}`),
    qa.intro ? html(qa.intro.html) : null,
    ...qa.questions.map((question) =>
      h('section', { key: question.id, className: 'mb-8' }, h('h2', { className: HEADING.question }, question.title), html(question.html)),
    ),
  );
}

/** The file an entry already has, which keeps its name; undefined for a new entry. */
function existingPath(props: PreviewProps): string | undefined {
  return props.entry.get('newRecord') ? undefined : (props.entry.get('path') as string | undefined) || undefined;
}

export function BulletinPreview(props: PreviewProps) {
  const data = props.entry.get('data') as { toJS(): BulletinEntry } | undefined;
  const entry = data?.toJS() ?? { [ISSUE_FIELD]: {} };
  const checked = checkBulletinEntry(entry, existingPath(props));
  // Pictures of this issue come from Decap's media store: just imported (not yet saved) or in the repository.
  const id = checked.path.split('/').at(-1)?.replace(/\.md$/, '');
  const imageUrl = (src: string) => {
    const own = id && src.startsWith(`/images/${id}/`) ? props.getAsset(src.slice(`/images/${id}/`.length)).toString() : '';
    return own || withBasePath(src);
  };
  const fields = entry[ISSUE_FIELD] ?? {};
  const parts = checked.collection === 'bulletins' && checked.bulletin ? undefined : bodyParts(fields.body ?? '');
  const placed = place(checked, parts);
  const label = entryIssueId(fields) ? issueLabel(Number(fields.year), Number(fields.number)) : undefined;
  return h(
    'div',
    { className: 'mx-auto max-w-3xl p-4' },
    problemPanel(checked, placed),
    checked.collection === 'bulletins' && checked.bulletin
      ? issue(checked.bulletin, imageUrl)
      : h('div', null, issueHeader(label, fields), draftBody('bulletins', fields.body ?? '', parts, placed)),
  );
}

export function QaPreview(props: PreviewProps) {
  const data = props.entry.get('data') as { toJS(): QaEntry } | undefined;
  const entry = data?.toJS() ?? {};
  const checked = checkQaEntry(entry, existingPath(props));
  const parts = checked.collection === 'qa' && checked.article ? undefined : bodyParts(entry.body ?? '');
  const placed = place(checked, parts);
  return h(
    'div',
    { className: 'mx-auto max-w-3xl p-4' },
    problemPanel(checked, placed),
    checked.collection === 'qa' && checked.article
      ? article(checked.article)
      : h(
          'article',
          null,
          typeof entry.title === 'string' && entry.title ? h('h1', { className: 'mb-4 text-2xl font-bold' }, entry.title) : null,
          draftBody('qa', entry.body ?? '', parts, placed),
        ),
  );
}
