import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { CountryCodeSchema } from './country-code.js';
import { LocalizedTextSchema } from './localized-text.js';
import { crossFieldCheck } from '../_lib/run-checks.js';

/**
 * Where something is: place names in several languages, `city`, `country`, `venue`, a GeoNames
 * id, coordinates (`lat` and `lon` come together) and their `precision`.
 *
 * @example
 * ```ts
 * LocationSchema.parse({ city: 'Rabat', country: 'MA', precision: 'city' }).country; // 'MA'
 * LocationSchema.safeParse({ lat: 34.02 }).error?.issues[0]?.path; // ['lon']
 * ```
 * @category Building blocks
 */
export const LocationSchema = /* @__PURE__ */ z
  .strictObject({
    /** Place names in several languages. */
    placeName: z.array(LocalizedTextSchema).optional(),
    /** City name. */
    city: z.string().min(1).optional(),
    /** Country of the place. */
    country: CountryCodeSchema.optional(),
    /** Venue (building, hotel, ministry). */
    venue: z.string().min(1).optional(),
    /** GeoNames id of the place. */
    geonamesId: z.int().min(1).optional(),
    /** Latitude in degrees (with lon). */
    lat: z.number().min(-90).max(90).optional(),
    /** Longitude in degrees (with lat). */
    lon: z.number().min(-180).max(180).optional(),
    /** How precise the location is: exact, venue, city, region or country. */
    precision: z.literal(['exact', 'venue', 'city', 'region', 'country']).optional(),
  })
  .check(
    crossFieldCheck(['location_lat_without_lon', 'location_lon_without_lat'], (ctx) => {
      const { lat, lon } = ctx.value;
      if (lat !== undefined && lon === undefined) addRuleIssue(ctx, ['lon'], 'location_lat_without_lon', {}, ctx.value);
      if (lon !== undefined && lat === undefined) addRuleIssue(ctx, ['lat'], 'location_lon_without_lat', {}, ctx.value);
    }),
  )
  .meta({
    id: 'tansiq.Location',
    title: 'Location',
    description: 'A place: names, city, country, venue, GeoNames id, coordinates (lat and lon together) and precision.',
    examples: [{ placeName: [{ value: 'الرباط', lang: 'ar' }], city: 'Rabat', country: 'MA', precision: 'city' }],
    dependentRequired: { lat: ['lon'], lon: ['lat'] },
  });

/**
 * A location.
 *
 * @example
 * ```ts
 * // A Location is what LocationSchema returns once the input is valid:
 * const result = LocationSchema.safeParse({});
 * const value: Location | undefined = result.success ? result.data : undefined;
 * value; // {} (every field is optional)
 * ```
 * @category Building blocks
 */
export type Location = z.infer<typeof LocationSchema>;
