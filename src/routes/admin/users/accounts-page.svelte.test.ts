// @vitest-environment happy-dom
/**
 * The admins' accounts page against a fake gateway: the list with the districts, whether reset
 * links can be mailed, the form's own check before sending, what a create or an edit sends and
 * shows (a one-time password once), the server's refusals on their fields, and the confirmed
 * reset or disable with one notice for each way it ends.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as accounts from '$lib/data-access/accounts';
import type { Account } from '$lib/data-access/accounts';
import { GatewayError } from '$lib/data-access/gateway';
import * as siteSettings from '$lib/data-access/site-settings';
import type { Area } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { AccountsPage } from './accounts-page.svelte';

import { load } from '../+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/accounts', async (original) => ({
  ...(await original<typeof accounts>()),
  listAccounts: vi.fn(),
  createAccount: vi.fn(),
  updateAccount: vi.fn(),
  resetPassword: vi.fn(),
  sendPasswordResetLink: vi.fn(),
  setAccountDisabled: vi.fn(),
}));
vi.mock('$lib/data-access/site-settings', async (original) => ({
  ...(await original<typeof siteSettings>()),
  getBackupSettings: vi.fn(),
}));
const { gateway } = await connectFakeGateway();
const api = vi.mocked(accounts);
const getBackupSettings = vi.mocked(siteSettings.getBackupSettings);

const account = (id: string, extra: Partial<Account> = {}): Account => ({
  id,
  name: `名前${id}`,
  email: `${id}@example.jp`,
  role: 'coordinator',
  districtIds: ['d1'],
  disabled: false,
  mustChangePassword: false,
  ...extra,
});

async function loaded(): Promise<AccountsPage> {
  const page = new AccountsPage();
  await page.load();
  return page;
}

beforeEach(() => {
  vi.clearAllMocks();
  gateway.emitAuth(staffUser('admin', [], 'admin1'));
  api.listAccounts.mockResolvedValue([account('a1'), account('a2')]);
  gateway.listAreas.mockResolvedValue([{ id: 'd1', kind: 'district', name: '北地区' }] as Area[]);
  getBackupSettings.mockResolvedValue({
    daily: true,
    hourJst: 3,
    keep: 7,
    cron: '',
    mailEnabled: true,
  });
});

describe('AccountsPage: loading', () => {
  it('lists the accounts with their districts by name, and knows mail can be sent', async () => {
    const page = await loaded();
    expect(page.status).toBe('ready');
    expect(gateway.listAreas).toHaveBeenCalledWith({ kind: 'district' });
    expect(page.accounts.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(page.districtNames(account('x', { districtIds: ['d1', 'gone'] }))).toEqual([
      '北地区',
      'gone',
    ]);
    expect(page.mailEnabled).toBe(true);
  });

  it('forgets the accounts (names, e-mails, a password just issued) at sign-out', async () => {
    const page = await loaded();
    page.startEdit(page.accounts[0]!);
    page.oneTime = { email: 'a1@example.jp', password: 'one-time-secret' };
    gateway.emitAuth(null);
    await page.load();
    expect(page.status).toBe('ready');
    expect([page.accounts, page.districts, page.oneTime, page.form.email]).toEqual([
      [],
      [],
      null,
      '',
    ]);
    // Nor does anyone but an admin read them.
    gateway.emitAuth(staffUser('coordinator', ['d1'], 'c1'));
    api.listAccounts.mockClear();
    await page.load();
    expect(api.listAccounts).not.toHaveBeenCalled();
    expect(page.accounts).toEqual([]);
  });

  it('offers no mail when the mail setting cannot be read, and keeps a load error', async () => {
    getBackupSettings.mockRejectedValue(new GatewayError('forbidden', 403));
    api.listAccounts.mockRejectedValueOnce(new Error('offline'));
    const page = await loaded();
    expect([page.status, page.loadError, page.mailEnabled]).toEqual(['error', 'offline', false]);
  });
});

describe('AccountsPage: the form', () => {
  it('checks the form before sending: a coordinator needs a district', async () => {
    const page = await loaded();
    page.startCreate();
    page.form = {
      id: '',
      name: '新しい人',
      email: 'new@example.jp',
      role: 'coordinator',
      districtIds: [],
    };
    expect(await page.submit()).toBe(false);
    expect(page.errors).toEqual({ districts: 'districts_required' });
    expect(api.createAccount).not.toHaveBeenCalled();
  });

  it('creates an account, shows its one-time password once and empties the form', async () => {
    const page = await loaded();
    page.form = {
      id: '',
      name: '新しい人',
      email: 'new@example.jp',
      role: 'admin',
      districtIds: [],
    };
    api.createAccount.mockResolvedValueOnce({
      account: account('a3', { name: '新しい人', email: 'new@example.jp', role: 'admin' }),
      password: 'one-time-pw',
    });
    expect(await page.submit()).toBe(true);
    expect(api.createAccount).toHaveBeenCalledWith(gateway, {
      name: '新しい人',
      email: 'new@example.jp',
      role: 'admin',
      districtIds: [],
    });
    expect(page.accounts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(page.oneTime).toEqual({ email: 'new@example.jp', password: 'one-time-pw' });
    expect(page.notice).toEqual({ kind: 'created', name: '新しい人', email: 'new@example.jp' });
    expect(page.form.name).toBe('');
    expect(page.saving).toBe(false);
  });

  it('edits an account in place, with the districts the form chose', async () => {
    const page = await loaded();
    page.startEdit(page.accounts[1]!);
    expect(page.form.districtIds).toEqual(['d1']);
    // The districts group binds the form's array (CheckboxGroup's bind:group).
    page.form.districtIds = ['d2'];
    api.updateAccount.mockResolvedValueOnce(account('a2', { districtIds: ['d2'] }));
    expect(await page.submit()).toBe(true);
    expect(api.updateAccount).toHaveBeenCalledWith(
      gateway,
      'a2',
      expect.objectContaining({ role: 'coordinator', districtIds: ['d2'] }),
    );
    expect(page.accounts[1]!.districtIds).toEqual(['d2']);
    expect(page.notice?.kind).toBe('saved');
    expect(page.oneTime).toBeNull();
  });

  it("puts the server's refusal on the e-mail field, or word for word above the form", async () => {
    const page = await loaded();
    page.form = { id: '', name: '人', email: 'a1@example.jp', role: 'admin', districtIds: [] };
    api.createAccount.mockRejectedValueOnce(new GatewayError('bad', 400, { email: 'taken' }));
    expect(await page.submit()).toBe(false);
    expect([page.errors, page.formError]).toEqual([{ email: 'taken' }, '']);
    api.createAccount.mockRejectedValueOnce(new GatewayError('サーバーが止まっています', 503));
    expect(await page.submit()).toBe(false);
    expect(page.formError).toBe('サーバーが止まっています');
    expect(page.form.email).toBe('a1@example.jp');
    page.startCreate();
    expect([page.formError, page.form.email]).toEqual(['', '']);
  });

  it('names the districts when the server refuses a coordinator without one, and clears it on edit', async () => {
    const page = await loaded();
    page.startEdit(page.accounts[0]!);
    api.updateAccount.mockRejectedValueOnce(new GatewayError('bad', 400, { districts: 'x' }));
    expect(await page.submit()).toBe(false);
    expect([page.errors, page.formError]).toEqual([{ districts: 'districts_required' }, '']);
    page.startEdit(page.accounts[1]!);
    expect([page.errors, page.form.id]).toEqual([{}, 'a2']);
  });
});

describe('AccountsPage: reset, disable, enable, reset link', () => {
  it('does nothing until confirmed, and nothing after cancel', async () => {
    const page = await loaded();
    page.ask('reset', page.accounts[0]!);
    expect(page.pending?.kind).toBe('reset');
    page.cancel();
    await page.confirm();
    expect(api.resetPassword).not.toHaveBeenCalled();
  });

  it('a confirmed reset shows the new one-time password and marks the account', async () => {
    const page = await loaded();
    api.resetPassword.mockResolvedValueOnce('fresh-pw');
    page.ask('reset', page.accounts[0]!);
    await page.confirm();
    expect(api.resetPassword).toHaveBeenCalledWith(gateway, 'a1');
    expect(page.oneTime).toEqual({ email: 'a1@example.jp', password: 'fresh-pw' });
    expect(page.accounts[0]!.mustChangePassword).toBe(true);
    expect(page.pending).toBeNull();
  });

  it('a confirmed disable replaces the account; each failure is its own notice', async () => {
    const page = await loaded();
    api.setAccountDisabled.mockResolvedValueOnce(account('a2', { disabled: true }));
    page.ask('disable', page.accounts[1]!);
    await page.confirm();
    expect(api.setAccountDisabled).toHaveBeenCalledWith(gateway, 'a2', true);
    expect(page.accounts[1]!.disabled).toBe(true);
    expect(page.notice?.kind).toBe('disabled');

    api.setAccountDisabled.mockRejectedValueOnce(new Error('offline'));
    page.ask('disable', page.accounts[0]!);
    await page.confirm();
    expect(page.notice).toMatchObject({ kind: 'saveFailed', name: '名前a1', message: 'offline' });

    api.resetPassword.mockRejectedValueOnce(new Error('offline'));
    page.ask('reset', page.accounts[0]!);
    await page.confirm();
    expect(page.notice).toMatchObject({ kind: 'resetFailed', message: 'offline' });
    expect(page.oneTime).toBeNull();
  });

  it('enables an account again and mails a reset link, saying which failed', async () => {
    const page = await loaded();
    api.setAccountDisabled.mockResolvedValueOnce(account('a1'));
    await page.enable(account('a1', { disabled: true }));
    expect(api.setAccountDisabled).toHaveBeenCalledWith(gateway, 'a1', false);
    expect(page.notice?.kind).toBe('enabled');
    await page.sendLink(page.accounts[1]!);
    expect(api.sendPasswordResetLink).toHaveBeenCalledWith(gateway, 'a2@example.jp');
    expect(page.notice?.kind).toBe('resetLinkSent');
    api.sendPasswordResetLink.mockRejectedValueOnce(new Error('no SMTP'));
    await page.sendLink(page.accounts[1]!);
    expect(page.notice).toMatchObject({ kind: 'resetFailed', message: 'no SMTP' });
    api.setAccountDisabled.mockRejectedValueOnce(new Error('offline'));
    await page.enable(page.accounts[0]!);
    expect(page.notice).toMatchObject({ kind: 'saveFailed', name: '名前a1', message: 'offline' });
  });

  it('shows a one-time password only until the next action', async () => {
    const page = await loaded();
    const showReset = async () => {
      api.resetPassword.mockResolvedValueOnce('fresh-pw');
      page.ask('reset', page.accounts[0]!);
      await page.confirm();
      expect(page.oneTime?.password).toBe('fresh-pw');
    };
    await showReset();
    await page.sendLink(page.accounts[1]!);
    expect(page.oneTime).toBeNull();
    await showReset();
    api.setAccountDisabled.mockResolvedValueOnce(account('a2'));
    await page.enable(page.accounts[1]!);
    expect(page.oneTime).toBeNull();
    await showReset();
    api.setAccountDisabled.mockResolvedValueOnce(account('a2', { disabled: true }));
    page.ask('disable', page.accounts[1]!);
    await page.confirm();
    expect(page.oneTime).toBeNull();
    await showReset();
    page.startEdit(page.accounts[1]!);
    api.updateAccount.mockResolvedValueOnce(account('a2'));
    await page.submit();
    expect(page.oneTime).toBeNull();
  });
});
