import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_TYPE_CATALOG } from './service-type-catalog';
import { SERVICE_TYPE_GROUPS } from './types';

/** The list the migration seeds, read from the migration's source text. */
function migrationSeed(): Array<Record<string, string>> {
  const src = readFileSync(
    new URL('../../../pb_migrations/1732000002_seed_service_types.js', import.meta.url),
    'utf8',
  );
  const m = /const SERVICE_TYPES =\s*(\[[\s\S]*?\]);/.exec(src);
  if (!m?.[1]) throw new Error('SERVICE_TYPES not found in the migration');
  // The seed is a JavaScript literal (unquoted keys, trailing commas): evaluate it, it is our own file.
  return new Function(`return ${m[1]};`)() as Array<Record<string, string>>;
}

describe('SERVICE_TYPE_CATALOG', () => {
  it('is exactly what the migration seeds', () => {
    expect(migrationSeed()).toEqual(
      SERVICE_TYPE_CATALOG.map((s) => ({
        code: s.code,
        name_ja: s.nameJa,
        name_kana: s.nameKana,
        name_en: s.nameEn,
        group: s.group,
      })),
    );
  });

  it('has unique codes, hiragana readings and known groups', () => {
    const codes = SERVICE_TYPE_CATALOG.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of SERVICE_TYPE_CATALOG) {
      expect(s.code).toMatch(/^[a-z0-9_]+$/);
      expect(s.nameKana).toMatch(/^[\u3041-\u309f\u30fc・]+$/);
      expect(SERVICE_TYPE_GROUPS).toContain(s.group);
    }
  });

  it('covers every service care managers asked for in the source documents', () => {
    const codes = new Set(SERVICE_TYPE_CATALOG.map((s) => s.code));
    for (const code of [
      'shopping_help',
      'hospital_escort',
      'garden_work',
      'small_chores',
      'fridge_check',
      'safety_check',
      'conversation',
      'eating_together',
      'pet_care',
      'salon',
      'exercise_class',
      'community_cafe',
      'hobby_circle',
      'watch_patrol',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});
