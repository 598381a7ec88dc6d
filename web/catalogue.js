// The catalogue (`mgi-catalogue/1`, written by mgi-catalogue): the profiles the picker offers and
// the search looks through. Fetched once per URL and shared by both.

// The `picker` attribute's URL, else index.json beside the profile.
export function catalogueUrl(attr) {
  const own = attr('picker');
  if (own) return new URL(own, document.baseURI).href;
  return new URL('index.json', new URL(attr('profile') || '.', document.baseURI)).href;
}

export class Catalogue {
  constructor() { this.reading = null; }
  // The entries, each with its file's absolute `url`. A failed read is forgotten, so the next
  // call tries again.
  read(url) {
    if (this.reading && this.reading.url === url) return this.reading.entries;
    const entries = (async () => {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      const data = await res.json();
      if (!data || data.format !== 'mgi-catalogue/1' || !Array.isArray(data.profiles)) {
        throw new Error(`${url} is not an mgi-catalogue/1 file`);
      }
      return data.profiles
        .filter((p) => p && typeof p.name === 'string' && typeof p.file === 'string')
        .map((p) => ({ ...p, url: new URL(p.file, url).href }));
    })();
    entries.catch(() => { if (this.reading && this.reading.entries === entries) this.reading = null; });
    this.reading = { url, entries };
    return entries;
  }
}
