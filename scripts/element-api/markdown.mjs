// The README's tables of the element's attributes and custom properties, from its description.
export function attributesTable(api) {
  return ['| attribute | meaning |', '|---|---|', ...api.attributes.map((a) => `| \`${a.name}\` | ${a.description} |`)].join('\n');
}

export function cssPropertiesTable(api) {
  return ['| property | default | what |', '|---|---|---|',
    ...api.cssProperties.map((p) => `| \`${p.name}\` | ${p.default} | ${p.description} |`)].join('\n');
}

// Members, events and parts, one line each: the package README's reference.
export function referenceList(api) {
  return [
    ...api.properties.map((p) => `- \`${p.name}\` (property): ${p.description}`),
    ...api.methods.map((m) => `- \`${m.name}(${m.parameters.map((p) => p.name).join(', ')})\`: ${m.description}`),
    ...api.moduleExports.map((m) => `- \`${m.name}(${m.parameters.map((p) => p.name).join(', ')})\` (function): ${m.description}`),
    ...api.events.map((e) => `- \`${e.name}\` (event, \`detail: ${e.detail}\`): ${e.description}`),
    ...api.cssParts.map((p) => `- \`::part(${p.name})\`: ${p.description}`),
  ].join('\n');
}
