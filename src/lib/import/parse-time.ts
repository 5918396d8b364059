/** 「9:00」「09:00:00」「9時30分」 → `HH:MM`; '' when unreadable. */
export function parseTime(text: string): string {
  const m = /^(\d{1,2})(?::|時)(\d{2})?/.exec(text.normalize('NFKC').trim());
  if (!m) return '';
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 24 || min > 59) return '';
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
