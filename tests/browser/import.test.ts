/**
 * The admin import page in a real browser against a real PocketBase with the demo city:
 * a coordinator is refused; the admin uploads a small standard places CSV, sees the dry-run
 * report (2 new places, one placed on its town's point), applies, and the new places are on
 * the server; a broken CSV shows the row-level error tied to its input and changes nothing; a CSV
 * with other headings is read once its columns are picked from its header on the page; a column
 * switched off ("使わない") is not imported and the report says so; a population table by mesh
 * code is checked (counts, sums, skipped label row), applied into population_cells, and a broken
 * mesh code names its row and saves nothing. An Open Referral HSDS 3.1 package (1 organization,
 * 2 services: weekly and 第2水曜日 schedules, a fee text, one service area) is checked, applied
 * (organization link, schedule rules, district from the service area else the point) and checked
 * again with nothing to change; a broken package names its file and saves nothing.
 * The open-data page downloads a CSV with the new public place and no private contact, and an HSDS
 * package that gives back the loaded package's organization, fee text, service area and schedule.
 * axe on every state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { anonymous, signIn, type ListBody } from '../integration/api';
import { collectErrors, newContext, signInThroughForm, expectAxeClean } from './browser';
import { withServerAndBrowser } from './server-and-browser';

const PASSWORD = 'sasaeai-demo';
const FIXTURES = resolve(__dirname, '../fixtures/import');
const OWN_FIXTURES = resolve(__dirname, '__fixtures__');
type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

async function signedIn(email: string): Promise<{ page: Page; errors: string[] }> {
  const { context } = await newContext(browser, server.url);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await signInThroughForm(page, server.url, email, PASSWORD, '/admin/import');
  return { page, errors };
}

async function resourcesNamed(prefix: string): Promise<Rec[]> {
  const su = await signIn(
    server.url,
    server.superuser.email,
    server.superuser.password,
    '_superusers',
  );
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/resources/records?perPage=50&filter=${encodeURIComponent(`name ~ "${prefix}"`)}`,
  );
  return res.body.items;
}

describe('admin import page', () => {
  it('refuses anyone but an admin', async () => {
    const { page } = await signedIn('coordinator@example.com');
    await expect(page.getByTestId('refusal').textContent()).resolves.toContain('管理者だけ');
    expect(await page.locator('#file-places').count()).toBe(0);
    await expectAxeClean(page);
    await page.context().close();
  });

  it('admin: upload places CSV → dry-run report → apply → the places exist', async () => {
    const { page, errors } = await signedIn('admin@example.com');
    await expectAxeClean(page);
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places.csv'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    const row = counts.getByRole('row', { name: /施設・活動/ });
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([2, 0, 0]);
    await expect(page.getByText('町の代表点に置いた施設：1 件').isVisible()).resolves.toBe(true);
    expect(await resourcesNamed('テスト')).toEqual([]);
    await expectAxeClean(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    // The summary names what was saved in words, not the server's collection keys.
    expect(await page.getByText(/保存しました/).textContent()).toContain('施設・活動（追加）2');
    const created = await resourcesNamed('テスト');
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
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    await page.getByTestId('report-status').filter({ hasText: '変更はありません' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a broken CSV shows the row-level error on its input and changes nothing', async () => {
    const before = await resourcesNamed('居場所');
    const { page } = await signedIn('admin@example.com');
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places-broken.csv'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const issues = page.getByTestId('report-issues');
    await issues.waitFor();
    const cells = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['エラー', 'admin-places-broken.csv', '3', '緯度']);
    expect(cells[4]).toContain('緯度「北緯36度」が数字ではありません');
    await expect(page.locator('#file-places').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#file-places').getAttribute('aria-describedby')).resolves.toBe(
      'error-places',
    );
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
    await expectAxeClean(page);
    expect(await resourcesNamed('居場所')).toEqual(before);
    expect(before.some((r) => r.name === '正しい行の居場所')).toBe(false);
    await page.context().close();
  });

  it('admin: picks the columns of a CSV in another layout from its header → dry-run counts it → apply → the place exists', async () => {
    const { page, errors } = await signedIn('admin@example.com');
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places-custom.csv'));
    await page.getByLabel('ファイルの形式').selectOption({ label: 'その他（列名を指定）' });
    // The selects offer the file's own headings; no standard name matches, so the name is not chosen yet.
    const nameSelect = page.getByLabel(/^名前の列/);
    await nameSelect.waitFor();
    expect(await nameSelect.locator('option').allTextContents()).toEqual([
      '（列を選んでください）',
      '番号',
      '施設名',
      'ふりがな',
      '所在地',
      'Y',
      'X',
      'TEL',
      '曜日',
      '開始',
      '終了',
    ]);
    expect(
      await page
        .getByLabel(/^電話番号の列/)
        .locator('option')
        .first()
        .textContent(),
    ).toBe('使わない');
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    await expect(page.getByTestId('form-error').textContent()).resolves.toContain(
      '「名前の列」を選んでください',
    );
    await expect(nameSelect.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.getByTestId('report-counts').count()).toBe(0);
    await expectAxeClean(page);

    const mapping: Array<[RegExp, string]> = [
      [/^ID の列/, '番号'],
      [/^名前の列/, '施設名'],
      [/^よみがなの列/, 'ふりがな'],
      [/^住所の列/, '所在地'],
      [/^緯度の列/, 'Y'],
      [/^経度の列/, 'X'],
      [/^電話番号の列/, 'TEL'],
      [/^曜日の列/, '曜日'],
      [/^開始時間の列/, '開始'],
      [/^終了時間の列/, '終了'],
    ];
    for (const [label, column] of mapping) await page.getByLabel(label).selectOption(column);
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const row = page.getByTestId('report-counts').getByRole('row', { name: /施設・活動/ });
    await row.waitFor();
    expect(await page.getByTestId('form-error').count()).toBe(0);
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([1, 0, 0]);
    expect(await resourcesNamed('マッピングテスト')).toEqual([]);
    await expectAxeClean(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    await expectAxeClean(page);
    const [created] = await resourcesNamed('マッピングテスト');
    expect(created).toMatchObject({
      name: 'マッピングテスト食堂',
      name_kana: 'まっぴんぐてすとしょくどう',
      address: 'さくら野市本町一丁目4-5',
      public_phone: '0120-000-777',
      location: { lon: 139.0771, lat: 36.3014 },
    });
    expect((created!.schedule as { rules: unknown[] }).rules[0]).toMatchObject({
      weekdays: ['tue'],
      start: '11:00',
      end: '14:00',
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a standard column switched off (使わない) by keyboard is not imported, and the report says so (Shift_JIS file)', async () => {
    const { page, errors } = await signedIn('admin@example.com');
    // Shift_JIS, as many city open-data CSVs are: the headings are decoded in the browser as the import does.
    await page
      .locator('#file-places')
      .setInputFiles(resolve(OWN_FIXTURES, 'admin-places-phone-off-sjis.csv'));
    const phone = page.getByLabel(/^電話番号の列/);
    await phone.waitFor();
    // Standard names in the header are chosen already; a field the file lacks starts as 使わない.
    await expect(phone.inputValue()).resolves.toBe('電話番号');
    await expect(page.getByLabel(/^URL の列/).inputValue()).resolves.toBe('');
    await expect(page.getByLabel(/^名前の列/).inputValue()).resolves.toBe('名称');
    // The name cannot be switched off: its select has no 使わない. Latitude can be, because the
    // demo city's towns are loaded: a place without coordinates takes its town's point.
    expect(
      await page
        .getByLabel(/^名前の列/)
        .locator('option', { hasText: '使わない' })
        .count(),
    ).toBe(0);
    await page
      .getByLabel(/^緯度の列/)
      .locator('option', { hasText: '使わない' })
      .waitFor({ state: 'attached' });
    // This 電話番号 column holds a contact person's mobile: switch it off with the keyboard.
    await phone.focus();
    await page.keyboard.press('Home');
    await expect(phone.inputValue()).resolves.toBe('');
    await expect(phone.locator('option:checked').textContent()).resolves.toBe('使わない');

    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const columns = page.getByTestId('report-columns');
    await columns.waitFor();
    expect(
      await columns
        .getByRole('row', { name: /^電話番号の列/ })
        .locator('td')
        .textContent(),
    ).toBe('使わない');
    expect(
      await columns
        .getByRole('row', { name: /^備考の列/ })
        .locator('td')
        .textContent(),
    ).toBe('備考');
    const warning = page
      .getByTestId('report-issues')
      .locator('tbody tr')
      .filter({ hasText: '電話番号' });
    const cells = await warning.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['注意', 'admin-places-phone-off-sjis.csv', '—', '電話番号']);
    expect(cells[4]).toContain('列「電話番号」は読み込みません');
    const row = page.getByTestId('report-counts').getByRole('row', { name: /施設・活動/ });
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([1, 0, 0]);
    await expectAxeClean(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    const [created] = await resourcesNamed('列なしテスト');
    expect(created).toMatchObject({
      name: '列なしテスト会館',
      public_phone: '',
      description: '予約不要',
      address: 'さくら野市本町一丁目7',
    });
    expect(JSON.stringify(created)).not.toContain('090-0000-1234');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: population by mesh code → dry run (counts, sum, skipped label row) → apply → the cells exist; a bad mesh code names its row and saves nothing', async () => {
    const su = await signIn(
      server.url,
      server.superuser.email,
      server.superuser.password,
      '_superusers',
    );
    const cells = async (source: string) =>
      (
        await su.get<ListBody<Rec>>(
          `/api/collections/population_cells/records?perPage=50&sort=mesh_code&filter=${encodeURIComponent(`source = "${source}"`)}`,
        )
      ).body.items;
    const totalCells = async () =>
      (await su.get<ListBody<Rec>>('/api/collections/population_cells/records?perPage=1')).body
        .totalItems;
    const totalBefore = await totalCells();
    expect(await cells('admin-mesh-500m')).toEqual([]);

    const { page, errors } = await signedIn('admin@example.com');
    await page
      .locator('#file-population')
      .setInputFiles(resolve(OWN_FIXTURES, 'admin-mesh-500m.csv'));
    await page.getByLabel('地域メッシュごと（メッシュコード）').check();
    await page.getByLabel('調査年（例：2020）').fill('2020');
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    expect(
      (
        await counts
          .getByRole('row', { name: /人口メッシュ/ })
          .locator('td')
          .allTextContents()
      ).map(Number),
    ).toEqual([3, 0, 0]);
    const sum = await page
      .getByTestId('report-population')
      .getByRole('row', { name: /人口メッシュ/ })
      .locator('td')
      .textContent();
    expect(Number(sum!.replace(/,/g, ''))).toBe(812 + 655 + 430);
    // e-Stat's second header line of labels is skipped with a warning naming its row.
    const skipped = await page
      .getByTestId('report-issues')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(skipped.slice(0, 4)).toEqual(['注意', 'admin-mesh-500m.csv', '2', 'KEY_CODE']);
    expect(await cells('admin-mesh-500m')).toEqual([]);
    await expectAxeClean(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    const saved = await cells('admin-mesh-500m');
    expect(
      saved.map((c) => [c.mesh_code, c.mesh_m, c.population, c.population_65, c.year]),
    ).toEqual([
      ['543930661', 500, 812, 240, 2020],
      ['543930662', 500, 655, 201, 2020],
      ['543930663', 500, 430, 0, 2020],
    ]);
    expect(await totalCells()).toBe(totalBefore + 3);

    // A broken mesh table: the bad code's row is named, nothing can be applied, nothing is saved.
    await page
      .locator('#file-population')
      .setInputFiles(resolve(OWN_FIXTURES, 'admin-mesh-broken.csv'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const issues = page.getByTestId('report-issues');
    await issues.waitFor();
    const bad = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(bad.slice(0, 4)).toEqual(['エラー', 'admin-mesh-broken.csv', '3', 'KEY_CODE']);
    expect(bad[4]).toContain('「543930665」は 500m メッシュのコードとして正しくありません');
    await expect(page.getByTestId('report-status').textContent()).resolves.toContain(
      '何も保存されていません',
    );
    await expect(page.locator('#file-population').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
    await expectAxeClean(page);
    expect(await cells('admin-mesh-broken')).toEqual([]);
    expect(await totalCells()).toBe(totalBefore + 3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: an HSDS package → dry run (1 organization, 2 services) → apply → linked, scheduled, in their districts; checking again changes nothing', async () => {
    const su = await signIn(
      server.url,
      server.superuser.email,
      server.superuser.password,
      '_superusers',
    );
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
    expect(await resourcesNamed('HSDSテスト')).toEqual([]);

    const { page, errors } = await signedIn('admin@example.com');
    await page
      .getByLabel(/^HSDS 3\.1 形式のパッケージ/)
      .setInputFiles(resolve(OWN_FIXTURES, 'admin-hsds-package.json'));
    await page.getByLabel(/^新しく追加する施設・活動の種類/).selectOption('mutual_aid');
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    const countsOf = async (name: RegExp) =>
      (await counts.getByRole('row', { name }).locator('td').allTextContents()).map(Number);
    expect(await countsOf(/団体/)).toEqual([1, 0, 0]);
    expect(await countsOf(/施設・活動/)).toEqual([2, 0, 0]);
    expect(await page.getByTestId('report-issues').count()).toBe(0);
    expect(await resourcesNamed('HSDSテスト')).toEqual([]);
    await expectAxeClean(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
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
    const created = new Map((await resourcesNamed('HSDSテスト')).map((r) => [r.name, r]));
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
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    await page.getByTestId('report-status').filter({ hasText: '変更はありません' }).waitFor();
    expect(await countsOf(/団体/)).toEqual([0, 0, 1]);
    expect(await countsOf(/施設・活動/)).toEqual([0, 0, 2]);
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a broken HSDS package (services not a list; not JSON) names its file and saves nothing', async () => {
    const su = await signIn(
      server.url,
      server.superuser.email,
      server.superuser.password,
      '_superusers',
    );
    const totals = async () =>
      Promise.all(
        ['resources', 'organizations'].map(
          async (c) =>
            (await su.get<ListBody<Rec>>(`/api/collections/${c}/records?perPage=1`)).body
              .totalItems,
        ),
      );
    const before = await totals();
    const { page } = await signedIn('admin@example.com');
    const input = page.locator('#file-hsds');
    const issueOf = async (file: string) => {
      const row = page.getByTestId('report-issues').locator('tbody tr').filter({ hasText: file });
      await row.waitFor();
      return row.locator('td').allTextContents();
    };

    await input.setInputFiles(resolve(OWN_FIXTURES, 'admin-hsds-broken.json'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const notList = await issueOf('admin-hsds-broken.json');
    expect(notList.slice(0, 4)).toEqual(['エラー', 'admin-hsds-broken.json', '—', 'services']);
    expect(notList[4]).toContain('HSDS のパッケージではありません');
    await expect(page.getByTestId('report-status').textContent()).resolves.toContain(
      '何も保存されていません',
    );
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(input.getAttribute('aria-describedby')).resolves.toBe('hsds-hint error-hsds');
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
    await expectAxeClean(page);

    await input.setInputFiles({
      name: 'admin-hsds-cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"services": [{"id": "x", "na'),
    });
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const notJson = await issueOf('admin-hsds-cut.json');
    expect(notJson.slice(0, 3)).toEqual(['エラー', 'admin-hsds-cut.json', '—']);
    expect(notJson[4]).toContain('JSON として読み取れません');
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
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
    const su = await signIn(
      server.url,
      server.superuser.email,
      server.superuser.password,
      '_superusers',
    );
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
