import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateArticle, extractMeetings, extractMentions } from '../../src/extract/index.js';
import type { ExtractedMention } from '../../src/extract/index.js';

/**
 * Pieces the extractor treats specially (proclitics, the fused لل, titles, names and their
 * parts, acronyms, nisbas, capitals, meeting verbs, dates) mixed with marks, invisible and bidi
 * characters, lone surrogates, Latin, digits and punctuation.
 */
const PIECES = [
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'لل',
  'ال',
  'بال',
  'ولل',
  ' ',
  ' ',
  ' ',
  '، ',
  '. ',
  '\n',
  '(',
  ')',
  '"',
  '«',
  '-',
  '+',
  'المغرب',
  'المغربي',
  'الإسبانية',
  'الأميركيين',
  'المملكة',
  'العربية',
  'السعودية',
  'الولايات',
  'المتحدة',
  'الرباط',
  'مدريد',
  'واشنطن',
  'وزير',
  'الداخلية',
  'وزارة',
  'مدير',
  'المدير',
  'العام',
  'للأمن',
  'الوطني',
  'مكتب',
  'التحقيقات',
  'الفيدرالي',
  'نظيره',
  'السيد',
  'اللواء',
  'الأستاذ',
  'عبد',
  'اللطيف',
  'حموشي',
  'لفتيت',
  'مارلاسكا',
  'فرناندو',
  'زهير',
  'لعميم',
  'بن',
  'أبو',
  'أف',
  'بي',
  'آي',
  'سي',
  // Presentation forms (text from PDFs): letters, a lam-alef ligature, a word, a phrase, a sign, a mark.
  'ﻋﺒﺪ',
  'ﺍﻟﻠﻄﻴﻒ',
  'ﺣﻤﻮﺷﻲ',
  'ﻻ',
  'ﻟﻺ',
  'ﷲ',
  'ﷺ',
  '﴾',
  'ﹰ',
  'DGSN',
  'FBI',
  'cia',
  '5',
  'استقبل',
  'التقى',
  'زيارة',
  'اتصالا',
  'هاتفيا',
  'أمس',
  'الثلاثاء',
  'الماضي',
  '13',
  'يونيو',
  '2022',
  'سيلتقي',
  'أن',
  'بين',
  '\u064E',
  '\u0651',
  '\u0640',
  '\u200C',
  '\u200F',
  '\u202E',
  '\u2067',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '😀',
  'é',
  'Ж',
  '٣',
];

const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function checkSpans(input: string, mentions: readonly ExtractedMention[]): void {
  let end = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.span.start) && Number.isInteger(m.span.end)).toBe(true);
    expect(m.span.start).toBeGreaterThanOrEqual(end);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    expect(m.span.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    end = m.span.end;
  }
}

describe('extraction properties', () => {
  it('extractMentions never throws and gives sorted, non-overlapping spans that slice to the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        checkSpans(s, extractMentions(s, { reference: '2022-06-20' }));
      }),
      { numRuns: 1500 },
    );
  });

  it('extractMeetings never throws and its evidence spans are inside the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const m of extractMeetings(s, { reference: '2022-06-20' })) {
          expect(m.evidence.start).toBeGreaterThanOrEqual(0);
          expect(m.evidence.end).toBeLessThanOrEqual(s.length);
          expect(m.evidence.end).toBeGreaterThan(m.evidence.start);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('annotateArticle never throws on any text and is deterministic', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = annotateArticle({ text: s, url: 'https://example.org/a', reference: '2022-06-20' });
        const b = annotateArticle({ text: s, url: 'https://example.org/a', reference: '2022-06-20' });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 200 },
    );
  });

  it('takes linear time on long adversarial input (time ratio measured against a 4× shorter input in the same test)', () => {
    // Titles, name parts and proclitics with no name after them, unclosed acronyms, long runs of
    // marks and invisible characters inside one word: what a backtracking reader would choke on.
    const unit =
      'وزير الداخلية المغربي نظيره السيد اللواء عبد بن أبو أف بي سي لل وبال \u0651\u0640\u200F'.repeat(3) +
      'ا'.repeat(40) +
      '\u064E'.repeat(40) +
      ' التقى، ';
    const small = unit.repeat(100);
    const large = unit.repeat(400);
    extractMentions(small);
    const time = (s: string): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        extractMentions(s, { reference: '2022-06-20' });
        extractMeetings(s, { reference: '2022-06-20' });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const ts = time(small);
    const tl = time(large);
    // 4× the input: linear code takes about 4× the time; quadratic code would take 16×.
    expect(tl / ts).toBeLessThan(9);
    checkSpans(large, extractMentions(large));
  }, 120_000);

  it('reads a 1 MB input of mixed scripts without throwing', () => {
    const piece = 'أكد المغرب أن FBI و\uD800\u202Eوزير الداخلية 😀 Ж ';
    const big = piece.repeat(Math.ceil(1_000_000 / piece.length));
    const ms = extractMentions(big);
    expect(ms.length).toBeGreaterThan(1000);
    checkSpans(big, ms.slice(0, 2000));
  }, 120_000);
});
