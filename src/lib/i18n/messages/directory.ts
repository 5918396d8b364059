/**
 * UI messages of the directory pages (namespace `directory`), Japanese first, English typed to match.
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const directoryJa = {
  title: '一覧',
  heading: '施設・活動の一覧',
  description:
    'ここでは、地区・種類・曜日・費用などで絞り込める施設・活動の一覧と、ケアプラン作成用の印刷用リストを用意する予定です。現在は登録されている全件を表示しています。',
  count: '全{count}件',
  address: '所在地',
  status: '状況',
};

export const directoryEn: typeof directoryJa = {
  title: 'Directory',
  heading: 'Directory of places and activities',
  description:
    'This page will offer a directory you can filter by district, kind, weekday and cost, and a printable list for care plans. For now it shows every registered entry.',
  count: '{count} entries',
  address: 'Address',
  status: 'Status',
};
