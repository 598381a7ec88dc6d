// `ready`: one promise per load, made before the element is even in the page, so that a page can
// await it as soon as it has the element. Asking for it (the element's `ready` getter: want())
// starts a widget that was waiting to come near the viewport; `onWant` is the widget's start.
export class ReadySignal {
  constructor() { this.settled = true; this.wanted = false; this.onWant = null; this.renew(); }
  want() {
    this.wanted = true;
    if (this.onWant) this.onWant();
    return this.promise;
  }
  renew() {
    if (!this.settled) return;  // the current load has not finished: keep its promise
    this.settled = false;
    this.promise = new Promise((resolve, reject) => { this.resolveFn = resolve; this.rejectFn = reject; });
    this.promise.catch(() => {});  // mgi-error reports it; an unawaited ready must not be "uncaught"
  }
  resolve(value) { if (!this.settled) { this.settled = true; this.resolveFn(value); } }
  reject(err) { if (!this.settled) { this.settled = true; this.rejectFn(err); } }
}
