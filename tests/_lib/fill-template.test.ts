import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/_lib/fill-template.js';

describe('fillTemplate', () => {
  it('fills a template once: values that look like placeholders are left as they are', () => {
    expect(fillTemplate('a {x} b {y}', { x: '{y}', y: 2 })).toBe('a {y} b 2');
    expect(fillTemplate('a {x} {missing}', { x: 1 })).toBe('a 1 {missing}');
    expect(fillTemplate('no placeholder', undefined)).toBe('no placeholder');
  });

  it('fills only own properties of the values, never inherited ones', () => {
    expect(fillTemplate('{toString} {constructor} {x}', { x: 'y' })).toBe('{toString} {constructor} y');
  });

  it('writes each value with the given writer, and only the values the template uses', () => {
    const written: string[] = [];
    const write = (v: readonly string[]): string => {
      written.push(v.join('+'));
      return v.join(', ');
    };
    expect(fillTemplate('{a} and {a}', { a: ['x', 'y'], b: ['unused'] }, write)).toBe('x, y and x, y');
    expect(written).toEqual(['x+y', 'x+y']);
  });

  it('never throws, and leaves a template without a known placeholder as it is', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), (template, values) => {
        const out = fillTemplate(template, values);
        const used = [...template.matchAll(/\{(\w+)\}/g)].some(([, name]) => Object.hasOwn(values, name ?? ''));
        if (!used) expect(out).toBe(template);
      }),
    );
  });
});
