/**
 * Needs without personal data in a real browser (issue #19 items 1–2), against a real
 * PocketBase with the demo city, on a 390 px phone: a care manager's directory search for a
 * district and a service type that finds nothing offers 「見つからなかった」; one tap records a
 * need with source care_manager, the district, the type, the weekday filtered on and today,
 * nothing about the person, announces it in a focused status line and cannot be tapped again
 * for the same search. Anonymous visitors never see it. A coordinator's needs page refuses a
 * note with a (full-width) phone number on the field, then records a clean need. axe-core
 * finds no violations and no target is under 44 × 44 px on either page.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gateway } from '../../src/lib/data-access/gateway';
import { listNeeds } from '../../src/lib/data-access/needs';
import { tokyoIsoDate } from '../../src/lib/domain/iso-date';
import type { TestServer } from '../helpers/server';
import { gatewayAs, superuserGateway } from '../integration/api';
import { openPage, PHONE, expectAxeClean, signedInPage, type OpenedPage } from './browser';
import { smallTargets } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let su: Gateway;
/** A district and a service type no record of the district offers. */
let districtId: string;
let typeId: string;
/** A district and a service type some record offers, in a district coordinator@ does not hold. */
let offeredPair: readonly [string, string];

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  su = await superuserGateway(server);
  const [districts, types, resources] = await Promise.all([
    su.listAreas({ kind: 'district' }),
    su.listServiceTypes(),
    su.listResources(),
  ]);
  const offered = new Set(
    resources.flatMap((r) =>
      [r.districtId, ...r.serviceDistrictIds].flatMap((d) =>
        r.serviceTypeIds.map((t) => `${d}|${t}`),
      ),
    ),
  );
  const pair = districts
    .flatMap((d) => types.map((t) => [d.id, t.id] as const))
    .find(([d, t]) => !offered.has(`${d}|${t}`));
  expect(pair).toBeTruthy();
  [districtId, typeId] = pair!;
  const coordinator = await gatewayAs(server.url, 'coordinator@example.com');
  const other = resources.find(
    (r) =>
      r.status === 'active' &&
      r.serviceTypeIds.length > 0 &&
      !coordinator.user!.districtIds.includes(r.districtId),
  )!;
  offeredPair = [other.districtId, other.serviceTypeIds[0]!];
}, 120_000);

/** A phone's page on `path`, signed in as the demo account `email` when one is given. */
function phonePage(email?: string, path = '/'): Promise<OpenedPage> {
  const phone = { viewport: PHONE, touch: true };
  return email
    ? signedInPage(browser, server.url, email, path, phone)
    : openPage(browser, server.url, path, phone);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

describe("the care manager's 「見つからなかった」", () => {
  const search = () => `/directory?district=${districtId}&serviceType=${typeId}&weekday=tue`;

  it('records an unmet search with nothing about the person, once', async () => {
    const { page, errors } = await phonePage('caremanager@example.com', search());
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^\s*0件/ })
      .waitFor();
    const button = page.getByTestId('unmet-need');
    await expect(button.textContent()).resolves.toContain('見つからなかった');
    await expectAxeClean(page);
    expect(await smallTargets(page)).toEqual([]);

    await button.click();
    const status = page.getByTestId('status-message');
    await status.filter({ hasText: '記録しました' }).waitFor();
    expect(await focusedTestId(page)).toBe('status-message');
    expect(await button.isDisabled()).toBe(true);

    const cmId = await page.evaluate(
      () => JSON.parse(localStorage.getItem('pocketbase_auth') ?? '{}').record?.id as string,
    );
    const recorded = (await listNeeds(su, { districtId })).filter(
      (n) => n.serviceTypeId === typeId && n.source === 'care_manager',
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      districtId,
      serviceTypeId: typeId,
      source: 'care_manager',
      count: null,
      countUnit: '',
      note: '',
      weekdays: ['tue'],
      observedOn: tokyoIsoDate(new Date()),
      createdBy: cmId,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers 「ここに合うものがない」 under results, to care managers but not to a coordinator of another district', async () => {
    const path = `/directory?district=${offeredPair[0]}&serviceType=${offeredPair[1]}`;
    const { page } = await phonePage('caremanager@example.com', path);
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^\s*[1-9]\d*件/ })
      .waitFor();
    await expect(page.getByTestId('unmet-need').textContent()).resolves.toContain(
      'ここに合うものがない',
    );
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
    const coordinator = await phonePage('coordinator@example.com', path);
    await coordinator.page
      .getByTestId('result-count')
      .filter({ hasText: /^\s*[1-9]\d*件/ })
      .waitFor();
    expect(await coordinator.page.getByTestId('unmet-need').count()).toBe(0);
    await coordinator.page.context().close();
  });

  it('is never shown to an anonymous visitor', async () => {
    const { page } = await phonePage(undefined, search());
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^\s*0件/ })
      .waitFor();
    expect(await page.getByTestId('unmet-need').count()).toBe(0);
    await page.context().close();
  });
});

describe("the coordinator's needs page", () => {
  it('refuses a phone number in the note on the field, then records a clean need', async () => {
    const { page, errors } = await phonePage('coordinator@example.com', '/manage/needs');
    await page.locator('#need-district').waitFor();
    await expectAxeClean(page);
    expect(await smallTargets(page)).toEqual([]);
    const district = await page.locator('#need-district option').nth(1).getAttribute('value');
    await page.locator('#need-district').selectOption(district!);
    // The demo city has needs of its own; this test compares against what was there before.
    const before = await listNeeds(su, { districtId: district! });
    const beforeIds = new Set(before.map((n) => n.id));
    await page.locator('#need-type').selectOption({ index: 1 });
    await page.locator('#need-count').fill('12');
    await page.locator('#need-count').dispatchEvent('change');
    await page.locator('#need-unit').selectOption('households');
    await page.locator('#need-note').fill('民生委員さん（０９０－１２３４－５６７８）より');
    await page.getByRole('button', { name: '記録する', exact: true }).click();
    await page.locator('#need-note-error').filter({ hasText: '電話番号' }).waitFor();
    expect(await page.locator('#need-note').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedTestId(page)).toBe('status-message');
    expect(await listNeeds(su, { districtId: district! })).toEqual(before);
    await expectAxeClean(page);

    await page.locator('#need-note').fill('買い物に困っている世帯が多い（アンケートより）');
    await page.getByRole('button', { name: '記録する', exact: true }).click();
    await page.getByTestId('status-message').filter({ hasText: 'ニーズを記録しました' }).waitFor();
    expect(await focusedTestId(page)).toBe('status-message');
    const saved = (await listNeeds(su, { districtId: district! })).filter(
      (n) => !beforeIds.has(n.id),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ count: 12, countUnit: 'households', source: 'survey' });
    await page.getByTestId(`need-${saved[0]!.id}`).filter({ hasText: '12世帯' }).waitFor();
    expect(await page.locator('#need-note-error').count()).toBe(0);
    await expectAxeClean(page);
    expect(await smallTargets(page)).toEqual([]);
    // each need leads to the helpers who could take it on (the helpers page's matching query)
    const helpersHref = await page
      .getByTestId(`need-${saved[0]!.id}`)
      .getByTestId('need-helpers-link')
      .getAttribute('href');
    expect(helpersHref).toBe(
      `/manage/helpers?district=${district}&type=${saved[0]!.serviceTypeId}`,
    );

    // edit: the form takes the need, focus on its heading; the count becomes 「未集計」
    await page.getByTestId(`need-${saved[0]!.id}`).getByRole('button', { name: /編集/ }).click();
    await page.locator('#need-form-heading').filter({ hasText: '編集' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-form-heading');
    await page.locator('#need-count').fill('');
    await page.locator('#need-count').dispatchEvent('change');
    await page.locator('#need-unit').selectOption('');
    await page.getByRole('button', { name: '変更を保存', exact: true }).click();
    await page.getByTestId('status-message').filter({ hasText: '更新しました' }).waitFor();
    await page.getByTestId(`need-${saved[0]!.id}`).filter({ hasText: '未集計' }).waitFor();
    const edited = (await listNeeds(su, { districtId: district! })).find(
      (n) => n.id === saved[0]!.id,
    );
    expect(edited).toMatchObject({ count: null, countUnit: '' });

    await page.getByTestId(`need-${saved[0]!.id}`).getByRole('button', { name: /削除/ }).click();
    await page.getByTestId('status-message').filter({ hasText: '削除しました' }).waitFor();
    expect(await focusedTestId(page)).toBe('status-message');
    expect(await listNeeds(su, { districtId: district! })).toEqual(before);
    await page.goto(new URL(helpersHref!, page.url()).href);
    await page.locator('#match-district').waitFor();
    expect(await page.locator('#match-district').inputValue()).toBe(district);
    expect(await page.locator('#match-type').inputValue()).toBe(saved[0]!.serviceTypeId);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
