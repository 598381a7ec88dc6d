// The messages of the C++ core to the loader, and its answers to the loader's JSON queries, hold
// to tests/schemas: build/native/record-view-models drives widget models through visitor stories
// (tests/view_models/record_view_models.cpp) and writes every one of them; each is checked here
// against the schema of its kind. A field the loader reads is required by its schema, so a core
// that stops sending it fails here; a kind without a schema fails too.
//
// Run: node --test tests/view_models/view-models.test.mjs (after cmake --build build/native).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RECORD = path.join(ROOT, 'build/native/record-view-models');
const SCHEMAS = path.join(ROOT, 'tests/schemas');

// Every kind the stories must produce: the core's messages, then the answers to queries.
const KINDS = ['strings', 'panel', 'layout', 'select', 'ready', 'error', 'warning',
  'state', 'print-panels', 'layout-query', 'search', 'export', 'parsed-link'];

function loadSchemas() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const byKind = new Map();
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')));
  }
  for (const kind of KINDS) {
    const id = `https://mgi-wheel.example/schemas/${kind}.schema.json`;
    byKind.set(kind, ajv.getSchema(id));
    assert.ok(byKind.get(kind), `no schema for "${kind}" (${id})`);
  }
  return byKind;
}

function record() {
  assert.ok(existsSync(RECORD), `${RECORD} is missing: build it first (cmake --build build/native)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'mgi-view-models-'));
  try {
    const out = path.join(dir, 'view-models.jsonl');
    const run = spawnSync(RECORD, [out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const schemas = loadSchemas();
const records = record();

test('every message and query answer matches the schema of its kind', () => {
  const failures = [];
  for (const { story, kind, message } of records) {
    const validate = schemas.get(kind);
    if (!validate) { failures.push(`${story}: "${kind}" has no schema`); continue; }
    if (!validate(message)) {
      const errors = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      failures.push(`${story}: ${kind}: ${errors}`);
    }
  }
  assert.deepEqual([...new Set(failures)].slice(0, 20), []);
});

test('the stories produce every kind, and every state of the panel', () => {
  const seen = new Set(records.map((r) => r.kind));
  for (const kind of KINDS) assert.ok(seen.has(kind), `no "${kind}" recorded`);
  const states = new Set(records.filter((r) => r.kind === 'panel').map((r) => r.message.state));
  assert.deepEqual([...states].sort(), ['compare', 'domain', 'error', 'intro', 'loading']);
  const sides = records.filter((r) => r.kind === 'panel' && r.message.compare).flatMap((r) => r.message.compare.sides);
  assert.deepEqual([...new Set(sides.map((s) => s.state))].sort(), ['error', 'loading', 'ready']);
  assert.ok(records.some((r) => r.kind === 'search' && r.message.hits.length > 0), 'a search with hits');
  assert.ok(records.some((r) => r.kind === 'parsed-link' && r.message === null), 'a fragment that is not a link');
  assert.ok(records.some((r) => r.kind === 'select' && r.message.link === '#mgi-country-wheel=partnerships'), 'a selection with its fragment');
  assert.ok(records.some((r) => r.kind === 'panel' && r.message.linkable === true), 'a panel with linkable findings');
  assert.ok(records.some((r) => r.kind === 'parsed-link' && r.message && r.message.key), 'a link to a finding');
});

test('the strings schema requires every interface string the loader reads', () => {
  const strings = JSON.parse(readFileSync(path.join(SCHEMAS, 'strings.schema.json'), 'utf8'));
  const read = new Set();
  for (const file of readdirSync(path.join(ROOT, 'web')).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(path.join(ROOT, 'web', file), 'utf8');
    for (const [, name] of source.matchAll(/\bui(?:\(\))?\.([a-z][a-z0-9_]*)/g)) read.add(name);
  }
  assert.ok(read.size > 10, 'the loader reads its labels as ui.<name>');
  assert.deepEqual([...read].filter((name) => !strings.required.includes(name)), []);
});

test('a message without a field the loader reads is refused', () => {
  const panel = records.find((r) => r.kind === 'panel' && r.message.state === 'domain').message;
  for (const field of ['heading', 'lists', 'twin', 'announce', 'linkable']) {
    const broken = { ...panel };
    delete broken[field];
    assert.equal(schemas.get('panel')(broken), false, `a panel without ${field}`);
  }
  assert.equal(schemas.get('panel')({ ...panel, ui: {} }), false, 'the interface strings travel on their own');
  const strings = records.find((r) => r.kind === 'strings').message;
  const { picker_swap: _, ...withoutSwap } = strings;
  assert.equal(schemas.get('strings')(withoutSwap), false, 'strings without picker_swap');
});
