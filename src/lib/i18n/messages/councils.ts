/**
 * UI messages of the councils pages (namespace `councils`), Japanese first, English typed to match.
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const councilsJa = {
  title: '協議体',
  heading: '協議体',
  description:
    '生活支援体制整備事業の協議体（第1層：市全域、第2層：地区ごと）の設置状況です。今後、会議の記録やコーディネーターの情報もここで管理できるようにする予定です。',
  summary: '第2層協議体：{total}地区中{setUp}地区で設置済み',
  layer: '層',
  layer1: '第1層（市全域）',
  layer2: '第2層（地区）',
  name: '名称',
  district: '地区',
  status: '設置状況',
  establishedOn: '設置日',
  vision: 'わがまちのビジョン',
  coordinator: 'コーディネーター',
  none: '登録されている協議体はありません。',
};

export const councilsEn: typeof councilsJa = {
  title: 'Councils',
  heading: 'Councils',
  description:
    'The status of the councils of the community life-support system (layer 1: city-wide, layer 2: per district). Meeting records and coordinators will be managed here later.',
  summary: 'Layer-2 councils: set up in {setUp} of {total} districts',
  layer: 'Layer',
  layer1: 'Layer 1 (city-wide)',
  layer2: 'Layer 2 (district)',
  name: 'Name',
  district: 'District',
  status: 'Status',
  establishedOn: 'Set up on',
  vision: 'Vision of our area',
  coordinator: 'Coordinator',
  none: 'No councils have been registered.',
};
