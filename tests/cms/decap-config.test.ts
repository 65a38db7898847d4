import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type DecapField, decapConfig, decapField } from '@/lib/cms/decap-config';
import { GROUP_WIDGET, PDF_FIELD, SLUG_WIDGET } from '@/lib/cms/names';
import { frontMatterJsonSchemas } from '@/lib/content/json-schemas';
import { originalPdfUrl } from '@/lib/content/original-pdf';
import { CMS_CONFIG_FILE, cmsConfigYaml } from '@/lib/generators/cms-config';

type Properties = Record<string, { title: string; description: string }>;
const schemas = frontMatterJsonSchemas() as Record<string, { properties: Properties }>;
const config = decapConfig();
const [bulletins, qa] = config.collections;
const issueFields = ((bulletins?.fields[0] as DecapField | undefined)?.fields ?? []) as DecapField[];
const qaFields = (qa?.fields ?? []) as DecapField[];

describe("the CMS's config.yml", () => {
  it('is generated from the zod schemas and up to date (run npm run cms:config)', () => {
    expect(readFileSync(CMS_CONFIG_FILE, 'utf8')).toBe(cmsConfigYaml());
    expect(parse(readFileSync(CMS_CONFIG_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it('asks for a pull request per change on GitHub', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
    expect(config.backend.base_url).toMatch(/^https:\/\//);
  });

  it('has a form field for every front matter field, labelled with its Chinese title and hinted with its description', () => {
    for (const [collectionFields, schema] of [
      [issueFields, schemas['bulletin.schema.json']],
      [qaFields, schemas['qa.schema.json']],
    ] as const) {
      for (const [name, { title, description }] of Object.entries(schema?.properties ?? {})) {
        const field = (collectionFields as DecapField[]).find((candidate) => candidate.name === name);
        expect(field, name).toBeDefined();
        expect(field?.label).toBe(title);
        expect(field?.label).toMatch(/\p{Script=Han}/u);
        expect(field?.hint).toBe(description);
      }
    }
  });

  it('hints every field in Chinese, the pattern messages too, and the JSON Schemas describe fields in the same words', () => {
    const texts = [...allFields([...issueFields, ...qaFields])].flatMap((field) => [field.hint ?? '', field.pattern?.[1] ?? '']);
    const descriptions = Object.values(schemas).flatMap((schema) => [...allDescriptions(schema)]);
    for (const text of [...texts.filter(Boolean), ...descriptions]) expect(text, text).toSatisfy(isChinese);
    expect(texts.filter(Boolean).length).toBeGreaterThan(20);
    expect(descriptions.length).toBeGreaterThan(15);
  });

  it('never marks a field optional that a file needs, 网址名 included', () => {
    const slug = qaFields.find((field) => field.name === 'slug');
    expect(slug).toMatchObject({ label: '网址名', widget: SLUG_WIDGET });
    expect(slug?.required).toBeUndefined();
    for (const [fields, schema] of [
      [issueFields, schemas['bulletin.schema.json']],
      [qaFields, schemas['qa.schema.json']],
    ] as const) {
      const required = new Set((schema as { required?: string[] }).required ?? []);
      for (const field of fields)
        if (field.name in (schema?.properties ?? {})) expect(field.required !== false, field.name).toBe(required.has(field.name));
    }
  });

  it('shows groups of fields under their label, without the object widget’s unlabeled bar', () => {
    const groups = [...allFields(issueFields)].filter((field) => field.fields);
    expect(groups.map((field) => [field.label, field.widget])).toEqual([['联系方式', GROUP_WIDGET]]);
  });

  it('edits every body as plain text, so nothing typed is rewritten', () => {
    expect(issueFields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    expect(qaFields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
  });

  it('stores the original PDF as a file of the entry at public/pdf/, at the address the front matter names', () => {
    const pdf = issueFields.find((field) => field.name === PDF_FIELD);
    expect(pdf).toMatchObject({ widget: 'file', media_folder: '/public/pdf', public_folder: '/pdf', choose_url: false });
    // Decap names the stored file public_folder/<file name>: the importer's address, which the schema's pattern accepts.
    const address = `${pdf?.public_folder}/2024-05.pdf`;
    expect(address).toBe(originalPdfUrl('2024-05'));
    expect(address).toMatch(new RegExp(pdf?.pattern?.[0] ?? '^$', 'u'));
    expect(`/public${pdf?.public_folder}`).toBe(pdf?.media_folder);
  });

  it('names new issues by their zero-padded id, set before saving', () => {
    expect(bulletins?.slug).toBe('{{fields.issue.id}}');
  });
});

function* allFields(fields: readonly DecapField[]): Generator<DecapField> {
  for (const field of fields) {
    yield field;
    if (field.field) yield* allFields([field.field]);
    if (field.fields) yield* allFields(field.fields);
  }
}

function* allDescriptions(schema: unknown): Generator<string> {
  if (typeof schema !== 'object' || schema === null) return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' && typeof value === 'string') yield value;
    else yield* allDescriptions(value);
  }
}

/** Chinese prose: Han characters, and no English phrase (two Latin words in a row) outside `code`. */
function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/[A-Za-z]{2,}[\s,.;:]+[A-Za-z]{2,}/.test(text.replace(/`[^`]*`/g, ''));
}

describe('form fields from JSON Schema', () => {
  it('labels a field with its title and hints it with its description', () => {
    expect(
      decapField('year', { type: 'integer', title: '年份', description: '本期的年份：2024年第2期填 2024。', minimum: 2000 }, true),
    ).toEqual({
      name: 'year',
      label: '年份',
      hint: '本期的年份：2024年第2期填 2024。',
      widget: 'number',
      value_type: 'int',
      min: 2000,
    });
  });

  it('refuses a field without a title or a description, so the form never shows a bare key', () => {
    expect(() => decapField('year', { type: 'integer', description: 'Year.' }, true)).toThrow('front matter field "year" needs a title');
    expect(() => decapField('year', { type: 'integer', title: '年份' }, true)).toThrow('front matter field "year" needs a title');
  });

  it('refuses a type it has no widget for', () => {
    expect(() => decapField('flag', { type: 'boolean', title: '标志', description: 'A flag.' }, false)).toThrow('has type boolean');
  });
});
