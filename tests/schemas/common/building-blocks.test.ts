import { describe, expect, it } from 'vitest';
import {
  ChairModelSchema,
  COUNTRY_CODES,
  CountryCodeSchema,
  isCountryCode,
  DateClaimSchema,
  DateTimeSchema,
  EventCodingSchema,
  ExternalIdsSchema,
  HttpUrlSchema,
  IdSchema,
  IntervalSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  LocationSchema,
  NameSchema,
  OrganizationIdSchema,
  PartialDateSchema,
  PartialDateTimeSchema,
  PartyRefSchema,
  PersonIdSchema,
  RECORD_TYPES,
  RecordTypeSchema,
  SourceRefSchema,
  SpanSchema,
  TOPIC_CODES,
  TOPIC_MAPPINGS,
  TopicCodeSchema,
  WorkingGroupIdSchema,
} from '../../../src/schemas/index.js';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('ids', () => {
  it('accept <type>.<slug> for every record type', () => {
    for (const type of RECORD_TYPES) expect(ok(IdSchema, `${type}.a-1`)).toBe(true);
    expect(IdSchema.parse('agency.ma-dgsn')).toBe('agency.ma-dgsn');
  });

  it('reject other prefixes, upper case, empty slugs and extra dots', () => {
    for (const bad of [
      'agency.MA_DGSN',
      'country.ma',
      'agency.',
      'agency',
      '.x',
      'agency.a.b',
      'Agency.x',
      ' agency.x',
    ]) {
      expect(ok(IdSchema, bad), bad).toBe(false);
    }
    expect(ok(PersonIdSchema, 'agency.x')).toBe(false);
    expect(ok(WorkingGroupIdSchema, 'working-group.gctf-cjrol')).toBe(true);
    expect(ok(OrganizationIdSchema, 'forum.gctf')).toBe(true);
    expect(ok(OrganizationIdSchema, 'working-group.x')).toBe(false);
  });

  it('explain what they expect', () => {
    expect(PersonIdSchema.safeParse('agency.x').error?.issues[0]?.message).toBe(
      'expected a person id (person.<slug>, slug of a-z, 0-9 and -)',
    );
  });

  it('RecordTypeSchema and RECORD_TYPES agree', () => {
    expect(RECORD_TYPES).toHaveLength(11);
    expect(Object.isFrozen(RECORD_TYPES)).toBe(true);
    expect(RecordTypeSchema.parse('co-chair-term')).toBe('co-chair-term');
    expect(ok(RecordTypeSchema, 'event')).toBe(false);
  });
});

describe('dates', () => {
  it('PartialDate: every day of a leap and a common year, nothing more', () => {
    for (const year of [2023, 2024]) {
      let days = 0;
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (ok(PartialDateSchema, value)) days++;
        }
      }
      expect(days).toBe(year === 2024 ? 366 : 365);
    }
    expect(ok(PartialDateSchema, '2021-00')).toBe(false);
    expect(ok(PartialDateSchema, '2021-02-00')).toBe(false);
    expect(ok(PartialDateSchema, '21')).toBe(false);
    expect(ok(PartialDateSchema, '0000-02-29')).toBe(true);
  });

  it('PartialDateTime: offsets, seconds and fractions', () => {
    for (const good of [
      '2024',
      '2024-03',
      '2024-03-05',
      '2024-03-05T10:30Z',
      '2024-03-05T10:30:15+01:00',
      '2024-03-05T10:30:15.123-05:30',
    ]) {
      expect(ok(PartialDateTimeSchema, good), good).toBe(true);
    }
    for (const bad of [
      '2024-03T10:30Z',
      '2024-03-05T10:30',
      '2024-03-05T10:60Z',
      '2024-03-05T10:30:61Z',
      '2024-03-05 10:30Z',
      '2024-03-05T10:30+1:00',
    ]) {
      expect(ok(PartialDateTimeSchema, bad), bad).toBe(false);
    }
    expect(ok(DateTimeSchema, '2024-03-06T08:00:00Z')).toBe(true);
    expect(ok(DateTimeSchema, '2024-03-06')).toBe(false);
  });

  it('DateClaim', () => {
    expect(DateClaimSchema.parse({ value: '2026-01', certainty: 'approximate' })).toEqual({
      value: '2026-01',
      certainty: 'approximate',
    });
    expect(ok(DateClaimSchema, { value: '2026-01', certainty: 'roughly' })).toBe(false);
    expect(ok(DateClaimSchema, { value: '2026-01', basis: 'inferred-from-publication' })).toBe(true);
  });

  it('Interval ordering across precisions', () => {
    expect(ok(IntervalSchema, { start: '2021-03', end: '2021' })).toBe(true);
    expect(ok(IntervalSchema, { start: '2021', end: '2021-01-01' })).toBe(true);
    expect(ok(IntervalSchema, { start: '2021-12-31', end: '2021-12' })).toBe(true);
    expect(ok(IntervalSchema, { start: '2022-01-01', end: '2021' })).toBe(false);
    expect(IntervalSchema.safeParse({ start: '2022', end: '2021' }).error?.issues[0]?.path).toEqual(['end']);
    // a malformed bound gets its format issue only, no ordering issue
    expect(IntervalSchema.safeParse({ start: '2022-13', end: '2021' }).error?.issues.map((i) => i.path)).toEqual([
      ['start'],
    ]);
  });
});

describe('text, names, sources', () => {
  it('LanguageTag', () => {
    for (const good of ['ar', 'ar-Latn', 'fr', 'es-419', 'ar-Latn-MA', 'ar-MA', 'ber'])
      expect(ok(LanguageTagSchema, good), good).toBe(true);
    for (const bad of ['AR', 'arabic', 'ar-latn', 'ar_MA', 'ar-', ''])
      expect(ok(LanguageTagSchema, bad), bad).toBe(false);
  });

  it('LocalizedText and Name', () => {
    expect(LocalizedTextSchema.parse({ value: 'المدير العام للأمن الوطني', lang: 'ar' }).lang).toBe('ar');
    expect(ok(LocalizedTextSchema, { value: '', lang: 'ar' })).toBe(false);
    expect(NameSchema.parse({ value: 'المديرية العامة للأمن الوطني', lang: 'ar', kind: 'official' }).kind).toBe(
      'official',
    );
    expect(ok(NameSchema, { value: 'DGSN', lang: 'fr', kind: 'abbrev' })).toBe(false);
    expect(ok(NameSchema, { value: 'DST', lang: 'fr', kind: 'former', validFrom: '1973-01-12', validTo: '2005' })).toBe(
      true,
    );
    expect(ok(NameSchema, { value: 'x', lang: 'fr', kind: 'transliteration', scheme: 'ALA LC' })).toBe(false);
  });

  it('SourceRef, Span and HttpUrl', () => {
    expect(SourceRefSchema.parse({ articleId: 'article.2024-03-05-map', span: { start: 0, end: 42 } }).articleId).toBe(
      'article.2024-03-05-map',
    );
    expect(SourceRefSchema.safeParse({ quote: 'بحث سبل التعاون' }).error?.issues[0]?.path).toEqual(['articleId']);
    expect(SpanSchema.parse({ start: 120, end: 164 })).toEqual({ start: 120, end: 164 });
    expect(SpanSchema.safeParse({ start: 5, end: 5 }).error?.issues[0]?.path).toEqual(['end']);
    expect(ok(SpanSchema, { start: -1, end: 5 })).toBe(false);
    expect(ok(SpanSchema, { start: 0.5, end: 5 })).toBe(false);
    expect(HttpUrlSchema.parse('https://www.thegctf.org/')).toBe('https://www.thegctf.org/');
    for (const bad of ['ftp://example.org', 'https://', 'https:///x', 'example.org', 'https://a b'])
      expect(ok(HttpUrlSchema, bad), bad).toBe(false);
    expect(ok(HttpUrlSchema, 'http://example.org?q=1')).toBe(true);
  });

  it('ExternalIds', () => {
    expect(ExternalIdsSchema.parse({ wikidata: 'Q42' })).toEqual({ wikidata: 'Q42' });
    expect(ok(ExternalIdsSchema, { wikidata: 'q42' })).toBe(false);
    expect(ok(ExternalIdsSchema, { wikidata: 'Q0' })).toBe(false);
    expect(ok(ExternalIdsSchema, { isni: '000000012146438X', viaf: '123' })).toBe(true);
    expect(ok(ExternalIdsSchema, { orcid: '0000' })).toBe(false);
  });
});

describe('countries, parties, places', () => {
  it('CountryCode checks the real list', () => {
    expect(COUNTRY_CODES).toContain('MA');
    expect(isCountryCode('MA')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(CountryCodeSchema.parse('EU')).toBe('EU');
    for (const bad of ['XX', 'ma', 'MAR', 'UK', '']) expect(ok(CountryCodeSchema, bad), bad).toBe(false);
    for (const code of COUNTRY_CODES) expect(ok(CountryCodeSchema, code)).toBe(true);
  });

  it('PartyRef', () => {
    expect(PartyRefSchema.parse({ kind: 'country', country: 'MA' })).toEqual({ kind: 'country', country: 'MA' });
    expect(PartyRefSchema.parse({ kind: 'organization', id: 'agency.ma-dgsn' }).kind).toBe('organization');
    expect(ok(PartyRefSchema, { kind: 'organization', id: 'person.x' })).toBe(false);
    expect(ok(PartyRefSchema, { kind: 'person', id: 'person.x', country: 'MA' })).toBe(false);
  });

  it('Location and ChairModel', () => {
    expect(LocationSchema.parse({ city: 'Rabat', country: 'MA', precision: 'city' }).country).toBe('MA');
    expect(LocationSchema.safeParse({ lat: 34.02 }).error?.issues[0]?.path).toEqual(['lon']);
    expect(LocationSchema.safeParse({ lon: -6.8 }).error?.issues[0]?.path).toEqual(['lat']);
    expect(ok(LocationSchema, { lat: 91, lon: 0 })).toBe(false);
    expect(ChairModelSchema.parse({ seats: 2, termMonths: 24 })).toEqual({ seats: 2, termMonths: 24 });
    expect(ok(ChairModelSchema, { seats: 0 })).toBe(false);
  });

  it('EventCoding', () => {
    expect(
      EventCodingSchema.parse({ cameo: ['042', '043'], plover: { event: ['CONSULT'], mode: ['visit'] } }).cameo,
    ).toEqual(['042', '043']);
    expect(ok(EventCodingSchema, { cameo: ['42'] })).toBe(true);
    expect(ok(EventCodingSchema, { cameo: ['4'] })).toBe(false);
    expect(ok(EventCodingSchema, { plover: { event: [] } })).toBe(false);
    expect(ok(EventCodingSchema, { plover: { event: ['MEET'] } })).toBe(false);
  });
});

describe('topics', () => {
  it('TopicCode is the tansiq vocabulary', () => {
    expect(TOPIC_CODES).toHaveLength(15);
    expect(TopicCodeSchema.parse('drug-trafficking')).toBe('drug-trafficking');
    expect(ok(TopicCodeSchema, 'crime.terror')).toBe(false);
  });

  it('TOPIC_MAPPINGS covers every topic with well-formed, frozen links', () => {
    expect(Object.keys(TOPIC_MAPPINGS).sort()).toEqual([...TOPIC_CODES].sort());
    expect(Object.isFrozen(TOPIC_MAPPINGS)).toBe(true);
    for (const mapping of Object.values(TOPIC_MAPPINGS)) {
      expect(Object.isFrozen(mapping)).toBe(true);
      for (const link of mapping.iptc) expect(link.code).toMatch(/^medtop:\d{8}$/);
      for (const link of mapping.ftm) expect(link.code).toMatch(/^[a-z]+(?:\.[a-z]+)*$/);
      for (const link of mapping.plover) expect(link.code).toMatch(/^[a-z_]+$/);
    }
    expect(TOPIC_MAPPINGS.cybercrime.iptc[0]).toEqual({ code: 'medtop:20000086', relation: 'exact' });
    expect(TOPIC_MAPPINGS.terrorism.ftm[0]?.code).toBe('crime.terror');
    expect(TOPIC_MAPPINGS['human-trafficking'].ftm[0]?.code).toBe('crime.traffick.human');
  });

  it('uses only IPTC codes verified on their cv.iptc.org concept pages', () => {
    const verified = new Set([
      'medtop:02000000',
      'medtop:20000082',
      'medtop:20000086',
      'medtop:20000053',
      'medtop:20000129',
      'medtop:20000638',
      'medtop:20000771',
    ]);
    for (const mapping of Object.values(TOPIC_MAPPINGS))
      for (const link of mapping.iptc) expect(verified.has(link.code), link.code).toBe(true);
  });
});
