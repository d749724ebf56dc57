import { intervalBounds, MAX_DAY, MIN_DAY, firstDay, lastDay } from './days.js';
import type { Facts } from './facts.js';
import type { ReferenceTable } from './reference-collector.js';

interface IntervalLike {
  start?: string;
  end?: string;
  status?: string;
}

type Loose = Record<string, unknown>;

const SINGLE_HOLDER: ReadonlySet<string> = /* @__PURE__ */ new Set(['head', 'minister', 'director-general', 'director', 'national-ct-coordinator']);

function use(f: Facts, id: unknown, sHi: string, eLo: string, kind: number, line: number, pointer: string, decl: number): void {
  if (typeof id !== 'string') return;
  f.useId.push(id);
  f.useSHi.push(sHi);
  f.useELo.push(eLo);
  f.useKind.push(kind);
  f.useLine.push(line);
  f.usePointer.push(pointer);
  f.useDecl.push(decl);
}

function life(f: Facts, id: string, sLo: string, eHi: string): void {
  if (sLo === MIN_DAY && eHi === MAX_DAY) return;
  f.lifeId.push(id);
  f.lifeSLo.push(sLo);
  f.lifeEHi.push(eHi);
}

/**
 * Records the compact facts of one valid record: its references and, by type, lifetimes,
 * container uses, chair seats, co-chair terms, occupancies of single-holder posts and agency
 * countries. `base` is the record's pointer in its document.
 */
export function collectFacts(
  rec: Loose,
  line: number,
  decl: number,
  f: Facts,
  references: ReferenceTable,
  base: string,
): void {
  references.collect(rec, f, line, decl);
  const id = rec['id'] as string;
  switch (rec['type']) {
    case 'forum':
    case 'agency': {
      const founded = rec['founded'] as string | undefined;
      const dissolved = rec['dissolved'] as string | undefined;
      life(f, id, founded === undefined ? MIN_DAY : firstDay(founded), dissolved === undefined ? MAX_DAY : lastDay(dissolved));
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
        life(f, id, b.sLo, iv.end === undefined ? MAX_DAY : b.eHi);
        use(f, rec['forumId'], b.sHi, b.eLo, 4, line, `${base}/interval`, decl);
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
      const kind = rec['type'] === 'membership' ? 0 : rec['type'] === 'forum-membership' ? 1 : 2;
      const target = kind === 0 ? rec['organizationId'] : kind === 1 ? rec['forumId'] : rec['bodyId'];
      if (iv === undefined) break;
      const b = intervalBounds(iv.start, iv.end, iv.status);
      use(f, target, b.sHi, b.eLo, kind, line, `${base}/interval`, decl);
      if (kind === 2 && typeof target === 'string') {
        f.termBody.push(target);
        f.termSHi.push(b.sHi);
        f.termELo.push(b.eLo);
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
      const sHi = lastDay(start);
      const eLo = firstDay(end);
      use(f, rec['forumId'], sHi, eLo, 3, line, `${base}/start`, decl);
      use(f, rec['workingGroupId'], sHi, eLo, 3, line, `${base}/start`, decl);
      use(f, rec['hostAgencyId'], sHi, eLo, 3, line, `${base}/start`, decl);
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
      f.occSHi.push(b.sHi);
      f.occELo.push(b.eLo);
      f.occLine.push(line);
      f.occDecl.push(decl);
      break;
    }
    default:
      break;
  }
}
