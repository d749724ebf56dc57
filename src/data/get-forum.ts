import type { Forum } from '../schemas/index.js';
import { FORUMS } from './_lib/tables.js';

/**
 * Finds a shipped forum by id: `forum.gctf`, `forum.global-coalition-against-daesh`,
 * `forum.africa-focus-group`.
 *
 * @param id - a forum id
 * @returns the forum, or `undefined` for an unknown id (never throws)
 * @example
 * ```ts
 * getForum('forum.gctf')?.founded; // '2011-09-22'
 * getForum('forum.africa-focus-group')?.parentForumId; // 'forum.global-coalition-against-daesh'
 * getForum('forum.unknown'); // undefined
 * ```
 * @category Reference data
 */
export function getForum(id: string): Forum | undefined {
  return FORUMS().find((forum) => forum.id === id);
}
