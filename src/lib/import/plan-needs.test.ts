import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Area, Need } from '../domain/types';
import { SERVICE_TYPE_CATALOG } from '../domain/service-type-catalog';
import type { ExistingState } from './plan-import';
import { prepareImport } from './prepare-import';
import { encodeShiftJis } from './__fixtures__/write-shapefile';

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url))),
});

function district(
  id: string,
  code: string,
  name: string,
): Area & { source: string; sourceId: string } {
  return {
    id,
    kind: 'district',
    code,
    name,
    nameKana: '',
    nameKanaGenerated: false,
    parentId: '',
    population: null,
    population65: null,
    population75: null,
    populationYear: null,
    supportCenterId: '',
    boundary: null,
    source: 'test',
    sourceId: id,
  } as unknown as Area & { source: string; sourceId: string };
}

const STATE: ExistingState = {
  areas: [
    district('d1', 'D01', '中央'),
    district('d2', 'D02', '北部'),
    district('d3', 'D03', '南'),
    district('d4', 'D04', '南'),
  ],
  resources: [],
  dataSources: [],
  site: { id: 's', cityName: '市', attribution: '', fictional: false, cityAreaId: 'c' },
  serviceTypes: SERVICE_TYPE_CATALOG.map((t, i) => ({ ...t, id: `t${i}`, sortOrder: i })),
  needs: [],
};
const TODAY = '2026-12-05';

describe('needs survey import', () => {
  it('plans one need per row, resolving districts by name or code and types by code, name or reading', async () => {
    const plan = await prepareImport(
      { needs: { file: fixture('needs-survey.csv'), today: TODAY } },
      STATE,
    );
    expect(plan.report.issues).toEqual([]);
    expect(plan.report.counts.needs).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(
      plan.report.needs.map((r) => [
        r.row,
        r.district,
        r.serviceType,
        r.count,
        r.countUnit,
        r.source,
        r.observedOn,
        r.action,
      ]),
    ).toEqual([
      [2, '中央', '買い物支援（同行）', 12, 'households', 'survey', '2026-04-01', 'create'],
      [3, '北部', '通院の付き添い', 3, 'people', 'minsei', '2026-04-15', 'create'],
      [4, '北部', '買い物支援（同行）', null, '', 'resident', '2026-05-01', 'create'],
    ]);
  });

  it('changes nothing when the same file is imported again, and updates a changed count', async () => {
    const first = await prepareImport(
      { needs: { file: fixture('needs-survey.csv'), today: TODAY } },
      STATE,
    );
    const stored: Need[] = first.ops.flatMap((op) =>
      op.collection === 'needs' ? [{ ...op.record, createdBy: 'u1' }] : [],
    );
    const again = await prepareImport(
      { needs: { file: fixture('needs-survey.csv'), today: TODAY } },
      { ...STATE, needs: stored },
    );
    expect(again.ops).toEqual([]);
    expect(again.report.counts.needs).toEqual({ create: 0, update: 0, unchanged: 3 });
    const changed = stored.map((n) => (n.count === 12 ? { ...n, count: 10 } : n));
    const update = await prepareImport(
      { needs: { file: fixture('needs-survey.csv'), today: TODAY } },
      { ...STATE, needs: changed },
    );
    expect(update.ops.map((op) => [op.action, op.id])).toEqual([['update', stored[0]!.id]]);
  });

  it('names every broken row with its field, and plans nothing to apply', async () => {
    const plan = await prepareImport(
      { needs: { file: fixture('needs-survey-broken.csv'), today: TODAY } },
      STATE,
    );
    expect(plan.report.ok).toBe(false);
    const got = plan.report.issues.map((i) => [i.row, i.field, i.code]);
    expect(got).toEqual([
      [5, '件数', 'needCountInvalid'],
      [6, '件数', 'needCountInvalid'],
      [7, '単位', 'needUnitWithoutCount'],
      [8, '出典', 'needSourceUnknown'],
      [9, '調査日', 'needDateFuture'],
      [10, 'メモ', 'needNotePersonal'],
      [2, '地区', 'needDistrictUnknownDidYouMean'],
      [3, '地区', 'needDistrictAmbiguous'],
      [4, 'サービス種別', 'needTypeUnknown'],
      [12, '', 'needRowTwice'],
    ]);
    const issue = (row: number) => plan.report.issues.find((i) => i.row === row)!;
    expect(issue(2).message).toBe('no district "中奥"; did you mean 中央?');
    expect(issue(3).message).toContain('南 (D03), 南 (D04)');
    expect(issue(10).message).toContain('a phone number');
    expect(issue(10).message).not.toContain('4567');
    expect(issue(12).message).toContain('row 11');
  });

  it('reads a Shift_JIS file as the same rows', async () => {
    const utf8 = readFileSync(new URL('./__fixtures__/needs-survey.csv', import.meta.url), 'utf8');
    const sjis = encodeShiftJis(utf8);
    const plan = await prepareImport(
      { needs: { file: { name: 'sjis.csv', bytes: sjis }, today: TODAY } },
      STATE,
    );
    expect(plan.report.issues).toEqual([]);
    expect(plan.report.needs.map((r) => r.district)).toEqual(['中央', '北部', '北部']);
  });

  it('names a missing required column', async () => {
    const bytes = new TextEncoder().encode('地区,件数\n中央,1\n');
    const plan = await prepareImport(
      { needs: { file: { name: 'x.csv', bytes }, today: TODAY } },
      STATE,
    );
    expect(plan.report.issues.map((i) => [i.row, i.code, i.params?.needColumn])).toEqual([
      [1, 'needsColumnMissing', 'service type'],
      [1, 'needsColumnMissing', 'source'],
      [1, 'needsColumnMissing', 'survey date'],
    ]);
    expect(plan.report.needs).toEqual([]);
  });
});
