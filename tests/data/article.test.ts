import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRecord, referenceRecords } from '../../src/data/index.js';
import type { Article, SecurityMeeting, SourceRef } from '../../src/schemas/index.js';

const root = resolve(import.meta.dirname, '../..');
const text = readFileSync(resolve(root, 'examples/seed-article.txt'), 'utf8');
const article = getRecord('article.2022-06-ma-us-es-security-cooperation') as Article;

/** Every source reference inside a record, with the path where it sits. */
function sourcesIn(value: unknown, path = '', out: { path: string; source: SourceRef }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesIn(v, `${path}/${i}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v))
        v.forEach((s, i) => out.push({ path: `${path}/sources/${i}`, source: s as SourceRef }));
      else sourcesIn(v, `${path}/${k}`, out);
    }
  }
  return out;
}

describe('the example article', () => {
  it('is identified by the hash of examples/seed-article.txt', () => {
    expect(article.type).toBe('article');
    expect(article.bodyHash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(article.body).toBeUndefined();
    expect(text).toContain(article.headline.value);
  });

  it('has mentions whose spans slice exactly their text', () => {
    const mentions = article.mentions ?? [];
    expect(mentions.length).toBeGreaterThanOrEqual(25);
    for (const m of mentions) {
      expect(m.span, m.text).toBeDefined();
      expect(text.slice(m.span?.start, m.span?.end), JSON.stringify(m.span)).toBe(m.text);
    }
    const starts = mentions.map((m) => m.span?.start ?? -1);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('links the people and agencies it names', () => {
    const refs = new Set(
      (article.mentions ?? []).flatMap((m) => (m.ref && m.ref.kind !== 'country' ? [m.ref.id] : [])),
    );
    for (const id of [
      'person.abdellatif-hammouchi',
      'person.avril-haines',
      'person.william-burns',
      'person.christopher-wray',
      'person.abdelouafi-laftit',
      'person.fernando-grande-marlaska',
      'agency.us-fbi',
      'agency.us-cia',
      'agency.ma-dgst',
      'agency.ma-dgsn',
      'forum.gctf',
      'forum.africa-focus-group',
      'forum.global-coalition-against-daesh',
    ]) {
      expect(refs, id).toContain(id);
    }
    const fbi = (article.mentions ?? []).filter((m) => m.text === 'أف بي آي');
    expect(fbi).toHaveLength(3);
  });

  it('has every quoted source span pointing at its quote in the text', () => {
    const quoted = referenceRecords.flatMap((r) => sourcesIn(r).map((x) => ({ id: r.id, ...x })));
    const intoArticle = quoted.filter((q) => q.source.articleId === article.id);
    expect(intoArticle.length).toBeGreaterThanOrEqual(10);
    for (const q of intoArticle) {
      expect(q.source.quote, `${q.id}${q.path}`).toBeDefined();
      expect(text.slice(q.source.span?.start, q.source.span?.end), `${q.id}${q.path}`).toBe(q.source.quote);
    }
  });

  it('reports the Washington and Madrid meetings of June 2022', () => {
    expect(article.reportsMeetings).toEqual(['meeting.2022-06-13-ma-us-washington', 'meeting.2022-06-15-ma-es-madrid']);
    const washington = getRecord('meeting.2022-06-13-ma-us-washington') as SecurityMeeting;
    expect(washington).toMatchObject({ start: '2022-06-13', end: '2022-06-14', hostCountry: 'US', status: 'held' });
    expect(washington.delegations?.map((d) => d.headPersonId)).toEqual(['person.abdellatif-hammouchi', undefined]);
    const roles = Object.fromEntries(
      (washington.participants ?? [])
        .filter((p) => p.ref.kind === 'person')
        .map((p) => [p.ref.kind === 'person' ? p.ref.id : '', p.roles]),
    );
    expect(roles).toEqual({
      'person.abdellatif-hammouchi': ['head-of-delegation', 'visitor'],
      'person.avril-haines': ['host'],
      'person.william-burns': ['host'],
      'person.christopher-wray': ['host'],
    });
    expect(washington.outcomes?.[0]?.kind).toBe('intelligence-sharing');
    const madrid = getRecord('meeting.2022-06-15-ma-es-madrid') as SecurityMeeting;
    expect(madrid).toMatchObject({ start: '2022-06-15', hostCountry: 'ES', location: { city: 'Madrid' } });
    expect(
      madrid.participants?.filter((p) => p.ref.kind === 'person').map((p) => (p.ref.kind === 'person' ? p.ref.id : '')),
    ).toEqual(['person.abdelouafi-laftit', 'person.fernando-grande-marlaska']);
    expect(madrid.topics).toContain('irregular-migration');
  });

  it('backs the dated facts it cites with records', () => {
    const praise = getRecord('meeting.2021-02-fbi-cia-praise-dgst') as SecurityMeeting;
    expect(praise).toMatchObject({ start: '2021-02', kind: 'other', articleIds: [article.id] });
    const cc17 = getRecord('meeting.2020-09-29-gctf-cc-17') as SecurityMeeting;
    expect(cc17.articleIds).toEqual([article.id]);
    const citing = referenceRecords
      .filter((r) => r.type === 'meeting' && (r.articleIds ?? []).includes(article.id))
      .map((r) => r.id);
    expect(citing.sort()).toEqual([
      'meeting.2020-09-29-gctf-cc-17',
      'meeting.2021-02-fbi-cia-praise-dgst',
      'meeting.2022-06-13-ma-us-washington',
      'meeting.2022-06-15-ma-es-madrid',
    ]);
  });
});
