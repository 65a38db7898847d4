/**
 * The CMS's preview pane: the entry as the file it will be saved as, parsed by the site's own
 * code (lib/cms/entry-check.ts) and shown with the site's stylesheet and class names: the
 * problems first, `path:line:col  field  message`, then the page as readers will see it. While
 * the file has problems the parser gives no issue, so the body is shown through the site's
 * Markdown renderer alone.
 */
import { figureCaption } from '../content/blocks';
import { parseMarkdown, renderBlocks } from '../content/markdown';
import { numberToChineseNumeral } from '../content/numerals';
import { formatProblem } from '../content/problems';
import type { Bulletin, BulletinBlock, BulletinItem, QaArticle } from '../content/types';
import { formatDateTime } from '../format';
import { withBasePath } from '../site';
import type { CreateElement, PreviewProps } from './decap';
import { bodyStartLine, type CheckedEntry, checkBulletinEntry, checkQaEntry } from './entry-check';
import type { BulletinEntry, QaEntry } from './entry-file';
import { ISSUE_FIELD } from './names';

const h: CreateElement = (...args) => window.h(...args);
const html = (markup: string, className = 'prose-cjk') => h('div', { className, dangerouslySetInnerHTML: { __html: markup } });

/** The problems that stop saving, and what is left to CI. */
function problemPanel(checked: CheckedEntry) {
  const crossFile = '重复的期号、指向站内页面的链接、图片文件是否存在：这些跨文件的检查在拉取请求的 CI（npm run validate）中进行。';
  if (checked.problems.length === 0) {
    return h(
      'section',
      { className: 'cms-problems mb-6 rounded border border-line p-3 text-sm', 'data-problems': 0 },
      h('p', null, `✓ ${checked.path} 通过本文件的检查，可以保存。`),
      h('p', { className: 'text-muted' }, crossFile),
    );
  }
  return h(
    'section',
    { className: 'cms-problems mb-6 rounded border-2 border-accent p-3 text-sm', 'data-problems': checked.problems.length, role: 'alert' },
    h('h2', { className: 'font-bold' }, `${checked.problems.length} 个问题，改正后才能保存`),
    h('p', { className: 'text-muted' }, `行号是保存后文件中的行号，正文从第 ${bodyStartLine(checked.text)} 行开始。`),
    h(
      'ol',
      { className: 'my-2 font-mono', style: { whiteSpace: 'pre-wrap' } },
      ...checked.problems.map((problem, index) => h('li', { key: index }, formatProblem(problem))),
    ),
    h('p', { className: 'text-muted' }, crossFile),
  );
}

/** The body through the site's Markdown renderer, for a file the parser could not read as a whole. */
function bodyOnly(body: string | undefined) {
  return html(renderBlocks(parseMarkdown(body ?? '').children).html);
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
    h(heading, { className: 'mb-2 text-lg font-bold' }, `${entry.number}. ${entry.title}`),
    h(
      'div',
      { className: 'prose-cjk' },
      ...entry.blocks.map((block, index) => (block.kind === 'paragraph' ? html(block.html, '') : figure(block, imageUrl, index))),
      h('p', { className: 'item-source text-muted', style: { textIndent: 0, textAlign: 'right' } }, `（信息来源：${entry.source}）`),
    ),
  );
}

function issue(bulletin: Bulletin, imageUrl: (src: string) => string) {
  return h(
    'div',
    null,
    h(
      'header',
      { className: 'mb-6 border-b-2 border-accent pb-4 text-center' },
      h('h1', { className: 'font-serif text-3xl font-bold tracking-widest text-accent-strong' }, bulletin.series),
      h('p', { className: 'mt-2 text-lg' }, `（${bulletin.label}）`),
      h('p', { className: 'mt-1 text-muted' }, bulletin.publisher),
      bulletin.date ? h('p', { className: 'mt-1 text-sm text-muted' }, bulletin.date) : null,
    ),
    ...bulletin.sections.map((section) =>
      h(
        'section',
        { key: section.id, className: 'mb-8' },
        h(
          'h2',
          { className: 'mb-4 border-b border-line pb-1 font-serif text-2xl font-bold' },
          `${numberToChineseNumeral(section.number)}、${section.name}`,
        ),
        ...section.items.map((entry) => item(entry, 'h3', imageUrl)),
        ...section.subsections.map((sub) =>
          h(
            'section',
            { key: sub.id },
            h('h3', { className: 'mb-3 text-xl font-bold' }, `（${numberToChineseNumeral(sub.number)}）${sub.name}`),
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
      h(
        'section',
        { key: question.id, className: 'mb-8' },
        h('h2', { className: 'mb-2 text-xl font-bold' }, question.title),
        html(question.html),
      ),
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
  return h(
    'div',
    { className: 'mx-auto max-w-3xl p-4' },
    problemPanel(checked),
    checked.collection === 'bulletins' && checked.bulletin ? issue(checked.bulletin, imageUrl) : bodyOnly(entry[ISSUE_FIELD]?.body),
  );
}

export function QaPreview(props: PreviewProps) {
  const data = props.entry.get('data') as { toJS(): QaEntry } | undefined;
  const entry = data?.toJS() ?? {};
  const checked = checkQaEntry(entry, existingPath(props));
  return h(
    'div',
    { className: 'mx-auto max-w-3xl p-4' },
    problemPanel(checked),
    checked.collection === 'qa' && checked.article ? article(checked.article) : bodyOnly(entry.body),
  );
}
