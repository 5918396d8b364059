import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { DatasetResource } from '../domain/dataset';
import type { LngLat, ResourceContact, ResourceStatus, VerificationMethod } from '../domain/types';
import type { Random } from './create-random';
import type { DemoCityModel, DemoDistrict, DemoTown } from './demo-city-model';
import { demoId } from './demo-ids';
import { fictionalPhone } from './fictional-phone';
import type { DemoResources, ResourcesOptions } from './generate-resources';
import type { DemoCell } from './generate-population-cells';
import { pickPersonName } from './person-names';
import { PLACE_NAMES } from './place-names';
import type { ResourceDraft, Venue } from './resource-draft';
import { CLOSED_REASONS, PAUSED_REASONS, PLANNED_REASONS } from './resource-templates';
import { RESOURCE_VOCABULARY } from './resource-vocabulary';
import { roundLngLat } from './round-coordinates';

/** Turns drafts into dataset resources with ids, places, statuses, verification and contacts. */
export function finaliseResources(
  random: Random,
  options: ResourcesOptions,
  drafts: readonly ResourceDraft[],
): DemoResources {
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
        if (draft.accessibility.includes('parking'))
          directions += `。駐車場あり（${random.int(3, 20)}台）`;
      }
    }

    // Status.
    let status: ResourceStatus = 'active';
    let statusReason = '';
    if (!draft.stable) {
      const r = random.next();
      const mayPlan =
        options.activeCouncilDistricts.has(draft.district) && draft.kind !== 'watch_over';
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
      lastVerifiedAt = new Date(
        referenceMs - daysAgo * 86_400_000 + minutes * 60_000,
      ).toISOString();
      verifiedById =
        options.coordinatorOfDistrict.get(draft.district) ??
        (random.chance(0.6) ? users.adminId : '');
      verificationMethod = random.weighted(['phone', 'visit', 'email', 'other'] as const, (m) =>
        m === 'phone' ? 10 : m === 'visit' ? 7 : m === 'email' ? 1 : 2,
      );
    }

    const publicPhone =
      draft.kind === 'support_center' || draft.kind === 'service' || random.chance(0.55)
        ? fictionalPhone('landline', 5000 + i)
        : '';
    resources.push({
      id,
      kind: draft.kind,
      name: draft.name,
      nameKana: draft.nameKana,
      nameKanaGenerated: false,
      description: draft.description,
      serviceTypeCodes: draft.serviceTypeCodes,
      districtId: district.id,
      serviceDistrictIds: [...new Set(draft.serviceDistricts)].map(
        (d) => model.districts[d]?.id ?? district.id,
      ),
      location,
      locationApproximate,
      address,
      directions,
      schedule: draft.schedule,
      cost: draft.cost,
      eligibility: draft.eligibility,
      booking: draft.booking,
      capacity: draft.capacity,
      acceptingNewcomers:
        status === 'active' || status === 'planned'
          ? random.chance(draft.capacity ? 0.85 : 0.95)
          : false,
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
        personInCharge:
          draft.contactTitle === '担当' || draft.contactTitle === '予約センター'
            ? `${draft.contactTitle} ${person.split(' ')[0] ?? person}`
            : `${draft.contactTitle} ${person}`,
        directPhone: fictionalPhone(
          draft.kind === 'gathering_place' || draft.kind === 'watch_over' ? 'mobile' : 'landline',
          7000 + i,
        ),
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
        [
          `${base}集会所`,
          `${base}公民館`,
          `${base}自治会館`,
          `${district.names.base.split('・')[0] ?? ''}地区市民センター`,
          `${base}ふれあいセンター`,
        ],
        (v) =>
          v.endsWith('集会所') ? 4 : v.endsWith('自治会館') ? 3 : v.endsWith('公民館') ? 2 : 1,
      );
    case 'temple':
      return `${random.pick(RESOURCE_VOCABULARY.temples)[0]} 客殿`;
    case 'shrine':
      return `${base}神社 社務所`;
    case 'shop':
      return random.pick([
        `${base}商店会の空き店舗`,
        '空き家を改修した交流スペース',
        `元${random.pick(RESOURCE_VOCABULARY.shops)[0]}の店舗を改装したスペース`,
      ]);
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
function pointInTown(
  random: Random,
  model: DemoCityModel,
  town: DemoTown,
  district: DemoDistrict,
): LngLat {
  const cells = town.cellIndices
    .map((ci) => model.cells[ci] as DemoCell)
    .filter((c) => c.population > 0);
  if (cells.length === 0) return town.point;
  for (let attempt = 0; attempt < 12; attempt++) {
    const cell = random.weighted(cells, (c) => c.population);
    const km = cell.centerKm;
    const p = roundLngLat(
      model.projection.toLngLat([
        km[0] + random.float(-0.04, 0.04),
        km[1] + random.float(-0.04, 0.04),
      ]),
    );
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
