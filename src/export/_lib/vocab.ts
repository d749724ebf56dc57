import type { TopicCode } from '../../schemas/index.js';
import { TOPIC_MAPPINGS } from '../../schemas/index.js';

/**
 * ISO 639-1 → ISO 639-3 for the 64 languages of the FollowTheMoney model (its `language` type
 * accepts only these; a language outside the list has no FtM value).
 */
export const FTM_LANGUAGES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  af: 'afr',
  ar: 'ara',
  az: 'aze',
  be: 'bel',
  bn: 'ben',
  bs: 'bos',
  bg: 'bul',
  ca: 'cat',
  cs: 'ces',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  et: 'est',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  he: 'heb',
  hi: 'hin',
  hr: 'hrv',
  hu: 'hun',
  hy: 'hye',
  id: 'ind',
  is: 'isl',
  it: 'ita',
  ja: 'jpn',
  kn: 'kan',
  ka: 'kat',
  kk: 'kaz',
  km: 'khm',
  ky: 'kir',
  ko: 'kor',
  lv: 'lav',
  lt: 'lit',
  lb: 'ltz',
  mk: 'mkd',
  mt: 'mlt',
  mn: 'mon',
  ms: 'msa',
  my: 'mya',
  ne: 'nep',
  nl: 'nld',
  no: 'nor',
  nb: 'nor',
  pl: 'pol',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  sk: 'slk',
  sl: 'slv',
  es: 'spa',
  sq: 'sqi',
  sr: 'srp',
  sw: 'swa',
  sv: 'swe',
  tg: 'tgk',
  tl: 'tgl',
  tk: 'tuk',
  tr: 'tur',
  uk: 'ukr',
  ur: 'urd',
  uz: 'uzb',
  zh: 'zho',
});

/** FtM topics of tansiq topics (exact and broader links only). */
export function ftmTopics(topics: readonly TopicCode[] | undefined): string[] {
  const out: string[] = [];
  for (const t of topics ?? [])
    for (const l of TOPIC_MAPPINGS[t]?.ftm ?? [])
      if (l.relation !== 'related' && !out.includes(l.code)) out.push(l.code);
  return out;
}

/**
 * PLOVER contexts the manual's own definitions add to TOPIC_MAPPINGS: its `trafficking` context
 * covers the smuggling of people, and cyber crime is coded `cyber` plus `crime`.
 */
const PLOVER_EXTRA: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  'migrant-smuggling': ['trafficking'],
  cybercrime: ['crime'],
});

/** PLOVER contexts of tansiq topics (exact and broader links only, plus PLOVER_EXTRA). */
export function ploverContexts(topics: readonly TopicCode[] | undefined): string[] {
  const out: string[] = [];
  for (const t of topics ?? []) {
    for (const l of TOPIC_MAPPINGS[t]?.plover ?? [])
      if (l.relation !== 'related' && !out.includes(l.code)) out.push(l.code);
    for (const c of PLOVER_EXTRA[t] ?? []) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** FtM topics by agency kind. */
export const FTM_AGENCY_TOPICS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  police: ['gov.security'],
  gendarmerie: ['gov.security'],
  'domestic-intelligence': ['gov.security'],
  'foreign-intelligence': ['gov.security'],
  'intelligence-coordination': ['gov.security'],
  customs: ['gov.security'],
  'border-guard': ['gov.security'],
  'coast-guard': ['gov.security'],
  'interior-ministry': ['gov.executive', 'gov.national'],
  'foreign-ministry': ['gov.executive', 'gov.national'],
  'justice-ministry': ['gov.executive', 'gov.national'],
  prosecution: ['gov.judicial'],
  military: ['mil'],
  fiu: ['gov.financial'],
  igo: ['gov.igo'],
  secretariat: ['gov.igo'],
});

/** PLOVER sector by agency kind. */
export const PLOVER_SECTORS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  police: 'COP',
  gendarmerie: 'COP',
  customs: 'COP',
  'border-guard': 'COP',
  'coast-guard': 'COP',
  'domestic-intelligence': 'SPY',
  'foreign-intelligence': 'SPY',
  'intelligence-coordination': 'SPY',
  'interior-ministry': 'GOV',
  'foreign-ministry': 'GOV',
  'justice-ministry': 'GOV',
  fiu: 'GOV',
  prosecution: 'JUD',
  military: 'MIL',
  media: 'JRN',
  igo: 'GOV',
  secretariat: 'GOV',
});
