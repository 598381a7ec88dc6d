// Reads the core's messages (src/core/widget_model.hpp's WidgetHost::Emit: their shapes are
// tests/schemas/KIND.schema.json) and writes them into the widget's DOM and events. A message
// carries all its reader needs: nothing here calls back into the core while a message is being read
// (core-api.js's MessageQueue); what must follow one (reading the URL's fragment once a profile is
// ready) is a command, which waits until the message has been read.
//
// `w`: the WidgetController, whose parts this writes into.
export class MessageReader {
  constructor(w) {
    this.laidOut = false;  // the core has sent its first layout
    this.w = w;
    this.vm = null;  // the panel on show
    this.ui = null;  // the labels of the widget's own controls, from the last "strings"
    this.lastAnnounce = '';
    this.fragmentRead = false;
  }

  receive(kind, data) {
    const w = this.w;
    switch (kind) {
      case 'strings': return this.setStrings(data);
      case 'panel': return this.render(data);
      case 'layout': return this.applyLayout(data);
      case 'select': {
        const { link, ...detail } = data;
        w.links.write(link, detail.domain);
        this.emit('mgi-select', detail);
        return;
      }
      case 'ready': {
        w.fallback.takeOver();
        const first = !this.fragmentRead;
        this.fragmentRead = true;
        // Once this message is read: the fragment and a pending search result may select, which
        // is a command of its own, before `ready` says what is shown.
        w.core.afterReading(() => {
          if (first) w.links.read();
          w.search.opened(data.profile);
          w.ready.resolve(w.host);
          this.emit('mgi-ready', w.state());
        });
        return;
      }
      case 'error': return this.raiseError(data);
      case 'warning':
        console.warn(`mgi-wheel: ${data.url ? `${data.url}:\n  ` : ''}` + data.messages.join('\n  '));
        return;
    }
  }

  emit(type, detail) {
    this.w.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  raiseError(data) {
    const w = this.w;
    w.fallback.takeOver();  // the widget's panel says what went wrong
    const where = data.url && !data.message.includes(data.url) ? `${data.url}: ` : '';
    console.error(`mgi-wheel: ${where}${data.message}` + (data.details && data.details.length > 1 ? '\n  ' + data.details.join('\n  ') : ''));
    w.ready.reject(new Error(data.message));
    this.emit('mgi-error', { message: data.message, url: data.url, side: data.side === 1 ? 'compare' : 'profile' });
  }

  // Comes before the panel it applies to (at start and on a change of language only).
  setStrings(ui) {
    this.ui = ui;
    this.w.picker.setStrings(ui);
    this.w.search.setStrings(ui);
  }

  render(vm) {
    const w = this.w;
    this.vm = vm;
    w.links.linkable = !!vm.linkable;
    if (vm.domain) w.printAll.replaceChildren();  // printed all domains only with none selected
    w.picker.sync();  // a panel comes with every change of the profiles shown: the inputs follow
    w.twin.render(vm);
    if (vm.twin) w.owner.textContent = vm.twin.label;
    if (vm.announce && vm.announce !== this.lastAnnounce) w.live.textContent = vm.announce;
    this.lastAnnounce = vm.announce;
    w.view.render(vm);
  }

  say(text) {
    this.w.live.textContent = text;
    this.lastAnnounce = text;
  }

  // `fromCore`: false for the plan before the core's first (layout-before-core.js).
  applyLayout(plan, fromCore = true) {
    const w = this.w;
    if (fromCore) this.laidOut = true;
    w.frame.dataset.layout = plan.compare ? (plan.wide ? 'compare' : 'compare-narrow') : plan.wide ? 'wide' : 'narrow';
    w.canvas.style.width = `${plan.canvas_width}px`;
    w.canvas.style.height = `${plan.canvas_height}px`;
    w.frame.style.setProperty('--mgi-wheel-height', `${plan.canvas_height}px`);
    w.printImage.style.width = `${plan.canvas_width}px`;
    w.fallback.update(plan.canvas_height);
  }
}
