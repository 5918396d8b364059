/**
 * The outreach print page (issue #16 item 2): the chosen records of the workspace, in queue
 * order, and each one's update link as a QR code. The records, contacts and "sent on" marks
 * come from the workspace's state (`managePage`); this class adds the links.
 *
 * A link's token exists only in the answer to the request that issued it (the server keeps
 * its hash), so the letters carry the links issued in this page's session: reloading the page
 * forgets them, and issuing again replaces them.
 */
import QRCode from 'qrcode';
import { gateway } from '$lib/data-access/browser-gateway';
import {
  issueUpdateLink,
  listActiveUpdateLinks,
  updateLinkUrl,
} from '$lib/data-access/organiser-links';
import { errorMessage } from '$lib/domain/error-message';
import type { Resource } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';
import { managePage } from '../manage-page.svelte';

/**
 * The QR code of a link as a PNG data URL (an image the printed PDF holds as one picture):
 * 8 px modules, no quiet zone (the letter's layout gives the margin), error correction M.
 */
export function qrImage(url: string): Promise<string> {
  return QRCode.toDataURL(url, { margin: 0, scale: 8, errorCorrectionLevel: 'M' });
}

export class OutreachPage {
  /** resource id → update link URL issued in this session (absent until issued). */
  links = $state.raw<Record<string, string>>({});
  /** resource id → the link's QR code as a PNG data URL. */
  qr = $state.raw<Record<string, string>>({});
  /**
   * How many of the records about to get a link already hold an active one (which issuing
   * revokes); null until counted.
   */
  replacing = $state<number | null>(null);
  busy = $state(false);

  /** The chosen records the caller may edit, in the order given; unknown ids are skipped. */
  chosen(ids: readonly string[]): Resource[] {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never reactive
    const byId = new Map(managePage.resources.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is Resource => r !== undefined);
  }

  /**
   * Counts the records among `ids` holding an active link, for the confirmation. A failure is
   * announced and leaves `replacing` null (the page then does not offer to issue).
   */
  async countReplaced(ids: readonly string[]): Promise<void> {
    this.replacing = null;
    try {
      const links = await listActiveUpdateLinks(gateway, ids);
      // one active link per place; count places, not rows, should two ever overlap
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local count, never reactive
      this.replacing = new Set(links.map((l) => l.resourceId)).size;
    } catch (err) {
      managePage.announce(
        locale.format(locale.t.councils.manage.outreach.links.failed, {
          count: ids.length,
          message: errorMessage(err),
        }),
      );
    }
  }

  /**
   * Issues a new link for each record (revoking its old one; one request each, so one refusal
   * does not hold back the rest), keeps the links and their QR codes for the letters, and
   * announces how many were issued and, if any, how many failed.
   * @param origin the site's origin the links point to (`location.origin`).
   */
  async issueLinks(ids: readonly string[], origin: string): Promise<void> {
    const t = locale.t.councils.manage.outreach.links;
    this.busy = true;
    const links = { ...this.links };
    const qr = { ...this.qr };
    const failures: string[] = [];
    for (const id of ids) {
      try {
        const url = updateLinkUrl(origin, (await issueUpdateLink(gateway, id)).token);
        links[id] = url;
        qr[id] = await qrImage(url);
      } catch (err) {
        // a refused request revokes nothing: a link issued earlier in this session still works
        failures.push(errorMessage(err));
      }
    }
    this.links = links;
    this.qr = qr;
    this.replacing = null;
    this.busy = false;
    const done = ids.length - failures.length;
    const ok = done ? locale.format(t.issued, { count: done }) : '';
    const failed = failures.length
      ? locale.format(t.failed, { count: failures.length, message: failures[0]! })
      : '';
    managePage.announce(`${ok}${failed}`);
  }
}

export const outreachPage = new OutreachPage();
