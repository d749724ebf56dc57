import { describe, expect, it } from 'vitest';
import {
  arrayElementOffsets,
  findSyntaxError,
  lineColumn,
  lineStarts,
  locatePointer,
} from '../../../../src/validate/_lib/input/json-text.js';

describe('locatePointer', () => {
  const text = '{"a": [1, {"b~/c": "x", "d": {"e": [true, null]}}], "q\\"k": 2}';
  it('finds values and keys, escaped keys included', () => {
    expect(text.slice(locatePointer(text, ['a', 1, 'b~/c']).valueOffset)).toMatch(/^"x"/);
    expect(text.slice(locatePointer(text, ['a', 1, 'd', 'e', 1]).valueOffset)).toMatch(/^null/);
    const at = locatePointer(text, ['q"k']);
    expect(at.found).toBe(true);
    expect(text.slice(at.valueOffset)).toMatch(/^2\}/);
    expect(text.slice(at.keyOffset)).toMatch(/^"q\\"k"/);
  });
  it('stops at the deepest existing value when a segment is missing', () => {
    const at = locatePointer(text, ['a', 1, 'missing', 'x']);
    expect(at.found).toBe(false);
    expect(text.slice(at.valueOffset)).toMatch(/^\{"b~/);
    expect(locatePointer(text, ['a', 9]).found).toBe(false);
    expect(locatePointer(text, ['a', 'x']).found).toBe(false);
  });
  it('walks 100,000 levels without recursion', () => {
    const deep = `${'['.repeat(100_000)}7${']'.repeat(100_000)}`;
    const at = locatePointer(
      deep,
      Array.from({ length: 100_000 }, () => 0),
    );
    expect(at.valueOffset).toBe(100_000);
  });
});

describe('findSyntaxError', () => {
  it.each([
    ['{"a": 1,,}', 8, "Expected double-quoted property name, found ','"],
    ['{"a" 1}', 5, 'Expected ":" after property name, found \'1\''],
    ['[1 2]', 3, 'Expected "," or "]" after array element, found \'2\''],
    ['{"a": 1 "b"}', 8, 'Expected "," or "}" after property value, found \'"\''],
    ['{"a": tru}', 6, "Unexpected character 't'"],
    ['{"a": "x', 6, 'Unterminated string'],
    ['{"a": "\\x"}', 7, 'Bad escape in string'],
    ['{"a": "\\u12G4"}', 7, 'Bad \\u escape in string'],
    ['{"a": "\u0001"}', 7, 'Control character in string (escape it)'],
    ['{"a": 01}', 7, 'Expected "," or "}" after property value, found \'1\''],
    ['{"a": -}', 6, 'Invalid number'],
    ['{"a": 1.}', 6, 'Invalid number'],
    ['{"a": 1e}', 6, 'Invalid number'],
    ['{} x', 3, "Unexpected character 'x' after the JSON value"],
    ['{"a": [1, 2', 11, 'Unexpected end of JSON input'],
    ['', 0, 'Unexpected end of JSON input'],
    ['\u0007', 0, 'Unexpected character U+0007'],
  ])('%j → offset %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findSyntaxError(text)).toEqual({ offset, message });
  });
  it('returns undefined for valid JSON, however deep', () => {
    expect(findSyntaxError('{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]}')).toBeUndefined();
    expect(findSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
  });
});

describe('lines and columns', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const starts = lineStarts('ab\ncd\r\nef');
    expect(lineColumn(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(starts, 7)).toEqual({ line: 3, column: 1 });
  });
  it('lists the offsets of array elements', () => {
    expect(arrayElementOffsets(' [ {"a": [1]} , 2,"x" ] ')).toEqual([3, 16, 18]);
    expect(arrayElementOffsets('{}')).toEqual([]);
    expect(arrayElementOffsets('[]')).toEqual([]);
  });
});
