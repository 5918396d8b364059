/**
 * `npx tsx scripts/make-app-icons.ts` — draws the installable app's icons (static/icons/*.png)
 * from the favicon's motif: a white map pin holding a heart, on the brand blue. Full-bleed
 * squares with the motif inside the central 60 %, so they also serve as maskable icons.
 *
 * Our own rasteriser (4×4 supersampling) and PNG writer (Node's zlib): no image tool needed.
 * The PNGs are committed; run this again only when the motif changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { repoRoot } from './lib/repo-root';

const BLUE = [0x00, 0x17, 0xc1];
const WHITE = [0xff, 0xff, 0xff];

/** Inside the pin: a circle on top of a triangle that ends in a point (unit square coords). */
function inPin(x: number, y: number): boolean {
  const cx = 0.5;
  const cy = 0.43;
  const r = 0.2;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  // The tangent lines from the tip (0.5, 0.8) to the circle bound the lower part.
  const tipY = 0.8;
  if (y < cy || y > tipY) return false;
  const d = tipY - cy;
  const half = (r * Math.sqrt(d * d - r * r)) / d;
  const yt = cy + (r * r) / d; // where the tangents touch the circle
  if (y <= yt) return false; // above the tangent points the circle is the outline
  return Math.abs(x - cx) <= (half * (tipY - y)) / (tipY - yt);
}

/** A heart in the pin's circle: two lobes and a point. */
function inHeart(x: number, y: number): boolean {
  const s = 0.085;
  const lobes = [0.5 - s * 0.62, 0.5 + s * 0.62];
  const ly = 0.41;
  for (const lx of lobes) if ((x - lx) ** 2 + (y - ly) ** 2 <= (s * 0.68) ** 2) return true;
  const top = ly + s * 0.1;
  const tip = ly + s * 1.55;
  if (y < top || y > tip) return false;
  return Math.abs(x - 0.5) <= (s * 1.28 * (tip - y)) / (tip - top);
}

function png(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 3 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let white = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (inPin(x, y) && !inHeart(x, y)) white++;
        }
      }
      const a = white / (SS * SS);
      const o = py * (size * 3 + 1) + 1 + px * 3;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BLUE[c]! * (1 - a) + WHITE[c]! * a);
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(repoRoot, 'static', 'icons');
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(join(dir, `icon-${size}.png`), png(size));
  console.log(`static/icons/icon-${size}.png`);
}
