/**
 * The checks on a need before it is saved (issue #19): the coordinators' needs form and the
 * directory's 「見つからなかった」 run them; the server hook (pb_hooks/lib/needs.js) repeats them
 * so that an API caller cannot save what the form refuses (validate-need-input.parity.test.ts
 * keeps the two in step).
 *
 * - district and service type are required; the district must be an area of kind 'district'
 *   (the caller says which ids are districts);
 * - count is null (not counted: unknown stays unknown) or a whole number >= 0, and the unit
 *   (households / people) is given exactly when a count is;
 * - the date is a real YYYY-MM-DD day, not after today in Japan;
 * - the note holds no phone number or e-mail address (findPersonalData) and at most 500
 *   characters;
 * - a care manager's record (`byCareManager`) is an unmet search and nothing else: source
 *   'care_manager', empty note, no count. One search is not a head count (two care managers
 *   may look for the same client), so the count stays null rather than "1 person".
 */
import { findPersonalData } from './find-personal-data';
import { isoToDayNumber, dayNumberToIso } from './iso-date';
import { NEED_SOURCES, WEEKDAYS, type NeedSource, type Weekday } from './types';

/** The longest note (characters); the `needs.note` field's max. */
export const NEED_NOTE_MAX = 500;

/** What a form or the directory sends for a new or edited need. */
export interface NeedInput {
  districtId: string;
  serviceTypeId: string;
  /** Whole number >= 0, or null when not counted. */
  count: number | null;
  /** '' exactly when `count` is null. */
  countUnit: 'households' | 'people' | '';
  source: NeedSource | '';
  /** ISO date (YYYY-MM-DD). */
  observedOn: string;
  weekdays: Weekday[];
  note: string;
}

/** Why a field was refused; the server's codes are `validation_<code>`. */
export type NeedProblem =
  | 'required'
  | 'not_district'
  | 'not_whole_number'
  | 'unit_required'
  | 'unit_without_count'
  | 'invalid_date'
  | 'future_date'
  | 'personal_data'
  | 'too_long'
  | 'not_allowed';

export type NeedErrors = Partial<Record<keyof NeedInput, NeedProblem>>;

export interface NeedCheckContext {
  /** Today in Japan (YYYY-MM-DD), see `tokyoIsoDate`. */
  today: string;
  /** Whether `id` is an area of kind 'district'. */
  isDistrict: (id: string) => boolean;
  /** The author is a care manager: only an unmet search (see the module comment). */
  byCareManager: boolean;
}

/**
 * Every refused field of `input`, with its reason.
 * @returns {} when the need may be saved
 * @example validateNeedInput({ ...need, note: '090-1234-5678' }, ctx) // { note: 'personal_data' }
 */
export function validateNeedInput(input: NeedInput, ctx: NeedCheckContext): NeedErrors {
  const errors: NeedErrors = {};
  if (!input.districtId) errors.districtId = 'required';
  else if (!ctx.isDistrict(input.districtId)) errors.districtId = 'not_district';
  if (!input.serviceTypeId) errors.serviceTypeId = 'required';

  const count = input.count;
  if (count !== null && !(Number.isInteger(count) && count >= 0)) errors.count = 'not_whole_number';
  if (count !== null && !input.countUnit) errors.countUnit = 'unit_required';
  if (count === null && input.countUnit) errors.countUnit = 'unit_without_count';

  if (!input.source || !(NEED_SOURCES as readonly string[]).includes(input.source))
    errors.source = 'required';

  if (!input.observedOn) errors.observedOn = 'required';
  else if (!isRealDate(input.observedOn)) errors.observedOn = 'invalid_date';
  else if (input.observedOn > ctx.today) errors.observedOn = 'future_date';

  if (!input.weekdays.every((w) => (WEEKDAYS as readonly string[]).includes(w)))
    errors.weekdays = 'not_allowed';

  if (Array.from(input.note).length > NEED_NOTE_MAX) errors.note = 'too_long';
  else if (findPersonalData(input.note).length > 0) errors.note = 'personal_data';

  if (ctx.byCareManager) {
    if (input.source && input.source !== 'care_manager') errors.source = 'not_allowed';
    if (input.note.trim()) errors.note = 'not_allowed';
    if (count !== null) errors.count = 'not_allowed';
    if (input.countUnit) errors.countUnit = 'not_allowed';
  }
  return errors;
}

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not). */
function isRealDate(iso: string): boolean {
  const day = isoToDayNumber(iso);
  return Number.isFinite(day) && dayNumberToIso(day) === iso;
}
