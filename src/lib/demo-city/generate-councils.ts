import type { Council, CouncilMeeting, CouncilStatus } from '../domain/types';
import type { Random } from './create-random';
import type { DemoCityModel } from './demo-city-model';
import { demoId } from './demo-ids';
import type { DemoUsers } from './generate-demo-users';
import type { DemoOrganizations } from './generate-organizations';
import { pickPersonName } from './person-names';

export interface CouncilsOptions {
  model: DemoCityModel;
  orgs: DemoOrganizations;
  users: DemoUsers;
  /** Status of each district's layer-2 council, by district index. */
  statuses: readonly CouncilStatus[];
  /** Coordinator account per district, if the district's coordinator has one. */
  coordinatorOfDistrict: ReadonlyMap<number, string>;
}

export interface DemoCouncils {
  councils: Council[];
  meetings: CouncilMeeting[];
}

/** 「わがまちのビジョン」 slogans in the style councils adopt; {b} is the district's name. */
const VISIONS = [
  'みんなでつくる 笑顔あふれる まち',
  'おたがいさまで支えあう {b}',
  '住み慣れた{b}で いつまでも自分らしく',
  '声をかけあい 見守りあう {b}のまち',
  'つながろう {b} ささえあいの輪',
  'ひとりにしない 誰もが安心して暮らせる{b}',
  '顔の見える関係で 安心して暮らせる{b}',
  '笑顔・元気・おたがいさま {b}',
  'できる人が できることを できるときに',
  'ちょっとした困りごとを 地域の力で',
  '歳を重ねても 楽しく暮らせる{b}',
  '向こう三軒両隣 {b}の支えあい',
  '誰もが主役 みんなの居場所がある{b}',
  'あいさつから始まる 支えあいのまち {b}',
  'ふれあい・たすけあい・わかちあい {b}',
  'いつまでも元気に 住み続けたいまち {b}',
  '一人ひとりがつながる 安心の{b}',
  '「ほっとけない」を大切に',
  '支え手も 受け手も おたがいさま',
  '地域の宝は人 {b}で ともに生きる',
];

const NAME_PATTERNS = [
  '支えあい推進会議',
  'たすけあい協議会',
  '生活支援協議体',
  'ささえあい会議',
  '地域支えあい推進協議体',
];

/**
 * A meeting's theme and one-line summary; `{n:80-420}` in the summary is filled with a whole
 * number drawn in that range.
 */
type Theme = readonly [theme: string, summary: string];

const THEMES: readonly Theme[] = [
  [
    '地域の困りごとアンケートの結果共有',
    '回収した{n:80-420}件のアンケートから、買い物とごみ出しの困りごとが多いことを確認した。',
  ],
  [
    '居場所マップづくり',
    '地区内のサロンや通いの場を地図に落とし込み、空白地域を話し合った。{n:5-30}か所を確認。',
  ],
  [
    '地域資源の洗い出し（ワークショップ）',
    'グループに分かれて地域の「お宝」を付箋で出し合い、{n:30-120}件の資源が挙がった。',
  ],
  [
    '買い物支援の仕組みづくり',
    '移動販売の停留所の追加と、買い物同行ボランティアの募集について検討した。',
  ],
  [
    'ごみ出し支援の検討',
    '集積所まで運べない世帯が{n:5-40}世帯ほどあることを共有し、ごみ出しサポーターの試行を決めた。',
  ],
  [
    '見守り活動の情報交換',
    '民生委員と自治会の見守りの分担を確認し、気になる世帯の連絡方法を整理した。',
  ],
  [
    'サロン代表者との意見交換会',
    'サロン代表者{n:4-15}名が参加し、担い手不足と会場確保の課題を共有した。',
  ],
  ['わがまちのビジョンを考える', '10年後の地区の姿を話し合い、ビジョンの案を3つに絞った。'],
  ['移動販売の導入について', '事業者から説明を受け、停留所の候補地を{n:3-12}か所選んだ。'],
  [
    '担い手養成講座の企画',
    '生活支援サポーター養成講座の日程と内容を決めた。受講目標は{n:10-30}名。',
  ],
  [
    '防災と見守りの連携',
    '避難行動要支援者名簿の活用と、日頃の見守りとの連携について意見交換した。',
  ],
  [
    '通いの場の立ち上げ支援',
    '新しい通いの場の候補として集会所{n:2-4}か所を見学し、立ち上げ手順を確認した。',
  ],
  ['支えあいフォーラムの開催準備', '地区の支えあいフォーラムの役割分担と広報の方法を決めた。'],
  ['先進地視察の報告', '視察先の有償ボランティアの仕組みを報告し、地区での応用を話し合った。'],
  [
    'ケアマネジャーとの意見交換',
    'ケアマネジャー{n:3-12}名と、地域の支えあい活動をケアプランに生かす方法を話し合った。',
  ],
];
const FIRST_MEETING: Theme = [
  '協議体の設立と今後の進め方について',
  '設立を確認し、代表と副代表を選出した。今年度は地域の困りごとの把握から始める。',
];
const YEAR_END: Theme = [
  '年間活動の振り返りと来年度の計画',
  '今年度の活動を振り返り、来年度の重点を{n:2-4}つに絞った。',
];
const PREPARATORY: readonly Theme[] = [
  [
    '協議体設立に向けた準備会',
    '自治会長や民生委員が集まり、協議体の役割と設立の進め方を確認した。',
  ],
  [
    '地域の困りごとの共有（準備会）',
    '参加者から日頃感じている困りごとを出してもらい、協議体で取り組む課題を整理した。',
  ],
  ['他地区の協議体の事例紹介', '先行する地区の協議体の取組を生活支援コーディネーターが紹介した。'],
];

/** Fiscal year (April–March) containing an ISO date. */
function fiscalYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m >= 4 ? y : y - 1;
}

/**
 * The layer-1 council and one layer-2 council per district, at the given statuses, with
 * meetings: for set-up councils, the founding meeting and then a few per fiscal year up to
 * the reference date (a year-end review in February or March); for preparing councils, a
 * few preparatory meetings in the last year. Visions only for set-up and some preparing
 * councils, as in real progress reports.
 */
export function generateCouncils(random: Random, options: CouncilsOptions): DemoCouncils {
  const { model, orgs, users } = options;
  const reference = model.referenceDate;
  const councils: Council[] = [];
  const meetings: CouncilMeeting[] = [];
  const fill = (text: string, b: string): string => text.replace('{b}', b);
  const summaryOf = (s: string): string =>
    s.replace(/\{n:(\d+)-(\d+)\}/, (_, min: string, max: string) =>
      String(random.int(Number(min), Number(max))),
    );
  /** Records a planned meeting of `councilId` with 8 to `attendeesMax` attendees. */
  const addMeeting = (
    councilId: string,
    m: { heldOn: string; theme: Theme },
    attendeesMax: number,
  ): void => {
    meetings.push({
      id: demoId('mtg', meetings.length + 1),
      councilId,
      heldOn: m.heldOn,
      theme: m.theme[0],
      attendees: random.int(8, attendeesMax),
      summary: summaryOf(m.theme[1]),
    });
  };
  /** A weekday (Mon–Fri) between the 5th and the 27th of month `m`: meetings avoid weekends and the New Year. */
  const weekdayIn = (year: number, m: number): string => {
    const date = new Date(Date.UTC(year, m - 1, random.int(5, 23)));
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  const randomDateInFiscalYear = (fy: number, months: readonly number[]): string => {
    const m = random.pick(months);
    return weekdayIn(m >= 4 ? fy : fy + 1, m);
  };

  const addMeetings = (
    councilId: string,
    establishedOn: string,
    perYear: [number, number],
  ): void => {
    const list: { heldOn: string; theme: Theme }[] = [
      { heldOn: establishedOn, theme: FIRST_MEETING },
    ];
    const lastFy = fiscalYearOf(reference);
    for (let fy = fiscalYearOf(establishedOn); fy <= lastFy; fy++) {
      const count = random.int(perYear[0], perYear[1]);
      const months = random
        .sample([5, 6, 7, 9, 10, 11, 12, 1], count)
        .sort((a, b) => ((a + 8) % 12) - ((b + 8) % 12));
      const themes = random.sample(THEMES, count);
      months.forEach((m, k) => {
        list.push({ heldOn: weekdayIn(m >= 4 ? fy : fy + 1, m), theme: themes[k]! });
      });
      list.push({ heldOn: randomDateInFiscalYear(fy, [2, 3]), theme: YEAR_END });
    }
    list
      .filter((m) => m.heldOn >= establishedOn && m.heldOn <= reference)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0))
      .forEach((m) => addMeeting(councilId, m, 25));
  };

  // Layer 1.
  const layer1Id = demoId('cnc', 1);
  const admin = users.users.find((u) => u.id === users.adminId);
  councils.push({
    id: layer1Id,
    layer: 1,
    districtId: '',
    name: `${model.cityName} 生活支援体制整備推進協議会（第1層）`,
    status: 'set_up',
    establishedOn: '2016-07-20',
    vision: `誰もが住み慣れた地域で 自分らしく暮らし続けられる ${model.cityName.replace(/市$/, '')}`,
    memberOrganizationIds: [
      orgs.cityOffice,
      orgs.socialWelfareCouncil,
      orgs.welfareCommissioners,
      orgs.seniorClubFederation,
      orgs.volunteerLiaison,
      orgs.coop,
      orgs.agriculturalCoop,
      orgs.silverCentre,
      ...orgs.supportCentres,
      orgs.npos.helpNetwork,
    ],
    coordinatorId: users.adminId,
    coordinatorName: (admin?.name ?? '').replace(/（.*$/, ''),
    notes: '市全体の課題の共有と、第2層協議体の後方支援を行う。年3回程度開催。',
  });
  // Fewer meetings before the layer-2 councils existed: keep the count realistic.
  addMeetings(layer1Id, '2016-07-20', [1, 2]);

  // Layer 2: one coordinator per daily-life area unless the district has a demo account.
  const areaCoordinator = model.dailyLifeAreas.map(() => pickPersonName(random));
  const visionPool = random.shuffle(VISIONS);
  const setUpDistricts = model.districts
    .filter((d) => options.statuses[d.index] === 'set_up')
    .map((d) => d.index);
  // Establishment years: the first councils in FY2019, most by FY2022, the last in FY2025.
  const years = random.shuffle(
    setUpDistricts.map((_, i) => 2019 + Math.min(6, Math.floor((i * 7) / setUpDistricts.length))),
  );
  model.districts.forEach((district, d) => {
    const status = options.statuses[d] ?? 'not_set_up';
    const id = demoId('cnc', councils.length + 1);
    const local = orgs.byDistrict[d];
    const supportCentre = orgs.supportCentres[district.dailyLifeArea] ?? orgs.socialWelfareCouncil;
    let establishedOn = '';
    let members: string[] = [];
    let vision = '';
    let notes = '';
    if (status === 'set_up') {
      const fy = years[setUpDistricts.indexOf(d)] ?? 2021;
      establishedOn = randomDateInFiscalYear(fy, [5, 6, 7, 9, 10, 11, 1, 2]);
      members = [
        local?.neighbourhood,
        local?.welfareCouncil,
        local?.seniorClub ?? undefined,
        orgs.welfareCommissioners,
        supportCentre,
        orgs.socialWelfareCouncil,
        ...random.sample(
          [
            orgs.npos.helpNetwork,
            orgs.coop,
            orgs.agriculturalCoop,
            orgs.silverCentre,
            orgs.npos.cafe,
          ],
          random.int(0, 2),
        ),
      ].filter((x): x is string => typeof x === 'string');
      vision = fill(visionPool[d % visionPool.length] ?? VISIONS[0] ?? '', district.names.base);
      notes = random.pick([
        '',
        '',
        '毎月第3木曜に定例会を開催。',
        '隔月で開催。地区の広報紙「ささえあい通信」を年2回発行。',
        '部会（買い物・見守り）に分かれて活動中。',
      ]);
    } else if (status === 'preparing') {
      members = [local?.neighbourhood, local?.welfareCouncil, supportCentre].filter(
        (x): x is string => typeof x === 'string',
      );
      vision = random.chance(0.5)
        ? fill(visionPool[d % visionPool.length] ?? '', district.names.base)
        : '';
      notes = random.pick([
        '令和8年度中の設置に向けて準備会を開催中。',
        '自治会連合会と地区社協で設置の時期を協議中。',
      ]);
    } else {
      notes = random.pick([
        '自治会長会議で協議体の説明を行った段階。',
        '担い手の確保が課題。まずは地区の困りごとの把握から始める予定。',
      ]);
    }
    const coordinatorId = options.coordinatorOfDistrict.get(d) ?? '';
    const account = users.users.find((u) => u.id === coordinatorId);
    councils.push({
      id,
      layer: 2,
      districtId: district.id,
      name: `${district.names.name} ${NAME_PATTERNS[d % NAME_PATTERNS.length] ?? NAME_PATTERNS[0]}`,
      status,
      establishedOn,
      vision,
      memberOrganizationIds: members,
      coordinatorId,
      coordinatorName: account
        ? account.name.replace(/（.*$/, '')
        : (areaCoordinator[district.dailyLifeArea] ?? ''),
      notes,
    });
    if (status === 'set_up') addMeetings(id, establishedOn, [1, 3]);
    if (status === 'preparing') {
      const fy = fiscalYearOf(reference);
      const count = random.int(1, 3);
      const list = random
        .sample(PREPARATORY, count)
        .map((theme) => ({ theme, heldOn: randomDateInFiscalYear(fy - 1, [6, 9, 11, 2]) }));
      list
        .filter((m) => m.heldOn <= reference)
        .sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1))
        .forEach((m) => addMeeting(id, m, 16));
    }
  });
  return { councils, meetings };
}
