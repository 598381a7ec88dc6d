// The search index's JSON Schema (assets/mgi-search-index.schema.json, run by ajv) against the
// files mgi-catalogue writes and the core's own checks (src/core/search_index_file.cpp, unit-tested
// in tests/unit/test_search_index_file.cpp): the shipped index is accepted, and each kind of bad
// file the core refuses is refused by the schema too (but an id given twice, which only the core sees).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const valid = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'assets/mgi-search-index.schema.json'), 'utf8')));
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'assets/profiles/search-index.json'), 'utf8'));

test('the shipped search index is valid, and names the shipped catalogue\'s profiles in its order', () => {
  assert.equal(valid(shipped), true, JSON.stringify(valid.errors));
  const catalogue = JSON.parse(readFileSync(path.join(ROOT, 'assets/profiles/index.json'), 'utf8'));
  assert.equal(catalogue.search_index, 'search-index.json');
  assert.deepEqual(shipped.profiles.map((p) => p.id), catalogue.profiles.map((p) => p.id));
});

test('the kinds of bad file the core refuses, the schema refuses', () => {
  const entry = shipped.profiles[0];
  const bad = {
    'another format': { ...shipped, format: 'mgi-catalogue/1' },
    'no profiles': { format: shipped.format },
    'a bad id': { ...shipped, profiles: [{ ...entry, id: 'Balti' }] },
    'no name': { ...shipped, profiles: [{ id: entry.id, domains: entry.domains }] },
    'an unknown domain': { ...shipped, profiles: [{ ...entry, domains: { health: {} } }] },
    'a finding that is not text': { ...shipped, profiles: [{ ...entry, domains: { partnerships: { well_developed: ['a', 2] } } }] },
    'a text over 4,000 characters': { ...shipped, profiles: [{ ...entry, domains: { partnerships: { well_developed: ['a'.repeat(4001)] } } }] },
    'a list over 100 findings': { ...shipped, profiles: [{ ...entry, domains: { partnerships: { further_development: Array(101).fill('a') } } }] },
  };
  for (const [what, doc] of Object.entries(bad)) assert.equal(valid(doc), false, what);
});
