/**
 * A shortlist as table rows (for the CSV export), in the UI language, and CSV encoding.
 * The CSV starts with a UTF-8 BOM so that spreadsheet and care-plan software read Japanese.
 */
import type { ResourceContact, Resource } from '$lib/domain/types';
import type { Messages } from '$lib/i18n/ja';
import { describeBooking, describeCost, describeEligibility, describeSchedule } from './describe-resource';

export interface ShortlistRowInput {
  resource: Resource;
  districtName: string;
  serviceNames: string[];
  contact: ResourceContact | undefined;
  note: string;
  /** Absolute URL of the place page. */
  pageUrl: string;
}

/** Header row + one row per entry, columns as `t.directory.csvHeaders`. */
export function shortlistRows(t: Messages, entries: readonly ShortlistRowInput[]): string[][] {
  const header = t.directory.csvHeaders.split('|');
  return [
    header,
    ...entries.map(({ resource: r, districtName, serviceNames, contact, note, pageUrl }) => [
      r.name,
      t.enums.resourceKind[r.kind],
      serviceNames.join('、'),
      districtName,
      describeSchedule(t, r.schedule),
      describeCost(t, r.cost),
      describeEligibility(t, r.eligibility),
      describeBooking(t, r.booking),
      r.address,
      r.publicPhone,
      contact?.personInCharge ?? '',
      contact?.directPhone ?? '',
      note,
      r.lastVerifiedAt.slice(0, 10),
      pageUrl,
    ]),
  ];
}

/** RFC 4180 CSV with CRLF line ends and a BOM; fields quoted when they need it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (v: string): string => {
    // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
