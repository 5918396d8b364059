/** Weekdays as places files write them (「月～金」「平日」「月曜日・木曜日」), read as our weekdays. */
import type { Weekday } from '../domain/types';
import { WEEKDAY_FROM_JA, WEEKDAYS_FROM_MONDAY } from '../domain/weekday-ja';

const ORDER = WEEKDAYS_FROM_MONDAY;

/** 「月～金」「月,水,金」「月曜日・木曜日」「平日」 → weekdays (Monday first). Unknown text → []. */
export function parseWeekdays(text: string): Weekday[] {
  const t = text.replace(/曜日?/g, '').replace(/平日/g, '月～金').replace(/毎日/g, '月～日');
  const out = new Set<Weekday>();
  const range = /([日月火水木金土])\s*[～〜~\-－ー]\s*([日月火水木金土])/g;
  let m: RegExpExecArray | null;
  let rest = t;
  while ((m = range.exec(t))) {
    const a = ORDER.indexOf(WEEKDAY_FROM_JA[m[1]!]!);
    const b = ORDER.indexOf(WEEKDAY_FROM_JA[m[2]!]!);
    for (let i = a; i !== (b + 1) % 7; i = (i + 1) % 7) out.add(ORDER[i]!);
    rest = rest.replace(m[0], '');
  }
  for (const ch of rest) if (WEEKDAY_FROM_JA[ch]) out.add(WEEKDAY_FROM_JA[ch]);
  return ORDER.filter((d) => out.has(d));
}
