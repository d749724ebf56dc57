import { parse } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSyntaxError,
  lineColumn,
  lineStarts,
  locatePointer,
} from '../../../../src/validate/_lib/input/json-text.js';

type Node = ReturnType<typeof parse>['body'];

/** All pointers (as segment lists) of a JSON value, with momoa's node for each. */
function walk(node: Node, path: (string | number)[], out: { path: (string | number)[]; node: Node }[]): void {
  out.push({ path, node });
  if (node.type === 'Object')
    for (const m of node.members) walk(m.value, [...path, m.name.type === 'String' ? m.name.value : m.name.name], out);
  else if (node.type === 'Array') node.elements.forEach((e, i) => walk(e.value, [...path, i], out));
}

describe('json-text agrees with momoa (a full JSON parser) on random documents', () => {
  it('locatePointer finds the line and column momoa reports for every value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const all: { path: (string | number)[]; node: Node }[] = [];
        walk(parse(text).body, [], all);
        const starts = lineStarts(text);
        for (const { path, node } of all) {
          const at = locatePointer(text, path);
          expect(at.found).toBe(true);
          expect(lineColumn(starts, at.valueOffset)).toEqual({
            line: node.loc.start.line,
            column: node.loc.start.column,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findSyntaxError finds no error in valid JSON and finds one wherever JSON.parse fails', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', ':', '"', 'x', '{', '\u0001'),
        (value, pos, junk) => {
          const text = JSON.stringify(value);
          expect(findSyntaxError(text)).toBeUndefined();
          const at = pos % (text.length + 1);
          const broken = text.slice(0, at) + junk + text.slice(at);
          let valid = true;
          try {
            JSON.parse(broken);
          } catch {
            valid = false;
          }
          const err = findSyntaxError(broken);
          expect(err === undefined).toBe(valid);
          if (err !== undefined) expect(err.offset).toBeLessThanOrEqual(broken.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
