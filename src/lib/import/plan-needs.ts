/**
 * The needs section of an import plan (issue #19): resolves each needs-survey row's district
 * (by code, then by name after the Japanese normaliser) and service type (code, Japanese
 * name, reading or English name) against the stored data, and plans a create, an update or
 * nothing per row.
 *
 * Identity: a need is the same record when district, type, source and survey date match; its
 * count, unit and note are then updated (weekdays and author kept). A new need's id derives
 * from that quadruple, so importing the same file twice changes nothing. Two rows of the file
 * with one identity are an error naming both rows; so are two stored needs with it (which
 * of them to update is unclear).
 */
import type { Area, Need, ServiceType } from '../domain/types';
import { nearestNames } from '../search/nearest-names';
import { normalizeJapanese } from '../search/normalize-japanese';
import { IssueList } from './import-issue';
import type { PlanBuilder } from './plan-builder';
import type { ExistingState, ImportInputs } from './plan-import';
import { stableId } from './stable-id';

/** A need as an import stores it (the author is stamped by the server; weekdays are kept). */
export type PlannedNeed = Omit<Need, 'createdBy'>;

/** One row of the needs file as the dry run shows it. */
export interface NeedRowPlan {
  file: string;
  row: number;
  district: string;
  serviceType: string;
  count: number | null;
  countUnit: Need['countUnit'];
  /** '' when the row's source is not one. */
  source: Need['source'] | '';
  observedOn: string;
  /** What applying does with it; 'error' when the row has an error (nothing is planned). */
  action: 'create' | 'update' | 'unchanged' | 'error';
}

function keyOf(n: Pick<Need, 'districtId' | 'serviceTypeId' | 'source' | 'observedOn'>): string {
  return [n.districtId, n.serviceTypeId, n.source, n.observedOn].join('\u0000');
}

/**
 * Plans the needs file of `inputs` into `plan`.
 * @returns the rows as the dry run shows them ([] without a needs file)
 */
export function planNeeds(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
): NeedRowPlan[] {
  const needsFile = inputs.needs;
  if (!needsFile) return [];
  const { file, rows, columns } = needsFile;
  const districts = existing.areas.filter((a) => a.kind === 'district');
  const byCode = new Map(districts.filter((d) => d.code).map((d) => [d.code, d]));
  const byName = new Map<string, Area[]>();
  for (const d of districts) {
    const k = normalizeJapanese(d.name);
    byName.set(k, [...(byName.get(k) ?? []), d]);
  }
  const namesByKey = new Map(districts.map((d) => [normalizeJapanese(d.name), d.name]));
  const types = existing.serviceTypes ?? [];
  const typeOf = new Map<string, ServiceType>();
  for (const t of types) {
    // A survey sheet writes 「買い物支援」 for 「買い物支援（同行）」: the name without its bracketed
    // part counts too; full names, readings and codes (set after) win over a short name.
    const short = normalizeJapanese(t.nameJa.replace(/[（(][^）)]*[）)]/g, ''));
    if (short && !typeOf.has(short)) typeOf.set(short, t);
  }
  for (const t of types) {
    for (const k of [
      t.nameEn.toLowerCase(),
      normalizeJapanese(t.nameKana),
      normalizeJapanese(t.nameJa),
      t.code.toLowerCase(),
    ])
      if (k) typeOf.set(k, t);
  }
  const stored = new Map<string, Need[]>();
  for (const n of existing.needs ?? []) stored.set(keyOf(n), [...(stored.get(keyOf(n)) ?? []), n]);
  const firstRowOf = new Map<string, number>();
  const issues = new IssueList(file);

  const planned = rows.map((r): NeedRowPlan => {
    let bad = r.bad;
    // District: a code first (codes are unique), then the name.
    let district: Area | undefined = byCode.get(r.district.normalize('NFKC'));
    if (!r.district) {
      issues.error(r.row, columns.district, 'needDistrictEmpty');
      bad = true;
    } else if (!district) {
      const named = byName.get(normalizeJapanese(r.district)) ?? [];
      if (named.length === 1) district = named[0];
      else if (named.length > 1) {
        const list = named.map((d) => `${d.name} (${d.code || d.id})`).join(', ');
        issues.error(r.row, columns.district, 'needDistrictAmbiguous', {
          district: r.district,
          count: named.length,
          districts: list,
        });
        bad = true;
      } else {
        const suggestions = nearestNames(normalizeJapanese(r.district), namesByKey);
        if (suggestions.length)
          issues.error(r.row, columns.district, 'needDistrictUnknownDidYouMean', {
            district: r.district,
            suggestions: suggestions.join(', '),
          });
        else issues.error(r.row, columns.district, 'needDistrictUnknown', { district: r.district });
        bad = true;
      }
    }
    const raw = r.serviceType.normalize('NFKC').trim();
    const type = raw
      ? (typeOf.get(raw.toLowerCase()) ?? typeOf.get(normalizeJapanese(raw)))
      : undefined;
    if (!raw) {
      issues.error(r.row, columns.serviceType, 'needTypeEmpty');
      bad = true;
    } else if (!type) {
      const examples = types.slice(0, 3).map((t) => `${t.code} / ${t.nameJa}`);
      issues.error(r.row, columns.serviceType, 'needTypeUnknown', {
        value: r.serviceType,
        examples: examples.join('、'),
      });
      bad = true;
    }
    const shown: NeedRowPlan = {
      file,
      row: r.row,
      district: district?.name ?? r.district,
      serviceType: type?.nameJa ?? r.serviceType,
      count: r.count,
      countUnit: r.countUnit,
      source: r.source,
      observedOn: r.observedOn,
      action: 'error',
    };
    if (bad || !district || !type || !r.source) return shown;

    const identity = {
      districtId: district.id,
      serviceTypeId: type.id,
      source: r.source,
      observedOn: r.observedOn,
    };
    const key = keyOf(identity);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.error(r.row, '', 'needRowTwice', { firstRow: first });
      return shown;
    }
    firstRowOf.set(key, r.row);
    const matches = stored.get(key) ?? [];
    if (matches.length > 1) {
      issues.error(r.row, '', 'needStoredTwice', { count: matches.length });
      return shown;
    }
    const found = matches[0];
    const record: PlannedNeed = {
      ...identity,
      id: found?.id ?? stableId(`needs|${key}`),
      count: r.count,
      countUnit: r.countUnit,
      weekdays: found?.weekdays ?? [],
      note: r.note,
    };
    const origin = { file, row: r.row };
    if (!found) {
      plan.add('needs', 'create', record.id, record, origin);
      return { ...shown, action: 'create' };
    }
    if (found.count === r.count && found.countUnit === r.countUnit && found.note === r.note) {
      plan.count('needs', 'unchanged');
      return { ...shown, action: 'unchanged' };
    }
    plan.add('needs', 'update', record.id, record, origin);
    return { ...shown, action: 'update' };
  });
  plan.issues.push(...issues.issues);
  return planned;
}
