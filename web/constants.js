// Shared by several modules, and fixed by SPEC section 1 (domains) and the core's exports
// (source numbers, which the core passes back in mgi-select's `source`).
export const DOMAIN_IDS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being',
  'mobility-crises', 'safe-orderly-migration'];
export const LANGS = ['en', 'fr', 'es'];
export const SOURCES = { pointer: 0, keyboard: 1, api: 2 };
