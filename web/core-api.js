// The page's one core as one widget sees it: a method per export of src/platform/exports.cpp,
// taking and returning JavaScript values, so that no other module touches Wasm memory, pointers or
// export names. The exports take (pointer, length) pairs of UTF-8 and return pointers to
// NUL-terminated UTF-8 that the core owns until its next call.
//
// Messages go one way per step (MessageQueue): what the core posts while a call runs is delivered
// after the call has returned, and a command given while a message is being read (a page's
// mgi-select handler that selects again) runs once the messages before it have been read, so a
// reader never finds the core on the stack and every message reaches the page in the order the
// core posted it.
import { DOMAIN_IDS } from './constants.js';
import { LoadFailure } from './fetch-profile.js';

// The page's queue of the core's messages, and of the commands given while one is being read.
export class MessageQueue {
  constructor(hosts) {
    this.hosts = hosts;  // widget id -> { receive(kind, data) }
    this.messages = [];
    this.waiting = [];   // commands given while a message was being read
    this.reading = false;
    this.scheduled = false;
  }
  // From the core (web/core-library.js). A message the core posts outside a command (a click, a
  // frame, a timer: html5.h calls it from the browser's event) is delivered once that call returns.
  post(widget, kind, json) {
    this.messages.push([widget, kind, json]);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => { this.scheduled = false; this.deliver(); });
  }
  // Runs `call` and delivers what it posted. Given while a message is being read, it waits until
  // every message posted so far has been read, and the caller is told `whileReading`.
  command(call, whileReading) {
    if (this.reading) {
      this.waiting.push(call);
      return whileReading;
    }
    const result = call();
    this.deliver();
    return result;
  }
  deliver() {
    if (this.reading) return;  // the loop below, further up the stack, goes on with it
    for (;;) {
      if (this.messages.length) {
        const [widget, kind, json] = this.messages.shift();
        const host = this.hosts.get(widget);
        if (!host) continue;
        this.reading = true;
        try { host.receive(kind, JSON.parse(json)); } catch (err) { console.error('mgi-wheel:', err); } finally { this.reading = false; }
      } else if (this.waiting.length) {
        // Not inside a message: its own commands run, and their messages are read, as it goes.
        try { this.waiting.shift()(); } catch (err) { console.error('mgi-wheel:', err); }
      } else {
        return;
      }
    }
  }
}

export class CoreApi {
  // A new widget of `module`; its host (the widget's receiver of messages, canvas and pictures) is
  // registered under its id before any call can post to it.
  static open(module, host) {
    const id = module._mgi_new_widget();
    module.mgiHosts.set(id, host);
    return new CoreApi(module, id);
  }

  constructor(module, id) {
    this.module = module;
    this.id = id;
    this.queue = module.mgiQueue;
  }

  // ---- Crossing into Wasm memory
  // Calls this widget's export `name` with its id first, then `args`: numbers as they are, strings
  // (as UTF-8) and Uint8Arrays copied into Wasm memory as (pointer, length) pairs, freed after.
  call(name, ...args) {
    const m = this.module, owned = [], flat = [this.id];
    try {
      for (const a of args) {
        if (typeof a === 'number') { flat.push(a); continue; }
        const bytes = a instanceof Uint8Array ? a : null;
        const len = bytes ? bytes.length : m.lengthBytesUTF8(a);
        const ptr = m._malloc(len + 1);
        owned.push(ptr);
        if (bytes) m.HEAPU8.set(bytes, ptr); else m.stringToUTF8(a, ptr, len + 1);
        flat.push(ptr, len);
      }
      return m[`_mgi_${name}`](...flat);
    } finally {
      for (const ptr of owned) m._free(ptr);
    }
  }
  text(ptr) { return this.module.UTF8ToString(ptr); }
  json(ptr) { return JSON.parse(this.text(ptr)); }
  // A call that may post messages: they are delivered when it returns (MessageQueue.command);
  // given while a message is being read, it waits, and the caller is told `whileReading`.
  command(whileReading, name, ...args) {
    return this.queue.command(() => this.call(name, ...args), whileReading);
  }

  // ---- Life cycle
  create(ownLang, pageLang, reducedMotion, hostWidth, dpr) {
    return this.command(0, 'create', ownLang, pageLang, reducedMotion ? 1 : 0, hostWidth, dpr) === 1;
  }
  destroy() {
    this.queue.command(() => { this.call('destroy'); this.module.mgiHosts.delete(this.id); });
  }
  // Runs `work` (which may give commands) once the message being read, and those before it, have
  // been read; at once when none is.
  afterReading(work) { this.queue.command(work); }

  // ---- Commands: they change what the widget shows, and the core's messages say what
  // The element id the widget's deep links name; '' where links are off.
  setLinkTarget(elementId) { this.command(null, 'set_link_target', elementId); }
  setHostSize(width, dpr) { this.command(null, 'set_host_size', width, dpr); }
  beginLoading(side, url) { this.command(null, 'begin_loading', side, url); }
  loadProfile(side, url, bytes) { this.command(null, 'load_profile', side, url, bytes); }
  loadFailed(side, url, failure) {
    const f = LoadFailure.from(failure);
    this.command(null, 'load_failed', side, url, f.kind, f.amount, f.limit, f.statusText);
  }
  stopComparing() { this.command(null, 'stop_comparing'); }
  // False for an id that is not a domain's (the core says so on the console). Given while a message
  // is being read, it is carried out after it, and the answer is the core's rule for ids, on the
  // list the page knows.
  select(id, source) {
    const known = id === null || DOMAIN_IDS.includes(id) ? 1 : 0;
    return this.command(known, 'select', id === null ? '' : String(id), source) === 1;
  }
  activate(target, source) { this.command(null, 'activate', target, source); }
  setLang(ownLang, pageLang) { this.command(null, 'set_lang', ownLang, pageLang); }
  setReducedMotion(reduce) { this.command(null, 'set_reduced_motion', reduce ? 1 : 0); }
  setVisible(visible) { this.command(null, 'set_visible', visible ? 1 : 0); }
  fontsChanged() { this.command(null, 'fonts_changed'); }
  setFocus(target) { this.command(null, 'set_focus', target); }
  // Draws the wheel now, in this task: the widget's canvas then holds it (printing).
  renderNow() { this.command(null, 'render_now'); }
  // The "Download image" picture: the canvas drawn at the picture's scale until pngEnd(), which
  // the caller calls in the same task. Its layout, or null.
  pngBegin() { return this.json(this.call('png_begin')); }
  pngEnd() { this.command(null, 'png_end'); }
  // The search index of the catalogue, read a few profiles at a time: continueSearchIndex answers 0
  // while there is more to read, then 1 (usable) or -1 (not: the core says why on the console).
  beginSearchIndex(url, bytes) { this.command(null, 'search_index_begin', url, bytes); }
  continueSearchIndex(count) { return this.command(0, 'search_index_continue', count); }

  // ---- Queries: they post nothing
  state() { return this.json(this.call('state_json')); }
  layout() { return this.json(this.call('layout_json')); }
  printPanels() { return this.json(this.call('print_panels')) || []; }
  parseLink(fragment) { return this.json(this.call('parse_link', fragment)); }
  formatLink(elementId, domain, key) { return this.text(this.call('format_link', elementId, domain || '', key || '')); }
  exportFindings(kind) { return this.json(this.call('export', kind)); }  // 0 CSV, 1 Markdown: { name, text }
  cite(url, date, side, domain, key) {
    return this.text(this.call('cite', url, date.getFullYear(), date.getMonth() + 1, date.getDate(), side, domain || '', key || ''));
  }
  // The core's words for a failed download: for the console, or (`forPicker`) for the picker.
  describeFailure(url, failure, forPicker = false) {
    const f = LoadFailure.from(failure);
    return this.text(this.call(forPicker ? 'catalogue_failed' : 'describe_failure', url, f.kind, f.amount, f.limit, f.statusText));
  }
  // The catalogue: { profiles, search_index, problem }.
  readCatalogue(url, bytes) { return this.json(this.call('catalogue_read', url, bytes)); }
  // The picker's options for what a reader typed: [{ index, tag }].
  matchCatalogue(query) { return this.json(this.call('catalogue_match', query)); }
  search(query, limit) { return this.json(this.call('search', query, limit)); }
}
