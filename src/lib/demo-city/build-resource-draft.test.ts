import { describe, expect, it } from 'vitest';
import { buildResourceDraft } from './build-resource-draft';
import { createRandom } from './create-random';
import type { DemoOrganizations } from './generate-organizations';
import {
  AREA_WIDE,
  CITY_WIDE,
  DISTRICT_HELP,
  DISTRICT_WATCH,
  type ResourceTemplate,
} from './resource-templates';

const orgs = {
  byDistrict: [{ neighbourhood: 'nb0', welfareCouncil: 'wc0', seniorClub: null }],
  socialWelfareCouncil: 'swc',
  seniorClubFederation: 'scf',
  welfareCommissioners: 'wcm',
  volunteerLiaison: 'vl',
  coop: 'coop',
  agriculturalCoop: 'ja',
  silverCentre: 'silver',
  npos: { helpNetwork: 'help', supportGroup: 'sg', cafe: 'cafe', home: 'home', transport: 'tr' },
  companies: { supermarket: 'sm', taxi: 'taxi', bento: 'bento', newspaper: 'np', petHotel: 'pet' },
} as unknown as DemoOrganizations;
const placement = { district: 0, serviceDistricts: [0], town: null, venue: 'none' as const };
const names = {
  district: '本町',
  districtKana: 'ほんまち',
  town: '桜町',
  townKana: 'さくらまち',
  area: '中央',
  areaKana: 'ちゅうおう',
};

describe('buildResourceDraft', () => {
  it('fills the placeholders, applies the defaults and resolves the first organisation that exists', () => {
    const template = DISTRICT_WATCH.find((t) => t.organization[0] === 'district.seniorClub')!;
    const draft = buildResourceDraft(createRandom(1), template, orgs, placement, names);
    expect(draft.name).toBe('見守りウォーキング隊 桜町');
    expect(draft.nameKana).toBe('みまもりうぉーきんぐたい さくらまち');
    // The district has no senior club: its neighbourhood federation runs it.
    expect(draft.organizationId).toBe('nb0');
    expect([
      draft.isPublic,
      draft.hasWebsite,
      draft.stable,
      draft.capacity,
      draft.accessibility,
    ]).toEqual([true, false, false, null, []]);
    // No cost or eligibility in the template: free, for anyone.
    expect([draft.cost, draft.eligibility]).toEqual([
      { amountYen: 0, unit: 'free', note: '' },
      'anyone',
    ]);
    expect(draft.schedule.rules).toHaveLength(1);
    expect([
      ['tue', 'fri'],
      ['mon', 'thu'],
      ['wed', 'sat'],
    ]).toContainEqual((draft.schedule.rules[0] as { weekdays: string[] }).weekdays);
  });

  it('gives every draft its own arrays and objects (templates are never shared into the data)', () => {
    const template = DISTRICT_HELP[0]!;
    const a = buildResourceDraft(createRandom(2), template, orgs, placement, names);
    const b = buildResourceDraft(createRandom(2), template, orgs, placement, names);
    expect(a).toEqual(b);
    expect(a.serviceTypeCodes).not.toBe(template.serviceTypeCodes);
    expect(a.cost).not.toBe(template.cost);
    expect(a.schedule).not.toBe(b.schedule);
  });

  it('draws a nickname only for a name that asks for one', () => {
    const withNickname = CITY_WIDE.find((t) => t.name.includes('{nickname}'))!;
    const draft = buildResourceDraft(createRandom(3), withNickname, orgs, placement);
    expect(draft.name).not.toContain('{');
    expect(draft.nameKana).not.toContain('{');
  });

  it('leaves no placeholder unfilled in any catalog template', () => {
    const all: ResourceTemplate[] = [
      ...DISTRICT_HELP,
      ...DISTRICT_WATCH,
      ...AREA_WIDE,
      ...CITY_WIDE,
    ];
    for (const t of all) {
      const draft = buildResourceDraft(createRandom(4), t, orgs, placement, names);
      expect(`${draft.name} ${draft.nameKana}`, t.name).not.toMatch(/\{\w+\}/);
      expect(draft.organizationId, t.name).not.toBe('');
    }
  });
});
