/** Recall@k and top-n hit rate of a search function over labelled queries (tests and reports). */
export interface RelevanceReport {
  queries: number;
  recallAt20: number;
  top5Rate: number;
  failures: { query: string; missing: string[]; intendedRank: number | null }[];
}

/** `search(query)` returns names best first. */
export function relevanceReport(
  queries: readonly { query: string; expected: readonly string[] }[],
  search: (query: string) => string[],
): RelevanceReport {
  let found = 0;
  let wanted = 0;
  let top5 = 0;
  const failures: RelevanceReport['failures'] = [];
  for (const q of queries) {
    const names = search(q.query);
    const top20 = names.slice(0, 20);
    const missing = q.expected.filter((e) => !top20.includes(e));
    found += q.expected.length - missing.length;
    wanted += q.expected.length;
    const rank = names.indexOf(q.expected[0]!);
    if (rank >= 0 && rank < 5) top5++;
    if (missing.length > 0 || rank < 0 || rank >= 5) failures.push({ query: q.query, missing, intendedRank: rank >= 0 ? rank + 1 : null });
  }
  return { queries: queries.length, recallAt20: found / wanted, top5Rate: top5 / queries.length, failures };
}
