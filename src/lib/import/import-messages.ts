/**
 * The import report's messages in Japanese and English, in the style of the UI's message
 * tree (src/lib/i18n): a Japanese catalog by message code, and an English one typed from it;
 * `{name}` placeholders are filled from the issue's `params`.
 *
 * The English template is what `ImportIssue.message` holds (the CLI prints it and its `--json`
 * output carries it: a product contract, so an English template must keep today's wording).
 * The Japanese template is for the admin page, written for a coordinator rather than a
 * programmer. File, row and field are not repeated in the text: the report shows them in
 * columns of their own.
 *
 * Pure TypeScript (no svelte or $app imports): the CLI uses it too.
 */
import { COLLECTION_NAMES_JA } from '../domain/collection-names-ja';
import { NEED_SOURCE_NAMES_JA } from '../domain/need-source-names';
import type { ImportIssue } from './import-issue';
import { needsImportMessagesEn, needsImportMessagesJa } from './needs-import-messages';

export type ImportLang = 'ja' | 'en';

export interface ImportMessageTemplates {
  ja: string;
  en: string;
}

/** Every message the importer can report, by code. */
/** Every message the importer can report, by code, in Japanese (the source of truth). */
export const importMessagesJa = {
  // ---- reading files (decode-text, read-csv-table, read-geojson) --------------------------
  fileEmpty: 'ファイルが空です。',
  notTextAuto:
    '文字を読み取れません（UTF-8 でも Shift_JIS でもありません。文字コードが違うのかもしれません）。UTF-8 の CSV として保存し直してから、もう一度お試しください。',
  notTextUtf8:
    'UTF-8 の文字として読み取れません（文字コードが違うのかもしれません）。UTF-8 の CSV として保存し直してから、もう一度お試しください。',
  notTextShiftJis:
    'Shift_JIS の文字として読み取れません（文字コードが違うのかもしれません）。UTF-8 の CSV として保存し直してから、もう一度お試しください。',
  csvTooManyRows:
    'ファイルの行数が上限（{limit} 行）を超えています。施設・活動の一覧としては多すぎるため、読み込みを止めました。市の一覧だけのファイルか確認してください。',
  csvUnreadable:
    'CSV として読み取れません。引用符（"）の閉じ忘れなどがないか確かめてください。（詳細：{detail}）',
  noDataRows: '見出しの行だけで、データの行がありません。',
  jsonInvalid:
    'JSON として読み取れません（ファイルが途中で切れているのかもしれません）。（詳細：{detail}）',
  notFeatureCollection: 'GeoJSON の FeatureCollection（地物の集まり）ではありません。',
  noFeatures: '地物（区域や点）が 1 つもありません。',

  // ---- Shapefile zip and its .dbf table (read-shapefile-zip, read-dbf) ---------------------
  zipTooManyEntries:
    'zip に {count} 個のファイルが入っています。上限は {limit} 個です。町丁・字の境界の zip（.shp・.dbf・.prj）だけを選んでください。',
  zipEntryTooLarge:
    'zip の中の {entry} は展開すると {size} になり、1 ファイルの上限 {limit} を超えます。市区町村ごとの境界データを選んでください。',
  zipTotalTooLarge:
    'zip の中身は展開すると {size} になり、上限 {limit} を超えます。市区町村ごとの境界データを選んでください。',
  zipUnreadable:
    'zip ファイルを開けません（ダウンロードが途中で切れたか、壊れているのかもしれません）。（詳細：{detail}）',
  zipNoShp: 'zip の中に .shp ファイルがありません（入っているもの：{members}）。',
  zipEmpty: 'zip の中に .shp ファイルがありません（zip は空です）。',
  dbfMissing: '{shp} の属性の表がありません。zip の中に {base}.dbf が見つかりません。',
  coordinatesProjected:
    '座標が平面直角座標など（{system}）で書かれています。読み込めるのは緯度・経度（JGD2011、JGD2000、WGS84）だけです。e-Stat から「世界測地系緯度経度」の版をダウンロードしてください。',
  prjUnknown: '{prj} の座標系がわかりません。WGS84 の緯度・経度として読みます。',
  prjMissing: '.prj ファイル（座標系の説明）がありません。WGS84 の緯度・経度として読みます。',
  shpUnreadable:
    '区域の形を読み取れません（.shp ファイルが途中で切れているのかもしれません）。（詳細：{detail}）',
  shpDbfMismatch:
    '.shp の形は {shapes} 件なのに、.dbf の行は {rows} 件です。別々のデータの組み合わせか、どちらかが途中で切れています。',
  dbfTooShort: '.dbf の表が空か、途中で切れています。',
  dbfTruncated: '.dbf の表が途中で切れています。{count} 件あるはずですが、ファイルが短すぎます。',
  dbfBadText:
    '文字を {encoding} として読み取れません。文字コードが違います（e-Stat の表は Shift_JIS です。.cpg ファイルを削除するか直してください）。',

  // ---- places (read-places) ---------------------------------------------------------------
  notPoint: '点（Point）のはずですが、{type} です。',
  nameColumnOff:
    '名前の列は「使わない」にできません。施設にはすべて名前が必要です。名前が入っている列を選んでください。',
  nameColumnMissing:
    '名前の列「{column}」がファイルにありません（ファイルの列：{columns}）。名前の列を選んでください。',
  latLngTogether:
    '緯度と経度は両方の列を選ぶか、両方「使わない」にしてください（使わない場合は町字の代表点のファイルが必要です）。',
  columnNotUsed:
    '列「{column}」は読み込みません（列の対応で「{placeField}」を「使わない」にしています）。どの施設にも{placeField}は入りません。',
  mappedColumnMissing:
    '{placeField}の列「{column}」がファイルにありません（ファイルの列：{columns}）。どの施設にも{placeField}は入りません。',
  nameEmpty: '名前が空です。',
  latNotNumber: '緯度「{value}」が数字ではありません。',
  lngNotNumber: '経度「{value}」が数字ではありません。',
  latOutOfRange: '緯度 {value} は -90〜90 の範囲外です（緯度と経度が入れ替わっていませんか）。',
  lngOutOfRange: '経度 {value} は -180〜180 の範囲外です。',

  // ---- a place's values, checked with the app's one validator (check-place-row) ------------
  outsideJapan:
    '位置（緯度 {lat}、経度 {lng}）が日本の外です。緯度と経度が入れ替わっていないか、数字が正しいか確かめてください。',
  phoneInvalid:
    '電話番号「{value}」は電話番号の形ではありません（数字・ハイフン・かっこで 10〜11 桁）。この施設には電話番号を入れずに読み込みます。',
  urlInvalid:
    'URL「{value}」は http:// か https:// で始まるウェブのアドレスではありません。この施設には URL を入れずに読み込みます。',
  timeInvalid:
    '時刻「{value}」は 0:00〜23:59 の時刻として読めません。直してから、もう一度読み込んでください。',
  timeEndBeforeStart:
    '終了時間 {end} が開始時間 {start} より前か同じです。直してから、もう一度読み込んでください。',
  weekdaysUnreadable:
    '曜日「{value}」を読み取れません（例：月～金、月・水・金、平日）。この施設の日時は読み込みません。',
  categoryKeepsNone:
    '種別「{categories}」の行が 1 つもありません（全 {total} 行）。このファイルにある種別：{values}。',
  categoryKeepsFew:
    '種別「{categories}」の行は全 {total} 行のうち {kept} 行だけです。このファイルにある種別：{values}。',
  nameFilterKeepsNone:
    '名前の条件「{pattern}」に合う行が 1 つもありません（全 {total} 行）。ファイルの名前の例：{names}。',
  nameFilterKeepsFew:
    '名前の条件「{pattern}」に合う行は全 {total} 行のうち {kept} 行だけです。ファイルの名前の例：{names}。',
  mappingKeepsFew:
    '{total} 行のうち、施設として読み込めたのは {kept} 行だけです。列の対応が合っているか確かめてください（名前の例：{names}）。',
  recordInvalid: '{field}の値が正しくありません（{detail}）。このままでは保存できません。',
  idTwice:
    'この行の ID「{id}」は {firstRow} 行目でも使われています。ID は施設ごとに 1 つにしてください。',
  capacityNotNumber: '定員「{value}」が 0 以上の整数ではありません。定員は空として読みました。',
  feeUnreadable:
    '参加費「{value}」が読めません（例：無料、1回100円、月額500円）。金額は空、文は参加費の説明として読みました。',
  labelUnknown:
    '{label}「{value}」は使える値ではありません（使える値：{allowed}）。既定値のままにしました。',

  // ---- town boundaries (read-boundaries) --------------------------------------------------
  boundaryFieldMissing:
    '{role}の項目「{column}」がファイルにありません（ファイルの項目：{columns}）。項目名を選び直してください。',
  townCodeEmpty: '町丁コードが空です。',
  townNameEmpty: '町丁名が空です。',
  notPolygon: '区域（Polygon または MultiPolygon）のはずですが、{type} です。',
  noPolygon: '区域（Polygon または MultiPolygon）のはずですが、形がありません。',
  coordinateNotLngLat:
    '座標 [{lng}, {lat}] は緯度・経度ではありません。平面直角座標などで書かれたファイルのようです。緯度・経度（JGD2011 または WGS84）のファイルを使ってください。',
  populationNotWhole: '人口「{value}」が 0 以上の整数ではありません。',
  population65NotWhole: '65歳以上人口「{value}」が 0 以上の整数ではありません。',

  // ---- small tables: towns → districts, district list, population (read-area-tables) -------
  noDistrictColumn: '地区の列がありません。見出しを次のどれかにしてください：{names}',
  noTownColumn: '町丁の列がありません。見出しを次のどれかにしてください：{names}',
  townEmpty: '町丁が空です。',
  districtEmpty: '地区が空です。',
  districtNameEmpty: '地区の名前が空です。',
  districtListedTwice: '地区「{name}」が 2 回書かれています（最初は {firstRow} 行目）。',
  tableColumnMissing: '{role}の列「{column}」がファイルにありません（ファイルの列：{columns}）。',
  tableColumnNotFound: '{role}の列が見つかりません（ファイルの列：{columns}）。',
  notWholeNumber: '「{value}」が 0 以上の整数ではありません。',
  notACode: '「{code}」はコードではないので、この行は読み飛ばしました。',
  meshCodeUnknownSize:
    '「{code}」は地域メッシュコード（8桁＝1km、9桁＝500m、10桁＝100m または 250m）ではありません。',
  meshCodeDigits:
    '「{code}」は {digits} 桁ですが、{meshM}m メッシュのコードは {expected} 桁です（1 つの表には 1 つの大きさのメッシュだけを入れてください）。',
  meshOutsideJapan:
    '「{code}」は日本の外の場所を指しています（最初の 4 桁の打ち間違いではありませんか）。',
  meshCodeInvalid:
    '「{code}」は {meshM}m メッシュのコードとして正しくありません。（詳細：{detail}）',
  meshListedTwice: 'メッシュコード {code} が 2 回書かれています（最初は {firstRow} 行目）。',

  // ---- likely duplicate places (find-likely-duplicates, plan-import) ------------------------
  likelyDuplicate:
    '「{name}」は {otherFile} の {otherRow} 行目「{other}」と同じ場所のようです（{distanceM} m）。最初の 1 件だけを登録します（別の場所なら --keep-duplicates、管理画面では「重複らしい行も登録する」）。',
  likelyDuplicateKept:
    '「{name}」は {otherFile} の {otherRow} 行目「{other}」と同じ場所のようです（{distanceM} m）。指定により両方を登録します。',
  likelyDuplicateOfDirectory:
    '「{name}」は登録済みの「{other}」と同じ場所のようです（{distanceM} m）。登録しません（別の場所なら --keep-duplicates、管理画面では「重複らしい行も登録する」）。',
  likelyDuplicateOfDirectoryKept:
    '「{name}」は登録済みの「{other}」と同じ場所のようです（{distanceM} m）。指定により登録します。',

  // ---- HSDS packages (read-hsds) ----------------------------------------------------------
  hsdsNotJson:
    'JSON として読み取れません（ファイルが途中で切れているのかもしれません）。（詳細：{detail}）',
  hsdsNotPackage:
    'HSDS のパッケージではありません。"services"（サービスの一覧）の配列を持つ JSON が必要です。',
  hsdsBadWeekday: '「{token}」は曜日ではありません（SU、MO、TU、WE、TH、FR、SA のどれかです）。',
  hsdsBadNthWeekday:
    '「{token}」は「第n何曜日」の書き方（2WE＝第2水曜、-1FR＝最終金曜など）ではありません。',
  hsdsBadMonthDays: '「{value}」は 1〜31 の日にちの並びではありません。',
  hsdsBadFreq:
    '繰り返し「{freq}」とほかの項目の組み合わせを読み取れません（読めるのは WEEKLY と、byday か bymonthday のある MONTHLY です）。',
  hsdsOrgNeedsIdName: '団体には ID と名前が必要です。',
  hsdsOrgTwice: '団体の ID「{id}」が 2 回出てきます（{firstRow} 番目と {row} 番目）。',
  hsdsServiceNeedsIdName: 'サービス（施設・活動）には ID と名前が必要です。',
  hsdsUnknownOrganization:
    '「{name}」の団体「{organization}」が団体の一覧（organizations）にありません。',
  hsdsUnknownArea: '地域「{area}」（{code}）は登録されている地区ではないので、無視しました。',
  hsdsBadLocation: '「{name}」の場所 [{lng}, {lat}] は正しい緯度・経度（WGS84）ではありません。',
  hsdsServiceTwice: 'サービスの ID「{id}」が 2 回出てきます（{firstRow} 番目と {row} 番目）。',
  hsdsBadCapacity: '「{name}」の {field}「{value}」は 0 以上の整数ではありません。',
  hsdsBadCapacityDate: '「{name}」の受け入れの回答日「{value}」を日時として読めません。',

  // ---- needs surveys (read-needs, plan-needs) ----------------------------------------------
  ...needsImportMessagesJa,

  // ---- planning against the stored data (plan-import, prepare-import) ----------------------
  codeClash:
    'コード「{code}」の{areaKind}はすでにあります（「{existing}」、出典：{source}）。コードは重ならないようにしてください。',
  codeClashNoSource:
    'コード「{code}」の{areaKind}はすでにあります（「{existing}」、別の出典から）。コードは重ならないようにしてください。',
  townCodeNotInBoundaries:
    '町丁コード {code} は境界のファイルにないので、この行は使いませんでした。',
  noPopulation:
    'どの町丁にも人口がありません（人口の項目も人口の表もありません）。人口は「不明」として読み込みます。',
  oneTownNoPopulation:
    '人口のない町丁が 1 か所あります（{names}）。人口は「不明」として読み込み、地区の合計には人口のある町丁だけを数えます。',
  townsNoPopulation:
    '人口のない町丁が {count} か所あります（{names}）。人口は「不明」として読み込み、地区の合計には人口のある町丁だけを数えます。',
  districtNotInList: '地区「{district}」が地区の一覧（{list}）にありません。',
  townNotFound: '町丁「{town}」が {boundaries} にありません。',
  townNotFoundDidYouMean:
    '町丁「{town}」が {boundaries} にありません。近い名前の町丁：{suggestions}',
  townNameAmbiguous:
    '町丁名「{town}」に当たる町丁が {count} 件あります（コードが違うので、どれをこの地区に入れるか決められません）：{towns}。town_code 列にコードを書くか、区・市の列（ward または city）を加えてください。全部をこの地区に入れるなら「{town}*」と書けます（この名前で始まる町丁すべてに当たります）。',
  townNotInArea: '「{area}」に町丁「{town}」はありません。この名前の町丁があるのは {areas} です。',
  townsUnassigned:
    'どの地区にも入っていない町丁が {count} か所あります（一覧を見てください）。地区なしで読み込みます。',
  noCity:
    '市がまだ登録されていません。市の名前と全国地方公共団体コードを入れてください（コマンドでは --city-name と --city-code）。',
  districtNoTowns: '地区「{name}」には町丁が 1 つもありません。',
  placeNoTown:
    '「{name}」には緯度・経度がなく、住所「{address}」にも知っている町名が見つかりません。緯度・経度を入れるか、町字の代表点のファイルを加えてください。',
  placeTownNoDistrict:
    '「{name}」のある町丁「{town}」がどの地区にも入っていないので、この施設は読み込みませんでした。',
  placeOutsideCity: '「{name}」の場所 [{location}] は市内のどの町丁にも入っていません。',
  hsdsNoLocation:
    '「{name}」には場所がなく、サービスの地域（service_area）にも登録済みの地区がないので、読み込みませんでした（施設・活動の編集画面から追加してください）。',
  hsdsTownNoDistrict:
    '「{name}」のある町丁「{town}」がどの地区にも入っておらず、サービスの地域にも地区がないので、読み込みませんでした。',
  hsdsOutsideCity:
    '「{name}」の場所 [{location}] は市内のどの町丁にも入っておらず、サービスの地域にも地区がありません。',
  populationNeedsBoundaries:
    '町丁コードごとの人口の表は、町丁・字の境界につないで読み込みます。境界のファイルも選んでください。',
  noTownMapping:
    '町丁と地区の対応（地区の構成）のファイルがないので、町丁は地区なしで読み込みます。',
};

/** The same in English: typed from the Japanese, so a missing or extra code does not compile. */
export const importMessagesEn: typeof importMessagesJa = {
  // ---- reading files (decode-text, read-csv-table, read-geojson) --------------------------
  fileEmpty: 'the file is empty.',
  notTextAuto:
    'the file is not valid UTF-8 or Shift_JIS text (wrong encoding?). Save it as UTF-8 CSV and try again.',
  notTextUtf8:
    'the file is not valid UTF-8 text (wrong encoding?). Save it as UTF-8 CSV and try again.',
  notTextShiftJis:
    'the file is not valid Shift_JIS text (wrong encoding?). Save it as UTF-8 CSV and try again.',
  csvTooManyRows:
    "the file holds more than {limit} rows, the limit for a list of places; reading stopped there. Check that it is the city's own list.",
  csvUnreadable: 'the CSV cannot be read: {detail}',
  noDataRows: 'the file has a header but no data rows.',
  jsonInvalid: 'the file is not valid JSON (truncated?): {detail}',
  notFeatureCollection: 'the file is not a GeoJSON FeatureCollection.',
  noFeatures: 'the file has no features.',

  // ---- Shapefile zip and its .dbf table (read-shapefile-zip, read-dbf) ---------------------
  zipTooManyEntries:
    'the zip holds {count} entries; the limit is {limit}. Give the boundary zip itself (.shp, .dbf, .prj).',
  zipEntryTooLarge:
    'zip entry {entry} unpacks to {size}, over the limit of {limit} per entry. Download the boundaries for one municipality.',
  zipTotalTooLarge:
    'the zip unpacks to {size}, over the limit of {limit} in all. Download the boundaries for one municipality.',
  zipUnreadable: 'the zip file cannot be opened (truncated or damaged download?): {detail}',
  zipNoShp: 'the zip holds no .shp file (it has: {members}).',
  zipEmpty: 'the zip holds no .shp file (it has: nothing).',
  dbfMissing: '{shp} has no attribute table: {base}.dbf is missing from the zip.',
  coordinatesProjected:
    'the coordinates are projected ({system}). Only longitude/latitude (JGD2011, JGD2000 or WGS84) can be loaded: download the "世界測地系緯度経度" version from e-Stat.',
  prjUnknown: 'unknown coordinate system in {prj}; reading it as WGS84 longitude/latitude.',
  prjMissing: 'no .prj file: assuming WGS84 longitude/latitude.',
  shpUnreadable: 'the geometry cannot be read (truncated .shp?): {detail}',
  shpDbfMismatch:
    'the .shp has {shapes} shapes but the .dbf has {rows} rows: the files do not belong together or one is truncated.',
  dbfTooShort: 'the .dbf table is empty or truncated.',
  dbfTruncated:
    'the .dbf table is truncated: it declares {count} records but the file is too short.',
  dbfBadText:
    'the text is not valid {encoding}: wrong encoding (e-Stat tables are Shift_JIS; remove or fix the .cpg file).',

  // ---- places (read-places) ---------------------------------------------------------------
  notPoint: 'expected a Point, got {type}.',
  nameColumnOff:
    'the name column cannot be switched off: every place needs a name. Choose the column that holds the names.',
  nameColumnMissing:
    'the name column "{column}" is not in the file (columns: {columns}). Map the name column.',
  latLngTogether:
    'latitude and longitude go together: use both columns, or switch both off (places then need a town-points file).',
  columnNotUsed:
    'column "{column}" is not used ({placeField} switched off in the column mapping): no place gets a {placeField}.',
  mappedColumnMissing:
    '{placeField}: the column "{column}" is not in the file (columns: {columns}); no place gets a {placeField}.',
  nameEmpty: 'the name is empty.',
  latNotNumber: 'latitude "{value}" is not a number.',
  lngNotNumber: 'longitude "{value}" is not a number.',
  latOutOfRange: 'latitude {value} is outside -90…90 (are latitude and longitude swapped?).',
  lngOutOfRange: 'longitude {value} is outside -180…180.',

  // ---- a place's values, checked with the app's one validator (check-place-row) ------------
  outsideJapan:
    'the position (latitude {lat}, longitude {lng}) is outside Japan: check that latitude and longitude are not swapped or mistyped.',
  phoneInvalid:
    'phone "{value}" is not a phone number (digits, hyphens and brackets, 10–11 digits): the place is imported without a phone.',
  urlInvalid: 'URL "{value}" is not an http(s) web address: the place is imported without a URL.',
  timeInvalid: 'time "{value}" is not a time of day (0:00–23:59); correct it and import again.',
  timeEndBeforeStart:
    'the end time {end} is not after the start time {start}; correct it and import again.',
  weekdaysUnreadable:
    'weekdays "{value}" cannot be read (e.g. 月～金, 月・水・金, 平日): the place is imported without a schedule.',
  categoryKeepsNone:
    "no row has the category {categories} (of {total} rows). The file's categories: {values}.",
  categoryKeepsFew:
    "only {kept} of {total} rows have the category {categories}. The file's categories: {values}.",
  nameFilterKeepsNone:
    'no name matches "{pattern}" (of {total} rows). Names in the file, e.g.: {names}.',
  nameFilterKeepsFew:
    'only {kept} of {total} rows match the name pattern "{pattern}". Names in the file, e.g.: {names}.',
  mappingKeepsFew:
    'only {kept} of {total} rows became places: check the column mapping (names, e.g.: {names}).',
  recordInvalid: '{field} is not valid ({detail}); it cannot be stored.',
  idTwice: 'id "{id}" is used twice (first on row {firstRow}); each place needs its own id.',
  capacityNotNumber: 'capacity "{value}" is not a whole number of 0 or more; read as unknown.',
  feeUnreadable:
    'fee "{value}" is not readable (e.g. 無料, 1回100円, 月額500円); the amount is left unknown and the text kept as the fee note.',
  labelUnknown: '{label} "{value}" is not one of: {allowed}; the default is kept.',

  // ---- town boundaries (read-boundaries) --------------------------------------------------
  boundaryFieldMissing:
    'the {role} field "{column}" is not in the file (its fields: {columns}). Choose the field in the mapping.',
  townCodeEmpty: 'the town code is empty.',
  townNameEmpty: 'the town name is empty.',
  notPolygon: 'expected a Polygon or MultiPolygon, got {type}.',
  noPolygon: 'expected a Polygon or MultiPolygon, got no geometry.',
  coordinateNotLngLat:
    'coordinate [{lng}, {lat}] is not longitude/latitude: the file looks projected. Use a longitude/latitude (JGD2011 or WGS84) file.',
  populationNotWhole: 'population "{value}" is not a whole number.',
  population65NotWhole: '65+ population "{value}" is not a whole number.',

  // ---- small tables: towns → districts, district list, population (read-area-tables) -------
  noDistrictColumn: 'no district column: name one of {names}.',
  noTownColumn: 'no town column: name one of {names}.',
  townEmpty: 'the town is empty.',
  districtEmpty: 'the district is empty.',
  districtNameEmpty: 'the district name is empty.',
  districtListedTwice: 'district "{name}" is listed twice (first on row {firstRow}).',
  tableColumnMissing: 'the {role} column "{column}" is not in the file (columns: {columns}).',
  tableColumnNotFound: 'the {role} column is not in the file (columns: {columns}).',
  notWholeNumber: '"{value}" is not a whole number.',
  notACode: '"{code}" is not a code; row skipped.',
  meshCodeUnknownSize:
    '"{code}" is not a mesh code of 8 (1 km), 9 (500 m) or 10 (100 m / 250 m) digits.',
  meshCodeDigits:
    '"{code}" has {digits} digits; a {meshM} m mesh code has {expected} (one table holds one mesh size).',
  meshOutsideJapan: '"{code}" is outside Japan (a typo in the first 4 digits?).',
  meshCodeInvalid: '"{code}" is not a valid {meshM} m mesh code ({detail}).',
  meshListedTwice: 'mesh code {code} is listed twice (first on row {firstRow}).',

  // ---- likely duplicate places (find-likely-duplicates, plan-import) ------------------------
  likelyDuplicate:
    '"{name}" looks like a second listing of "{other}" ({otherFile} row {otherRow}, {distanceM} m away): only the first is created (--keep-duplicates creates both).',
  likelyDuplicateKept:
    '"{name}" looks like a second listing of "{other}" ({otherFile} row {otherRow}, {distanceM} m away): both are created (--keep-duplicates).',
  likelyDuplicateOfDirectory:
    '"{name}" looks like "{other}", already in the directory {distanceM} m away: not created (--keep-duplicates creates it).',
  likelyDuplicateOfDirectoryKept:
    '"{name}" looks like "{other}", already in the directory {distanceM} m away: created anyway (--keep-duplicates).',

  // ---- HSDS packages (read-hsds) ----------------------------------------------------------
  hsdsNotJson: 'not valid JSON: {detail}',
  hsdsNotPackage: 'not an HSDS package: expected an object with a "services" array.',
  hsdsBadWeekday: '"{token}" is not a weekday (SU, MO, TU, WE, TH, FR, SA).',
  hsdsBadNthWeekday: '"{token}" is not an nth weekday like 2WE or -1FR.',
  hsdsBadMonthDays: '"{value}" is not a list of days 1–31.',
  hsdsBadFreq:
    'freq "{freq}" with these parts cannot be read (supported: WEEKLY, MONTHLY with byday or bymonthday).',
  hsdsOrgNeedsIdName: 'an organization needs an id and a name.',
  hsdsOrgTwice: 'organization id "{id}" appears twice (row {firstRow} and {row}).',
  hsdsServiceNeedsIdName: 'a service needs an id and a name.',
  hsdsUnknownOrganization:
    'organization "{organization}" of "{name}" is not in the organizations table.',
  hsdsUnknownArea: 'area "{area}" ({code}) is not a known area; ignored.',
  hsdsBadLocation: '"{name}": location [{lng}, {lat}] is not a valid WGS84 point.',
  hsdsServiceTwice: 'service id "{id}" appears twice (rows {firstRow} and {row}).',
  hsdsBadCapacity: '"{name}": {field} "{value}" is not a whole number 0 or more.',
  hsdsBadCapacityDate: '"{name}": the capacity answer\'s date "{value}" is not a date and time.',

  // ---- needs surveys (read-needs, plan-needs) ----------------------------------------------
  ...needsImportMessagesEn,

  // ---- planning against the stored data (plan-import, prepare-import) ----------------------
  codeClash:
    'a {areaKind} with code "{code}" already exists ("{existing}", from {source}); codes must be unique.',
  codeClashNoSource:
    'a {areaKind} with code "{code}" already exists ("{existing}", from another source); codes must be unique.',
  townCodeNotInBoundaries: 'town code {code} is not in the boundaries; row ignored.',
  noPopulation:
    'no town has a population (no population column mapped, and no population table): areas are loaded with population unknown.',
  oneTownNoPopulation:
    '1 town has no population ({names}): loaded as unknown; district totals count only the towns that have one.',
  townsNoPopulation:
    '{count} towns have no population ({names}): loaded as unknown; district totals count only the towns that have one.',
  districtNotInList: 'district "{district}" is not in the district list {list}.',
  townNotFound: 'no town "{town}" in {boundaries}.',
  townNotFoundDidYouMean: 'no town "{town}" in {boundaries}; did you mean {suggestions}?',
  townNameAmbiguous:
    'the town name "{town}" matches {count} towns with different codes: {towns}. Give a town_code column, or a ward/city column, to say which; to put them all in this district write "{town}*" (it matches every town whose name starts with it).',
  townNotInArea: 'no town "{town}" in "{area}"; towns of that name are in {areas}.',
  townsUnassigned:
    '{count} towns are in no district (see the list); they are loaded without a district.',
  noCity: 'no city is loaded yet: give the city name and code (--city-name, --city-code).',
  districtNoTowns: 'district "{name}" has no towns.',
  placeNoTown:
    '"{name}" has no coordinates and its address "{address}" names no known town; add 緯度/経度 or a town-points file.',
  placeTownNoDistrict: '"{name}" is in town {town}, which has no district; place skipped.',
  placeOutsideCity: '"{name}" at [{location}] is outside every town of the city.',
  hsdsNoLocation:
    '"{name}" has no location and none of its service areas is one of our districts; skipped (add it on the resource form).',
  hsdsTownNoDistrict:
    '"{name}" is in town {town}, which has no district, and names no district as its service area; skipped.',
  hsdsOutsideCity:
    '"{name}" at [{location}] is outside every town of the city and names no district as its service area.',
  populationNeedsBoundaries:
    'a population table by town code is joined to town boundaries: give the boundaries file too.',
  noTownMapping: 'no towns → districts mapping: towns are loaded without districts.',
};

export type ImportMessageCode = keyof typeof importMessagesJa;

/** Each code's pair of templates (for tools and tests that read both languages at once). */
export const IMPORT_MESSAGES = Object.fromEntries(
  Object.keys(importMessagesJa).map((code) => [
    code,
    {
      ja: importMessagesJa[code as ImportMessageCode],
      en: importMessagesEn[code as ImportMessageCode],
    },
  ]),
) as Record<ImportMessageCode, ImportMessageTemplates>;

/** Every code, for tests and tools. */
export const IMPORT_MESSAGE_CODES = Object.keys(importMessagesJa) as ImportMessageCode[];

/**
 * Japanese words for parameters whose values are internal keys (a place field, a column role,
 * an area kind or `mesh`, a collection): English shows the key as today's messages do,
 * Japanese shows the word.
 * A value without a word here is shown as it is.
 */
const JA_PARAM_WORDS: Record<string, Record<string, string>> = {
  placeField: {
    sourceId: 'ID',
    name: '名前',
    nameKana: 'よみがな',
    address: '住所',
    lat: '緯度',
    lng: '経度',
    phone: '電話番号',
    weekdays: '曜日',
    start: '開始時間',
    end: '終了時間',
    url: 'URL',
    note: '備考',
    category: '種別',
  },
  role: { code: 'コード', name: '町丁名', population: '人口', population65: '65歳以上人口' },
  areaKind: {
    city: '市',
    daily_life_area: '日常生活圏域',
    district: '地区',
    town: '町丁・字',
    mesh: '人口メッシュ',
  },
  collection: COLLECTION_NAMES_JA,
  countUnit: { households: '世帯', people: '人' },
  needSource: NEED_SOURCE_NAMES_JA,
  action: { create: '追加', update: '更新', unchanged: '変更なし', error: 'エラー' },
  needColumn: {
    district: '地区',
    'service type': 'サービス種別',
    source: '出典',
    'survey date': '調査日',
  },
  personalData: { 'a phone number': '電話番号', 'an e-mail address': 'メールアドレス' },
  system: { 'a projected system': '名前のない座標系' },
};

/**
 * Fills `{name}` placeholders of an import template (an issue's, or the CLI's report lines),
 * in Japanese with the words of internal keys; an unknown placeholder stays visible rather
 * than silently empty.
 */
export function fillImportTemplate(
  template: string,
  params: Record<string, string | number>,
  lang: ImportLang,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return (lang === 'ja' ? JA_PARAM_WORDS[key]?.[String(value)] : undefined) ?? String(value);
  });
}

/** Whether `code` is a message code of the catalog. */
export function isImportMessageCode(code: string): code is ImportMessageCode {
  return Object.hasOwn(importMessagesJa, code);
}

/** One message in one language: the code's template with `params` filled in. */
export function renderImportMessage(
  code: ImportMessageCode,
  params: Record<string, string | number>,
  lang: ImportLang,
): string {
  return fillImportTemplate(
    (lang === 'ja' ? importMessagesJa : importMessagesEn)[code],
    params,
    lang,
  );
}

/**
 * An issue's text in `lang`. Falls back to `issue.message` (the English text) for an issue
 * without a code, or with a code this catalog does not know (e.g. a report saved by an older
 * version).
 */
export function importMessage(
  issue: Pick<ImportIssue, 'code' | 'params' | 'message'>,
  lang: ImportLang,
): string {
  if (!issue.code || !isImportMessageCode(issue.code)) return issue.message;
  return renderImportMessage(issue.code, issue.params ?? {}, lang);
}
