/*
 * mgi-wheel.js: the one file a page includes to show IOM Migration Governance Indicators profiles.
 *
 *   <script src="mgi-wheel.js" defer></script>
 *   <mgi-wheel profile="profiles/azerbaijan-2023.json"></mgi-wheel>
 *
 * What the loader does, and all it does: it loads the Wasm core (mgi-wheel-core-VERSION.js/.wasm,
 * found next to this script, checked against the SHA-384 digests the build wrote in), gives each
 * widget its own instance and canvas inside an open shadow root, fetches profile files, wires DOM
 * events, and writes the view models the core computes into the DOM with textContent. The C++
 * core owns all state and decides what is shown.
 * The contract (attributes, methods, events) is SPEC section 3, documented in README.md.
 *
 * This is the entry of the ES modules in this folder; scripts/build.sh bundles them into one
 * classic script (an IIFE), which is what pages include.
 */
import { defineWidgets } from './element.js';

// A page (or a CMS template and a widget snippet) may include the script twice.
if (!(window.customElements && customElements.get('mgi-wheel'))) defineWidgets();
