/**
 * UI messages of the coordinators' paperwork outputs (namespace `paperwork`): calendar feeds,
 * the printable monthly calendar, the survey tables, the meeting pack, the embeddable list.
 */
export const paperworkJa = {
  calendar: {
    placeLink: 'カレンダーに登録（iCalendar）',
    districtLink: 'この地区の予定をカレンダーに登録（iCalendar）',
    hint: 'スマートフォンやパソコンのカレンダーアプリで、このアドレスを「照会」「購読」として追加すると、開催日が自動で入ります（祝日などの休みは除かれます）。',
    monthlyLink: '今月の開催カレンダー（A4 印刷用）',
  },
  monthly: {
    title: '{district}の{month}の開催カレンダー',
    heading: '{district} {month}の通いの場・活動',
    monthLabel: '月を選ぶ',
    show: '表示',
    previous: '前の月',
    next: '次の月',
    print: '印刷する',
    back: '地区カルテに戻る',
    intro: '{count}回の開催があります（祝日などの休みは除いてあります）。日時は変わることがあります。初めての方は各会場にお問い合わせください。',
    empty: 'この月の開催予定はありません。',
    dayHeading: '{date}（{weekday}）',
    holiday: '祝日：{name}',
    time: '{start}〜{end}',
    allDay: '時間は会場へ',
    qrLabel: '支えあいマップの{district}のページへのQRコード',
    qrCaption: 'くわしい場所や連絡先は支えあいマップで',
    consult: '相談窓口：{name} {phone}',
    printedOn: '{date} 作成',
  },
};

export const paperworkEn: typeof paperworkJa = {
  calendar: {
    placeLink: 'Add to your calendar (iCalendar)',
    districtLink: "Add this district's sessions to your calendar (iCalendar)",
    hint: 'Subscribe to this address in your phone or computer calendar to get every session (holidays and closures left out).',
    monthlyLink: "This month's calendar (printable A4)",
  },
  monthly: {
    title: '{district}: calendar for {month}',
    heading: '{district}: gathering places and activities in {month}',
    monthLabel: 'Month',
    show: 'Show',
    previous: 'Previous month',
    next: 'Next month',
    print: 'Print',
    back: 'Back to the district profile',
    intro: '{count} sessions (holidays and closures left out). Dates may change; first-time visitors, please call the place.',
    empty: 'No sessions this month.',
    dayHeading: '{weekday} {date}',
    holiday: 'Holiday: {name}',
    time: '{start}–{end}',
    allDay: 'ask for the time',
    qrLabel: 'QR code to the {district} page of the map',
    qrCaption: 'Places and phone numbers on the map',
    consult: 'Advice: {name} {phone}',
    printedOn: 'Made on {date}',
  },
};
