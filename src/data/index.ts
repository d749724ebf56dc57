/**
 * Shipped reference data and lookups: countries; the interior ministries, intelligence, police and
 * gendarmerie services of Morocco, 14 more Arab states, the United States, Spain, France and five
 * more European partners, with their heads since 2018; the GCTF (members, co-chairs, working
 * groups, meetings), the Global Coalition against Daesh, the Council of Arab Interior Ministers,
 * AFRIPOL, the GCC, MENAFATF and the 5+5 Dialogue; and the example article. Every record carries
 * its sources. Indexes are built on first use, not at import.
 *
 * @module tansiq/data
 */
export type { Country } from './country.js';
export { countries } from './countries.js';
export { getCountry } from './get-country.js';
export { referenceRecords } from './reference-records.js';
export { getRecord } from './get-record.js';
export { getAgency } from './get-agency.js';
export { findAgencies } from './find-agencies.js';
export type { FindAgenciesOptions } from './find-agencies.js';
export { getPerson } from './get-person.js';
export { findPersons } from './find-persons.js';
export type { FindPersonsOptions } from './find-persons.js';
export { getForum } from './get-forum.js';
export { findForums } from './find-forums.js';
export { membershipsOn } from './memberships-on.js';
export { forumMembersOn } from './forum-members-on.js';
export { coChairsOn } from './co-chairs-on.js';
export { workingGroupsOf } from './working-groups-of.js';
export { positionHoldersOn } from './position-holders-on.js';
export { headsOn } from './heads-on.js';
