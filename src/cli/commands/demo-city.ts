/**
 * `sasaeai demo-city [--seed N] [--out FILE] [--pretty] [--json]`
 *
 * Writes the generated demo city (さくら野市, fictional) as one Dataset JSON file and prints
 * a summary of its counts (as one JSON object with --json). The same seed always writes the
 * same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoCity } from '../../lib/demo-city/generate-demo-city';
import { defineCommand, UsageError } from '../command';

const HELP = `Usage: sasaeai demo-city [--seed N] [--out FILE] [--pretty] [--json]

Writes the fictional demo city as a Dataset JSON file.
  --seed N     generator seed (default ${DEFAULT_DEMO_SEED})
  --out FILE   output path (default .cache/demo-city.json)
  --pretty     indent the JSON
  --json       print the summary as one JSON object`;

export const demoCityCommand = defineCommand({
  name: 'demo-city',
  summary: 'write the generated demo city as a Dataset JSON file',
  help: HELP,
  flags: {
    seed: { type: 'string' },
    out: { type: 'string' },
    pretty: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    const seed = flags.seed === undefined ? DEFAULT_DEMO_SEED : Number(flags.seed);
    if (!Number.isInteger(seed))
      throw new UsageError(`--seed must be a whole number, got "${flags.seed}"`);
    const out = flags.out ?? '.cache/demo-city.json';

    const started = performance.now();
    const dataset = generateDemoCity({ seed });
    const ms = Math.round(performance.now() - started);
    const json = JSON.stringify(dataset, null, flags.pretty ? 2 : undefined);
    const path = resolve(out);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, json + '\n');

    const count = (kind: string): number => dataset.areas.filter((a) => a.kind === kind).length;
    const city = dataset.areas.find((a) => a.kind === 'city');
    const summary = {
      cityName: dataset.site.cityName,
      seed,
      population: city?.population ?? 0,
      population65: city?.population65 ?? 0,
      dailyLifeAreas: count('daily_life_area'),
      districts: count('district'),
      towns: count('town'),
      meshCells: dataset.populationCells.length,
      resources: dataset.resources.length,
      contacts: dataset.contacts.length,
      organizations: dataset.organizations.length,
      councils: dataset.councils.length,
      meetings: dataset.meetings.length,
      roadSegments:
        dataset.layers.find((l) => l.kind === 'walk_network')?.data.features.length ?? 0,
      users: dataset.users.length,
      bytes: Buffer.byteLength(json) + 1,
      out,
      generateMs: ms,
    };
    if (flags.json) console.log(JSON.stringify(summary));
    else
      console.log(
        Object.entries(summary)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      );
    return 0;
  },
});
