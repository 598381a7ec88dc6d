// The profiles a widget shows: side 0 is the `profile` attribute, side 1 the `compare` attribute.
// Each is fetched as raw bytes and handed to the core, which checks it and says what is wrong; a
// newer request for a side makes an older one's answer go unheard.
//
// `widget`: attr(name), core() (the CoreApi, null before it starts or after it stops) and
// renewReady() (a new load means a new `ready`).
import { FAILURE, LoadFailure, fetchProfile } from './fetch-profile.js';

export class ProfileSides {
  constructor(widget) {
    this.widget = widget;
    this.sides = [{ seq: 0, abort: null, prefetch: null }, { seq: 0, abort: null, prefetch: null }];
  }

  url(side) { return this.widget.attr(side === 0 ? 'profile' : 'compare'); }

  // Starts fetching the profile(s) at once, while the core loads and compiles: on a slow network
  // the downloads overlap instead of following each other.
  prefetch() {
    for (const side of [0, 1]) {
      const url = this.url(side);
      if (!url) continue;
      const request = fetchProfile(url);
      request.bytes.catch(() => {});  // reported when load() takes it
      this.sides[side].prefetch = { url, ...request };
      this.sides[side].abort = request.abort;
    }
  }

  // The downloads started early, to wait for a moment while the core starts (WidgetController.start).
  early() { return this.sides.filter((s) => s.prefetch).map((s) => s.prefetch.bytes.catch(() => {})); }

  async load(side) {
    const url = this.url(side);
    const slot = this.sides[side];
    const seq = ++slot.seq;
    // A download started before the core was ready (prefetch) is used if it is for this URL.
    const early = slot.prefetch && slot.prefetch.url === url ? slot.prefetch : null;
    slot.prefetch = null;
    if (slot.abort && (!early || slot.abort !== early.abort)) slot.abort.abort();
    const core = this.widget.core();
    if (!core) return;
    if (side === 1 && !url) {
      core.stopComparing();
      return;
    }
    this.widget.renewReady();
    if (!url) {
      core.loadFailed(0, '', new LoadFailure(FAILURE.noProfile));
      return;
    }
    core.beginLoading(side, url);
    const request = early || fetchProfile(url);
    slot.abort = request.abort;
    let bytes, failure = null;
    try {
      bytes = await request.bytes;
    } catch (err) {
      failure = err;
    }
    const now = this.widget.core();
    if (seq !== slot.seq || !now) return;
    if (failure) now.loadFailed(side, url, failure);
    else now.loadProfile(side, url, bytes);
  }

  stop() {
    for (const slot of this.sides) if (slot.abort) slot.abort.abort();
  }
}
