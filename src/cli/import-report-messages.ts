/**
 * The summary lines `sasaeai import` prints around the issues, in the style of the UI's
 * message tree (src/lib/i18n): Japanese first, English typed from it; `{name}` placeholders
 * are filled by `fillImportTemplate` (Japanese shows the words of collection and area-kind
 * keys, from the import message catalog). The English lines are the long-standing output.
 */
export const importReportJa = {
  counts: '{collection}：追加 {create}、更新 {update}、変更なし {unchanged}',
  population: '人口（{areaKind}） {count}',
  approximate: '町の代表点に置いた施設 {count}',
  readings:
    '自動で付けたよみがな（「自動生成」と表示されます。確認してください） {count}：{examples}',
  unassigned: 'どの地区にも入っていない町丁（{count}）：{list}',
  district: '地区「{name}」：町丁 {towns}、人口 {population}',
  districtTownsWithoutPopulation: '（人口不明の町丁 {count}）',
  populationUnknown: '不明',
  duplicatesCreated: '重複らしい施設（{count}）：指定により登録します',
  duplicatesNotCreated: '重複らしい施設（{count}）：登録しません',
  needRow:
    'ニーズ {row} 行目：{district}・{serviceType}・{count}{countUnit}・{needSource}・{observedOn} → {action}',
  needNotCounted: '件数なし',
  hasErrors: 'エラーがあるので、何も書き込んでいません。',
  applied: '1 つのトランザクションで書き込みました（{ms} ms）。',
  dryRun: '確認だけです（何も書き込んでいません）。書き込むには --apply を付けてください。',
};

export const importReportEn: typeof importReportJa = {
  counts: '{collection} create {create}, update {update}, unchanged {unchanged}',
  population: 'population ({areaKind}) {count}',
  approximate: 'approximate locations (town points) {count}',
  readings: 'readings generated (marked 自動生成; check them) {count}: {examples}',
  unassigned: 'towns in no district ({count}): {list}',
  district: 'district {name}: {towns} towns, population {population}',
  districtTownsWithoutPopulation: ' ({count} towns without population)',
  populationUnknown: 'unknown',
  duplicatesCreated: 'likely duplicates ({count}): created anyway (--keep-duplicates)',
  duplicatesNotCreated: 'likely duplicates ({count}): not created',
  needRow:
    'need row {row}: {district} / {serviceType}: {count} {countUnit}, {needSource}, {observedOn} → {action}',
  needNotCounted: 'not counted',
  hasErrors: 'The report has errors: nothing was written.',
  applied: 'Applied in one transaction ({ms} ms).',
  dryRun: 'Dry run: nothing was written. Add --apply to write.',
};
