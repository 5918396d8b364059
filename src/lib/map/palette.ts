/**
 * Colours for the map and its legend. Resource kinds use a colour-blind-safe palette
 * (after Okabe & Ito, darkened) where each colour has at least 4:1 contrast on white, so
 * the points meet WCAG 1.4.11 (non-text contrast ≥ 3:1) on the light district fills.
 */
import type { ResourceKind } from '../domain/types';

export const KIND_COLOURS: Record<ResourceKind, string> = {
  gathering_place: '#C75000', // vermillion
  mutual_aid: '#0072B2', // blue
  watch_over: '#007A5A', // bluish green
  support_center: '#5D3A9B', // purple
  service: '#4D4D4D', // neutral grey
};

export const MAP_COLOURS = {
  /** Outside the city. */
  background: '#E6E6E6',
  /** Inside the city. */
  cityFill: '#FFFFFF',
  cityOutline: '#1A1A1A',
  districtFill: '#F2F6FD',
  districtOutline: '#666666',
  /** Selection (Digital Agency blue-900). */
  selection: '#0017C1',
  pointHalo: '#FFFFFF',
  highContrastLine: '#000000',
} as const;

/** WCAG relative luminance of a `#RRGGBB` colour. */
export function luminance(hex: string): number {
  const parts = hex.replace('#', '').match(/../g) ?? [];
  const [r = 0, g = 0, b = 0] = parts.map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#RRGGBB` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
