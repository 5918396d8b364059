/**
 * The reading an open-data export publishes: the one a file or a person gave. A reading the
 * importer generated (`nameKanaGenerated`) is a best guess kept for search, not a fact of the
 * city's data, so exports leave it out ('') — and importing the export generates it again,
 * flagged, so export → import → export still gives the same files.
 */
export function publishedReading(x: { nameKana: string; nameKanaGenerated: boolean }): string {
  return x.nameKanaGenerated ? '' : x.nameKana;
}
