import type { WeeklyRule } from '../../domain/types';

/**
 * A fortnightly rule (Mondays and Thursdays 10:00–12:00 from 2026-04-06) and the HSDS
 * `schedules` row it is written as and read back from: the writer's test (`to-hsds.test.ts`)
 * and the reader's (`import/read-hsds.test.ts`) hold their two directions to the same pair.
 */
export const FORTNIGHTLY_HSDS_ROW: { rule: WeeklyRule; row: Record<string, unknown> } = {
  rule: {
    type: 'weekly',
    weekdays: ['mon', 'thu'],
    start: '10:00',
    end: '12:00',
    intervalWeeks: 2,
    anchorDate: '2026-04-06',
  },
  row: {
    freq: 'WEEKLY',
    byday: 'MO,TH',
    interval: 2,
    dtstart: '2026-04-06',
    opens_at: '10:00',
    closes_at: '12:00',
  },
};
