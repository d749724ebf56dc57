import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, GUIDE_PATH, ruleTable, START, withRuleTable } from '../../scripts/generate-rule-table.js';
import { RECORD_RULES } from '../../src/schemas/index.js';

describe('the record rule table of the validating guide', () => {
  const guide = readFileSync(GUIDE_PATH, 'utf8');

  it('is the one generated from RECORD_RULES (run npm run generate:rules)', () => {
    expect(guide).toContain(START);
    expect(guide).toContain(END);
    expect(withRuleTable(guide)).toBe(guide);
  });

  it('has one row per rule', () => {
    const rows = ruleTable().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(RECORD_RULES).length);
    for (const id of Object.keys(RECORD_RULES)) expect(rows.some((row) => row.startsWith(`| \`${id}\` |`))).toBe(true);
  });

  it('replaces a stale table', () => {
    const stale = guide.replace('`duplicate_chair`', '`duplicate_chairs`');
    expect(stale).not.toBe(guide);
    expect(withRuleTable(stale)).toBe(guide);
  });
});
