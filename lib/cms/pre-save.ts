/**
 * Decap's preSave hook: the last word before a commit. A new bulletin gets its issue id, which
 * names its file YYYY-NN.md (config.yml's slug; Decap's templates cannot zero-pad a number), and
 * no entry is saved while the file it would write has problems: the preview lists them.
 */
import { formatProblem } from '../content/problems';
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
  if (checked.problems.length > 0) {
    const [first] = checked.problems;
    throw new Error(`${checked.problems.length} 个问题，预览里有全部列表。第一个：${first ? formatProblem(first) : ''}`);
  }
  return data;
}
