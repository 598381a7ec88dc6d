// Fetching a profile as raw bytes (the core checks the UTF-8 itself: res.text() would hide bad
// bytes), with a timeout and a size limit. A failure is reported as facts (LoadFailure), which the
// core words for the visitor in the interface's language (core/load_failure.hpp).
//
// Widgets of one page that ask for the same URL at the same time share one request: browsers
// queue identical requests behind the first (Chromium's cache lock), so ten widgets of one profile
// would otherwise download it ten times, one after another.
const FETCH_TIMEOUT_MS = 15000;
const MAX_PROFILE_BYTES = 24 * 1024 * 1024;  // the largest valid profile is about 19 MB

// The numbers of core/load_failure.hpp's LoadFailureKind.
export const FAILURE = { http: 0, cutOff: 1, tooLarge: 2, timeout: 3, network: 4, noProfile: 5 };

// `amount`: the HTTP status, the bytes received or the seconds waited; `limit`: the size limit.
export class LoadFailure extends Error {
  constructor(kind, amount = 0, limit = 0, statusText = '') {
    super(`download failed (${Object.keys(FAILURE).find((k) => FAILURE[k] === kind)})`);
    Object.assign(this, { kind, amount, limit, statusText });
  }
  // Anything else thrown on the way to the bytes counts as a network failure.
  static from(err) { return err instanceof LoadFailure ? err : new LoadFailure(FAILURE.network); }
}

// Requests not yet settled, by absolute URL: { controller, bytes, users }.
const inFlight = new Map();

// Returns { abort, bytes }: `abort.abort()` gives up this caller's interest (the download stops
// when no caller is left), and the promise of a Uint8Array, which rejects with a LoadFailure. The
// bytes may be shared with other callers: read them, do not change them.
export function fetchProfile(url) {
  const href = new URL(url, document.baseURI).href;
  let request = inFlight.get(href);
  if (!request) {
    request = download(href);
    inFlight.set(href, request);
    // Settled requests leave at once: "Try again" and a changed file must reach the network.
    request.bytes.catch(() => {}).finally(() => {
      if (inFlight.get(href) === request) inFlight.delete(href);
    });
  }
  request.users += 1;
  let givenUp = false;
  const abort = {
    abort() {
      if (givenUp) return;
      givenUp = true;
      request.users -= 1;
      if (request.users === 0) {
        inFlight.delete(href);
        request.controller.abort();
      }
    },
  };
  return { abort, bytes: request.bytes };
}

function download(href) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  const bytes = (async () => {
    try {
      const res = await fetch(href, { signal: controller.signal, credentials: 'same-origin' });
      if (!res.ok) throw new LoadFailure(FAILURE.http, res.status, 0, res.statusText || '');
      const buffer = await res.arrayBuffer().catch((err) => {
        if (err.name === 'AbortError') throw err;
        throw new LoadFailure(FAILURE.cutOff);
      });
      if (buffer.byteLength > MAX_PROFILE_BYTES) throw new LoadFailure(FAILURE.tooLarge, buffer.byteLength, MAX_PROFILE_BYTES);
      return new Uint8Array(buffer);
    } catch (err) {
      if (err.name === 'AbortError') throw new LoadFailure(FAILURE.timeout, FETCH_TIMEOUT_MS / 1000);
      throw LoadFailure.from(err);  // fetch's TypeError: no answer at all
    } finally {
      clearTimeout(timer);
    }
  })();
  return { controller, bytes, users: 0 };
}
