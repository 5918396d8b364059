/**
 * The main navigation as data: one entry per page, in the order the tabs show, with the roles
 * that see it. To add a page to the header, add one entry here (its label picks a core message
 * from ja.ts/en.ts) and its path to `NavPath`; MainNav draws whatever this returns. The server still
 * enforces access: hiding a tab is a convenience, not a permission.
 */
import type { UserRole } from '$lib/domain/types';
import type { CoreMessages } from '$lib/i18n/ja';

/** The pages the header links to (add the new page's path here too: `resolve` checks it). */
export type NavPath =
  | '/'
  | '/map'
  | '/directory'
  | '/coverage'
  | '/councils'
  | '/shortlists'
  | '/manage'
  | '/manage/needs';

/** Every signed-in role. */
const STAFF: readonly UserRole[] = ['admin', 'coordinator', 'care_manager'];

export interface NavEntry {
  path: NavPath;
  /** The tab's label, picked from the page's messages. */
  label: (m: CoreMessages) => string;
  /** Who sees the tab; absent: everyone, visitors included. */
  roles?: readonly UserRole[];
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: (m) => m.nav.nearby },
  { path: '/map', label: (m) => m.nav.cityMap },
  { path: '/directory', label: (m) => m.nav.directory },
  { path: '/coverage', label: (m) => m.nav.coverage },
  { path: '/councils', label: (m) => m.nav.councils },
  { path: '/shortlists', label: (m) => m.nav.shortlists, roles: STAFF },
  { path: '/manage', label: (m) => m.nav.manage, roles: ['coordinator', 'admin'] },
  { path: '/manage/needs', label: (m) => m.nav.needs, roles: ['coordinator', 'admin'] },
];

/**
 * The tabs `role` sees (null: a visitor), labelled in the page's language.
 *
 * @example navItems(null, locale.t) // → [{ path: '/', label: '近くをさがす' }, …]
 */
export function navItems(
  role: UserRole | null,
  messages: CoreMessages,
  entries: readonly NavEntry[] = NAV_ENTRIES,
): { path: NavPath; label: string }[] {
  return entries
    .filter((e) => !e.roles || (role !== null && e.roles.includes(role)))
    .map((e) => ({ path: e.path, label: e.label(messages) }));
}
