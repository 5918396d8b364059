import { describe, expect, it } from 'vitest';
import { readPopulationTable } from './read-area-tables';

const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });

describe('readPopulationTable by mesh code', () => {
  it('reads e-Stat style rows, skips the label line, takes the mesh size from the code length', () => {
    const t = readPopulationTable(
      text(
        'mesh.csv',
        'KEY_CODE,人口総数,65歳以上人口\n,人口（総数）,65歳以上人口\n543930803,"1,204",310\n543930911,452,*\n',
      ),
      'mesh',
    );
    expect(t.meshM).toBe(500);
    expect(t.rows).toEqual([
      { line: 3, code: '543930803', population: 1204, population65: 310, population75: null },
      { line: 4, code: '543930911', population: 452, population65: null, population75: null },
    ]);
    expect(t.issues).toEqual([expect.objectContaining({ severity: 'warning', row: 2 })]);
  });

  it('names the row of a code that is not a valid mesh code', () => {
    const t = readPopulationTable(
      text(
        'mesh.csv',
        'mesh_code,population\n543930803,10\n543930805,3\n54393080,4\n003930803,1\n543930803,2\n',
      ),
      'mesh',
    );
    const errors = t.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.field])).toEqual([
      [3, 'mesh_code'],
      [4, 'mesh_code'],
      [5, 'mesh_code'],
      [6, 'mesh_code'],
    ]);
    expect(errors[0]!.message).toMatch(/543930805.*quadrant/); // quadrant digit 5
    expect(errors[1]!.message).toMatch(/8 digits; a 500 m mesh code has 9/);
    expect(errors[2]!.message).toMatch(/outside Japan/);
    expect(errors[3]!.message).toMatch(/listed twice \(first on row 2\)/);
    expect(t.rows.map((r) => r.code)).toEqual(['543930803']);
  });

  it('reads 10-digit codes as 100 m unless told 250 m (quarter mesh digits must be 1–4)', () => {
    const csv = 'mesh_code,population\n5439308099,1\n';
    expect(readPopulationTable(text('m.csv', csv), 'mesh').meshM).toBe(100);
    const quarter = readPopulationTable(text('m.csv', csv), 'mesh', {}, 250);
    expect(quarter.issues).toEqual([expect.objectContaining({ severity: 'error', row: 2 })]);
    expect(
      readPopulationTable(text('m.csv', 'mesh_code,population\n5439308014,1\n'), 'mesh', {}, 250)
        .rows,
    ).toHaveLength(1);
  });
});
