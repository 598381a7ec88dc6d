// The catalogue (`mgi-catalogue/1`, written by mgi-catalogue): the profiles the picker offers and
// the search opens, and the search index (all their findings in one file) that the search loads.
// Fetched once per URL and shared by both; the core checks it, and words what went wrong
// (core/catalogue_list.hpp).
import { fetchProfile } from './fetch-profile.js';

// The `picker` attribute's URL, else index.json beside the profile.
export function catalogueUrl(attr) {
  const own = attr('picker');
  if (own) return new URL(own, document.baseURI).href;
  return new URL('index.json', new URL(attr('profile') || '.', document.baseURI)).href;
}

export class Catalogue {
  // `core`: read(url, bytes) -> { profiles, problem } (null without a core) and failed(url, err) ->
  // the message for a download that failed.
  constructor(core) {
    this.core = core;
    this.reading = null;
    this.searchIndexes = new Map();  // catalogue URL -> its search index's absolute URL, or null
  }
  // The entries, each with its file's absolute `url`; rejects with a message for a person. A failed
  // read is forgotten, so the next call tries again.
  read(url) {
    if (this.reading && this.reading.url === url) return this.reading.entries;
    const entries = (async () => {
      let bytes;
      try {
        bytes = await fetchProfile(url).bytes;
      } catch (err) {
        throw new Error(this.core.failed(url, err));
      }
      const list = this.core.read(url, bytes);
      if (!list) throw new Error('the widget core is not running');
      if (list.problem) throw new Error(list.problem);
      this.searchIndexes.set(url, list.search_index ? new URL(list.search_index, url).href : null);
      return list.profiles.map((p) => ({ ...p, url: new URL(p.file, url).href }));
    })();
    entries.catch(() => { if (this.reading && this.reading.entries === entries) this.reading = null; });
    this.reading = { url, entries };
    return entries;
  }
  // The search index the catalogue names (mgi-search-index/1), as an absolute URL, or null.
  async searchIndex(url) {
    await this.read(url);
    return this.searchIndexes.get(url) || null;
  }
}
