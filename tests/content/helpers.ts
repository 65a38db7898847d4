import { readFileSync } from 'node:fs';
import path from 'node:path';
import { folderWith } from '../folders';

/**
 * A copy of the seed content as published: unit tests read this, never content/, so adding
 * or editing real issues never moves their expectations.
 */
export const SEED_CONTENT_DIR = path.resolve(import.meta.dirname, '../fixtures/content');
export const SEED_BULLETIN = readFileSync(path.join(SEED_CONTENT_DIR, 'bulletins/2024-02.md'), 'utf8');
export const SEED_QA = readFileSync(path.join(SEED_CONTENT_DIR, 'qa/digital-village-action-plan-2022-2025.md'), 'utf8');

/** Replace exactly one occurrence, so a fixture edit cannot silently miss. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`fixture edit: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The text with everything from `from` up to (not including) `until` replaced, so a fixture edit cannot silently miss. */
export function cut(text: string, from: string, until: string, by = ''): string {
  const start = text.indexOf(from);
  const end = text.indexOf(until, start);
  if (start === -1 || end === -1) throw new Error(`fixture cut: "${from}" … "${until}" not found`);
  return text.slice(0, start) + by + text.slice(end);
}

/** A throwaway content folder holding the given files (paths relative to it; text, or bytes as saved). */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  return folderWith(files, 'content-');
}

/** Line number (1-based) of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in fixture`);
  return index + 1;
}
