/**
 * The needs page's state class against a fake gateway: the form's own check refuses first
 * (messages in the UI language, nothing sent), the server's refusal lands on the form field it
 * names, a saved need goes to the top of the list and every action ends in one status message.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Need } from '$lib/domain/types';
import type { NeedInput } from '$lib/domain/validate-need-input';

const fake = vi.hoisted(() => ({ sent: [] as unknown[], refuse: null as unknown }));

vi.mock('$lib/data-access/browser-gateway', () => ({ gateway: {} }));
vi.mock('$lib/data-access/needs', () => ({
  listNeeds: async () => [],
  createNeed: async (_gw: unknown, input: NeedInput): Promise<Need> => {
    if (fake.refuse) throw fake.refuse;
    fake.sent.push(input);
    return { ...input, id: 'n1', createdBy: 'u1', source: 'survey' };
  },
  updateNeed: async () => {
    throw new Error('not used');
  },
  deleteNeed: async () => {},
}));
vi.mock('$lib/state/session.svelte', () => ({
  session: {
    generation: 1,
    role: 'coordinator',
    user: { role: 'coordinator', districtIds: ['d1'] },
  },
}));
vi.mock('$lib/state/city-data.svelte', () => ({
  cityData: {
    districts: [{ id: 'd1', name: '柳町地区' }],
    districtNames: { d1: '柳町地区' },
    load: async () => {},
  },
}));

const { NeedsPage } = await import('./needs-page.svelte');
// The route's own message areas, as its +layout.ts provides them before the page renders.
(await import('../+layout')).load();
const { GatewayError } = await import('$lib/data-access/gateway');

const input: NeedInput = {
  districtId: 'd1',
  serviceTypeId: 't1',
  count: 3,
  countUnit: 'households',
  source: 'survey',
  observedOn: '2026-01-10',
  weekdays: [],
  note: '',
};

beforeEach(() => {
  fake.sent = [];
  fake.refuse = null;
});

describe('NeedsPage.save', () => {
  it('refuses a phone number in the note before sending anything', async () => {
    const page = new NeedsPage();
    const errors = await page.save({ ...input, note: '０９０－１２３４－５６７８' }, null);
    expect(Object.keys(errors)).toEqual(['note']);
    expect(errors.note).toContain('電話番号');
    expect(fake.sent).toEqual([]);
    expect(page.messageSeq).toBe(1);
  });

  it("shows the server's refusal on the field it names", async () => {
    fake.refuse = new GatewayError('refused', 400, {
      observed_on: 'サーバーの言葉 / server words',
    });
    const page = new NeedsPage();
    const errors = await page.save(input, null);
    expect(errors).toEqual({ observedOn: 'サーバーの言葉 / server words' });
    expect(page.message).toContain('refused');
    expect(page.busy).toBe(false);
  });

  it('puts a saved need at the top and announces it', async () => {
    const page = new NeedsPage();
    expect(await page.save(input, null)).toEqual({});
    expect(page.needs.map((n) => n.id)).toEqual(['n1']);
    expect(page.message).toContain('柳町地区');
  });
});
