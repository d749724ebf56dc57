import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Agency,
  ArticleId,
  ChairedBodyId,
  CoChairTerm,
  CountryCode,
  DateClaim,
  Delegation,
  Forum,
  ForumMembership,
  Id,
  Interval,
  Membership,
  Name,
  Occupancy,
  OrganizationId,
  Participant,
  PartialDate,
  PartyRef,
  Person,
  PersonId,
  Position,
  RecordReference,
  RecordType,
  SecurityMeeting,
  SourceRef,
  TansiqRecord,
  TopicCode,
  WorkingGroup,
  Article,
  CoChairTermSchema,
  IntervalSchema,
  PersonIdSchema,
  RecordSchema,
  SecurityMeetingSchema,
} from '../../src/schemas/index.js';
import { meetingParties, recordReferences } from '../../src/schemas/index.js';

describe('inferred types', () => {
  it('ids are template literal types per record type', () => {
    expectTypeOf<PersonId>().toEqualTypeOf<`person.${string}`>();
    expectTypeOf<ArticleId>().toEqualTypeOf<`article.${string}`>();
    expectTypeOf<OrganizationId>().toEqualTypeOf<`agency.${string}` | `forum.${string}`>();
    expectTypeOf<ChairedBodyId>().toEqualTypeOf<`forum.${string}` | `working-group.${string}`>();
    expectTypeOf<'agency.ma-dgsn'>().toExtend<Id>();
    expectTypeOf<'country.ma'>().not.toExtend<Id>();
    expectTypeOf<z.infer<typeof PersonIdSchema>>().toEqualTypeOf<PersonId>();
  });

  it('dates are strings, intervals are optional-bounded objects', () => {
    expectTypeOf<PartialDate>().toEqualTypeOf<string>();
    expectTypeOf<Interval>().toEqualTypeOf<{
      start?: string | undefined;
      end?: string | undefined;
      status?: 'current' | 'ended' | 'unknown' | undefined;
    }>();
    expectTypeOf<z.input<typeof IntervalSchema>>().toEqualTypeOf<Interval>();
    expectTypeOf<z.output<typeof IntervalSchema>>().toEqualTypeOf<Interval>();
    expectTypeOf<DateClaim['certainty']>().toEqualTypeOf<'exact' | 'approximate' | 'before' | 'after' | undefined>();
  });

  it('party references are a tagged union', () => {
    expectTypeOf<PartyRef>().toEqualTypeOf<
      | { kind: 'country'; country: string }
      | { kind: 'organization'; id: `agency.${string}` | `forum.${string}` }
      | { kind: 'person'; id: `person.${string}` }
    >();
    expectTypeOf<CountryCode>().toEqualTypeOf<string>();
  });

  it('names and sources', () => {
    expectTypeOf<Name['kind']>().toEqualTypeOf<
      'official' | 'short' | 'acronym' | 'former' | 'alias' | 'transliteration' | 'native' | 'as-reported'
    >();
    expectTypeOf<SourceRef['articleId']>().toEqualTypeOf<`article.${string}` | undefined>();
    expectTypeOf<SourceRef['span']>().toEqualTypeOf<{ start: number; end: number } | undefined>();
  });

  it('records carry their discriminator and typed references', () => {
    expectTypeOf<SecurityMeeting['type']>().toEqualTypeOf<'meeting'>();
    expectTypeOf<SecurityMeeting['id']>().toEqualTypeOf<`meeting.${string}`>();
    expectTypeOf<SecurityMeeting['hostAgencyId']>().toEqualTypeOf<`agency.${string}` | undefined>();
    expectTypeOf<SecurityMeeting['status']>().toEqualTypeOf<
      'held' | 'planned' | 'postponed' | 'cancelled' | 'unknown'
    >();
    expectTypeOf<SecurityMeeting['sources']>().toEqualTypeOf<SourceRef[]>();
    expectTypeOf<SecurityMeeting['extensions']>().toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf<z.input<typeof SecurityMeetingSchema>>().toEqualTypeOf<SecurityMeeting>();
    expectTypeOf<z.infer<typeof SecurityMeetingSchema>>().toEqualTypeOf<SecurityMeeting>();
    expectTypeOf<Delegation['memberPersonIds']>().toEqualTypeOf<`person.${string}`[] | undefined>();
    expectTypeOf<Participant['roles'][number]>().toEqualTypeOf<
      | 'host'
      | 'visitor'
      | 'head-of-delegation'
      | 'member'
      | 'chair'
      | 'co-chair'
      | 'observer'
      | 'speaker'
      | 'signatory'
      | 'organizer'
      | 'implementing-partner'
    >();
    expectTypeOf<CoChairTerm['bodyId']>().toEqualTypeOf<ChairedBodyId>();
    expectTypeOf<CoChairTerm['chairs'][number]['party']>().toEqualTypeOf<PartyRef>();
    expectTypeOf<z.input<typeof CoChairTermSchema>>().toEqualTypeOf<CoChairTerm>();
    expectTypeOf<Occupancy['personId']>().toEqualTypeOf<PersonId>();
    expectTypeOf<Position['organizationId']>().toEqualTypeOf<OrganizationId>();
    expectTypeOf<Membership['member']>().toEqualTypeOf<PartyRef>();
    expectTypeOf<ForumMembership['forumId']>().toEqualTypeOf<`forum.${string}`>();
    expectTypeOf<WorkingGroup['forumId']>().toEqualTypeOf<`forum.${string}`>();
    expectTypeOf<Forum['parentForumId']>().toEqualTypeOf<`forum.${string}` | undefined>();
    expectTypeOf<Agency['country']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Person['name']>().toEqualTypeOf<string>();
    expectTypeOf<Article['topics']>().toEqualTypeOf<TopicCode[] | undefined>();
  });

  it('the record union narrows on type', () => {
    expectTypeOf<TansiqRecord['type']>().toEqualTypeOf<RecordType>();
    expectTypeOf<Extract<TansiqRecord, { type: 'meeting' }>>().toEqualTypeOf<SecurityMeeting>();
    expectTypeOf<Extract<TansiqRecord, { type: 'co-chair-term' }>>().toEqualTypeOf<CoChairTerm>();
    expectTypeOf<z.input<typeof RecordSchema>>().toEqualTypeOf<TansiqRecord>();
    expectTypeOf<z.infer<typeof RecordSchema>>().toEqualTypeOf<TansiqRecord>();
  });

  it('helpers are typed', () => {
    expectTypeOf(recordReferences).parameter(0).toEqualTypeOf<TansiqRecord>();
    expectTypeOf(recordReferences).returns.toEqualTypeOf<RecordReference[]>();
    expectTypeOf<RecordReference['expectedTypes']>().toEqualTypeOf<readonly RecordType[]>();
    expectTypeOf(meetingParties).returns.toEqualTypeOf<PartyRef[]>();
  });
});
