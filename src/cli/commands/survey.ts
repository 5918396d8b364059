/**
 * `sasaeai survey --year YEAR [--url URL [--email E --password P] | --dataset FILE] [--csv FILE] [--json]`
 *
 * The yearly 通いの場 survey tables per district and for the city (`surveyTables`). From a
 * server it reads as an anonymous visitor (public places only) unless --email/--password sign
 * a staff member in (then non-public places are counted too, as the survey wants).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Gateway } from '../../lib/data-access/gateway';
import {
  SURVEY_DIMENSIONS,
  SURVEY_KEYS,
  SURVEY_LABELS,
  surveyRows,
  surveyTables,
  type SurveyArea,
} from '../../lib/domain/survey-tables';
import type { Area, Resource } from '../../lib/domain/types';
import { toCsv } from '../../lib/export/to-csv';
import { defineCommand, UsageError } from '../command';
import { readDatasetFile } from '../read-dataset-file';
import { serverUrl } from '../sign-in';

const HELP = `Usage: sasaeai survey --year YEAR [options]

The yearly 通いの場 survey tables (fiscal year: --year 2026 = 令和8年度, April 2026–March 2027):
active gathering places per district and for the city by main activity, frequency (from the
schedule), run-by, venue and size band, plus participants recorded for that year. Every table
adds up to the number of places; unrecorded values are counted as 不明.
  --year YEAR         fiscal year (required)
  --url URL           read from this server (default SASAEAI_URL or http://127.0.0.1:8090)
  --email E --password P
                      sign in as staff to count non-public places too (default: anonymous)
  --dataset FILE      read a Dataset JSON file instead (e.g. from \`sasaeai demo-city --out\`)
  --csv FILE          also write the tables as CSV (one row per district and the city)
  --json              print the tables as one JSON object`;

function areaText(a: SurveyArea): string[] {
  const ja = SURVEY_LABELS.ja;
  const lines = [
    `■ ${a.areaId === '' ? `${a.name || '市'}全体` : a.name}（通いの場 ${a.places}か所）`,
  ];
  for (const d of SURVEY_DIMENSIONS) {
    const cells = SURVEY_KEYS[d]
      .filter((k) => (a.tables[d][k] ?? 0) > 0)
      .map((k) => `${ja[k]} ${a.tables[d][k]}`);
    lines.push(`  ${ja[d]}：${cells.join('、') || '—'}`);
  }
  lines.push(
    `  参加者数：${a.participants.places ? `${a.participants.total}人（${a.participants.places}か所で記録）` : '記録なし'}`,
  );
  return lines;
}

export const surveyCommand = defineCommand({
  name: 'survey',
  summary: 'the yearly 通いの場 survey tables per district and for the city',
  help: HELP,
  flags: {
    year: { type: 'string' },
    url: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    dataset: { type: 'string' },
    csv: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    const year = Number(flags.year);
    if (!flags.year || !Number.isInteger(year) || year < 2000 || year > 2200)
      throw new UsageError(`--year must be a fiscal year such as 2026, got "${flags.year ?? ''}"`);
    if (flags.url && flags.dataset)
      throw new UsageError('give either --url or --dataset, not both');
    if (!flags.email !== !flags.password)
      throw new UsageError('give both --email and --password, or neither');

    let resources: Resource[];
    let districts: Area[];
    let cityName: string;
    if (flags.dataset) {
      const dataset = readDatasetFile(flags.dataset);
      resources = dataset.resources.map(({ serviceTypeCodes: _c, ...r }) => ({
        ...r,
        serviceTypeIds: [],
        updatedAt: '',
      }));
      districts = dataset.areas.filter((a) => a.kind === 'district');
      cityName = dataset.site.cityName;
    } else {
      const gateway = new Gateway(serverUrl(flags));
      if (flags.email && flags.password) await gateway.login(flags.email, flags.password);
      const [site, all, areas] = await Promise.all([
        gateway.getSite(),
        gateway.listResources(),
        gateway.listAreas({ kind: 'district' }),
      ]);
      resources = all;
      districts = areas;
      cityName = site?.cityName ?? '';
    }
    districts = [...districts].sort(
      (a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'ja'),
    );
    const result = surveyTables(resources, districts, year, cityName);
    if (flags.csv) {
      const path = resolve(flags.csv);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, toCsv(surveyRows(result)));
    }
    if (flags.json) console.log(JSON.stringify(result));
    else {
      console.log(`${result.labelJa} 通いの場の状況（${cityName}）`);
      for (const a of [...result.districts, result.city]) console.log(areaText(a).join('\n'));
    }
    return 0;
  },
});
