/**
 * Generates the table of the rules checked inside one record (`RECORD_RULES`) in
 * docs/guides/validating-datasets.md, between the `record-rules:start` and `record-rules:end`
 * markers. Run with `npm run generate:rules`; `--check` exits with 1 (and writes nothing) when
 * the guide is out of date. A test checks it too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RecordRuleId } from '../src/schemas/index.js';
import { RECORD_RULES, RECORD_TYPES } from '../src/schemas/index.js';

export const GUIDE_PATH = fileURLToPath(new URL('../docs/guides/validating-datasets.md', import.meta.url));
export const START = '<!-- record-rules:start -->';
export const END = '<!-- record-rules:end -->';

const cell = (text: string): string => text.replaceAll('|', '\\|');
/** A message template as Markdown: placeholders in code so `{end}` reads as a value. */
const template = (text: string): string => cell(text).replace(/\{(\w+)\}/g, '`{$1}`');

/** The Markdown table of every record rule, in catalogue order. */
export function ruleTable(): string {
  const rows = (Object.keys(RECORD_RULES) as RecordRuleId[]).map((id) => {
    const rule = RECORD_RULES[id];
    const types =
      rule.appliesTo.length === RECORD_TYPES.length
        ? 'every record type'
        : rule.appliesTo.map((t) => `\`${t}\``).join(', ');
    return `| \`${id}\` | ${cell(rule.summary)} | ${cell(rule.where)} | ${types} | ${template(rule.message.en)} | ${template(rule.message.ar)} |`;
  });
  return [
    '| rule | what it requires | checked on | record types | message | message (`--locale ar`) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The guide with its rule table replaced by the generated one. */
export function withRuleTable(guide: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE_PATH}: markers ${START} … ${END} not found`);
  return `${guide.slice(0, start + START.length)}\n${ruleTable()}\n${guide.slice(end)}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const guide = readFileSync(GUIDE_PATH, 'utf8');
  const next = withRuleTable(guide);
  if (process.argv.includes('--check')) {
    if (next !== guide) {
      console.error(`${GUIDE_PATH}: the record rule table is out of date; run npm run generate:rules`);
      process.exit(1);
    }
  } else if (next !== guide) {
    writeFileSync(GUIDE_PATH, next);
    console.log(`updated the record rule table in ${GUIDE_PATH}`);
  }
}
