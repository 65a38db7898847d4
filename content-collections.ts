/**
 * The content layer: content-collections reads content/ (or CONTENT_DIR) at build time
 * and hands the pages typed, parsed data. All parsing and validation lives in
 * lib/content/ so `npm run validate` and the build apply exactly the same rules.
 */
import path from 'node:path';
import { defineCollection, defineConfig, defineParser } from '@content-collections/core';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parseBulletinFile } from './lib/content/bulletin-file';
import { ContentError } from './lib/content/issues';
import { parseQaFile } from './lib/content/qa-file';
import { bulletinFrontMatterSchema } from './lib/content/schemas/bulletin';
import { qaFrontMatterSchema } from './lib/content/schemas/qa';
import { normalizeSourceText, splitFrontMatter } from './lib/content/source-text';

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
// content-collections joins `directory` onto the config's folder, so it must be relative.
const relativeRoot = path.relative(process.cwd(), root);

/** Keeps the raw text so the transform can parse with file line numbers (BOM and CRLF allowed). */
const rawFile = defineParser({
  hasContent: true,
  parse: (raw: string) => {
    const split = splitFrontMatter(normalizeSourceText(raw));
    return { ...(split.yaml ? parseDocument(split.yaml).toJS() : {}), content: raw };
  },
});

const displayPath = (filePath: string, folder: string) =>
  path
    .relative(process.cwd(), path.join(root, folder, filePath))
    .split(path.sep)
    .join('/');

const bulletins = defineCollection({
  name: 'bulletins',
  directory: path.join(relativeRoot, 'bulletins'),
  include: '*.md',
  parser: rawFile,
  schema: bulletinFrontMatterSchema.extend({ content: z.string() }),
  transform: (document) => {
    const result = parseBulletinFile(document.content, displayPath(document._meta.filePath, 'bulletins'));
    if (!result.bulletin) throw new ContentError(result.issues);
    const { links: _links, images: _images, ...bulletin } = result.bulletin;
    return bulletin;
  },
});

const qas = defineCollection({
  name: 'qas',
  directory: path.join(relativeRoot, 'qa'),
  include: '*.md',
  parser: rawFile,
  schema: qaFrontMatterSchema.extend({ content: z.string() }),
  transform: (document) => {
    const result = parseQaFile(document.content, displayPath(document._meta.filePath, 'qa'));
    if (!result.article) throw new ContentError(result.issues);
    const { links: _links, images: _images, ...article } = result.article;
    return article;
  },
});

export default defineConfig({ content: [bulletins, qas] });
