import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WALK,
  effectiveWalk,
  validateBackupKeep,
  validateSiteSettings,
  walkMinutes,
  walkRing,
  type SiteSettingsInput,
} from './site-settings';

const valid: SiteSettingsInput = {
  cityName: '高崎市',
  walkM: 800,
  walkMPerMin: 50,
  contactEmail: '',
  basemap: 'none',
  hasPmtilesFile: false,
  pmtilesFileName: '',
};

describe('effectiveWalk', () => {
  it('uses the stored values, each falling back to the default when unset or out of range', () => {
    expect(effectiveWalk(null)).toEqual(DEFAULT_WALK);
    expect(effectiveWalk({ walkM: 1000, walkMPerMin: 40 })).toEqual({
      walkM: 1000,
      walkMPerMin: 40,
    });
    expect(effectiveWalk({ walkM: null, walkMPerMin: 40 })).toEqual({
      walkM: 800,
      walkMPerMin: 40,
    });
    expect(effectiveWalk({ walkM: 99, walkMPerMin: 101 })).toEqual(DEFAULT_WALK);
  });
});

describe('walkMinutes and walkRing', () => {
  it('derives the minutes from distance and pace (800 m at 50 m/min is 16 min)', () => {
    expect(walkMinutes(DEFAULT_WALK)).toBe(16);
    expect(walkMinutes({ walkM: 100, walkMPerMin: 100 })).toBe(1);
  });

  it('is the site distance at the site pace, and the same minutes at another pace', () => {
    expect(walkRing({ walkM: 1000, walkMPerMin: 40 }, 40)).toEqual({ minutes: 25, walkM: 1000 });
    expect(walkRing({ walkM: 1000, walkMPerMin: 40 }, 60)).toEqual({ minutes: 25, walkM: 1500 });
  });
});

describe('validateSiteSettings', () => {
  it('accepts a valid form', () => {
    expect(validateSiteSettings(valid)).toEqual({});
  });

  it('names the field out of range, not whole, or missing', () => {
    expect(validateSiteSettings({ ...valid, walkM: 99 })).toEqual({ walkM: 'range' });
    expect(validateSiteSettings({ ...valid, walkM: 3001 })).toEqual({ walkM: 'range' });
    expect(validateSiteSettings({ ...valid, walkMPerMin: 29.5 })).toEqual({
      walkMPerMin: 'not_integer',
    });
    expect(validateSiteSettings({ ...valid, walkMPerMin: Number.NaN })).toEqual({
      walkMPerMin: 'required',
    });
    expect(validateSiteSettings({ ...valid, cityName: '  ' })).toEqual({ cityName: 'required' });
    expect(validateSiteSettings({ ...valid, contactEmail: 'city.example.jp' })).toEqual({
      contactEmail: 'invalid',
    });
  });

  it('needs a .pmtiles file for the PMTiles basemap', () => {
    expect(validateSiteSettings({ ...valid, basemap: 'pmtiles' })).toEqual({
      basemapFile: 'required',
    });
    expect(
      validateSiteSettings({
        ...valid,
        basemap: 'pmtiles',
        hasPmtilesFile: true,
        pmtilesFileName: 'city.zip',
      }),
    ).toEqual({ basemapFile: 'invalid' });
    expect(
      validateSiteSettings({
        ...valid,
        basemap: 'pmtiles',
        hasPmtilesFile: true,
        pmtilesFileName: 'City.PMTiles',
      }),
    ).toEqual({});
  });
});

describe('validateBackupKeep', () => {
  it('takes whole numbers from 1 to 100', () => {
    expect(validateBackupKeep(1)).toBeUndefined();
    expect(validateBackupKeep(100)).toBeUndefined();
    expect(validateBackupKeep(0)).toBe('range');
    expect(validateBackupKeep(2.5)).toBe('not_integer');
  });
});
