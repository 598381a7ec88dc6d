// One description of the element (assets/element-api.json), and everything that states it held to
// it: build/package/custom-elements.json lists every attribute, method, event, CSS part and custom
// property that README.md documents, and documents nothing the README does not; the README's
// generated blocks are what the description and this build give; the loader's sources observe the
// attributes, expose the parts and use the custom properties it lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/release-files.mjs';
import { loadApi } from '../../scripts/element-api/load.mjs';
import { readmeBlocks, withBlocks } from '../../scripts/readme-blocks.mjs';
import Ajv from 'ajv';

const api = loadApi();
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'build/package/custom-elements.json'), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'mgi-wheel');
const sorted = (xs) => [...new Set(xs)].sort();
const names = (xs) => sorted(xs.map((x) => x.name));
const all = (re, text) => [...text.matchAll(re)].map((m) => m[1]);

// What the README documents, read from the README itself: the attribute and custom-property
// tables (whoever wrote them), every `mgi-…` event, `::part(…)`, `--mgi-…` property and
// `name(…)` method on the element mentioned in its embedding section.
function documented() {
  const embedding = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('## Comparing'));
  const tableRows = (header) => {
    const start = readme.indexOf(header);
    assert.ok(start >= 0, `README has a table headed "${header}"`);
    const table = readme.slice(start).split('\n\n')[0].replace(/<!--[^\n]*-->/g, '');
    return all(/^\| `([^`]+)` \|/gm, table);
  };
  return {
    attributes: sorted(tableRows('| attribute | meaning |')),
    cssProperties: sorted([...tableRows('| property | default | what |'), ...all(/`(--mgi-[a-z-]+)`/g, readme)]),
    events: sorted(all(/`(mgi-[a-z]+)`/g, readme).filter((e) => !['mgi-wheel', 'mgi-profile', 'mgi-import', 'mgi-validate', 'mgi-catalogue', 'mgi-render'].includes(e))),
    cssParts: sorted(all(/::part\(([a-z-]+)\)/g, readme)),
    methods: sorted(all(/`([a-z]+)\((?:id|null)?\)`(?: \/|,| →| returns|\s)/g, embedding)),
    properties: sorted(all(/On the element: `([a-z]+)` \(a Promise/g, embedding)),
  };
}

test('the manifest lists exactly what the README documents: attributes, members, events, parts, custom properties', () => {
  const doc = documented();
  assert.deepEqual(names(element.attributes), doc.attributes, 'attributes');
  assert.deepEqual(names(element.members.filter((m) => m.kind === 'method')), doc.methods, 'methods');
  assert.deepEqual(names(element.members.filter((m) => m.kind === 'field')), doc.properties, 'properties');
  assert.deepEqual(names(element.events), doc.events, 'events');
  assert.deepEqual(names(element.cssParts), doc.cssParts, 'CSS parts');
  const internal = api.internalCssProperties.map((p) => p.name);
  assert.deepEqual(names(element.cssProperties), doc.cssProperties.filter((p) => !internal.includes(p)), 'custom properties');
  for (const p of internal) assert.ok(!doc.cssProperties.includes(p), `${p} is the widget's own, not documented for pages`);
});

test('the manifest is the description\'s (schema 2.x, every event with its detail type, every method typed)', () => {
  assert.match(manifest.schemaVersion, /^2\.\d+\.\d+$/);
  assert.deepEqual(manifest.modules[0].exports, [{ kind: 'custom-element-definition', name: 'mgi-wheel',
    declaration: { name: api.className, module: 'mgi-wheel.js' } }]);
  assert.deepEqual(names(element.attributes), names(api.attributes));
  for (const e of api.events) {
    assert.equal(element.events.find((x) => x.name === e.name).type.text, `CustomEvent<${e.detail}>`);
  }
  for (const m of api.methods) {
    const member = element.members.find((x) => x.name === m.name);
    assert.equal(member.return.type.text, m.return);
    assert.deepEqual(member.parameters.map((p) => p.type.text), m.parameters.map((p) => p.type));
  }
  for (const p of element.cssProperties) assert.ok(p.default, `${p.name} has its default`);
});

test('custom-elements.json is valid against the Custom Elements Manifest schema (npm custom-elements-manifest, pinned)', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
});

test('each custom property\'s default is the fallback web/styles.css gives it', () => {
  const css = readFileSync(path.join(ROOT, 'web/styles.css'), 'utf8');
  for (const p of element.cssProperties) {
    const fallbacks = all(new RegExp(`var\\(${p.name}, ([^;]+?)\\)(?:;|$| )`, 'gm'), css);
    assert.ok(fallbacks.length > 0, `${p.name} is read with a fallback in web/styles.css`);
    for (const f of fallbacks) assert.equal(f, p.default, `${p.name}'s fallback`);
  }
});

test('README.md\'s generated blocks are the description\'s and this build\'s (run scripts/build.sh, commit README.md)', () => {
  const embed = JSON.parse(readFileSync(path.join(ROOT, 'build/web/embed.json'), 'utf8'));
  assert.equal(readme, withBlocks(readme, readmeBlocks(api, embed)));
  assert.ok(readme.includes(`integrity="${embed.script.integrity}" crossorigin="anonymous"`));
});

test('the loader\'s sources observe the attributes, expose the parts and use the custom properties described', () => {
  const sources = readdirSync(path.join(ROOT, 'web')).filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(ROOT, 'web', f), 'utf8')).join('\n');
  const css = readFileSync(path.join(ROOT, 'web/styles.css'), 'utf8');
  const observed = JSON.parse(sources.match(/const ATTRIBUTES = (\[[^\]]*\])/)[1].replace(/'/g, '"'));
  // An attribute is either observed by the element or read by the stylesheet (`theme`: CSS only).
  for (const a of api.attributes) {
    assert.ok(observed.includes(a.name) || css.includes(`:host([${a.name}=`), `${a.name}: observed by web/element.js or styled by web/styles.css`);
  }
  for (const a of observed) assert.ok(api.attributes.some((x) => x.name === a), `${a}, observed, is described`);
  assert.deepEqual(sorted(all(/part: '([a-z-]+)'/g, sources)), names(api.cssParts), 'parts set in web/*.js');
  const used = sorted(all(/var\((--mgi-[a-z-]+)/g, css));
  assert.deepEqual(used, sorted([...names(api.cssProperties), ...api.internalCssProperties.map((p) => p.name)]), 'custom properties read by web/styles.css');
});
