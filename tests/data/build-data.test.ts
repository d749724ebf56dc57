import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DATASET_PATH,
  GUIDE_PATH,
  SEED_TEXT_PATH,
  buildExampleDataset,
  guideTables,
  renderGuideTables,
  toJsonLines,
  withGuideTables,
} from '../../scripts/build-data.js';
import { referenceRecords } from '../../src/data/index.js';
import { RecordSchema, recordReferences } from '../../src/schemas/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';

const seedText = readFileSync(SEED_TEXT_PATH, 'utf8');

describe('scripts/build-data', () => {
  it('writes JSON Lines that parse back to the records', () => {
    const jsonl = toJsonLines(referenceRecords);
    const lines = jsonl.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l) as unknown)).toEqual(referenceRecords);
  });

  it('keeps the committed example dataset in step with the data', () => {
    const expected = toJsonLines(buildExampleDataset(referenceRecords, seedText));
    expect(readFileSync(EXAMPLE_DATASET_PATH, 'utf8')).toBe(expected);
  });

  it('builds a self-contained, valid example dataset around the article', () => {
    const dataset = buildExampleDataset(referenceRecords, seedText);
    const [article] = dataset;
    expect(article?.type === 'article' && article.body).toBe(seedText);
    const ids = new Set<string>(dataset.map((r) => r.id));
    expect(ids.size).toBe(dataset.length);
    for (const record of dataset) {
      expect(RecordSchema.safeParse(record).success, record.id).toBe(true);
      for (const ref of recordReferences(record))
        expect(ids.has(ref.id), `${record.id}${ref.pointer} → ${ref.id}`).toBe(true);
    }
    for (const id of [
      'meeting.2022-06-13-ma-us-washington',
      'meeting.2022-06-15-ma-es-madrid',
      'meeting.2020-09-29-gctf-cc-17',
      'person.christopher-wray',
      'position.us-fbi-director',
      'occupancy.us-fbi-director-christopher-wray',
      'forum-membership.gctf-ma',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(
      dataset.some((r: TansiqRecord) => r.type === 'meeting' && r.id === 'meeting.2011-09-22-gctf-ministerial-1'),
    ).toBe(false);
  });

  it('refuses a text that does not match the article hash', () => {
    expect(() => buildExampleDataset(referenceRecords, `${seedText} `)).toThrow(/bodyHash/);
  });

  it('keeps the generated tables of the guide in step with the data', () => {
    const guide = readFileSync(GUIDE_PATH, 'utf8');
    expect(guideTables(guide)).toBe(renderGuideTables(referenceRecords));
    expect(withGuideTables(guide, renderGuideTables(referenceRecords))).toBe(guide);
    expect(() => guideTables('no markers')).toThrow(/markers/);
  });

  it('renders co-chairs with country names and open terms as current', () => {
    const tables = renderGuideTables(referenceRecords);
    expect(tables).toContain('| 2019-09-25 | 2022-09-21 | Morocco, Canada |');
    expect(tables).toContain('| 2023-05-04 | current | European Union, Egypt |');
    expect(tables).toContain('| Kenya, Kuwait | 2024-02-29 | current |');
  });
});
