/**
 * Layer-2 council progress for the coordinators' dashboard: "set up in N of M districts"
 * against a target, the same count at the end of each fiscal year (April–March), and
 * meetings per district per fiscal year. Pure; `asOf` is passed in.
 */
import { fiscalYear, fiscalYearStarting, type FiscalYear } from './fiscal-year';
import type { Council, CouncilMeeting, CouncilStatus } from './types';

export interface FiscalYearProgress {
  fiscalYear: FiscalYear;
  /** Districts with a council set up on or before the fiscal year's last day (or `asOf`). */
  setUpCumulative: number;
  /** Councils set up during this fiscal year. */
  setUpInYear: number;
  /** Meetings held in this fiscal year, all councils. */
  meetings: number;
}

export interface CouncilProgress {
  /** Districts counted (M). */
  districtCount: number;
  /** Districts whose layer-2 council is set up (N). */
  setUp: number;
  preparing: number;
  notSetUp: number;
  /** The target number of districts (defaults to every district). */
  target: number;
  /** Status per district id; districts without a council record are `not_set_up`. */
  statusByDistrict: Record<string, CouncilStatus>;
  /** Oldest fiscal year with a set-up date or a meeting, up to the one containing `asOf`. */
  byFiscalYear: FiscalYearProgress[];
  /** district id → fiscal start year → meetings held. */
  meetingsByDistrict: Record<string, Record<number, number>>;
}

const RANK: Record<CouncilStatus, number> = { not_set_up: 0, preparing: 1, set_up: 2 };

/**
 * @param councils all councils (layer 1 is ignored)
 * @param districtIds the districts that should each have a layer-2 council
 * @param meetings all council meetings (those of layer-1 councils count only in totals)
 * @param asOf ISO date the dashboard is drawn for; later set-up dates and meetings are ignored
 * @param target districts aimed for (default: all)
 */
export function councilProgress(
  councils: readonly Council[],
  districtIds: readonly string[],
  meetings: readonly CouncilMeeting[],
  asOf: string,
  target?: number,
): CouncilProgress {
  const asOfDate = asOf.slice(0, 10);
  const known = new Set(districtIds);
  const statusByDistrict: Record<string, CouncilStatus> = {};
  const establishedByDistrict: Record<string, string> = {};
  for (const id of districtIds) statusByDistrict[id] = 'not_set_up';
  const districtOfCouncil: Record<string, string> = {};
  for (const c of councils) {
    if (c.layer !== 2 || !known.has(c.districtId)) continue;
    districtOfCouncil[c.id] = c.districtId;
    // a set-up date in the future (relative to asOf) does not count yet
    const status: CouncilStatus =
      c.status === 'set_up' && c.establishedOn && c.establishedOn > asOfDate
        ? 'preparing'
        : c.status;
    // several councils for one district (merged areas): the most advanced wins
    if (RANK[status] > RANK[statusByDistrict[c.districtId] ?? 'not_set_up'])
      statusByDistrict[c.districtId] = status;
    if (status === 'set_up' && c.establishedOn) {
      const prev = establishedByDistrict[c.districtId];
      if (!prev || c.establishedOn < prev) establishedByDistrict[c.districtId] = c.establishedOn;
    }
  }
  const counts = { set_up: 0, preparing: 0, not_set_up: 0 };
  for (const s of Object.values(statusByDistrict)) counts[s]++;

  const meetingsByDistrict: Record<string, Record<number, number>> = {};
  const meetingsByYear = new Map<number, number>();
  let firstYear = fiscalYear(asOfDate).startYear;
  const lastYear = firstYear;
  for (const m of meetings) {
    if (!m.heldOn || m.heldOn > asOfDate) continue;
    const fy = fiscalYear(m.heldOn).startYear;
    firstYear = Math.min(firstYear, fy);
    meetingsByYear.set(fy, (meetingsByYear.get(fy) ?? 0) + 1);
    const d = districtOfCouncil[m.councilId];
    if (d) {
      const row = (meetingsByDistrict[d] ??= {});
      row[fy] = (row[fy] ?? 0) + 1;
    }
  }
  const established = Object.values(establishedByDistrict);
  for (const e of established) firstYear = Math.min(firstYear, fiscalYear(e).startYear);
  // set-up councils without a date count from the first year on
  const undated = counts.set_up - established.length;

  const byFiscalYear: FiscalYearProgress[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const fy = fiscalYearStarting(y);
    byFiscalYear.push({
      fiscalYear: fy,
      setUpCumulative: undated + established.filter((e) => e <= fy.lastDay).length,
      setUpInYear: established.filter((e) => e >= fy.firstDay && e <= fy.lastDay).length,
      meetings: meetingsByYear.get(y) ?? 0,
    });
  }
  return {
    districtCount: districtIds.length,
    setUp: counts.set_up,
    preparing: counts.preparing,
    notSetUp: counts.not_set_up,
    target: target ?? districtIds.length,
    statusByDistrict,
    byFiscalYear,
    meetingsByDistrict,
  };
}
