/**
 * State of the admins' accounts page (/admin/users): the accounts, the city's districts, the
 * create/edit form, the one-time password just issued (shown once, never stored), and the
 * confirmation step before a reset or a disable. All writes go through the gateway's
 * accounts module, so the server's rules and change log apply.
 */
import {
  createAccount,
  listAccounts,
  resetPassword,
  sendPasswordResetLink,
  setAccountDisabled,
  updateAccount,
  type Account,
} from '$lib/data-access/accounts';
import { validateAccount, type AccountErrors } from '$lib/domain/validate-account';
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError } from '$lib/data-access/gateway';
import { getBackupSettings } from '$lib/data-access/site-settings';
import type { Area, UserRole } from '$lib/domain/types';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';
import { errorMessage } from '$lib/domain/error-message';

export interface AccountForm {
  /** '' while creating a new account. */
  id: string;
  name: string;
  email: string;
  role: UserRole | '';
  districtIds: string[];
}

/** What the status line says after an action (message key and the account it is about). */
export interface AccountNotice {
  kind:
    'created' | 'saved' | 'disabled' | 'enabled' | 'resetLinkSent' | 'saveFailed' | 'resetFailed';
  name: string;
  email: string;
  message?: string;
}

const EMPTY_FORM: AccountForm = { id: '', name: '', email: '', role: '', districtIds: [] };

export class AccountsPage {
  accounts = $state.raw<Account[]>([]);
  districts = $state.raw<Area[]>([]);
  /** Whether PocketBase can send e-mail (reset links); false when unknown. */
  mailEnabled = $state(false);

  form = $state<AccountForm>({ ...EMPTY_FORM });
  errors = $state<AccountErrors>({});
  /** The server's refusal of the form, word for word ('' when none). */
  formError = $state('');
  saving = $state(false);

  /** The one-time password just issued: shown once, cleared when closed or on the next action. */
  oneTime = $state<{ email: string; password: string } | null>(null);
  /** The action waiting for the admin's confirmation. */
  pending = $state<{ kind: 'reset' | 'disable'; account: Account } | null>(null);
  notice = $state<AccountNotice | null>(null);

  readonly loader = new Loader({
    // The mail setting with the list, at once: not one more round trip after it, and an
    // older load's answer is never applied over a newer one's.
    fetch: async (): Promise<[Account[], Area[], boolean] | null> =>
      session.role === 'admin'
        ? Promise.all([
            listAccounts(gateway),
            gateway.listAreas({ kind: 'district' }),
            // Mail is optional: without the answer, only one-time passwords are offered.
            getBackupSettings(gateway).then(
              (b) => b.mailEnabled,
              () => false,
            ),
          ])
        : null,
    apply: (loaded) => {
      if (!loaded) {
        // Signed out (or no longer an admin): nobody's name, e-mail or new password stays in
        // memory on a shared computer, behind the next person's view of the page.
        this.accounts = [];
        this.districts = [];
        this.form = { ...EMPTY_FORM };
        this.oneTime = null;
        this.pending = null;
        this.notice = null;
        this.mailEnabled = false;
        return;
      }
      [this.accounts, this.districts, this.mailEnabled] = loaded;
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  get loadError(): string {
    return this.loader.error;
  }

  /** Loads the list (admins); for anyone else, or after a sign-out, empties the page. */
  load(): Promise<void> {
    return this.loader.load();
  }

  districtNames(a: Account): string[] {
    return a.districtIds.map((id) => this.districts.find((d) => d.id === id)?.name ?? id);
  }

  startCreate(): void {
    this.form = { ...EMPTY_FORM };
    this.errors = {};
    this.formError = '';
  }

  startEdit(a: Account): void {
    this.form = {
      id: a.id,
      name: a.name,
      email: a.email,
      role: a.role,
      districtIds: [...a.districtIds],
    };
    this.errors = {};
    this.formError = '';
  }

  /** Saves the form. @returns true when saved (the notice then says so). */
  async submit(): Promise<boolean> {
    this.formError = '';
    this.oneTime = null;
    const f = this.form;
    const input = {
      name: f.name,
      email: f.email,
      role: f.role as UserRole,
      districtIds: f.districtIds,
    };
    this.errors = validateAccount(input, { isNew: !f.id });
    if (Object.keys(this.errors).length > 0) return false;
    this.saving = true;
    try {
      if (f.id) {
        const saved = await updateAccount(gateway, f.id, input);
        this.#replace(saved);
        this.notice = { kind: 'saved', name: saved.name, email: saved.email };
      } else {
        const { account, password } = await createAccount(gateway, input);
        this.accounts = [...this.accounts, account];
        this.oneTime = { email: account.email, password };
        this.notice = { kind: 'created', name: account.name, email: account.email };
      }
      this.form = { ...EMPTY_FORM };
      return true;
    } catch (err) {
      if (err instanceof GatewayError && err.fieldErrors.email) this.errors = { email: 'taken' };
      else if (err instanceof GatewayError && err.fieldErrors.districts)
        this.errors = { districts: 'districts_required' };
      else this.formError = errorMessage(err);
      return false;
    } finally {
      this.saving = false;
    }
  }

  ask(kind: 'reset' | 'disable', account: Account): void {
    this.pending = { kind, account };
  }

  cancel(): void {
    this.pending = null;
  }

  /** Carries out the confirmed reset or disable. */
  async confirm(): Promise<void> {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.oneTime = null;
    const { account } = p;
    try {
      if (p.kind === 'reset') {
        const password = await resetPassword(gateway, account.id);
        this.#replace({ ...account, mustChangePassword: true });
        this.oneTime = { email: account.email, password };
        this.notice = null;
      } else {
        this.#replace(await setAccountDisabled(gateway, account.id, true));
        this.notice = { kind: 'disabled', name: account.name, email: account.email };
      }
    } catch (err) {
      this.notice = {
        kind: p.kind === 'reset' ? 'resetFailed' : 'saveFailed',
        name: account.name,
        email: account.email,
        message: errorMessage(err),
      };
    }
  }

  async enable(account: Account): Promise<void> {
    this.oneTime = null;
    try {
      this.#replace(await setAccountDisabled(gateway, account.id, false));
      this.notice = { kind: 'enabled', name: account.name, email: account.email };
    } catch (err) {
      this.notice = {
        kind: 'saveFailed',
        name: account.name,
        email: account.email,
        message: errorMessage(err),
      };
    }
  }

  async sendLink(account: Account): Promise<void> {
    this.oneTime = null;
    try {
      await sendPasswordResetLink(gateway, account.email);
      this.notice = { kind: 'resetLinkSent', name: account.name, email: account.email };
    } catch (err) {
      this.notice = {
        kind: 'resetFailed',
        name: account.name,
        email: account.email,
        message: errorMessage(err),
      };
    }
  }

  #replace(a: Account): void {
    this.accounts = this.accounts.map((x) => (x.id === a.id ? a : x));
  }
}
