/**
 * The admin page's own style sheet (admin/admin.css: the page allows no inline styles of its
 * own), laid over Decap's. Decap writes its styles at run time
 * with emotion; each styled part also carries a fixed class, its emotion target (e1d2l9mo12 is
 * the toolbar's "unchanged" status), which is what these rules select. The targets are those of
 * the pinned Decap CMS 3.16.3 (lib/build/decap-bundle.ts); a test fails if its bundle no longer has one.
 */

/** The emotion targets the rules below select, by the name Decap gives the part. */
export const DECAP_TARGETS = {
  /** The editor toolbar's green status under the back link: 修改已保存. */
  BackStatusUnchanged: 'e1d2l9mo12',
  /** The editor page: the toolbar above the form and the preview, 800 px wide at least. */
  EditorContainer: 'e1nx103k5',
  /** The editor's toolbar: back link, 保存, 状态, 发布, the account menu; 800 px wide at least. */
  ToolbarContainer: 'e1d2l9mo22',
  /** Its middle part, with the buttons. */
  ToolbarSectionMain: 'e1d2l9mo21',
  ToolbarSubSectionFirst: 'e1d2l9mo20',
} as const;

/** Below this width the editor's form and preview are stacked instead of side by side. */
export const STACKED_EDITOR_WIDTH = 800;

/** `data-cms-new-entry` on <html> while the editor shows an entry that has never been saved (lib/cms/admin.ts sets it). */
export const NEW_ENTRY_ATTRIBUTE = 'data-cms-new-entry';

/** Its file in admin/, written by lib/build/admin.ts. */
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

/* 从 PDF 导入's file input (lib/cms/issue-widget.ts): the label after it is its button, in Chinese. */
.cms-pdf-file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.cms-pdf-choose { display: inline-block; padding: 4px 12px; border: 1px solid #798291; border-radius: 4px; background: #fff; color: #313d3e; cursor: pointer; }
.cms-pdf-file:focus-visible + .cms-pdf-choose { outline: 2px solid #3a69c7; outline-offset: 2px; }
.cms-pdf-file:disabled + .cms-pdf-choose { cursor: progress; color: #798291; }

/* On a phone the editor is 800 px wide: the toolbar's buttons and the preview lie beyond the
   screen. Narrower than that, the page scrolls down instead: the toolbar wraps its buttons,
   then the form, then the preview (react-split-pane's panes, whose widths are inline styles). */
@media (max-width: ${STACKED_EDITOR_WIDTH - 1}px) {
  .${DECAP_TARGETS.EditorContainer} { min-width: 0 !important; padding-top: 0 !important; overflow: hidden auto !important; }
  .${DECAP_TARGETS.ToolbarContainer} { position: static !important; min-width: 0 !important; height: auto !important; flex-wrap: wrap; }
  .${DECAP_TARGETS.ToolbarSectionMain}, .${DECAP_TARGETS.ToolbarSubSectionFirst} { flex-wrap: wrap; gap: 6px 0; padding-block: 6px; }
  .${DECAP_TARGETS.EditorContainer} .SplitPane { position: static !important; flex-direction: column !important; height: auto !important; overflow: visible !important; }
  .${DECAP_TARGETS.EditorContainer} .SplitPane > .Pane { width: 100% !important; height: auto !important; overflow: visible !important; }
  .${DECAP_TARGETS.EditorContainer} .SplitPane > .Pane2 { height: 85vh !important; border-top: 2px solid #dfdfe3; }
  .${DECAP_TARGETS.EditorContainer} .SplitPane > .Resizer { display: none; }
}
`;
