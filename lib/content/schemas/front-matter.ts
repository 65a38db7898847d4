import type { z } from 'zod';
import { bulletinFrontMatterSchema } from './bulletin';
import { qaFrontMatterSchema } from './qa';

/** Each kind of content file's front matter schema: content/bulletins/ and content/qa/. */
export const FRONT_MATTER_SCHEMAS = { bulletin: bulletinFrontMatterSchema, qa: qaFrontMatterSchema } as const satisfies Record<
  string,
  z.ZodObject
>;

export type FrontMatterKind = keyof typeof FRONT_MATTER_SCHEMAS;
