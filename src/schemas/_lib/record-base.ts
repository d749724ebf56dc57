import * as z from 'zod';
import { DateTimeSchema } from '../common/date-time.js';
import { SourceRefSchema } from '../common/source-ref.js';
import { localizedError } from './localized-error.js';

/** Fields every record has besides `id` and `type` (entity records: sources may be empty). */
export const entityMetaShape = {
  /** Where the statements of this record come from (articles or URLs). */
  sources: z.array(SourceRefSchema),
  /** When the record was created (date-time with offset). */
  createdAt: DateTimeSchema.optional(),
  /** When the record was last changed (date-time with offset). */
  updatedAt: DateTimeSchema.optional(),
  /** Free-text editorial notes. */
  notes: z.string().optional(),
  /** Users' own fields (anything JSON); unknown keys elsewhere are errors. */
  extensions: z.record(z.string(), z.unknown()).optional(),
};

/** Fields of relation and event records: at least one source is required. */
export const relationMetaShape = {
  ...entityMetaShape,
  /** Where the statements of this record come from (articles or URLs). */
  sources: z
    .array(SourceRefSchema)
    .min(1, { error: localizedError('at least one source is required', 'يلزم مصدر واحد على الأقل') }),
};
