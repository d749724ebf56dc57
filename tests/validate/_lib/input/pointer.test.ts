import { describe, expect, it } from 'vitest';
import { fromPointer, toPointer, toSegments } from '../../../../src/validate/_lib/input/pointer.js';

describe('JSON Pointer helpers', () => {
  it('escapes ~ and / (RFC 6901) and round-trips', () => {
    expect(toPointer([])).toBe('');
    expect(toPointer(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
    expect(fromPointer('/a~1b/0/c~0d')).toEqual(['a/b', '0', 'c~d']);
    expect(fromPointer('')).toEqual([]);
  });
  it('turns symbols in zod paths into their descriptions', () => {
    expect(toSegments(['a', 1, Symbol('s')])).toEqual(['a', 1, 's']);
  });
});
