// Writes a generated catalogue of N valid mgi-profile/1 files, IOM-sized (six domains of four
// well-developed findings and three with potential, about 250 characters each, an introduction of
// two paragraphs), then runs build/native/mgi-catalogue over them for index.json and
// search-index.json. Sentences are drawn from the words of the shipped profiles' findings, with
// accented place names, by a seeded generator: the same N gives the same files, byte for byte.
// For the catalogue-wide search's bench (bench/catalogue-search.mjs) and browser test.
//
//   node bench/generate-catalogue.mjs N OUT_DIR     (then OUT_DIR holds N profiles and the two indexes)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOMAINS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being', 'mobility-crises', 'safe-orderly-migration'];
const PLACES = ['Bălți', 'Chișinău', 'Azərbaycan', 'São Paulo', 'Košice', 'Łódź', 'Zürich', 'Montréal', 'Medellín', 'Cebu',
  'Accra', 'Tbilisi', 'Nouakchott', 'Kraków', 'Ciudad Juárez', 'Gjakovë', 'Niš', 'Cúcuta', 'Mérida', 'Ağdam'];
const COUNTRIES = ['Republic of Moldova', 'Brazil', 'Colombia', 'Mexico', 'Philippines', 'Ghana', 'Georgia', 'Poland'];

// A small seeded generator (mulberry32): the files depend on N alone.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The words of the shipped findings: the vocabulary of real MGI text.
function vocabulary() {
  const words = new Set();
  for (const file of ['azerbaijan-2023.json', 'balti-2023.json']) {
    const profile = JSON.parse(readFileSync(path.join(ROOT, 'assets/profiles', file), 'utf8'));
    for (const d of profile.domains) for (const t of [...d.well_developed, ...d.further_development])
      for (const w of t.split(/\s+/)) if (w) words.add(w);
  }
  return [...words].sort();
}

export function generateCatalogue(count, dir) {
  const next = random(2023 + count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = vocabulary();
  const sentence = (length) => {
    const out = [];
    let size = 0;
    while (size < length) { const w = next() < 0.04 ? pick(PLACES) : pick(words); out.push(w); size += w.length + 1; }
    const text = out.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const local = i % 3 === 0;
    const place = `${pick(PLACES)} ${i + 1}`;
    const name = local ? `Municipality of ${place}` : `Republic of ${place}`;
    const id = `generated-${String(i + 1).padStart(4, '0')}`;
    const profile = {
      format: 'mgi-profile/1', id,
      jurisdiction: { name, level: local ? 'local' : 'national', country: local ? pick(COUNTRIES) : null },
      published: `20${18 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      language: 'en',
      introduction: `${sentence(400)}\n\n${sentence(300)}`,
      domains: DOMAINS.map((domain) => ({
        id: domain,
        well_developed: Array.from({ length: 4 }, () => sentence(250)),
        further_development: Array.from({ length: 3 }, () => sentence(250)),
      })),
    };
    writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(profile, null, 2) + '\n');
  }
  execFileSync(path.join(ROOT, 'build/native/mgi-catalogue'), [dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readdirSync(dir).filter((f) => f.startsWith('generated-')).length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, dir] = [Number(process.argv[2]), process.argv[3]];
  if (!(count > 0) || !dir) { console.error('usage: node bench/generate-catalogue.mjs N OUT_DIR'); process.exit(2); }
  console.log(`${dir}: ${generateCatalogue(count, dir)} profiles, index.json, search-index.json`);
}
