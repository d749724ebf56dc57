import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';

const guide = readFileSync(resolve(import.meta.dirname, '../../docs/guides/reference-data.md'), 'utf8');

/** The `expression; // result` lines of the guide's ts code blocks. */
function exampleLines(markdown: string): { expr: string; result: string }[] {
  const out: { expr: string; result: string }[] = [];
  const blocks = markdown.split('```ts\n').slice(1).map((b) => b.slice(0, b.indexOf('```')));
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      const at = line.indexOf('; // ');
      if (at === -1 || line.trimStart().startsWith('import')) continue;
      // A trailing parenthesis after the value is an explanation, not part of the result.
      out.push({ expr: line.slice(0, at), result: line.slice(at + 5).replace(/ \([^()]*\)$/, '') });
    }
  }
  return out;
}

const names = Object.keys(data);
const evaluate = (source: string): unknown =>
  new Function(...names, `return (${source});`)(...names.map((n) => (data as Record<string, unknown>)[n]));

describe('the reference-data guide', () => {
  const examples = exampleLines(guide);

  it('has examples for every lookup it documents', () => {
    expect(examples.length).toBeGreaterThanOrEqual(18);
    for (const fn of ['findAgencies', 'findPersons', 'positionHoldersOn', 'forumMembersOn', 'coChairsOn', 'workingGroupsOf', 'getCountry', 'getAgency', 'getRecord', 'referenceRecords']) {
      expect(examples.some((e) => e.expr.includes(fn)), fn).toBe(true);
    }
  });

  it.each(exampleLines(guide).map((e) => [e.expr, e.result]))('%s → %s', (expr, result) => {
    expect(evaluate(expr)).toEqual(evaluate(result));
  });

  it('imports only names that tansiq/data exports', () => {
    const imported = [...guide.matchAll(/import \{([^}]*)\} from 'tansiq\/data'/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
    );
    expect(imported.length).toBeGreaterThan(5);
    for (const name of imported) expect(names, name).toContain(name);
  });
});
