/**
 * Decap's preSave hook: the last word before a commit. A new bulletin gets its issue id, which
 * names its file YYYY-NN.md (config.yml's slug; Decap's templates cannot zero-pad a number), and
 * no entry is saved while the file it would write has problems: the preview lists them, and
 * Decap's notice names how many and the first.
 */
import { type ContentProblem, formatProblem } from '../content/problems';
import type { ImmutableMap } from './decap';
import { type CheckedEntry, checkBulletinEntry, checkQaEntry } from './entry-check';
import { type BulletinEntry, entryIssueId, type QaEntry } from './entry-file';
import { ISSUE_FIELD } from './names';

export function beforeSave({ entry }: { entry: ImmutableMap }): ImmutableMap {
  let data = entry.get('data') as ImmutableMap;
  const path = entry.get('newRecord') ? undefined : (entry.get('path') as string | undefined);
  let checked: CheckedEntry;
  if (entry.get('collection') === 'bulletins') {
    const plain = data.toJS() as unknown as BulletinEntry;
    const id = entryIssueId(plain[ISSUE_FIELD] ?? {});
    if (id) data = data.setIn([ISSUE_FIELD, 'id'], id);
    checked = checkBulletinEntry(plain, path);
  } else {
    checked = checkQaEntry(data.toJS() as QaEntry, path);
  }
  if (checked.problems.length > 0) throw new SaveRefused(checked.problems);
  return data;
}

/**
 * Why a save was refused. Decap shows it in its notice as `String(error)`: the message alone,
 * without the `Error:` a plain Error would put first. Decap then rejects the save's promise,
 * which nothing of Decap's catches; admin.ts marks that rejection handled (isRefusedSave).
 */
export class SaveRefused extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    const [first] = problems;
    super(`有 ${problems.length} 个问题，改正后才能保存（预览上方列出了全部）。第一个：${first ? formatProblem(first) : ''}`);
    this.name = 'SaveRefused';
  }

  override toString(): string {
    return this.message;
  }
}

/** Whether a rejection is Decap's failed save for a SaveRefused: its action carries the error. */
export function isRefusedSave(reason: unknown): boolean {
  return (
    reason instanceof SaveRefused ||
    (typeof reason === 'object' && reason !== null && (reason as { error?: unknown }).error instanceof SaveRefused)
  );
}
