// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as links from '$lib/data-access/organiser-links';
import { GatewayError } from '$lib/data-access/gateway';
import type { Resource } from '$lib/domain/types';
import { managePage } from '../manage-page.svelte';
import { OutreachPage } from './outreach-page.svelte';
import { load } from '../+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/organiser-links', async (original) => ({
  ...(await original<typeof links>()),
  issueUpdateLink: vi.fn(),
  listActiveUpdateLinks: vi.fn(),
}));
const issueUpdateLink = vi.mocked(links.issueUpdateLink);
const listActiveUpdateLinks = vi.mocked(links.listActiveUpdateLinks);

const info = (resourceId: string) => ({
  id: `l-${resourceId}`,
  resourceId,
  issuedAt: '2026-11-01T00:00:00Z',
  expiresAt: '2027-01-30T00:00:00Z',
  lastUsedAt: '',
});

beforeEach(() => {
  vi.clearAllMocks();
  managePage.message = '';
  managePage.resources = [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] as Resource[];
});

describe('OutreachPage', () => {
  it('gives the chosen records in the order asked, skipping ids it does not hold', () => {
    expect(new OutreachPage().chosen(['r3', 'nope', 'r1']).map((r) => r.id)).toEqual(['r3', 'r1']);
  });

  it('counts the places holding a working link, which issuing would replace', async () => {
    listActiveUpdateLinks.mockResolvedValue([info('r1'), info('r3')]);
    const page = new OutreachPage();
    await page.countReplaced(['r1', 'r2', 'r3']);
    expect(listActiveUpdateLinks).toHaveBeenCalledWith(expect.anything(), ['r1', 'r2', 'r3']);
    expect(page.replacing).toBe(2);
  });

  it('announces a failed count and leaves it unknown (nothing is offered)', async () => {
    listActiveUpdateLinks.mockRejectedValue(new GatewayError('offline', 0));
    const page = new OutreachPage();
    await page.countReplaced(['r1']);
    expect(page.replacing).toBeNull();
    expect(managePage.message).toContain('offline');
  });

  it('issues a link per record, keeps each URL with its QR image, and names the ones refused', async () => {
    issueUpdateLink.mockImplementation(async (_g, id) => {
      if (id === 'r2') throw new GatewayError('outside your districts', 403);
      return { id: `l-${id}`, token: `tok${id}`, expiresAt: '2027-01-30T00:00:00Z' };
    });
    const page = new OutreachPage();
    const seq = managePage.messageSeq;
    await page.issueLinks(['r1', 'r2', 'r3'], 'https://map.example.jp/');
    expect(page.links).toEqual({
      r1: 'https://map.example.jp/update#tokr1',
      r3: 'https://map.example.jp/update#tokr3',
    });
    expect(Object.keys(page.qr).sort()).toEqual(['r1', 'r3']);
    expect(page.qr.r1).toMatch(/^data:image\/png;base64,/);
    expect(page.busy).toBe(false);
    expect(managePage.messageSeq).toBe(seq + 1);
    expect(managePage.message).toContain('2件');
    expect(managePage.message).toContain('outside your districts');
  });

  it('keeps a link issued earlier in the session when issuing it again is refused', async () => {
    issueUpdateLink.mockResolvedValueOnce({ id: 'l1', token: 'first', expiresAt: '' });
    const page = new OutreachPage();
    await page.issueLinks(['r1'], 'https://map.example.jp');
    issueUpdateLink.mockRejectedValueOnce(new GatewayError('too many', 429));
    await page.issueLinks(['r1'], 'https://map.example.jp');
    expect(page.links.r1).toBe('https://map.example.jp/update#first');
  });
});
