/**
 * Checks one places row's values with the app's one validator (`validate-resource-input.ts`,
 * the rules the form, the API hook and the import route use), so that a file cannot store what
 * a coordinator could not type: a phone 「abc-defg」, a URL without http(s), a time 25:00.
 *
 * - A time that is not a time of day, or an end not after its start: an error (the row is
 *   refused: its schedule would be wrong or lost).
 * - A phone or URL that is not one: a warning, and the value is left out (optional fields: the
 *   rest of the place is good). Full-width digits are read as digits.
 * - Weekdays that cannot be read: a warning (the place gets no schedule).
 * - A position outside Japan: a warning (a swapped or mistyped latitude/longitude).
 * Every issue names the row and the column.
 */
import type { LngLat } from '../domain/types';
import {
  coordinatesProblem,
  isPhoneNumber,
  isTimeOfDay,
  isWebsiteUrl,
} from '../domain/validate-resource-input';
import type { IssueList } from './import-issue';

/** A row's values as written in the file (times and weekdays as text). */
export interface RawPlaceValues {
  phone: string;
  url: string;
  weekdaysText: string;
  /** How many weekdays the text was read as (0 = none understood). */
  weekdayCount: number;
  startText: string;
  endText: string;
  /** `parseTime` of the texts ('' when unreadable). */
  start: string;
  end: string;
  location: LngLat | null;
}

/** The columns the values came from (for messages); '' when switched off. */
export interface PlaceValueColumns {
  phone: string;
  url: string;
  weekdays: string;
  start: string;
  end: string;
  lat: string;
}

/** The values to store, or null when the row is refused (an error was added). */
export function checkPlaceRow(
  raw: RawPlaceValues,
  row: number,
  cols: PlaceValueColumns,
  issues: IssueList,
): { phone: string; url: string; start: string; end: string } | null {
  let refused = false;
  for (const [text, time, column] of [
    [raw.startText, raw.start, cols.start],
    [raw.endText, raw.end, cols.end],
  ] as const) {
    if (text.trim() && !isTimeOfDay(time)) {
      issues.error(row, column, 'timeInvalid', { value: text });
      refused = true;
    }
  }
  if (!refused && raw.start && raw.end && raw.end <= raw.start) {
    issues.error(row, cols.end, 'timeEndBeforeStart', { start: raw.start, end: raw.end });
    refused = true;
  }
  if (refused) return null;
  if (raw.weekdaysText.trim() && raw.weekdayCount === 0)
    issues.warn(row, cols.weekdays, 'weekdaysUnreadable', { value: raw.weekdaysText });
  let phone = raw.phone.normalize('NFKC').trim();
  if (!isPhoneNumber(phone)) {
    issues.warn(row, cols.phone, 'phoneInvalid', { value: raw.phone });
    phone = '';
  }
  let url = raw.url.trim();
  if (!isWebsiteUrl(url)) {
    issues.warn(row, cols.url, 'urlInvalid', { value: raw.url });
    url = '';
  }
  if (raw.location && coordinatesProblem(raw.location[0], raw.location[1]) === 'outside_japan') {
    issues.warn(row, cols.lat || 'geometry', 'outsideJapan', {
      lat: raw.location[1],
      lng: raw.location[0],
    });
  }
  return { phone, url, start: raw.start, end: raw.end };
}
