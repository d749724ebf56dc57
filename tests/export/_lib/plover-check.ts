import type { PloverEvent } from '../../../src/export/index.js';

// PLOVER 2.0 (manual draft 2.0, "Data Fields", "Event Categories", "Contexts", "Country Names and
// Sector Codes"), written here as the facts they are.
export const CATEGORIES: Readonly<
  Record<string, { quad: readonly number[]; recipient: boolean; modes: readonly string[] }>
> = {
  AGREE: { quad: [1], recipient: false, modes: [] },
  CONSULT: { quad: [1], recipient: false, modes: ['visit', 'third-party', 'multilateral', 'phone'] },
  SUPPORT: { quad: [1], recipient: false, modes: [] },
  CONCEDE: { quad: [1], recipient: false, modes: [] },
  COOPERATE: { quad: [2], recipient: true, modes: [] },
  AID: { quad: [2], recipient: true, modes: [] },
  RETREAT: { quad: [2], recipient: false, modes: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'] },
  REQUEST: { quad: [3], recipient: false, modes: ['assist', 'change', 'yield', 'meet'] },
  ACCUSE: { quad: [3], recipient: false, modes: ['disapprove', 'investigate', 'allege'] },
  REJECT: { quad: [3], recipient: false, modes: ['assist', 'change', 'yield', 'meet'] },
  THREATEN: { quad: [3], recipient: false, modes: [] },
  PROTEST: { quad: [4], recipient: false, modes: [] },
  SANCTION: { quad: [3, 4], recipient: true, modes: [] },
  MOBILIZE: { quad: [4], recipient: false, modes: [] },
  COERCE: { quad: [4], recipient: false, modes: [] },
  ASSAULT: { quad: [4], recipient: false, modes: [] },
};

export const CONTEXTS = [
  'military',
  'intelligence',
  'executive',
  'legislative',
  'election',
  'political_institutions',
  'pro_democracy',
  'pro_autocracy',
  'economic',
  'legal',
  'reparations',
  'human_rights',
  'rights_freedoms',
  'repression',
  'human_security',
  'gender',
  'lgbt',
  'religion_ethnicity',
  'inequality',
  'diplomatic',
  'territory',
  'peacekeeping',
  'health',
  'asylum',
  'migration',
  'disasters',
  'natural_resource',
  'environment',
  'technology',
  'terrorism',
  'cbrn',
  'cyber',
  'misinformation',
  'crime',
  'corruption',
  'illegal_drugs',
  'trafficking',
] as const;

export const SECTORS = [
  'COP',
  'GOV',
  'JUD',
  'LEG',
  'MIL',
  'PRM',
  'PTY',
  'REB',
  'SPY',
  'UAF',
  'UNK',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'JRN',
  'LAB',
  'MED',
  'REF',
  'OPP',
  'PRE',
  'REL',
  'SOC',
] as const;
export const NON_STATE = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC', 'KOS'] as const;

const FIELDS = [
  'id',
  'has_event',
  'date',
  'time',
  'enddate',
  'endtime',
  'actor',
  'recipient',
  'event',
  'event_loc',
  'event_text',
  'quad_code',
  'event_scale',
  'mode',
  'context',
  'link',
  'text',
  'text_info',
  'cite_info',
  'coder',
  'coded_date',
  'coded_time',
  'comment',
];
const ENTITY_FIELDS = [
  'code',
  'sector',
  'entity_text',
  'identifier_id',
  'identifier_text',
  'religion',
  'ethnicity',
  'office',
  'gender',
  'age',
];

function realDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Checks PLOVER events: required fields, unique ids, full-day dates (and times that make an ISO
 * date-time), categories, modes and contexts of the manual, recipients where required, alpha-3
 * or special entity codes (`alpha3` lists the valid country codes), sectors, ISO 639-1 citation
 * language, and extra fields only under the `tansiq_` prefix.
 */
export function checkPlover(events: readonly PloverEvent[], alpha3: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of events) {
    const where = e.id;
    if (typeof e.id !== 'string' || e.id === '') problems.push('event without id');
    if (ids.has(e.id)) problems.push(`${where}: duplicate id`);
    ids.add(e.id);
    for (const k of Object.keys(e))
      if (!FIELDS.includes(k) && !k.startsWith('tansiq_')) problems.push(`${where}: unknown field ${k}`);
    if (!realDay(e.date)) problems.push(`${where}: date ${e.date} is not a full day`);
    if (e.enddate !== undefined && (!realDay(e.enddate) || e.enddate < e.date)) problems.push(`${where}: bad enddate`);
    if (e.time !== undefined && Number.isNaN(Date.parse(`${e.date}T${e.time}`)))
      problems.push(`${where}: date + time is not a date-time`);
    if (!Array.isArray(e.actor) || e.actor.length === 0) problems.push(`${where}: no actor`);
    if (!Array.isArray(e.event) || e.event.length === 0) problems.push(`${where}: no event`);
    for (const cat of e.event ?? []) {
      const def = CATEGORIES[cat];
      if (def === undefined) {
        problems.push(`${where}: unknown category ${cat}`);
        continue;
      }
      if (def.recipient && (e.recipient === undefined || e.recipient.length === 0))
        problems.push(`${where}: ${cat} needs a recipient`);
      if (e.quad_code !== undefined && e.event.length === 1 && !def.quad.includes(e.quad_code))
        problems.push(`${where}: quad ${e.quad_code} does not fit ${cat}`);
    }
    for (const m of e.mode ?? [])
      if (!(e.event ?? []).some((c) => CATEGORIES[c]?.modes.includes(m) === true))
        problems.push(`${where}: mode ${m} is not a mode of ${e.event.join('+')}`);
    for (const c of e.context ?? [])
      if (!(CONTEXTS as readonly string[]).includes(c)) problems.push(`${where}: unknown context ${c}`);
    for (const ent of [...(e.actor ?? []), ...(e.recipient ?? [])]) {
      if (!alpha3.has(ent.code) && !(NON_STATE as readonly string[]).includes(ent.code))
        problems.push(`${where}: entity code ${ent.code}`);
      if (ent.sector !== undefined && !(SECTORS as readonly string[]).includes(ent.sector))
        problems.push(`${where}: sector ${ent.sector}`);
      for (const k of Object.keys(ent))
        if (!ENTITY_FIELDS.includes(k) && !k.startsWith('tansiq_'))
          problems.push(`${where}: unknown entity field ${k}`);
    }
    if (e.cite_info?.['language'] !== undefined && !/^[a-z]{2}$/.test(e.cite_info['language']))
      problems.push(`${where}: citation language ${e.cite_info['language']}`);
    if (e.link !== undefined && !ids.has(e.link) && !events.some((x) => x.id === e.link))
      problems.push(`${where}: link ${e.link} not in the file`);
  }
  return problems;
}
