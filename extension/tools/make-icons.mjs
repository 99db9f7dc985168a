#!/usr/bin/env node
// Draws the ShareWatch toolbar icon (an eye over a rounded square) and writes PNGs at the sizes the
// manifest uses. No dependencies: a tiny anti-aliased rasteriser plus a PNG encoder on node:zlib.
//
// usage: node extension/tools/make-icons.mjs [OUT_DIR]   (default: extension/icons)
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 48, 96, 128];
const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "icons");

// Signed distance functions in a unit square (0..1, y down). Negative = inside.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
// Eye (vesica) = intersection of two circles offset vertically.
const eye = (x, y) => {
  const R = 0.52, off = 0.30;
  return Math.max(circle(x, y, 0.5, 0.5 - off, R), circle(x, y, 0.5, 0.5 + off, R));
};

const BG = [0x0b, 0x6e, 0x6e];     // teal
const WHITE = [0xff, 0xff, 0xff];
const PUPIL = [0x12, 0x2b, 0x3a];   // dark blue-grey
const DOT = [0xf5, 0xa6, 0x23];     // amber highlight

function shade(x, y, px) {
  // Returns [r, g, b, a] for a point, with coverage-based anti-aliasing at edges.
  const cov = (d) => Math.min(1, Math.max(0, 0.5 - d / px));
  let rgb = [0, 0, 0], a = 0;
  const over = (color, alpha) => {
    const na = alpha + a * (1 - alpha);
    if (na > 0) rgb = rgb.map((c, i) => (color[i] * alpha + c * a * (1 - alpha)) / na);
    a = na;
  };
  over(BG, cov(roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, 0.2)));
  over(WHITE, cov(eye(x, y)));
  over(PUPIL, cov(circle(x, y, 0.5, 0.5, 0.15)));
  over(DOT, cov(circle(x, y, 0.56, 0.44, 0.045)));
  return [...rgb, a * 255];
}

function render(size) {
  const px = 1 / size, ss = 4; // 4x4 supersampling on top of the analytic edge
  const data = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let acc = [0, 0, 0, 0];
      for (let sj = 0; sj < ss; sj++) for (let si = 0; si < ss; si++) {
        const s = shade((i + (si + 0.5) / ss) * px, (j + (sj + 0.5) / ss) * px, px / ss);
        acc = [acc[0] + s[0] * s[3], acc[1] + s[1] * s[3], acc[2] + s[2] * s[3], acc[3] + s[3]];
      }
      const o = (j * size + i) * 4;
      const a = acc[3] / (ss * ss);
      data[o] = a ? Math.round(acc[0] / acc[3]) : 0;
      data[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      data[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      data[o + 3] = Math.round(a);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, body) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(body.length);
  const tb = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(tb));
  return Buffer.concat([len, tb, crc]);
};

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(outDir, `icon-${size}.png`), png(size, render(size)));
}
console.log(`wrote ${SIZES.length} icons to ${outDir}`);
