/**
 * The examples of README.md and docs/guides/getting-started.md, run as written: if a shown result
 * stops being true, this fails. (Each other guide has its own examples test next to its layer.)
 */
import { describe, expect, it } from 'vitest';
import { findArabicDates, nameKey, namesMatch, parseArabicDate, SecurityMeetingSchema } from '../../src/index.js';
import { coChairsOn, findAgencies, positionHoldersOn } from '../../src/data/index.js';
import meetings from '../../src/data/records/meetings.json' with { type: 'json' };

describe('README and getting-started examples', () => {
  it('reads Arabic dates', () => {
    expect(parseArabicDate('الثلاثاء 14 يونيو (حزيران) 2022').iso).toBe('2022-06-14');
    expect(parseArabicDate('29 سبتمبر (أيلول) 2020').iso).toBe('2020-09-29');
    expect(parseArabicDate('18 دجنبر 2021').iso).toBe('2021-12-18');
    expect(findArabicDates('اجتمع الوزيران يوم الأربعاء 15 يونيو 2022 في مدريد').map((d) => d.iso)).toEqual([
      '2022-06-15',
    ]);
  });

  it('matches names across scripts', () => {
    expect(namesMatch('عبد اللطيف حموشي', 'Abdellatif Hammouchi')).toBe(true);
    expect(nameKey('السيد عبداللطيف الحموشي')).toBe(nameKey('عبد اللطيف حموشي'));
  });

  it('validates meetings with every problem and its path', () => {
    const record = (meetings as unknown[])[0];
    expect(SecurityMeetingSchema.safeParse(record).success).toBe(true);
    const result = SecurityMeetingSchema.safeParse({ ...(record as object), status: 'maybe', end: 'soon' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('/')).sort()).toEqual(['end', 'status']);
  });

  it('looks things up in the reference data (the CommonJS form runs in tests/package)', () => {
    expect(findAgencies('أف بي آي').at(0)?.id).toBe('agency.us-fbi');
    expect(coChairsOn('forum.gctf', '2020-09-29')).toEqual([
      { kind: 'country', country: 'MA' },
      { kind: 'country', country: 'CA' },
    ]);
    expect(positionHoldersOn('position.us-fbi-director', '2022-06-14')?.map((p) => p.name)).toEqual([
      'Christopher Wray',
    ]);
  });
});
