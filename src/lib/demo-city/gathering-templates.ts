import type { AccessibilityFeature, Weekday } from '../domain/types';
import type { Random } from './create-random';
import type { DemoDistrict } from './demo-city-model';
import type { GatheringTemplate } from './gathering-template';
import type { NameWithKana } from './place-names';
import { WEEKDAYS_MON_FRI } from './resource-templates';
import { RESOURCE_VOCABULARY } from './resource-vocabulary';
import {
  AUGUST_BREAK,
  NEW_YEAR_BREAK,
  OBON_BREAK,
  everyOtherWeek,
  monthlyDay,
  monthlyNth,
  schedule,
  weekly,
} from './schedule-builders';

const MORNING: [string, string][] = [
  ['10:00', '11:30'],
  ['10:00', '12:00'],
  ['09:30', '11:30'],
];
const AFTERNOON: [string, string][] = [
  ['13:30', '15:30'],
  ['13:00', '15:00'],
  ['14:00', '16:00'],
];
const NTH_PATTERNS: number[][] = [[1], [2], [3], [4], [1, 3], [2, 4], [-1]];

function nick(random: Random): NameWithKana {
  return random.pick(RESOURCE_VOCABULARY.nicknames);
}

/** Holidays and breaks: most groups follow the community centre's calendar. */
function breaks(
  random: Random,
  options: { summerBreak?: number } = {},
): {
  closedOnPublicHolidays: boolean;
  closedPeriods: (typeof NEW_YEAR_BREAK)[];
  note: string;
} {
  const closedPeriods = [];
  let note = '';
  if (random.chance(0.75)) closedPeriods.push(NEW_YEAR_BREAK);
  if (random.chance(options.summerBreak ?? 0.15)) {
    closedPeriods.push(AUGUST_BREAK);
    note = '8月は暑さのためお休みです。';
  } else if (random.chance(0.2)) {
    closedPeriods.push(OBON_BREAK);
  }
  return { closedOnPublicHolidays: random.chance(0.7), closedPeriods, note };
}

function someAccess(random: Random, rural: boolean): AccessibilityFeature[] {
  const out: AccessibilityFeature[] = [];
  if (random.chance(0.5)) out.push('step_free');
  if (random.chance(0.3)) out.push('accessible_toilet');
  if (random.chance(rural ? 0.85 : 0.35)) out.push('parking');
  if (random.chance(0.08)) out.push('pick_up');
  return out;
}

const isRural = (d: DemoDistrict): boolean =>
  d.names.character === 'rural' || d.names.character === 'old_town';

/**
 * The kinds of gathering place (居場所) the demo city has, with the naming, schedules, costs
 * and rules typical of each: ふれあいサロン (often monthly, お茶代100円), いきいき百歳体操
 * (weekly, free), 地域の茶の間, community and orange cafés, exercise classes (monthly fee),
 * hobby circles, 通いの場 and 会食会 (monthly, meal fee).
 */
export const GATHERING_TEMPLATES: readonly GatheringTemplate[] = [
  {
    key: 'salon',
    weight: 30,
    build({ random, town, district, anchorFrom }) {
      const n = nick(random);
      const style = random.int(0, 3);
      const [name, nameKana] =
        style === 0
          ? [`${town.names.name}ふれあいサロン`, `${town.names.kana}ふれあいさろん`]
          : style === 1
            ? [`${town.names.name}いきいきサロン`, `${town.names.kana}いきいきさろん`]
            : style === 2
              ? [`サロン ${n[0]}`, `さろん ${n[1]}`]
              : [`ふれあい・いきいきサロン「${n[0]}」`, `ふれあい・いきいきさろん ${n[1]}`];
      const [start, end] = random.pick(random.chance(0.6) ? AFTERNOON : MORNING);
      const day = random.pick(WEEKDAYS_MON_FRI);
      const r = random.next();
      const rule =
        r < 0.45
          ? monthlyNth([day], random.pick(NTH_PATTERNS), start, end)
          : r < 0.6
            ? monthlyDay([random.pick([5, 10, 15, 20, 25])], start, end)
            : r < 0.85
              ? weekly([day], start, end)
              : everyOtherWeek([day], start, end, anchorFrom);
      const b = breaks(random, { summerBreak: 0.25 });
      const free = random.chance(0.25);
      return {
        name,
        nameKana,
        description: random.pick([
          'お茶を飲みながらのおしゃべりや脳トレ、季節の行事を楽しむサロンです。初めての方もお気軽にどうぞ。',
          `${town.names.name}の住民ボランティアが運営するサロンです。体操やゲーム、歌などで楽しく過ごしています。`,
          'ひとり暮らしの方も気軽に参加できる、顔なじみの集まりです。血圧測定や健康の話の日もあります。',
          '折り紙や塗り絵、輪投げなどを楽しみながら、ご近所同士で交流しています。',
        ]),
        serviceTypeCodes: random.chance(0.2)
          ? ['salon', 'conversation', 'eating_together']
          : ['salon', 'conversation'],
        schedule: schedule([rule], {
          ...b,
          note:
            b.note ||
            (rule.type === 'monthly_nth' && random.chance(0.3)
              ? '祝日と重なる月は翌週に開催します。'
              : ''),
        }),
        cost: free
          ? { amountYen: 0, unit: 'free', note: '' }
          : random.chance(0.7)
            ? { amountYen: 100, unit: 'per_visit', note: 'お茶代として' }
            : { amountYen: random.pick([200, 300]), unit: 'per_visit', note: 'お茶菓子代' },
        eligibility: random.weighted(
          ['age_65_plus', 'anyone', 'care_needs_welcome'] as const,
          (e) => (e === 'age_65_plus' ? 4 : e === 'anyone' ? 4 : 2),
        ),
        booking: random.weighted(['drop_in', 'call_first', 'reservation'] as const, (b2) =>
          b2 === 'drop_in' ? 6 : b2 === 'call_first' ? 3.5 : 0.5,
        ),
        capacity: random.chance(0.5) ? null : random.pick([15, 20, 20, 25, 30, 40]),
        accessibility: someAccess(random, isRural(district)),
        venue: random.weighted(['hall', 'temple', 'shrine', 'home', 'care_home'] as const, (v) =>
          v === 'hall' ? 12 : v === 'home' ? 1.5 : 1,
        ),
        runBy: random.weighted(
          ['welfare_council', 'neighbourhood', 'senior_club', 'npo_home'] as const,
          (o) => (o === 'welfare_council' ? 6 : o === 'neighbourhood' ? 3 : 1),
        ),
        hasWebsite: false,
      };
    },
  },
  {
    key: 'hundred_year_exercise',
    weight: 20,
    build({ random, town, district }) {
      const [name, nameKana] = random.chance(0.7)
        ? [
            `いきいき百歳体操 ${town.names.name}会`,
            `いきいきひゃくさいたいそう ${town.names.kana}かい`,
          ]
        : [`${town.names.name}百歳体操クラブ`, `${town.names.kana}ひゃくさいたいそうくらぶ`];
      const [start] = random.pick(MORNING);
      const end = start === '09:30' ? '10:30' : '11:00';
      const days = random.chance(0.45)
        ? random.pick<Weekday[]>([
            ['mon', 'thu'],
            ['tue', 'fri'],
            ['mon', 'wed'],
          ])
        : [random.pick(WEEKDAYS_MON_FRI)];
      return {
        name,
        nameKana,
        description: random.pick([
          '手首や足首におもりを付けて、DVDに合わせてゆっくり体を動かす「いきいき百歳体操」を行っています。体操のあとはお茶を飲みながら交流しています。',
          '椅子に座ってできる筋力づくりの体操です。週に一度、ご近所のみなさんと続けることで足腰の衰えを防ぎます。',
          '体力測定を年2回行い、効果を確かめながら続けています。体操が初めての方も歓迎です。',
        ]),
        serviceTypeCodes: ['exercise_class'],
        schedule: schedule([weekly(days, start, end)], breaks(random, { summerBreak: 0.05 })),
        cost: random.chance(0.7)
          ? { amountYen: 0, unit: 'free', note: '会場費は自治会が負担' }
          : { amountYen: 100, unit: 'per_visit', note: 'お茶代として' },
        eligibility: random.chance(0.6) ? 'age_65_plus' : 'anyone',
        booking: random.chance(0.6) ? 'drop_in' : 'call_first',
        capacity: random.chance(0.4) ? null : random.pick([15, 20, 25, 30]),
        accessibility: someAccess(random, isRural(district)),
        venue: random.weighted(['hall', 'shrine', 'temple'] as const, (v) =>
          v === 'hall' ? 10 : 1,
        ),
        runBy: random.chance(0.6) ? 'neighbourhood' : 'welfare_council',
        hasWebsite: false,
      };
    },
  },
  {
    key: 'chanoma',
    weight: 8,
    build({ random, district }) {
      const n = nick(random);
      const days = random.pick<Weekday[]>([
        ['tue'],
        ['wed', 'sat'],
        ['mon', 'thu'],
        ['tue', 'fri'],
        ['mon', 'wed', 'fri'],
      ]);
      const monthly = random.chance(0.15);
      const rule = monthly
        ? monthlyNth([days[0] ?? 'tue'], [2, 4], '10:00', '14:00')
        : weekly(days, '10:00', '15:00');
      const lunch = random.chance(0.5);
      return {
        name: `地域の茶の間 ${n[0]}`,
        nameKana: `ちいきのちゃのま ${n[1]}`,
        description: random.pick([
          '誰でも気軽に立ち寄れる地域の茶の間です。好きな時間に来て、好きな時間に帰れます。',
          '空き家を活用した茶の間です。おしゃべりをしたり、お昼ご飯を一緒に食べたりして過ごします。',
          '子どもからお年寄りまで、ふらっと集える居場所です。ボランティアがお茶を用意してお待ちしています。',
        ]),
        serviceTypeCodes: lunch
          ? ['salon', 'conversation', 'eating_together']
          : ['salon', 'conversation'],
        schedule: schedule([rule], {
          ...breaks(random),
          note: lunch ? '昼食希望の方は前日までにご連絡ください。' : '',
        }),
        cost: {
          amountYen: random.pick([100, 200, 300]),
          unit: 'per_visit',
          note: lunch ? '参加費。昼食は別途300円' : '参加費（お茶代）',
        },
        eligibility: random.chance(0.7) ? 'anyone' : 'care_needs_welcome',
        booking: 'drop_in',
        capacity: null,
        accessibility: someAccess(random, isRural(district)),
        venue: random.chance(0.4) ? 'home' : random.chance(0.5) ? 'shop' : 'hall',
        runBy: random.chance(0.6) ? 'npo_home' : 'welfare_council',
        hasWebsite: false,
      };
    },
  },
  {
    key: 'cafe',
    weight: 12,
    build({ random, town, district }) {
      const n = nick(random);
      const orange = random.chance(0.25);
      const style = random.int(0, 2);
      const [name, nameKana] = orange
        ? [`オレンジカフェ ${n[0]}`, `おれんじかふぇ ${n[1]}`]
        : style === 0
          ? [`カフェ ${n[0]}`, `かふぇ ${n[1]}`]
          : style === 1
            ? [`コミュニティカフェ ${n[0]}`, `こみゅにてぃかふぇ ${n[1]}`]
            : [`${town.names.base}みんなのカフェ`, `${town.names.baseKana}みんなのかふぇ`];
      const rule =
        orange || random.chance(0.35)
          ? monthlyNth(
              [random.pick<Weekday>(['wed', 'thu', 'sat'])],
              orange ? [random.pick([1, 2, 3, 4])] : [1, 3],
              '13:30',
              '15:30',
            )
          : weekly(
              random.pick<Weekday[]>([
                ['wed'],
                ['tue', 'fri'],
                ['thu', 'sat'],
                ['mon', 'wed', 'fri'],
              ]),
              '10:00',
              '14:00',
            );
      return {
        name,
        nameKana,
        description: orange
          ? '認知症の方やご家族、地域の方が気軽に集えるオレンジカフェです。あんしんセンターの職員に相談もできます。'
          : random.pick([
              '地域の方が運営するカフェです。コーヒー1杯から気軽に立ち寄れ、多世代で交流できます。',
              '手作りのお菓子とコーヒーでおしゃべりを楽しむカフェです。ミニ講座や作品展も開いています。',
              '商店街の空き店舗を活用したカフェです。買い物のついでにひと休みできます。',
            ]),
        serviceTypeCodes: ['community_cafe', 'conversation'],
        schedule: schedule([rule], breaks(random)),
        cost: {
          amountYen: random.pick([100, 200, 300]),
          unit: 'per_visit',
          note: orange ? '飲み物代' : 'コーヒー・お茶1杯',
        },
        eligibility: orange ? 'care_needs_welcome' : 'anyone',
        booking: 'drop_in',
        capacity: random.chance(0.6) ? null : random.pick([15, 20, 30]),
        accessibility: someAccess(random, isRural(district)),
        venue: orange
          ? random.pick(['care_home', 'hall'] as const)
          : random.pick(['shop', 'shop', 'hall', 'temple'] as const),
        runBy: orange ? 'welfare_corporation' : 'npo_cafe',
        hasWebsite: random.chance(0.3),
      };
    },
  },
  {
    key: 'exercise_class',
    weight: 8,
    build({ random, town, district, anchorFrom }) {
      const n = nick(random);
      const style = random.int(0, 2);
      const [name, nameKana] =
        style === 0
          ? [`${town.names.base}健康体操教室`, `${town.names.baseKana}けんこうたいそうきょうしつ`]
          : style === 1
            ? [
                `いきいき体操クラブ ${town.names.base}`,
                `いきいきたいそうくらぶ ${town.names.baseKana}`,
              ]
            : [`シニアヨガ ${n[0]}`, `しにあよが ${n[1]}`];
      const day = random.pick(WEEKDAYS_MON_FRI);
      const rule = random.chance(0.25)
        ? everyOtherWeek([day], '10:00', '11:30', anchorFrom)
        : weekly([day], '10:00', '11:30');
      return {
        name,
        nameKana,
        description: random.pick([
          '椅子に座ってできるストレッチや筋力体操を中心に、無理なく体を動かす教室です。講師が一人ひとりに合わせて指導します。',
          '健康運動指導士を講師に、転倒予防の体操やリズム運動を行っています。',
        ]),
        serviceTypeCodes: ['exercise_class'],
        schedule: schedule([rule], breaks(random, { summerBreak: 0.05 })),
        cost: random.chance(0.7)
          ? {
              amountYen: random.pick([1000, 1500, 2000]),
              unit: 'per_month',
              note: '講師謝礼として',
            }
          : { amountYen: 500, unit: 'per_visit', note: '' },
        eligibility: random.chance(0.4) ? 'no_care_level' : 'age_65_plus',
        booking: random.chance(0.7) ? 'call_first' : 'reservation',
        capacity: random.pick([15, 20, 25]),
        accessibility: someAccess(random, isRural(district)),
        venue: 'hall',
        runBy: random.chance(0.5) ? 'senior_club' : 'welfare_council',
        hasWebsite: false,
      };
    },
  },
  {
    key: 'hobby_circle',
    weight: 12,
    build({ random, town, district, anchorFrom }) {
      const hobby = random.pick(RESOURCE_VOCABULARY.hobbies);
      const n = nick(random);
      const [name, nameKana] = hobby.suffix
        ? [`${town.names.base}${hobby.name}`, `${town.names.baseKana}${hobby.kana}`]
        : [`${hobby.name} ${n[0]}`, `${hobby.kana} ${n[1]}`];
      const outdoor = hobby.name.startsWith('グラウンドゴルフ') || hobby.name.startsWith('園芸');
      const day = random.pick(WEEKDAYS_MON_FRI);
      const [start, end] = random.pick(random.chance(0.5) ? AFTERNOON : MORNING);
      const r = random.next();
      const rule =
        r < 0.45
          ? weekly([day], start, end)
          : r < 0.65
            ? everyOtherWeek([day], start, end, anchorFrom)
            : monthlyNth([day], random.pick(NTH_PATTERNS), start, end);
      const b = breaks(random);
      return {
        name,
        nameKana,
        description: `${hobby.activity}を楽しむ仲間の集まりです。経験がなくても大丈夫、仲間づくりの場にもなっています。`,
        serviceTypeCodes: outdoor ? ['hobby_circle', 'exercise_class'] : ['hobby_circle'],
        schedule: schedule([rule], { ...b, note: outdoor ? '雨天中止' : b.note }),
        cost: random.chance(0.6)
          ? { amountYen: random.pick([300, 500, 1000]), unit: 'per_month', note: '会費' }
          : { amountYen: null, unit: 'per_use', note: '材料費実費' },
        eligibility: 'anyone',
        booking: 'call_first',
        capacity: random.chance(0.5) ? null : random.pick([10, 12, 15, 20]),
        accessibility: someAccess(random, isRural(district)),
        venue: outdoor
          ? 'park'
          : random.weighted(['hall', 'temple', 'home'] as const, (v) => (v === 'hall' ? 8 : 1)),
        runBy: random.chance(0.6) ? 'senior_club' : 'neighbourhood',
        hasWebsite: false,
      };
    },
  },
  {
    key: 'kayoi',
    weight: 6,
    build({ random, town, district }) {
      const [name, nameKana] = random.chance(0.5)
        ? [`${town.names.name}通いの場`, `${town.names.kana}かよいのば`]
        : [`${town.names.name}ふれあい広場`, `${town.names.kana}ふれあいひろば`];
      const day = random.pick(WEEKDAYS_MON_FRI);
      return {
        name,
        nameKana,
        description:
          '住民が主体となって運営する通いの場です。体操と脳トレのあと、お茶を飲みながら交流しています。',
        serviceTypeCodes: ['salon', 'exercise_class'],
        schedule: schedule([weekly([day], '10:00', '11:30')], breaks(random)),
        cost: random.chance(0.5)
          ? { amountYen: 0, unit: 'free', note: '' }
          : { amountYen: 100, unit: 'per_visit', note: 'お茶代として' },
        eligibility: random.chance(0.5) ? 'age_65_plus' : 'care_needs_welcome',
        booking: 'drop_in',
        capacity: null,
        accessibility: someAccess(random, isRural(district)),
        venue: 'hall',
        runBy: 'neighbourhood',
        hasWebsite: false,
      };
    },
  },
  {
    key: 'meal',
    weight: 6,
    build({ random, town, district }) {
      const n = nick(random);
      const style = random.int(0, 2);
      const [name, nameKana] =
        style === 0
          ? [`ふれあい会食会 ${town.names.name}`, `ふれあいかいしょくかい ${town.names.kana}`]
          : style === 1
            ? [`みんなの食堂 ${n[0]}`, `みんなのしょくどう ${n[1]}`]
            : [
                `${town.names.base}おしゃべり食事会`,
                `${town.names.baseKana}おしゃべりしょくじかい`,
              ];
      const rule = random.chance(0.7)
        ? monthlyNth(
            [random.pick<Weekday>(['wed', 'thu', 'fri', 'sat'])],
            random.pick([[-1], [3], [2]]),
            '11:30',
            '13:30',
          )
        : monthlyDay([random.pick([10, 15, 20])], '11:30', '13:30');
      return {
        name,
        nameKana,
        description: random.pick([
          '地域のボランティアが手作りした昼食をみんなで囲む会食会です。ひとり暮らしの方の参加も歓迎しています。',
          '月に一度、季節の食材を使ったお昼ご飯をみんなでいただきます。食事のあとはレクリエーションもあります。',
        ]),
        serviceTypeCodes: ['eating_together', 'salon'],
        schedule: schedule([rule], {
          closedOnPublicHolidays: false,
          closedPeriods: [NEW_YEAR_BREAK],
          note: '食材準備のため、前週までに申し込みが必要です。',
        }),
        cost: { amountYen: random.pick([300, 400, 500]), unit: 'per_visit', note: '食材費' },
        eligibility: random.chance(0.6) ? 'age_65_plus' : 'anyone',
        booking: 'reservation',
        capacity: random.pick([20, 25, 30]),
        accessibility: someAccess(random, isRural(district)),
        venue: random.chance(0.8) ? 'hall' : 'temple',
        runBy: 'welfare_council',
        hasWebsite: false,
      };
    },
  },
];
