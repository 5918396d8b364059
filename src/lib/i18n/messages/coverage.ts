/**
 * UI messages of the coverage pages (namespace `coverage`), Japanese first, English typed to match.
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const coverageJa = {
  title: 'カバー状況',
  heading: 'カバー状況',
  description:
    'ここでは、通いの場から歩いて行ける範囲（500〜1,000 m）の外に住む高齢者の数や、協議体・活動のない地区など、地域の不足を確かめられるようにする予定です。',
  summaryHeading: '現在わかっていること',
  districtsTotal: '地区の数',
  districtsWithoutGathering: '通いの場がない地区',
  councilsSetUp: '第2層協議体が設置済みの地区',
  noneMissing: 'すべての地区に通いの場があります。',
};

export const coverageEn: typeof coverageJa = {
  title: 'Coverage',
  heading: 'Coverage',
  description:
    'This page will show how many older residents live beyond walking distance (500–1,000 m) of a gathering place, and which districts lack councils or activities.',
  summaryHeading: 'What we know so far',
  districtsTotal: 'Districts',
  districtsWithoutGathering: 'Districts without a gathering place',
  councilsSetUp: 'Districts with a layer-2 council',
  noneMissing: 'Every district has a gathering place.',
};
