import { describe, expect, it } from 'vitest';
import { ja } from '$lib/i18n/ja';
import { en } from '$lib/i18n/en';
import { navItems } from './nav-items';

describe('navItems', () => {
  it('gives visitors the public pages only, in tab order', () => {
    expect(navItems(null, ja.nav).map((i) => i.path)).toEqual([
      '/',
      '/map',
      '/directory',
      '/coverage',
      '/councils',
    ]);
  });

  it('adds the shortlists for every signed-in role and the workspace for coordinators and admins', () => {
    expect(navItems('care_manager', ja.nav).map((i) => i.path)).toContain('/shortlists');
    expect(navItems('care_manager', ja.nav).map((i) => i.path)).not.toContain('/manage');
    for (const role of ['coordinator', 'admin'] as const)
      expect(
        navItems(role, ja.nav)
          .slice(-2)
          .map((i) => i.path),
      ).toEqual(['/shortlists', '/manage']);
  });

  it('labels each tab in the language given', () => {
    expect(navItems(null, ja.nav)[0]?.label).toBe(ja.nav.nearby);
    expect(navItems(null, en.nav)[0]?.label).toBe(en.nav.nearby);
  });
});
