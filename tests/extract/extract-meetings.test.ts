import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/extract/index.js';
import type { DraftMeeting } from '../../src/extract/index.js';

const seed = readFileSync(resolve(import.meta.dirname, '../../examples/seed-article.txt'), 'utf8');
const countries = (m: DraftMeeting | undefined): string[] =>
  (m?.parties ?? []).flatMap((p) => (p.kind === 'country' ? [p.country] : []));

describe('extractMeetings', () => {
  it('reads the meetings of the example article: Washington (MA–US), Madrid (MA–ES) and the GCTF meeting of 2020', () => {
    const ms = extractMeetings(seed, { reference: '2022-06-20' });
    expect(ms.map(countries)).toEqual([
      ['MA', 'US'],
      ['ES', 'MA'],
      ['CA', 'EU', 'MA'],
    ]);
    expect(ms[0]?.participants.map((p) => p.personId)).toEqual([
      'person.abdellatif-hammouchi',
      'person.avril-haines',
      'person.william-burns',
      'person.christopher-wray',
    ]);
    expect(ms[1]?.location).toEqual({ city: 'Madrid', country: 'ES' });
    expect(ms[2]).toMatchObject({ date: '2020-09-29', forumId: 'forum.gctf', kind: 'plenary' });
    for (const m of ms) expect(m.evidence.end).toBeGreaterThan(m.evidence.start);
  });

  it('places meetings in the capitals and meeting cities of the Arab world and Europe, also after a nisba', () => {
    const cases: [string, { city: string; country: string }][] = [
      [
        'شارك المغرب في أشغال الجمعية العامة للأنتربول التي احتضنتها العاصمة النمساوية فيينا من 28 نونبر إلى 1 دجنبر 2023.',
        { city: 'Vienna', country: 'AT' },
      ],
      [
        'التقى وزير الداخلية المغربي عبد الوافي لفتيت نظيره الفرنسي في العاصمة الفرنسية باريس أمس.',
        { city: 'Paris', country: 'FR' },
      ],
      ['عقد المنتدى العالمي لمكافحة الإرهاب اجتماعه في جنيف يوم 12 يونيو 2023.', { city: 'Geneva', country: 'CH' }],
      ['استقبل وزير الداخلية الجزائري إبراهيم مراد نظيره الإيطالي بوهران أمس.', { city: 'Oran', country: 'DZ' }],
      [
        'اجتمع وزير الداخلية الإسباني فرناندو غراندي مارلاسكا بنظيره المغربي عبد الوافي لفتيت في ستراسبورغ أمس.',
        { city: 'Strasbourg', country: 'FR' },
      ],
    ];
    for (const [text, place] of cases) {
      const [m] = extractMeetings(text, { reference: '2024-03-10' });
      expect(m?.location, text).toEqual(place);
    }
    // A nisba alone before a city does not make it a place: nothing says the meeting was there.
    const [n] = extractMeetings(
      'التقى وزير الداخلية المغربي عبد الوافي لفتيت نظيره الفرنسي، وتحدثا عن الفرنسية باريس.',
      {
        reference: '2024-03-10',
      },
    );
    expect(n?.location).toBeUndefined();
  });

  it('dates a meeting by the nearest date expression, at the precision the text gives', () => {
    const [m] = extractMeetings('استقبل وزير الداخلية المغربي عبد الوافي لفتيت، أمس الأربعاء، نظيره الإسباني', {
      reference: '2022-06-16',
    });
    expect(m?.date).toBe('2022-06-15');
    expect(m?.participants.map((p) => [p.personId, p.role])).toEqual([
      ['person.abdelouafi-laftit', 'host'],
      ['person.fernando-grande-marlaska', 'visitor'],
    ]);
    const [n] = extractMeetings('زار وزير الداخلية الإسباني الرباط في يونيو 2022 والتقى نظيره المغربي', {
      reference: '2022-07-01',
    });
    expect(n?.date).toBe('2022-06');
  });

  it("prefers the clause's own date to the dateline's", () => {
    const [m] = extractMeetings(
      'أبوظبي في 15 مايو / وام / استقبل وزير الداخلية الإماراتي أمس نظيره الألماني في أبوظبي.',
      { reference: '2024-05-15' },
    );
    expect(m?.date).toBe('2024-05-14');
    expect(countries(m)).toEqual(['AE', 'DE']);
  });

  it('counts states named as the topic of talks only when the participants give fewer than two', () => {
    const ms = extractMeetings('استقبل وزير الداخلية المصري أمس نظيره الفرنسي، وبحثا الأوضاع في ليبيا والسودان.', {
      reference: '2025-03-09',
    });
    expect(ms.map(countries)).toEqual([['EG', 'FR']]);
  });

  it('adds the host, margin talks and "شارك في الاجتماع" to the forum meeting just reported', () => {
    const ms = extractMeetings(
      'الجزائر – انطلقت، أمس الاثنين بالجزائر العاصمة، أشغال الجمعية العامة لأفريبول. وعلى هامش الأشغال، تحادث وزير الداخلية الجزائري مع نظيره المصري.',
      { reference: '2024-10-15' },
    );
    expect(ms.map((m) => [m.date, countries(m), m.forumId])).toEqual([
      ['2024-10-14', ['DZ', 'EG'], 'forum.afripol'],
      ['2024-10-14', ['DZ', 'EG'], undefined],
    ]);
    const gcc = extractMeetings(
      'اختتمت أمس أشغال اجتماع وزراء الداخلية بدول مجلس التعاون في الرياض. وشارك في الاجتماع وزير الداخلية الكويتي.',
      { reference: '2022-11-10' },
    );
    expect(gcc.map((m) => [m.date, countries(m), m.forumId])).toEqual([
      ['2022-11-09', ['KW', 'SA'], 'forum.gcc-interior-ministers'],
    ]);
  });

  it('reads phone calls, signatures and forum meetings', () => {
    const [call] = extractMeetings('أجرى وزير الداخلية المغربي اتصالا هاتفيا مع نظيره الإسباني أمس', {
      reference: '2022-06-16',
    });
    expect(call?.kind).toBe('phone-call');
    const [sign] = extractMeetings('وقع المغرب وإسبانيا أمس اتفاقا للتعاون الأمني', { reference: '2022-06-16' });
    expect(sign?.kind).toBe('signing');
    expect(countries(sign)).toEqual(['ES', 'MA']);
  });

  it('does not report future or planned meetings', () => {
    expect(
      extractMeetings('سيستقبل وزير الداخلية المغربي نظيره الإسباني الأسبوع المقبل', { reference: '2022-06-16' }),
    ).toEqual([]);
    expect(extractMeetings('من المقرر أن يلتقي المغرب وإسبانيا في 20 يوليو 2022', { reference: '2022-06-16' })).toEqual(
      [],
    );
    expect(
      extractMeetings('التقى وزير الداخلية المغربي نظيره الإسباني في 20 يوليو 2022', { reference: '2022-06-16' }),
    ).toEqual([]);
  });

  it('does not turn a generic cooperation statement into a meeting', () => {
    expect(extractMeetings('يعكس التعاون الأمني بين المغرب وإسبانيا شراكة متينة', { reference: '2022-06-16' })).toEqual(
      [],
    );
  });

  it('keeps separate talks of one visit apart and merges sentences about the same event', () => {
    const text =
      'التقى عبد اللطيف حموشي أمس بأفريل هاينز، كما عقد مباحثات منفصلة مع ويليام بيرنز. وكان حموشي قد التقى أفريل هاينز أمس في واشنطن.';
    const ms = extractMeetings(text, { reference: '2022-06-14' });
    expect(ms.map((m) => m.participants.map((p) => p.personId))).toEqual([
      ['person.abdellatif-hammouchi', 'person.avril-haines'],
      ['person.abdellatif-hammouchi', 'person.william-burns'],
    ]);
  });

  it('reads any string without throwing', () => {
    for (const s of ['', 'التقى', 'استقبل استقبل استقبل', '\uDC00التقى', 'زيارة.'.repeat(100)])
      expect(() => extractMeetings(s)).not.toThrow();
  });
});
