// custom-elements.json (Custom Elements Manifest, schema 2.1) from the element's description: what
// editors, linters and documentation tools read to know <mgi-wheel>'s attributes, members, events,
// parts and custom properties.
const typeOf = (text) => ({ text });

export function customElementsManifest(api, { modulePath = 'mgi-wheel.js', version }) {
  const members = [
    ...api.properties.map((p) => ({
      kind: 'field', name: p.name, type: typeOf(p.type), readonly: !!p.readonly, description: p.description,
    })),
    ...api.methods.map((m) => ({
      kind: 'method', name: m.name, description: m.description,
      parameters: m.parameters.map((p) => ({ name: p.name, type: typeOf(p.type) })),
      return: { type: typeOf(m.return) },
    })),
  ];
  const declaration = {
    kind: 'class',
    name: api.className,
    tagName: api.tagName,
    customElement: true,
    summary: api.summary,
    description: `${api.summary} Also mounted on \`<div data-${api.tagName}>\`, with every attribute \`data-\` prefixed. Package version ${version}.`,
    superclass: { name: 'HTMLElement', package: 'global:' },
    // Attribute types spelt out: tools offer an attribute's values from its type's text.
    attributes: api.attributes.map((a) => ({
      name: a.name, type: typeOf(expand(api, a.type)), description: a.description, ...(a.default ? { default: a.default } : {}),
    })),
    members,
    events: api.events.map((e) => ({
      name: e.name, type: typeOf(`CustomEvent<${e.detail}>`), description: `${e.description} \`detail\`: \`${expand(api, e.detail)}\`.`,
    })),
    cssParts: api.cssParts.map((p) => ({ name: p.name, description: p.description })),
    cssProperties: api.cssProperties.map((p) => ({ name: p.name, default: p.default.replace(/`/g, ''), description: p.description })),
  };
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: modulePath,
      declarations: [declaration],
      exports: [{ kind: 'custom-element-definition', name: api.tagName, declaration: { name: api.className, module: modulePath } }],
    }],
  };
}

// A type's structure, for descriptions (tools that show an event's detail do not follow names).
function expand(api, name) {
  const t = api.types.find((x) => x.name === name);
  return t ? t.type : name;
}
