import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../__fixtures__/capture-console';
import type { ExistingState } from '../../lib/import/plan-import';
import { prepareImport } from '../../lib/import/prepare-import';
import { main } from '../main';
import { reportLines } from '../import-report-lines';

afterEach(() => vi.restoreAllMocks());

const capture = captureConsole;

const nothingStored: ExistingState = {
  areas: [],
  resources: [],
  organizations: [],
  dataSources: [],
  populationCells: [],
  site: null,
};
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('sasaeai import --lang', () => {
  it('prints the issues in Japanese with --lang ja, and the unchanged English lines by default', async () => {
    // Row 3 has a latitude in words; the city has no towns yet, so the good row is outside every town.
    const plan = await prepareImport(
      {
        places: [
          {
            file: csv(
              'places.csv',
              'ID,名称,緯度,経度\n1,公民館,36.3,139.0\n2,集会所,北緯36度,139.0\n',
            ),
            kind: 'gathering_place',
          },
        ],
      },
      nothingStored,
    );
    expect(reportLines(plan.report)).toEqual([
      'data_sources   create 1, update 0, unchanged 0',
      'ERROR places.csv, row 3, field 緯度: latitude "北緯36度" is not a number.',
      'ERROR places.csv, row 2, field location: "公民館" at [139, 36.3] is outside every town of the city.',
    ]);
    expect(reportLines(plan.report, 'ja')).toEqual([
      '出典：追加 1、更新 0、変更なし 0',
      'エラー places.csv、3 行目、項目「緯度」：緯度「北緯36度」が数字ではありません。',
      'エラー places.csv、2 行目、項目「location」：「公民館」の場所 [139, 36.3] は市内のどの町丁にも入っていません。',
    ]);
  });

  it('documents --lang in --help and refuses another language', async () => {
    const { out, err } = capture();
    expect(await main(['import', '--help'])).toBe(0);
    expect(out.join('\n')).toMatch(/--lang ja\|en/);
    expect(await main(['import', '--lang', 'fr', '--places', 'x.csv'])).toBe(2);
    expect(err.join('\n')).toContain('--lang must be ja or en');
  });
});

describe('sasaeai import: clear errors, and --json on every path', () => {
  const placesFile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'sasaeai-cli-'));
    const path = join(dir, 'places.csv');
    writeFileSync(path, 'ID,名称,緯度,経度\n1,公民館,36.3,139.0\n');
    return path;
  };

  it('names the URL when the server does not answer, and prints a JSON error object with --json', async () => {
    const { out, err } = capture();
    // Port 9 (discard) on loopback: nothing listens there in a test environment.
    const args = [
      'import',
      '--url',
      'http://127.0.0.1:9',
      '--email',
      'a@example.com',
      '--password',
      'x',
      '--places',
      placesFile(),
    ];
    expect(await main(args)).toBe(1);
    expect(err.join('\n')).toMatch(/cannot reach the server at http:\/\/127\.0\.0\.1:9/);
    expect(out).toEqual([]);
    expect(await main([...args, '--json'])).toBe(1);
    expect(JSON.parse(out.at(-1)!)).toEqual({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining('http://127.0.0.1:9') },
    });
  });

  it('prints a JSON error object for an argument error with --json', async () => {
    const { out } = capture();
    expect(await main(['import', '--json', '--no-such-flag'])).toBe(2);
    expect(JSON.parse(out.at(-1)!)).toEqual({
      ok: false,
      error: { code: 'usage', message: expect.stringContaining('--no-such-flag') },
    });
    expect(await main(['import', '--json'])).toBe(2);
    expect(JSON.parse(out.at(-1)!).error.message).toMatch(/nothing to import/);
  });

  it('documents --keep-duplicates and the ward/city column in --help', async () => {
    const { out } = capture();
    expect(await main(['import', '--help'])).toBe(0);
    expect(out.join('\n')).toMatch(/--keep-duplicates/);
    expect(out.join('\n')).toMatch(/ward\/city column/);
  });
});
