/** Names config.yml (Node), the admin bundle (browser) and the build's steps must agree on. */

/** The CMS's folder in the export: /admin/. Its page has its own policy (lib/cms/admin-page.ts); the site's CSP step and budgets leave it out. */
export const ADMIN_DIR = 'admin';

/** The bulletin form's one top-level field: every front matter field and the body sit inside it, so 从 PDF 导入 can fill them all. */
export const ISSUE_FIELD = 'issue';

/** The bulletin's original PDF inside it: a file field, stored at public/pdf/YYYY-NN.pdf with the entry (lib/cms/decap-config.ts). */
export const PDF_FIELD = 'pdf';

/** The widget of that field: Decap's object widget with the PDF import above it (lib/cms/issue-widget.ts). */
export const ISSUE_WIDGET = 'bulletin-issue';

/** Every other group of fields (联系方式): Decap's object widget without its unlabeled bar (lib/cms/group-widget.ts). */
export const GROUP_WIDGET = 'field-group';

/** The Q&A form's 网址名: required for a new article, the file's own name, read-only, for an existing one (lib/cms/slug-widget.ts). */
export const SLUG_WIDGET = 'qa-slug';

/** The file formats registered for the collections (lib/cms/entry-file.ts). */
export const CMS_FORMATS = { bulletin: 'bulletin-markdown', qa: 'qa-markdown' } as const;

/** Where each collection's files live in the repository. */
export const CMS_FOLDERS = { bulletins: 'content/bulletins', qa: 'content/qa' } as const;
