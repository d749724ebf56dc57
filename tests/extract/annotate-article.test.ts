import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRecord } from '../../src/data/index.js';
import { annotateArticle, ExtractError } from '../../src/extract/index.js';
import { RecordSchema } from '../../src/schemas/index.js';
import type { Article } from '../../src/schemas/index.js';
import { validateRecords } from '../../src/validate/index.js';

const seed = readFileSync(resolve(import.meta.dirname, '../../examples/seed-article.txt'), 'utf8');
const url = 'https://github.com/tansiq/tansiq/blob/main/examples/seed-article.txt';

describe('annotateArticle', () => {
  const result = annotateArticle({ text: seed, url, reference: '2022-06-20' });
  const records = [...result.persons, ...result.meetings, result.article];

  it('gives records that pass RecordSchema and validateRecords together with the shipped data', () => {
    for (const r of records) expect(RecordSchema.safeParse(r).success).toBe(true);
    const report = validateRecords(records);
    expect(report.issues).toEqual([]);
  });

  it('identifies the article by the hash of its text, like the shipped example article', () => {
    const shipped = getRecord('article.2022-06-ma-us-es-security-cooperation') as Article;
    expect(result.article.bodyHash).toBe(shipped.bodyHash);
    expect(result.article.datePublished).toBe('2022-06-20');
    expect(result.article.reportsMeetings).toEqual(result.meetings.map((m) => m.id));
  });

  it('puts mentions with spans into the text and links unknown persons to new person records', () => {
    for (const m of result.article.mentions ?? []) expect(seed.slice(m.span?.start, m.span?.end)).toBe(m.text);
    expect(result.persons.map((p) => p.id)).toEqual(['person.zouhair-laamim']);
    const laamim = (result.article.mentions ?? []).filter(
      (m) => m.ref?.kind === 'person' && m.ref.id === 'person.zouhair-laamim',
    );
    expect(laamim.map((m) => m.text)).toEqual(['زهير لعميم', 'لعميم']);
  });

  it('sources every meeting to the article with the quote, span, method and confidence', () => {
    expect(result.meetings.length).toBeGreaterThanOrEqual(2);
    for (const m of result.meetings) {
      const [source] = m.sources;
      expect(source).toMatchObject({ articleId: result.article.id, url, method: 'rule' });
      expect(seed.slice(source?.span?.start, source?.span?.end).trim()).toBe(source?.quote);
      expect(source?.confidence).toBeGreaterThan(0);
      expect(m.status).toBe('held');
    }
  });

  it('gives the same ids for the same text', () => {
    const again = annotateArticle({ text: seed, url, reference: '2022-06-20' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('rejects a malformed url or reference with a typed error', () => {
    expect(() => annotateArticle({ text: 'نص', url: 'example.org', reference: '2022-06-20' })).toThrow(ExtractError);
    expect(() => annotateArticle({ text: 'نص', url, reference: '20-06-2022' })).toThrow(/reference must be a date/);
  });

  it('annotates an empty text', () => {
    const empty = annotateArticle({ text: '', url, reference: '2022-06-20', headline: 'Empty' });
    expect(empty.meetings).toEqual([]);
    expect(RecordSchema.safeParse(empty.article).success).toBe(true);
  });
});
