/**
 * The example in the town picker's hint 「（例：たかはま）」: taken from the city's own towns,
 * so a real city never shows the demo city's 「さくら」. The most populous town that has a
 * reading gives the first characters of its reading (what a resident would type); without any
 * reading, the first characters of its name. Pure.
 */
export interface HintTown {
  name: string;
  nameKana: string;
  population: number | null;
}

/**
 * @param chars how many characters to show (default 3: enough to narrow a city's towns).
 * @returns '' when there is no town (the hint is then given without an example).
 */
export function townHintExample(towns: readonly HintTown[], chars = 3): string {
  let best: HintTown | null = null;
  for (const t of towns) {
    const better =
      !best ||
      (!!t.nameKana && !best.nameKana) ||
      (!!t.nameKana === !!best.nameKana && (t.population ?? -1) > (best.population ?? -1));
    if (better) best = t;
  }
  if (!best) return '';
  return [...(best.nameKana || best.name).replace(/\s/g, '')].slice(0, chars).join('');
}
