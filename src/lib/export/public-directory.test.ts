import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { directoryFromDataset, publicOnly } from './public-directory';

const demo = generateDemoCity({});

describe('directoryFromDataset / publicOnly', () => {
  it('keeps only public, active resources and the organizations they use', () => {
    const d = directoryFromDataset(demo);
    expect(d.resources.length).toBeGreaterThan(0);
    expect(d.resources.length).toBeLessThan(demo.resources.length);
    expect(d.resources.every((r) => r.isPublic && r.status === 'active')).toBe(true);
    const used = new Set(d.resources.map((r) => r.organizationId));
    expect(d.organizations.every((o) => used.has(o.id))).toBe(true);
    expect(d.cityCode).not.toBe('');
  });

  it('filters again when given a directory with private records', () => {
    const d = directoryFromDataset(demo);
    const leaked = { ...d.resources[0]!, id: 'privateonexxxxx', isPublic: false };
    const paused = { ...d.resources[0]!, id: 'pausedxxxxxxxxx', status: 'paused' as const };
    const again = publicOnly({ ...d, resources: [...d.resources, leaked, paused] });
    expect(again.resources.map((r) => r.id)).not.toContain('privateonexxxxx');
    expect(again.resources.map((r) => r.id)).not.toContain('pausedxxxxxxxxx');
  });
});
