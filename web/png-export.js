// The wheel as a PNG to take away. The core draws the canvas at the picture's scale and lays the
// picture out (core/png_layout.hpp: size, title, legend, file name); this paints that layout onto a
// 2D canvas in the wheel's own font stack, then lets the core draw the canvas back at the screen's
// scale in the same task, so the visitor never sees the enlarged frame.

// Resolves to { name, blob }, or null when the core cannot draw. `core`: the CoreApi; `canvas`: the
// widget's, which the core draws into.
export async function wheelPng(core, canvas) {
  const plan = core.pngBegin();
  if (!plan) return null;
  const out = document.createElement('canvas');
  out.width = plan.width;
  out.height = plan.height;
  const ctx = out.getContext('2d');
  ctx.fillStyle = plan.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, plan.wheel.x, plan.wheel.y);
  core.pngEnd();
  const font = getComputedStyle(canvas).fontFamily || 'sans-serif';
  const t = plan.title;
  ctx.fillStyle = plan.ink;
  ctx.font = `${t.weight} ${t.px}px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(t.text, t.x, t.y, t.max_width);
  ctx.font = `${plan.legend_px}px ${font}`;
  for (const item of plan.legend) {
    ctx.fillStyle = item.colour;
    ctx.fillRect(item.box.x, item.box.y, item.box.size, item.box.size);
    ctx.fillStyle = plan.ink;
    ctx.fillText(item.label, item.text.x, item.text.y, item.text.max_width);
  }
  const blob = await new Promise((resolve) => out.toBlob(resolve, 'image/png'));
  return { name: plan.name, blob };
}
