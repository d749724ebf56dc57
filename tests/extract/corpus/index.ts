/**
 * The extraction gold corpus.
 *
 * Written by the tansiq project for its own tests: every passage is Arabic news prose composed
 * for this corpus (no text is copied from a real article, although the facts it states — who held
 * which office when — are real), so any figure measured on it is IN-SAMPLE. It covers the styles
 * of Maghrebi, Egyptian, Gulf, Levantine, Iraqi and pan-Arab outlets and of the Arabic services of
 * Western media and ministries; titles and honorifics before names, misspelled and partial names,
 * agencies inside titles, proclitics and the fused لل, nisba adjectives, acronyms in Arabic and
 * Latin script, surname coreference, forum meetings, Maghrebi/Mashreqi/Hijri and relative dates,
 * and hard negatives (future meetings, generic cooperation, capitals as places, generic words).
 *
 * Annotation rules: see the extraction guide (spans exclude proclitics and titles; country nisbas
 * are mentions; only meetings reported as having happened are gold meetings).
 */
import type { GoldDate, GoldMeeting, GoldMention, Passage, ResolvedGold, Span } from './types.js';
import { PASSAGES_A } from './passages-a.js';
import { PASSAGES_B } from './passages-b.js';
import { PASSAGES_C } from './passages-c.js';
import { PASSAGES_D } from './passages-d.js';
import { PASSAGES_E } from './passages-e.js';
import { PASSAGES_F } from './passages-f.js';
import { PASSAGES_G } from './passages-g.js';

export type * from './types.js';

/** Every passage of the corpus, in id order. */
export const PASSAGES: readonly Passage[] = [...PASSAGES_A, ...PASSAGES_B, ...PASSAGES_C, ...PASSAGES_D, ...PASSAGES_E, ...PASSAGES_F, ...PASSAGES_G];

/**
 * Ids used as gold refs that are not (yet) in the shipped reference data: records of the wider
 * Arab-world and European reference data, named by the project's id conventions.
 */
export const PENDING_IDS: ReadonlySet<string> = new Set<string>([
  'agency.ae-interior',
  'agency.ae-nsa',
  'agency.be-interior',
  'agency.bh-interior',
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
  'person.abbas-kamel',
  'person.abdul-amir-al-shammari',
  'person.abdulaziz-bin-mohammed-al-huwairini',
  'person.abdulaziz-bin-saud-bin-nayef',
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
  'person.hichem-fourati',
  'person.hussein-mohamed-khalifa-al-aib',
  'person.hussein-mohammad-al-hawatmeh',
  'person.imad-othman',
  'person.james-cleverly',
  'person.kamel-feki',
  'person.ken-mccallum',
  'person.khaled-nouri',
  'person.khalid-bin-ali-al-humaidan',
  'person.khalid-bin-khalifa-bin-abdulaziz-al-thani',
  'person.khalid-bin-qarar-al-harbi',
  'person.khalifa-bin-hamad-bin-khalifa-al-thani',
  'person.mahmoud-tawfik',
  'person.mario-parente',
  'person.matteo-piantedosi',
  'person.mazen-al-faraya',
  'person.mohamed-ahmed-ould-mohamed-lemine',
  'person.mohamed-cheikh-ould-mohamed-lemine',
  'person.mohammed-shia-al-sudani',
  'person.mustafa-al-kadhimi',
  'person.nancy-faeser',
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
