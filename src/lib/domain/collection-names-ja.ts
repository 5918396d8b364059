/**
 * What an import writes, collection by collection, in Japanese: one table for the admin import
 * page (src/lib/i18n/messages/importer.ts) and the import report (src/lib/import/import-messages.ts).
 * A collection not named here is shown by its key.
 */
export const COLLECTION_NAMES_JA: Record<string, string> = {
  areas: '区域',
  resources: '施設・活動',
  organizations: '団体',
  data_sources: '出典',
  site: 'サイト情報',
  population_cells: '人口メッシュ',
  needs: 'ニーズ',
};
