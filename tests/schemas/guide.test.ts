import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDiagram } from '../../src/schemas/_lib/reference-diagram.js';
import {
  comparePartialDates,
  formatRuleMessage,
  intervalContains,
  intervalsOverlap,
  partialDateBounds,
  RECORD_RULES,
  RECORD_TYPES,
  recordReferences,
  RecordSchema,
  recordTypeOfId,
  toJSONSchema,
} from '../../src/schemas/index.js';
import { createAjv } from './_lib/ajv.js';

const guide = readFileSync(join(import.meta.dirname, '../../docs/guides/data-model.md'), 'utf8');

describe('docs/guides/data-model.md', () => {
  it('has its TypeDoc title and starts with it', () => {
    expect(guide.startsWith('---\ntitle: Data model\ngroup: Guides\n---\n\n# Data model\n')).toBe(true);
  });

  it('shows the record-reference picture generated from REFERENCE_FIELDS', () => {
    // tests/docs/diagrams.test.ts checks that the SVG is the rendering of referenceDiagram().
    expect(guide).toMatch(
      /<!-- reference-diagram:start -->\n\[!\[[^\]\n]+\]\(images\/record-references\.svg\)\]\(images\/record-references\.svg\)\n<!-- reference-diagram:end -->/,
    );
    const dot = referenceDiagram();
    for (const type of RECORD_TYPES) {
      expect(dot).toContain(`label="${type}"`);
    }
  });

  it('names every record type', () => {
    for (const type of RECORD_TYPES) {
      expect(guide).toContain(`| \`${type}\` |`);
    }
  });

  it('example: in-record check paths', () => {
    const result = RecordSchema.safeParse({
      type: 'co-chair-term',
      id: 'co-chair-term.gctf-2023-eg-eu',
      bodyId: 'forum.gctf',
      chairs: [],
      interval: { start: '2026', end: '2023' },
      sources: [{ url: 'https://www.thegctf.org/' }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['chairs', 'interval.end']);
  });

  it('example: rules inside a record', () => {
    const result = RecordSchema.safeParse({
      type: 'co-chair-term',
      id: 'co-chair-term.gctf-2023-eg-eu',
      bodyId: 'forum.gctf',
      chairs: [{ party: { kind: 'country', country: 'EG' } }],
      interval: { start: '2026', end: '2023' },
      sources: [{ url: 'https://www.thegctf.org/' }],
    });
    const issue = result.error?.issues[0];
    expect(issue?.code === 'custom' && issue.params?.['rule']).toBe('interval_end_before_start');
    expect(issue?.message).toBe('end 2023 is before start 2026');
    expect(RECORD_RULES.interval_end_before_start.appliesTo.includes('co-chair-term')).toBe(true);
    expect(formatRuleMessage('interval_end_before_start', { start: '2026', end: '2023' }, 'ar')).toBe(
      'تاريخ النهاية 2023 يسبق تاريخ البداية 2026',
    );
    expect(guide).toContain("issue?.code === 'custom' && issue.params?.rule; // 'interval_end_before_start'");
  });

  it('example: recordReferences', () => {
    const record = RecordSchema.parse({
      type: 'co-chair-term',
      id: 'co-chair-term.gctf-2023-eg-eu',
      bodyId: 'forum.gctf',
      chairs: [
        { party: { kind: 'country', country: 'EG' } },
        { party: { kind: 'organization', id: 'agency.eu-eeas' } },
      ],
      interval: { start: '2023-05-04' },
      sources: [{ articleId: 'article.2024-02-29-ahram-gctf' }],
    });
    expect(recordReferences(record)).toEqual([
      { pointer: '/sources/0/articleId', id: 'article.2024-02-29-ahram-gctf', expectedTypes: ['article'] },
      { pointer: '/bodyId', id: 'forum.gctf', expectedTypes: ['forum', 'working-group'] },
      { pointer: '/chairs/1/party/id', id: 'agency.eu-eeas', expectedTypes: ['agency', 'forum'] },
    ]);
  });

  it('example: ajv on the generated JSON Schema', () => {
    const validate = createAjv().compile(toJSONSchema(RecordSchema));
    expect(
      validate({
        type: 'meeting',
        id: 'meeting.x',
        kind: 'phone-call',
        status: 'held',
        sources: [{ url: 'https://example.org/' }],
      }),
    ).toBe(true);
  });

  it('example: helpers', () => {
    expect(partialDateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(comparePartialDates('2021', '2021-01')).toBe(1);
    expect(['2022', '2021-06', '2021'].sort(comparePartialDates)).toEqual(['2021', '2021-06', '2022']);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2024-03-05')).toBe(true);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2023')).toBe(false);
    expect(intervalsOverlap({ start: '2021', end: '2023' }, { start: '2023-06' })).toBe(true);
    expect(recordTypeOfId('co-chair-term.gctf-2023-eg-eu')).toBe('co-chair-term');
  });
});
