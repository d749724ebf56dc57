import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../../src/validate/_lib/input/utf8.js';

const at = (bytes: number[]): number => firstInvalidUtf8(Uint8Array.from(bytes), 0, bytes.length);

describe('firstInvalidUtf8', () => {
  it('accepts valid UTF-8 of every length', () => {
    expect(at([...Buffer.from('aé\u0639\u{1F600}')])).toBe(-1); // Latin, Arabic letter, emoji
  });
  it('finds the first invalid byte', () => {
    expect(at([0x61, 0xe9, 0x62])).toBe(1); // Latin-1 é
    expect(at([0x61, 0x80])).toBe(1); // lone continuation byte
    expect(at([0xc0, 0x80])).toBe(0); // overlong (C0 is never valid)
    expect(at([0xe0, 0x80, 0x80])).toBe(0); // overlong 3-byte
    expect(at([0xed, 0xa0, 0x80])).toBe(0); // UTF-16 surrogate
    expect(at([0xf4, 0x90, 0x80, 0x80])).toBe(0); // above U+10FFFF
    expect(at([0x61, 0xd9])).toBe(1); // truncated at the end
    expect(at([0xd9, 0x41])).toBe(0); // bad continuation
    expect(at([0xf8])).toBe(0);
  });
});
