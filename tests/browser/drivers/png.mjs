// PNG in and out for the browser tests, with node's zlib only: enough for the screenshots the three
// engines take (8 bits per channel, RGB or RGBA, not interlaced), so pixels are read the same way
// whichever engine took the picture.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 2: 3, 6: 4 };  // colour type -> channels: RGB, RGBA

// { width, height, data } with data RGBA, 4 bytes a pixel, rows top to bottom.
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colourType];
      if (depth !== 8 || !channels || interlace) throw new Error(`PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace} not read`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  const zero = Buffer.alloc(stride);
  // Undo each row's filter (PNG spec, section 9): a = left, b = up, c = up-left; one loop per filter.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y ? rows.subarray((y - 1) * stride, y * stride) : zero;
    const n = channels;
    if (filter === 0) src.copy(out);
    else if (filter === 1) for (let i = 0; i < stride; i++) out[i] = src[i] + (i >= n ? out[i - n] : 0);
    else if (filter === 2) for (let i = 0; i < stride; i++) out[i] = src[i] + up[i];
    else if (filter === 3) for (let i = 0; i < stride; i++) out[i] = src[i] + (((i >= n ? out[i - n] : 0) + up[i]) >> 1);
    else if (filter === 4) {
      for (let i = 0; i < stride; i++) {
        const a = i >= n ? out[i - n] : 0, b = up[i], c = i >= n ? up[i - n] : 0;
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        out[i] = src[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
    } else throw new Error(`PNG: unknown filter ${filter}`);
  }
  if (channels === 4) return { width, height, data: rows };
  const data = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) { data[j] = rows[i]; data[j + 1] = rows[i + 1]; data[j + 2] = rows[i + 2]; }
  return { width, height, data };
}

// An RGBA image as a PNG (no filtering: these are test artefacts, not assets).
export function encodePng({ width, height, data }) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) data.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// The part { x, y, width, height } of an image (pixels, clamped to the image).
export function crop(image, { x, y, width, height }) {
  const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
  const w = Math.max(0, Math.min(image.width - x0, Math.round(width))), h = Math.max(0, Math.min(image.height - y0, Math.round(height)));
  const data = Buffer.alloc(w * h * 4);
  for (let row = 0; row < h; row++) image.data.copy(data, row * w * 4, ((y0 + row) * image.width + x0) * 4, ((y0 + row) * image.width + x0 + w) * 4);
  return { width: w, height: h, data };
}

// [r, g, b, a] of the pixel at (x, y).
export function pixel(image, x, y) {
  const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  return [...image.data.subarray(i, i + 4)];
}
