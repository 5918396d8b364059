import { describe, expect, it } from 'vitest';
import { councilProgress } from './council-progress';
import type { Council, CouncilMeeting, CouncilStatus } from './types';

const council = (
  id: string,
  districtId: string,
  status: CouncilStatus,
  establishedOn = '',
  layer: 1 | 2 = 2,
): Council => ({
  id,
  layer,
  districtId,
  name: id,
  status,
  establishedOn,
  vision: '',
  memberOrganizationIds: [],
  coordinatorId: '',
  coordinatorName: '',
  notes: '',
});
const meeting = (councilId: string, heldOn: string): CouncilMeeting => ({
  id: `${councilId}${heldOn}`,
  councilId,
  heldOn,
  theme: '',
  attendees: 0,
  summary: '',
});

describe('councilProgress', () => {
  const councils = [
    council('city', '', 'set_up', '2018-06-01', 1),
    council('c1', 'd1', 'set_up', '2024-05-10'),
    council('c2', 'd2', 'set_up', '2025-03-31'),
    council('c3', 'd3', 'preparing'),
    council('c4', 'd4', 'set_up', '2027-01-01'), // after asOf: not yet
  ];
  const meetings = [
    meeting('c1', '2024-06-01'),
    meeting('c1', '2025-04-01'),
    meeting('c2', '2025-03-31'),
    meeting('city', '2025-05-01'),
    meeting('c1', '2026-12-01'),
  ];

  it('counts districts by status, ignoring layer 1 and future dates', () => {
    const p = councilProgress(councils, ['d1', 'd2', 'd3', 'd4', 'd5'], meetings, '2026-11-21', 5);
    expect([p.setUp, p.preparing, p.notSetUp, p.districtCount, p.target]).toEqual([2, 2, 1, 5, 5]);
    expect(p.statusByDistrict).toEqual({
      d1: 'set_up',
      d2: 'set_up',
      d3: 'preparing',
      d4: 'preparing',
      d5: 'not_set_up',
    });
  });

  it('tracks set-up by fiscal year (April–March) and meetings per district per year', () => {
    const p = councilProgress(councils, ['d1', 'd2', 'd3', 'd4', 'd5'], meetings, '2026-11-21');
    expect(
      p.byFiscalYear.map((y) => [
        y.fiscalYear.labelJa,
        y.setUpInYear,
        y.setUpCumulative,
        y.meetings,
      ]),
    ).toEqual([
      ['令和6年度', 2, 2, 2],
      ['令和7年度', 0, 2, 2],
      ['令和8年度', 0, 2, 0],
    ]);
    expect(p.meetingsByDistrict).toEqual({ d1: { 2024: 1, 2025: 1 }, d2: { 2024: 1 } });
  });
});
