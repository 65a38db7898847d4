import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type DecapField, decapConfig, decapField } from '@/lib/cms/decap-config';
import { frontMatterJsonSchemas } from '@/lib/content/json-schemas';
import { CMS_CONFIG_FILE, cmsConfigYaml } from '@/scripts/generate-cms-config';

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

  it('edits every body as plain text, so nothing typed is rewritten', () => {
    expect(issueFields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    expect(qaFields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
  });

  it('names new issues by their zero-padded id, set before saving', () => {
    expect(bulletins?.slug).toBe('{{fields.issue.id}}');
  });
});

describe('form fields from JSON Schema', () => {
  it('labels a field with its title and hints it with its description', () => {
    expect(
      decapField('year', { type: 'integer', title: '年份', description: 'Year of the issue: 2024 for 2024年第2期.', minimum: 2000 }, true),
    ).toEqual({
      name: 'year',
      label: '年份',
      hint: 'Year of the issue: 2024 for 2024年第2期.',
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
