import { ISSUE_CODES } from '../../issue-codes.js';
import type { RelatedRecords, ValidationIssue } from '../../validation-issue.js';
import type { StoredIssue } from './fact-store.js';

/** How messages and related records name tansiq's shipped reference data. */
export const REFERENCE_DATA_NAME = 'shipped reference data';

/** A record named in `related`, as the fact store keeps it. */
export type RelatedSite = NonNullable<StoredIssue['related']>['first'][number];

/**
 * The public issue of a cross-record issue (without `file`): severity from the catalogue, `line`
 * when known, and the related records, each placed by `where` (a file and line for files, a
 * pointer for in-memory records) after its id.
 */
export function crossIssue(
  c: StoredIssue,
  where: (record: RelatedSite) => RelatedRecords['first'][number],
): ValidationIssue {
  const issue: ValidationIssue = {
    pointer: c.pointer,
    code: c.code,
    severity: ISSUE_CODES[c.code].severity,
    message: c.message,
  };
  if (c.line > 0) issue.line = c.line;
  if (c.recordId !== undefined) issue.recordId = c.recordId;
  if (c.related !== undefined) {
    issue.related = {
      count: c.related.count,
      first: c.related.first.map((r) => {
        const o: RelatedRecords['first'][number] = {};
        if (r.recordId !== undefined) o.recordId = r.recordId;
        return Object.assign(o, where(r));
      }),
    };
  }
  return issue;
}
