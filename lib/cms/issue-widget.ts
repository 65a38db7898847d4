/**
 * The bulletin form's widget: Decap's own object widget holding every front matter field and
 * the body (as a group, lib/cms/group-widget.ts), with 从 PDF 导入 above it. A Decap widget can only change its own value, so the
 * import, which fills the fields and the body at once, wraps them all in one field
 * (config.yml's `issue`; lib/cms/entry-file.ts writes its contents as the file's front matter).
 * The import replaces the fields the PDF gives and keeps the others (a date typed in before);
 * its pictures go to Decap's media store and are committed with the entry.
 */
import type { ImmutableList, ImmutableMap } from './decap';
import { type GroupSelf, objectDelegation, objectWithoutBar } from './group-widget';
import { ISSUE_FIELD } from './names';
import { importPdf } from './pdf-import';

interface ImportState {
  busy: boolean;
  /** What the import did, or why it did nothing. */
  status: string;
  /** The importer's problems (nothing was filled in) or notices (filled in; check these), `file.pdf:page N:line M  message`. */
  messages: string[];
  failed: boolean;
}

/** Plain data as Immutable.js, built from an empty collection Decap handed us (so no second copy of Immutable is shipped). */
function toImmutable(value: unknown, empty: ImmutableMap): unknown {
  if (Array.isArray(value)) return value.reduce((list: ImmutableList, item) => list.push(toImmutable(item, empty)), empty.toList());
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((map: ImmutableMap, [key, item]) => map.set(key, toImmutable(item, empty)), empty);
  }
  return value;
}

type Self = GroupSelf & {
  state: ImportState;
  setState(state: Partial<ImportState>): void;
  importFile(event: { target: HTMLInputElement }): Promise<void>;
};

export function issueControl(pdfjsBase: string): unknown {
  const h = window.h;
  return window.createClass({
    ...objectDelegation,
    getInitialState: (): ImportState => ({ busy: false, status: '', messages: [], failed: false }),

    async importFile(this: Self, event: { target: HTMLInputElement }) {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      this.setState({ busy: true, status: `正在读取 ${file.name}……`, messages: [], failed: false });
      try {
        const result = await importPdf(file, pdfjsBase);
        if (!result.ok) {
          this.setState({
            busy: false,
            failed: true,
            status: `${file.name} 有 ${result.problems.length} 个问题，没有导入任何内容：`,
            messages: result.problems,
          });
          return;
        }
        const empty = this.props.getEntry().clear();
        const current = this.props.value ?? empty;
        const imported = result.entry[ISSUE_FIELD];
        const next = Object.entries(imported).reduce((map: ImmutableMap, [key, value]) => map.set(key, toImmutable(value, empty)), current);
        this.props.onChange(next);
        for (const picture of result.pictures) await this.props.onPersistMedia(picture, { field: this.props.field });
        this.setState({
          busy: false,
          status: `已从 ${file.name} 导入 ${imported.year}年第${imported.number}期${result.pictures.length ? `和 ${result.pictures.length} 张图片` : ''}。请核对各栏，填上出版日期（如原刊有），再看预览里的检查结果。`,
          messages: result.notices,
        });
      } catch (error) {
        this.setState({
          busy: false,
          failed: true,
          status: `读取 ${file.name} 失败：${String((error as Error).message ?? error)}`,
          messages: [],
        });
      }
    },

    render(this: Self) {
      const id = `${String(this.props.forID)}-pdf`;
      const { busy, status, messages, failed } = this.state;
      return h(
        'div',
        null,
        h(
          'div',
          { className: 'cms-pdf-import', style: { margin: '0 0 16px', padding: '12px 16px', border: '2px dashed #ccc', borderRadius: 5 } },
          h('label', { htmlFor: id, style: { fontWeight: 'bold', marginRight: 12 } }, '从 PDF 导入'),
          h('input', {
            id,
            type: 'file',
            accept: 'application/pdf,.pdf',
            disabled: busy,
            onChange: (event: { target: HTMLInputElement }) => this.importFile(event),
          }),
          h('p', { role: 'status', style: { margin: '8px 0 0' } }, status),
          messages.length
            ? h(
                'ul',
                {
                  className: failed ? 'cms-import-problems' : 'cms-import-notices',
                  style: { margin: '8px 0 0', fontFamily: 'monospace', whiteSpace: 'pre-wrap' },
                },
                ...messages.map((message, index) => h('li', { key: index }, message)),
              )
            : null,
        ),
        objectWithoutBar(this),
      );
    },
  });
}
