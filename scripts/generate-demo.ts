/**
 * Writes the generated demo city (さくら野市, fictional) as one JSON file.
 *
 *   tsx scripts/generate-demo.ts [--seed N] [--out FILE] [--pretty]
 *
 * Defaults: the published seed and `.cache/demo-city.json`. The same seed always writes
 * the same bytes. Prints one summary line of counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoCity } from '../src/lib/demo-city/generate-demo-city';

function parseArgs(argv: string[]): { seed: number; out: string; pretty: boolean } {
  let seed = DEFAULT_DEMO_SEED;
  let out = '.cache/demo-city.json';
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
    } else if (arg?.startsWith('--seed=')) {
      seed = Number(arg.slice('--seed='.length));
      if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
    } else if (arg === '--out') {
      out = value();
    } else if (arg?.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else if (arg === '--pretty') {
      pretty = true;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: tsx scripts/generate-demo.ts [--seed N] [--out FILE] [--pretty]');
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { seed, out, pretty };
}

function main(): void {
  const { seed, out, pretty } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const dataset = generateDemoCity({ seed });
  const ms = Math.round(performance.now() - started);
  const json = JSON.stringify(dataset, null, pretty ? 2 : undefined);
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json + '\n');

  const byKind = (kind: string): number => dataset.areas.filter((a) => a.kind === kind).length;
  const city = dataset.areas.find((a) => a.kind === 'city');
  const road = dataset.layers.find((l) => l.kind === 'walk_network');
  console.log(
    [
      `${dataset.site.cityName} (seed ${seed})`,
      `population ${city?.population ?? 0} (65+ ${city?.population65 ?? 0})`,
      `${byKind('daily_life_area')} daily-life areas`,
      `${byKind('district')} districts`,
      `${byKind('town')} towns`,
      `${dataset.populationCells.length} mesh cells`,
      `${dataset.resources.length} resources`,
      `${dataset.contacts.length} contacts`,
      `${dataset.organizations.length} organizations`,
      `${dataset.councils.length} councils`,
      `${dataset.meetings.length} meetings`,
      `${road?.data.features.length ?? 0} road segments`,
      `${dataset.users.length} users`,
      `${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB → ${out}`,
      `${ms} ms`,
    ].join(', '),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
