/**
 * UI messages of the district diagnosis (地域診断, issue #19 item 5) on the district profile,
 * its print view and meeting pack, and the city-wide ranking on /councils; and of the public
 * confirmed-share trend on the profile (issue #16 item 5).
 */
import type { DistrictIndicator } from '$lib/geo/district-indicators';

export const diagnosisJa = {
  heading: '地域診断',
  lead: '高齢化の度合いと通いの場の足りぐあいを、市全体・ほかの地区とくらべます。順位は値の大きい順です。',
  caption: '{district}の地域診断',
  indicator: '指標',
  district: 'この地区',
  city: '市全体',
  rank: '順位',
  comparison: '市全体とくらべて',
  rankOf: '{total}地区中{rank}位',
  placesColumn: '活動中の通いの場',
  noData: 'データなし',
  direction: { higher: '市より高い', lower: '市より低い', same: '市と同じ' },
  names: {
    share65: '65歳以上の割合（高齢化率）',
    share75: '75歳以上の割合',
    singleHouseholds65: '65歳以上の単身世帯の割合',
    placesPer1000: '65歳以上1,000人あたりの通いの場',
    walkCoverage65: '通いの場まで歩いて行ける65歳以上の割合',
  } satisfies Record<DistrictIndicator, string>,
  perThousand: '{value}か所',
  sourcesHeading: '出典と時点',
  sourcePopulation: '人口・65歳以上・75歳以上：この地図に読み込まれた人口の表（{year}）。',
  yearUnknown: '調査年の記録なし',
  sourceHouseholds:
    '65歳以上の単身世帯：世帯の表が読み込まれていないため、データなしと表示しています。',
  sourcePlaces: '通いの場：この地図に登録されている活動中の通いの場（{date}時点、{count}か所）。',
  sourceWalk:
    '歩いて行ける範囲：通いの場から直線{m}m（メッシュ人口の中心で判定）。地区の外の通いの場も数えます。',
  loading: '地域診断を計算しています…',
  ranking: {
    heading: '地区別の地域診断',
    lead: '地区ごとの高齢化率、通いの場の数、歩いて行ける65歳以上の割合の一覧です。列の見出しを押すと並べ替えます。',
    caption: '地区別の地域診断（直線{m}m）',
    districtColumn: '地区',
    sortBy: '{label}で並べ替え',
    sortedDesc: '{label}（大きい順に並べ替え中）',
    sortedAsc: '{label}（小さい順に並べ替え中）',
    sorted: '{label}の{order}に並べ替えました。',
    desc: '大きい順',
    asc: '小さい順',
    csv: '地域診断をCSVで保存',
    csvFile: '地域診断.csv',
    cityRow: '市全体',
  },
  trend: {
    heading: '情報の確認の推移',
    lead: '公開している活動のうち、12か月以内に確認できたものの割合を月ごとに示します。',
    unavailable: '推移を読み込めませんでした。',
  },
};

export const diagnosisEn: typeof diagnosisJa = {
  heading: 'District diagnosis',
  lead: 'How old the district is and how well gathering places serve it, against the city and the other districts. Ranks go from the highest value.',
  caption: 'District diagnosis of {district}',
  indicator: 'Indicator',
  district: 'This district',
  city: 'City',
  rank: 'Rank',
  comparison: 'Against the city',
  rankOf: '{rank} of {total} districts',
  placesColumn: 'Active gathering places',
  noData: 'No data',
  direction: {
    higher: 'Higher than the city',
    lower: 'Lower than the city',
    same: 'Same as the city',
  },
  names: {
    share65: 'Share aged 65+ (ageing rate)',
    share75: 'Share aged 75+',
    singleHouseholds65: 'Share of single-person households aged 65+',
    placesPer1000: 'Gathering places per 1,000 people aged 65+',
    walkCoverage65: 'Share aged 65+ within walking distance of a gathering place',
  },
  perThousand: '{value} places',
  sourcesHeading: 'Sources and dates',
  sourcePopulation: 'Population, 65+ and 75+: the population table loaded into this map ({year}).',
  yearUnknown: 'year not recorded',
  sourceHouseholds:
    'Single-person households aged 65+: no household table has been loaded, so it shows as no data.',
  sourcePlaces:
    'Gathering places: the active gathering places in this map (as of {date}, {count} places).',
  sourceWalk:
    'Walking distance: {m} m in a straight line from a gathering place (judged at the mesh cells’ centres). Places outside the district count too.',
  loading: 'Working out the district diagnosis…',
  ranking: {
    heading: 'District diagnosis by district',
    lead: 'Each district’s ageing rate, gathering places and share aged 65+ within walking distance. Press a column heading to sort.',
    caption: 'District diagnosis by district ({m} m straight line)',
    districtColumn: 'District',
    sortBy: 'Sort by {label}',
    sortedDesc: '{label} (sorted, highest first)',
    sortedAsc: '{label} (sorted, lowest first)',
    sorted: 'Sorted by {label}, {order}.',
    desc: 'highest first',
    asc: 'lowest first',
    csv: 'Save the district diagnosis as CSV',
    csvFile: 'district-diagnosis.csv',
    cityRow: 'City',
  },
  trend: {
    heading: 'How current the records have been',
    lead: 'Month by month, the share of the public activities confirmed within the previous 12 months.',
    unavailable: 'The trend could not be loaded.',
  },
};

/** Both languages, for `provideMessages` in the routes that show this area. */
export const diagnosisMessages = { ja: diagnosisJa, en: diagnosisEn };
