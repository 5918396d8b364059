import type { Area } from '../types';

/**
 * An area for tests with every optional fact unknown or empty (no reading, parent, boundary,
 * point, population or support centre; code and name default to the id), with `fields` set
 * over that. A fresh object each call.
 */
export function areaOf(fields: Pick<Area, 'id' | 'kind'> & Partial<Area>): Area {
  return {
    code: fields.id,
    name: fields.id,
    nameKana: '',
    nameKanaGenerated: false,
    parentId: '',
    geometry: null,
    point: null,
    population: null,
    population65: null,
    population75: null,
    populationYear: null,
    supportCenterId: '',
    ...fields,
  };
}
