// The parts of README.md the build writes: the element's attribute and custom-property tables
// (from assets/element-api.json) and the script tag pinned with the loader's integrity (from
// build/web/embed.json). Each sits between "<!-- begin NAME ... -->" and "<!-- end NAME -->".
import { attributesTable, cssPropertiesTable } from './element-api/markdown.mjs';

export function readmeBlocks(api, embed) {
  const { src, integrity, crossorigin } = embed.script;
  return {
    'attributes': attributesTable(api),
    'css-properties': cssPropertiesTable(api),
    'pinned-script': ['```html',
      `<script src="${src}" integrity="${integrity}" crossorigin="${crossorigin}" defer></script>`,
      '```'].join('\n'),
  };
}

// README text with each block's content replaced; throws when a block's markers are missing.
export function withBlocks(readme, blocks) {
  let text = readme;
  for (const [name, content] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- begin ${name}\\b[^>]*-->\\n)[\\s\\S]*?(<!-- end ${name} -->)`);
    if (!re.test(text)) throw new Error(`README.md: no "<!-- begin ${name} ... -->" ... "<!-- end ${name} -->" block`);
    text = text.replace(re, (_, begin, end) => `${begin}${content}\n${end}`);
  }
  return text;
}
