/**
 * Text in Arabic presentation forms (as PDF extractors write it) is read like the letters it
 * stands for: the same mentions, links, dates and meetings as the plain text, with offsets into
 * the text as given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateArticle, extractMeetings, extractMentions } from '../../src/extract/index.js';
import { findArabicDates } from '../../src/arabic/index.js';
import { findDatesAsGiven } from '../../src/extract/_lib/presentation-forms.js';
import { validateRecords } from '../../src/validate/index.js';
import { PASSAGES } from './corpus/index.js';
import { asLetters, expectShapedAsPlain, FORMS, toPresentationForms } from '../_lib/presentation-forms.js';

describe('text in presentation forms', () => {
  it('builds forms for every Arabic letter the corpus uses and for the lam-alef ligatures', () => {
    for (const l of 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي' + 'ءآأؤإئةى') expect(FORMS.has(l), l).toBe(true);
    expect(FORMS.get('لا')?.length).toBe(2);
    const pf = toPresentationForms('الأحد الاثنين');
    expect(pf).not.toMatch(/[\u0621-\u064A]/u);
    expect(asLetters(pf)).toBe('الأحد الاثنين');
  });

  it('gives every corpus passage the mentions and links of its plain text', () => {
    const mentions = expectShapedAsPlain(
      PASSAGES,
      (text, reference) => extractMentions(text, { reference }),
      (m) => [m.kind, m.ref, m.confidence],
      (m) => ({ text: m.text, ...m.span }),
    );
    expect(mentions).toBeGreaterThan(800);
  });

  it('gives every corpus passage the meetings and dates of its plain text', () => {
    let dated = 0;
    for (const p of PASSAGES) {
      const pf = toPresentationForms(p.text);
      const summary = (text: string) =>
        extractMeetings(text, { reference: p.reference }).map((m) => ({
          date: m.date,
          kind: m.kind,
          parties: m.parties,
          location: m.location,
          forumId: m.forumId,
          persons: m.participants.map((x) => [x.personId, x.role, x.country, asLetters(x.name)]),
          evidence: asLetters(text.slice(m.evidence.start, m.evidence.end)),
        }));
      const plain = summary(p.text);
      expect(summary(pf), p.id).toEqual(plain);
      dated += plain.filter((m) => m.date !== undefined).length;
    }
    expect(dated).toBeGreaterThan(50);
  });

  it('reads any mixture of shaped forms, in any proportion', () => {
    const passages = fc.constantFrom(...PASSAGES.slice(0, 24));
    fc.assert(
      fc.property(passages, fc.array(fc.nat(3), { minLength: 1, maxLength: 64 }), (p, choices) => {
        let k = 0;
        const pf = toPresentationForms(p.text, (n) => (choices[k++ % choices.length] as number) % (n + 1));
        // `% (n + 1)` may pick one past the last form: that letter stays plain, so texts mix both.
        const shaped = extractMentions(pf, { reference: p.reference });
        const plain = extractMentions(p.text, { reference: p.reference });
        expect(shaped.map((m) => [m.kind, m.ref])).toEqual(plain.map((m) => [m.kind, m.ref]));
        for (const m of shaped) expect(m.text).toBe(pf.slice(m.span.start, m.span.end));
      }),
      { numRuns: 60 },
    );
  });

  it('takes dates back to the text as given, a ligature whole', () => {
    const text = 'ﺍﺟﺘﻤﻊ ﺍﻟﻮﺯﻳﺮﺍﻥ ﻳﻮﻡ ﺍﻻﺛﻨﻴﻦ 3 ﻳﻨﺎﻳﺮ 2022 ﺑﺎﻟﺮﺑﺎﻁ';
    const [d] = findDatesAsGiven(text, { reference: '2022-01-10' });
    expect(d?.iso).toBe('2022-01-03');
    expect(d?.text).toBe(text.slice(d?.index, d?.endIndex));
    expect(asLetters(d?.text ?? '')).toBe('الاثنين 3 يناير 2022');
    // Without presentation forms the scanner's own answer is returned as it is.
    const plain = 'اجتمع الوزيران يوم الاثنين 3 يناير 2022';
    expect(findDatesAsGiven(plain, { reference: '2022-01-10' })).toEqual(
      findArabicDates(plain, { reference: '2022-01-10' }),
    );
  });

  it('every code unit of the presentation-form blocks is read without throwing', () => {
    let all = '';
    for (let c = 0xfb50; c <= 0xfdff; c++) all += `${String.fromCharCode(c)} ﻋﺒﺪ${String.fromCharCode(c)}ﺍﻟﻠﻪ `;
    for (let c = 0xfe70; c <= 0xfefe; c++) all += `${String.fromCharCode(c)} ﻋﺒﺪ${String.fromCharCode(c)}ﺍﻟﻠﻪ `;
    for (const m of extractMentions(all)) expect(m.text).toBe(all.slice(m.span.start, m.span.end));
    for (const d of findDatesAsGiven(all, undefined)) expect(d.text).toBe(all.slice(d.index, d.endIndex));
    expect(extractMeetings(all, { reference: '2024-01-01' })).toBeInstanceOf(Array);
  });

  it('a form that holds a phrase or a lone mark separates words and loses no offset', () => {
    const text = 'ﻭﺯﻳﺮ ﺍﻟﺪﺍﺧﻠﻴﺔ ﷺ ﻋﺒﺪ ﺍﻟﻮﺍﻓﻲ ﻟﻔﺘﻴﺖ ﹰ';
    const ms = extractMentions(text, { reference: '2022-06-20' });
    expect(ms.map((m) => m.ref)).toContainEqual({ kind: 'person', id: 'person.abdelouafi-laftit' });
    for (const m of ms) expect(m.text).toBe(text.slice(m.span.start, m.span.end));
  });

  it('annotateArticle writes records that validate like those of the plain text', () => {
    // Passages with unknown persons: the new person records carry names as written.
    const withPersons = PASSAGES.filter((x) =>
      ['p23-fr-ma-france24-retailleau', 'p25-ma-es-hammouchi-madrid', 'p27-tn-it-nouri-piantedosi'].includes(x.id),
    );
    expect(withPersons).toHaveLength(3);
    for (const p of withPersons) checkAnnotated(p);
  });
});

function checkAnnotated(p: (typeof PASSAGES)[number]): void {
  {
    const url = 'https://example.org/article';
    const plain = annotateArticle({ text: p.text, url, reference: p.reference });
    const shaped = annotateArticle({ text: toPresentationForms(p.text), url, reference: p.reference });
    expect(shaped.persons.length).toBeGreaterThan(0);
    // Names are stored in letters (a name in presentation forms is one no dataset can search).
    expect(shaped.persons.map((x) => x.names)).toEqual(plain.persons.map((x) => x.names));
    const records = (a: typeof plain) => [a.article, ...a.persons, ...a.meetings];
    expect(records(shaped).length).toBe(records(plain).length);
    const meetingsOf = (a: typeof plain) =>
      a.meetings.map((m) => [m.kind, m.start, m.participants?.map((x) => [x.ref, x.roles, x.titleAsReported])]);
    expect(meetingsOf(shaped)).toEqual(meetingsOf(plain));
    const report = (a: typeof plain) => {
      const r = validateRecords(records(a));
      return { errors: r.summary.errors, warnings: r.summary.warnings, codes: r.issues.map((i) => i.code) };
    };
    expect(report(shaped)).toEqual(report(plain));
  }
}
