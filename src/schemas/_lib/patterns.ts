// Regular expressions shared by the date and id schemas. Every pattern is anchored and built
// from alternatives that cannot overlap, so matching is linear (eslint-plugin-regexp checks it).
// The same sources are emitted as JSON Schema `pattern`s, so ajv reaches the same verdict.

/** A calendar-valid `YYYY-MM-DD` (proleptic Gregorian, leap years included). */
const FULL_DATE_ALTERNATIVES =
  '(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29' +
  '|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const FULL_DATE = `(?:${FULL_DATE_ALTERNATIVES})`;

/** `THH:MM[:SS[.fraction]]` followed by a mandatory offset (`Z` or `±HH:MM`). */
const TIME_WITH_OFFSET =
  'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

const YEAR_OR_MONTH = '\\d{4}(?:-(?:0[1-9]|1[0-2]))?';

/** `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export const PARTIAL_DATE_RE = /* @__PURE__ */ new RegExp(`^(?:${YEAR_OR_MONTH}|${FULL_DATE_ALTERNATIVES})$`);

/** A partial date, or a full date followed by a time with an offset. */
export const PARTIAL_DATE_TIME_RE = /* @__PURE__ */ new RegExp(
  `^(?:${YEAR_OR_MONTH}|${FULL_DATE}(?:${TIME_WITH_OFFSET})?)$`,
);

/** A full date followed by a time with an offset. */
export const DATE_TIME_RE = /* @__PURE__ */ new RegExp(`^${FULL_DATE}${TIME_WITH_OFFSET}$`);

/** An id slug: lower-case ASCII letters, digits and hyphens. */
export const SLUG_RE = /^[a-z0-9-]+$/;
