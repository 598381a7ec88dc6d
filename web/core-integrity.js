// Subresource Integrity for the core's files: the browser checks each against the SHA-384 digest
// the build wrote into the loader, and refuses a changed byte. A refusal reaches a page's script
// as a bare network error, so on any failure the file is fetched once more, unchecked, and its
// digest compared, to tell "integrity" from "network" in the message a widget shows.

// Resolves to the response of `url` whose body matched `integrity` (the browser has read and
// checked it all before it resolves; compileStreaming then compiles from memory). Rejects with an
// Error naming the URL (and, when it is the digest, the word "integrity").
export function fetchVerified(url, integrity) {
  return fetch(url, { credentials: 'same-origin', integrity }).then((res) => {
    if (!res.ok) throw failure(`could not load ${url} (HTTP ${res.status})`, url);
    return res;
  }, () => integrityFailure(url, integrity).then((err) => { throw err; }));
}

// Resolves to the Error that explains why `url` did not load through its integrity check.
export async function integrityFailure(url, integrity) {
  const expected = integrity.replace(/^sha384-/, '');
  let actual = null;
  try {
    const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) return failure(`could not load ${url} (HTTP ${res.status})`, url);
    // A single-page app's server (Vite's dev server among them) answers a missing file with its page.
    if ((res.headers.get('Content-Type') || '').startsWith('text/html')) {
      return failure(`could not load ${url}: the server answered with an HTML page, not the file (is it missing there, behind a fallback page?)`, url);
    }
    // crypto.subtle exists in secure contexts only (https, localhost).
    if (window.crypto && crypto.subtle) actual = sha384Base64(await crypto.subtle.digest('SHA-384', await res.arrayBuffer()));
  } catch (e) {
    return failure(`could not load ${url} (network error)`, url);
  }
  if (actual === expected) return failure(`could not load ${url} (network error)`, url);
  const got = actual ? `its SHA-384 is sha384-${actual}` : 'the browser refused it';
  return failure(`integrity check failed for ${url}: expected sha384-${expected}, but ${got}. `
    + 'The file differs from the one this mgi-wheel.js was built with: serve the files of one build together.', url);
}

function sha384Base64(buffer) {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function failure(message, url) {
  return Object.assign(new Error(message), { url });
}
