import { describe, expect, it } from 'vitest';
import type { Cost } from '$lib/domain/types';
import { allEn as en, allJa as ja } from '$lib/i18n/__fixtures__/all-messages';
import { describeCost } from './describe-resource';

describe('describeCost', () => {
  const cost: Cost = { amountYen: 200, unit: 'per_visit', note: 'お茶菓子代' };

  it('puts the note in Japanese brackets in Japanese', () => {
    expect(describeCost(ja, cost)).toBe('1回 200円（お茶菓子代）');
  });

  it('puts the note in English brackets in English (no full-width punctuation)', () => {
    expect(describeCost(en, cost)).toBe('¥200 per visit (お茶菓子代)');
  });
});
