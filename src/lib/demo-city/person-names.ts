import type { Random } from './create-random';

// Common surnames and given names typical of people now in their 60s–80s, the age of most
// volunteers who run salons and help groups.
const SURNAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤',
  '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '斎藤', '清水',
  '山崎', '森', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井', '小川',
  '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本',
  '関口', '新井', '茂木', '星野', '金井', '小池', '萩原', '狩野', '須藤', '富田',
] as const;
const FEMALE = ['花子', '幸子', '和子', '節子', '洋子', '恵子', '京子', '典子', '久美子', '美智子', '順子', '弘子', '由美子', '悦子', '千代子', '明美'] as const;
const MALE = ['太郎', '一郎', '健一', '博', '茂', '清', '進', '勝', '誠', '明', '隆', '正男', '和夫', '秀夫', '武', '弘'] as const;

/**
 * A plausible Japanese full name, family name first with a space as in directories
 * ("山田 花子"). About 60 % are women, as among salon and help-group organisers.
 */
export function pickPersonName(random: Random): string {
  const given = random.chance(0.6) ? random.pick(FEMALE) : random.pick(MALE);
  return `${random.pick(SURNAMES)} ${given}`;
}
