import * as z from 'zod';
import { localizedError } from './localized-error.js';
import { SLUG_RE } from './patterns.js';

/** The slug part of an id (`[a-z0-9-]+`). */
export const SlugSchema = /* @__PURE__ */ z.string().regex(SLUG_RE);

/**
 * Builds the schema of the ids of one record type: `<type>.<slug>`. The inferred type is the
 * template literal `` `${type}.${string}` `` and the JSON Schema is a `pattern`.
 */
export function typedId<const T extends string>(type: T) {
  return z.templateLiteral([`${type}.` as `${T}.`, SlugSchema], {
    error: localizedError(
      `expected a ${type} id (${type}.<slug>, slug of a-z, 0-9 and -)`,
      `متوقع معرّف من نوع ${type} بالشكل ${type}.<slug> (الجزء الثاني من a-z و0-9 و-)`,
    ),
  });
}

/** Builds the schema of an id that may point to any of several record types. */
export function anyOfTypedIds<const T extends readonly [string, ...string[]]>(types: T) {
  return z.templateLiteral([z.literal(types), '.', SlugSchema], {
    error: localizedError(
      `expected an id of type ${types.join(' or ')} (<type>.<slug>)`,
      `متوقع معرّف من نوع ${types.join(' أو ')} بالشكل <type>.<slug>`,
    ),
  });
}
