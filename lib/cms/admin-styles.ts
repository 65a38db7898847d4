/**
 * The admin page's own style sheet (admin/admin.css: the page allows no inline styles of its
 * own), laid over Decap's. Decap writes its styles at run time
 * with emotion; each styled part also carries a fixed class, its emotion target (e1d2l9mo12 is
 * the toolbar's "unchanged" status), which is what these rules select. The targets are those of
 * the pinned Decap CMS 3.16.3 (scripts/decap-bundle.ts); a test fails if its bundle no longer has one.
 */

/** The emotion targets the rules below select, by the name Decap gives the part. */
export const DECAP_TARGETS = {
  /** The editor toolbar's green status under the back link: 修改已保存. */
  BackStatusUnchanged: 'e1d2l9mo12',
} as const;

/** `data-cms-new-entry` on <html> while the editor shows an entry that has never been saved (lib/cms/admin.ts sets it). */
export const NEW_ENTRY_ATTRIBUTE = 'data-cms-new-entry';

/** Its file in admin/, written by scripts/build-admin.ts. */
export const ADMIN_STYLESHEET = 'admin.css';

export const ADMIN_STYLES = `
/* Decap sets labels, error messages and badges in capitals. Chinese has none, and a field's
   description in capitals (a pattern message) reads as shouting: every text stays as written. */
body * { text-transform: none !important; }

/* Decap says 修改已保存 for any entry without unsaved changes, a new one too, which is not saved:
   a new entry says so instead (the element is hidden, so its words are not read out either). */
html[${NEW_ENTRY_ATTRIBUTE}] .${DECAP_TARGETS.BackStatusUnchanged} { visibility: hidden; position: relative; }
html[${NEW_ENTRY_ATTRIBUTE}] .${DECAP_TARGETS.BackStatusUnchanged}::after {
  content: '新内容，尚未保存'; visibility: visible; position: absolute; left: 0; top: 0; white-space: nowrap; color: #5d626f;
}
`;
