import type { UserRole } from './types';

/** The fields of a staff account an admin fills in. */
export interface AccountInput {
  name: string;
  email: string;
  role: UserRole;
  districtIds: string[];
}

/** Field → error code: `required`, `invalid`, `districts_required`. */
export type AccountErrors = Partial<Record<'name' | 'email' | 'role' | 'districts', string>>;

const ROLES: readonly UserRole[] = ['admin', 'coordinator', 'care_manager'];

/**
 * Checks an account before saving (the server checks again); {} means it may be saved.
 * The e-mail is checked only for a new account (it cannot be changed later); a coordinator
 * needs at least one district.
 */
export function validateAccount(input: AccountInput, opts: { isNew: boolean }): AccountErrors {
  const errors: AccountErrors = {};
  if (!input.name.trim()) errors.name = 'required';
  if (opts.isNew) {
    const email = input.email.trim();
    if (!email) errors.email = 'required';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'invalid';
  }
  if (!ROLES.includes(input.role)) errors.role = 'required';
  else if (input.role === 'coordinator' && input.districtIds.length === 0)
    errors.districts = 'districts_required';
  return errors;
}
