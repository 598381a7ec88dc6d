// Search (`search` attribute): finds words in the loaded profile(s) and, with `picker`, in the
// whole catalogue through its search index: one file of every profile's findings
// (mgi-search-index/1, named by the catalogue), fetched once; no profile is fetched until a result
// from it is opened. The core folds accents and case and marks the matches; this only fetches the
// files and writes the results as text and <mark>.
//
// `widget` is all the search may ask of its widget:
//   attr(name)                   the element's attributes
//   catalogueUrl()               the catalogue to search, or null (no picker: the loaded profiles only)
//   readCatalogue(url)           its entries, with absolute urls
//   searchIndexUrl(url)          the absolute URL of the search index it names, or null
//   fetchProfile(url)            { bytes } (a promise of a Uint8Array; rejects with a LoadFailure)
//   describeFailure(url, err)    the core's words for that failure
//   beginIndex(url, bytes)       gives the core the search index to read (false without a core)
//   continueIndex(count)         reads about `count` more of its profiles: 0 more to come, 1 usable,
//                                -1 unusable (the core says why on the console), null without a core
//   query(text, limit)           the core's results, or null without a core
//   state()                      SPEC's state()
//   reveal(side, domain, key)    shows a finding of a profile on show, highlighted
//   openProfile(url, source)     shows another profile (as the `profile` attribute) and raises mgi-change
import { el } from './dom.js';

const MAX_HITS = 50;
const INDEX_SLICE_MS = 12;       // one task's share of reading the search index
const INDEX_SLICE_PROFILES = 4;  // how many profiles the core reads between looks at the clock

// A new task, soon: a message to oneself is not held back the way nested timeouts are (4 ms each).
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

export class Search {
  constructor(widget) {
    this.widget = widget;
    this.root = el('div', { class: 'search', role: 'search' });
    this.root.hidden = true;
    this.ui = null;
    this.indexed = null;  // the catalogue URL whose search index is (being) given to the core
    this.indexing = null; // the promise of that
    this.loaded = false;  // that promise has settled
    this.unavailable = false;  // the catalogue or its search index could not be used
    this.pending = null;  // a result in a profile being loaded: opened once it is ready
    this.urls = null;     // profile id -> URL, from the catalogue
    this.seq = 0;
  }
  enabled() { return this.widget.attr('search') !== null; }
  setStrings(ui) {
    if (!ui || JSON.stringify(ui) === JSON.stringify(this.ui)) return;
    this.ui = ui;
    this.refresh();
  }
  refresh() {
    if (!this.enabled() || !this.ui) { this.root.hidden = true; this.root.replaceChildren(); return; }
    this.root.hidden = false;
    const all = this.widget.attr('picker') !== null;
    const query = this.input ? this.input.value : '';
    this.input = el('input', { id: 'mgi-search', type: 'search', autocomplete: 'off', placeholder: this.ui.search_placeholder,
      'aria-controls': 'mgi-search-results', 'aria-describedby': 'mgi-search-summary' });
    this.input.value = query;
    this.summary = el('p', { id: 'mgi-search-summary', class: 'summary', 'aria-live': 'polite' });
    this.list = el('ul', { id: 'mgi-search-results' });
    this.input.addEventListener('input', () => this.run());
    // A reader who focuses the box is about to search: the index starts loading before the first key.
    this.input.addEventListener('focus', () => { if (this.widget.catalogueUrl()) this.indexCatalogue(); });
    this.root.replaceChildren(el('label', { for: 'mgi-search' }, all ? this.ui.search_label_all : this.ui.search_label),
      this.input, this.summary, this.list);
    if (query) this.run();
  }
  // Gives the core the catalogue's search index, once per catalogue URL; later calls wait for the same.
  indexCatalogue() {
    const url = this.widget.catalogueUrl();
    if (this.indexed === url) return this.indexing;
    this.indexed = url;
    this.unavailable = false;
    this.loaded = false;
    this.indexing = (async () => {
      const unusable = (message) => {
        console.warn(`mgi-wheel: ${message}; only the profiles shown are searched`);
        this.unavailable = true;
      };
      try {
        const entries = await this.widget.readCatalogue(url);
        this.urls = new Map(entries.map((p) => [p.id, p.url]));
        const indexUrl = await this.widget.searchIndexUrl(url);
        if (!indexUrl) return unusable(`${url} names no search index ("search_index", written by mgi-catalogue)`);
        let bytes;
        try {
          bytes = await this.widget.fetchProfile(indexUrl).bytes;
        } catch (err) {
          return unusable(this.widget.describeFailure(indexUrl, err));
        }
        if (await this.readIndex(indexUrl, bytes) === false) this.unavailable = true;
      } catch (err) {
        console.error(`mgi-wheel: ${err.message}`);  // worded by the core
        this.unavailable = true;
      } finally {
        this.loaded = true;
      }
    })();
    return this.indexing;
  }
  // The core reads the index a few profiles at a time, in tasks of about INDEX_SLICE_MS, so that a
  // large one (11 MB for 1,000 profiles) does not hold the page up: between them the browser
  // answers keys and clicks and draws. Resolves to whether the index is usable (the core names
  // what is wrong in the console), or null when the widget went away meanwhile.
  async readIndex(url, bytes) {
    if (!this.widget.beginIndex(url, bytes)) return null;
    for (;;) {
      const until = performance.now() + INDEX_SLICE_MS;
      let read;
      do read = this.widget.continueIndex(INDEX_SLICE_PROFILES); while (read === 0 && performance.now() < until);
      if (read !== 0) return read === null ? null : read === 1;
      await nextTask();
    }
  }
  async run() {
    const query = this.input.value;
    const seq = ++this.seq;
    if (query.trim() && this.widget.catalogueUrl()) {
      const indexing = this.indexCatalogue();
      if (!this.loaded) this.summary.textContent = this.ui.search_loading;
      await indexing;
    }
    if (seq !== this.seq) return;
    const out = this.widget.query(query, MAX_HITS);
    if (!out) return;
    const note = this.unavailable && query.trim() && this.widget.catalogueUrl() ? ` ${this.ui.search_index_unavailable}` : '';
    this.summary.textContent = out.summary + note;
    this.list.replaceChildren(...out.hits.map((hit) => {
      const b = el('button', { type: 'button', class: 'hit', 'data-profile': hit.profile, 'data-domain': hit.domain, 'data-key': hit.key });
      const where = el('span', { class: 'where' });
      for (const [text, marked] of hit.jurisdiction_parts) where.append(marked ? el('mark', null, text) : text);
      where.append(` · ${hit.domain_name} · ${hit.list_name}`);
      const text = el('span', { class: 'text' });
      for (const [part, marked] of hit.parts) text.append(marked ? el('mark', null, part) : part);
      b.append(where, text);
      b.addEventListener('click', () => this.open(hit));
      const li = el('li');
      li.append(b);
      return li;
    }));
  }
  // Opens a result: its domain in the profile that holds it, the finding highlighted.
  open(hit) {
    const s = this.widget.state();
    const side = s.profile === hit.profile ? 0 : s.compare === hit.profile ? 1 : -1;
    if (side >= 0) return this.widget.reveal(side, hit.domain, hit.key);
    const url = this.urls && this.urls.get(hit.profile);
    if (!url) return;
    this.pending = hit;
    this.widget.openProfile(url, 'search');
  }
  // Called when a profile is ready (`profile`: its id): finishes opening a result from another profile.
  opened(profile) {
    const hit = this.pending;
    if (!hit || profile !== hit.profile) return;
    this.pending = null;
    this.open(hit);
  }
}
