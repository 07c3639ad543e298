// Draws the toolbar and store icons (public/icons/{16,32,48,128}.png): a white "N" over a yellow
// highlighter stroke on a blue rounded square. Pure Node (node:zlib), run once: node scripts/make-icons.mjs
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const SIZES = [16, 32, 48, 128];
/** Sub-samples per pixel side: 4 × 4 gives smooth edges at 16 px. */
const SAMPLES = 4;

const BLUE = [28, 78, 128];
const YELLOW = [255, 213, 79];
const WHITE = [255, 255, 255];

// Shapes in unit coordinates (0..1, y down), tested per sub-sample.
function inRoundedSquare(x, y, r = 0.2) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

// The highlighter stroke: a band slanting slightly upwards across the lower half.
function inStroke(x, y) {
  const mid = 0.7 - (x - 0.5) * 0.08;
  return x > 0.14 && x < 0.86 && Math.abs(y - mid) < 0.11;
}

function inLetterN(x, y) {
  const top = 0.2;
  const bottom = 0.74;
  const stem = 0.13;
  if (y < top || y > bottom) return false;
  if (x >= 0.24 && x <= 0.24 + stem) return true;
  if (x >= 0.76 - stem && x <= 0.76) return true;
  // The diagonal from the top of the left stem to the bottom of the right one.
  const t = (y - top) / (bottom - top);
  const cx = 0.24 + stem / 2 + t * (0.76 - 0.24 - stem);
  return Math.abs(x - cx) < stem * 0.62 && x >= 0.24 && x <= 0.76;
}

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (inLetterN(x, y)) return WHITE;
  if (inStroke(x, y)) return YELLOW;
  return BLUE;
}

function drawRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const i = (py * size + px) * 4;
      const covered = sum[3];
      if (covered === 0) continue;
      rgba[i] = Math.round(sum[0] / covered);
      rgba[i + 1] = Math.round(sum[1] / covered);
      rgba[i + 2] = Math.round(sum[2] / covered);
      rgba[i + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("public/icons", { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/${size}.png`, encodePng(size, drawRgba(size)));
console.log(`wrote public/icons/{${SIZES.join(",")}}.png`);
