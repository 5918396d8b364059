/**
 * The main navigation as data: one entry per page, in the order the tabs show, with the roles
 * that see it. To add a page to the header, add one entry here (its label key is a
 * `nav` message in ja.ts and en.ts); MainNav draws whatever this returns. The server still
 * enforces access: hiding a tab is a convenience, not a permission.
 */
import type { UserRole } from '$lib/domain/types';
import type { Messages } from '$lib/i18n/ja';

/** The pages the header links to (add the new page's path here too: `resolve` checks it). */
export type NavPath =
  '/' | '/map' | '/directory' | '/coverage' | '/councils' | '/shortlists' | '/manage';

/** Every signed-in role. */
const STAFF: readonly UserRole[] = ['admin', 'coordinator', 'care_manager'];

export interface NavEntry {
  path: NavPath;
  /** A key of the `nav` messages. */
  label: keyof Messages['nav'];
  /** Who sees the tab; absent: everyone, visitors included. */
  roles?: readonly UserRole[];
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: 'nearby' },
  { path: '/map', label: 'cityMap' },
  { path: '/directory', label: 'directory' },
  { path: '/coverage', label: 'coverage' },
  { path: '/councils', label: 'councils' },
  { path: '/shortlists', label: 'shortlists', roles: STAFF },
  { path: '/manage', label: 'manage', roles: ['coordinator', 'admin'] },
];

/**
 * The tabs `role` sees (null: a visitor), labelled in the page's language.
 *
 * @example navItems(null, locale.t.nav) // → [{ path: '/', label: '近くをさがす' }, …]
 */
export function navItems(
  role: UserRole | null,
  labels: Messages['nav'],
  entries: readonly NavEntry[] = NAV_ENTRIES,
): { path: NavPath; label: string }[] {
  return entries
    .filter((e) => !e.roles || (role !== null && e.roles.includes(role)))
    .map((e) => ({ path: e.path, label: labels[e.label] }));
}
