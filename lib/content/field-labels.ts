/**
 * The Chinese name of the field or part of a file a problem is at, as the editor knows it: the
 * CMS's own labels for front matter fields (each schema field's title), and names for the parts
 * of the body. `contacts.phones.0` reads 联系方式 › 联系电话 第1项.
 */
import { groupShape, type Shape, schemaField } from './schema-fields';
import { bulletinFrontMatterSchema } from './schemas/bulletin';
import { qaFrontMatterSchema } from './schemas/qa';

/** Parts of a file that are not front matter fields. */
const PARTS: Readonly<Record<string, string>> = {
  file: '文件',
  'file name': '文件名',
  text: '正文',
  body: '正文',
  'front matter': '文件头',
  heading: '标题行',
  section: '栏目',
  'section.number': '栏目序号',
  subsection: '子栏目',
  'subsection.number': '子栏目序号',
  item: '条目',
  'item.number': '条目序号',
  'item.source': '信息来源',
  questions: '问题',
  question: '问题',
  answer: '回答',
  html: 'HTML',
  link: '链接',
  image: '图片',
  'image.alt': '图片说明',
  TODO: 'TODO',
};

/** A front matter path's labels, or undefined when no schema knows its first key; the file's own kind first. */
function frontMatterLabel(path: string[], kind: 'bulletin' | 'qa'): string | undefined {
  const schemas = [bulletinFrontMatterSchema.shape, qaFrontMatterSchema.shape] as Shape[];
  for (const root of kind === 'qa' ? schemas.reverse() : schemas) {
    const labels: string[] = [];
    let shape: Shape | undefined = root;
    for (const key of path) {
      if (/^\d+$/.test(key)) {
        labels.push(`第${Number(key) + 1}项`);
        continue;
      }
      const field = schemaField(shape, key);
      if (!field?.title) break;
      labels.push(field.title);
      shape = groupShape(field.schema);
    }
    if (labels.length > 0) return labels.join(' › ');
  }
  return undefined;
}

/** The Chinese name of a problem's field in a file of that kind; the field itself when it has none. */
export function fieldLabel(field: string, kind: 'bulletin' | 'qa' = 'bulletin'): string {
  return PARTS[field] ?? frontMatterLabel(field.split('.'), kind) ?? field;
}
