import { describe, expect, it } from 'vitest';
import { cliMessagesIn } from '../../src/cli/_lib/messages.js';
import { ProgressLine, wantProgress } from '../../src/cli/_lib/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream & {
    written: string[];
  };
}

describe('progress line', () => {
  it('is shown only on a TTY, outside CI, for large input', () => {
    expect(wantProgress({}, fakeStream(true), true)).toBe(true);
    expect(wantProgress({}, fakeStream(false), true)).toBe(false);
    expect(wantProgress({ CI: 'true' }, fakeStream(true), true)).toBe(false);
    expect(wantProgress({ CI: 'false' }, fakeStream(true), true)).toBe(true);
    expect(wantProgress({}, fakeStream(true), false)).toBe(false);
  });

  it('draws records, records/s and percent of bytes, then clears itself', () => {
    const stream = fakeStream(true);
    const line = new ProgressLine(stream);
    line.update({ file: 'data/a.jsonl', records: 12_345, bytesRead: 50, bytesTotal: 200 });
    line.update({ file: 'data/a.jsonl', records: 12_346, bytesRead: 51, bytesTotal: 200 }); // throttled
    expect(stream.written).toHaveLength(1);
    const first = stream.written[0] ?? '';
    expect(first.startsWith('\r\u001b[K')).toBe(true); // CR + erase line
    expect(first.slice(4)).toMatch(/^data\/a\.jsonl: 12,345 records, [\d,]+ records\/s 25%$/);
    line.clear();
    expect(stream.written[1]).toBe('\r\u001b[K'); // CR + erase line
    line.clear();
    expect(stream.written).toHaveLength(2);
  });

  it('draws the same line in Arabic under --locale ar', () => {
    const stream = fakeStream(true);
    const line = new ProgressLine(stream, cliMessagesIn('ar'));
    line.update({ file: '-', records: 12_345, bytesRead: 50, bytesTotal: 200 });
    expect((stream.written[0] ?? '').slice(4)).toMatch(/^<stdin>: السجلات 12,345، بمعدل [\d,]+ سجل في الثانية 25%$/);
  });
});
