/**
 * Test fixture: a block of 100 m mesh cells (the grid of `meshCodeAt`) starting at [139.0, 36.0], `columns` cells east by `rows` cells north, each with
 * 10 residents of whom 4 are aged 65+. A cell is one 0.00125° × 0.000833° step; the sample point
 * sits inside each cell so rounding never lands on an edge.
 */
import type { PopulationCell } from '../../domain/types';
import { meshCodeAt } from '../mesh-code';

export function meshBlock(columns: number, rows: number): PopulationCell[] {
  const cells: PopulationCell[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < columns; i++)
    for (let j = 0; j < rows; j++) {
      const code = meshCodeAt(139.0 + i * 0.00125 + 0.0006, 36.0 + j * 0.000833 + 0.0004, 100);
      if (codes.has(code)) continue;
      codes.add(code);
      cells.push({ meshCode: code, meshM: 100, population: 10, population65: 4, year: 2020 });
    }
  return cells;
}
