/**
 * UI messages of the coordinators' "possible duplicates" list (namespace `duplicates`).
 * One file per feature, so that work on one feature never edits another's messages.
 */
export const duplicatesJa = {
  heading: '重複の可能性がある登録',
  description:
    '同じ名前で 100 m 以内、またはほぼ同じ名前で 30 m 以内にある登録です。同じ場所なら「比べて統合する」、別の場所なら「重複ではない」を押してください。統合しても消えるものはありません（もう一方は「終了」として残り、履歴も残ります）。',
  none: '重複の可能性がある登録はありません。',
  pair: '「{first}」と「{second}」（{distance} m）',
  compare: '比べて統合する',
  notDuplicate: '重複ではない',
  compareCaption: '「{name}」の 2 件の比較',
  field: '項目',
  keep: '残す',
  keepThis: 'こちらを残す',
  take: '残す側にない値を移す',
  fields: {
    name: '名前',
    nameKana: 'よみがな',
    address: '住所',
    publicPhone: '電話番号',
    website: 'ウェブサイト',
    description: '説明',
    directions: '行き方',
    schedule: '日時',
    location: '場所',
    source: '出典（ID）',
  } as Record<string, string>,
  scheduleRules: '{count} 件の決まり',
  empty: '（なし）',
  merge: '統合する',
  cancel: 'やめる',
  merging: '統合しています…',
  merged: '「{name}」を統合しました（移した項目 {taken} 件、付け替えた記録 {repointed} 件）。',
  dismissed: '「{first}」と「{second}」を重複ではないと記録しました。',
  failed: 'できませんでした（何も変わっていません）：{message}',
};

export const duplicatesEn: typeof duplicatesJa = {
  heading: 'Possible duplicates',
  description:
    'Records with the same name within 100 m, or a near-identical name within 30 m. If they are the same place, use “Compare and merge”; if not, “Not a duplicate”. A merge loses nothing: the other record stays as “closed”, with its history.',
  none: 'No possible duplicates.',
  pair: '“{first}” and “{second}” ({distance} m)',
  compare: 'Compare and merge',
  notDuplicate: 'Not a duplicate',
  compareCaption: 'The two records of “{name}”',
  field: 'Field',
  keep: 'Keep',
  keepThis: 'Keep this one',
  take: 'Move values the kept one lacks',
  fields: {
    name: 'Name',
    nameKana: 'Reading',
    address: 'Address',
    publicPhone: 'Phone',
    website: 'Website',
    description: 'Description',
    directions: 'Directions',
    schedule: 'Schedule',
    location: 'Location',
    source: 'Source (id)',
  },
  scheduleRules: '{count} rules',
  empty: '(none)',
  merge: 'Merge',
  cancel: 'Cancel',
  merging: 'Merging…',
  merged: 'Merged “{name}” (fields moved: {taken}, records re-pointed: {repointed}).',
  dismissed: 'Recorded that “{first}” and “{second}” are not duplicates.',
  failed: 'Could not do it (nothing changed): {message}',
};

/** Both languages, for `provideMessages` in the routes that show this area. */
export const duplicatesMessages = { ja: duplicatesJa, en: duplicatesEn };
