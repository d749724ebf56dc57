/**
 * The tables of the guides that are generated from the code's catalogues, between marker
 * comments (`<!-- NAME:start -->` … `<!-- NAME:end -->`):
 *
 * - `issue-codes` in `docs/guides/validating-datasets.md`, from `ISSUE_CODES`.
 *
 * `npx tsx scripts/docs/guide-tables.ts` rewrites them (part of `npm run generate`); the guide
 * tests compare each table with `renderGuideTable`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUE_CODES } from '../../src/validate/index.js';

const root = join(import.meta.dirname, '..', '..');

/** One generated table: the guide it lives in, its marker name and its Markdown. */
export interface GuideTable {
  /** Path of the guide, from the repository root. */
  guide: string;
  /** Marker name: the table sits between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
  name: string;
  /** The table's Markdown, without the markers. */
  render: () => string;
}

function cell(s: string): string {
  return s.replaceAll('|', '\\|');
}

/** The issue-code table of the validating guide. */
export function issueCodeTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(
    ([code, info]) =>
      `| \`${code}\` | ${info.severity} | ${info.stage} | ${cell(info.description)} | ${cell(info.example)} |`,
  );
  return ['| code | severity | stage | meaning | example trigger |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Every generated guide table. */
export const GUIDE_TABLES: readonly GuideTable[] = [
  { guide: 'docs/guides/validating-datasets.md', name: 'issue-codes', render: issueCodeTable },
];

/** `text` with the region between the markers of `name` replaced by `table`. */
export function withGuideTable(text: string, name: string, table: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`the markers ${start} … ${end} are missing`);
  return `${text.slice(0, from)}${start}\n${table}\n${text.slice(to)}`;
}

/** The region between the markers of `name` (without the markers), or `undefined`. */
export function guideTableRegion(text: string, name: string): string | undefined {
  const start = `<!-- ${name}:start -->\n`;
  const from = text.indexOf(start);
  const to = text.indexOf(`\n<!-- ${name}:end -->`, from);
  return from < 0 || to < 0 ? undefined : text.slice(from + start.length, to);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const table of GUIDE_TABLES) {
    const path = join(root, table.guide);
    writeFileSync(path, withGuideTable(readFileSync(path, 'utf8'), table.name, table.render()));
    console.log(`wrote the ${table.name} table of ${table.guide}`);
  }
}
