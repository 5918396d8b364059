import type { DatasetResource } from '../domain/dataset';
import { WEEKDAYS, type ResourceContact } from '../domain/types';
import { allocateLargestRemainder } from './allocate-largest-remainder';
import { buildResourceDraft } from './build-resource-draft';
import type { Random } from './create-random';
import type { DemoCityModel, DemoDistrict, DemoTown } from './demo-city-model';
import { finaliseResources } from './finalise-resources';
import type { GatheringDraft } from './gathering-template';
import { GATHERING_TEMPLATES } from './gathering-templates';
import type { DemoUsers } from './generate-demo-users';
import type { DemoOrganizations } from './generate-organizations';
import type { ResourceDraft } from './resource-draft';
import {
  AREA_WIDE,
  CITY_WIDE,
  DISTRICT_HELP,
  DISTRICT_WATCH,
  WEEKDAYS_MON_FRI,
} from './resource-templates';
import { RESOURCE_VOCABULARY } from './resource-vocabulary';
import { NEW_YEAR_BREAK, schedule, weekly } from './schedule-builders';

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
  const drafts: ResourceDraft[] = [];
  const usedNames = new Set<string>();
  const allDistricts = districts.map((d) => d.index);

  const townWeighted = (district: DemoDistrict): number => {
    const withPeople = district.towns.filter((t) => (model.towns[t]?.population65 ?? 0) > 0);
    const pool = withPeople.length > 0 ? withPeople : district.towns;
    return random.weighted(pool, (t) => (model.towns[t]?.population65 ?? 0) + 1);
  };
  /** Keeps names unique by adding the town or district in brackets, as real listings do. */
  const uniqueName = (
    name: string,
    kana: string,
    qualifier: [string, string],
  ): [string, string] => {
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
  const add = (draft: ResourceDraft, qualifier: [string, string]): void => {
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
    list.reduce(
      (best, d) =>
        (districts[d]?.population ?? 0) > (districts[best]?.population ?? 0) ? d : best,
      list[0] ?? 0,
    );

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
  const counts = allocateLargestRemainder(
    options.gatheringPlaces,
    districts.map((d) =>
      options.thinDistricts.includes(d.index) ? 0 : (d.population65 + 50) ** 0.85,
    ),
    options.thinDistricts.map((d, i) => [d, Math.min(i, 2)] as const),
  );
  districts.forEach((district, d) => {
    for (let k = 0; k < (counts[d] ?? 0); k++) {
      // A few tries for a name not yet taken (two 「本町ふれあいサロン」 would confuse
      // everyone); after that, uniqueName adds the town in brackets.
      let townIndex = townWeighted(district);
      let town = model.towns[townIndex] as DemoTown;
      let g = random
        .weighted(GATHERING_TEMPLATES, (t) => t.weight)
        .build({ random, town, district, anchorFrom });
      for (let attempt = 0; attempt < 6 && usedNames.has(g.name); attempt++) {
        townIndex = townWeighted(district);
        town = model.towns[townIndex] as DemoTown;
        g = random
          .weighted(GATHERING_TEMPLATES, (t) => t.weight)
          .build({ random, town, district, anchorFrom });
      }
      // Now and then a one-off closure on a day it would meet (hall inspection, a local
      // event), a few weeks after the reference date. Only for plain weekly rules, where the
      // meeting days are easy to find.
      const rule = g.schedule.rules[0];
      if (rule?.type === 'weekly' && (rule.intervalWeeks ?? 1) === 1 && random.chance(0.12)) {
        const closed = new Date(
          Date.parse(`${model.referenceDate}T00:00:00Z`) + random.int(7, 60) * 86_400_000,
        );
        while (!rule.weekdays.includes(WEEKDAYS[closed.getUTCDay()] ?? 'sun'))
          closed.setUTCDate(closed.getUTCDate() + 1);
        g.schedule.closedDates.push(closed.toISOString().slice(0, 10));
        const when = `${closed.getUTCMonth() + 1}月${closed.getUTCDate()}日`;
        const reason = random.pick(['会場の点検のため', '地区の行事のため', '会場の都合により']);
        const before =
          g.schedule.note && !g.schedule.note.endsWith('。')
            ? `${g.schedule.note}。`
            : g.schedule.note;
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
    const names = { district: district.names.base, districtKana: district.names.baseKana };
    for (const template of random.sample(DISTRICT_HELP, helpGroups)) {
      const town = townWeighted(district);
      // Half of the groups meet at a hall; the rest come to you. Some also serve a neighbour or two.
      const serves = [district.index, ...random.sample(district.neighbours, random.int(0, 2))];
      const located = random.chance(0.5);
      const placement = {
        district: district.index,
        serviceDistricts: serves,
        town: located ? town : null,
        venue: located ? ('hall' as const) : ('none' as const),
      };
      add(buildResourceDraft(random, template, orgs, placement, names), [
        district.names.base,
        district.names.baseKana,
      ]);
    }
    for (const template of random.sample(DISTRICT_WATCH, watchGroups)) {
      const townIndex = townWeighted(district);
      const town = model.towns[townIndex] as DemoTown;
      const placement = {
        district: district.index,
        serviceDistricts: [district.index],
        town: template.venue === 'none' ? null : townIndex,
        venue: template.venue,
      };
      add(
        buildResourceDraft(random, template, orgs, placement, {
          ...names,
          town: town.names.base,
          townKana: town.names.baseKana,
        }),
        [district.names.base, district.names.baseKana],
      );
    }
  });

  // Area-wide groups and services.
  model.dailyLifeAreas.forEach((area, a) => {
    const home = mostPopulousDistrict(area.districts);
    const short: [string, string] = [area.shortName, area.kana.replace(/けんいき$/, '')];
    const placement = {
      district: home,
      serviceDistricts: [...area.districts],
      town: null,
      venue: 'none' as const,
    };
    for (const template of AREA_WIDE) {
      if (
        a < (template.fromArea ?? 0) ||
        (template.chance !== undefined && !random.chance(template.chance))
      )
        continue;
      add(
        buildResourceDraft(random, template, orgs, placement, {
          area: area.shortName,
          areaKana: short[1],
        }),
        short,
      );
    }
  });

  // City-wide groups and services, each based in a district.
  for (const template of CITY_WIDE) {
    // Fixed home districts keep the organisations' districts; clamp for small cities.
    const home = Math.min(template.homeDistrict, districts.length - 1);
    const placement = {
      district: home,
      serviceDistricts: [
        ...(template.serves === 'firstArea'
          ? (model.dailyLifeAreas[0]?.districts ?? allDistricts)
          : allDistricts),
      ],
      town: template.store ? (districts[template.homeDistrict]?.towns[0] ?? null) : null,
      venue: template.store ? ('store' as const) : ('none' as const),
      ...(template.store ? { venueName: template.store } : {}),
    };
    add(buildResourceDraft(random, template, orgs, placement), ['市内', 'しない']);
  }

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
        serviceTypeCodes:
          shop === '電器店' ? ['small_chores', 'shopping_help'] : ['shopping_help', 'safety_check'],
        district: district.index,
        serviceDistricts: [district.index],
        town: townIndex,
        venue: 'store',
        venueName: `${town.names.base}${shop}`,
        schedule: schedule([weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '09:00', '18:00')], {
          closedPeriods: [NEW_YEAR_BREAK],
        }),
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

  return finaliseResources(random, options, drafts);
}
