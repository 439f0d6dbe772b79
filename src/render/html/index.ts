/**
 * `--format html` for every command. Built as a bundle of its own (dist/html.cjs) and loaded only
 * when asked for (see ../html-lazy.ts), so the other formats start without it.
 */
export { reportHtml, type HtmlContext } from './report.js';
export { planHtml } from './plan.js';
export { checkHtml, type CheckInputs } from './check.js';
export { trackHtml } from './track.js';
export { checkPlanHtml } from './check-plan.js';
export { backtestHtml } from './backtest.js';
