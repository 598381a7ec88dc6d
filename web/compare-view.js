// The comparison's panel: the common heading, then either the overview table (the chart's
// accessible twin) or the two profiles' findings in aligned columns. The columns are one grid
// filled row by row, side 0 then side 1, so that twin headings share a row and line up however
// long the lists above them are.
import { el } from './dom.js';

// `parts` as for PanelView: findingItem(text, key, side), retry(label, side).
export function renderCompare(p, vm, parts) {
  const c = vm.compare;
  if (vm.kicker) p.append(el('p', { class: 'kicker' }, vm.kicker));
  p.append(el('h2', { id: 'mgi-heading' }, vm.heading));
  p.setAttribute('aria-labelledby', 'mgi-heading mgi-owner');
  if (vm.colour) p.style.setProperty('--mgi-domain-colour', vm.colour);
  for (const para of vm.description) p.append(el('p', { class: 'description' }, para));
  if (c.levels_note) p.append(el('p', { class: 'note levels' }, c.levels_note));
  const grid = el('div', { class: 'compare-grid' });
  const cell = (side, node) => { node.classList.add(`side-${side}`); grid.append(node); return node; };
  const sides = c.sides;
  for (const s of sides) {
    const head = el('p', { class: 'side-head', 'data-side': String(s.side) });
    head.append(el('span', { class: `marker ${s.marker}`, 'aria-hidden': 'true' }), el('span', { class: 'name' }, s.name));
    if (s.level) head.append(el('span', { class: 'level' }, `${s.level} · ${s.year}`));
    cell(s.side, head);
  }
  const errorCell = (s) => {
    const box = el('div', { class: 'error', role: 'alert', 'data-side': String(s.side) });
    box.append(el('p', { class: 'message' }, s.error.message));
    if (s.error.note) box.append(el('p', { class: 'note' }, s.error.note));
    const retry = parts.retry(s.error.retry, s.side);
    if (retry) box.append(retry);
    return box;
  };
  if (c.overview) {
    for (const s of sides) cell(s.side, s.state === 'error' ? errorCell(s) : el('div'));
    p.append(grid);
    p.append(el('p', { class: 'not-ranking' }, c.not_ranking));
    p.append(overviewTable(c, sides));
    p.append(el('p', { class: 'note' }, c.hint));
    return;
  }
  if (sides.some((s) => s.description)) {
    for (const s of sides) cell(s.side, el('p', { class: 'description' }, s.description));
  }
  for (let i = 0; i < 2; i++) {
    for (const s of sides) {
      if (s.state === 'error') { if (i === 0) cell(s.side, errorCell(s)); else cell(s.side, el('div')); continue; }
      const list = s.lists[i];
      if (!list) { cell(s.side, el('p', { class: 'note' }, i === 0 ? s.note : '')); continue; }
      const h = el('h3', { 'data-side': String(s.side) }, list.heading + ' ');
      h.append(el('span', { class: 'count' }, `(${list.count})`));
      const box = el('div', { 'data-side': String(s.side), 'data-list': list.id });
      box.append(h);
      if (list.items.length === 0) box.append(el('p', { class: 'note' }, list.empty));
      else {
        const ul = el('ul', { lang: s.lang, 'data-list': list.id });
        list.items.forEach((item, k) => ul.append(parts.findingItem(item, list.keys[k], s.side)));
        box.append(ul);
      }
      cell(s.side, box);
    }
  }
  p.append(grid);
}

function overviewTable(c, sides) {
  const table = el('table', { class: 'overview' });
  table.append(el('caption', null, c.table_caption));
  const thead = el('thead');
  const top = el('tr');
  top.append(el('td'));
  for (const s of sides) top.append(el('th', { scope: 'colgroup', colspan: '2' }, s.name));
  const second = el('tr');
  second.append(el('td'));
  for (let k = 0; k < sides.length; k++) for (const col of c.columns) second.append(el('th', { scope: 'col' }, col));
  thead.append(top, second);
  const tbody = el('tbody');
  for (const row of c.overview.rows) {
    const tr = el('tr', { 'data-domain': row.domain });
    tr.append(el('th', { scope: 'row' }, row.name));
    for (const counts of row.counts) {
      for (let l = 0; l < 2; l++) tr.append(el('td', null, counts ? String(counts[l]) : '—'));
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}
