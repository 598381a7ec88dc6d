// Reader tools (issue 8): Copy link and Cite on each finding; a toolbar to cite the profile and to
// take the wheel away as a PNG and the findings as CSV or Markdown. The core writes the
// citations, exports and file names in the widget's language; this puts them on the clipboard or
// in a download.
//
// `widget`: canvas (which holds the wheel's last frame), core() (the CoreApi), vm() (the view model
// on show), ui() (the interface strings the core sent last), links (a DeepLink) and say(text) (the
// polite live region).
import { el } from './dom.js';
import { wheelPng } from './png-export.js';

export class ReaderTools {
  constructor(widget) { this.widget = widget; }

  findingItem(text, key, side) {
    const w = this.widget;
    const ui = w.ui();
    const li = el('li', { 'data-key': key, 'data-side': String(side), tabindex: '-1' });
    li.append(el('span', { class: 'finding' }, text));
    const tools = el('span', { class: 'finding-tools' });
    if (w.links.linkable) {
      const link = el('button', { type: 'button', class: 'copy-link', 'aria-label': ui.tools_copy_link_label }, ui.tools_copy_link);
      link.addEventListener('click', () => this.copy(w.links.findingUrl(w.vm().domain, key), ui.tools_copied_link));
      tools.append(link);
    }
    const cite = el('button', { type: 'button', class: 'cite', 'aria-label': ui.tools_cite_label }, ui.tools_cite);
    cite.addEventListener('click', () => this.copy(this.citation(side, w.vm().domain, key), ui.tools_copied_citation));
    tools.append(cite);
    li.append(' ', tools);
    return li;
  }

  toolbar() {
    const ui = this.widget.ui();
    const bar = el('div', { class: 'toolbar', role: 'group', 'aria-label': ui.tools_group });
    const button = (cls, label, fn) => {
      const b = el('button', { type: 'button', class: cls }, label);
      b.addEventListener('click', fn);
      bar.append(b);
    };
    button('cite-profile', ui.tools_cite_profile, () => this.copy(this.citation(0, '', ''), ui.tools_copied_citation));
    button('download-png', ui.tools_png, () => this.downloadPng());
    button('download-csv', ui.tools_csv, () => this.downloadText(0, 'text/csv'));
    button('download-md', ui.tools_markdown, () => this.downloadText(1, 'text/markdown'));
    return bar;
  }

  // A finding's citation links to the finding where links are on, else to the page.
  citation(side, domain, key) {
    const w = this.widget;
    const url = domain && w.links.linkable ? w.links.findingUrl(domain, key) : w.links.pageUrl();
    return w.core().cite(url, new Date(), side, domain, key);
  }

  async copy(text, done) {
    try {
      await navigator.clipboard.writeText(text);
      this.widget.say(done);
    } catch (err) {
      // No clipboard (permissions, an insecure page): say so, and give the text to copy by hand.
      console.warn(`mgi-wheel: could not copy to the clipboard (${err && err.message}): ${text}`);
      this.widget.say(this.widget.ui().tools_copy_failed.replace('{text}', text));
    }
  }

  download(name, blob) {
    const a = el('a', { href: URL.createObjectURL(blob), download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  downloadText(kind, type) {
    const out = this.widget.core().exportFindings(kind);
    if (!out || !out.text) return;
    this.download(out.name, new Blob([out.text], { type: `${type};charset=utf-8` }));
  }

  async downloadPng() {
    const w = this.widget;
    const png = w.core() && await wheelPng(w.core(), w.canvas);
    if (png) this.download(png.name, png.blob);
  }
}
