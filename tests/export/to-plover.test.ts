import { describe, expect, it } from 'vitest';
import { countries } from '../../src/data/index.js';
import { createExportReport, toPlover } from '../../src/export/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { checkPlover } from './_lib/plover-check.js';
import { allRecords } from './_lib/records.js';

const ALPHA3 = new Set(countries.map((c) => c.alpha3).filter((x): x is string => x !== null));
const src = [{ url: 'https://example.org/' }];

describe('toPlover', () => {
  it('exports the example dataset plus all shipped data: valid PLOVER 2.0 events', () => {
    const report = createExportReport('plover');
    const events = [...toPlover(allRecords(), { report })];
    expect(events.length).toBeGreaterThan(20);
    expect(checkPlover(events, ALPHA3)).toEqual([]);
    // Month-precision meetings cannot be PLOVER events: listed, not dropped silently.
    expect(report.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('a visit: visitor side in actor, host side in recipient, mode visit', () => {
    const meeting: TansiqRecord = {
      type: 'meeting',
      id: 'meeting.2024-03-05-ma-es',
      kind: 'bilateral-visit',
      status: 'held',
      start: '2024-03-05T11:00+01:00',
      participants: [
        { ref: { kind: 'country', country: 'MA' }, roles: ['host'] },
        { ref: { kind: 'country', country: 'ES' }, roles: ['visitor'] },
      ],
      topics: ['terrorism'],
      sources: src,
    };
    const [event] = [...toPlover([meeting])];
    expect(event).toMatchObject({
      date: '2024-03-05',
      time: '11:00+01:00',
      event: ['CONSULT'],
      mode: ['visit'],
      context: ['terrorism'],
      quad_code: 1,
    });
    expect(event?.actor.map((a) => a.code)).toEqual(['ESP']);
    expect(event?.recipient?.map((a) => a.code)).toEqual(['MAR']);
  });

  it('codes the EU as EUR, planned meetings as AGREE, cancelled as REJECT meet', () => {
    const base = {
      type: 'meeting',
      kind: 'bilateral-talks',
      start: '2024-03-05',
      participants: [{ ref: { kind: 'country', country: 'EU' }, roles: ['member'] }],
      sources: src,
    };
    const [planned] = [...toPlover([{ ...base, id: 'meeting.a', status: 'planned' } as unknown as TansiqRecord])];
    const [cancelled] = [...toPlover([{ ...base, id: 'meeting.b', status: 'cancelled' } as unknown as TansiqRecord])];
    expect(planned?.actor[0]?.code).toBe('EUR');
    expect(planned?.event).toEqual(['AGREE']);
    expect(cancelled).toMatchObject({ event: ['REJECT'], mode: ['meet'] });
  });

  it('skips what PLOVER cannot hold, with the reason', () => {
    const report = createExportReport('plover');
    const events = [
      ...toPlover(
        [
          {
            type: 'meeting',
            id: 'meeting.c',
            kind: 'plenary',
            status: 'held',
            start: '2024-03',
            sources: src,
          } as TansiqRecord,
        ],
        { report },
      ),
    ];
    expect(events).toEqual([]);
    expect(report.skipped[0]).toEqual({ id: 'meeting.c', reason: 'no full-day start date (PLOVER needs YYYY-MM-DD)' });
  });

  it('is deterministic', () => {
    expect(JSON.stringify([...toPlover(allRecords())])).toBe(JSON.stringify([...toPlover(allRecords())]));
  });
});
