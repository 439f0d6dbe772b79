/**
 * The HTML renderers, loaded on demand. The build turns this one import into a require of
 * dist/html.cjs (scripts/build.mjs): the charts and stylesheet never weigh on the start-up of the
 * terminal, JSON, CSV and Markdown formats.
 */
export const loadHtml = () => import('./html/index.js');
