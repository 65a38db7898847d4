/**
 * `npm run validate [-- paths…] [--lang en]`: check every content file (or the ones named) and
 * print every problem, all at once: `path:line:col  where：message` in Chinese (the default),
 * `path:line:col  field  message` in English (`--lang en`, for developers). Exit 1 on any;
 * warnings (the same item in two issues) are printed first and stop nothing.
 */
import { contentDir } from '../lib/content/content-dir';
import { bulletinItems } from '../lib/content/items';
import { langOptionOrExit, withoutLangOption } from '../lib/content/lang-option';
import { formatProblem, problemReport } from '../lib/content/problems';
import { loadSiteContent } from '../lib/site/load';

const args = process.argv.slice(2);
const lang = langOptionOrExit(args) ?? 'zh-CN';
const only = withoutLangOption(args).filter((arg) => !arg.startsWith('-'));
const { bulletins, qas, problems, warnings } = loadSiteContent(contentDir(), only.length ? { only } : {});

if (warnings.length > 0) {
  const heading =
    lang === 'en'
      ? `⚠ ${warnings.length} warning(s): worth a look, they stop nothing`
      : `⚠ ${warnings.length} 个提醒（不影响发布，请看一下）：`;
  console.log(`${heading}\n${warnings.map((warning) => formatProblem(warning, lang)).join('\n')}\n`);
}

if (problems.length > 0) {
  console.error(problemReport(problems, lang));
  process.exit(1);
}
const items = bulletins.reduce((n, b) => n + bulletinItems(b).length, 0);
console.log(
  lang === 'en'
    ? `✓ content valid: ${bulletins.length} bulletin issue(s) with ${items} item(s), ${qas.length} Q&A article(s).`
    : `✓ 内容有效：${bulletins.length} 期简报，共 ${items} 条；${qas.length} 篇答记者问。`,
);
