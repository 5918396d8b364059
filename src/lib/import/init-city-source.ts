/**
 * `areas.source` of the city row made by `sasaeai init` (src/lib/data-access/set-up-city.ts).
 * An import naming the same city code updates that row (and its source) rather than clashing.
 */
export const INIT_CITY_SOURCE = 'sasaeai-init';
