import { isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { splitFrontMatter } from './file-text';
import { FILE_START, type Position, type Report } from './problems';

export interface FrontMatterResult<T> {
  /** The validated data, or undefined when any problem was found. */
  data: T | undefined;
  /** The body, line-aligned with the file (see splitFrontMatter). */
  body: string;
  /** The parsed YAML before validation, for checks that can still run on a partly valid file. */
  input: Record<string, unknown>;
}

/**
 * Parse and validate a file's YAML front matter, reporting every problem with the
 * file line and column of the value at fault (or of the front matter, for a missing field).
 */
export function readFrontMatter<S extends z.ZodType>(text: string, schema: S, report: Report): FrontMatterResult<z.output<S>> {
  const split = splitFrontMatter(text);
  const failed = (input: Record<string, unknown> = {}) => ({ data: undefined, body: split.body, input });

  if (split.yaml === null) {
    report('front-matter-present', FILE_START, {});
    return failed();
  }
  if (split.unclosed) {
    report('front-matter-closed', FILE_START, {});
    return failed();
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + split.yamlLine - 1, column: col };
  };
  for (const error of doc.errors) report('yaml-syntax', position(error.pos[0]), { detail: error.message.split('\n')[0] ?? '' });
  if (doc.errors.length > 0) return failed();
  if (reportTags(doc, position, report)) return failed();

  let parsed: unknown;
  try {
    // Throws on an alias that expands too far (a "billion laughs" file), among others.
    parsed = doc.toJS();
  } catch (error) {
    report('yaml-syntax', { line: split.yamlLine, column: 1 }, { detail: String((error as Error).message).split('\n')[0] ?? '' });
    return failed();
  }
  const input = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const result = schema.safeParse(parsed ?? {});
  if (result.success) return { data: result.data, body: split.body, input };

  for (const zodIssue of result.error.issues) {
    const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    // An unknown key is reported at the key itself.
    const keys = zodIssue.code === 'unrecognized_keys' ? zodIssue.keys.map((k) => [...path, k]) : [path];
    for (const keyPath of keys) {
      const node = nearestNode(doc, keyPath);
      const at = node === undefined ? FILE_START : position(node);
      const value = valueAt(input, keyPath);
      reportZodIssue(zodIssue, keyPath, value, at, keyPath.join('.') || 'front matter', report);
    }
  }
  return failed(input);
}

/** The tags of YAML's core schema; any other (`!!js/function`, `!!binary`, `!!python/…`, `!local`) asks for more than data. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Reports every tag beyond the core schema; true when there was one. */
function reportTags(
  doc: ReturnType<typeof parseDocument>,
  position: (offset: number) => { line: number; column: number },
  report: Report,
): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || CORE_TAGS.has(node.tag)) return;
      found = true;
      report('yaml-tag', position(node.range?.[0] ?? 0), { tag: node.tag.replace('tag:yaml.org,2002:', '!!') });
    },
  });
  return found;
}

/** A zod issue as the rule it breaks, with its message's parameters. */
function reportZodIssue(
  zodIssue: z.core.$ZodIssue,
  path: (string | number)[],
  value: unknown,
  at: Position,
  field: string,
  report: Report,
): void {
  if (zodIssue.code === 'unrecognized_keys') report('field-unknown', at, { name: String(path.at(-1)) }, field);
  else if (zodIssue.code === 'invalid_type' && value === undefined) report('field-required', at, { expected: zodIssue.message }, field);
  else if (zodIssue.code === 'custom' && zodIssue.params?.rule === 'invisible-character') {
    const { code = 0, before = '' } = zodIssue.params as { code?: number; before?: string };
    report('invisible-character', at, { code, before }, field);
  } else report('field-value', at, { message: zodIssue.message }, field);
}

/** Offset of the deepest existing YAML node on the path (the key node for map entries). */
function nearestNode(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    const key = path[depth - 1];
    if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
      for (const [index, item] of parent.items.entries()) {
        if (isNode(item) && typeof key === 'number' && index === key && item.range) return item.range[0];
        if (item && typeof item === 'object' && 'key' in item) {
          const k = item.key;
          const keyValue = isNode(k) && 'value' in k ? k.value : k;
          if (String(keyValue) === String(key) && isNode(k) && k.range) return k.range[0];
        }
      }
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}
