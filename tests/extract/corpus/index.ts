/**
 * The extraction gold corpus.
 *
 * Written by the tansiq project for its own tests: every passage is Arabic news prose composed
 * for this corpus (no text is copied from a real article; the facts it states about who held which
 * office when are real), so any figure measured on it is IN-SAMPLE. It covers the styles of
 * Maghrebi (MAP, Hespress, APS, El Khabar, TAP), Egyptian, Gulf (WAM, SPA, QNA, KUNA, BNA, ONA),
 * Jordanian, Iraqi, Lebanese, Libyan and Mauritanian outlets, pan-Arab papers and channels, the
 * Arabic services of Western media and European ministries' Arabic releases; titles and
 * honorifics before names, misspelled, partial and inverted names, agencies inside titles,
 * proclitics and the fused لل, nisba adjectives, longest country names, acronyms in Arabic and
 * Latin script, surname coreference, unknown persons, forum meetings (GCTF, the Global Coalition,
 * the Council of Arab Interior Ministers, AFRIPOL, 5+5, GCC), Maghrebi, Mashreqi, Hijri and
 * relative dates, and hard negatives (announced or future meetings, generic cooperation,
 * capitals as places, generic words, country names inside venue or document names).
 *
 * Conventions applied where the annotation rules leave a choice:
 * - An agency inside a title is a mention: "وزير الداخلية" gives "الداخلية", "المدير العام للأمن
 *   الوطني" gives "لأمن الوطني" (fused لل). Plural or dual titles ("وزراء الداخلية") are not.
 * - "المملكة", "السلطنة", "الوزارة", "الجهاز", "المديرية" alone are generic, not mentions.
 * - A country name is a mention even as a place; a capital only when it stands for the state;
 *   datelines are places. "الأوروبي/ة" is an EU mention only when it means the Union.
 * - A nisba after an agency name is its own country mention unless the agency's name in the data
 *   includes it ("الحرس المدني الإسباني", "الدرك الملكي المغربي", "جهاز المخابرات الليبية").
 * - Date spans keep a weekday and "أمس/اليوم/أول أمس/غدا", and leave out "يوم", "سنة", "عام" and
 *   "مساء"; a Hijri span keeps "هـ". Future dates are annotated too (only the meeting is not).
 * - One meeting per counterpart; domestic ceremonies and national councils are not meetings;
 *   talks on the margins of a multi-day session carry no date of their own. `orgIds` lists the
 *   participating organizations mentioned in the passage (the forum included); `countries` the
 *   states the text shows taking part.
 */
import type { GoldDate, GoldMeeting, GoldMention, Passage, ResolvedGold, Span } from './types.js';
import { PASSAGES_A } from './passages-a.js';
import { PASSAGES_B } from './passages-b.js';
import { PASSAGES_C } from './passages-c.js';
import { PASSAGES_D } from './passages-d.js';
import { PASSAGES_E } from './passages-e.js';
import { PASSAGES_F } from './passages-f.js';
import { PASSAGES_G } from './passages-g.js';
import { PASSAGES_H } from './passages-h.js';

export type * from './types.js';

/** Every passage of the corpus, in id order. */
export const PASSAGES: readonly Passage[] = [...PASSAGES_A, ...PASSAGES_B, ...PASSAGES_C, ...PASSAGES_D, ...PASSAGES_E, ...PASSAGES_F, ...PASSAGES_G, ...PASSAGES_H];

/**
 * Ids used as gold refs that are not (yet) in the shipped reference data. Empty: every gold ref of
 * the corpus names a shipped record. Add an id here only while the record it names is being added.
 */
export const PENDING_IDS: ReadonlySet<string> = new Set<string>([]);

/** Thrown when a gold text cannot be found the required number of times in its passage. */
export class GoldResolutionError extends Error {
  readonly code = 'gold_resolution_error';
  constructor(message: string) {
    super(message);
    this.name = 'GoldResolutionError';
  }
}

/** The span of the `nth` (1-based) occurrence of `text` in `haystack`, counting as indexOf from previous match + 1. */
export function locate(haystack: string, text: string, nth = 1, where = ''): Span {
  if (text === '') throw new GoldResolutionError(`${where}: empty gold text`);
  if (!Number.isInteger(nth) || nth < 1) throw new GoldResolutionError(`${where}: bad nth ${nth} for "${text}"`);
  let from = 0;
  let at = -1;
  for (let i = 0; i < nth; i += 1) {
    at = haystack.indexOf(text, from);
    if (at < 0) {
      throw new GoldResolutionError(`${where}: "${text}" occurs ${i} time(s), gold asks for occurrence ${nth}`);
    }
    from = at + 1;
  }
  return { start: at, end: at + text.length };
}

/** Resolves every gold mention, date and meeting evidence of a passage to a span; throws on any miss. */
export function resolveGold(passage: Passage): ResolvedGold {
  const where = passage.id;
  const mentions = passage.mentions.map((m: GoldMention) => ({ ...m, ...locate(passage.text, m.text, m.nth, `${where} mention`) }));
  const dates = passage.dates.map((d: GoldDate) => ({ ...d, ...locate(passage.text, d.text, d.nth, `${where} date`) }));
  const meetings = passage.meetings.map((m: GoldMeeting) => ({ ...m, ...locate(passage.text, m.evidence, 1, `${where} meeting`) }));
  return { mentions, dates, meetings };
}
