import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/data/index.js';
import { createExportReport, toPopolo } from '../../src/export/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { checkPopolo } from './_lib/popolo-check.js';
import { allRecords, exampleRecords } from './_lib/records.js';

describe('toPopolo', () => {
  it('exports the example dataset plus all shipped data: valid against Popolo 1.0.1 and its rules', () => {
    const doc = toPopolo(allRecords());
    expect(doc.organizations.length).toBeGreaterThan(20);
    expect(checkPopolo(doc)).toEqual([]);
  });

  it('the example dataset alone is complete and valid', () => {
    const report = createExportReport('popolo');
    const doc = toPopolo(exampleRecords(), { report });
    expect(checkPopolo(doc)).toEqual([]);
    expect(report.droppedReferences).toBe(0);
  });

  it('co-chairs: one post per body, one membership per chair and term', () => {
    const terms = referenceRecords.filter((r) => r.type === 'co-chair-term');
    const doc = toPopolo(terms);
    const gctf = doc.posts.find((p) => p.id === 'forum.gctf.co-chair');
    expect(gctf?.['role']).toBe('co-chair');
    const chairs = doc.memberships.filter((m) => m['post_id'] === 'forum.gctf.co-chair');
    expect(chairs.length).toBe(
      terms
        .filter((t) => t.type === 'co-chair-term' && t.bodyId === 'forum.gctf')
        .reduce((n, t) => n + (t.type === 'co-chair-term' ? t.chairs.length : 0), 0),
    );
    expect(chairs[0]?.['member']).toMatchObject({ '@type': 'Organization' });
    expect(checkPopolo(doc)).toEqual([]);
  });

  it('drops a reference to a record that is not there', () => {
    const m: TansiqRecord = {
      type: 'membership',
      id: 'membership.x',
      member: { kind: 'person', id: 'person.nobody' },
      organizationId: 'agency.interpol',
      sources: [{ url: 'https://example.org/' }],
    };
    const report = createExportReport('popolo');
    const doc = toPopolo([m], { report });
    expect(doc.memberships).toEqual([]);
    expect(report.droppedReferences).toBeGreaterThan(0);
    expect(checkPopolo(doc)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toPopolo(allRecords()))).toBe(JSON.stringify(toPopolo(allRecords())));
  });
});
