// The JSON Schema (assets/mgi-profile.schema.json, run by ajv) and the widget's validator
// (mgi::LoadProfile, run by build/native/mgi-validate) must agree: every file of tests/data/invalid
// is rejected by both, every file of tests/data/valid and every shipped profile accepted by both,
// and so is each of a few hundred random mutations of a profile.
//
// A JSON Schema describes a parsed document, so some files are rejected before any schema can
// see them, by the C++ loader and by this test's strict reading alike (the documented exceptions):
// bytes that are not UTF-8, text that is not JSON, lone surrogate escapes ("\ud800": JSON.parse
// takes them, nlohmann does not) and numbers beyond the range of a double (1e999: JSON.parse makes
// Infinity, nlohmann refuses). They are listed in PARSE_FAILURES and checked to fail that way.
//
// Run: node --test tests/tools/ (after cmake --build build/native).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VALIDATE = path.join(ROOT, 'build/native/mgi-validate');
const DATA = path.join(ROOT, 'tests/data');

// ajv counts maxLength in code points (its `unicode` behaviour, the default and no longer an
// option in ajv 8), as the C++ validator does, not in UTF-16 code units: an emoji is one
// character, not two. The first test checks it.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schemaValidate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'assets/mgi-profile.schema.json'), 'utf8')));

// The files that fail before the schema, and why.
const PARSE_FAILURES = new Map([
  ['invalid-utf8', 'not UTF-8'],
  ['invalid-utf8-overlong', 'not UTF-8'],
  ['invalid-utf8-encoded-surrogate', 'not UTF-8'],
  ['empty-file', 'not JSON'],
  ['only-white-space', 'not JSON'],
  ['cut-short', 'not JSON'],
  ['trailing-comma', 'not JSON'],
  ['comment', 'not JSON'],
  ['raw-newline-in-string', 'not JSON'],
  ['lone-surrogate-escape', 'a lone surrogate'],
  ['number-out-of-range', 'a number out of range'],
]);

// Reads bytes as a strict JSON reader would: UTF-8 (a BOM is dropped, as nlohmann does), JSON,
// then no lone surrogates and no infinite numbers anywhere. Returns { value } or { failure }.
function readStrict(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { failure: 'not UTF-8' };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { failure: 'not JSON' };
  }
  const bad = (v) => {
    if (typeof v === 'string') return v.isWellFormed() ? null : 'a lone surrogate';
    if (typeof v === 'number') return Number.isFinite(v) ? null : 'a number out of range';
    if (v === null || typeof v !== 'object') return null;
    for (const [k, item] of Object.entries(v)) {
      const why = bad(k) ?? bad(item);
      if (why) return why;
    }
    return null;
  };
  const failure = bad(value);
  return failure ? { failure } : { value };
}

function schemaVerdict(bytes) {
  const r = readStrict(bytes);
  if (r.failure) return { valid: false, failure: r.failure };
  const valid = schemaValidate(r.value);
  return { valid, errors: valid ? [] : schemaValidate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`) };
}

// Runs mgi-validate once over many files; returns Map(file -> { valid, output }).
function cppVerdicts(files) {
  assert.ok(existsSync(VALIDATE), `${VALIDATE} is missing: build it first (cmake --build build/native)`);
  const run = spawnSync(VALIDATE, files, { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(run.status === 0 || run.status === 1, `mgi-validate exit status ${run.status}: ${run.stderr}`);
  const verdicts = new Map();
  const lines = run.stdout.split('\n');
  for (const file of files) {
    const own = lines.filter((l) => l.startsWith(`${file}: `));
    const summary = own.at(-1) ?? '';
    const valid = summary.startsWith(`${file}: valid`);
    assert.ok(valid || summary.startsWith(`${file}: invalid`), `no verdict for ${file} in:\n${run.stdout}`);
    verdicts.set(file, { valid, output: own.join('\n') });
  }
  assert.equal(run.status, [...verdicts.values()].every((v) => v.valid) ? 0 : 1, 'exit status matches the verdicts');
  return verdicts;
}

const jsonFiles = (dir) =>
  readdirSync(path.join(DATA, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DATA, dir, f));

test('the schema is valid 2020-12 and counts characters, not UTF-16 units', () => {
  const emoji = '\u{1F600}';
  const check = ajv.compile({ type: 'string', maxLength: 2 });
  assert.equal(check(emoji + emoji), true);
  assert.equal(check(emoji + emoji + emoji), false);
});

test('every invalid file is rejected by the validator and by the schema', () => {
  const files = jsonFiles('invalid');
  assert.ok(files.length >= 30, `at least 30 invalid files (have ${files.length})`);
  const cpp = cppVerdicts(files);
  for (const file of files) {
    const name = path.basename(file, '.json');
    const schema = schemaVerdict(readFileSync(file));
    assert.equal(cpp.get(file).valid, false, `mgi-validate accepts ${name}`);
    assert.equal(schema.valid, false, `the schema accepts ${name}`);
    // The exceptions are exactly the listed files, failing for the listed reason.
    assert.equal(schema.failure, PARSE_FAILURES.get(name), `${name}: fails before the schema for the wrong reason`);
  }
  for (const name of PARSE_FAILURES.keys()) assert.ok(existsSync(path.join(DATA, 'invalid', `${name}.json`)), `${name}.json`);
});

test('every valid file and every shipped profile is accepted by both', () => {
  const profiles = readdirSync(path.join(ROOT, 'assets/profiles'))
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && f !== 'search-index.json')
    .map((f) => path.join(ROOT, 'assets/profiles', f));
  assert.ok(profiles.length >= 2);
  const files = [...jsonFiles('valid'), ...profiles];
  const cpp = cppVerdicts(files);
  for (const file of files) {
    const schema = schemaVerdict(readFileSync(file));
    assert.equal(cpp.get(file).valid, true, `mgi-validate rejects ${file}:\n${cpp.get(file).output}`);
    assert.equal(schema.valid, true, `the schema rejects ${file}: ${schema.failure ?? schema.errors.join('; ')}`);
  }
});

// Differential check beyond the hand-made files: random edits of a profile, judged by both.
test('both agree on 400 random mutations of a profile', () => {
  let seed = 20231001;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const ids = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being', 'mobility-crises', 'safe-orderly-migration'];
  const values = [null, 0, -1.5, true, false, '', ' ', '\t\n', 'x', 'local', 'national', 'Partnerships', 'health',
    '2023-08', '2023-13', '1900-01', '1899-12', '2023-8', 'en', 'en-GB', 'en_GB', 'e', 'zh-Hant-TW', 'x-2023', 'X-2023',
    'a'.repeat(64), 'a'.repeat(65), 'ă'.repeat(4000), 'ă'.repeat(4001), '\u{1F600}'.repeat(4000),
    '\u{1F600}'.repeat(4001), 'mgi-profile/1', 'mgi-profile/2', [], {}, ['x'], [1], [null], Array(100).fill('f'),
    Array(101).fill('f'), ...ids];
  const base = JSON.parse(readFileSync(path.join(ROOT, 'assets/profiles/balti-2023.json'), 'utf8'));

  // Every place in a document where a value sits, as a path of keys and indices.
  const places = (v, at = []) =>
    v !== null && typeof v === 'object'
      ? [at, ...Object.entries(v).flatMap(([k, item]) => places(item, [...at, Array.isArray(v) ? Number(k) : k]))]
      : [at];
  const parentOf = (doc, at) => at.slice(0, -1).reduce((o, k) => o[k], doc);
  const mutate = (doc) => {
    const at = pick(places(doc).filter((p) => p.length > 0));
    const parent = parentOf(doc, at);
    const key = at.at(-1);
    switch (pick(['set', 'set', 'set', 'delete', 'add-key', 'copy-domain', 'new-domain'])) {
      case 'set': parent[key] = structuredClone(pick(values)); break;
      case 'delete': Array.isArray(parent) ? parent.splice(key, 1) : delete parent[key]; break;
      case 'add-key': if (typeof parent === 'object' && !Array.isArray(parent)) parent[pick(['extra', 'country', 'title', 'partner'])] = structuredClone(pick(values)); break;
      case 'copy-domain': if (Array.isArray(doc.domains) && doc.domains.length) doc.domains.push(structuredClone(pick(doc.domains))); break;
      case 'new-domain': if (Array.isArray(doc.domains)) doc.domains.push({ id: pick(ids), well_developed: [pick(values)] }); break;
    }
  };

  const dir = mkdtempSync(path.join(tmpdir(), 'mgi-schema-'));
  try {
    const files = [];
    for (let i = 0; i < 400; ++i) {
      const doc = structuredClone(base);
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; ++k) mutate(doc);
      const file = path.join(dir, `mutation-${i}.json`);
      writeFileSync(file, JSON.stringify(doc, null, 1));
      files.push(file);
    }
    const cpp = cppVerdicts(files);
    let valid = 0;
    for (const file of files) {
      const schema = schemaVerdict(readFileSync(file));
      valid += schema.valid;
      assert.equal(schema.valid, cpp.get(file).valid,
        `disagree on ${file}: schema ${schema.valid} (${(schema.errors ?? []).join('; ')}), mgi-validate:\n${cpp.get(file).output}\n${readFileSync(file, 'utf8').slice(0, 2000)}`);
    }
    assert.ok(valid > 40 && valid < 360, `a useful mix of valid (${valid}) and invalid mutations`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
