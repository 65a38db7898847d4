/**
 * Nothing lost from file to page, as one check: every Han character of a content file's body
 * must reach its page, in order, as the parsed content holds it for the pages (rendered text,
 * headings, figure captions and alt text, the source as 信息来源). A construct that hides text —
 * an unclosed `<!--` that swallows the rest of the file, markup the sanitizer removes, a gap in
 * the parser — fails at the first line whose text is not there. Closed comments are editors'
 * notes and stay out deliberately, as do link addresses.
 *
 * Han characters are what the check follows: Markdown syntax, link addresses and numbering
 * are ASCII, so only the text itself is compared. Each source line's Han text must stand, whole
 * and in order, in the page's Han text: linear in the file.
 */
import { foldLookAlikes } from './look-alike-ideographs';
import { numberToChineseNumeral } from './numerals';
import type { BulletinBody, QaBody } from './types';

const NOT_HAN = /[^\p{Script=Han}]/gu;

export interface LostText {
  line: number;
  column: number;
  /** The line's text from where it is lost, shortened. */
  excerpt: string;
}

/** The first body line whose text does not reach the page; undefined when all of it does. */
export function firstLostText(body: string, shown: readonly string[]): LostText | undefined {
  // Closed comments are blanked in place, so lines and columns stay the file's.
  // Look-alikes (⻅ for 见) are their own rule's problem: here they count as the ideograph.
  // Link and image addresses (`](/search/?q=数字乡村)`) are not text either, nor a reference
  // definition's address; but one whose address or title holds Chinese (`[注]:本条为节选`) is
  // text that Markdown swallows, so it stays and is reported.
  const blank = (hidden: string) => hidden.replace(/[^\n]/gu, ' ');
  const source = foldLookAlikes(body)
    .replace(/<!--[\s\S]*?-->/gu, blank)
    .replace(/\]\([^)\n]*\)/gu, blank)
    .replace(/^ {0,3}\[[^\]\n]+\]:(?![^\n]*\p{Script=Han}).*$/gmu, blank);
  const page = foldLookAlikes(shown.join('\n')).replace(NOT_HAN, '');
  let at = 0;
  for (const [index, line] of source.split('\n').entries()) {
    const han = line.replace(NOT_HAN, '');
    if (han === '') continue;
    const found = page.indexOf(han, at);
    if (found === -1) {
      const column = line.search(/\p{Script=Han}/u) + 1;
      const rest = line.slice(column - 1).trim();
      return { line: index + 1, column, excerpt: rest.length > 24 ? `${rest.slice(0, 24)}…` : rest };
    }
    at = found + han.length;
  }
  return undefined;
}

/**
 * A block's text as the page shows it, with each image's alt text where the image stands
 * (an answer may hold a picture in mid-sentence). Only its Han characters are compared, so
 * tags are dropped and entities need no decoding.
 */
const shownText = (html: string) => html.replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gu, '$1').replace(/<[^>]*>/gu, '');

/** What an issue's pages show of its body, in reading order. */
export function bulletinPageText(body: BulletinBody): string[] {
  const shown: string[] = [];
  for (const section of body.sections) {
    shown.push(`${numberToChineseNumeral(section.number)}、${section.name}`);
    const items = [...section.items, ...section.subsections.flatMap((sub) => sub.items)];
    const subsectionAt = new Map(section.subsections.map((sub) => [sub.items[0], sub]));
    for (const item of items) {
      const sub = subsectionAt.get(item);
      if (sub) shown.push(`（${numberToChineseNumeral(sub.number)}）${sub.name}`);
      shown.push(item.title);
      for (const block of item.blocks) {
        if (block.kind === 'paragraph') shown.push(shownText(block.html));
        else shown.push(block.alt ?? '', block.label ?? '', block.caption ?? '');
      }
      shown.push(`信息来源：${item.source}`);
    }
  }
  return shown;
}

/** What a Q&A page shows of its body. */
export function qaPageText(body: QaBody): string[] {
  const shown = body.intro ? [shownText(body.intro.html)] : [];
  for (const question of body.questions) shown.push(question.title, shownText(question.html));
  return shown;
}
