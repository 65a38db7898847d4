/**
 * APA 7th, BibTeX and RIS through citation-js, at build time only: pages ship the
 * finished text, never citation-js.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { toCsl } from './csl';
import type { CitedWork } from './work';

// BibTeX's default escapes everything outside ASCII to LaTeX and drops what it cannot
// (every Chinese title): biber and BibTeX in UTF-8 read Chinese as it is.
plugins.config.get('@bibtex').format.asciiOnly = false;

const cite = (work: CitedWork) => new Cite(toCsl(work));

/** APA 7th as plain text: the fallback when the HTML is not what we expect. */
function apaText(work: CitedWork): string {
  return String(cite(work).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}

/**
 * APA 7th as HTML: citeproc escapes the data and adds only <i> (the periodical's or the
 * page's title in italics). Anything else means the output is not what we expect, so the
 * plain text is returned, escaped, instead.
 */
export function apaHtml(work: CitedWork): string {
  const html = String(cite(work).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim();
  if (entry !== undefined && !/<(?!\/?i>)/.test(entry)) return entry;
  return escapeHtml(apaText(work));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function bibtex(work: CitedWork): string {
  return `${String(cite(work).format('bibtex')).trim()}\n`;
}

export function ris(work: CitedWork): string {
  return `${String(cite(work).format('ris')).trim()}\n`;
}
