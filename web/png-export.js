// The wheel as a PNG to take away: drawn at twice its CSS size (whatever the screen's DPR), under
// the jurisdiction's name, with the domains' legend, on white. The canvas is redrawn at 2x, copied,
// and redrawn at the screen's DPR in the same task, so the visitor never sees the 2x frame.
const SCALE = 2;

// Resolves to the PNG's Blob. `width`: the widget's CSS width; `segments`: [{ label, colour }].
export async function wheelPng(core, canvas, width, title, segments) {
  const dpr = window.devicePixelRatio || 1;
  core._mgi_set_host_size(width, SCALE);
  core._mgi_render_now();
  const cw = canvas.width, ch = canvas.height;
  const pad = 24 * SCALE, head = 56 * SCALE, row = 26 * SCALE;
  const legendRows = Math.ceil(6 / 2);
  const out = document.createElement('canvas');
  out.width = Math.max(cw + 2 * pad, 560 * SCALE);
  out.height = head + ch + pad + legendRows * row + pad;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, (out.width - cw) / 2, head);
  core._mgi_set_host_size(width, dpr);
  core._mgi_render_now();
  const font = getComputedStyle(canvas).fontFamily || 'sans-serif';  // the wheel's own font stack
  ctx.fillStyle = '#1a202c';
  ctx.font = `600 ${20 * SCALE}px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, pad, head / 2, out.width - 2 * pad);
  ctx.font = `${14 * SCALE}px ${font}`;
  const colWidth = (out.width - 2 * pad) / 2;
  segments.forEach((seg, i) => {
    const x = pad + (i % 2) * colWidth, y = head + ch + pad + Math.floor(i / 2) * row;
    ctx.fillStyle = seg.colour;
    ctx.fillRect(x, y + row * 0.2, row * 0.6, row * 0.6);
    ctx.fillStyle = '#1a202c';
    ctx.fillText(seg.label, x + row * 0.9, y + row * 0.5, colWidth - row);
  });
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
