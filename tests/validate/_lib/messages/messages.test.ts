import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { zodLocaleLanguage } from '../../../../src/schemas/index.js';
import type { MessageId } from '../../../../src/validate/_lib/messages/messages.js';
import {
  NAME_WARNINGS_AR,
  VALIDATOR_MESSAGES,
  jsonSyntaxDetailAr,
  messagesIn,
  nameWarningMessage,
  runMessages,
} from '../../../../src/validate/_lib/messages/messages.js';
import type { NameWarningCode } from '../../../../src/arabic/index.js';
import { inspectName } from '../../../../src/arabic/index.js';
import { validateFiles, validateRecords } from '../../../../src/validate/index.js';
import { findSyntaxError } from '../../../../src/validate/_lib/input/json-text.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const IDS = Object.keys(VALIDATOR_MESSAGES) as MessageId[];
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const ARABIC_LETTER = /[\u0621-\u064A]/;

afterEach(() => {
  z.config(z.locales.en());
});

describe('the catalogue of the validator messages', () => {
  it.each(IDS)('%s: an Arabic template with the same placeholders as the English one', (id) => {
    const { en, ar } = VALIDATOR_MESSAGES[id];
    expect(en.length).toBeGreaterThan(0);
    expect(ar.length).toBeGreaterThan(0);
    expect(placeholders(ar)).toEqual(placeholders(en));
    // Arabic words, or no words at all (punctuation around placeholders, `null`).
    const latinWords = ar.replace(/\{\w+\}/g, '').match(/\b[a-z][\w-]*/gi) ?? [];
    expect(ARABIC_LETTER.test(ar) || latinWords.every((w) => w === 'null')).toBe(true);
    for (const w of latinWords) expect(['JSON', 'UTF-8', 'BOM', 'json', 'jsonl', 'ndjson', 'null']).toContain(w);
  });

  it.each(IDS)('%s: fills every placeholder the same way in both languages', (id) => {
    const names = placeholders(VALIDATOR_MESSAGES[id].en);
    const values = Object.fromEntries(names.map((n, i) => [n, `«${n}:${i}»`]));
    const en = messagesIn('en')(id, values);
    const ar = messagesIn('ar')(id, values);
    for (const value of Object.values(values)) {
      expect(en).toContain(value);
      expect(ar).toContain(value);
    }
    expect(en).not.toMatch(/\{\w+\}/);
    expect(ar).not.toMatch(/\{\w+\}/);
  });

  it('keeps the English messages word for word', () => {
    const say = messagesIn('en');
    expect(say('unknown_reference', { id: 'forum.x' })).toBe('unknown reference "forum.x"');
    expect(say('record_too_large', { bytes: 12, max: 10 })).toBe(
      'record of 12 bytes exceeds the 10-byte limit (skipped)',
    );
    expect(say('too_many_chairs_other', { chairs: 3, body: 'forum.f', seats: 2 })).toBe(
      '3 chairs, but "forum.f" has 2 seats',
    );
  });
});

describe('invalid JSON in Arabic', () => {
  // One text for every syntax error the reader describes, with the Arabic it becomes.
  const CASES: [text: string, arabic: string][] = [
    ['"a\u0001"', 'محرف تحكم داخل سلسلة نصية (يجب تهريبه)'], // a raw control character in a string
    ['"\\u12"', 'تهريب \\u غير صالح داخل سلسلة نصية'],
    ['"\\x"', 'تهريب غير صالح داخل سلسلة نصية'],
    ['"abc', 'سلسلة نصية لم تُغلق'],
    ['{"a":1', 'انتهى النص قبل أن يكتمل JSON'],
    ['-', 'عدد غير صالح'],
    ['x', "محرف غير متوقع: 'x'"],
    ['1 2', "محرف غير متوقع بعد قيمة JSON: '2'"],
    ['{1', "يُتوقع اسم خاصية بين علامتي تنصيص مزدوجتين، لكن وُجد '1'"],
    ['{\u0001', 'يُتوقع اسم خاصية بين علامتي تنصيص مزدوجتين، لكن وُجد U+0001'], // a raw control character
    ['{"a" 1', 'يُتوقع ":" بعد اسم الخاصية، لكن وُجد \'1\''],
    ['{"a":1 2', 'يُتوقع "," أو "}" بعد قيمة الخاصية، لكن وُجد \'2\''],
    ['[1 2', 'يُتوقع "," أو "]" بعد عنصر المصفوفة، لكن وُجد \'2\''],
  ];

  it.each(CASES)('%j: the Arabic description of the English one', (text, arabic) => {
    const error = findSyntaxError(text);
    expect(error).toBeDefined();
    const detail = error?.message ?? '';
    expect(jsonSyntaxDetailAr(detail)).toBe(arabic);
    expect(messagesIn('ar')('invalid_json', { detail })).toBe(`JSON غير صالح: ${arabic}`);
    expect(messagesIn('en')('invalid_json', { detail })).toBe(`invalid JSON: ${detail}`);
  });

  it('leaves Arabic and unknown details as they are', () => {
    const say = messagesIn('ar');
    expect(jsonSyntaxDetailAr('end of input')).toBe('end of input');
    expect(jsonSyntaxDetailAr('Expected ":" after property name, found end of input')).toBe(
      'يُتوقع ":" بعد اسم الخاصية، لكن وُجد نهاية النص',
    );
    expect(say('invalid_json', { detail: say('cannot_parse_line') })).toBe('JSON غير صالح: يتعذر تحليل السطر');
  });
});

describe('the messages of name warnings', () => {
  const CODES: Record<NameWarningCode, true> = {
    'bidi-control': true,
    'invisible-character': true,
    'mixed-script': true,
    'presentation-form': true,
    confusable: true,
    'irregular-whitespace': true,
  };

  it('has an Arabic description for every warning code of the name inspector', () => {
    expect(Object.keys(NAME_WARNINGS_AR).sort()).toEqual(Object.keys(CODES).sort());
  });

  it("keeps the inspector's English text in English and names the same code point and count in Arabic", () => {
    const [bidi] = inspectName('عبد اللطيف\u200F حموشي');
    expect(bidi).toBeDefined();
    if (bidi === undefined) return;
    expect(nameWarningMessage(messagesIn('en'), bidi)).toBe(`${bidi.message} [bidi-control]`);
    expect(nameWarningMessage(messagesIn('ar'), bidi)).toBe('محرف تحكم في اتجاه الكتابة U+200F [bidi-control]');
    const run = { code: 'invisible-character', message: 'invisible character U+2060 and 2 more' };
    expect(nameWarningMessage(messagesIn('ar'), run)).toBe('محرف غير مرئي U+2060 و2 غيرها [invisible-character]');
    const unknown = { code: 'future-code', message: 'something new' };
    expect(nameWarningMessage(messagesIn('ar'), unknown)).toBe('something new [future-code]');
  });
});

describe("the language of zod's locale", () => {
  it('is English by default and for other locales, Arabic under z.locales.ar()', () => {
    expect(zodLocaleLanguage()).toBe('en');
    z.config(z.locales.fr());
    expect(zodLocaleLanguage()).toBe('en');
    z.config(z.locales.ar());
    expect(zodLocaleLanguage()).toBe('ar');
    expect(runMessages()('empty_file')).toBe('لا يوجد أي سجل في هذا الملف');
    z.config(z.locales.en());
    expect(zodLocaleLanguage()).toBe('en');
  });
});

describe('validateRecords under an Arabic locale', () => {
  const records = [
    { type: 'person', id: 'person.x', name: 'X', sources: [] },
    { type: 'person', id: 'person.x', name: 'Y', sources: [] },
    {
      type: 'membership',
      id: 'membership.m',
      organizationId: 'forum.nowhere',
      member: { kind: 'country', country: 'MA' },
      sources: [],
    },
    'not a record',
  ];

  it('writes the validator messages in English by default and in Arabic under z.locales.ar()', () => {
    const en = validateRecords(records).issues.map((i) => [i.code, i.message]);
    expect(en).toContainEqual(['duplicate_id', 'duplicate id "person.x" (first declared at /0)']);
    expect(en).toContainEqual(['missing_source', 'person record cites no source']);
    expect(en).toContainEqual(['not_a_record', 'expected a record object, found string']);
    z.config(z.locales.ar());
    const ar = validateRecords(records).issues.map((i) => [i.code, i.message]);
    expect(ar.map((i) => i[0])).toEqual(en.map((i) => i[0]));
    expect(ar).toContainEqual(['duplicate_id', 'المعرّف "person.x" مكرر (ورد أول مرة في /0)']);
    expect(ar).toContainEqual(['missing_source', 'سجل person لا يذكر أي مصدر']);
    expect(ar).toContainEqual(['not_a_record', 'يُتوقع كائن سجل، لكن وُجد string']);
    const unknown = ar.find((i) => i[0] === 'unknown_reference');
    expect(unknown?.[1]).toBe('مرجع غير معروف "forum.nowhere"');
  });
});

describe('validateFiles under an Arabic locale', () => {
  it('names the shipped reference data, missing files and empty files in Arabic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tansiq-messages-'));
    try {
      const source = '[{"url":"https://example.org/a","publisher":"Example"}]';
      const file = join(dir, 'data.jsonl');
      writeFileSync(
        file,
        `{"type":"person","id":"person.va-test","name":"Va Test","sources":${source}}\n` +
          `{"type":"occupancy","id":"occupancy.va-test","personId":"person.va-test","positionId":"position.ma-dgst-director-general","interval":{"start":"2010-01-01","end":"2012-01-01"},"sources":${source}}\n`,
      );
      writeFileSync(join(dir, 'empty.jsonl'), '');
      const paths = [file, join(dir, 'empty.jsonl'), join(dir, 'missing.jsonl')];
      const en = (await validateFiles(paths)).issues.map((i) => i.message);
      expect(en).toContain('no such file or directory');
      expect(en).toContain('no record in this file');
      expect(en.find((m) => m.includes('single-holder'))).toMatch(/at the same time \(shipped reference data\)$/);
      z.config(z.locales.ar());
      const ar = (await validateFiles(paths)).issues.map((i) => i.message);
      expect(ar).toContain('لا يوجد ملف أو مجلد بهذا الاسم');
      expect(ar).toContain('لا يوجد أي سجل في هذا الملف');
      expect(ar.find((m) => m.includes('ma-dgst'))).toMatch(/\(البيانات المرجعية المرفقة بالحزمة\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
