// Draws the add-in icon (a plan sheet with a schedule bar) at each size Office asks for, as PNGs in
// assets/. Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const SS = 8; // supersampling for smooth edges

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
const BLUE = [31, 78, 121],
  WHITE = [255, 255, 255],
  GRID = [150, 170, 190],
  GOLD = [232, 160, 32];
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r),
      cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
}
function shapes(size) {
  const line = Math.max(1 / size, 0.04); // keep grid lines visible at 16 px
  const list = [
    [roundRect(0.02, 0.02, 0.98, 0.98, 0.16), BLUE],
    [roundRect(0.16, 0.14, 0.84, 0.86, 0.05), WHITE],
  ];
  for (const gy of [0.32, 0.5, 0.68])
    list.push([(x, y) => x > 0.2 && x < 0.8 && Math.abs(y - gy) < line / 2, GRID]);
  list.push([(x, y) => y > 0.18 && y < 0.82 && Math.abs(x - 0.36) < line / 2, GRID]);
  list.push([roundRect(0.42, 0.37, 0.78, 0.46, 0.045), GOLD]); // the schedule bar (ผด.02)
  list.push([roundRect(0.5, 0.55, 0.72, 0.64, 0.045), GOLD]);
  return list;
}

for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  const list = shapes(size);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size,
            y = (py + (sy + 0.5) / SS) / size;
          let color = null;
          for (const [inside, c] of list) if (inside(x, y)) color = c;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = r / a;
        rgba[o + 1] = g / a;
        rgba[o + 2] = b / a;
      }
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, rgba));
}
