import type { Organization, OrganizationType } from '../domain/types';
import type { Random } from './create-random';
import type { DemoCityModel } from './demo-city-model';
import { demoId } from './demo-ids';
import { fictionalPhone } from './fictional-phone';

/** The organisations, plus handles the resource and council generators pick from. */
export interface DemoOrganizations {
  organizations: Organization[];
  /** Per district: its federation of neighbourhood associations and district welfare council. */
  byDistrict: { neighbourhood: string; welfareCouncil: string; seniorClub: string | null }[];
  /** Per daily-life area: the body running its support centre. */
  supportCentres: string[];
  cityOffice: string;
  socialWelfareCouncil: string;
  welfareCommissioners: string;
  seniorClubFederation: string;
  volunteerLiaison: string;
  npos: {
    helpNetwork: string;
    supportGroup: string;
    cafe: string;
    home: string;
    transport: string;
  };
  coop: string;
  agriculturalCoop: string;
  silverCentre: string;
  welfareCorporations: string[];
  companies: {
    supermarket: string;
    taxi: string;
    bento: string;
    newspaper: string;
    petHotel: string;
  };
  /** The shopkeepers' federation the small delivering shops belong to. */
  shopkeepers: string;
}

/**
 * The organisations behind the demo city's activities: per district a federation of
 * neighbourhood associations (自治会連合会) and a district social-welfare council (地区社協);
 * senior clubs in a few districts; city-wide bodies (市役所, 市社協, 民児協連合会, シルバー人材
 * センター, 生協, JA), NPOs, social-welfare corporations running the support centres, and a
 * few companies. All names are invented; phone numbers are unassignable (fictionalPhone).
 */
export function generateOrganizations(random: Random, model: DemoCityModel): DemoOrganizations {
  const organizations: Organization[] = [];
  const city = model.cityName;
  const add = (name: string, nameKana: string, type: OrganizationType, districtId = ''): string => {
    const n = organizations.length + 1;
    const id = demoId('org', n);
    organizations.push({
      id,
      name,
      nameKana,
      type,
      districtId,
      publicPhone: fictionalPhone('landline', 3000 + n),
    });
    return id;
  };

  const cityOffice = add(
    `${city}役所 長寿社会課`,
    `${model.cityNameKana}やくしょ ちょうじゅしゃかいか`,
    'city_office',
  );
  const socialWelfareCouncil = add(
    `社会福祉法人 ${city}社会福祉協議会`,
    `しゃかいふくしほうじん ${model.cityNameKana}しゃかいふくしきょうぎかい`,
    'social_welfare_corporation',
  );
  const welfareCommissioners = add(
    `${city}民生委員児童委員協議会連合会`,
    `${model.cityNameKana}みんせいいいんじどういいんきょうぎかいれんごうかい`,
    'welfare_commissioners',
  );
  const seniorClubFederation = add(
    `${city}老人クラブ連合会`,
    `${model.cityNameKana}ろうじんくらぶれんごうかい`,
    'senior_club',
  );
  const volunteerLiaison = add(
    `${city}ボランティア連絡協議会`,
    `${model.cityNameKana}ぼらんてぃあれんらくきょうぎかい`,
    'other',
  );

  // Senior clubs in about a third of the districts (many have folded in recent years).
  const clubNames = [
    ['寿会', 'ことぶきかい'],
    ['長寿会', 'ちょうじゅかい'],
    ['いきいきクラブ', 'いきいきくらぶ'],
    ['福寿会', 'ふくじゅかい'],
    ['松寿会', 'しょうじゅかい'],
    ['若返り会', 'わかがえりかい'],
    ['友愛クラブ', 'ゆうあいくらぶ'],
  ] as const;
  const byDistrict = model.districts.map((d) => {
    const venue = d.names.base.split('・')[0] ?? d.names.base;
    const venueKana = d.names.baseKana.split('・')[0] ?? d.names.baseKana;
    const neighbourhood = add(
      `${d.names.name}自治会連合会`,
      `${d.names.kana}じちかいれんごうかい`,
      'neighbourhood_association',
      d.id,
    );
    const welfareCouncil = add(
      `${d.names.name}社会福祉協議会`,
      `${d.names.kana}しゃかいふくしきょうぎかい`,
      'district_welfare_council',
      d.id,
    );
    let seniorClub: string | null = null;
    if (random.chance(0.35)) {
      const [club, clubKana] = clubNames[d.index % clubNames.length] ?? clubNames[0];
      seniorClub = add(`${venue}${club}`, `${venueKana}${clubKana}`, 'senior_club', d.id);
    }
    return { neighbourhood, welfareCouncil, seniorClub };
  });

  const districtId = (i: number): string => model.districts[i]?.id ?? '';
  const welfareCorporations = [
    add(
      '社会福祉法人 さくら会',
      'しゃかいふくしほうじん さくらかい',
      'social_welfare_corporation',
      districtId(0),
    ),
    add(
      '社会福祉法人 やすらぎ福祉会',
      'しゃかいふくしほうじん やすらぎふくしかい',
      'social_welfare_corporation',
      districtId(5),
    ),
    add('医療法人 桜仁会', 'いりょうほうじん おうじんかい', 'other', districtId(2)),
  ];
  const supportCentres = model.dailyLifeAreas.map((a) =>
    add(
      `${city}高齢者あんしんセンター${a.shortName}`,
      `${model.cityNameKana}こうれいしゃあんしんせんたー${a.kana.replace(/けんいき$/, '')}`,
      'support_centre',
      model.districts[a.districts[0] ?? 0]?.id ?? '',
    ),
  );
  const npos = {
    helpNetwork: add(
      'NPO法人 おたがいさまネット',
      'えぬぴーおーほうじん おたがいさまねっと',
      'npo',
      districtId(0),
    ),
    supportGroup: add(
      `NPO法人 ${city.replace(/市$/, '')}ささえあいの会`,
      `えぬぴーおーほうじん ${model.cityNameKana.replace(/し$/, '')}ささえあいのかい`,
      'npo',
      districtId(3),
    ),
    cafe: add('NPO法人 まちの縁側', 'えぬぴーおーほうじん まちのえんがわ', 'npo', districtId(1)),
    home: add('NPO法人 ひだまりの家', 'えぬぴーおーほうじん ひだまりのいえ', 'npo', districtId(8)),
    transport: add(
      'NPO法人 移送サービスさくら',
      'えぬぴーおーほうじん いそうさーびすさくら',
      'npo',
      districtId(4),
    ),
  };
  const coop = add(
    `生活協同組合 コープ${city.replace(/市$/, '')}`,
    `せいかつきょうどうくみあい こーぷ${model.cityNameKana.replace(/し$/, '')}`,
    'coop',
  );
  const agriculturalCoop = add(
    `JA${city.replace(/市$/, '')}`,
    `じぇいえー${model.cityNameKana.replace(/し$/, '')}`,
    'agricultural_coop',
  );
  const silverCentre = add(
    `公益社団法人 ${city}シルバー人材センター`,
    `こうえきしゃだんほうじん ${model.cityNameKana}しるばーじんざいせんたー`,
    'silver_centre',
  );
  const companies = {
    supermarket: add(
      '株式会社マルサク（スーパーマルサク）',
      'かぶしきがいしゃまるさく（すーぱーまるさく）',
      'company',
      districtId(0),
    ),
    taxi: add(
      `${city.replace(/市$/, '')}交通株式会社`,
      `${model.cityNameKana.replace(/し$/, '')}こうつうかぶしきがいしゃ`,
      'company',
      districtId(0),
    ),
    bento: add(
      '有限会社 まごころ弁当',
      'ゆうげんがいしゃ まごころべんとう',
      'company',
      districtId(2),
    ),
    newspaper: add(
      '有限会社 中央新聞販売所',
      'ゆうげんがいしゃ ちゅうおうしんぶんはんばいじょ',
      'company',
      districtId(1),
    ),
    petHotel: add('ペットホテル ぽち', 'ぺっとほてる ぽち', 'company', districtId(3)),
  };
  const shopkeepers = add(
    `${city}商店会連合会`,
    `${model.cityNameKana}しょうてんかいれんごうかい`,
    'other',
  );

  return {
    organizations,
    byDistrict,
    supportCentres,
    cityOffice,
    socialWelfareCouncil,
    welfareCommissioners,
    seniorClubFederation,
    volunteerLiaison,
    npos,
    coop,
    agriculturalCoop,
    silverCentre,
    welfareCorporations,
    companies,
    shopkeepers,
  };
}
