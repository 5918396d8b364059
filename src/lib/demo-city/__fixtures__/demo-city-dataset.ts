/**
 * The demo city as the generator's tests read it (generated once per test file), and the
 * patterns and helpers those tests share.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../../domain/dataset';
import type { Area } from '../../domain/types';
import { DEMO_REFERENCE_DATE, generateDemoCity } from '../generate-demo-city';

export const ID = /^[a-z0-9]{15}$/;
export const HIRAGANA_READING = /^[\u3041-\u3096ー・「」（）\s]+$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const REFERENCE_MS = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`);
export const YEAR_MS = 365 * 86_400_000;

let cached: Dataset | undefined;

/** The default demo city (seed and reference date), generated on first use. */
export function demoCityDataset(): Dataset {
  return (cached ??= generateDemoCity());
}

export const areasOf = (kind: Area['kind']): Area[] => demoCityDataset().areas.filter((a) => a.kind === kind);
export const geometryOf = (a: Area): Polygon | MultiPolygon => {
  if (!a.geometry) throw new Error(`${a.name} has no geometry`);
  return a.geometry;
};
export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
