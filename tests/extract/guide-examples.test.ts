/** The examples of docs/guides/extracting-articles.md and the README's extraction example, run as written. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle, extractMeetings, extractMentions } from '../../src/extract/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { validateRecords } from '../../src/validate/index.js';

const text = readFileSync(resolve(import.meta.dirname, '../../examples/seed-article.txt'), 'utf8');

describe('Extracting from articles (guide)', () => {
  it('1. text → mentions', () => {
    const mentions = extractMentions(text, { reference: '2022-06-20' });
    expect(mentions.find((m) => m.text === 'كريستوفر راي')).toEqual({
      text: 'كريستوفر راي',
      span: { start: 266, end: 278 },
      kind: 'person',
      ref: { kind: 'person', id: 'person.christopher-wray' },
      confidence: 0.95,
    });
    expect(mentions.find((m) => m.text === 'زهير لعميم')?.name).toBe('Zouhair Laamim');
  });

  it('2. mentions → meetings', () => {
    expect(extractMeetings(text, { reference: '2022-06-20' }).map((m) => [m.kind, m.date, m.location?.city])).toEqual([
      ['bilateral-talks', undefined, undefined],
      ['bilateral-talks', undefined, 'Madrid'],
      ['plenary', '2020-09-29', undefined],
    ]);
  });

  it('3. meetings → records → validate', () => {
    const { article, meetings, persons } = annotateArticle({
      text,
      url: 'https://github.com/tansiq/tansiq/blob/main/examples/seed-article.txt',
      reference: '2022-06-20',
    });
    expect(article.bodyHash?.startsWith('fd14af7f')).toBe(true);
    expect(validateRecords([...persons, ...meetings, article]).summary.errors).toBe(0);
  });

  it('your own records', () => {
    const records = [
      {
        type: 'person',
        id: 'person.sami-test',
        name: 'Sami Test',
        names: [{ value: 'سامي التجريبي', lang: 'ar', kind: 'native' }],
        sources: [],
      },
    ] as TansiqRecord[];
    expect(extractMentions('استقبل سامي التجريبي الوفد', { records })[0]?.ref).toEqual({
      kind: 'person',
      id: 'person.sami-test',
    });
  });

  it('titles and misspelled names; capitals', () => {
    const p = extractMentions('وزير الداخلية الإسباني فرناندو مارلاسكه', { reference: '2022-06-20' }).find(
      (m) => m.kind === 'person',
    );
    expect(p?.ref).toEqual({ kind: 'person', id: 'person.fernando-grande-marlaska' });
    expect(extractMentions('العلاقات بين الرباط وباريس').map((m) => m.text)).toEqual(['الرباط', 'باريس']);
  });

  it('README: from an article', () => {
    expect(
      extractMentions('استقبل المدير العام للأمن الوطني عبد اللطيف حموشي السفير الأمريكي', {
        reference: '2022-06-20',
      }).map((m) => m.ref),
    ).toEqual([
      { kind: 'organization', id: 'agency.ma-dgsn' },
      { kind: 'person', id: 'person.abdellatif-hammouchi' },
      { kind: 'country', country: 'US' },
    ]);
  });
});
