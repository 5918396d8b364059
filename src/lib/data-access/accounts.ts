/**
 * Staff accounts, managed by admins on /admin/users (issue #11). Every change goes through
 * the records API, so the server's rules apply (admins only; nobody changes their own role,
 * districts or flags) and pb_hooks/change-log.pb.js logs it (never a password).
 *
 * A new account and a reset password get a one-time password made here with the Web Crypto
 * random generator; it is shown once and the server lets its holder do nothing but choose a
 * new one (`one_time_login`, pb_hooks/accounts.pb.js).
 */
import type { User } from '../domain/types';
import type { AccountInput } from '../domain/validate-account';
import { call, type Gateway } from './gateway';
import { toUser, type PbRecord } from './records';

/** A staff account as the accounts page lists it. */
export interface Account extends User {
  disabled: boolean;
  /** Holds a one-time password and has not chosen their own yet. */
  mustChangePassword: boolean;
}

/**
 * Letters and digits that cannot be mistaken for each other when read aloud or copied by
 * hand (no 0/O, 1/l/I).
 */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password: `length` characters drawn uniformly (rejection sampling, no modulo
 * bias) from {@link ALPHABET} with the Web Crypto generator — 16 characters ≈ 93 bits.
 */
export function generateOneTimePassword(length = 16): string {
  const out: string[] = [];
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      if (b < limit && out.length < length) out.push(ALPHABET[b % ALPHABET.length]!);
    }
  }
  return out.join('');
}

function toAccount(r: PbRecord): Account {
  return {
    ...toUser(r),
    disabled: r.disabled === true,
    mustChangePassword: r.one_time_login === true,
  };
}

/** Every staff account, by name (admins only: others see only some accounts, without e-mail). */
export async function listAccounts(gateway: Gateway): Promise<Account[]> {
  const items = await call(() =>
    gateway.pb.collection('users').getFullList({ batch: 500, sort: 'name,email' }),
  );
  return items.map((r) => toAccount(r as PbRecord));
}

/**
 * Creates an account with a one-time password.
 * @returns the account and its one-time password (show it once; it is not stored in clear).
 * @throws GatewayError 400 with fieldErrors (`email` taken, `districts`…)
 */
export async function createAccount(
  gateway: Gateway,
  input: AccountInput,
): Promise<{ account: Account; password: string }> {
  const password = generateOneTimePassword();
  const rec = await call(() =>
    gateway.pb.collection('users').create({
      name: input.name.trim(),
      email: input.email.trim(),
      role: input.role,
      districts: input.districtIds,
      password,
      passwordConfirm: password,
      one_time_login: true,
      emailVisibility: false,
    }),
  );
  return { account: toAccount(rec as PbRecord), password };
}

/** Changes another account's name, role and districts. */
export async function updateAccount(
  gateway: Gateway,
  id: string,
  input: Omit<AccountInput, 'email'>,
): Promise<Account> {
  const rec = await call(() =>
    gateway.pb
      .collection('users')
      .update(id, { name: input.name.trim(), role: input.role, districts: input.districtIds }),
  );
  return toAccount(rec as PbRecord);
}

/**
 * Replaces another account's password with a one-time password; every session of that
 * account ends (the server renews its token key).
 * @returns the one-time password, to show once.
 */
export async function resetPassword(gateway: Gateway, id: string): Promise<string> {
  const password = generateOneTimePassword();
  await call(() =>
    gateway.pb
      .collection('users')
      .update(id, { password, passwordConfirm: password, one_time_login: true }),
  );
  return password;
}

/** E-mails the account a PocketBase password-reset link (needs SMTP in PocketBase's settings). */
export async function sendPasswordResetLink(gateway: Gateway, email: string): Promise<void> {
  await call(() => gateway.pb.collection('users').requestPasswordReset(email));
}

/** Disables (or enables again) another account. A disabled account's sessions end at once. */
export async function setAccountDisabled(
  gateway: Gateway,
  id: string,
  disabled: boolean,
): Promise<Account> {
  const rec = await call(() => gateway.pb.collection('users').update(id, { disabled }));
  return toAccount(rec as PbRecord);
}
