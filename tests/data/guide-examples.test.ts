// The examples of docs/guides/reference-data.md, run by the shared example runner with the results
// they show, and the names its imports promise.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';
import { describeMarkdownExamples } from '../_lib/tsdoc-examples.js';

const path = resolve(import.meta.dirname, '../../docs/guides/reference-data.md');

describeMarkdownExamples({ name: 'docs/guides/reference-data.md', path, api: data, minExamples: 1, minChecks: 18 });

describe('the reference-data guide', () => {
  const guide = readFileSync(path, 'utf8');

  it('has examples for every lookup it documents', () => {
    const code = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').join('\n');
    for (const fn of [
      'findAgencies',
      'findPersons',
      'positionHoldersOn',
      'forumMembersOn',
      'coChairsOn',
      'workingGroupsOf',
      'getCountry',
      'getAgency',
      'getRecord',
      'referenceRecords',
    ]) {
      expect(code, fn).toContain(fn);
    }
  });

  it('imports only names that tansiq/data exports', () => {
    const imported = [...guide.matchAll(/import \{([^}]*)\} from 'tansiq\/data'/g)].flatMap((m) =>
      (m[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    expect(imported.length).toBeGreaterThan(5);
    for (const name of imported) expect(Object.keys(data), name).toContain(name);
  });
});
