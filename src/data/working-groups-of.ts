import type { WorkingGroup } from '../schemas/index.js';
import { intervalContains } from '../schemas/helpers/interval-contains.js';
import { FORUMS, WORKING_GROUPS } from './_lib/tables.js';

/**
 * The working groups of a forum, all of them or those active on a date.
 *
 * Without a date, every working group the forum ever had is returned (in creation order). With
 * a date, only those whose interval covers it: the GCTF had five groups in 2011, six in 2016 and
 * five again after September 2017.
 *
 * @param forumId - a forum id such as `forum.gctf`
 * @param date - optional partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or `Date`
 * @returns the working groups, or `undefined` when no forum has that id
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * workingGroupsOf('forum.gctf')?.length; // 7
 * workingGroupsOf('forum.gctf', '2020-09-29')?.map((w) => w.id);
 * // ['working-group.gctf-cjrol', 'working-group.gctf-cve', 'working-group.gctf-west-africa',
 * //  'working-group.gctf-east-africa', 'working-group.gctf-ftf']
 * workingGroupsOf('forum.unknown'); // undefined
 * ```
 * @category Reference data
 */
export function workingGroupsOf(forumId: string, date?: string | Date): readonly WorkingGroup[] | undefined {
  if (!FORUMS().some((forum) => forum.id === forumId)) return undefined;
  return WORKING_GROUPS().filter(
    (group) => group.forumId === forumId && (date === undefined || intervalContains(group.interval ?? {}, date)),
  );
}
