import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('examples/extract-article.ts', () => {
  it('runs: mentions, meetings and records that validate', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/extract-article.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^\d+ mentions, \d+ linked to records$/);
    expect(lines).toContain('  person  عبد الوافي لفتيت → person.abdelouafi-laftit');
    expect(lines).toContain('  agency  أف بي آي → agency.us-fbi');
    expect(lines).toContain('  person  زهير لعميم → not in the data (Zouhair Laamim)');
    expect(lines).toContain('meeting: bilateral-talks (undated) ES + MA + agency.ma-interior in Madrid');
    expect(lines.at(-1)).toBe('records: 1 article, 3 meetings, 1 new persons; validation: 0 errors, 0 warnings');
  }, 60_000);
});
