// @vitest-environment happy-dom
/**
 * The admins' settings page against a fake gateway: the form is filled from the site record
 * and the backup schedule, a deployment without a site record says so, the limits refuse bad
 * values before anything is sent, a PMTiles basemap needs a .pmtiles file (chosen or kept), a
 * save sends every field and reads the site again, and the server's refusal lands on the fields
 * it names with its words.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewayError, type Site } from '$lib/data-access/gateway';
import * as siteSettings from '$lib/data-access/site-settings';
import { DEFAULT_STALENESS } from '$lib/domain/staleness-stage';
import { connectFakeGateway } from '$lib/state/__fixtures__/fake-gateway';
import { siteState } from '$lib/state/site.svelte';
import { SettingsPage } from './settings-page.svelte';

import { load } from '../+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/site-settings', async (original) => ({
  ...(await original<typeof siteSettings>()),
  getBackupSettings: vi.fn(),
  saveBackupSettings: vi.fn(),
  saveSiteSettings: vi.fn(),
}));
const { gateway } = await connectFakeGateway();
const getBackupSettings = vi.mocked(siteSettings.getBackupSettings);
const saveBackupSettings = vi.mocked(siteSettings.saveBackupSettings);
const saveSiteSettings = vi.mocked(siteSettings.saveSiteSettings);

const site: Site = {
  id: 's1',
  cityAreaId: 'c',
  cityName: '高崎市',
  cityNameEn: 'Takasaki',
  cityNameKana: 'たかさきし',
  fictional: false,
  attribution: '',
  walkM: 800,
  walkMPerMin: 60,
  contactOrganization: '高崎市社会福祉協議会',
  contactPhone: '027-000-0000',
  contactEmail: 'info@example.jp',
  basemap: 'gsi',
  basemapPmtilesUrl: '',
  basemapPmtilesName: '',
  staleness: { ...DEFAULT_STALENESS },
  organiserAutoConfirm: false,
};
const backups = { daily: true, hourJst: 3, keep: 7, cron: '0 18 * * *', mailEnabled: false };

async function loaded(): Promise<SettingsPage> {
  const page = new SettingsPage();
  await page.load();
  return page;
}

beforeEach(() => {
  vi.clearAllMocks();
  gateway.getSite.mockResolvedValue(site);
  getBackupSettings.mockResolvedValue(backups);
  saveSiteSettings.mockResolvedValue(undefined as never);
  saveBackupSettings.mockResolvedValue(undefined as never);
});

describe('SettingsPage', () => {
  it('fills the form from the site record and the backup schedule', async () => {
    const page = await loaded();
    expect(page.status).toBe('ready');
    expect(page.form).toMatchObject({
      cityName: '高崎市',
      walkM: 800,
      walkMPerMin: 60,
      contactEmail: 'info@example.jp',
      basemap: 'gsi',
      backupDaily: true,
      backupHourJst: 3,
      backupKeep: 7,
      removePmtiles: false,
    });
    expect(page.customCron).toBe('');
  });

  it('shows a backup schedule that is not a daily one as it is', async () => {
    getBackupSettings.mockResolvedValue({ ...backups, daily: false, cron: '0 */6 * * *' });
    expect((await loaded()).customCron).toBe('0 */6 * * *');
  });

  it("says so when the deployment has no site record, and fails with the site's error", async () => {
    gateway.getSite.mockResolvedValueOnce(null);
    expect((await loaded()).status).toBe('no-site');
    gateway.getSite.mockRejectedValueOnce(new Error('offline'));
    const page = await loaded();
    expect([page.status, page.loadError]).toEqual(['error', 'offline']);
    expect(page.form).toBeNull();
  });

  it('refuses values outside the limits before sending anything', async () => {
    const page = await loaded();
    page.form!.walkM = 50;
    page.form!.backupKeep = 0;
    page.form!.staleness.noticeMonths = 0;
    expect(await page.save()).toBe(false);
    expect(Object.keys(page.errors).sort()).toEqual(['backupKeep', 'walkM']);
    expect(Object.keys(page.stalenessErrors)).not.toEqual([]);
    expect(saveSiteSettings).not.toHaveBeenCalled();
    expect(saveBackupSettings).not.toHaveBeenCalled();
    expect(page.result).toBeNull();
  });

  it('saves the site and the schedule, then reads the site again for every page', async () => {
    const page = await loaded();
    page.form!.walkM = 1000;
    page.form!.backupHourJst = 4;
    gateway.getSite.mockResolvedValue({ ...site, walkM: 1000 });
    expect(await page.save()).toBe(true);
    expect(saveSiteSettings).toHaveBeenCalledWith(
      gateway,
      's1',
      expect.objectContaining({ cityName: '高崎市', walkM: 1000, pmtilesFile: null }),
    );
    expect(saveBackupSettings).toHaveBeenCalledWith(gateway, { daily: true, hourJst: 4, keep: 7 });
    expect(gateway.getSite).toHaveBeenCalledTimes(2);
    expect(siteState.site?.walkM).toBe(1000);
    expect(page.result).toEqual({ ok: true });
    expect(page.saving).toBe(false);
  });

  it('marks the fields the server names and keeps its words', async () => {
    const page = await loaded();
    saveSiteSettings.mockRejectedValueOnce(
      new GatewayError('値が正しくありません', 400, { city_name: 'x', walk_m: 'y', other: 'z' }),
    );
    expect(await page.save()).toBe(false);
    expect(page.errors).toEqual({ cityName: 'server', walkM: 'server' });
    expect(page.result).toEqual({ ok: false, message: '値が正しくありません' });
    expect(saveBackupSettings).not.toHaveBeenCalled();
    expect(page.saving).toBe(false);
  });

  it('sends nothing before the form is loaded', async () => {
    expect(await new SettingsPage().save()).toBe(false);
    expect(saveSiteSettings).not.toHaveBeenCalled();
  });

  it('a PMTiles basemap needs a .pmtiles file, chosen now or kept from before', async () => {
    const page = await loaded();
    page.form!.basemap = 'pmtiles';
    expect(await page.save()).toBe(false);
    expect(page.errors).toEqual({ basemapFile: 'required' });
    page.pmtilesFile = new File(['x'], 'city.png');
    expect(await page.save()).toBe(false);
    expect(page.errors).toEqual({ basemapFile: 'invalid' });
    page.pmtilesFile = null;
    page.storedPmtiles = 'old.pmtiles';
    page.form!.removePmtiles = true;
    expect(await page.save()).toBe(false);
    expect(page.errors).toEqual({ basemapFile: 'required' });
    expect(saveSiteSettings).not.toHaveBeenCalled();
  });

  it('uploads a chosen PMTiles file, then shows the stored one and clears the choice', async () => {
    getBackupSettings.mockResolvedValue({ ...backups, daily: false, cron: '0 */6 * * *' });
    const page = await loaded();
    const file = new File(['x'], 'city.pmtiles');
    page.form!.basemap = 'pmtiles';
    page.form!.backupDaily = true;
    page.form!.organiserAutoConfirm = true;
    page.pmtilesFile = file;
    gateway.getSite.mockResolvedValue({
      ...site,
      basemap: 'pmtiles',
      basemapPmtilesName: 'city_a1b2.pmtiles',
    });
    expect(await page.save()).toBe(true);
    expect(saveSiteSettings).toHaveBeenCalledWith(
      gateway,
      's1',
      expect.objectContaining({
        basemap: 'pmtiles',
        pmtilesFile: file,
        removePmtiles: false,
        staleness: DEFAULT_STALENESS,
        organiserAutoConfirm: true,
      }),
    );
    expect(saveBackupSettings).toHaveBeenCalledWith(gateway, { daily: true, hourJst: 3, keep: 7 });
    expect([page.storedPmtiles, page.pmtilesFile, page.customCron]).toEqual([
      'city_a1b2.pmtiles',
      null,
      '',
    ]);
  });

  it("marks the file and the backups' keep when the server names them", async () => {
    const page = await loaded();
    saveBackupSettings.mockRejectedValueOnce(
      new GatewayError('too many', 400, { keep: 'x', basemap_pmtiles: 'y' }),
    );
    expect(await page.save()).toBe(false);
    expect(page.errors).toEqual({ backupKeep: 'server', basemapFile: 'server' });
    expect(page.result).toEqual({ ok: false, message: 'too many' });
  });
});
