// Keeps the export mapping table of docs/guides/data-model.md true: it is generated from the
// exporters' real output (UPDATE_GUIDE=1 rewrites it; review the diff).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMappingTable } from './_lib/mapping-table.js';

const GUIDE = join(resolve(import.meta.dirname, '../..'), 'docs/guides/data-model.md');
const START =
  '<!-- export-mapping:start (generated from the exporters by tests/export/data-model-mapping.test.ts; UPDATE_GUIDE=1 rewrites it) -->';
const END = '<!-- export-mapping:end -->';

describe('docs/guides/data-model.md: mapping to other models', () => {
  it('is the table generated from what the exporters write', { timeout: 60_000 }, () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const start = guide.indexOf(START);
    const end = guide.indexOf(END);
    expect(start, 'the guide has the generated-table markers').toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const generated = `${START}\n${exportMappingTable()}\n${END}`;
    if (process.env['UPDATE_GUIDE'] === '1')
      writeFileSync(GUIDE, guide.slice(0, start) + generated + guide.slice(end + END.length));
    else expect(guide.slice(start, end + END.length)).toBe(generated);
  });
});
