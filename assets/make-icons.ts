/**
 * Draws the add-in's icons (16, 32, 64, 80 px): a green rounded square with a white table grid and
 * a check mark. Pure Node (zlib for PNG); run `npx tsx assets/make-icons.ts` to rebuild them.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from point p to segment ab. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The icon in unit coordinates (0..1): which colour a point has. */
function shade(u: number, v: number): RGBA | undefined {
  const r = 0.18;
  const inside = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return Math.hypot(x - cx, y - cy) <= r;
  };
  if (!inside(u, v)) return undefined;
  const check = segDist(u, v, 0.5, 0.68, 0.62, 0.8) < 0.055 || segDist(u, v, 0.62, 0.8, 0.86, 0.5) < 0.055;
  if (check) return [255, 221, 85, 255];
  const inGrid = u > 0.16 && u < 0.7 && v > 0.18 && v < 0.62;
  const line = 0.035;
  const onGrid =
    inGrid &&
    ([0.16, 0.34, 0.52, 0.7].some((x) => Math.abs(u - x) < line / 2 + 0.005) ||
      [0.18, 0.33, 0.47, 0.62].some((y) => Math.abs(v - y) < line / 2 + 0.005) ||
      (u > 0.16 && u < 0.7 && v > 0.18 && v < 0.33));
  if (onGrid) return [255, 255, 255, 255];
  return [16, 124, 65, 255];
}

function icon(size: number): Buffer {
  const ss = 4;
  return png(size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let i = 0; i < ss; i++) {
      for (let j = 0; j < ss; j++) {
        const c = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a += 255;
      }
    }
    const n = ss * ss;
    return a === 0 ? [0, 0, 0, 0] : [Math.round(r / (a / 255)), Math.round(g / (a / 255)), Math.round(b / (a / 255)), Math.round(a / n)];
  });
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(join(__dirname, `icon-${size}.png`), icon(size));
}
console.log('icons written');
