import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { DatasetResource } from '../domain/dataset';
import type {
  AccessibilityFeature,
  Booking,
  Cost,
  Eligibility,
  LngLat,
  ResourceContact,
  ResourceKind,
  ResourceStatus,
  Schedule,
  VerificationMethod,
} from '../domain/types';
import { WEEKDAYS } from '../domain/types';
import type { Random } from './create-random';
import type { DemoCityModel, DemoDistrict, DemoTown } from './demo-city-model';
import { demoId } from './demo-ids';
import type { DemoUsers } from './generate-demo-users';
import type { DemoOrganizations } from './generate-organizations';
import { fictionalPhone } from './fictional-phone';
import { GATHERING_TEMPLATES, type GatheringDraft, type VenueKind } from './gathering-templates';
import type { DemoCell } from './generate-population-cells';
import { pickPersonName } from './person-names';
import { PLACE_NAMES } from './place-names';
import { RESOURCE_VOCABULARY } from './resource-vocabulary';
import { roundLngLat } from './round-coordinates';
import { NEW_YEAR_BREAK, irregular, monthlyNth, schedule, weekly } from './schedule-builders';

export interface ResourcesOptions {
  model: DemoCityModel;
  orgs: DemoOrganizations;
  users: DemoUsers;
  /** Districts left with few activities (index 0 gets none, 1 one, 2 two gathering places). */
  thinDistricts: readonly number[];
  /** Districts whose layer-2 council is set up or preparing: only these get "planned" activities. */
  activeCouncilDistricts: ReadonlySet<number>;
  /** The coordinator account responsible for a district, if any (verifies its resources). */
  coordinatorOfDistrict: ReadonlyMap<number, string>;
  /** Number of gathering places to create city-wide (thin districts included). */
  gatheringPlaces: number;
}

export interface DemoResources {
  resources: DatasetResource[];
  contacts: ResourceContact[];
  /** Support-centre resource id per daily-life area. */
  supportCentreIds: string[];
}

type Venue = VenueKind | 'none' | 'store' | 'office';

/** A resource before ids, status and verification are decided. */
interface Draft {
  kind: ResourceKind;
  name: string;
  nameKana: string;
  description: string;
  serviceTypeCodes: string[];
  district: number;
  serviceDistricts: number[];
  /** The town the activity meets in (for the address); null when it has no place. */
  town: number | null;
  venue: Venue;
  /** Explicit venue name for stores and offices. */
  venueName?: string;
  schedule: Schedule;
  cost: Cost;
  eligibility: Eligibility;
  booking: Booking;
  capacity: number | null;
  accessibility: AccessibilityFeature[];
  hasWebsite: boolean;
  isPublic: boolean;
  organizationId: string;
  /** Title of the contact person (代表, 事務局…). */
  contactTitle: string;
  /** Support centres and commercial services are never paused or planned in the demo. */
  stable: boolean;
}

const PAUSED_REASONS = [
  '会場の改修工事のため休止中',
  '担い手不足のため休止中',
  '代表者の体調不良のため当面休止',
  '感染症対策のため休止中（再開時期未定）',
  '会場の確保ができず休止中',
];
const CLOSED_REASONS = [
  '参加者の減少により令和6年度末で活動終了',
  '会場の閉鎖に伴い活動終了',
  '代表者の転居により活動終了',
];
const PLANNED_REASONS = [
  '令和8年度中の立ち上げに向けて準備中',
  '地区の協議体で立ち上げを検討中',
  '担い手養成講座の修了生が立ち上げ準備中',
];
const WEEKDAYS_MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/**
 * The demo city's directory: one support centre per daily-life area, gathering places
 * in every district except the deliberately thin ones, mutual-aid and watch-over groups
 * per district and per area, and commercial and city-wide services. Each gets a place
 * inside its district, an address, directions, a status (mostly active; some paused,
 * closed or planned) and a last-verified date over the two years before the reference
 * date (about a fifth older than a year: stale). Most get a private contact.
 */
export function generateResources(random: Random, options: ResourcesOptions): DemoResources {
  const { model, orgs } = options;
  const city = model.cityName;
  const districts = model.districts;
  const drafts: Draft[] = [];
  const usedNames = new Set<string>();
  const allDistricts = districts.map((d) => d.index);

  const townWeighted = (district: DemoDistrict): number => {
    const withPeople = district.towns.filter((t) => (model.towns[t]?.population65 ?? 0) > 0);
    const pool = withPeople.length > 0 ? withPeople : district.towns;
    return random.weighted(pool, (t) => (model.towns[t]?.population65 ?? 0) + 1);
  };
  /** Keeps names unique by adding the town or district in brackets, as real listings do. */
  const uniqueName = (name: string, kana: string, qualifier: [string, string]): [string, string] => {
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return [name, kana];
    }
    for (let i = 1; ; i++) {
      const q = i === 1 ? qualifier[0] : `${qualifier[0]}${i}`;
      const candidate = `${name}（${q}）`;
      if (!usedNames.has(candidate)) {
        usedNames.add(candidate);
        return [candidate, `${kana}（${qualifier[1]}）`];
      }
    }
  };
  const add = (draft: Draft, qualifier: [string, string]): void => {
    const [name, nameKana] = uniqueName(draft.name, draft.nameKana, qualifier);
    drafts.push({ ...draft, name, nameKana });
  };
  const runBy = (run: GatheringDraft['runBy'], d: number): string => {
    const local = orgs.byDistrict[d];
    switch (run) {
      case 'welfare_council':
        return local?.welfareCouncil ?? orgs.socialWelfareCouncil;
      case 'neighbourhood':
        return local?.neighbourhood ?? orgs.socialWelfareCouncil;
      case 'senior_club':
        return local?.seniorClub ?? orgs.seniorClubFederation;
      case 'npo_cafe':
        return orgs.npos.cafe;
      case 'npo_home':
        return orgs.npos.home;
      case 'welfare_corporation':
        return random.pick(orgs.welfareCorporations);
    }
  };
  const mostPopulousDistrict = (list: readonly number[]): number =>
    list.reduce((best, d) => ((districts[d]?.population ?? 0) > (districts[best]?.population ?? 0) ? d : best), list[0] ?? 0);

  // Support centres: one per daily-life area, in its most populous district.
  model.dailyLifeAreas.forEach((area, a) => {
    const d = mostPopulousDistrict(area.districts);
    const district = districts[d] as DemoDistrict;
    const districtNames = area.districts.map((i) => districts[i]?.names.name ?? '').join('・');
    add(
      {
        kind: 'support_center',
        name: `${city}高齢者あんしんセンター${area.shortName}`,
        nameKana: `${model.cityNameKana}こうれいしゃあんしんせんたー${area.kana.replace(/けんいき$/, '')}`,
        description: `地域包括支援センターです。介護・健康・福祉・お金や権利の心配ごとなど、高齢者の暮らしの相談に応じます。担当地区：${districtNames}。`,
        serviceTypeCodes: ['consultation'],
        district: d,
        serviceDistricts: [...area.districts],
        town: district.towns[0] ?? null,
        venue: 'office',
        venueName: `${district.names.base.split('・')[0] ?? ''}地区市民センター内`,
        schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '08:30', '17:15')], {
          closedOnPublicHolidays: true,
          closedPeriods: [NEW_YEAR_BREAK],
          note: '電話での相談は夜間・休日も当番職員が受け付けます。',
        }),
        cost: { amountYen: 0, unit: 'free', note: '相談は無料' },
        eligibility: 'anyone',
        booking: 'drop_in',
        capacity: null,
        accessibility: ['step_free', 'accessible_toilet', 'parking'],
        hasWebsite: true,
        isPublic: true,
        organizationId: orgs.supportCentres[a] ?? orgs.cityOffice,
        contactTitle: 'センター長',
        stable: true,
      },
      [area.shortName, area.kana],
    );
  });

  // Every-other-week rules anchor in the fiscal year of the reference date.
  const anchorFrom = `${model.referenceDate.slice(0, 4)}-04-01`;

  // Gathering places: proportional to older residents, with the thin districts held back.
  const counts = allocate(
    options.gatheringPlaces,
    districts.map((d) => (options.thinDistricts.includes(d.index) ? 0 : (d.population65 + 50) ** 0.85)),
    options.thinDistricts.map((d, i) => [d, Math.min(i, 2)] as const),
  );
  districts.forEach((district, d) => {
    for (let k = 0; k < (counts[d] ?? 0); k++) {
      // A few tries for a name not yet taken (two 「本町ふれあいサロン」 would confuse
      // everyone); after that, uniqueName adds the town in brackets.
      let townIndex = townWeighted(district);
      let town = model.towns[townIndex] as DemoTown;
      let g = random.weighted(GATHERING_TEMPLATES, (t) => t.weight).build({ random, town, district, anchorFrom });
      for (let attempt = 0; attempt < 6 && usedNames.has(g.name); attempt++) {
        townIndex = townWeighted(district);
        town = model.towns[townIndex] as DemoTown;
        g = random.weighted(GATHERING_TEMPLATES, (t) => t.weight).build({ random, town, district, anchorFrom });
      }
      // Now and then a one-off closure on a day it would meet (hall inspection, a local
      // event), a few weeks after the reference date. Only for plain weekly rules, where the
      // meeting days are easy to find.
      const rule = g.schedule.rules[0];
      if (rule?.type === 'weekly' && (rule.intervalWeeks ?? 1) === 1 && random.chance(0.12)) {
        const closed = new Date(Date.parse(`${model.referenceDate}T00:00:00Z`) + random.int(7, 60) * 86_400_000);
        while (!rule.weekdays.includes(WEEKDAYS[closed.getUTCDay()] ?? 'sun')) closed.setUTCDate(closed.getUTCDate() + 1);
        g.schedule.closedDates.push(closed.toISOString().slice(0, 10));
        const when = `${closed.getUTCMonth() + 1}月${closed.getUTCDate()}日`;
        const reason = random.pick(['会場の点検のため', '地区の行事のため', '会場の都合により']);
        const before = g.schedule.note && !g.schedule.note.endsWith('。') ? `${g.schedule.note}。` : g.schedule.note;
        g.schedule.note = `${before}${when}は${reason}お休みです。`;
      }
      add(
        {
          kind: 'gathering_place',
          name: g.name,
          nameKana: g.nameKana,
          description: g.description,
          serviceTypeCodes: g.serviceTypeCodes,
          district: d,
          serviceDistricts: [d],
          town: townIndex,
          venue: g.venue,
          schedule: g.schedule,
          cost: g.cost,
          eligibility: g.eligibility,
          booking: g.booking,
          capacity: g.capacity,
          accessibility: g.accessibility,
          hasWebsite: g.hasWebsite,
          isPublic: true,
          organizationId: runBy(g.runBy, d),
          contactTitle: '代表',
          stable: false,
        },
        [town.names.base, town.names.baseKana],
      );
    }
  });

  // Mutual aid and watch-over per district.
  districts.forEach((district, d) => {
    const thinRank = options.thinDistricts.indexOf(d);
    // Thin districts still have something (a watch-over group), so the gap they show is
    // about gathering places, not an empty district.
    const helpGroups = thinRank === -1 ? 1 + (random.chance(0.5) ? 1 : 0) : thinRank === 2 ? 1 : 0;
    const watchGroups = thinRank === -1 ? 1 + (random.chance(0.55) ? 1 : 0) : 1;
    for (const build of random.sample(DISTRICT_HELP, helpGroups)) add(build(random, district, orgs, townWeighted(district)), [district.names.base, district.names.baseKana]);
    for (const build of random.sample(DISTRICT_WATCH, watchGroups)) {
      const townIndex = townWeighted(district);
      add(build(random, district, model.towns[townIndex] as DemoTown, townIndex, orgs), [district.names.base, district.names.baseKana]);
    }
  });

  // Area-wide groups and services.
  model.dailyLifeAreas.forEach((area, a) => {
    const home = mostPopulousDistrict(area.districts);
    const short: [string, string] = [area.shortName, area.kana.replace(/けんいき$/, '')];
    const common = { district: home, serviceDistricts: [...area.districts], town: null, venue: 'none' as const, hasWebsite: false, isPublic: true, stable: false };
    add(
      {
        ...common,
        kind: 'watch_over',
        name: `ゆうあい訪問（${area.shortName}圏域 民生委員）`,
        nameKana: `ゆうあいほうもん（${short[1]}けんいき みんせいいいん）`,
        description: '民生委員がひとり暮らしや高齢者のみの世帯を定期的に訪問し、困りごとがないか確認しています。',
        serviceTypeCodes: ['safety_check', 'conversation'],
        schedule: schedule([irregular('月1回程度、担当の民生委員が訪問します')]),
        cost: { amountYen: 0, unit: 'free', note: '' },
        eligibility: 'age_65_plus',
        booking: 'call_first',
        capacity: null,
        accessibility: [],
        organizationId: orgs.welfareCommissioners,
        contactTitle: '地区会長',
      },
      short,
    );
    add(
      {
        ...common,
        kind: 'service',
        name: `移動スーパー さくら号（${area.shortName}コース）`,
        nameKana: `いどうすーぱー さくらごう（${short[1]}こーす）`,
        description: '生鮮食品や日用品を積んだ移動販売車が、決まった曜日に地域を回ります。冷蔵庫の中身を一緒に確かめながら選べます。',
        serviceTypeCodes: ['shopping_help'],
        schedule: schedule([weekly(random.pick([['mon', 'thu'], ['tue', 'fri'], ['wed', 'sat']] as const).slice(), '10:00', '15:00')], {
          closedPeriods: [NEW_YEAR_BREAK],
          note: '停留所と時刻はお問い合わせください。',
        }),
        cost: { amountYen: 10, unit: 'per_use', note: '商品代金に1品につき10円を加算' },
        eligibility: 'anyone',
        booking: 'drop_in',
        capacity: null,
        accessibility: [],
        organizationId: orgs.companies.supermarket,
        contactTitle: '担当',
        stable: true,
      },
      short,
    );
    if (a !== 0 && random.chance(0.7)) {
      add(
        {
          ...common,
          kind: 'mutual_aid',
          name: `有償ボランティア おたがいさま（${area.shortName}）`,
          nameKana: `ゆうしょうぼらんてぃあ おたがいさま（${short[1]}）`,
          description: '会員同士で家事や外出、庭仕事などをお手伝いする有償ボランティアです。「お互いさま」の気持ちで支えあっています。',
          serviceTypeCodes: ['small_chores', 'shopping_help', 'hospital_escort', 'conversation', 'garden_work'],
          schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '09:00', '17:00')], {
            closedOnPublicHolidays: true,
            closedPeriods: [NEW_YEAR_BREAK],
            note: '受付は平日のみ。利用の1週間前までにご相談ください。',
          }),
          cost: { amountYen: 800, unit: 'per_hour', note: '交通費実費。年会費1,000円' },
          eligibility: 'anyone',
          booking: 'reservation',
          capacity: null,
          accessibility: [],
          organizationId: orgs.npos.helpNetwork,
          contactTitle: 'コーディネーター',
          hasWebsite: true,
        },
        short,
      );
    }
    if (a !== 0 && random.chance(0.6)) {
      add(
        {
          ...common,
          kind: 'mutual_aid',
          name: `おでかけサポート ${area.shortName}`,
          nameKana: `おでかけさぽーと ${short[1]}`,
          description: '住民ボランティアが自家用車で買い物や通院に付き添います。バス停まで歩くのがつらい方のための仕組みです。',
          serviceTypeCodes: ['transport', 'hospital_escort', 'shopping_help'],
          schedule: schedule([irregular('ご依頼に応じて（平日の日中）', '09:00', '16:00')], { closedOnPublicHolidays: true }),
          cost: { amountYen: null, unit: 'per_use', note: 'ガソリン代実費' },
          eligibility: 'care_needs_welcome',
          booking: 'reservation',
          capacity: null,
          accessibility: ['pick_up'],
          organizationId: orgs.byDistrict[home]?.welfareCouncil ?? orgs.socialWelfareCouncil,
          contactTitle: '事務局',
        },
        short,
      );
    }
    if (a >= 3) {
      add(
        {
          ...common,
          kind: 'service',
          name: `JA移動購買車 ふれあい号（${area.shortName}）`,
          nameKana: `じぇいえーいどうこうばいしゃ ふれあいごう（${short[1]}）`,
          description: '農協の移動購買車が集落を回り、食料品や日用品を販売します。',
          serviceTypeCodes: ['shopping_help'],
          schedule: schedule([weekly([random.pick(WEEKDAYS_MON_FRI)], '09:30', '14:00')], { closedOnPublicHolidays: true, closedPeriods: [NEW_YEAR_BREAK] }),
          cost: { amountYen: 0, unit: 'free', note: '商品代金のみ' },
          eligibility: 'anyone',
          booking: 'drop_in',
          capacity: null,
          accessibility: [],
          organizationId: orgs.agriculturalCoop,
          contactTitle: '担当',
          stable: true,
        },
        short,
      );
    }
  });

  // City-wide groups and services, each based in a district.
  for (const build of CITY_WIDE) add(build(random, model, orgs, allDistricts), ['市内', 'しない']);

  // Shops that take orders by phone and deliver (御用聞き), in towns with people.
  const shopDistricts = random.sample(
    districts.filter((d) => !options.thinDistricts.includes(d.index)),
    8,
  );
  shopDistricts.forEach((district) => {
    const [shop, shopKana, goods] = random.pick(RESOURCE_VOCABULARY.shops);
    const townIndex = townWeighted(district);
    const town = model.towns[townIndex] as DemoTown;
    add(
      {
        kind: 'service',
        name: `${town.names.base}${shop}（御用聞き・配達）`,
        nameKana: `${town.names.baseKana}${shopKana}（ごようきき・はいたつ）`,
        description: `電話で注文を受けて${goods}を自宅まで届けます。配達の際にひと声かけ、困りごとがあれば相談にも乗ります。`,
        serviceTypeCodes: shop === '電器店' ? ['small_chores', 'shopping_help'] : ['shopping_help', 'safety_check'],
        district: district.index,
        serviceDistricts: [district.index],
        town: townIndex,
        venue: 'store',
        venueName: `${town.names.base}${shop}`,
        schedule: schedule([weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '09:00', '18:00')], { closedPeriods: [NEW_YEAR_BREAK] }),
        cost: { amountYen: 0, unit: 'free', note: '配達無料（1回1,000円以上のご注文）' },
        eligibility: 'anyone',
        booking: 'call_first',
        capacity: null,
        accessibility: ['parking'],
        hasWebsite: false,
        isPublic: true,
        organizationId: orgs.shopkeepers,
        contactTitle: '店主',
        stable: true,
      },
      [town.names.base, town.names.baseKana],
    );
  });

  return finalise(random, options, drafts);
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder), after
 * giving the `fixed` entries their fixed counts.
 */
function allocate(total: number, weights: readonly number[], fixed: readonly (readonly [number, number])[]): number[] {
  const counts = weights.map(() => 0);
  let left = total;
  for (const [i, n] of fixed) {
    counts[i] = n;
    left -= n;
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (left * w) / sum : 0));
  exact.forEach((e, i) => {
    counts[i] = (counts[i] ?? 0) + Math.floor(e);
  });
  let assigned = counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (assigned >= total) break;
    if ((weights[i] ?? 0) <= 0) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    assigned++;
  }
  return counts;
}

type DistrictHelpBuilder = (random: Random, district: DemoDistrict, orgs: DemoOrganizations, town: number) => Draft;

const helpBase = (district: DemoDistrict, town: number, random: Random): Pick<Draft, 'district' | 'serviceDistricts' | 'town' | 'venue' | 'hasWebsite' | 'capacity' | 'accessibility' | 'stable'> => {
  const serves = [district.index, ...random.sample(district.neighbours, random.int(0, 2))];
  const located = random.chance(0.5);
  return {
    district: district.index,
    serviceDistricts: serves,
    town: located ? town : null,
    venue: located ? 'hall' : 'none',
    hasWebsite: false,
    capacity: null,
    accessibility: [],
    stable: false,
  };
};

/** Mutual-aid groups a district may have (one builder per style). */
const DISTRICT_HELP: readonly DistrictHelpBuilder[] = [
  (random, d, orgs, town) => ({
    ...helpBase(d, town, random),
    kind: 'mutual_aid',
    name: `${d.names.base}たすけあい隊`,
    nameKana: `${d.names.baseKana}たすけあいたい`,
    description: 'ごみ出しや電球交換、庭の草取り、買い物など、日常のちょっとした困りごとを住民ボランティアがお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'garden_work', 'shopping_help'],
    schedule: schedule([irregular('ご依頼に応じて随時（受付：平日9時〜17時）')], { closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 500, unit: 'per_hour', note: '30分250円。交通費実費' },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    isPublic: random.chance(0.85),
    organizationId: orgs.byDistrict[d.index]?.welfareCouncil ?? orgs.socialWelfareCouncil,
    contactTitle: '事務局',
  }),
  (random, d, orgs, town) => ({
    ...helpBase(d, town, random),
    kind: 'mutual_aid',
    name: `${d.names.base}ささえあいの会`,
    nameKana: `${d.names.baseKana}ささえあいのかい`,
    description: 'ひとり暮らしの方への声かけや話し相手、ごみ出しの手伝いを、ご近所同士の助け合いで行っています。',
    serviceTypeCodes: ['conversation', 'safety_check', 'garbage_help'],
    schedule: schedule([irregular('ご依頼に応じて随時')]),
    cost: { amountYen: 100, unit: 'per_use', note: 'チケット制（1枚100円で30分）' },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    isPublic: random.chance(0.8),
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '会長',
  }),
  (random, d, orgs, town) => ({
    ...helpBase(d, town, random),
    kind: 'mutual_aid',
    name: `ちょこっと応援隊 ${d.names.base}`,
    nameKana: `ちょこっとおうえんたい ${d.names.baseKana}`,
    description: '30分程度でできる家事の手伝いや、冷蔵庫の中の確認、ごみの分別などをお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'fridge_check', 'garden_work'],
    schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '09:00', '17:00')], {
      closedOnPublicHolidays: true,
      closedPeriods: [NEW_YEAR_BREAK],
      note: '依頼は1週間前までにお願いします（要相談）。',
    }),
    cost: { amountYen: 300, unit: 'per_use', note: '30分まで300円' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    isPublic: true,
    organizationId: orgs.byDistrict[d.index]?.welfareCouncil ?? orgs.socialWelfareCouncil,
    contactTitle: 'コーディネーター',
  }),
  (random, d, orgs, town) => ({
    ...helpBase(d, town, random),
    kind: 'mutual_aid',
    name: `${d.names.base}ご近所ボランティア`,
    nameKana: `${d.names.baseKana}ごきんじょぼらんてぃあ`,
    description: '話し相手や見守りを兼ねた訪問、簡単な困りごとのお手伝いを無償で行う住民グループです。',
    serviceTypeCodes: ['conversation', 'safety_check', 'small_chores'],
    schedule: schedule([irregular('要相談（平日の日中が中心）')]),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'call_first',
    isPublic: random.chance(0.7),
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '代表',
  }),
  (random, d, orgs, town) => ({
    ...helpBase(d, town, random),
    kind: 'mutual_aid',
    name: `ごみ出しサポーター ${d.names.base}`,
    nameKana: `ごみだしさぽーたー ${d.names.baseKana}`,
    description: 'ごみ集積所まで運ぶのが難しい方のごみ出しを、近所のサポーターがお手伝いします。',
    serviceTypeCodes: ['garbage_help'],
    schedule: schedule([irregular('地区のごみ収集日の朝', '07:00', '08:30')], { closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'care_needs_welcome',
    booking: 'call_first',
    isPublic: true,
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '代表',
  }),
];

type DistrictWatchBuilder = (random: Random, district: DemoDistrict, town: DemoTown, townIndex: number, orgs: DemoOrganizations) => Draft;

const watchBase = (district: DemoDistrict): Pick<Draft, 'district' | 'serviceDistricts' | 'hasWebsite' | 'capacity' | 'accessibility' | 'stable' | 'isPublic'> => ({
  district: district.index,
  serviceDistricts: [district.index],
  hasWebsite: false,
  capacity: null,
  accessibility: [],
  stable: false,
  isPublic: true,
});

/** Watch-over groups a district may have. */
const DISTRICT_WATCH: readonly DistrictWatchBuilder[] = [
  (_random, d, _town, _townIndex, orgs) => ({
    ...watchBase(d),
    kind: 'watch_over',
    name: `${d.names.base}声かけ隊`,
    nameKana: `${d.names.baseKana}こえかけたい`,
    description: '散歩や買い物のついでに、ひとり暮らしの高齢者宅の様子に気を配り、声をかけています。気になることがあれば民生委員やあんしんセンターにつなぎます。',
    serviceTypeCodes: ['watch_patrol'],
    town: null,
    venue: 'none',
    schedule: schedule([irregular('日常生活の中で随時')]),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'drop_in',
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '隊長',
  }),
  (random, d, town, townIndex, orgs) => ({
    ...watchBase(d),
    kind: 'watch_over',
    name: `${town.names.base}見守り隊`,
    nameKana: `${town.names.baseKana}みまもりたい`,
    description: '子どもの下校時間に合わせて地域を巡回し、子どもと高齢者の両方を見守っています。新しい隊員も募集中です。',
    serviceTypeCodes: ['watch_patrol', 'safety_check'],
    town: townIndex,
    venue: 'hall',
    schedule: schedule([weekly(random.pick([['mon', 'thu'], ['tue', 'fri'], ['mon', 'wed', 'fri']] as const).slice(), '14:30', '16:00')], {
      closedOnPublicHolidays: true,
      closedPeriods: [NEW_YEAR_BREAK],
      note: '学校の長期休み中はお休み',
    }),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'drop_in',
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '代表',
  }),
  (random, d, town, townIndex, orgs) => ({
    ...watchBase(d),
    kind: 'watch_over',
    name: `見守りウォーキング隊 ${town.names.base}`,
    nameKana: `みまもりうぉーきんぐたい ${town.names.baseKana}`,
    description: '健康づくりのウォーキングを兼ねて地域を歩き、見守りが必要なお宅の様子に気を配っています。',
    serviceTypeCodes: ['watch_patrol'],
    town: townIndex,
    venue: 'park',
    schedule: schedule([weekly(random.pick([['tue', 'fri'], ['mon', 'thu'], ['wed', 'sat']] as const).slice(), '07:00', '08:00')], {
      note: '雨天中止。集合場所は公園入口です。',
    }),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'drop_in',
    organizationId: orgs.byDistrict[d.index]?.seniorClub ?? orgs.byDistrict[d.index]?.neighbourhood ?? orgs.seniorClubFederation,
    contactTitle: '代表',
  }),
  (random, d, _town, _townIndex, orgs) => ({
    ...watchBase(d),
    kind: 'watch_over',
    name: `あんしん見守りネット ${d.names.base}`,
    nameKana: `あんしんみまもりねっと ${d.names.baseKana}`,
    description: '自治会の班ごとに見守り協力員を決め、ひとり暮らしの高齢者宅を定期的に訪問しています。',
    serviceTypeCodes: ['safety_check', 'conversation'],
    town: null,
    venue: 'none',
    schedule: schedule([monthlyNth([random.pick(WEEKDAYS_MON_FRI)], [1], '10:00', '12:00')], {
      note: '月1回の訪問のほか、気になる時は随時',
    }),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    organizationId: orgs.byDistrict[d.index]?.neighbourhood ?? orgs.socialWelfareCouncil,
    contactTitle: '事務局',
  }),
];

type CityWideBuilder = (random: Random, model: DemoCityModel, orgs: DemoOrganizations, all: number[]) => Draft;

const cityBase = (model: DemoCityModel, all: number[], district: number): Pick<Draft, 'district' | 'serviceDistricts' | 'hasWebsite' | 'capacity' | 'accessibility' | 'isPublic' | 'town' | 'venue'> => ({
  // Fixed home districts keep the organisations' districts; clamp for small cities.
  district: Math.min(district, model.districts.length - 1),
  serviceDistricts: [...all],
  hasWebsite: false,
  capacity: null,
  accessibility: [],
  isPublic: true,
  town: null,
  venue: 'none',
});
const storeAt = (model: DemoCityModel, district: number): Pick<Draft, 'town' | 'venue'> => ({
  town: model.districts[district]?.towns[0] ?? null,
  venue: 'store',
});

/** City-wide mutual-aid groups and services. */
const CITY_WIDE: readonly CityWideBuilder[] = [
  (random, model, orgs, all) => {
    const n = random.pick(RESOURCE_VOCABULARY.nicknames);
    return {
      ...cityBase(model, all, 0),
      kind: 'mutual_aid',
      name: `傾聴ボランティア ${n[0]}`,
      nameKana: `けいちょうぼらんてぃあ ${n[1]}`,
      description: '研修を受けたボランティアがご自宅や施設を訪問し、お話をじっくり伺います。',
      serviceTypeCodes: ['conversation'],
      schedule: schedule([irregular('ご依頼に応じて（月1〜2回程度の訪問）')]),
      cost: { amountYen: 0, unit: 'free', note: '' },
      eligibility: 'care_needs_welcome',
      booking: 'reservation',
      organizationId: orgs.volunteerLiaison,
      contactTitle: '代表',
      stable: false,
    };
  },
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 3),
    kind: 'mutual_aid',
    name: 'ペット見守りボランティア わんにゃんネット',
    nameKana: 'ぺっとみまもりぼらんてぃあ わんにゃんねっと',
    description: '飼い主の入院中などに、犬や猫の餌やりや散歩をボランティアが代わりに行います。',
    serviceTypeCodes: ['pet_care'],
    schedule: schedule([irregular('必要に応じて（事前登録制）')]),
    cost: { amountYen: null, unit: 'per_use', note: '餌代などの実費' },
    eligibility: 'anyone',
    booking: 'reservation',
    organizationId: orgs.volunteerLiaison,
    contactTitle: '代表',
    stable: false,
    isPublic: false,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 1),
    kind: 'mutual_aid',
    name: '買い物同行ボランティア いっしょに行こう会',
    nameKana: 'かいものどうこうぼらんてぃあ いっしょにいこうかい',
    description: 'スーパーや病院への外出に、ボランティアが一緒に付き添います。自分で選んで買う楽しみを大切にしています。',
    serviceTypeCodes: ['shopping_help', 'hospital_escort'],
    schedule: schedule([weekly(['tue', 'thu'], '10:00', '12:00')], { closedOnPublicHolidays: true, note: '事前の申し込みが必要です' }),
    cost: { amountYen: 0, unit: 'free', note: 'バス代・タクシー代は実費' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    organizationId: orgs.npos.supportGroup,
    contactTitle: '事務局',
    stable: false,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 8),
    kind: 'mutual_aid',
    name: 'おかず配りボランティア ほっとごはん',
    nameKana: 'おかずくばりぼらんてぃあ ほっとごはん',
    description: '手作りのおかずを届けながら、冷蔵庫の中身や体調を確認しています。',
    serviceTypeCodes: ['meal_delivery', 'fridge_check', 'safety_check'],
    schedule: schedule([monthlyNth(['wed'], [2, 4], '11:00', '13:00')], { closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 300, unit: 'per_use', note: '1食あたり' },
    eligibility: 'age_65_plus',
    booking: 'reservation',
    organizationId: orgs.npos.home,
    contactTitle: '代表',
    stable: false,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 2),
    ...storeAt(model, 2),
    kind: 'service',
    name: 'まごころ弁当 配食サービス',
    nameKana: 'まごころべんとう はいしょくさーびす',
    description: '栄養バランスを考えたお弁当を毎日お届けし、手渡しの際に安否を確認します。おかゆ・きざみ食にも対応します。',
    serviceTypeCodes: ['meal_delivery', 'safety_check'],
    venueName: 'まごころ弁当 調理センター',
    schedule: schedule([weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '11:00', '12:30')], { closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 550, unit: 'per_use', note: '1食あたり（市の配食助成の対象の方は400円）' },
    eligibility: 'anyone',
    booking: 'reservation',
    organizationId: orgs.companies.bento,
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 0),
    ...storeAt(model, 0),
    kind: 'service',
    name: 'スーパーマルサク 無料送迎バス',
    nameKana: 'すーぱーまるさく むりょうそうげいばす',
    description: '市内の主な団地や集会所と店舗を結ぶ買い物客向けの無料送迎バスです。',
    serviceTypeCodes: ['transport', 'shopping_help'],
    venueName: 'スーパーマルサク 本店',
    schedule: schedule([weekly(['tue', 'fri'], '10:00', '15:00')], { closedPeriods: [NEW_YEAR_BREAK], note: '1日4便。時刻表は店頭で配布しています。' }),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'drop_in',
    accessibility: ['step_free', 'accessible_toilet', 'parking'],
    organizationId: orgs.companies.supermarket,
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 0),
    kind: 'service',
    name: '生協の個別宅配',
    nameKana: 'せいきょうのこべつたくはい',
    description: '注文した食料品や日用品を毎週決まった曜日に玄関先までお届けします。配達担当者が見守りも兼ねています。',
    serviceTypeCodes: ['shopping_help', 'safety_check'],
    schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '09:00', '18:00')], { closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 198, unit: 'per_use', note: '配達手数料（65歳以上の方は割引あり）' },
    eligibility: 'anyone',
    booking: 'reservation',
    organizationId: orgs.coop,
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 0),
    kind: 'service',
    name: 'シルバー人材センター 家事援助サービス',
    nameKana: 'しるばーじんざいせんたー かじえんじょさーびす',
    description: '会員が掃除や洗濯、買い物代行、ごみ出しなどの家事をお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'shopping_help'],
    schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '08:30', '17:00')], { closedOnPublicHolidays: true, closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 1000, unit: 'per_hour', note: '作業内容により異なります' },
    eligibility: 'anyone',
    booking: 'reservation',
    organizationId: orgs.silverCentre,
    contactTitle: '担当',
    stable: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 0),
    kind: 'service',
    name: 'シルバー人材センター 植木の剪定・草取り',
    nameKana: 'しるばーじんざいせんたー うえきのせんてい・くさとり',
    description: '庭木の剪定や草取り、草刈りを会員が請け負います。見積もりは無料です。',
    serviceTypeCodes: ['garden_work'],
    schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '08:30', '17:00')], { closedOnPublicHolidays: true, closedPeriods: [NEW_YEAR_BREAK] }),
    cost: { amountYen: 1100, unit: 'per_hour', note: '処分費は別途実費' },
    eligibility: 'anyone',
    booking: 'reservation',
    organizationId: orgs.silverCentre,
    contactTitle: '担当',
    stable: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 4),
    kind: 'service',
    name: '福祉有償運送 移送サービスさくら',
    nameKana: 'ふくしゆうしょううんそう いそうさーびすさくら',
    description: '車いすのまま乗れる車両で、通院や買い物の送迎を行います。事前の会員登録が必要です。',
    serviceTypeCodes: ['transport', 'hospital_escort'],
    schedule: schedule([weekly([...WEEKDAYS_MON_FRI], '08:30', '17:00')], { closedOnPublicHolidays: true, closedPeriods: [NEW_YEAR_BREAK], note: '予約は利用日の3日前まで' }),
    cost: { amountYen: null, unit: 'per_use', note: '距離に応じて（タクシー料金のおおむね半額）' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    accessibility: ['pick_up'],
    organizationId: orgs.npos.transport,
    contactTitle: '配車担当',
    stable: true,
    hasWebsite: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 0),
    kind: 'service',
    name: '乗合タクシー さくらライド',
    nameKana: 'のりあいたくしー さくらいど',
    description: '自宅から市内の指定の乗降場所（病院・駅・スーパーなど）まで、予約制の乗合タクシーで移動できます。',
    serviceTypeCodes: ['transport'],
    schedule: schedule([weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '08:00', '17:00')], { closedPeriods: [NEW_YEAR_BREAK], note: '前日17時までに予約' }),
    cost: { amountYen: 300, unit: 'per_use', note: '1乗車あたり（75歳以上の方は200円）' },
    eligibility: 'age_65_plus',
    booking: 'reservation',
    accessibility: ['pick_up'],
    organizationId: orgs.companies.taxi,
    contactTitle: '予約センター',
    stable: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, model.dailyLifeAreas[0]?.districts ?? all, 1),
    kind: 'service',
    name: '新聞配達時の見守り（中央新聞販売所）',
    nameKana: 'しんぶんはいたつじのみまもり（ちゅうおうしんぶんはんばいじょ）',
    description: '新聞がたまっているなどの異変に配達員が気づいたとき、市やあんしんセンターに連絡します。',
    serviceTypeCodes: ['safety_check'],
    schedule: schedule([irregular('毎日の配達時')]),
    cost: { amountYen: 0, unit: 'free', note: '新聞購読者が対象' },
    eligibility: 'anyone',
    booking: 'call_first',
    organizationId: orgs.companies.newspaper,
    contactTitle: '所長',
    stable: true,
  }),
  (_random, model, orgs, all) => ({
    ...cityBase(model, all, 3),
    ...storeAt(model, 3),
    kind: 'service',
    name: 'ペットホテル ぽち（入院時の一時預かり）',
    nameKana: 'ぺっとほてる ぽち（にゅういんじのいちじあずかり）',
    description: '飼い主の急な入院時に、犬や猫を一時的にお預かりします。送迎の相談もできます。',
    serviceTypeCodes: ['pet_care'],
    venueName: 'ペットホテル ぽち',
    schedule: schedule([weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '09:00', '19:00')], { closedPeriods: [] }),
    cost: { amountYen: 3000, unit: 'per_use', note: '1泊（小型犬・猫）' },
    eligibility: 'anyone',
    booking: 'reservation',
    accessibility: ['parking'],
    organizationId: orgs.companies.petHotel,
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  }),
];

/** Turns drafts into dataset resources with ids, places, statuses, verification and contacts. */
function finalise(random: Random, options: ResourcesOptions, drafts: Draft[]): DemoResources {
  const { model, users } = options;
  const city = model.cityName;
  const referenceMs = Date.parse(`${model.referenceDate}T00:00:00Z`);
  const resources: DatasetResource[] = [];
  const contacts: ResourceContact[] = [];
  const supportCentreIds = model.dailyLifeAreas.map(() => '');

  drafts.forEach((draft, i) => {
    const id = demoId('res', i + 1);
    const district = model.districts[draft.district] as DemoDistrict;
    const town = draft.town === null ? null : (model.towns[draft.town] as DemoTown);

    // Place, address and directions.
    let location: LngLat | null = null;
    let locationApproximate = false;
    let address = '';
    let directions = '';
    if (town && draft.venue !== 'none') {
      if (draft.venue === 'home') {
        location = town.point;
        locationApproximate = true;
        address = `${city}${town.names.name}（代表者宅のため、詳しい場所はお問い合わせください）`;
        directions = '詳しい場所は申し込みの際にお知らせします';
      } else {
        location = pointInTown(random, model, town, district);
        const number = town.names.hasChome
          ? `${random.int(1, 25)}-${random.int(1, 30)}`
          : `${random.int(100, 2999)}${random.chance(0.5) ? `-${random.int(1, 12)}` : ''}`;
        address = `${city}${town.names.name}${number} ${draft.venueName ?? venueName(random, draft.venue, town, district)}`;
        const busStop = `${town.names.base}${random.pick(['', '入口', '公民館前', '中央'])}`;
        directions =
          district.names.character === 'urban' && random.chance(0.5)
            ? `${PLACE_NAMES.city.stationName}${random.pick(['東口', '西口', '南口', '北口'])}から徒歩${random.int(4, 18)}分`
            : `市内循環バス「${busStop}」バス停から徒歩${random.int(1, 8)}分`;
        if (draft.accessibility.includes('parking')) directions += `。駐車場あり（${random.int(3, 20)}台）`;
      }
    }

    // Status.
    let status: ResourceStatus = 'active';
    let statusReason = '';
    if (!draft.stable) {
      const r = random.next();
      const mayPlan = options.activeCouncilDistricts.has(draft.district) && draft.kind !== 'watch_over';
      if (mayPlan && r < 0.04) status = 'planned';
      else if (r < 0.07) status = 'closed';
      else if (r < 0.16) status = 'paused';
      statusReason =
        status === 'planned'
          ? random.pick(PLANNED_REASONS)
          : status === 'closed'
            ? random.pick(CLOSED_REASONS)
            : status === 'paused'
              ? random.pick(PAUSED_REASONS)
              : '';
    }

    // Verification: about a fifth confirmed more than a year ago (stale).
    let lastVerifiedAt = '';
    let verifiedById = '';
    let verificationMethod: VerificationMethod | '' = '';
    if (!(status === 'planned' && random.chance(0.5))) {
      const stale = random.chance(status === 'paused' || status === 'closed' ? 0.45 : 0.18);
      const daysAgo = stale ? random.int(366, 730) : random.int(3, 365);
      const minutes = random.int(0, 8 * 60); // 09:00–17:00 JST = 00:00–08:00 UTC
      lastVerifiedAt = new Date(referenceMs - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
      verifiedById = options.coordinatorOfDistrict.get(draft.district) ?? (random.chance(0.6) ? users.adminId : '');
      verificationMethod = random.weighted(['phone', 'visit', 'email', 'other'] as const, (m) =>
        m === 'phone' ? 10 : m === 'visit' ? 7 : m === 'email' ? 1 : 2,
      );
    }

    const publicPhone =
      draft.kind === 'support_center' || draft.kind === 'service' || random.chance(0.55) ? fictionalPhone('landline', 5000 + i) : '';
    resources.push({
      id,
      kind: draft.kind,
      name: draft.name,
      nameKana: draft.nameKana,
      nameKanaGenerated: false,
      description: draft.description,
      serviceTypeCodes: draft.serviceTypeCodes,
      districtId: district.id,
      serviceDistrictIds: [...new Set(draft.serviceDistricts)].map((d) => model.districts[d]?.id ?? district.id),
      location,
      locationApproximate,
      address,
      directions,
      schedule: draft.schedule,
      cost: draft.cost,
      eligibility: draft.eligibility,
      booking: draft.booking,
      capacity: draft.capacity,
      acceptingNewcomers: status === 'active' || status === 'planned' ? random.chance(draft.capacity ? 0.85 : 0.95) : false,
      accessibility: draft.accessibility,
      publicPhone,
      website: draft.hasWebsite ? `https://example.com/sakurano/${id}` : '',
      status,
      statusReason,
      isPublic: draft.isPublic,
      organizationId: draft.organizationId,
      lastVerifiedAt,
      verifiedById: lastVerifiedAt ? verifiedById : '',
      verificationMethod,
      source: 'demo',
      sourceId: id,
    });
    if (draft.kind === 'support_center') {
      const a = model.dailyLifeAreas.findIndex((x) => x.districts.includes(draft.district));
      if (a !== -1) supportCentreIds[a] = id;
    }

    // Private contact for most.
    if (draft.stable || random.chance(0.88)) {
      const person = pickPersonName(random);
      contacts.push({
        id: demoId('con', contacts.length + 1),
        resourceId: id,
        personInCharge: draft.contactTitle === '担当' || draft.contactTitle === '予約センター' ? `${draft.contactTitle} ${person.split(' ')[0] ?? person}` : `${draft.contactTitle} ${person}`,
        directPhone: fictionalPhone(draft.kind === 'gathering_place' || draft.kind === 'watch_over' ? 'mobile' : 'landline', 7000 + i),
        email: random.chance(0.2) ? `contact-${id}@example.com` : '',
        notes: random.pick(RESOURCE_VOCABULARY.contactNotes),
      });
    }
  });
  return { resources, contacts, supportCentreIds };
}

/** A venue's name as it appears after the street address. */
function venueName(random: Random, venue: Venue, town: DemoTown, district: DemoDistrict): string {
  const base = town.names.base;
  switch (venue) {
    case 'hall':
      return random.weighted(
        [`${base}集会所`, `${base}公民館`, `${base}自治会館`, `${district.names.base.split('・')[0] ?? ''}地区市民センター`, `${base}ふれあいセンター`],
        (v) => (v.endsWith('集会所') ? 4 : v.endsWith('自治会館') ? 3 : v.endsWith('公民館') ? 2 : 1),
      );
    case 'temple':
      return `${random.pick(RESOURCE_VOCABULARY.temples)[0]} 客殿`;
    case 'shrine':
      return `${base}神社 社務所`;
    case 'shop':
      return random.pick([`${base}商店会の空き店舗`, '空き家を改修した交流スペース', `元${random.pick(RESOURCE_VOCABULARY.shops)[0]}の店舗を改装したスペース`]);
    case 'care_home':
      return `特別養護老人ホーム ${random.pick(RESOURCE_VOCABULARY.nicknames)[0]}の里 地域交流スペース`;
    case 'park':
      return `${base}公園`;
    case 'office':
    case 'store':
      return `${base}`;
    case 'home':
    case 'none':
      return '';
  }
}

/**
 * A point where an activity meets: a populated cell of the town (weighted by residents)
 * with up to 40 m of jitter, accepted only if it lies in the town, its district and the
 * city; after a few misses, the town's own representative point (checked when built).
 */
function pointInTown(random: Random, model: DemoCityModel, town: DemoTown, district: DemoDistrict): LngLat {
  const cells = town.cellIndices.map((ci) => model.cells[ci] as DemoCell).filter((c) => c.population > 0);
  if (cells.length === 0) return town.point;
  for (let attempt = 0; attempt < 12; attempt++) {
    const cell = random.weighted(cells, (c) => c.population);
    const km = cell.centerKm;
    const p = roundLngLat(model.projection.toLngLat([km[0] + random.float(-0.04, 0.04), km[1] + random.float(-0.04, 0.04)]));
    if (
      booleanPointInPolygon(p, town.geometry) &&
      booleanPointInPolygon(p, district.geometry) &&
      booleanPointInPolygon(p, model.cityPolygon)
    ) {
      return p;
    }
  }
  return town.point;
}
