// Reads assets/element-api.json, the one description of the element's public interface.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../release-files.mjs';

export const API_FILE = path.join(ROOT, 'assets/element-api.json');

export function loadApi() {
  return JSON.parse(readFileSync(API_FILE, 'utf8'));
}
