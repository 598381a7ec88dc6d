// The static fallbacks (issue 18, SPEC section 4): for every profile of the catalogue
// (assets/profiles/index.json), mgi-render draws its wheel into WEB/static/<file stem>.png and
// writes its fragment into WEB/static/<file stem>.html, both named for the site's root (the
// fragment's profile is profiles/<file>, its image static/<stem>.png). Then each element of
// WEB/index.html that holds the comment <!-- mgi-static: STEM --> gets that fragment's fallback
// in its place, so the demo reads without JavaScript too.
//
//   node scripts/generate-static.mjs build/native/mgi-render assets/profiles build/web
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const [renderTool, profilesDir, webDir] = process.argv.slice(2);
if (!renderTool || !profilesDir || !webDir) {
  console.error('usage: node scripts/generate-static.mjs MGI-RENDER PROFILES-DIR WEB-DIR');
  process.exit(2);
}
const catalogue = JSON.parse(readFileSync(path.join(profilesDir, 'index.json'), 'utf8'));
const staticDir = path.join(webDir, 'static');
mkdirSync(staticDir, { recursive: true });

const fragments = new Map();
for (const entry of catalogue.profiles) {
  const stem = path.basename(entry.file, '.json');
  const png = path.join(staticDir, `${stem}.png`), html = path.join(staticDir, `${stem}.html`);
  const out = execFileSync(renderTool, [path.join(profilesDir, entry.file), '--png', png, '--html', html,
    '--profile-url', `profiles/${entry.file}`, '--png-url', `static/${stem}.png`], { encoding: 'utf8' });
  process.stdout.write(out);
  fragments.set(stem, readFileSync(html, 'utf8'));
}

// The children of a fragment's <mgi-wheel>: what goes inside the page's own element.
function fallbackOf(fragment) {
  const start = fragment.indexOf('>') + 1, end = fragment.lastIndexOf('</mgi-wheel>');
  return fragment.slice(start, end).trim();
}

const page = path.join(webDir, 'index.html');
if (existsSync(page)) {
  let text = readFileSync(page, 'utf8');
  text = text.replace(/<!-- mgi-static: ([a-z0-9-]+) -->/g, (marker, stem) => {
    if (!fragments.has(stem)) throw new Error(`${page}: ${marker} names no profile of the catalogue`);
    return fallbackOf(fragments.get(stem));
  });
  writeFileSync(page, text);
}
