/**
 * The iCalendar feeds the server publishes at `/api/sasaeai/ics/place/{id}` and
 * `/api/sasaeai/ics/district/{id}` (pb_hooks/icalendar.pb.js), from records as PocketBase
 * serialises them. Bundled for the server's JavaScript runtime into `pb_hooks/lib/icalendar.js`
 * by `npm run build:hooks` (a unit test fails when the committed bundle is stale).
 *
 * The hook passes only public, active resources; `toICalendar` never sees anything else.
 */
import { tokyoIsoDate } from '../domain/iso-date';
import { toICalendar } from '../export/to-icalendar';
import { toResource, type PbRecord } from './records';

export interface FeedRequest {
  /** Calendar name, e.g. the place's name or 「中央地区（さくら野市）」. */
  name: string;
  /** Resource records (JSON as the server serialises them). */
  records: PbRecord[];
  /** The site's origin for place links, e.g. `https://map.example.jp` ('' = no links). */
  origin: string;
  /** Now, as a JS Date's ISO string (DTSTAMP and "today" in Japan). */
  now: string;
}

/** The `.ics` text of a feed. */
export function icsFeed(request: FeedRequest): string {
  const resources = request.records
    .map(toResource)
    .filter((r) => r.isPublic && r.status === 'active');
  return toICalendar(resources, {
    name: request.name,
    from: tokyoIsoDate(new Date(request.now)),
    stamp: request.now,
    placeUrl: request.origin ? (r) => `${request.origin}/places/${r.id}` : undefined,
  });
}
