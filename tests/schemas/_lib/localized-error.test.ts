import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { zodLocaleLanguage } from '../../../src/schemas/index.js';
import {
  AgencyIdSchema,
  CountryCodeSchema,
  DateTimeSchema,
  ExternalIdsSchema,
  HttpUrlSchema,
  IdSchema,
  LanguageTagSchema,
  OrganizationIdSchema,
  PartialDateSchema,
  PartialDateTimeSchema,
  RecordSchema,
} from '../../../src/schemas/index.js';

afterEach(() => {
  z.config({ localeError: undefined });
});

const ARABIC = /[\u0600-\u06FF]/u;

/** One bad value per message tansiq writes itself, with the English message it must give. */
const CASES: ReadonlyArray<readonly [string, z.ZodType, unknown, string]> = [
  ['typed id', AgencyIdSchema, 'person.x', 'expected a agency id (agency.<slug>, slug of a-z, 0-9 and -)'],
  ['any of typed ids', OrganizationIdSchema, 'person.x', 'expected an id of type agency or forum (<type>.<slug>)'],
  ['record id', IdSchema, 'x', 'expected an id of type article or person'],
  ['country code', CountryCodeSchema, 'ma', 'expected an ISO 3166-1 alpha-2 country code in upper case, or EU'],
  ['language tag', LanguageTagSchema, 'AR', 'expected a BCP 47 tag'],
  ['partial date', PartialDateSchema, '2021-13', 'expected a real calendar date YYYY, YYYY-MM or YYYY-MM-DD'],
  ['partial date-time', PartialDateTimeSchema, '2021-02-30T10:00Z', 'expected YYYY, YYYY-MM, YYYY-MM-DD or'],
  ['date-time', DateTimeSchema, '2021-02-03', 'expected a date-time YYYY-MM-DDTHH:MM'],
  ['http url', HttpUrlSchema, 'ftp://example.org', 'expected an absolute http(s) URL without spaces'],
  ['wikidata id', ExternalIdsSchema, { wikidata: 'X1' }, 'expected a Wikidata item id Q<digits>'],
  ['isni', ExternalIdsSchema, { isni: '12' }, 'expected an ISNI of 16 characters without spaces'],
  ['viaf', ExternalIdsSchema, { viaf: 'v1' }, 'expected a VIAF id (digits)'],
];

function firstMessage(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return r.error?.issues[0]?.message ?? '';
}

describe('messages tansiq writes itself follow the configured locale', () => {
  it.each(CASES)('%s: English by default, Arabic under z.locales.ar()', (_, schema, value, english) => {
    const en = firstMessage(schema, value);
    expect(en.startsWith(english)).toBe(true);
    expect(en).not.toMatch(ARABIC);
    z.config(z.locales.ar());
    const ar = firstMessage(schema, value);
    expect(ar).toMatch(ARABIC);
    expect(ar).not.toBe(en);
    z.config(z.locales.fr());
    expect(firstMessage(schema, value)).toBe(en);
  });

  it('gives the Arabic field messages of a whole record beside zod’s own Arabic messages', () => {
    const record = { type: 'forum', id: 'forum.x', names: [], kind: 'x', sources: [] };
    const english = RecordSchema.safeParse(record).error?.issues.map((i) => i.message) ?? [];
    expect(english[0]).toBe('a forum needs at least one name');
    expect(english.length).toBeGreaterThan(1);
    z.config(z.locales.ar());
    const arabic = RecordSchema.safeParse(record).error?.issues.map((i) => i.message) ?? [];
    expect(arabic).toHaveLength(english.length);
    expect(arabic[0]).toBe('يحتاج المنتدى إلى اسم واحد على الأقل');
    for (const m of arabic) expect(m).toMatch(ARABIC);
  });

  it('recognises each locale once and follows a change of locale', () => {
    expect(zodLocaleLanguage()).toBe('en');
    z.config(z.locales.ar());
    expect(zodLocaleLanguage()).toBe('ar');
    expect(zodLocaleLanguage()).toBe('ar');
    z.config(z.locales.en());
    expect(zodLocaleLanguage()).toBe('en');
    z.config(z.locales.ar());
    expect(zodLocaleLanguage()).toBe('ar');
  });
});

describe('every message written in src/schemas has an Arabic form', () => {
  it('writes no bare string as a check’s error', () => {
    const root = join(import.meta.dirname, '../../../src/schemas');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const bare: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/\berror:\s*(['"`])/gu)) bare.push(`${file}: ${text.slice(m.index, m.index + 60)}`);
    }
    expect(bare).toEqual([]);
  });
});
