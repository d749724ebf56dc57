import {
  firstDayNumber,
  intervalBounds,
  intervalUseBounds,
  lastDayNumber,
  MAX_DAY,
  MIN_DAY,
  firstDay,
  lastDay,
} from './days.js';
import type { Facts } from './facts.js';
import { USE_FIELD, USE_KIND } from './facts.js';
import type { ReferenceTable } from './reference-collector.js';

interface IntervalLike {
  start?: string;
  end?: string;
  status?: string;
}

type Loose = Record<string, unknown>;

const SINGLE_HOLDER: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'head',
  'minister',
  'director-general',
  'director',
  'national-ct-coordinator',
]);

function use(
  f: Facts,
  id: unknown,
  latestStart: number,
  earliestEnd: number,
  kind: number,
  line: number,
  field: number,
  decl: number,
): void {
  if (typeof id !== 'string') return;
  f.useId.push(id);
  f.useLatestStart.push(latestStart);
  f.useEarliestEnd.push(earliestEnd);
  f.useKind.push(kind);
  f.useLine.push(line);
  f.useField.push(field);
  f.useDecl.push(decl);
}

/** Day bounds of the interval of a use (reused: no allocation per record). */
const bounds = { latestStart: 0, earliestEnd: 0 };

function life(f: Facts, id: string, earliestStart: string, latestEnd: string): void {
  if (earliestStart === MIN_DAY && latestEnd === MAX_DAY) return;
  f.lifeId.push(id);
  f.lifeEarliestStart.push(earliestStart);
  f.lifeLatestEnd.push(latestEnd);
}

/**
 * Records the compact facts of one valid record: its references and, by type, lifetimes,
 * container uses, chair seats, co-chair terms, occupancies of single-holder posts and agency
 * countries. Pointers of uses are the record's own (`declBase`) plus the field (`useField`).
 */
export function collectFacts(rec: Loose, line: number, decl: number, f: Facts, references: ReferenceTable): void {
  references.collect(rec, f, line, decl);
  const id = rec['id'] as string;
  switch (rec['type']) {
    case 'forum':
    case 'agency': {
      const founded = rec['founded'] as string | undefined;
      const dissolved = rec['dissolved'] as string | undefined;
      life(
        f,
        id,
        founded === undefined ? MIN_DAY : firstDay(founded),
        dissolved === undefined ? MAX_DAY : lastDay(dissolved),
      );
      const seats = (rec['chairModel'] as { seats?: number } | undefined)?.seats;
      if (seats !== undefined) {
        f.seatsId.push(id);
        f.seats.push(seats);
      }
      const country = rec['country'];
      if (rec['type'] === 'agency' && typeof country === 'string') {
        f.orgCountryId.push(id);
        f.orgCountry.push(country);
      }
      break;
    }
    case 'working-group': {
      const iv = rec['interval'] as IntervalLike | undefined;
      if (iv !== undefined) {
        const b = intervalBounds(iv.start, iv.end, iv.status);
        life(f, id, b.earliestStart, iv.end === undefined ? MAX_DAY : b.latestEnd);
        intervalUseBounds(iv.start, iv.end, iv.status, bounds);
        use(
          f,
          rec['forumId'],
          bounds.latestStart,
          bounds.earliestEnd,
          USE_KIND.workingGroup,
          line,
          USE_FIELD.interval,
          decl,
        );
      }
      const seats = (rec['chairModel'] as { seats?: number } | undefined)?.seats;
      if (seats !== undefined) {
        f.seatsId.push(id);
        f.seats.push(seats);
      }
      break;
    }
    case 'membership':
    case 'forum-membership':
    case 'co-chair-term': {
      const iv = rec['interval'] as IntervalLike | undefined;
      const kind =
        rec['type'] === 'membership'
          ? USE_KIND.membership
          : rec['type'] === 'forum-membership'
            ? USE_KIND.forumMembership
            : USE_KIND.coChairTerm;
      const target =
        kind === USE_KIND.membership
          ? rec['organizationId']
          : kind === USE_KIND.forumMembership
            ? rec['forumId']
            : rec['bodyId'];
      if (iv === undefined) break;
      intervalUseBounds(iv.start, iv.end, iv.status, bounds);
      use(f, target, bounds.latestStart, bounds.earliestEnd, kind, line, USE_FIELD.interval, decl);
      if (kind === USE_KIND.coChairTerm && typeof target === 'string') {
        const b = intervalBounds(iv.start, iv.end, iv.status);
        f.termBody.push(target);
        f.termLatestStart.push(b.latestStart);
        f.termEarliestEnd.push(b.earliestEnd);
        f.termChairs.push((rec['chairs'] as unknown[]).length);
        f.termLine.push(line);
        f.termDecl.push(decl);
      }
      break;
    }
    case 'meeting': {
      const start = rec['start'] as string | undefined;
      if (start === undefined) break;
      const end = (rec['end'] as string | undefined) ?? start;
      const latestStart = lastDayNumber(start);
      const earliestEnd = firstDayNumber(end);
      use(f, rec['forumId'], latestStart, earliestEnd, USE_KIND.meeting, line, USE_FIELD.start, decl);
      use(f, rec['workingGroupId'], latestStart, earliestEnd, USE_KIND.meeting, line, USE_FIELD.start, decl);
      use(f, rec['hostAgencyId'], latestStart, earliestEnd, USE_KIND.meeting, line, USE_FIELD.start, decl);
      break;
    }
    case 'position':
      if (SINGLE_HOLDER.has(rec['role'] as string)) f.singlePosition.push(id);
      break;
    case 'occupancy': {
      const positionId = rec['positionId'];
      if (typeof positionId !== 'string' || rec['acting'] === true) break;
      const iv = rec['interval'] as IntervalLike;
      const b = intervalBounds(iv.start, iv.end, iv.status);
      f.occPosition.push(positionId);
      f.occPerson.push(rec['personId'] as string);
      f.occLatestStart.push(b.latestStart);
      f.occEarliestEnd.push(b.earliestEnd);
      f.occLine.push(line);
      f.occDecl.push(decl);
      break;
    }
    default:
      break;
  }
}
