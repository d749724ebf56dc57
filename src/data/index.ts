/**
 * Shipped reference data and lookups: countries, agencies, officials and their posts, the GCTF
 * (members, co-chairs, working groups, meetings), the Global Coalition against Daesh and its
 * Africa Focus Group, and the example article. Every record carries its sources.
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
export { getPerson } from './get-person.js';
export { findPersons } from './find-persons.js';
export { getForum } from './get-forum.js';
export { forumMembersOn } from './forum-members-on.js';
export { coChairsOn } from './co-chairs-on.js';
export { workingGroupsOf } from './working-groups-of.js';
export { positionHoldersOn } from './position-holders-on.js';
