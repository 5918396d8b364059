import type { PlanBuilder } from './plan-builder';
import type { ExistingState, ExistingDataSource, ImportInputs, SourceInfo } from './plan-import';
import { sameRecord } from './same-record';
import { stableId } from './stable-id';

/**
 * The last section of `planImport`: a `data_sources` record per source of this import (with
 * how many records it holds), and the site: the city's names and id, and each source's credit
 * line added to the attribution (lines already there are kept).
 * @param meshSource the population-cell table's source, if any
 * @param cityId the city area's id as the area section planned it
 */
export function planSourcesAndSite(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
  meshSource: SourceInfo | undefined,
  cityId: string,
): void {
  const sources = [
    inputs.boundaries?.source,
    inputs.mapping?.source,
    meshSource,
    ...(inputs.places ?? []).map((p) => p.source),
    inputs.hsds?.source,
  ].filter((s): s is SourceInfo => !!s);
  const seenKeys = new Set<string>();
  for (const s of sources) {
    if (seenKeys.has(s.key)) continue;
    seenKeys.add(s.key);
    const found = existing.dataSources.find((d) => d.key === s.key);
    const recordCount = plan.ops.filter(
      (o) => 'source' in o.record && o.record.source === s.key,
    ).length;
    const record: ExistingDataSource = {
      id: found?.id ?? stableId(`data_sources|${s.key}`),
      ...s,
      recordCount: Math.max(recordCount, found?.recordCount ?? 0),
    };
    const origin = { file: s.fileName, row: null };
    if (!found) plan.add('data_sources', 'create', record.id, record, origin);
    else if (!sameRecord(found, record))
      plan.add('data_sources', 'update', record.id, record, origin);
    else plan.count('data_sources', 'unchanged');
  }
  const lines = (existing.site?.attribution ?? '').split('\n').filter(Boolean);
  for (const s of sources)
    if (s.attribution && !lines.includes(s.attribution)) lines.push(s.attribution);
  const city = inputs.city;
  if (existing.site || city) {
    const record = {
      cityName: city?.name ?? existing.site!.cityName,
      // Names not given keep what the site has (an update must not clear the kana or English name).
      cityNameKana: city?.nameKana ?? existing.site?.cityNameKana ?? '',
      cityNameEn: city?.nameEn ?? existing.site?.cityNameEn ?? '',
      fictional: city ? false : existing.site!.fictional,
      attribution: lines.join('\n'),
      cityAreaId: cityId,
    };
    const origin = { file: sources[0]?.fileName ?? '', row: null };
    if (!existing.site) {
      plan.add('site', 'create', stableId('site|site'), record, origin);
    } else if (
      record.attribution !== existing.site.attribution ||
      record.cityName !== existing.site.cityName ||
      record.cityNameKana !== (existing.site.cityNameKana ?? '') ||
      record.cityNameEn !== (existing.site.cityNameEn ?? '') ||
      record.fictional !== existing.site.fictional ||
      record.cityAreaId !== existing.site.cityAreaId
    ) {
      plan.add('site', 'update', existing.site.id, record, origin);
    } else plan.count('site', 'unchanged');
  }
}
