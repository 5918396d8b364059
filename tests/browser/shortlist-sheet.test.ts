/**
 * The care manager's sheet (issue #14 item 3): a care manager keeps their office on a list,
 * adds three places, one of which a coordinator changes afterwards and one of which has no
 * record of when it was added (as lists made before the record was kept); the printed PDF is
 * one A4 page naming the care manager, the office and its phone, the date, the demo label,
 * and per entry what changed since it was added (or that no record exists). axe 0.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ListBody, signInDemo } from '../integration/api';
import { formatViolations, runAxe, signedInPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';

const LABEL = 'Bさん 11月分';
const OFFICE = '居宅介護支援事業所 さくら野テスト';
const OFFICE_PHONE = '027-555-0142';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;
let dir: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-sheet-'));
});

afterAll(async () => {
  if (dir && !process.env.KEEP_PRINTS) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log('prints kept in', dir);
});

describe('care manager sheet', () => {
  it("prints the author, office, date, demo label and each entry's changes since it was added, 3 entries on one A4 page", async () => {
    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'caremanager@example.com',
    );
    await expect.poll(() => page.locator('header').textContent()).toContain('ケアマネジャー');

    await page.goto(`${server.url}/shortlists`);
    await page.getByLabel('新しいリストの名前').fill(LABEL);
    await page.getByRole('button', { name: 'リストを作る' }).click();
    await page.getByRole('link', { name: LABEL }).click();
    // The office is typed once, on the list.
    await page.getByLabel('事業所名').fill(OFFICE);
    await page.getByLabel('事業所の電話番号').fill(OFFICE_PHONE);
    await page.getByRole('button', { name: '事業所を保存' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '保存しました' }).count())
      .toBe(1);

    await page.goto(`${server.url}/directory?q=${encodeURIComponent('サロン')}`);
    const add = page.getByRole('button', { name: `「${LABEL}」に追加` });
    const remove = page.getByRole('button', { name: `「${LABEL}」から外す` });
    for (let n = 1; n <= 3; n++) {
      await add.first().click();
      await expect.poll(() => remove.count()).toBe(n);
    }

    // Afterwards a coordinator changes the cost of the second entry, and the third entry's
    // added-record is dropped (as on lists made before the record was kept).
    const cm = await signInDemo(server.url, 'caremanager@example.com');
    const list = (
      await cm.get<ListBody<{ id: string; resources: string[]; added: Record<string, unknown> }>>(
        '/api/collections/shortlists/records',
      )
    ).body.items.find((l) => (l as unknown as { label: string }).label === LABEL)!;
    expect(list.resources.length).toBe(3);
    expect(Object.keys(list.added).sort()).toEqual([...list.resources].sort());
    const [unchangedId, changedId, olderId] = list.resources as [string, string, string];
    const admin = await signInDemo(server.url, 'admin@example.com');
    const changed = await admin.patch(`/api/collections/resources/records/${changedId}`, {
      cost: { amountYen: 987, unit: 'per_visit', note: '' },
    });
    expect(changed.status).toBe(200);
    const { [olderId]: _older, ...kept } = list.added;
    expect(
      (await cm.patch(`/api/collections/shortlists/records/${list.id}`, { added: kept })).status,
    ).toBe(200);
    const names = await Promise.all(
      [unchangedId, changedId, olderId].map(async (id) =>
        String((await admin.get(`/api/collections/resources/records/${id}`)).body.name),
      ),
    );

    await page.goto(`${server.url}/shortlists/${list.id}/print`);
    await page.getByRole('heading', { level: 1, name: 'ご紹介する地域の活動・サービス' }).waitFor();
    await expect.poll(() => page.locator('.qr svg').count()).toBe(3);
    const changes = await page.getByTestId('entry-changes').allTextContents();
    expect(changes[0]).toMatch(/にリストへ追加。その後の変更なし$/);
    expect(changes[1]).toMatch(/にリストへ追加。その後の変更：費用（追加時：.+）$/);
    expect(changes[2]).toBe('追加時の記録なし');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    const path = join(dir, 'sheet.pdf');
    writeFileSync(
      path,
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1],
    );
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pages).toBe(1);
    expect(text).toContain('作成：高橋恵子');
    expect(text).toContain(`事業所：${OFFICE.replace(/\s+/g, '')}`);
    expect(text).toContain(`電話：${OFFICE_PHONE}`);
    expect(text).toMatch(/印刷日：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toContain('デモ用の架空データです');
    for (const name of names) expect(text).toContain(name.replace(/\s+/g, ''));
    expect(text).toContain('その後の変更なし');
    expect(text).toMatch(/その後の変更：費用（追加時：[^）]+）/);
    expect(text).toContain('追加時の記録なし');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints no office line when none was given (blank stays blank)', async () => {
    const cm = await signInDemo(server.url, 'caremanager@example.com');
    const created = await cm.post<{ id: string }>('/api/collections/shortlists/records', {
      owner: cm.record.id,
      label: '事業所なしのリスト',
      resources: [],
      notes: {},
    });
    expect(created.status).toBe(200);
    const { context, page } = await signedInPage(browser, server.url, 'caremanager@example.com');
    await expect.poll(() => page.locator('header').textContent()).toContain('ケアマネジャー');
    await page.goto(`${server.url}/shortlists/${created.body.id}/print`);
    const byline = page.getByTestId('sheet-byline');
    await byline.waitFor();
    const text = (await byline.textContent()) ?? '';
    expect(text).toContain('作成：');
    expect(text).not.toContain('事業所：');
    expect(text).not.toContain('電話：');
    await context.close();
  });
});
