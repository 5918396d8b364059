/**
 * The line under a sheet entry that says what changed since it went on the list, in the UI
 * language: 「10月1日にリストへ追加。その後の変更：費用（追加時：無料）」, or that nothing
 * changed, or — for entries added before the app kept a record — 「追加時の記録なし」.
 */
import {
  describeBooking,
  describeCost,
  describeEligibility,
} from '$lib/components/directory/describe-resource';
import { describeSchedule, type ScheduleLanguage } from '$lib/domain/describe-schedule';
import type { ShortlistEntryRecord } from '../../../directory/directory-page.svelte';
import { shortlistChanges, type SnapshotField } from '$lib/domain/shortlist-changes';
import type { ShortlistSnapshot } from '$lib/domain/shortlist-snapshot';
import type { Resource } from '$lib/domain/types';
import { format } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/ja';

/** The value a field had when the entry was added, as the sheet words it. */
function before(
  t: Messages,
  lang: ScheduleLanguage,
  field: SnapshotField,
  s: ShortlistSnapshot,
): string {
  switch (field) {
    case 'schedule':
      return describeSchedule(s.schedule, lang).join(' / ');
    case 'cost':
      return describeCost(t, s.cost);
    case 'eligibility':
      return describeEligibility(t, s.eligibility);
    case 'booking':
      return describeBooking(t, s.booking);
    case 'status':
      return t.enums.resourceStatus[s.status];
    case 'kind':
      return t.enums.resourceKind[s.kind];
    default:
      return s[field] || t.directory.notRecorded;
  }
}

/** `lang` is the language of `t` (it words the schedule); `formatDate` turns the ISO datetime into the locale's date. */
export function describeEntryChanges(
  t: Messages,
  lang: ScheduleLanguage,
  added: ShortlistEntryRecord | undefined,
  now: Resource,
  formatDate: (iso: string) => string,
): string {
  const d = t.directory;
  if (!added) return d.noAddedRecord;
  const date = formatDate(added.at);
  const changed = shortlistChanges(added.snapshot, now);
  if (!changed.length) return format(d.addedUnchanged, { date });
  const changes = changed
    .map((field) =>
      format(d.changeItem, {
        field: d.changeField[field],
        before: before(t, lang, field, added.snapshot),
      }),
    )
    .join(d.listSeparator);
  return format(d.addedChanged, { date, changes });
}
