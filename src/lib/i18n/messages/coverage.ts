/**
 * UI messages of the coverage pages (namespace `coverage`), Japanese first, English typed to match.
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const coverageJa = {
  title: 'カバー状況',
  heading: 'カバー状況',
  description:
    '通いの場から歩いて行ける範囲の外に住む高齢者を、地区ごとに数えます。距離や数え方を変えると、地図と表がすぐに更新されます。',
  summaryHeading: '現在わかっていること',
  districtsTotal: '地区の数',
  districtsWithoutGathering: '通いの場がない地区',
  councilsSetUp: '第2層協議体が設置済みの地区',
  noneMissing: 'すべての地区に通いの場があります。',

  controlsHeading: '条件',
  walkLabel: '歩いて行ける距離',
  walkValue: '{m} m（徒歩約{min}分）',
  walkHint: '高齢者の歩く速さを分速50 mとして分に換算しています。',
  unitLabel: '表示の単位',
  unitMetres: 'メートル',
  unitMinutes: '分',
  walkValueMinutes: '徒歩{min}分（{m} m）',
  modeLabel: '距離の測り方',
  modeStraight: '直線距離',
  modeNetwork: '道のりの距離（歩行者ネットワーク）',
  modeNetworkUnavailable: '歩行者ネットワークのデータがないため、道のりの距離は使えません。',
  frequencyLabel: '数える通いの場',
  frequencyAny: '活動中のすべて',
  frequencyMonthly: '月1回以上開いている場所',
  frequencyWeekly: '週1回以上開いている場所',
  placesCounted: '数えている通いの場：{n}か所',
  suggestLabel: '新しい場所の候補の数',
  kindsLabel: '行き先として数える活動の種類',
  candidatesLabel: '候補地',
  candidatesListSummary: '候補地の一覧（{n}か所。地図の小さな青い輪）',
  mapLegendCandidate: '候補地（公民館・集会所など）',
  candidatesLayer: '{name}（{n}か所）',
  candidatesCells: '人が住んでいる所ならどこでも（メッシュ）',
  candidatesHint:
    '公民館や集会所など部屋のある所から選ぶと、すぐに始められる場所の候補になります。',
  candidatesNoLayer:
    '候補地の一覧（公民館・集会所など）が読み込まれていないため、人が住んでいるメッシュから選びます。',

  preparing: '計算の準備をしています…',
  computing: '計算中…',
  noPopulation:
    'この市には人口メッシュのデータも町丁・字ごとの人口もないため、カバー状況を計算できません。',
  methodFromTowns:
    '人口メッシュのデータがないため、町丁・字ごとの人口を、その中に中心がある100 mメッシュに均等に割り振って計算しています。',
  workerError: '計算できませんでした：{message}',

  totalsHeading: '市全体',
  population: '人口',
  population65: '65歳以上',
  covered: '歩いて行ける範囲',
  uncovered: '範囲の外',
  uncovered65: '範囲の外（65歳以上）',
  uncoveredShare: '範囲の外の割合',
  unassigned: 'どの地区にも入らない人口',
  peopleValue: '{n}人',
  shareValue: '{p}%',

  tableHeading: '地区別（範囲の外の65歳以上が多い順）',
  tableCaption: '地区別のカバー状況。{walk}、{mode}。',
  district: '地区',
  rank: '順位',
  openDistrict: '{name}の地区ページ',

  mapHeading: '地図',
  mapLabel: 'カバー状況の地図：色の濃い所が歩いて行ける範囲の外に住む人のいる場所',
  mapLegendGap: '範囲の外に人が住んでいる所',
  mapLegendPlace: '数えている通いの場',
  mapLegendSuggestion: '新しい場所の候補（番号は順位）',
  mapUnavailable: 'この端末では地図を表示できません。内容は下の表でご覧ください。',
  mapLoading: '地図を読み込んでいます…',

  suggestionsHeading: '新しい場所の候補',
  suggestionsIntro:
    '場所を1つずつ加えたとき、新たに歩いて行ける範囲に入る人（65歳以上）が最も多くなる所から順に並べています。',
  suggestionsCaption: '新しい場所の候補。{walk}、{mode}。',
  suggestionCell: 'メッシュ {code}',
  suggestionExtra: '新たに範囲に入る人',
  suggestionExtra65: 'うち65歳以上',
  suggestionWhere: '位置（経度, 緯度）',
  noSuggestions: '候補はありません（範囲の外に住む人がいません）。',
  suggestionsWorking: '候補を計算しています…（地図と表は、いまの範囲を表示しています）',

  exportHeading: '書き出し',
  exportCsv: '表をCSVで保存',
  exportGeoJson: '範囲の外の地図データをGeoJSONで保存',
  csvHeader: '地区,人口,範囲内,範囲外,65歳以上,範囲外の65歳以上,範囲外の65歳以上の割合(%)',

  modeStraightShort: '直線距離',
  modeNetworkShort: '道のりの距離',
  walkShort: '{m} m',
  computedIn: '計算時間 {ms} ミリ秒（{cells} メッシュ）',
  method:
    '人口は100 mメッシュ（地域メッシュ）ごとに数え、メッシュの中心から最も近い通いの場までの距離で判定しています。メッシュはその中心を含む地区に数えます。',
};

export const coverageEn: typeof coverageJa = {
  title: 'Coverage',
  heading: 'Coverage',
  description:
    'Counts, district by district, the older residents who live beyond walking distance of any gathering place. Change the distance or what counts, and the map and table update at once.',
  summaryHeading: 'What we know so far',
  districtsTotal: 'Districts',
  districtsWithoutGathering: 'Districts without a gathering place',
  councilsSetUp: 'Districts with a layer-2 council',
  noneMissing: 'Every district has a gathering place.',

  controlsHeading: 'Settings',
  walkLabel: 'Walking distance',
  walkValue: '{m} m (about {min} min on foot)',
  walkHint: 'Minutes assume an older person walks 50 m a minute.',
  unitLabel: 'Show distance in',
  unitMetres: 'metres',
  unitMinutes: 'minutes',
  walkValueMinutes: '{min} min on foot ({m} m)',
  modeLabel: 'Distance measured',
  modeStraight: 'in a straight line',
  modeNetwork: 'along the walking network',
  modeNetworkUnavailable:
    'There is no walking network data, so distances along roads are not available.',
  frequencyLabel: 'Gathering places counted',
  frequencyAny: 'all active places',
  frequencyMonthly: 'open at least monthly',
  frequencyWeekly: 'open at least weekly',
  placesCounted: 'Gathering places counted: {n}',
  suggestLabel: 'Number of suggested new sites',
  kindsLabel: 'Kinds of activity that count as a place to go',
  candidatesLabel: 'Candidate sites',
  candidatesListSummary: 'All candidate sites ({n}; small blue rings on the map)',
  mapLegendCandidate: 'Candidate sites (public and community halls…)',
  candidatesLayer: '{name} ({n} sites)',
  candidatesCells: 'Anywhere people live (mesh cells)',
  candidatesHint:
    'Choosing among halls with a room suggests places where a new group could start right away.',
  candidatesNoLayer:
    'No list of candidate sites (public or community halls) is loaded, so sites are chosen among populated mesh cells.',

  preparing: 'Preparing the computation…',
  computing: 'Computing…',
  noPopulation:
    'This city has neither population mesh data nor population by town, so coverage cannot be computed.',
  methodFromTowns:
    'There is no population mesh data, so each town’s residents are spread evenly over the 100 m cells whose centres lie inside it.',
  workerError: 'Could not compute: {message}',

  totalsHeading: 'Whole city',
  population: 'Population',
  population65: 'Aged 65+',
  covered: 'Within walking distance',
  uncovered: 'Beyond walking distance',
  uncovered65: 'Beyond walking distance (65+)',
  uncoveredShare: 'Share beyond walking distance',
  unassigned: 'Population in no district',
  peopleValue: '{n}',
  shareValue: '{p}%',

  tableHeading: 'By district (most 65+ residents beyond walking distance first)',
  tableCaption: 'Coverage by district. {walk}, {mode}.',
  district: 'District',
  rank: 'Rank',
  openDistrict: 'District page of {name}',

  mapHeading: 'Map',
  mapLabel: 'Coverage map: shaded areas are where people live beyond walking distance',
  mapLegendGap: 'People living beyond walking distance',
  mapLegendPlace: 'Gathering places counted',
  mapLegendSuggestion: 'Suggested new sites (number = rank)',
  mapUnavailable: 'The map cannot be shown on this device. The table below has the same facts.',
  mapLoading: 'Loading the map…',

  suggestionsHeading: 'Suggested new sites',
  suggestionsIntro:
    'Added one at a time, each site is the one that brings the most new people (65+) within walking distance.',
  suggestionsCaption: 'Suggested new sites. {walk}, {mode}.',
  suggestionCell: 'mesh {code}',
  suggestionExtra: 'People newly within reach',
  suggestionExtra65: 'of whom 65+',
  suggestionWhere: 'Position (lon, lat)',
  noSuggestions: 'No suggestions (nobody lives beyond walking distance).',
  suggestionsWorking:
    'Working out the suggested sites… (the map and the table already show the current reach)',

  exportHeading: 'Export',
  exportCsv: 'Save the table as CSV',
  exportGeoJson: 'Save the gap areas as GeoJSON',
  csvHeader: 'district,population,covered,uncovered,population65,uncovered65,uncovered65 share (%)',

  modeStraightShort: 'straight line',
  modeNetworkShort: 'along roads',
  walkShort: '{m} m',
  computedIn: 'Computed in {ms} ms ({cells} mesh cells)',
  method:
    'Population is counted per 100 m regional mesh cell; a cell is within reach when the distance from its centre to the nearest gathering place is at most the walking distance. Each cell counts for the district containing its centre.',
};

/** Both languages, for `provideMessages` in the routes that show this area. */
export const coverageMessages = { ja: coverageJa, en: coverageEn };
