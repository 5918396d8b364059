/**
 * The needs-survey import's messages (issue #19), a section of the import message catalog
 * (`import-messages.ts` spreads these in): Japanese first, English typed from it. Kept apart so
 * the catalog file stays readable; the codes share its one namespace.
 */
export const needsImportMessagesJa = {
  needsColumnMissing:
    '{needColumn}の列がありません。見出しを次のどれかにしてください：{names}（ファイルの列：{columns}）',
  needDistrictEmpty: '地区が空です。',
  needDistrictUnknown: '地区「{district}」はありません。',
  needDistrictUnknownDidYouMean: '地区「{district}」はありません。{suggestions} のことですか？',
  needDistrictAmbiguous:
    '地区名「{district}」の地区が {count} つあります（{districts}）。地区コードで書いてください。',
  needTypeEmpty: 'サービス種別が空です。',
  needTypeUnknown:
    'サービス種別「{value}」はありません。種別のコード・名前・読みで書いてください（例：{examples}）。',
  needCountInvalid:
    '件数「{value}」が 0 以上の整数ではありません（数えていないときは空にします）。',
  needUnitWithoutCount:
    '件数が空なのに単位「{value}」があります。件数を書くか、単位を空にしてください。',
  needCountWithoutUnit: '件数 {value} の単位がありません。「世帯」か「人」と書いてください。',
  needUnitUnknown: '単位「{value}」は使えません。「世帯」か「人」と書いてください。',
  needSourceEmpty: '出典が空です。次のどれかを書いてください：{allowed}',
  needSourceUnknown: '出典「{value}」は使えません。次のどれかを書いてください：{allowed}',
  needDateEmpty: '調査日が空です（例：2026-04-01 または 2026/4/1）。',
  needDateInvalid: '調査日「{value}」が日付ではありません（例：2026-04-01 または 2026/4/1）。',
  needDateFuture: '調査日 {value} は今日（{today}）より後です。',
  needNotePersonal:
    'メモに{personalData}が書かれています。ニーズには個人を特定できる情報（名前・電話番号・メールアドレス）を書かないでください。',
  needNoteTooLong: 'メモが {length} 文字あります。{max} 文字までにしてください。',
  needRowTwice: '{firstRow} 行目と同じ地区・種別・出典・調査日です。1 つの行にまとめてください。',
  needStoredTwice:
    '登録済みのニーズに、同じ地区・種別・出典・調査日のものが {count} 件あります。どれを更新するか決められません。ニーズの画面で 1 件にまとめてください。',
};

export const needsImportMessagesEn: typeof needsImportMessagesJa = {
  needsColumnMissing:
    'no {needColumn} column: name a column one of {names} (the file has: {columns}).',
  needDistrictEmpty: 'the district is empty.',
  needDistrictUnknown: 'no district "{district}".',
  needDistrictUnknownDidYouMean: 'no district "{district}"; did you mean {suggestions}?',
  needDistrictAmbiguous:
    '{count} districts are named "{district}" ({districts}): write the district code.',
  needTypeEmpty: 'the service type is empty.',
  needTypeUnknown:
    'no service type "{value}": write a type code, name or reading (e.g. {examples}).',
  needCountInvalid: 'count "{value}" is not a whole number ≥ 0 (leave it empty when not counted).',
  needUnitWithoutCount: 'unit "{value}" without a count: give the count or leave the unit empty.',
  needCountWithoutUnit: 'count {value} has no unit: write 世帯 (households) or 人 (people).',
  needUnitUnknown: 'unit "{value}" is not 世帯 (households) or 人 (people).',
  needSourceEmpty: 'the source is empty: write one of {allowed}.',
  needSourceUnknown: 'source "{value}" is not one of {allowed}.',
  needDateEmpty: 'the survey date is empty (e.g. 2026-04-01 or 2026/4/1).',
  needDateInvalid: 'survey date "{value}" is not a date (e.g. 2026-04-01 or 2026/4/1).',
  needDateFuture: 'survey date {value} is after today ({today}).',
  needNotePersonal:
    'the note holds {personalData}: needs hold no personal data (no names, phone numbers or e-mail addresses).',
  needNoteTooLong: 'the note has {length} characters; at most {max}.',
  needRowTwice: 'the same district, type, source and date as row {firstRow}: merge the two rows.',
  needStoredTwice:
    '{count} recorded needs have this district, type, source and date: it is unclear which to update; merge them on the needs page first.',
};
