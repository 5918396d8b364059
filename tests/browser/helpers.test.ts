/**
 * The helpers page (/manage/helpers, issue #19 item 4) on a 390 px phone, in a real browser
 * against a real PocketBase with the demo city: a coordinator registers a helper with consent
 * (a note holding a phone number is refused on its field first), sees them listed, finds them
 * for a need given in the query (?district=&type=&weekdays=), gives them their record as a
 * JSON file, and deletes them on request after a confirmation step. Each action's status line
 * takes focus; no target under 44 × 44 px; axe-core finds no violations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { anonymous, type ListBody, signInDemo } from '../integration/api';
import { PHONE, expectAxeClean, signedInPage } from './browser';
import { smallTargets } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';

const NAME = '試験 春子';
type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let district: string;
let type: Rec;
let dir: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-helpers-'));
  const coord = await signInDemo(server.url, 'coordinator@example.com');
  district = (coord.record.districts as string[])[0]!;
  const types = await anonymous(server.url).get<ListBody<Rec>>(
    '/api/collections/service_types/records?sort=sort_order,code',
  );
  type = types.body.items[0]!;
  ({ page, errors } = await signedInPage(
    browser,
    server.url,
    'coordinator@example.com',
    '/manage/helpers',
    {
      viewport: PHONE,
      touch: true,
    },
  ));
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function expectClean(): Promise<void> {
  await expectAxeClean(page);
  expect(await smallTargets(page)).toEqual([]);
}

const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('helpers page at 390 px', () => {
  it('registers a helper with consent, refusing a phone number in the note first', async () => {
    await page.getByRole('button', { name: '担い手を登録する' }).click();
    await expect.poll(focusedText).toContain('担い手を登録する');
    await expectClean();
    await page.locator('#helper-name').fill(NAME);
    await page.locator('#helper-phone').fill('090-1212-3434');
    await page.getByRole('checkbox', { name: String(type.name_ja), exact: true }).check();
    await page.getByRole('checkbox', { name: '火曜日' }).first().check();
    await page.locator('#helper-consent-purpose').fill('地域の支え合い活動の紹介のため');
    await page.locator('#helper-note').fill('娘さん 080-5555-6666');
    await page.getByRole('button', { name: '登録する', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('helper-note');
    await expect.poll(() => page.locator('#helper-note-error').textContent()).toContain('電話番号');
    await page.locator('#helper-note').fill('買い物の付き添いの経験あり');
    await page.getByRole('button', { name: '登録する', exact: true }).click();
    await expect.poll(focusedText).toContain(`「${NAME}」さんを登録しました`);
    await expect.poll(() => page.getByTestId(`helpers-${district}`).textContent()).toContain(NAME);
    await expectClean();
  });

  it('finds the helper for a need given in the query', async () => {
    await page.goto(
      new URL(`/manage/helpers?district=${district}&type=${type.id}&weekdays=tue,thu`, server.url)
        .href,
    );
    const matches = page.getByTestId('matches');
    await expect.poll(() => matches.textContent()).toContain(NAME);
    expect(await matches.textContent()).toContain('希望の曜日の一部（火）');
    expect(await page.locator('#match-district').inputValue()).toBe(district);
    await expectClean();
  });

  it('gives the person their record as a JSON file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `「${NAME}」の記録をファイルで渡す（JSON）` }).click(),
    ]);
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const record = JSON.parse(text) as Record<string, unknown>;
    expect(record.name).toBe(NAME);
    expect(record.offers).toEqual([type.name_ja]);
    expect(record.consent).toMatchObject({ purpose: '地域の支え合い活動の紹介のため' });
    await expect.poll(focusedText).toContain('ファイルにしました');
  });

  it('prints the record for the person on one A4 page in plain Japanese', async () => {
    await page.getByRole('link', { name: `「${NAME}」に渡す記録を印刷` }).click();
    const sheet = page.getByTestId('helper-sheet');
    await expect.poll(() => sheet.textContent()).toContain(NAME);
    expect(await sheet.textContent()).toContain('090-1212-3434');
    expect(await page.locator('main').textContent()).toContain(
      '「地域の支え合い活動の紹介のため」という目的で同意をいただきました',
    );
    await expectClean();
    const path = join(dir, 'helper-sheet.pdf');
    writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain(NAME);
    await page.goBack();
    await page.getByTestId('matches').waitFor();
  });

  it('deletes the helper on request after a confirmation step', async () => {
    await page.getByRole('button', { name: `「${NAME}」を本人の求めで削除` }).click();
    await expect.poll(focusedText).toContain(`「${NAME}」さんの記録を削除しますか`);
    await expectClean();
    await page.getByRole('button', { name: '削除する', exact: true }).click();
    await expect.poll(focusedText).toContain(`「${NAME}」さんの記録を削除しました`);
    expect(await page.locator('main').textContent()).not.toContain('090-1212-3434');
    expect(errors).toEqual([]);
  });
});
