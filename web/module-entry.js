/*
 * The ES module entry (mgi-wheel.mjs, and mgi-wheel.one.mjs with the core inside), for apps that
 * bundle their scripts:
 *
 *   import 'mgi-wheel';                       // registers <mgi-wheel>
 *   import { setBasePath } from 'mgi-wheel';  // optional: the core's two files from elsewhere
 *
 * It registers the element as the classic script does (mgi-wheel.js), and finds the core where the
 * bundler copied it (`new URL(…, import.meta.url)`, scripts/bundle-loader.mjs).
 */
import './mgi-wheel.js';

export { setBasePath } from './core-loader.js';
