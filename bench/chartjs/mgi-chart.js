/*
 * The comparison the benchmark makes (issue 7): the same clickable wheel of the six MiGOF domains
 * with a findings panel, written the way a web team would with Chart.js and its documentation:
 * the UMD build from a <script> tag (what the "Getting Started" page shows), a doughnut chart,
 * `onClick` with the active elements, `chart.update()` after changing the dataset, and a small
 * plugin (the documented plugin hooks) for the labels on the segments. Defaults everywhere else:
 * responsive, animated, device-pixel-ratio aware.
 *
 *   <script src="chart.umd.min.js"></script><script src="mgi-chart.js" defer></script>
 *   <div class="mgi-chart" data-profile="profiles/azerbaijan-2023.json"></div>
 *
 * Domain names, colours and descriptions come from the same framework.json the widget embeds.
 * Each chart element gets `mgiChart = { ready, select(index), selected(), chart }`.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  const frameworkUrl = new URL('framework.json', script.src).href;
  let framework = null;

  function loadFramework() {
    framework = framework || fetch(frameworkUrl).then((r) => r.json());
    return framework;
  }

  function node(tag, text, className) {
    const n = document.createElement(tag);
    if (text !== undefined) n.textContent = text;
    if (className) n.className = className;
    return n;
  }

  // Labels on the segments, as the widget has them: a plugin drawing after the datasets.
  const segmentLabels = {
    id: 'mgiSegmentLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.font = '600 12px system-ui, sans-serif';
      meta.data.forEach((arc, i) => {
        const { x, y } = arc.tooltipPosition();
        const words = chart.data.labels[i].split(' ');
        const lines = words.length > 2 ? [words.slice(0, 2).join(' '), words.slice(2).join(' ')] : [words.join(' ')];
        lines.forEach((line, k) => ctx.fillText(line, x, y + (k - (lines.length - 1) / 2) * 14, 110));
      });
      ctx.restore();
    },
  };

  function renderPanel(panel, profile, fw, index) {
    panel.replaceChildren();
    const level = profile.jurisdiction.level;
    if (index === null) {
      panel.append(node('p', 'Migration Governance Indicators', 'kicker'), node('h2', profile.jurisdiction.name));
      for (const para of profile.introduction.split('\n\n')) panel.append(node('p', para));
      return;
    }
    const domain = fw.domains[index];
    const found = profile.domains.find((d) => d.id === domain.id);
    panel.append(node('p', domain.kind === 'principle' ? 'Principle' : 'Objective', 'kicker'),
      node('h2', found && found.title ? found.title : domain.name.en),
      node('p', domain.description[level].en, 'description'));
    if (!found) { panel.append(node('p', 'No findings published for this domain', 'note')); return; }
    for (const [key, heading] of [['well_developed', 'Well-developed areas'], ['further_development', 'Areas with potential for further development']]) {
      const items = found[key] || [];
      panel.append(node('h3', `${heading} (${items.length})`));
      const list = node('ul');
      for (const text of items) list.append(node('li', text));
      panel.append(list);
    }
  }

  async function mount(host) {
    const canvas = node('canvas');
    const wheel = node('div', undefined, 'mgi-chart-wheel');
    const panel = node('div', undefined, 'mgi-chart-panel');
    panel.setAttribute('aria-live', 'polite');
    wheel.append(canvas);
    host.append(wheel, panel);
    const [fw, profile] = await Promise.all([
      loadFramework(),
      fetch(new URL(host.dataset.profile, document.baseURI)).then((r) => r.json()),
    ]);
    let selected = null;
    let firstDraw;
    const drawn = new Promise((resolve) => { firstDraw = resolve; });
    const chart = new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: fw.domains.map((d) => d.name.en),
        datasets: [{
          data: fw.domains.map(() => 1),
          backgroundColor: fw.domains.map((d) => d.colour),
          borderColor: '#ffffff',
          borderWidth: 2,
          offset: fw.domains.map(() => 0),
        }],
      },
      options: {
        cutout: '38%',
        layout: { padding: 16 },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        onClick(event, elements) { if (elements.length) select(elements[0].index); },
        onHover(event, elements) { event.native.target.style.cursor = elements.length ? 'pointer' : ''; },
      },
      plugins: [segmentLabels, { id: 'mgiFirstDraw', afterDraw: () => firstDraw() }],
    });
    function select(index) {
      selected = index;
      chart.data.datasets[0].offset = fw.domains.map((d, i) => (i === index ? 14 : 0));
      chart.update();
      renderPanel(panel, profile, fw, index);
    }
    renderPanel(panel, profile, fw, null);
    await drawn;
    return { chart, select, selected: () => (selected === null ? null : fw.domains[selected].id) };
  }

  for (const host of document.querySelectorAll('.mgi-chart[data-profile]')) {
    const ready = mount(host);
    host.mgiChart = { ready };
    ready.then((api) => Object.assign(host.mgiChart, api));
  }
})();
