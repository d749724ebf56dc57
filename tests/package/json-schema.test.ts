/**
 * The JSON Schema files in the installed package (`tansiq/json-schema/*.json`) are exactly what
 * the schemas generate, and a non-TypeScript tool can use them: ajv validates a shipped record
 * with `record.json` from the tarball.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/schemas/index.js';
import meetings from '../../src/data/records/meetings.json' with { type: 'json' };

const consumerDir = inject('consumerDir');
const shipped = join(consumerDir, 'node_modules', 'tansiq', 'json-schema');

describe('shipped JSON Schema files', () => {
  it('are exactly the generated ones', () => {
    const expected = jsonSchemaFiles();
    const onDisk = readdirSync(shipped)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual(Object.keys(expected).sort());
    for (const name of onDisk)
      expect(JSON.parse(readFileSync(join(shipped, name), 'utf8')), name).toEqual(expected[name]);
  });

  it('resolve through the package exports and work with ajv', () => {
    const require = createRequire(join(consumerDir, 'index.js'));
    const schema = require('tansiq/json-schema/record.json') as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate((meetings as unknown[])[0])).toBe(true);
    expect(validate({ type: 'meeting', id: 'meeting.x' })).toBe(false);
  });
});
