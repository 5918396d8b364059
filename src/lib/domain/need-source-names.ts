/**
 * Where a district need was learnt, in Japanese: one table for the needs pages
 * (src/lib/i18n/messages/needs.ts) and the import report (src/lib/import/import-messages.ts).
 */
import type { NeedSource } from './types';

export const NEED_SOURCE_NAMES_JA = {
  survey: 'アンケート',
  minsei: '民生委員',
  support_center: '地域包括支援センター',
  resident: '住民の相談',
  care_manager: 'ケアマネジャー',
  council: '協議体',
} satisfies Record<NeedSource, string>;
