/**
 * JSX for the admin bundle, over the React that Decap's bundle carries: its createElement is
 * `window.h` (lib/cms/decap.ts). lib/build/admin.ts compiles the preview and the site's
 * components it renders (components/IssueHeader.tsx and the others) with esbuild's automatic
 * JSX and both `react/jsx-runtime` and `react` aliased here, so they render in Decap's React
 * tree and the admin page carries one React; a component that imports a hook (or anything else
 * of React's but types) fails the admin build instead. `window.h` is looked up at render time:
 * decap-cms.js sets it after the admin bundle has run.
 */

/** React's fragment type: a well-known symbol, the same in every copy of React. */
export const Fragment = Symbol.for('react.fragment');

/** The automatic runtime's element factory: children come inside props, the key apart. */
export function jsx(type: unknown, props: Record<string, unknown>, key?: string | number): unknown {
  return window.h(type, key === undefined ? props : { ...props, key });
}

export const jsxs = jsx;

/** What esbuild calls instead of jsx() for a key after a spread (`<a {...props} key={k} />`). */
export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown {
  return window.h(type, props, ...children);
}
