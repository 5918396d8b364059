/**
 * The credit lines shown under a map (issue #7). Pure: no svelte, maplibre or pocketbase.
 */

/** What a map's credits are made of, each list in display order. */
export interface MapCreditParts {
  /** The site's attribution lines (for an import: its sources' credit lines, composed by the import). */
  site: string[];
  /** `data_sources.attribution` of every imported source (covers a source the site text lacks). */
  sources?: string[];
  /** Attributions of auxiliary layers the map's data uses (walking network, candidate sites). */
  layers?: string[];
  /** The basemap's attribution ('' or absent when no basemap is drawn). */
  basemap?: string;
  /** The map library's credit. */
  library?: string;
}

/**
 * The lines to show, in the order site, sources, layers, basemap, library; each trimmed, blank
 * ones dropped, and a line already shown not repeated (the site text usually contains every
 * source's credit already, since the import appends it).
 */
export function mapCreditLines(parts: MapCreditParts): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const all = [
    ...parts.site,
    ...(parts.sources ?? []),
    ...(parts.layers ?? []),
    parts.basemap ?? '',
    parts.library ?? '',
  ];
  for (const raw of all) {
    const line = raw.trim();
    if (!line || seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}
