/**
 * Decap CMS's config.yml as data. The form fields of both collections are generated from the
 * JSON Schemas zod writes for the front matter (lib/content/json-schemas.ts), labels and hints
 * from the schemas' field descriptions, so the form cannot drift from what validation accepts.
 * `npm run cms:config` writes it to public/admin/config.yml; a test fails when that file is stale.
 */
import { frontMatterJsonSchemas } from '../content/json-schemas';
import { originalPdfUrl } from '../content/original-pdf';
import { ASCII_SLUG } from '../routes';
import { DECAP_LOCALE } from './locale';
import { CMS_FOLDERS, CMS_FORMATS, GROUP_WIDGET, ISSUE_FIELD, ISSUE_WIDGET, PDF_FIELD, SLUG_WIDGET } from './names';

/** The GitHub repository editors' pull requests go to, and the OAuth client that signs them in (README, "Setting up the sign-in"). */
export const CMS_BACKEND = {
  repo: 'OWNER/REPO',
  branch: 'main',
  /** The OAuth client's address (a sveltia-cms-auth Worker, for example): Decap opens `${baseUrl}/auth`. */
  baseUrl: 'https://sveltia-cms-auth.example.workers.dev',
} as const;

/** The part of a JSON Schema that zod writes for the front matter and the form needs. */
export interface JsonSchema {
  type?: string;
  const?: unknown;
  /** The field's name for editors: 年份, 期号 (`.meta({ title })`). */
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** A Decap field, as config.yml spells it. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: unknown[];
  value_type?: 'int';
  min?: number;
  max?: number;
  pattern?: [string, string];
  field?: DecapField;
  fields?: DecapField[];
  /** A file field's folder in the repository (`/public/pdf`) and its address on the site (`/pdf`). */
  media_folder?: string;
  public_folder?: string;
  /** Whether a file field offers 从网址插入 as well as an upload. */
  choose_url?: boolean;
}

/** One form field for one front matter key. */
export function decapField(name: string, schema: JsonSchema, required: boolean): DecapField {
  // The label is the field's Chinese name as editors know it (the schema's title), the hint its description.
  const { title, description } = schema;
  if (!title || !description) {
    throw new Error(
      `front matter field "${name}" needs a title and a description: give it .describe() and .meta({ title }) in its zod schema`,
    );
  }
  const base = { name, label: title, hint: description, ...(required ? {} : { required: false }) };
  if (schema.const !== undefined) return { ...base, widget: 'select', options: [schema.const], default: schema.const };
  const withDefault = schema.default === undefined ? {} : { default: schema.default };
  switch (schema.type) {
    case 'integer':
      return { ...base, widget: 'number', value_type: 'int', ...range(schema.minimum, schema.maximum), ...withDefault };
    case 'string':
      return { ...base, widget: 'string', ...patternOf(schema, description), ...withDefault };
    case 'array': {
      if (schema.items?.type !== 'string') throw new Error(`front matter field "${name}": only lists of text have a form widget`);
      // A list of one `field` keeps a list of plain values, as the front matter has.
      const item: DecapField = { name, label: base.label, widget: 'string', ...patternOf(schema.items, description) };
      return { ...base, widget: 'list', field: item, ...(schema.minItems ? { min: schema.minItems } : {}), ...withDefault };
    }
    case 'object':
      return { ...base, widget: GROUP_WIDGET, fields: decapFields(schema) };
    default:
      throw new Error(`front matter field "${name}" has type ${schema.type}, which has no form widget`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function decapFields(schema: JsonSchema): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => decapField(name, property, required.has(name)));
}

function range(min: number | undefined, max: number | undefined) {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function patternOf(schema: JsonSchema, description: string) {
  return schema.pattern ? { pattern: [schema.pattern, description] as [string, string] } : {};
}

/** The folder of the original PDFs on the site, `/pdf`, as lib/content/original-pdf.ts names them. */
const PDF_FOLDER = originalPdfUrl('YYYY-NN').replace(/\/[^/]*$/u, '');

/**
 * The original PDF as a file field: 从 PDF 导入 stores the PDF through Decap's media handling
 * with this field, so it is committed with the entry as public/pdf/YYYY-NN.pdf; an editor can
 * also upload one. Its address is still checked against the schema's pattern.
 */
function originalPdfField(field: DecapField): DecapField {
  return { ...field, widget: 'file', media_folder: `/public${PDF_FOLDER}`, public_folder: PDF_FOLDER, choose_url: false };
}

/** The body of every content file: plain text, so nothing an editor types is rewritten (Decap's Markdown widget escapes `#`, `*` and `[`). */
function bodyField(hint: string): DecapField {
  return { name: 'body', label: '正文 (Markdown)', widget: 'text', hint };
}

export function decapConfig() {
  const schemas = frontMatterJsonSchemas() as Record<string, JsonSchema>;
  const bulletin = schemas['bulletin.schema.json'] ?? {};
  const qa = schemas['qa.schema.json'] ?? {};
  return {
    backend: {
      name: 'github',
      repo: CMS_BACKEND.repo,
      branch: CMS_BACKEND.branch,
      base_url: CMS_BACKEND.baseUrl,
      // Pull request titles and commit messages in the repository's language of record.
      commit_messages: {
        create: 'CMS: add {{collection}} {{slug}}',
        update: 'CMS: update {{collection}} {{slug}}',
        delete: 'CMS: delete {{collection}} {{slug}}',
        uploadMedia: 'CMS: upload {{path}}',
        deleteMedia: 'CMS: delete {{path}}',
      },
    },
    // Each save is a commit on a cms/<collection>/<slug> branch with its pull request; CI checks it.
    publish_mode: 'editorial_workflow',
    // `npx decap-server` on localhost:8081 edits a local clone instead (only when /admin/ is opened on localhost).
    local_backend: true,
    locale: DECAP_LOCALE,
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'bulletins',
        label: '数字乡村发展动态',
        label_singular: '一期',
        folder: CMS_FOLDERS.bulletins,
        create: true,
        extension: 'md',
        format: CMS_FORMATS.bulletin,
        // New issues are saved as YYYY-NN.md: the id is set before saving (lib/cms/entry-file.ts), existing files keep their names.
        identifier_field: `${ISSUE_FIELD}.year`,
        slug: `{{fields.${ISSUE_FIELD}.id}}`,
        summary: `{{fields.${ISSUE_FIELD}.year}}年第{{fields.${ISSUE_FIELD}.number}}期`,
        // An issue's pictures live beside its other pictures: public/images/2024-05/fig-1.png is /images/2024-05/fig-1.png.
        media_folder: `/public/images/{{fields.${ISSUE_FIELD}.id}}`,
        public_folder: `/images/{{fields.${ISSUE_FIELD}.id}}`,
        fields: [
          {
            name: ISSUE_FIELD,
            label: '本期',
            // The object widget plus 从 PDF 导入, which fills every field below at once.
            widget: ISSUE_WIDGET,
            fields: [
              ...decapFields(bulletin).map((field) => (field.name === PDF_FIELD ? originalPdfField(field) : field)),
              bodyField('`## 一、栏目`、`### （一）小栏目`、`#### 1. 标题`，每条以 `（信息来源：…）` 结束。保存前由预览检查。'),
            ],
          },
        ],
      },
      {
        name: 'qa',
        label: '答记者问',
        label_singular: '一篇答记者问',
        folder: CMS_FOLDERS.qa,
        create: true,
        extension: 'md',
        format: CMS_FORMATS.qa,
        identifier_field: 'title',
        slug: '{{fields.slug}}',
        summary: '{{fields.title}}',
        fields: [
          {
            name: 'slug',
            label: '网址名',
            // Required: a new article is named by it. An existing one shows its file's name (lib/cms/slug-widget.ts).
            widget: SLUG_WIDGET,
            pattern: [ASCII_SLUG.source, '只用小写英文字母、数字和连字符，例如 digital-village-action-plan。'],
            hint: '新文章的文件名和网址 /qa/<网址名>/：小写英文字母、数字和连字符，例如 digital-village-action-plan。已有文章的网址名不能再改。',
          },
          ...decapFields(qa),
          bodyField('开头一段导语（可无），然后每个问题一个 `## 一、问题`，下面是回答。保存前由预览检查。'),
        ],
      },
    ],
  };
}
