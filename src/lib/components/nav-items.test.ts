import { describe, expect, it } from 'vitest';
import { ja } from '$lib/i18n/ja';
import { en } from '$lib/i18n/en';
import { navItems } from './nav-items';

describe('navItems', () => {
  it('gives visitors the public pages only, in tab order', () => {
    expect(navItems(null, ja).map((i) => i.path)).toEqual([
      '/',
      '/map',
      '/directory',
      '/coverage',
      '/councils',
    ]);
  });

  it('adds the shortlists for every signed-in role and the workspace for coordinators and admins', () => {
    expect(navItems('care_manager', ja).map((i) => i.path)).toContain('/shortlists');
    expect(navItems('care_manager', ja).map((i) => i.path)).not.toContain('/manage');
    for (const role of ['coordinator', 'admin'] as const)
      expect(
        navItems(role, ja)
          .slice(-3)
          .map((i) => i.path),
      ).toEqual(['/shortlists', '/manage', '/manage/needs']);
  });

  it('labels each tab in the language given', () => {
    expect(navItems(null, ja)[0]?.label).toBe(ja.nav.nearby);
    expect(navItems(null, en)[0]?.label).toBe(en.nav.nearby);
    expect(navItems('coordinator', en).at(-1)?.label).toBe(en.nav.needs);
  });
});
