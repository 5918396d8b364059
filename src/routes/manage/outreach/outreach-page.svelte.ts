/**
 * The outreach print page (issue #16 item 2): the chosen records of the workspace, in queue
 * order, and each one's update link as a QR code. The records, contacts and "sent on" marks
 * come from the workspace's state (`managePage`); this class adds the links.
 */
import QRCode from 'qrcode';
import type { Resource } from '$lib/domain/types';
import { managePage } from '../manage-page.svelte';

export class OutreachPage {
  /** resource id → update link URL ('' until one is issued). */
  links = $state.raw<Record<string, string>>({});
  /** resource id → the link's QR code as SVG markup. */
  qr = $state.raw<Record<string, string>>({});

  /** The chosen records the caller may edit, in the order given; unknown ids are skipped. */
  chosen(ids: readonly string[]): Resource[] {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never reactive
    const byId = new Map(managePage.resources.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is Resource => r !== undefined);
  }

  /**
   * Draws a QR code for every link already known. The links themselves come from the
   * organiser-link API (issue #16 item 1) once it is available; without one the letter
   * prints its slot and the phone number instead.
   */
  async drawCodes(): Promise<void> {
    const pairs = await Promise.all(
      Object.entries(this.links)
        .filter(([, url]) => url)
        .map(
          async ([id, url]) =>
            [
              id,
              await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
            ] as const,
        ),
    );
    this.qr = Object.fromEntries(pairs);
  }
}

export const outreachPage = new OutreachPage();
