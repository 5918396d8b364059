/**
 * Phone checks shared by the browser tests (issue #14): touch targets of at least 44 × 44 px
 * (WCAG 2.5.5) and on-screen text of at least 16 px, measured in the page's main area.
 */
import type { Page } from 'playwright-core';

/** The smallest target side, in CSS px (WCAG 2.5.5 AAA / the product brief). */
export const MIN_TARGET_PX = 44;
/** The smallest on-screen text, in CSS px (the product brief's 16 px minimum). */
export const MIN_TEXT_PX = 16;

/**
 * Every visible link, button, select, text input, summary and check-box/radio label in
 * `scope` with a side under {@link MIN_TARGET_PX}, as "tag text w×h" lines (empty when none).
 * A check box or radio wrapped in its label is measured by the label (the label is the
 * target); one outside a label is measured itself.
 */
export async function smallTargets(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate(
    ([sel, min]) => {
      const root = document.querySelector(sel);
      if (!root) return [`no ${sel}`];
      const targets = root.querySelectorAll<HTMLElement>(
        [
          'a[href]',
          'button',
          'select',
          'summary',
          'input:not([type=checkbox]):not([type=radio]):not([type=hidden])',
          'label:has(> input[type=checkbox])',
          'label:has(> input[type=radio])',
          'input[type=checkbox]:not(label > input)',
          'input[type=radio]:not(label > input)',
        ].join(', '),
      );
      const out: string[] = [];
      for (const el of targets) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        // Half a pixel of rounding (fractional rem and borders).
        if (r.width < min - 0.5 || r.height < min - 0.5) {
          out.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
        }
      }
      return out;
    },
    [scope, MIN_TARGET_PX] as const,
  );
}

/**
 * Every visible piece of text in `scope` drawn under {@link MIN_TEXT_PX}, as "px text" lines
 * (empty when none). Visually hidden text (1 px clip) is not on screen and is skipped.
 */
export async function smallText(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate(
    ([sel, min]) => {
      const root = document.querySelector(sel);
      if (!root) return [`no ${sel}`];
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < min - 0.01) out.push(`${px}px "${text.slice(0, 30)}"`);
      }
      return out;
    },
    [scope, MIN_TEXT_PX] as const,
  );
}

/**
 * Every element matching `selector` that is shown (height above 0) but under
 * {@link MIN_TARGET_PX} tall, as "TAG id-or-text heightpx" lines (empty when none). Height
 * only: for the form pages whose controls span the width.
 */
export async function shortTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ([sel, min]) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        const r = el.getBoundingClientRect();
        if (r.height > 0 && r.height < min)
          out.push(
            `${el.tagName} ${el.id || el.textContent?.trim().slice(0, 30)} ${Math.round(r.height)}px`,
          );
      }
      return out;
    },
    [selector, MIN_TARGET_PX] as const,
  );
}
