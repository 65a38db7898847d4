/**
 * The admin bundle (admin/cms.js). It runs before decap-cms.js and holds Decap's start
 * (CMS_MANUAL_INIT) until the project's parts are registered: the file formats, the bulletin
 * widget with its PDF import, the previews and the check before saving. Otherwise Decap could
 * read config.yml, which names our formats, before they exist. Its script tag names the site's
 * stylesheets for the preview (data-preview-styles); pdf.js is served from pdfjs/ beside it.
 */

import { NEW_ENTRY_ATTRIBUTE } from './admin-styles';
import { bulletinEntry, bulletinFile, qaEntry, qaFile } from './entry-file';
import { groupControl } from './group-widget';
import { issueControl } from './issue-widget';
import { registerPhrases } from './locale';
import { CMS_FORMATS, GROUP_WIDGET, ISSUE_WIDGET, SLUG_WIDGET } from './names';
import { beforeSave, isRefusedSave } from './pre-save';
import { BulletinPreview, QaPreview } from './preview';
import { slugControl } from './slug-widget';

const script = document.currentScript as HTMLScriptElement;
const previewStyles = (script.dataset.previewStyles ?? '').split(' ').filter(Boolean);
const pdfjsBase = new URL('pdfjs/', script.src).href;

window.CMS_MANUAL_INIT = true;
// decap-cms.js, the next script on the page, has run by then.
document.addEventListener('DOMContentLoaded', () => {
  const { CMS } = window;
  for (const style of previewStyles) CMS.registerPreviewStyle(style);
  CMS.registerCustomFormat(CMS_FORMATS.bulletin, 'md', { fromFile: bulletinEntry, toFile: (data) => bulletinFile(data as never) });
  CMS.registerCustomFormat(CMS_FORMATS.qa, 'md', { fromFile: qaEntry, toFile: (data) => qaFile(data as never) });
  registerPhrases(CMS);
  CMS.registerWidget(ISSUE_WIDGET, issueControl(pdfjsBase));
  CMS.registerWidget(GROUP_WIDGET, groupControl());
  CMS.registerWidget(SLUG_WIDGET, slugControl());
  CMS.registerPreviewTemplate('bulletins', BulletinPreview);
  CMS.registerPreviewTemplate('qa', QaPreview);
  CMS.registerEventListener({ name: 'preSave', handler: beforeSave });
  CMS.init();
});

// A refused save is not a failure of the page: Decap has shown its notice, and nothing else is to be done.
window.addEventListener('unhandledrejection', (event) => {
  if (isRefusedSave(event.reason)) event.preventDefault();
});

// Decap's routes are in the hash: #/collections/bulletins/new is an entry never saved (lib/cms/admin-styles.ts).
const markNewEntry = () =>
  document.documentElement.toggleAttribute(NEW_ENTRY_ATTRIBUTE, /^#\/collections\/[^/]+\/new\b/.test(location.hash));
window.addEventListener('hashchange', markNewEntry);
markNewEntry();
