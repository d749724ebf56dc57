import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  AgencyIdSchema,
  ArticleIdSchema,
  ChairedBodyIdSchema,
  CoChairTermIdSchema,
  ForumIdSchema,
  ForumMembershipIdSchema,
  MeetingIdSchema,
  MembershipIdSchema,
  OccupancyIdSchema,
  OrganizationIdSchema,
  PartyRefSchema,
  PersonIdSchema,
  PositionIdSchema,
  RecordSchema,
  REFERENCE_FIELDS,
  WorkingGroupIdSchema,
} from '../../src/schemas/index.js';
import type { RecordType } from '../../src/schemas/index.js';

// Walk each record schema and collect every field whose schema is a typed id or a party
// reference: REFERENCE_FIELDS (and so recordReferences) must list exactly these.
const ID_TARGETS = new Map<unknown, readonly RecordType[] | 'party'>([
  [ArticleIdSchema, ['article']],
  [PersonIdSchema, ['person']],
  [AgencyIdSchema, ['agency']],
  [PositionIdSchema, ['position']],
  [OccupancyIdSchema, ['occupancy']],
  [MembershipIdSchema, ['membership']],
  [MeetingIdSchema, ['meeting']],
  [ForumIdSchema, ['forum']],
  [ForumMembershipIdSchema, ['forum-membership']],
  [CoChairTermIdSchema, ['co-chair-term']],
  [WorkingGroupIdSchema, ['working-group']],
  [OrganizationIdSchema, ['agency', 'forum']],
  [ChairedBodyIdSchema, ['forum', 'working-group']],
  [PartyRefSchema, 'party'],
]);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function walk(schema: z.ZodType, path: string[], out: string[]): void {
  const target = ID_TARGETS.get(schema);
  if (target !== undefined) {
    out.push(`${path.join('/')} -> ${target === 'party' ? 'party' : target.join(',')}`);
    return;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, [...path, key], out);
      return;
    case 'optional':
      walk(def.innerType as z.ZodType, path, out);
      return;
    case 'array':
      walk(def.element as z.ZodType, [...path, '*'], out);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, path, out);
      return;
    default:
      return;
  }
}

describe('REFERENCE_FIELDS', () => {
  const options = (RecordSchema as unknown as { options: z.ZodObject[] }).options;

  it.each(options.map((option) => ({ type: (option.shape.type as z.ZodLiteral<RecordType>).value, option })))(
    '$type lists exactly the reference fields of its schema',
    ({ type, option }) => {
      const found: string[] = [];
      walk(option, [], found);
      const own = `id -> ${type}`;
      expect(found).toContain(own);
      const fromSchema = found.filter((f) => f !== own).sort();
      const fromTable = REFERENCE_FIELDS[type]
        .map((f) => `${f.path.join('/')} -> ${f.target === 'party' ? 'party' : f.target.join(',')}`)
        .sort();
      expect(fromTable).toEqual(fromSchema);
    },
  );
});
