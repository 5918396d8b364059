/**
 * What the admin loads on the import page comes out of the open-data page, in a real browser
 * against a real PocketBase with the demo city: a small standard places CSV (dry-run report: 2
 * new places, one placed on its town's point; applied; checked again with nothing to change);
 * an Open Referral HSDS 3.1 package (1 organization, 2 services: weekly and 第2水曜日 schedules,
 * a fee text, one service area) checked, applied (organization link, schedule rules, district
 * from the service area else the point) and checked again with nothing to change; a broken
 * package names its file and saves nothing. The open-data page then downloads a CSV with the new
 * public place and no private contact, and an HSDS package that gives back the loaded
 * package's organization, fee text, service area and schedule. axe on every state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { anonymous, type ListBody, signInSuperuser } from '../integration/api';
import { expectAxeClean, newContext } from './browser';
import {
  applyAll,
  applyButton,
  BROWSER_FIXTURES,
  dryRun,
  IMPORT_FIXTURES,
  onImportPage,
  resourcesNamed,
  type Rec,
} from './import-page';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

describe('admin import page → open-data page', () => {
  it('admin: upload places CSV → dry-run report → apply → the places exist', async () => {
    const { page, errors } = await onImportPage(browser, server);
    await expectAxeClean(page);
    await page.locator('#file-places').setInputFiles(resolve(IMPORT_FIXTURES, 'admin-places.csv'));
    await dryRun(page);
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    const row = counts.getByRole('row', { name: /施設・活動/ });
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([2, 0, 0]);
    await expect(page.getByText('町の代表点に置いた施設：1 件').isVisible()).resolves.toBe(true);
    expect(await resourcesNamed(server, 'テスト')).toEqual([]);
    await expectAxeClean(page);

    await applyAll(page);
    // The summary names what was saved in words, not the server's collection keys.
    expect(await page.getByText(/保存しました/).textContent()).toContain('施設・活動（追加）2');
    const created = await resourcesNamed(server, 'テスト');
    expect(created.map((r) => r.name).sort()).toEqual([
      'さかえ町テストサロン',
      'ひだまりテスト茶の間',
    ]);
    const hidamari = created.find((r) => r.name === 'ひだまりテスト茶の間')!;
    expect(hidamari.location).toEqual({ lon: 139.076875, lat: 36.30125 });
    expect(
      (hidamari.schedule as { rules: Array<{ weekdays: string[] }> }).rules[0]?.weekdays,
    ).toEqual(['mon', 'thu']);

    // Checking the same file again: nothing to change.
    await dryRun(page);
    await page.getByTestId('report-status').filter({ hasText: '変更はありません' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: an HSDS package → dry run (1 organization, 2 services) → apply → linked, scheduled, in their districts; checking again changes nothing', async () => {
    const su = await signInSuperuser(server);
    const area = async (kind: string, name: string) =>
      (
        await su.get<ListBody<Rec>>(
          `/api/collections/areas/records?perPage=1&fields=id,parent,point&filter=${encodeURIComponent(`kind = "${kind}" && name = "${name}"`)}`,
        )
      ).body.items[0]!;
    const ekinishi = await area('district', '駅西地区');
    // The fixture's services stand on the points of two demo towns: 本町一丁目 (in 中央地区) and 栄町一丁目.
    const [honcho, sakae] = [await area('town', '本町一丁目'), await area('town', '栄町一丁目')];
    expect([honcho.point, sakae.point]).toEqual([
      { lon: 139.076875, lat: 36.30125 },
      { lon: 139.081875, lat: 36.30375 },
    ]);
    expect(honcho.parent).not.toBe(ekinishi.id);
    expect(await resourcesNamed(server, 'HSDSテスト')).toEqual([]);

    const { page, errors } = await onImportPage(browser, server);
    await page
      .getByLabel(/^HSDS 3\.1 形式のパッケージ/)
      .setInputFiles(resolve(BROWSER_FIXTURES, 'admin-hsds-package.json'));
    await page.getByLabel(/^新しく追加する施設・活動の種類/).selectOption('mutual_aid');
    await dryRun(page);
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    const countsOf = async (name: RegExp) =>
      (await counts.getByRole('row', { name }).locator('td').allTextContents()).map(Number);
    expect(await countsOf(/団体/)).toEqual([1, 0, 0]);
    expect(await countsOf(/施設・活動/)).toEqual([2, 0, 0]);
    expect(await page.getByTestId('report-issues').count()).toBe(0);
    expect(await resourcesNamed(server, 'HSDSテスト')).toEqual([]);
    await expectAxeClean(page);

    await applyAll(page);
    const orgs = (
      await su.get<ListBody<Rec>>(
        `/api/collections/organizations/records?filter=${encodeURIComponent('source = "admin-hsds-package"')}`,
      )
    ).body.items;
    expect(orgs.map((o) => [o.name, o.name_kana, o.source_id])).toEqual([
      [
        'HSDSテスト支えあいの会',
        'えいちえすでぃーえすてすとささえあいのかい',
        '5b0c7e2a-1d4f-4c8e-9a31-6f2d0b7c4e01',
      ],
    ]);
    const created = new Map((await resourcesNamed(server, 'HSDSテスト')).map((r) => [r.name, r]));
    expect([...created.keys()].sort()).toEqual(['HSDSテスト体操教室', 'HSDSテスト茶話会']);
    // Service area 駅西地区 wins over the point (本町一丁目 lies in another district).
    expect(created.get('HSDSテスト茶話会')).toMatchObject({
      kind: 'mutual_aid',
      organization: orgs[0]!.id,
      district: ekinishi.id,
      location: { lon: 139.076875, lat: 36.30125 },
      address: 'さくら野市本町一丁目2-3',
      directions: '本町バス停から歩いて3分',
      public_phone: '0120-000-321',
      website: 'https://example.org/hsds-test-sawakai',
      cost: { note: '1回100円（お茶代）' },
      source: 'admin-hsds-package',
      schedule: {
        rules: [{ type: 'weekly', weekdays: ['mon', 'thu'], start: '10:00', end: '12:00' }],
      },
    });
    expect(String(created.get('HSDSテスト茶話会')!.last_verified_at)).toMatch(/^2026-09-15/);
    // No service area: the district the point lies in.
    expect(created.get('HSDSテスト体操教室')).toMatchObject({
      kind: 'mutual_aid',
      organization: orgs[0]!.id,
      district: sakae.parent,
      schedule: {
        rules: [{ type: 'monthly_nth', weekdays: ['wed'], nth: [2], start: '13:30', end: '15:00' }],
      },
    });

    // Checking the same package again: nothing to change.
    await dryRun(page);
    await page.getByTestId('report-status').filter({ hasText: '変更はありません' }).waitFor();
    expect(await countsOf(/団体/)).toEqual([0, 0, 1]);
    expect(await countsOf(/施設・活動/)).toEqual([0, 0, 2]);
    expect(await applyButton(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a broken HSDS package (services not a list; not JSON) names its file and saves nothing', async () => {
    const su = await signInSuperuser(server);
    const totals = async () =>
      Promise.all(
        ['resources', 'organizations'].map(
          async (c) =>
            (await su.get<ListBody<Rec>>(`/api/collections/${c}/records?perPage=1`)).body
              .totalItems,
        ),
      );
    const before = await totals();
    const { page } = await onImportPage(browser, server);
    const input = page.locator('#file-hsds');
    const issueOf = async (file: string) => {
      const row = page.getByTestId('report-issues').locator('tbody tr').filter({ hasText: file });
      await row.waitFor();
      return row.locator('td').allTextContents();
    };

    await input.setInputFiles(resolve(BROWSER_FIXTURES, 'admin-hsds-broken.json'));
    await dryRun(page);
    const notList = await issueOf('admin-hsds-broken.json');
    expect(notList.slice(0, 4)).toEqual(['エラー', 'admin-hsds-broken.json', '—', 'services']);
    expect(notList[4]).toContain('HSDS のパッケージではありません');
    await expect(page.getByTestId('report-status').textContent()).resolves.toContain(
      '何も保存されていません',
    );
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(input.getAttribute('aria-describedby')).resolves.toBe('hsds-hint error-hsds');
    expect(await applyButton(page).count()).toBe(0);
    await expectAxeClean(page);

    await input.setInputFiles({
      name: 'admin-hsds-cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"services": [{"id": "x", "na'),
    });
    await dryRun(page);
    const notJson = await issueOf('admin-hsds-cut.json');
    expect(notJson.slice(0, 3)).toEqual(['エラー', 'admin-hsds-cut.json', '—']);
    expect(notJson[4]).toContain('JSON として読み取れません');
    expect(await applyButton(page).count()).toBe(0);
    expect(await totals()).toEqual(before);
    await page.context().close();
  });

  it('open data page: anyone downloads a CSV with the public places and no private contact', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/open-data', server.url).href);
    await page.getByTestId('download-csv').waitFor();
    await expectAxeClean(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('ひだまりテスト茶の間');
    const su = await signInSuperuser(server);
    const contacts = (
      await su.get<ListBody<Rec>>('/api/collections/resource_contacts/records?perPage=200')
    ).body.items;
    for (const c of contacts)
      if (String(c.direct_phone ?? '').length >= 4)
        expect(text).not.toContain(String(c.direct_phone));
    const publicCount = (
      await anonymous(server.url).get<ListBody<Rec>>('/api/collections/resources/records?perPage=1')
    ).body.totalItems;
    expect(text.trim().split('\r\n')).toHaveLength(publicCount + 1);

    // The HSDS download gives back what the admin loaded from a package: organization, fee text, service area, 第2水曜日.
    const [hsdsDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-hsds').click(),
    ]);
    expect(hsdsDownload.suggestedFilename()).toBe('sasaeai-hsds.json');
    const hsdsText = readFileSync((await hsdsDownload.path())!, 'utf8');
    const pkg = JSON.parse(hsdsText) as Record<string, Rec[]>;
    expect(pkg.services).toHaveLength(publicCount);
    const service = (name: string) => pkg.services!.find((s) => s.name === name)!;
    const org = pkg.organizations!.find((o) => o.name === 'HSDSテスト支えあいの会')!;
    expect([
      service('HSDSテスト茶話会').organization_id,
      service('HSDSテスト体操教室').organization_id,
    ]).toEqual([org.id, org.id]);
    expect(service('HSDSテスト茶話会').fees_description).toBe('1回100円（お茶代）');
    expect(
      pkg
        .service_areas!.filter((a) => a.service_id === service('HSDSテスト茶話会').id)
        .map((a) => a.name),
    ).toEqual(['駅西地区']);
    expect(
      pkg
        .schedules!.filter((r) => r.service_id === service('HSDSテスト体操教室').id)
        .map((r) => [r.freq, r.byday]),
    ).toEqual([['MONTHLY', '2WE']]);
    for (const c of contacts)
      if (String(c.direct_phone ?? '').length >= 4)
        expect(hsdsText).not.toContain(String(c.direct_phone));
    await context.close();
  });
});
