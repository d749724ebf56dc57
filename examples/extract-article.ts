/**
 * The whole job on the example article: Arabic text → mentions linked to records → draft
 * meetings → records that pass the validator together with the shipped reference data.
 * Run with `npx tsx examples/extract-article.ts` (in an installed project, import from
 * `tansiq/extract` and `tansiq/validate` instead of the source paths).
 */
import { readFileSync } from 'node:fs';
import { annotateArticle, extractMeetings, extractMentions } from '../src/extract/index.js';
import { validateRecords } from '../src/validate/index.js';

const text = readFileSync(new URL('seed-article.txt', import.meta.url), 'utf8');
const reference = '2022-06-20';

// 1. Mentions: persons, agencies, forums and countries, linked where the link is sure.
const mentions = extractMentions(text, { reference });
const linked = mentions.filter((m) => m.ref !== undefined).length;
console.log(`${mentions.length} mentions, ${linked} linked to records`);
for (const m of mentions.filter((x) => x.kind !== 'country')) {
  const ref =
    m.ref === undefined ? `not in the data (${m.name ?? '?'})` : m.ref.kind === 'country' ? m.ref.country : m.ref.id;
  console.log(`  ${m.kind.padEnd(7)} ${m.text} → ${ref}`);
}

// 2. Meetings the article reports as held.
for (const m of extractMeetings(text, { reference })) {
  const parties = m.parties.map((p) => (p.kind === 'country' ? p.country : p.id)).join(' + ');
  console.log(
    `meeting: ${m.kind ?? 'meeting'} ${m.date ?? '(undated)'} ${parties}${m.location?.city === undefined ? '' : ` in ${m.location.city}`}`,
  );
}

// 3. Records, validated with the shipped reference data.
const { article, meetings, persons } = annotateArticle({
  text,
  url: 'https://github.com/tansiq/tansiq/blob/main/examples/seed-article.txt',
  reference,
});
const result = validateRecords([...persons, ...meetings, article]);
console.log(
  `records: 1 article, ${meetings.length} meetings, ${persons.length} new persons; validation: ${result.summary.errors} errors, ${result.summary.warnings} warnings`,
);
