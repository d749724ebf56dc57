import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRecord } from '../../src/data/index.js';
import { ExtractError, extractMeetings, extractMentions } from '../../src/extract/index.js';
import type { ExtractedMention } from '../../src/extract/index.js';
import type { Article, TansiqRecord } from '../../src/schemas/index.js';

const root = resolve(import.meta.dirname, '../..');
const seed = readFileSync(resolve(root, 'examples/seed-article.txt'), 'utf8');

const brief = (ms: ExtractedMention[]): [string, string, string | undefined][] =>
  ms.map((m) => [
    m.text,
    m.kind,
    m.ref === undefined ? undefined : m.ref.kind === 'country' ? m.ref.country : m.ref.id,
  ]);

describe('extractMentions', () => {
  it('keeps separable proclitics outside spans and starts a fused لل span at its second ل', () => {
    expect(brief(extractMentions('وبالمغرب وللمديرية العامة للأمن الوطني'))).toEqual([
      ['المغرب', 'country', 'MA'],
      ['لمديرية العامة للأمن الوطني', 'agency', 'agency.ma-dgsn'],
    ]);
  });

  it('reads country names, nisbas and the longest name', () => {
    expect(brief(extractMentions('وفد من المملكة العربية السعودية والجانب الإسباني والمسؤولين الأميركيين'))).toEqual([
      ['المملكة العربية السعودية', 'country', 'SA'],
      ['الإسباني', 'country', 'ES'],
      ['الأميركيين', 'country', 'US'],
    ]);
  });

  it('reads acronyms in Arabic letters and in Latin capitals, each its own mention', () => {
    expect(brief(extractMentions('مكتب التحقيقات الفيدرالي (أف بي آي) والمخابرات المركزية CIA وديستي'))).toEqual([
      ['مكتب التحقيقات الفيدرالي', 'agency', 'agency.us-fbi'],
      ['أف بي آي', 'agency', 'agency.us-fbi'],
      ['CIA', 'agency', 'agency.us-cia'],
      ['ديستي', 'agency', 'agency.ma-dgst'],
    ]);
    // Lower-case Latin words are not acronyms.
    expect(extractMentions('the cia said')).toEqual([]);
  });

  it('ignores tashkeel, tatweel and invisible characters but keeps spans in the input as given', () => {
    const text = 'استقبل عَبْدُ اللَّطِيف\u200F حـمـوشي الوفد';
    const [m] = extractMentions(text);
    expect(m?.ref).toEqual({ kind: 'person', id: 'person.abdellatif-hammouchi' });
    expect(text.slice(m?.span.start, m?.span.end)).toBe(m?.text);
    expect(m?.text).toBe('عَبْدُ اللَّطِيف\u200F حـمـوشي');
  });

  it('keeps titles outside the span and links a partial or misspelled name through the post held on the date', () => {
    const ms = extractMentions('وزير الداخلية الإسباني فرناندو مارلاسكه', { reference: '2022-06-20' });
    const person = ms.find((m) => m.kind === 'person');
    expect(person?.text).toBe('فرناندو مارلاسكه');
    expect(person?.ref).toEqual({ kind: 'person', id: 'person.fernando-grande-marlaska' });
  });

  it("links France's interior minister through the post held on the date", () => {
    const text = 'استقبل وزير الداخلية الفرنسي نظيره المغربي عبد الوافي لفتيت';
    const at = (reference: string) => extractMeetings(text, { reference })[0]?.participants.map((p) => p.personId);
    expect(at('2023-03-01')).toEqual(['person.gerald-darmanin', 'person.abdelouafi-laftit']);
    expect(at('2025-04-14')).toEqual(['person.bruno-retailleau', 'person.abdelouafi-laftit']);
    expect(at('2025-11-20')).toEqual(['person.laurent-nunez', 'person.abdelouafi-laftit']);
    // The minister named by his post comes first in the text: he is the host.
    expect(extractMeetings(text, { reference: '2025-04-14' })[0]?.participants.map((p) => p.role)).toEqual([
      'host',
      'visitor',
    ]);
    expect(brief(extractMentions(`${text} أمس`, { reference: '2025-04-14' }))[0]).toEqual([
      'الداخلية',
      'agency',
      'agency.fr-interior',
    ]);
  });

  it('links the foreign intelligence services of the UK and Germany and their heads', () => {
    const refs = (text: string, reference: string) =>
      extractMentions(text, { reference }).map((m) => [m.text, m.ref?.kind === 'country' ? m.ref.country : m.ref?.id]);
    expect(
      refs(
        'استقبل رئيس الاستخبارات الخارجية الألمانية برونو كال نظيره من جهاز الاستخبارات الخارجية البريطاني (MI6)',
        '2022-05-10',
      ),
    ).toEqual([
      ['الاستخبارات الخارجية الألمانية', 'agency.de-bnd'],
      ['برونو كال', 'person.bruno-kahl'],
      ['جهاز الاستخبارات الخارجية البريطاني', 'agency.gb-sis'],
      ['MI6', 'agency.gb-sis'],
    ]);
  });

  it('does not link a name that disagrees with the holder of the post', () => {
    const ms = extractMentions('وزير الداخلية المغربي محمد الأمين', { reference: '2022-06-20' });
    const person = ms.find((m) => m.kind === 'person');
    expect(person?.text).toBe('محمد الأمين');
    expect(person?.ref).toBeUndefined();
    expect(person?.name).toMatch(/^Mohamed|^Muhammad|^Mohammed/);
  });

  it('does not report a person named by title only, but reports the agency and country inside', () => {
    const ms = extractMentions('أكد مدير مكتب التحقيقات الفيدرالي ووزير الداخلية الجزائري أن');
    expect(ms.some((m) => m.kind === 'person')).toBe(false);
    expect(brief(ms)).toContainEqual(['مكتب التحقيقات الفيدرالي', 'agency', 'agency.us-fbi']);
    expect(brief(ms)).toContainEqual(['الجزائري', 'country', 'DZ']);
  });

  it('reads a name after an acronym or agency in parentheses that follows the title', () => {
    const persons = (text: string) =>
      extractMentions(text, { reference: '2023-02-20' }).flatMap((m) =>
        m.kind === 'person' ? [[m.text, m.ref?.kind === 'person' ? m.ref.id : m.name]] : [],
      );
    expect(persons('أجرى المدير العام للأمن الداخلي الفرنسي (DGSI) نيكولا ليرنر مباحثات')).toEqual([
      // The head of the DGSI on that date, in the data.
      ['نيكولا ليرنر', 'person.nicolas-lerner'],
    ]);
    expect(persons('استقبل رئيس جهاز الاستخبارات الخارجية البريطاني (MI6) ريتشارد مور الوفد')).toEqual([
      // The chief of the SIS on that date, in the data.
      ['ريتشارد مور', 'person.richard-moore'],
    ]);
    expect(persons('قال مدير (مكتب التحقيقات الفيدرالي) كريستوفر راي إن')).toEqual([
      ['كريستوفر راي', 'person.christopher-wray'],
    ]);
    // Words in parentheses that are not an acronym or an agency still end the title.
    expect(persons('أكد المدير العام (في بيان) أن التعاون مستمر')).toEqual([]);
  });

  it('does not read plural adjectives of regions and groups after a counterpart word as a name', () => {
    const text = 'أجرى عبد اللطيف حموشي مباحثات ثنائية مع عدد من نظرائه الأوروبيين والأفارقة والعرب.';
    const ms = extractMentions(text, { reference: '2023-12-01' });
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['person', 'عبد اللطيف حموشي']]);
    // A name after the counterpart word is still read.
    const named = extractMentions('التقى لفتيت نظيره الإسباني فرناندو غراندي مارلاسكا', { reference: '2022-06-20' });
    expect(named.map((m) => m.ref)).toContainEqual({ kind: 'person', id: 'person.fernando-grande-marlaska' });
  });

  it("spells an unknown person's name as the press of the title's state does", () => {
    const text =
      'استقبل وزير الداخلية المغربي عبد الوافي لفتيت نظيره العراقي خليل إبراهيم، والوزير الجزائري خليل إبراهيم بن علي، وسفير لبنان حسان دياب، والسيد حسان دياب.';
    const names = extractMentions(text, { reference: '2022-06-20' }).flatMap((m) =>
      m.kind === 'person' && m.ref === undefined ? [m.name] : [],
    );
    // Iraq and Lebanon: English-influenced; Algeria, and a title of no known state: French-influenced.
    expect(names).toEqual(['Khalil Ibrahim', 'Khalil Brahim Ben Ali', 'Hassan Diab', 'Hassane Diab']);
  });

  it('links a surname after the full name (coreference), also for unknown persons', () => {
    const ms = extractMentions('قال الأستاذ الجامعي، زهير لعميم، إن المغرب شريك. وأضاف لعميم أن التعاون مستمر.');
    const persons = ms.filter((m) => m.kind === 'person');
    expect(persons.map((m) => m.text)).toEqual(['زهير لعميم', 'لعميم']);
    expect(persons.every((m) => m.ref === undefined && m.name === persons[0]?.name)).toBe(true);
    const known = extractMentions('التقى عبد الوافي لفتيت نظيره. وأكد لفتيت أن');
    expect(known.filter((m) => m.kind === 'person').map((m) => m.ref)).toEqual([
      { kind: 'person', id: 'person.abdelouafi-laftit' },
      { kind: 'person', id: 'person.abdelouafi-laftit' },
    ]);
  });

  it('reads Mali and Chad, whose names are also common words, only where the context shows a state', () => {
    const countries = (text: string) =>
      extractMentions(text).flatMap((m) => (m.kind === 'country' ? [[m.text, m.ref]] : []));
    const ml = { kind: 'country', country: 'ML' };
    const td = { kind: 'country', country: 'TD' };
    expect(countries('التقى الوزير الجزائري نظيره المالي في باماكو، وبحثا الوضع في مالي مع السفير المالي.')).toEqual([
      ['الجزائري', { kind: 'country', country: 'DZ' }],
      ['المالي', ml],
      ['مالي', ml],
      ['المالي', ml],
    ]);
    expect(
      countries('اجتمع وزراء داخلية موريتانيا ومالي وتشاد والنيجر، وزار الوفد التشادي بمالي مقر الجيش المالي.'),
    ).toEqual([
      ['موريتانيا', { kind: 'country', country: 'MR' }],
      ['مالي', ml],
      ['تشاد', td],
      ['النيجر', { kind: 'country', country: 'NE' }],
      ['التشادي', td],
      ['مالي', ml],
      ['المالي', ml],
    ]);
    // "Financial": the minister of finance, financial support, the financial police and authorities.
    expect(
      countries(
        'قدمت الحكومة دعما ماليا، وقال وزير المالية إن الوضع المالي مستقر، وأكدت الشرطة المالية والسلطات المالية أن الأمن المالي جيد ووزيرة المالية كذلك.',
      ),
    ).toEqual([]);
  });

  it('counts a capital as its state only where it acts as one', () => {
    expect(brief(extractMentions('وأكدت الرباط أن التعاون مستمر'))).toEqual([['الرباط', 'country', 'MA']]);
    expect(brief(extractMentions('العلاقات بين الرباط ومدريد'))).toEqual([
      ['الرباط', 'country', 'MA'],
      ['مدريد', 'country', 'ES'],
    ]);
    expect(extractMentions('عقد الاجتماع في واشنطن ثم بمدريد')).toEqual([]);
  });

  it('keeps an honorific out of the span also where the data name starts with it', () => {
    expect(brief(extractMentions('استقبل الشيخ فهد اليوسف الوفد', { reference: '2024-04-22' }))).toEqual([
      ['فهد اليوسف', 'person', 'person.fahad-yousef-saud-al-sabah'],
    ]);
  });

  it('matches organization names across quotation marks', () => {
    expect(brief(extractMentions('الاجتماع الوزاري للتحالف الدولي ضد «داعش» في مراكش'))).toEqual([
      ['لتحالف الدولي ضد «داعش', 'forum', 'forum.global-coalition-against-daesh'],
    ]);
  });

  it('links a generic short agency name only where the context points at its state', () => {
    expect(brief(extractMentions('وزير الداخلية المغربي ومدير جهاز المخابرات')).at(-1)).toEqual([
      'جهاز المخابرات',
      'agency',
      undefined,
    ]);
    expect(brief(extractMentions('التقى رئيس جهاز المخابرات العراقي وفدا'))[0]).toEqual([
      'جهاز المخابرات',
      'agency',
      'agency.iq-inis',
    ]);
  });

  it('ends a name before a preposition fused with the article, so a surname links by coreference', () => {
    const ms = extractMentions('استقبل ماتيو بيانتيدوزي الوفد. وأشاد الوزير بيانتيدوزي بالجهود المصرية.', {
      reference: '2023-11-13',
    });
    expect(brief(ms).filter((m) => m[1] === 'person')).toEqual([
      ['ماتيو بيانتيدوزي', 'person', 'person.matteo-piantedosi'],
      ['بيانتيدوزي', 'person', 'person.matteo-piantedosi'],
    ]);
  });

  it('links a ministry named by its domain only when the text gives the state', () => {
    expect(brief(extractMentions('وزارة الداخلية المغربية'))).toEqual([
      ['وزارة الداخلية', 'agency', 'agency.ma-interior'],
      ['المغربية', 'country', 'MA'],
    ]);
    expect(brief(extractMentions('أعلنت وزارة الداخلية أمس'))).toEqual([['وزارة الداخلية', 'agency', undefined]]);
    expect(brief(extractMentions('وزارة الداخلية الجزائرية'))).toEqual([
      ['وزارة الداخلية', 'agency', 'agency.dz-interior'],
      ['الجزائرية', 'country', 'DZ'],
    ]);
    // A state whose ministry the data does not hold: reported, not linked.
    expect(brief(extractMentions('وزارة الداخلية السورية'))[0]).toEqual(['وزارة الداخلية', 'agency', undefined]);
    // The state from the title, from the holder of the post, or the state named unqualified before.
    expect(brief(extractMentions('وزير الداخلية في المملكة المتحدة')).slice(0, 1)).toEqual([
      ['الداخلية', 'agency', 'agency.gb-home-office'],
    ]);
    const held = brief(
      extractMentions('استقبل وزير الداخلية، عبد الوافي لفتيت، نظيره الإسباني. وأفاد بيان لوزارة الداخلية بأن', {
        reference: '2022-06-20',
      }),
    );
    expect(held.filter((m) => m[1] === 'agency')).toEqual([
      ['الداخلية', 'agency', 'agency.ma-interior'],
      ['وزارة الداخلية', 'agency', 'agency.ma-interior'],
    ]);
    // Posts stacked after the holder's name are all his.
    const stacked = brief(
      extractMentions('استقبل سمو الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية، اليوم، الوفد', {
        reference: '2024-03-12',
      }),
    );
    expect(stacked.filter((m) => m[1] === 'agency')).toEqual([['الداخلية', 'agency', 'agency.ae-interior']]);
  });

  it('links the records the user gives as well as the shipped data', () => {
    const records: TansiqRecord[] = [
      {
        type: 'agency',
        id: 'agency.xx-test',
        kind: 'police',
        country: 'TN',
        names: [{ value: 'الإدارة العامة للأمن التجريبي', lang: 'ar', kind: 'official' }],
        sources: [],
      },
      {
        type: 'person',
        id: 'person.sami-test',
        name: 'Sami Test',
        names: [{ value: 'سامي التجريبي', lang: 'ar', kind: 'native' }],
        sources: [],
      },
    ];
    expect(brief(extractMentions('استقبل سامي التجريبي وفد الإدارة العامة للأمن التجريبي', { records }))).toEqual([
      ['سامي التجريبي', 'person', 'person.sami-test'],
      ['الإدارة العامة للأمن التجريبي', 'agency', 'agency.xx-test'],
    ]);
    expect(extractMentions('سامي التجريبي')).toEqual([]);
  });

  it('returns sorted, non-overlapping mentions whose text is the input slice, on the example article', () => {
    const ms = extractMentions(seed, { reference: '2022-06-20' });
    let end = 0;
    for (const m of ms) {
      expect(m.span.start).toBeGreaterThanOrEqual(end);
      expect(seed.slice(m.span.start, m.span.end)).toBe(m.text);
      end = m.span.end;
    }
  });

  it('finds the hand-placed mentions of the example article (a development check)', () => {
    const article = getRecord('article.2022-06-ma-us-es-security-cooperation') as Article;
    const ms = extractMentions(seed, { reference: '2022-06-20' });
    let found = 0;
    let sameRef = 0;
    for (const gold of article.mentions ?? []) {
      const span = gold.span as { start: number; end: number };
      const m = ms.find((x) => Math.min(x.span.end, span.end) - Math.max(x.span.start, span.start) > 0);
      if (m === undefined) continue;
      found++;
      if (JSON.stringify(m.ref) === JSON.stringify(gold.ref)) sameRef++;
    }
    expect(article.mentions?.length).toBe(37);
    expect(found).toBeGreaterThanOrEqual(36);
    expect(sameRef).toBeGreaterThanOrEqual(35);
    // No link contradicts the hand-made ones.
    for (const gold of article.mentions ?? []) {
      const span = gold.span as { start: number; end: number };
      const m = ms.find((x) => x.span.start < span.end && span.start < x.span.end);
      if (m?.ref !== undefined && gold.ref !== undefined) expect(m.ref).toEqual(gold.ref);
    }
  });

  it('rejects malformed options with a typed error', () => {
    expect(() => extractMentions('نص', { reference: '2022-02-30' })).toThrow(ExtractError);
    try {
      extractMentions('نص', { reference: 'yesterday' });
    } catch (error) {
      expect((error as ExtractError).code).toBe('invalid_reference');
    }
    expect(() => extractMentions('نص', { records: 5 as unknown as TansiqRecord[] })).toThrow(
      /records must be an iterable/,
    );
    expect(() => extractMentions('نص', { colour: true } as never)).toThrow(/unknown option 'colour'/);
    expect(extractMentions('أكد المغرب', { reference: new Date('2022-06-20T00:00:00Z') })).toHaveLength(1);
  });

  it('reads any string without throwing', () => {
    for (const s of ['', ' ', '\uD800', '\u202E\u200F', 'ـــ', 'A'.repeat(1000), '\u0000', '5+5', 'و', 'لل', 'ال']) {
      expect(() => extractMentions(s)).not.toThrow();
    }
    expect(extractMentions(42 as unknown as string)).toEqual([]);
  });
});
