/**
 * `sasaeai search --places FILE --name-field FIELD [--kana-field FIELD] [--generate-readings] --query TEXT [--limit N] [--json]`
 *
 * Runs the directory's search code (same normaliser, bigram index, ranking and typo stage)
 * over a GeoJSON FeatureCollection or a CSV file with a header row, and prints the names of
 * the matching features, best first: a JSON array of strings with --json, else one per line.
 * An `address` (or 住所) property/column, when present, is searched too.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildSearchIndex, type SearchDocument } from '../../lib/search/build-search-index';
import { searchResources } from '../../lib/search/search-resources';
import { defineCommand, UsageError } from '../command';
import { loadReadingGenerator } from '../load-reading-generator';
import { errorMessage } from '../../lib/domain/error-message';

const HELP = `Usage: sasaeai search --places FILE --name-field FIELD [--kana-field FIELD] [--generate-readings] --query TEXT [--limit N] [--json]

Searches places by name (and reading) with the directory's Japanese search.
  --places FILE       GeoJSON FeatureCollection (.geojson/.json) or CSV with a header row (.csv)
  --name-field FIELD  property/column holding the name
  --kana-field FIELD  property/column holding the reading (optional)
  --generate-readings names without a reading get one generated, as \`sasaeai import\` does
                      (kuromoji + IPADIC, offline), so hiragana queries find them
  --query TEXT        the search text; spaces separate terms that must all match
  --limit N           at most N names (default 20)
  --json              print a JSON array of names, best first`;

type Row = Record<string, unknown>;

/** Reads the rows (feature properties or CSV records) of a places file. */
function readPlaces(path: string): Row[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --places ${path}: ${errorMessage(err)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (extname(path).toLowerCase() === '.csv') {
    try {
      return parse(text, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
      }) as Row[];
    } catch (err) {
      throw new UsageError(`${path} is not valid CSV: ${errorMessage(err)}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${errorMessage(err)}`);
  }
  const features = (json as { type?: string; features?: unknown }).features;
  if ((json as { type?: string }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new UsageError(`${path} is not a GeoJSON FeatureCollection`);
  }
  return features.map((f) => ((f as { properties?: Row | null }).properties ?? {}) as Row);
}

const asText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

export const searchCommand = defineCommand({
  name: 'search',
  summary: 'search a GeoJSON/CSV file of places with the directory search',
  help: HELP,
  flags: {
    places: { type: 'string' },
    'name-field': { type: 'string' },
    'kana-field': { type: 'string' },
    'generate-readings': { type: 'boolean' },
    query: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    if (!flags.places) throw new UsageError('--places FILE is required');
    const nameField = flags['name-field'];
    if (!nameField) throw new UsageError('--name-field FIELD is required');
    if (flags.query === undefined) throw new UsageError('--query TEXT is required');
    const limit = flags.limit === undefined ? 20 : Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a whole number ≥ 1, got "${flags.limit}"`);
    const kanaField = flags['kana-field'];

    const rows = readPlaces(flags.places);
    if (rows.length > 0 && !rows.some((r) => nameField in r)) {
      throw new UsageError(
        `no row has the field "${nameField}" (fields of row 1: ${Object.keys(rows[0]!).join(', ') || 'none'})`,
      );
    }
    if (kanaField && rows.length > 0 && !rows.some((r) => kanaField in r)) {
      throw new UsageError(`no row has the --kana-field "${kanaField}"`);
    }
    const readingOf = flags['generate-readings'] ? await loadReadingGenerator() : undefined;
    const docs: SearchDocument[] = [];
    rows.forEach((r, i) => {
      const name = asText(r[nameField]).trim();
      if (!name) return; // a row without a name cannot be reported by name
      const given = kanaField ? asText(r[kanaField]).trim() : '';
      docs.push({
        id: String(i),
        name,
        nameKana: given || (readingOf?.(name) ?? ''),
        address: asText(r.address ?? r['住所']),
      });
    });
    const index = buildSearchIndex(docs);
    const names = searchResources(index, { query: flags.query, limit }).hits.map((h) => h.name);
    console.log(flags.json ? JSON.stringify(names) : names.join('\n'));
    return 0;
  },
});
