import type { TopicCode } from './topic-code.js';

/**
 * One link from a tansiq topic to a code of another vocabulary.
 *
 * @example
 * ```ts
 * const link: TopicLink = { code: 'crime.terror', relation: 'exact' };
 * ```
 * @category Building blocks
 */
export interface TopicLink {
  /** The code in the target vocabulary, e.g. `medtop:20000086`, `crime.cyber`, `cyber`. */
  readonly code: string;
  /**
   * How the target relates to the tansiq topic: `exact` (same concept), `broader` (the target
   * contains it) or `related` (overlapping, use with care).
   */
  readonly relation: 'exact' | 'broader' | 'related';
}

/**
 * The links of one tansiq topic, per vocabulary. An empty list means no verified code.
 *
 * @example
 * ```ts
 * const m: TopicMapping = { iptc: [], ftm: [{ code: 'crime.terror', relation: 'exact' }], plover: [] };
 * ```
 * @category Building blocks
 */
export interface TopicMapping {
  /** IPTC Media Topics QCodes (`medtop:<8 digits>`). */
  readonly iptc: readonly TopicLink[];
  /** FollowTheMoney topic codes (`crime.terror`, `gov.security`, …). */
  readonly ftm: readonly TopicLink[];
  /** PLOVER context names (`terrorism`, `intelligence`, …). */
  readonly plover: readonly TopicLink[];
}

const exact = (code: string): TopicLink => Object.freeze({ code, relation: 'exact' });
const broader = (code: string): TopicLink => Object.freeze({ code, relation: 'broader' });
const related = (code: string): TopicLink => Object.freeze({ code, relation: 'related' });
const links = (...items: TopicLink[]): readonly TopicLink[] => Object.freeze(items);
const mapping = (iptc: readonly TopicLink[], ftm: readonly TopicLink[], plover: readonly TopicLink[]): TopicMapping =>
  Object.freeze({ iptc, ftm, plover });

// IPTC codes: only those read from their concept pages on cv.iptc.org
// (https://cv.iptc.org/newscodes/mediatopic/<code>): 02000000 crime, law and justice; 20000082 crime; 20000086 cyber
// crime; 20000053 act of terror; 20000129 law enforcement; 20000638 international relations;
// 20000771 immigration. National security (20000598) and diplomacy (20000639) were seen in one
// mirror only, and terrorism-under-crime, organised crime, drug related crimes and human
// smuggling have no confirmed code: all are omitted until an IPTC release is vendored.
// FtM topics: followthemoney/types/topic.py (commit c70a89ffa59e). PLOVER contexts: PLOVER
// manual draft 2.0 (openeventdata/PLOVER 5e0c24fba623).
const CRIME = 'medtop:20000082';

/**
 * The mapping table from each tansiq {@link TOPIC_CODES | topic} to IPTC Media Topics,
 * FollowTheMoney topics and PLOVER contexts, holding only verified codes (see the data-model
 * guide for sources). Frozen.
 *
 * @example
 * ```ts
 * TOPIC_MAPPINGS.cybercrime.iptc[0]; // { code: 'medtop:20000086', relation: 'exact' }
 * TOPIC_MAPPINGS.terrorism.ftm[0]?.code; // 'crime.terror'
 * ```
 * @category Building blocks
 */
export const TOPIC_MAPPINGS: Readonly<Record<TopicCode, TopicMapping>> = /* @__PURE__ */ Object.freeze({
  terrorism: mapping(links(related('medtop:20000053')), links(exact('crime.terror')), links(exact('terrorism'))),
  'violent-extremism': mapping(links(), links(), links()),
  'terrorist-financing': mapping(
    links(broader(CRIME)),
    links(broader('crime.terror'), broader('crime.fin')),
    links(broader('terrorism')),
  ),
  'foreign-terrorist-fighters': mapping(links(), links(broader('crime.terror')), links(broader('terrorism'))),
  'organized-crime': mapping(links(broader(CRIME)), links(), links(broader('crime'))),
  'human-trafficking': mapping(
    links(broader(CRIME)),
    links(exact('crime.traffick.human')),
    links(broader('trafficking')),
  ),
  'migrant-smuggling': mapping(links(broader(CRIME), related('medtop:20000771')), links(), links(related('migration'))),
  'irregular-migration': mapping(links(broader('medtop:20000771')), links(), links(broader('migration'))),
  'drug-trafficking': mapping(
    links(broader(CRIME)),
    links(exact('crime.traffick.drug')),
    links(broader('illegal_drugs')),
  ),
  cybercrime: mapping(links(exact('medtop:20000086')), links(exact('crime.cyber')), links(broader('cyber'))),
  intelligence: mapping(links(), links(broader('gov.security'), related('role.spy')), links(exact('intelligence'))),
  'border-security': mapping(links(), links(broader('gov.security')), links()),
  'judicial-cooperation': mapping(links(broader('medtop:02000000')), links(), links(broader('legal'))),
  'police-cooperation': mapping(links(broader('medtop:20000129')), links(broader('gov.security')), links()),
  diplomacy: mapping(links(broader('medtop:20000638')), links(related('role.diplo')), links(exact('diplomatic'))),
});
