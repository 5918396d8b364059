/**
 * Test fixture: a small designated city whose two wards repeat town names, as an e-Stat style
 * Shapefile zip (Shift_JIS .dbf with KEY_CODE, S_NAME, CITY_NAME, WARD_NAME, JINKO). 旭町 and
 * 本町 exist in both wards with different codes; 北区 writes 旭１丁目 with a full-width digit
 * (as e-Stat does) and 南区 has 京ヶ島.
 */
import { PRJ_JGD2011, square, writeDbf, writeShp, zipFiles } from './write-shapefile';

export const TWO_WARD_TOWNS = [
  { KEY_CODE: '191010010', S_NAME: '旭町', CITY_NAME: '架空市', WARD_NAME: '北区', JINKO: 1000, ring: square(139.0, 36.33) },
  { KEY_CODE: '191010020', S_NAME: '本町', CITY_NAME: '架空市', WARD_NAME: '北区', JINKO: 2000, ring: square(139.01, 36.33) },
  { KEY_CODE: '191010030', S_NAME: '旭１丁目', CITY_NAME: '架空市', WARD_NAME: '北区', JINKO: 300, ring: square(139.02, 36.33) },
  { KEY_CODE: '191020010', S_NAME: '旭町', CITY_NAME: '架空市', WARD_NAME: '南区', JINKO: 1500, ring: square(139.0, 36.32) },
  { KEY_CODE: '191020020', S_NAME: '本町', CITY_NAME: '架空市', WARD_NAME: '南区', JINKO: 2500, ring: square(139.01, 36.32) },
  { KEY_CODE: '191020030', S_NAME: '京ヶ島', CITY_NAME: '架空市', WARD_NAME: '南区', JINKO: 700, ring: square(139.02, 36.32) },
];

/** The towns above as `h27ka19101.zip` (.shp + .dbf + .prj). */
export function twoWardCityZip(): Uint8Array {
  return zipFiles({
    'h27ka19101.shp': writeShp(TWO_WARD_TOWNS.map((t) => t.ring)),
    'h27ka19101.dbf': writeDbf(TWO_WARD_TOWNS.map(({ ring: _r, ...row }) => row)),
    'h27ka19101.prj': PRJ_JGD2011,
  });
}
