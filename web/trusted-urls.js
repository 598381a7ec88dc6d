// Trusted Types: where a page sends `require-trusted-types-for 'script'`, a script element's src
// takes only a TrustedScriptURL, made by a named policy. The loader sets one src, the core's glue at
// a URL it computed itself (core-loader.js), so its policy passes URLs on; it stays in this module,
// and no other code can reach it. A page that also lists allowed policies (`trusted-types …`) must
// name "mgi-wheel"; one that does not gets a widget that says why it could not load.
const PASS = { createScriptURL: (url) => url };
let policy = null;
let refusal = null;  // why the page refused the policy, when it did

export function scriptUrlPolicy() {
  if (policy) return policy;
  if (!window.trustedTypes || !window.trustedTypes.createPolicy) return (policy = PASS);
  try {
    policy = window.trustedTypes.createPolicy('mgi-wheel', PASS);
  } catch (err) {
    refusal = `the page's Content-Security-Policy allows no Trusted Types policy named "mgi-wheel" (${err.message}): add "mgi-wheel" to its trusted-types directive`;
    console.warn(`mgi-wheel: ${refusal}`);
    policy = PASS;
  }
  return policy;
}

// The Error for a script URL the page refused (`err`, the browser's own), saying what to change.
export function refusedScriptUrl(url, err) {
  const why = refusal || `the page's Trusted Types refused it (${err.message})`;
  return Object.assign(new Error(`could not load ${url}: ${why}`), { url });
}
