/**
 * A shortlist as table rows (for the CSV export), in the UI language. The page encodes them
 * with the shared writer, src/lib/export/to-csv.ts (BOM, CRLF, formulas defused).
 */
import type { ResourceContact, Resource } from '$lib/domain/types';
import type { Messages } from '$lib/i18n/ja';
import type { ScheduleLanguage } from '$lib/domain/describe-schedule';
import { describeResource } from '$lib/components/directory/describe-resource';

export interface ShortlistRowInput {
  resource: Resource;
  districtName: string;
  serviceNames: string[];
  contact: ResourceContact | undefined;
  note: string;
  /** Absolute URL of the place page. */
  pageUrl: string;
}

/** Header row + one row per entry, columns as `t.directory.csvHeaders`; `lang` is `t`'s language. */
export function shortlistRows(
  t: Messages,
  entries: readonly ShortlistRowInput[],
  lang: ScheduleLanguage,
): string[][] {
  const header = t.directory.csvHeaders.split('|');
  return [
    header,
    ...entries.map(({ resource: r, districtName, serviceNames, contact, note, pageUrl }) => {
      const terms = describeResource(t, r, lang);
      return [
        r.name,
        t.enums.resourceKind[r.kind],
        serviceNames.join('、'),
        districtName,
        terms.schedule.join(' / '),
        terms.cost,
        terms.eligibility,
        terms.booking,
        r.address,
        r.publicPhone,
        contact?.personInCharge ?? '',
        contact?.directPhone ?? '',
        note,
        r.lastVerifiedAt.slice(0, 10),
        pageUrl,
      ];
    }),
  ];
}
