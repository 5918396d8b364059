/**
 * UI messages of the data import and export pages (namespace `importer`).
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const importerJa = {
  heading: 'データの読み込み',
};

export const importerEn: typeof importerJa = {
  heading: 'Load data',
};
