/**
 * The CMS's preview pane: the entry as the file it will be saved as, parsed by the site's own
 * code (lib/cms/entry-check.ts) and shown with the site's stylesheet: the problems first, then
 * the page as readers will see it. An issue is drawn by the site's own components (IssueHeader,
 * issueSections, ItemContent, ContactFooter; compiled for Decap's React by lib/build/admin.ts,
 * see lib/cms/jsx-runtime.ts), with the pictures from the editor's media, and a Q&A article by its
 * page's qaArticle, without the panels only the site has. While the file has problems the parser
 * gives neither issue nor article, so the body is shown cut at its headings
 * (lib/cms/body-parts.ts), in the same styles, and each part with a problem is marked: the
 * problem list links to it, and 跳到此处 puts the form's cursor on the problem's line
 * (lib/cms/body-cursor.ts).
 */
import type { MouseEvent } from 'react';
import { ContactFooter } from '@/components/ContactFooter';
import type { ImageUrl } from '@/components/Figure';
import { IssueHeader } from '@/components/IssueHeader';
import { ItemContent } from '@/components/ItemContent';
import { ISSUE_HEADING, issueSections } from '@/components/issue-sections';
import { QUESTION_HEADING, qaArticle } from '@/components/qa-article';
import { renderBlocks } from '../content/markdown';
import { type ContentProblem, formatProblem } from '../content/problems';
import { SERIES_NAME } from '../content/schemas/bulletin';
import type { Bulletin } from '../content/types';
import { issueLabel } from '../routes';
import { withBasePath } from '../settings';
import { focusField, placeBodyCursor } from './body-cursor';
import { type BodyPart, bodyParts, partAt } from './body-parts';
import type { PreviewProps } from './decap';
import { bodyStartLine, type CheckedEntry, checkBulletinEntry, checkQaEntry } from './entry-check';
import { type BulletinEntry, entryIssueId, type QaEntry } from './entry-file';
import { ISSUE_FIELD } from './names';

/** Sanitized HTML of the site's own Markdown pipeline (lib/content/markdown.ts). */
function Html({ markup, className = 'prose-cjk' }: { markup: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/content/markdown.ts, as on the site
  return <div className={className} dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** A draft's headings by Markdown level, set as the site sets what they stand for. */
const DRAFT_HEADINGS: Record<CheckedEntry['collection'], Record<number, string>> = {
  bulletins: { 2: ISSUE_HEADING.section, 3: ISSUE_HEADING.subsection, 4: ISSUE_HEADING.item },
  qa: { 2: QUESTION_HEADING },
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

/** Scrolls the preview to a marked part. The link's own document is the preview frame's, where a bare #hash would load the admin page. */
function showPart(event: MouseEvent<HTMLAnchorElement>, index: number) {
  event.preventDefault();
  const part = event.currentTarget.ownerDocument.getElementById(partId(index));
  part?.scrollIntoView({ block: 'start' });
  part?.focus({ preventScroll: true });
}

/** The problems that stop saving, each linked to its place in the preview and in the form, and what is left to CI. */
function ProblemPanel({ checked, placed }: { checked: CheckedEntry; placed: readonly Placed[] }) {
  if (placed.length === 0) {
    return (
      <section className="cms-problems mb-6 rounded border border-line p-3 text-sm" data-problems={0}>
        <p>✓ {checked.path} 通过本文件的检查，可以保存。</p>
        <p className="text-muted">{CROSS_FILE}</p>
      </section>
    );
  }
  return (
    <section className="cms-problems mb-6 rounded border-2 border-accent p-3 text-sm" data-problems={placed.length} role="alert">
      <h2 className="font-bold">{placed.length} 个问题，改正后才能保存</h2>
      <p className="text-muted">点问题，预览会转到它所在的地方（已标出）；“跳到此处”把光标放到表单里的那一行或那一栏。</p>
      <ol className="my-2 list-decimal pl-6" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {placed.map(({ problem, bodyLine, part }, index) => (
          <li key={index} className="cms-problem my-1">
            {part >= 0 ? (
              <a href={`#${partId(part)}`} onClick={(event) => showPart(event, part)}>
                {formatProblem(problem)}
              </a>
            ) : (
              formatProblem(problem)
            )}{' '}
            <button
              type="button"
              className="cms-jump ml-1 rounded border border-line px-2 text-xs"
              onClick={() => (bodyLine ? placeBodyCursor(bodyLine) : focusField(problem.field))}
            >
              跳到此处
            </button>
          </li>
        ))}
      </ol>
      <p className="text-muted">{CROSS_FILE}</p>
    </section>
  );
}

/**
 * A body the parser refused, part by part in the site's styles; each part with problems is
 * marked with their numbers in the list. A body past the parser's limits is shown as text.
 */
function DraftBody({
  collection,
  body,
  parts,
  placed,
}: {
  collection: CheckedEntry['collection'];
  body: string;
  parts: readonly BodyPart[] | undefined;
  placed: readonly Placed[];
}) {
  if (!parts) return <pre className="whitespace-pre-wrap text-sm">{body}</pre>;
  return (
    <div>
      {parts.map((part, index) => {
        const numbers = placed.flatMap((entry, number) => (entry.part === index ? [number + 1] : []));
        const heading = part.heading;
        const Heading = heading && (`h${heading.depth}` as 'h2');
        return (
          <section
            key={index}
            id={partId(index)}
            tabIndex={-1}
            className={numbers.length ? 'cms-marked mb-6' : 'mb-6'}
            style={numbers.length ? { outline: '3px solid #c2410c', outlineOffset: 6, borderRadius: 2 } : undefined}
          >
            {numbers.length > 0 && (
              <p className="cms-mark mb-1 text-sm font-bold" style={{ color: '#c2410c' }}>
                ⚠ 问题 {numbers.join('、')}
              </p>
            )}
            {heading && Heading && <Heading className={DRAFT_HEADINGS[collection][heading.depth] ?? 'font-bold'}>{heading.text}</Heading>}
            {part.nodes.length > 0 && <Html markup={renderBlocks(part.nodes).html} />}
          </section>
        );
      })}
    </div>
  );
}

/** The issue as its page shows it, without what only the site has (table of contents, links to pages, copy buttons). */
function Issue({ bulletin, imageUrl }: { bulletin: Bulletin; imageUrl: ImageUrl }) {
  return (
    <div>
      <IssueHeader bulletin={bulletin} />
      {issueSections(bulletin, { body: (item) => <ItemContent item={item} imageUrl={imageUrl} /> })}
      <ContactFooter bulletin={bulletin} />
    </div>
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
  // A draft's cover lines, as far as they are filled in.
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const cover = {
    series: text(fields.series) ?? SERIES_NAME,
    label: entryIssueId(fields) ? issueLabel(Number(fields.year), Number(fields.number)) : undefined,
    publisher: text(fields.publisher),
    date: text(fields.date),
  };
  return (
    <div className="mx-auto max-w-3xl p-4">
      <ProblemPanel checked={checked} placed={placed} />
      {checked.collection === 'bulletins' && checked.bulletin ? (
        <Issue bulletin={checked.bulletin} imageUrl={imageUrl} />
      ) : (
        <div>
          <IssueHeader bulletin={cover} />
          <DraftBody collection="bulletins" body={fields.body ?? ''} parts={parts} placed={placed} />
        </div>
      )}
    </div>
  );
}

export function QaPreview(props: PreviewProps) {
  const data = props.entry.get('data') as { toJS(): QaEntry } | undefined;
  const entry = data?.toJS() ?? {};
  const checked = checkQaEntry(entry, existingPath(props));
  const parts = checked.collection === 'qa' && checked.article ? undefined : bodyParts(entry.body ?? '');
  const placed = place(checked, parts);
  return (
    <div className="mx-auto max-w-3xl p-4">
      <ProblemPanel checked={checked} placed={placed} />
      {checked.collection === 'qa' && checked.article ? (
        qaArticle(checked.article)
      ) : (
        <article>
          {typeof entry.title === 'string' && entry.title ? <h1 className="mb-4 text-2xl font-bold">{entry.title}</h1> : null}
          <DraftBody collection="qa" body={entry.body ?? ''} parts={parts} placed={placed} />
        </article>
      )}
    </div>
  );
}
