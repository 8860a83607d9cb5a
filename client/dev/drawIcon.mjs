// Draws the extension icon (a lens over three lines of text) as a 128×128 PNG, so the icon is
// reproducible without an image editor: node client/dev/drawIcon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const set = (x, y, [r, g, b, a]) => {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  pixels.set([r, g, b, a], i);
};
const NAVY = [24, 52, 94, 255];
const PAPER = [245, 241, 230, 255];
const INK = [120, 130, 150, 255];
const GOLD = [214, 160, 40, 255];
for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
  const inside = x >= 8 && x < 120 && y >= 8 && y < 120 && Math.hypot(Math.max(0, Math.abs(x - 63.5) - 44), Math.max(0, Math.abs(y - 63.5) - 44)) < 12;
  set(x, y, inside ? PAPER : [0, 0, 0, 0]);
}
for (const [y, width] of [[34, 70], [50, 56], [66, 64], [82, 44]]) for (let x = 22; x < 22 + width; x++) for (let t = 0; t < 5; t++) set(x, y + t, INK);
const cx = 58, cy = 58;
for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
  const d = Math.hypot(x - cx, y - cy);
  if (d >= 22 && d <= 30) set(x, y, NAVY);
  const along = ((x - cx) + (y - cy)) / Math.SQRT2;
  const across = Math.abs((x - cx) - (y - cy)) / Math.SQRT2;
  if (along > 29 && along < 62 && across < 6) set(x, y, NAVY);
  if (d < 22 && ((x - cx) + (y - cy)) < -10 && d > 14) set(x, y, GOLD);
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4); header.set([8, 6, 0, 0, 0], 8);
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
