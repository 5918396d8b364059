/**
 * The demo city's recorded needs (issue #19), so that the needs-against-supply matrix has
 * something to show on the demo: per district a residents' survey (アンケート) with household
 * counts for the everyday troubles the seeds name (shopping, rubbish, hospital visits, someone
 * to talk with, eating together, safety checks), welfare commissioners' reports in people, and care managers'
 * unmet searches (no count, weekdays wanted) in the thin districts. Counts scale with the
 * district's residents aged 75+; dates lie in the year before the demo's reference date.
 *
 * Every note says the record is fictional demo data, and ids carry the demo prefix `need`,
 * like every other demo record. Deterministic for a given random fork.
 */
import type { DatasetNeed } from '../domain/dataset';
import { dayNumberToIso, isoToDayNumber } from '../domain/iso-date';
import type { Weekday } from '../domain/types';
import type { Random } from './create-random';
import type { DemoDistrict } from './demo-city-model';
import { demoId } from './demo-ids';

/** What the survey asks about, with the share of 75+ households that name it (a rough guide). */
const SURVEY_TYPES: ReadonlyArray<[code: string, share: number]> = [
  ['shopping_help', 0.03],
  ['garbage_help', 0.025],
  ['hospital_escort', 0.015],
  ['garden_work', 0.012],
  ['conversation', 0.01],
  ['eating_together', 0.008],
  ['safety_check', 0.008],
];
const MINSEI_TYPES = ['safety_check', 'conversation', 'small_chores', 'watch_patrol'];
const CARE_MANAGER_TYPES = ['eating_together', 'hospital_escort', 'fridge_check'];
const WEEKDAY_CHOICES: Weekday[][] = [['tue'], ['wed', 'fri'], ['mon'], ['thu']];
const DEMO_NOTE = 'デモ用の架空の記録です。';

export interface DemoNeedsInput {
  districts: readonly DemoDistrict[];
  /** Districts with few activities: care managers' searches there find nothing. */
  thinDistricts: readonly number[];
  /** ISO date the demo's dates are laid out before. */
  referenceDate: string;
  /** The user recorded as author of a district's needs (its coordinator, else the admin). */
  authorOf: (district: number) => string;
}

/** The demo's needs, in a stable order (district by district). */
export function generateDemoNeeds(random: Random, input: DemoNeedsInput): DatasetNeed[] {
  const ref = isoToDayNumber(input.referenceDate);
  const needs: DatasetNeed[] = [];
  const add = (n: Omit<DatasetNeed, 'id' | 'note' | 'weekdays'> & { weekdays?: Weekday[] }) =>
    needs.push({ weekdays: [], ...n, id: demoId('need', needs.length + 1), note: DEMO_NOTE });
  // The survey went out city-wide in one month; commissioners report through the year.
  const surveyDay = dayNumberToIso(ref - 120);
  for (const d of input.districts) {
    const author = input.authorOf(d.index);
    for (const [code, share] of SURVEY_TYPES) {
      // Not every district's answers name every trouble: about two in three do.
      if (!random.chance(0.65)) continue;
      const count = Math.max(1, Math.round(d.population75 * share * random.float(0.5, 1.5)));
      add({
        districtId: d.id,
        serviceTypeCode: code,
        count,
        countUnit: 'households',
        source: 'survey',
        observedOn: surveyDay,
        createdBy: author,
      });
    }
    if (random.chance(0.5)) {
      add({
        districtId: d.id,
        serviceTypeCode: random.pick(MINSEI_TYPES),
        count: random.int(1, 6),
        countUnit: 'people',
        source: 'minsei',
        observedOn: dayNumberToIso(ref - random.int(20, 300)),
        createdBy: author,
      });
    }
  }
  for (const index of input.thinDistricts) {
    const d = input.districts[index];
    if (!d) continue;
    for (const code of CARE_MANAGER_TYPES.slice(0, random.int(1, 3))) {
      add({
        districtId: d.id,
        serviceTypeCode: code,
        count: null,
        countUnit: '',
        source: 'care_manager',
        observedOn: dayNumberToIso(ref - random.int(5, 200)),
        weekdays: random.pick(WEEKDAY_CHOICES),
        createdBy: input.authorOf(index),
      });
    }
  }
  return needs;
}
