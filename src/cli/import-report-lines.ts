/**
 * The lines `sasaeai import` prints for a report (without --json): counts per collection,
 * population, districts, duplicates, generated readings, the needs survey's rows, then every
 * issue, in English (the long-standing output) or Japanese.
 */
import { formatIssue } from '../lib/import/import-issue';
import { fillImportTemplate, type ImportLang } from '../lib/import/import-messages';
import type { ImportReport } from '../lib/import/plan-import';
import { importReportEn, importReportJa } from './import-report-messages';

/** The report as printed lines, in `lang` (English by default: the long-standing output). */
export function reportLines(report: ImportReport, lang: ImportLang = 'en'): string[] {
  const t = lang === 'ja' ? importReportJa : importReportEn;
  const say = (template: string, params: Record<string, string | number> = {}) =>
    fillImportTemplate(template, params, lang);
  const lines: string[] = [];
  for (const [collection, c] of Object.entries(report.counts)) {
    // English lines up the counts in a column; Japanese shows the collection's word.
    lines.push(
      say(t.counts, {
        collection: lang === 'en' ? collection.padEnd(14) : collection,
        create: c.create,
        update: c.update,
        unchanged: c.unchanged,
      }),
    );
  }
  for (const [kind, n] of Object.entries(report.population))
    lines.push(say(t.population, { areaKind: kind, count: n }));
  if (report.approximateLocations)
    lines.push(say(t.approximate, { count: report.approximateLocations }));
  for (const d of report.districts) {
    const line = say(t.district, {
      name: d.name,
      towns: d.towns,
      population: d.population ?? t.populationUnknown,
    });
    lines.push(
      d.townsWithoutPopulation
        ? line + say(t.districtTownsWithoutPopulation, { count: d.townsWithoutPopulation })
        : line,
    );
  }
  if (report.duplicates.length) {
    lines.push(
      say(report.duplicates[0]!.created ? t.duplicatesCreated : t.duplicatesNotCreated, {
        count: report.duplicates.length,
      }),
    );
  }
  const readings = report.generatedReadings;
  if (readings?.count) {
    const examples =
      readings.examples.map((x) => `${x.name} → ${x.nameKana}`).join(', ') +
      (readings.count > readings.examples.length ? ', …' : '');
    lines.push(say(t.readings, { count: readings.count, examples }));
  }
  if (report.unassignedTowns.length) {
    lines.push(
      say(t.unassigned, {
        count: report.unassignedTowns.length,
        list: report.unassignedTowns.map((x) => `${x.name} (${x.code})`).join(', '),
      }),
    );
  }
  for (const n of report.needs ?? []) {
    lines.push(
      say(t.needRow, {
        row: n.row,
        district: n.district,
        serviceType: n.serviceType,
        count: n.count === null ? t.needNotCounted : n.count,
        countUnit: n.countUnit,
        needSource: n.source,
        observedOn: n.observedOn,
        action: n.action,
      }),
    );
  }
  for (const issue of report.issues) lines.push(formatIssue(issue, lang));
  return lines;
}
