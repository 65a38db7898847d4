/**
 * The little of Decap CMS's browser API that the admin bundle uses, typed here rather than
 * importing Decap's own types (which pull in a second React). decap-cms.js sets these globals:
 * `CMS`, and `h` and `createClass` from the React it carries, so our widgets and previews render
 * inside Decap's React tree without shipping another React.
 */

/** An Immutable.js collection as Decap hands it out: only what we call. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  setIn(path: readonly (string | number)[], value: unknown): ImmutableMap;
  clear(): ImmutableMap;
  toList(): ImmutableList;
  toJS(): Record<string, unknown>;
}

export interface ImmutableList {
  push(...values: unknown[]): ImmutableList;
}

/** A Decap field definition (from config.yml), Immutable. */
export type DecapFieldMap = ImmutableMap;

/** What Decap's asset lookup returns: its string is a blob: or site URL, '' while loading. */
export interface AssetProxy {
  toString(): string;
}

export interface PreviewProps {
  entry: ImmutableMap;
  getAsset: (path: string, field?: DecapFieldMap) => AssetProxy;
}

/** The props Decap gives a widget's control that ours use; the rest are passed through untouched. */
export interface ControlProps<Value = ImmutableMap> {
  value: Value | undefined;
  field: DecapFieldMap;
  /** The entry being edited: `newRecord` until it is first saved, then its `slug` and `path`. */
  entry: ImmutableMap;
  /** The id the field's label points at. */
  forID: string;
  /** Decap's class for a field's input box. */
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  onChange: (value: unknown) => void;
  onPersistMedia: (file: File, options: { field: DecapFieldMap }) => Promise<unknown>;
  getEntry: () => ImmutableMap;
  resolveWidget: (name: string) => { control: unknown };
  [other: string]: unknown;
}

export interface Formatter {
  fromFile(content: string): object;
  toFile(data: object): string;
}

/** A locale's phrases, nested by Decap's keys. */
export interface Phrases {
  [key: string]: string | Phrases;
}

export interface DecapCms {
  init(): void;
  registerLocale(locale: string, phrases: Phrases): void;
  getLocale(locale: string): Phrases | undefined;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(url: string): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableMap }) => ImmutableMap | Promise<ImmutableMap>;
  }): void;
}

/** React.createElement of Decap's React. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** create-react-class: a component with state and methods (bound to it), without a second React. */
export type CreateClass = (spec: { render: () => unknown; [method: string]: unknown }) => unknown;

declare global {
  interface Window {
    CMS: DecapCms;
    h: CreateElement;
    createClass: CreateClass;
    /** Set before decap-cms.js runs: Decap waits for CMS.init(). */
    CMS_MANUAL_INIT?: boolean;
  }
}
