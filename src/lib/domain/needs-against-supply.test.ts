import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsAgainstSupply, type NeedsAgainstSupplyInput } from './needs-against-supply';

const read = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`./__fixtures__/needs-against-supply/${name}`, import.meta.url), 'utf8'),
  );

/*
 * The hand computation behind expected.json (as of 2026-12-05, window 2025-12-06 … 2026-12-05,
 * thin above 10 per resource):
 * d1×t1: n1 (12 households) + n2 (no count); n3 is one day too old; r3 is paused → unmet.
 * d1×t2: n4 on the window's first day (3 people); r1 → 3 ≤ 10 × 1 → met.
 * d2×t1: n5 (25 households); r2 (own district) + r4 (served) → 25 > 10 × 2 → thin.
 * d2×t3: n6 is after the as-of date; r2 → supply_only.
 * d3×t1: r2 serves d3 → supply_only.   d3×t2: n7 (no count); r6 closed → unmet.
 * d3×t3: r2 (served) + r5 (own district listed twice, types listed twice: counted once) → 2.
 * n8's district is not a row: ignored.
 */
describe('needsAgainstSupply', () => {
  it('matches the hand-computed matrix', () => {
    const input = read('input.json') as NeedsAgainstSupplyInput;
    expect(needsAgainstSupply(input)).toEqual(read('expected.json'));
  });

  it('narrows the window with months, and perResource moves the thin line', () => {
    const input = read('input.json') as NeedsAgainstSupplyInput;
    const six = needsAgainstSupply({ ...input, months: 6 });
    expect(six.from).toBe('2026-06-06');
    // n1 (April) and n2 (1 June) fall out: d1×t1 has no record left.
    expect(six.cells[0]![0]).toMatchObject({ records: 0, gap: 'none' });
    expect(needsAgainstSupply({ ...input, perResource: 12 }).cells[1]![0]!.gap).toBe('thin');
    expect(needsAgainstSupply({ ...input, perResource: 13 }).cells[1]![0]!.gap).toBe('met');
  });
});
