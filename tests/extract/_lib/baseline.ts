/**
 * The gazetteer baseline of the extraction bench: exact matching of every name and acronym in
 * the shipped reference data (agencies, forums, persons and the countries' Arabic names), as
 * written, longest first, at word boundaries, linked to the record it names. Meetings: a
 * sentence with a reporting verb and at least two countries among its gazetteer mentions, dated
 * by the nearest date expression of the sentence.
 */
import { findArabicDates } from '../../../src/arabic/index.js';
import { countries, referenceRecords } from '../../../src/data/index.js';
import type { ExtractedMention } from '../../../src/extract/index.js';
import type { PartyRef } from '../../../src/schemas/index.js';
import type { PredMeeting } from './score.js';

interface Name {
  value: string;
  kind: ExtractedMention['kind'];
  ref: PartyRef;
}

let index: Map<string, Name[]> | undefined;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function buildIndex(): Map<string, Name[]> {
  const names: Name[] = [];
  for (const r of referenceRecords) {
    if (r.type === 'agency' || r.type === 'forum') {
      for (const n of r.names ?? [])
        names.push({ value: n.value, kind: r.type, ref: { kind: 'organization', id: r.id } as PartyRef });
    } else if (r.type === 'person') {
      for (const n of r.names ?? [])
        names.push({ value: n.value, kind: 'person', ref: { kind: 'person', id: r.id } as PartyRef });
    }
  }
  for (const c of countries)
    for (const n of c.names.ar)
      names.push({ value: n, kind: 'country', ref: { kind: 'country', country: c.code } as PartyRef });
  const m = new Map<string, Name[]>();
  for (const n of names) {
    const first = n.value.slice(0, 2);
    if (first.length === 0) continue;
    const list = m.get(first) ?? [];
    list.push(n);
    m.set(first, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.value.length - a.value.length);
  return m;
}

export function baselineMentions(text: string): ExtractedMention[] {
  index ??= buildIndex();
  const out: ExtractedMention[] = [];
  let i = 0;
  while (i < text.length) {
    if (isWordChar(text[i - 1]) || !isWordChar(text[i])) {
      i++;
      continue;
    }
    const list = index.get(text.slice(i, i + 2));
    let hit: Name | undefined;
    if (list !== undefined) {
      for (const n of list) {
        if (text.startsWith(n.value, i) && !isWordChar(text[i + n.value.length])) {
          hit = n;
          break;
        }
      }
    }
    if (hit === undefined) {
      i++;
      continue;
    }
    out.push({
      text: hit.value,
      span: { start: i, end: i + hit.value.length },
      kind: hit.kind,
      ref: hit.ref,
      confidence: 1,
    });
    i += hit.value.length;
  }
  return out;
}

const VERBS = ['استقبل', 'التقى', 'اجتمع', 'أجرى', 'بحث', 'زار', 'زيارة', 'وقع', 'ترأس', 'شارك', 'مباحثات', 'اتصال'];

export function baselineMeetings(text: string, reference: string): PredMeeting[] {
  const mentions = baselineMentions(text);
  const dates = findArabicDates(text, { reference });
  const out: PredMeeting[] = [];
  let start = 0;
  const sentences: [number, number][] = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '.' || text[i] === '\n' || text[i] === '؟') {
      if (i > start) sentences.push([start, i]);
      start = i + 1;
    }
  }
  for (const [s, e] of sentences) {
    const sentence = text.slice(s, e);
    if (!VERBS.some((v) => sentence.includes(v))) continue;
    const cs = new Set<string>();
    let forumId: string | undefined;
    for (const m of mentions) {
      if (m.span.start < s || m.span.end > e) continue;
      if (m.ref?.kind === 'country') cs.add(m.ref.country);
      if (m.kind === 'forum' && m.ref?.kind === 'organization') forumId ??= m.ref.id;
    }
    if (cs.size < 2 && forumId === undefined) continue;
    const d = dates.find((x) => x.index >= s && x.endIndex <= e);
    const meeting: PredMeeting = { countries: [...cs] };
    if (d !== undefined) meeting.date = d.iso;
    if (forumId !== undefined) meeting.forumId = forumId;
    out.push(meeting);
  }
  return out;
}
