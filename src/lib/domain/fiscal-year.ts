/**
 * Japanese fiscal years (年度): April 1 to March 31, named by the calendar year they start
 * in, with the Reiwa era year (令和) municipal reports use. Pure.
 */

export interface FiscalYear {
  /** Calendar year the fiscal year starts in: FY2026 = 2026-04-01 … 2027-03-31. */
  startYear: number;
  /** Reiwa year (2019 = 1, 令和元年度). 0 or negative before Reiwa. */
  reiwa: number;
  /** First day, ISO date. */
  firstDay: string;
  /** Last day, ISO date. */
  lastDay: string;
  /** 「令和8年度」 (「令和元年度」 for 2019; 「2018年度」 before Reiwa). */
  labelJa: string;
  /** "FY2026". */
  labelEn: string;
}

/**
 * The fiscal year an ISO date (or ISO datetime; only the date part is read) falls in.
 * @throws RangeError for a string that does not start with `YYYY-MM`.
 */
export function fiscalYear(iso: string): FiscalYear {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  return fiscalYearStarting(month >= 4 ? year : year - 1);
}

/** The fiscal year starting on April 1 of `startYear`. */
export function fiscalYearStarting(startYear: number): FiscalYear {
  const reiwa = startYear - 2018;
  return {
    startYear,
    reiwa,
    firstDay: `${startYear}-04-01`,
    lastDay: `${startYear + 1}-03-31`,
    labelJa: reiwa >= 1 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : `${startYear}年度`,
    labelEn: `FY${startYear}`,
  };
}
