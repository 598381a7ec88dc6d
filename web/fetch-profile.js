// Fetching a profile as raw bytes (the core checks the UTF-8 itself: res.text() would hide bad
// bytes), with a timeout and a size limit, failing with a message meant for a person.
const FETCH_TIMEOUT_MS = 15000;
const MAX_PROFILE_BYTES = 24 * 1024 * 1024;  // the largest valid profile is about 19 MB

// Returns { abort, bytes }: the AbortController and the promise of a Uint8Array.
export function fetchProfile(url) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  const bytes = (async () => {
    try {
      const res = await fetch(new URL(url, document.baseURI).href, { signal: abort.signal, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''} for ${url}`);
      const buffer = await res.arrayBuffer().catch((err) => {
        if (err.name === 'AbortError') throw err;
        throw new Error(`the download of ${url} was cut off before its end`);
      });
      if (buffer.byteLength > MAX_PROFILE_BYTES) {
        throw new Error(`${url} is ${(buffer.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_PROFILE_BYTES / 1048576} MB limit`);
      }
      return new Uint8Array(buffer);
    } catch (err) {
      if (err.name === 'AbortError') throw new Error(`no answer from ${url} within ${FETCH_TIMEOUT_MS / 1000} s`);
      if (err instanceof TypeError) throw new Error(`could not reach ${url} (network error)`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  })();
  return { abort, bytes };
}
