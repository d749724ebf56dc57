/** The kinds of entity mention the gold corpus annotates. */
export type GoldKind = 'person' | 'agency' | 'forum' | 'country';

/** What a gold mention refers to in the reference data. */
export type GoldRef =
  | { kind: 'country'; country: string } // ISO 3166-1 alpha-2 or EU
  | { kind: 'organization'; id: string } // agency.* or forum.* record id
  | { kind: 'person'; id: string }; // person.* record id

/** One entity mention, located by its exact surface text and occurrence number. */
export interface GoldMention {
  /** exact surface text in the passage (the span is that occurrence) */
  text: string;
  /**
   * 1-based occurrence of `text` in the passage (default 1); occurrences are counted as
   * `String.prototype.indexOf` from the previous match + 1 would count them.
   */
  nth?: number;
  kind: GoldKind;
  /** present when the entity is in the reference data and the link is certain */
  ref?: GoldRef;
}

/** One date expression and its value resolved against the passage's reference date. */
export interface GoldDate {
  text: string;
  nth?: number;
  /** YYYY | YYYY-MM | YYYY-MM-DD */
  value: string;
}

/** One meeting the passage reports as having happened (or happening on the reference day). */
export interface GoldMeeting {
  /** partial ISO at the precision the text gives (absent if the text gives none) */
  date?: string;
  /** ISO codes of every state taking part (from the participants' posts, agencies, countries) */
  countries: string[];
  /** forum.* when it is a meeting of/in a forum */
  forumId?: string;
  /** agency/forum ids of participating organizations, where in the data */
  orgIds?: string[];
  /** person ids of participants, where in the data */
  personIds?: string[];
  /** a substring of the passage that reports the meeting (the trigger clause) */
  evidence: string;
}

/** One annotated passage of Arabic news prose. */
export interface Passage {
  /** 'p01-ma-us-visit' etc. */
  id: string;
  /** the outlet style imitated, e.g. 'MAP wire (Morocco)' */
  style: string;
  /** main country of the outlet */
  country: string;
  /** the article's date, YYYY-MM-DD */
  reference: string;
  /** 40–250 words of Arabic news prose, written for this corpus */
  text: string;
  mentions: GoldMention[];
  dates: GoldDate[];
  meetings: GoldMeeting[];
}

/** A gold item located in the passage text (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A passage's gold with every `text`/`nth` resolved to a span. */
export interface ResolvedGold {
  mentions: (GoldMention & Span)[];
  dates: (GoldDate & Span)[];
  meetings: (GoldMeeting & Span)[];
}
