/**
 * `npm run docs:rules [-- --lang zh-CN|en]`: write CONTRIBUTING's table of every content rule
 * from lib/content/rules.ts, between its markers, in the language of the table already there
 * (or the one asked for). A unit test fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { langOptionOrExit } from '../lib/content/lang-option';
import { RULE_TABLE_END, RULE_TABLE_START, ruleTable, ruleTableLang } from '../lib/content/rule-table';

const file = 'CONTRIBUTING.md';
const text = readFileSync(file, 'utf8');
const start = text.indexOf(RULE_TABLE_START);
const end = text.indexOf(RULE_TABLE_END);
if (start === -1 || end === -1) throw new Error(`${file} has no rule table markers`);
const lang = langOptionOrExit(process.argv.slice(2)) ?? ruleTableLang(text) ?? 'zh-CN';
writeFileSync(file, `${text.slice(0, start)}${ruleTable(lang)}${text.slice(end + RULE_TABLE_END.length)}`);
console.log(`wrote the rule table of ${file} (${lang})`);
