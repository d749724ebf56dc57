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
 * Ids used as gold refs that are not (yet) in the shipped reference data: records of the wider
 * Arab-world and European reference data, named by the project's id conventions.
 */
export const PENDING_IDS: ReadonlySet<string> = new Set<string>([
  'agency.ae-interior',
  'agency.ae-nsc',
  'agency.be-interior',
  'agency.bh-interior',
  'agency.bh-nia',
  'agency.bh-psf',
  'agency.de-bmi',
  'agency.dz-dgsn',
  'agency.dz-gn',
  'agency.dz-interior',
  'agency.eg-gis',
  'agency.eg-interior',
  'agency.eg-nsa',
  'agency.gb-home-office',
  'agency.gb-mi5',
  'agency.gccpol',
  'agency.iq-inis',
  'agency.iq-interior',
  'agency.iq-nsa',
  'agency.it-aisi',
  'agency.it-interior',
  'agency.jo-gendarmerie',
  'agency.jo-gid',
  'agency.jo-interior',
  'agency.jo-psd',
  'agency.kw-interior',
  'agency.kw-ssd',
  'agency.lb-gs',
  'agency.lb-interior',
  'agency.lb-isf',
  'agency.lb-sse',
  'agency.ly-interior',
  'agency.ly-lis',
  'agency.mr-dgsn',
  'agency.mr-interior',
  'agency.nl-aivd',
  'agency.nl-nctv',
  'agency.om-interior',
  'agency.om-rop',
  'agency.qa-interior',
  'agency.qa-lekhwiya',
  'agency.sa-gip',
  'agency.sa-interior',
  'agency.sa-psd',
  'agency.sa-pss',
  'agency.tn-dgsn',
  'agency.tn-gn',
  'agency.tn-interior',
  'forum.5plus5-dialogue',
  'forum.afripol',
  'forum.caim',
  'forum.gcc',
  'forum.gcc-interior-ministers',
  'person.abbas-ibrahim',
  'person.abbas-kamel',
  'person.abdul-amir-al-shammari',
  'person.abdulaziz-bin-mohammed-al-huwairini',
  'person.abdulaziz-bin-saud-bin-nayef',
  'person.adel-bin-khalifa-al-fadhel',
  'person.ahmad-hajjar',
  'person.ahmad-husni',
  'person.ali-badaoui',
  'person.annelies-verlinden',
  'person.bassam-mawlawi',
  'person.brahim-merad',
  'person.edgar-lawandos',
  'person.elias-baissari',
  'person.emad-mustafa-al-trabelsi',
  'person.erik-akerboom',
  'person.essam-abu-zariba',
  'person.fahad-yousef-saud-al-sabah',
  'person.farid-zineddine-bencheikh',
  'person.hamid-rashid-fleih-al-shatri',
  'person.hamoud-bin-faisal-al-busaidi',
  'person.hassan-choucair',
  'person.hassan-mahmoud-rashad',
  'person.hedi-majdoub',
  'person.hichem-fourati',
  'person.hichem-mechichi',
  'person.hussein-mohamed-khalifa-al-aib',
  'person.hussein-mohammad-al-hawatmeh',
  'person.imad-othman',
  'person.james-cleverly',
  'person.jasem-albudaiwi',
  'person.kamel-beldjoud',
  'person.kamel-feki',
  'person.ken-mccallum',
  'person.khaled-nouri',
  'person.khalid-bin-ali-al-humaidan',
  'person.khalid-bin-khalifa-bin-abdulaziz-al-thani',
  'person.khalid-bin-qarar-al-harbi',
  'person.khalifa-bin-hamad-bin-khalifa-al-thani',
  'person.khelifa-ounissi',
  'person.luciana-lamorgese',
  'person.mahmoud-tawfik',
  'person.mario-parente',
  'person.matteo-piantedosi',
  'person.mazen-al-faraya',
  'person.mesgharou-ould-sidi',
  'person.mohamed-ahmed-ould-mohamed-lemine',
  'person.mohamed-cheikh-ould-mohamed-lemine',
  'person.mohammed-bin-ali-koman',
  'person.mohammed-shia-al-sudani',
  'person.mustafa-al-kadhimi',
  'person.nancy-faeser',
  'person.nayef-al-hajraf',
  'person.obeidallah-al-maaytah',
  'person.qasim-al-araji',
  'person.raed-abdallah',
  'person.rashid-bin-abdullah-al-khalifa',
  'person.saif-bin-zayed-al-nahyan',
  'person.sami-hichri',
  'person.tahnoun-bin-zayed-al-nahyan',
  'person.talal-khaled-al-ahmad-al-sabah',
  'person.tariq-al-hassan',
  'person.yahia-ali-oulhadj',
  'person.yvette-cooper',
]);

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
