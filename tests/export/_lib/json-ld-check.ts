import jsonld from 'jsonld';
import type { JsonLdDocument } from '../../../src/export/index.js';

const SDO = 'http://schema.org/';

/** What an organization of any kind may carry (Organization, GovernmentOrganization, NewsMediaOrganization). */
const ORGANIZATION: readonly string[] = [
  'name',
  'alternateName',
  'foundingDate',
  'dissolutionDate',
  'location',
  'areaServed',
  'keywords',
  'parentOrganization',
  'department',
  'member',
  'url',
  'sameAs',
  'subjectOf',
  'description',
];

/**
 * The schema.org (release 30.0) properties the exporter may write on each type: every one of
 * them has the type (or an ancestor) in its domainIncludes and is not superseded. A key that is
 * not listed fails the check, so a new term must be looked up in the vocabulary before it is
 * added here. `Role` and `OrganizationRole` nodes also repeat the property they qualify (the
 * Role pattern), listed in ROLE_REPEATS.
 */
export const SCHEMA_ORG_TERMS: Readonly<Record<string, readonly string[]>> = {
  Person: [
    'name',
    'alternateName',
    'givenName',
    'familyName',
    'additionalName',
    'honorificPrefix',
    'gender',
    'birthDate',
    'deathDate',
    'nationality',
    'sameAs',
    'identifier',
    'url',
    'subjectOf',
    'description',
    'worksFor',
    'memberOf',
  ],
  GovernmentOrganization: ORGANIZATION,
  Organization: ORGANIZATION,
  // The exporter writes `department` for forums only, and a news outlet is never one.
  NewsMediaOrganization: ORGANIZATION.filter((term) => term !== 'department'),
  Event: [
    'name',
    'description',
    'startDate',
    'endDate',
    'eventStatus',
    'eventAttendanceMode',
    'location',
    'organizer',
    'attendee',
    'superEvent',
    'subEvent',
    'keywords',
    'subjectOf',
    'recordedIn',
  ],
  NewsArticle: [
    'dateCreated',
    'headline',
    'alternativeHeadline',
    'inLanguage',
    'url',
    'archivedAt',
    'datePublished',
    'dateModified',
    'author',
    'publisher',
    'dateline',
    'articleSection',
    'articleBody',
    'keywords',
    'about',
    'mentions',
    'isBasedOn',
    'translationOfWork',
    'subjectOf',
    'description',
  ],
  OrganizationRole: ['roleName', 'startDate', 'endDate', 'subjectOf'],
  Role: ['roleName', 'startDate', 'endDate'],
  Place: ['name', 'alternateName', 'address', 'geo'],
  PostalAddress: ['addressLocality', 'addressCountry'],
  GeoCoordinates: ['latitude', 'longitude'],
  Country: ['name', 'identifier'],
  CreativeWork: ['url'],
  PropertyValue: ['propertyID', 'value'],
  DefinedTerm: ['termCode', 'inDefinedTermSet'],
  VirtualLocation: ['name', 'url'],
};

/** Properties a Role node may repeat from the relation it qualifies. */
export const ROLE_REPEATS = ['attendee', 'member', 'memberOf', 'worksFor', 'parentOrganization'] as const;

/** Superseded terms that must never be written (schema.org 30.0). */
export const SUPERSEDED = [
  'namedPosition',
  'attendees',
  'members',
  'events',
  'musicGroupMember',
  'employees',
  'founders',
] as const;

/** Enumeration members by property. */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  eventStatus: ['EventCancelled', 'EventMovedOnline', 'EventPostponed', 'EventRescheduled', 'EventScheduled'],
  eventAttendanceMode: ['MixedEventAttendanceMode', 'OfflineEventAttendanceMode', 'OnlineEventAttendanceMode'],
  gender: ['Female', 'Male'],
};

const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** A local document loader: the schema.org context maps every term into the vocabulary by `@vocab`, as the published context does. */
export const documentLoader = async (
  url: string,
): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> => {
  if (
    url === 'https://schema.org' ||
    url === 'https://schema.org/' ||
    url === 'http://schema.org' ||
    url === 'http://schema.org/'
  ) {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': SDO, schema: SDO } } };
  }
  throw new Error(`offline: no document for ${url}`);
};

function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKeys(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (k === '@value' || k === '@language') continue;
    if (!k.startsWith('@')) n++;
    n += countKeys(v);
  }
  return n;
}

/** Checks the terms of every node: known type, allowed key, enumeration member, ISO date, absolute @id. */
export function checkTerms(doc: JsonLdDocument): string[] {
  const problems: string[] = [];
  if (doc['@context'] !== 'https://schema.org') problems.push('context is not https://schema.org');
  const ids = new Set<string>();
  for (const node of doc['@graph']) {
    const id = node['@id'];
    if (typeof id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(id))
      problems.push(`node without an absolute @id: ${JSON.stringify(id)}`);
    else if (ids.has(id)) problems.push(`${id}: duplicate node`);
    else ids.add(id);
  }
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, where);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    if ('@value' in o) return;
    const type = o['@type'];
    if (type === undefined) {
      // A reference: must point at a node of the graph.
      if (
        typeof o['@id'] === 'string' &&
        Object.keys(o).length === 1 &&
        !o['@id'].startsWith('https://schema.org/') &&
        !ids.has(o['@id'])
      )
        problems.push(`${where}: dangling reference ${o['@id']}`);
      return;
    }
    if (typeof type !== 'string' || SCHEMA_ORG_TERMS[type] === undefined) {
      problems.push(`${where}: unknown type ${String(type)}`);
      return;
    }
    const allowed = SCHEMA_ORG_TERMS[type] as readonly string[];
    const isRole = type === 'Role' || type === 'OrganizationRole';
    for (const [k, v] of Object.entries(o)) {
      if (k.startsWith('@')) continue;
      if ((SUPERSEDED as readonly string[]).includes(k)) problems.push(`${where}: superseded term ${k}`);
      if (!allowed.includes(k) && !(isRole && (ROLE_REPEATS as readonly string[]).includes(k)))
        problems.push(`${where}: ${type} has no property ${k}`);
      const members = ENUMS[k];
      if (members !== undefined) {
        const iri = (v as { '@id'?: string })['@id'];
        if (k === 'gender' && typeof v === 'string') continue;
        if (iri === undefined || !members.some((m) => iri === `https://schema.org/${m}`))
          problems.push(`${where}: ${k} is not an enumeration member`);
      }
      if (/Date$/.test(k) && k !== 'dateline') {
        for (const d of Array.isArray(v) ? v : [v])
          if (typeof d !== 'string' || !DATE_RE.test(d))
            problems.push(`${where}: ${k} is not an ISO date: ${String(d)}`);
      }
      walk(v, `${where}/${k}`);
    }
  };
  for (const node of doc['@graph']) walk(node, String(node['@id']));
  return problems;
}

/**
 * Expands the document offline with jsonld.js and checks that every property expanded to a
 * schema.org IRI and that none was dropped (as many property keys after expansion as before).
 */
export async function checkExpansion(doc: JsonLdDocument): Promise<string[]> {
  const problems: string[] = [];
  const expanded = await jsonld.expand(doc as never, { documentLoader: documentLoader as never, safe: true } as never);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      if (!k.startsWith('@') && !k.startsWith(SDO)) problems.push(`expanded to a non-schema.org IRI: ${k}`);
      if (k === '@type')
        for (const t of Array.isArray(v) ? v : [v])
          if (typeof t === 'string' && !t.startsWith(SDO)) problems.push(`type outside schema.org: ${t}`);
      walk(v);
    }
  };
  walk(expanded);
  const before = countKeys(doc['@graph']);
  const after = countKeys(expanded);
  if (before !== after) problems.push(`expansion dropped terms: ${before} keys before, ${after} after`);
  return problems;
}
