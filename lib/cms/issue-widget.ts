/**
 * The bulletin form's widget: Decap's own object widget holding every front matter field and
 * the body (as a group, lib/cms/group-widget.ts), with 从 PDF 导入 above it. A Decap widget can only change its own value, so the
 * import, which fills the fields and the body at once, wraps them all in one field
 * (config.yml's `issue`; lib/cms/entry-file.ts writes its contents as the file's front matter).
 * The import replaces the fields the PDF gives and keeps the others (a date typed in before);
 * its pictures and the PDF itself go to Decap's media store and are committed with the entry:
 * the pictures in the issue's folder, the PDF through the `pdf` file field as public/pdf/YYYY-NN.pdf.
 */
import type { DecapFieldMap, ImmutableList, ImmutableMap } from './decap';
import { type GroupSelf, objectDelegation, objectWithoutBar } from './group-widget';
import { ISSUE_FIELD, PDF_FIELD } from './names';
import { type ImportedFile, importPdf } from './pdf-import';

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

/**
 * The `pdf` field's definition inside the issue field: Decap finds a file's folder by looking for
 * this very object among the collection's fields, so it is handed over as Decap gave it.
 */
function pdfFieldOf(issueField: DecapFieldMap): DecapFieldMap | undefined {
  const fields = issueField.get('fields') as { find(test: (field: DecapFieldMap) => boolean): DecapFieldMap | undefined } | undefined;
  return fields?.find((field) => field.get('name') === PDF_FIELD);
}

/**
 * Whether the repository already holds the file (an issue imported again). Decap would then ask,
 * in English, to replace it and delete the published file at once, outside the entry's pull
 * request; so a published file is left as it is.
 */
function isPublished(entry: ImmutableMap, { url }: ImportedFile): boolean {
  const files = entry.get('mediaFiles') as { some(test: (file: ImmutableMap) => boolean): boolean } | undefined;
  return files?.some((file) => !file.get('draft') && file.get('path') === `public${url}`) ?? false;
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
        const pdfField = pdfFieldOf(this.props.field);
        const original = result.original && pdfField ? { ...result.original, field: pdfField } : undefined;
        const files = [...result.pictures.map((picture) => ({ ...picture, field: this.props.field })), ...(original ? [original] : [])];
        const published = files.filter((stored) => isPublished(this.props.entry, stored));
        for (const stored of files) if (!published.includes(stored)) await this.props.onPersistMedia(stored.file, { field: stored.field });
        const kept = [
          original && !published.includes(original) ? `原版 PDF 将随本期保存为 ${original.url}。` : '',
          published.length ? `网站上已有 ${published.map(({ url }) => url).join('、')}，保留原文件，没有替换。` : '',
        ].join('');
        this.setState({
          busy: false,
          status: `已从 ${file.name} 导入 ${imported.year}年第${imported.number}期${result.pictures.length ? `和 ${result.pictures.length} 张图片` : ''}。${kept}请核对各栏，填上出版日期（如原刊有），再看预览里的检查结果。`,
          messages: [...result.notices, ...result.summary],
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
          // The browser's own file button speaks the browser's language ("Choose File"): it is kept
          // for the keyboard and screen readers but drawn as the label after it (admin.css).
          h('input', {
            id,
            type: 'file',
            className: 'cms-pdf-file',
            accept: 'application/pdf,.pdf',
            disabled: busy,
            onChange: (event: { target: HTMLInputElement }) => this.importFile(event),
          }),
          h('label', { htmlFor: id, className: 'cms-pdf-choose' }, busy ? '正在读取……' : '选择 PDF 文件'),
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
