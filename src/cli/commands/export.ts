/**
 * `sasaeai export --format hsds|csv|geojson [--layer places|districts] [--url URL | --dataset FILE] [--out FILE|DIR] [--json]`
 *
 * Writes the public directory in an open format. From a running server it reads as an
 * anonymous visitor (never signed in), so the export holds exactly what anyone can already
 * see; from a Dataset JSON file (`sasaeai demo-city --out city.json`) it applies the same
 * public filter. Without --out the export goes to stdout.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readPublicDirectory } from '../../lib/data-access/export-directory';
import { Gateway } from '../../lib/data-access/gateway';
import { directoryFromDataset, type PublicDirectory } from '../../lib/export/public-directory';
import { toHsds } from '../../lib/export/to-hsds';
import { districtsToGeoJson, placesToGeoJson } from '../../lib/export/to-geojson';
import { toOpenDataCsv } from '../../lib/export/to-open-data-csv';
import { toCsv } from '../../lib/export/to-csv';
import { eventsRows } from '../../lib/export/to-events-csv';
import { dayNumberToIso, isoToDayNumber, tokyoIsoDate } from '../../lib/domain/iso-date';
import { kayoinobaRows, toKayoinobaCsv } from '../../lib/export/to-kayoinoba-csv';
import { defineCommand, UsageError } from '../command';
import { readDatasetFile } from '../read-dataset-file';
import { serverUrl } from '../sign-in';

const HELP = `Usage: sasaeai export --format hsds|csv|kayoinoba|events|geojson [options]

Writes the public directory (public, active places only; never private contacts).
  --format F          hsds (Open Referral HSDS 3.1 tables, JSON) | csv (自治体標準オープンデータセット
                      columns, UTF-8 with BOM) | kayoinoba (通いの場 list in the 介護サービス事業所一覧
                      columns; read back with import --places-format kayoinoba) | events (every
                      session in the next --weeks as the イベント一覧 layout) | geojson
  --weeks N           for events: how many weeks from --from (default 8)
  --from DATE         for events: first day, YYYY-MM-DD (default today in Japan)
  --layer L           for geojson: places (points, default) | districts (polygons with population)
  --url URL           read from this server as an anonymous visitor (default SASAEAI_URL or
                      http://127.0.0.1:8090)
  --dataset FILE      read a Dataset JSON file instead (e.g. from \`sasaeai demo-city --out\`)
  --out FILE|DIR      write here (a directory gets sasaeai-<format>[-<layer>].<ext>); default stdout
  --json              print a summary as one JSON object (needs --out)`;

const FORMATS = ['hsds', 'csv', 'kayoinoba', 'events', 'geojson'] as const;
const LAYERS = ['places', 'districts'] as const;

/** File name used when --out is a directory. */
export function exportFileName(
  format: (typeof FORMATS)[number],
  layer: (typeof LAYERS)[number],
): string {
  if (format === 'hsds') return 'sasaeai-hsds.json';
  if (format === 'csv') return 'sasaeai-places.csv';
  if (format === 'kayoinoba') return 'sasaeai-kayoinoba.csv';
  if (format === 'events') return 'sasaeai-events.csv';
  return `sasaeai-${layer}.geojson`;
}

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'write the public directory as HSDS 3.1 JSON, open-data CSV, 通いの場 CSV or GeoJSON',
  help: HELP,
  flags: {
    format: { type: 'string' },
    layer: { type: 'string' },
    url: { type: 'string' },
    dataset: { type: 'string' },
    out: { type: 'string' },
    weeks: { type: 'string' },
    from: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    const format = flags.format as (typeof FORMATS)[number] | undefined;
    if (!format || !FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const layer = (flags.layer ?? 'places') as (typeof LAYERS)[number];
    if (!LAYERS.includes(layer))
      throw new UsageError(`--layer must be one of ${LAYERS.join(', ')}`);
    if (flags.layer && format !== 'geojson')
      throw new UsageError('--layer only applies to --format geojson');
    if (flags.url && flags.dataset)
      throw new UsageError('give either --url or --dataset, not both');
    if ((flags.weeks || flags.from) && format !== 'events')
      throw new UsageError('--weeks and --from only apply to --format events');
    const weeks = Number(flags.weeks ?? '8');
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
      throw new UsageError(`--weeks must be a whole number from 1 to 104, got "${flags.weeks}"`);
    const from = flags.from ?? tokyoIsoDate(new Date());
    if (Number.isNaN(isoToDayNumber(from)) || dayNumberToIso(isoToDayNumber(from)) !== from)
      throw new UsageError(`--from must be a date YYYY-MM-DD, got "${from}"`);
    if (flags.json && !flags.out)
      throw new UsageError('--json prints a summary: give --out for the export itself');

    const started = performance.now();
    let directory: PublicDirectory;
    if (flags.dataset) {
      const dataset = readDatasetFile(flags.dataset);
      directory = directoryFromDataset(dataset);
    } else {
      // Anonymous on purpose: the server's rules decide what is public.
      const gateway = new Gateway(serverUrl(flags));
      directory = await readPublicDirectory(gateway, {
        districtBoundaries: format === 'geojson' && layer === 'districts',
      });
    }

    let text: string;
    let records: number;
    if (format === 'hsds') {
      const pkg = toHsds(directory);
      text = JSON.stringify(pkg, null, 1) + '\n';
      records = pkg.services.length;
    } else if (format === 'csv') {
      text = toOpenDataCsv(directory);
      records = directory.resources.length;
    } else if (format === 'events') {
      const rows = eventsRows(directory, { from, weeks });
      text = toCsv(rows);
      records = rows.length - 1;
    } else if (format === 'kayoinoba') {
      text = toKayoinobaCsv(directory);
      records = kayoinobaRows(directory).length - 1;
    } else {
      const fc = layer === 'districts' ? districtsToGeoJson(directory) : placesToGeoJson(directory);
      text = JSON.stringify(fc) + '\n';
      records = fc.features.length;
    }

    if (!flags.out) {
      process.stdout.write(text);
      return 0;
    }
    let path = resolve(flags.out);
    if (flags.out.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()))
      path = join(path, exportFileName(format, layer));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const summary = {
      format,
      ...(format === 'geojson' ? { layer } : {}),
      ...(format === 'events' ? { from, weeks } : {}),
      records,
      bytes: Buffer.byteLength(text),
      out: path,
      ms: Math.round(performance.now() - started),
    };
    if (flags.json) console.log(JSON.stringify(summary));
    else
      console.log(
        `${records} ${format === 'geojson' && layer === 'districts' ? 'districts' : 'records'} → ${path}`,
      );
    return 0;
  },
});
