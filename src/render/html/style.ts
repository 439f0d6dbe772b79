/**
 * The page's one stylesheet. Colours are Okabe–Ito (told apart with any colour vision), and every
 * colour has a second carrier (a symbol, a dash, a word). Dark mode follows the reader's system;
 * print is always light, A4, and keeps each chart and table row in one piece.
 */
export const STYLE = `
:root{color-scheme:light dark;
--bg:#fff;--fg:#1b1f24;--muted:#59626d;--grid:#e4e7eb;--axis:#9aa2ab;--panel:#f4f6f8;--border:#d6dbe1;
--bar:#0072b2;--accent:#e69f00;--line:#0072b2;--band:rgba(0,114,178,.16);--maturing:rgba(230,159,0,.14);
--better:#0072b2;--worse:#d55e00;--same:#7b8590;--ref:#1b1f24;--fail:#d55e00;--pass:#009e73;--note:#e69f00}
@media (prefers-color-scheme:dark){:root{
--bg:#15171b;--fg:#e7e9ec;--muted:#a1a9b3;--grid:#2b3037;--axis:#68717c;--panel:#1d2025;--border:#353b43;
--bar:#56b4e9;--accent:#e69f00;--line:#56b4e9;--band:rgba(86,180,233,.22);--maturing:rgba(230,159,0,.16);
--better:#56b4e9;--worse:#ff8f5a;--same:#8d96a0;--ref:#e7e9ec;--fail:#ff8f5a;--pass:#2fc79b;--note:#e69f00}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0 auto;max-width:60rem;padding:1.5rem 1.25rem 3rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-variant-numeric:tabular-nums}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--border)}
h3{font-size:.95rem;margin:.2rem 0 .3rem}
p{margin:.4rem 0}.sub,.muted,figcaption,.legend{color:var(--muted)}.sub{margin:0 0 1rem}
.small,figcaption,.legend,footer{font-size:.85rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;margin:1rem 0}
.tile{background:var(--panel);border:1px solid var(--border);border-radius:.5rem;padding:.55rem .75rem}
.tile .v{overflow-wrap:anywhere}.tile .k{font-size:.8rem;color:var(--muted)}.tile .v{font-size:1.45rem;font-weight:650}.tile .i{font-size:.8rem;color:var(--muted)}
.lead{font-size:1.02rem;margin:.2rem 0 .8rem}
.notes{border-left:4px solid var(--note);background:var(--panel);padding:.5rem .9rem;margin:1rem 0;border-radius:0 .4rem .4rem 0}
.notes ul{margin:.2rem 0;padding-left:1.1rem}.notes strong{display:block}
figure{margin:.6rem 0 1rem;break-inside:avoid}
.chart{display:block;width:100%;height:auto;overflow:visible}
.chart text{fill:var(--fg);font-size:12px;font-family:inherit}.chart .m{fill:var(--muted)}.chart .b{font-weight:650}
.chart .grid{stroke:var(--grid);stroke-width:1}.chart .axis{stroke:var(--axis);stroke-width:1}
.chart .bar{fill:var(--bar)}.chart .bar.accent{fill:var(--accent)}.chart .track{fill:var(--grid)}
.chart .line{fill:none;stroke:var(--line);stroke-width:2.2}.chart .line.open{stroke-dasharray:5 4}
.chart .band{fill:var(--band)}.chart .mat{fill:var(--maturing)}
.chart .dot{fill:var(--line)}.chart .dot.miss{fill:var(--worse)}.chart .dot.open{fill:var(--bg);stroke:var(--line);stroke-width:2}
.chart .ref{stroke:var(--ref);stroke-width:1.4;stroke-dasharray:4 3}
.chart .whisker{stroke:var(--same);stroke-width:2.4;stroke-linecap:round}
.chart .better{fill:var(--better);stroke:var(--better)}.chart .worse{fill:var(--worse);stroke:var(--worse)}.chart .same{fill:var(--same);stroke:var(--same)}
.chart .whisker.better,.chart .whisker.worse{fill:none}
.chart .accent-mark{fill:var(--accent);stroke:var(--bg);stroke-width:1.5}.chart .bar.short{fill:var(--worse)}.chart .effort{fill:var(--accent)}.chart .conversion{fill:var(--bar)}
.key{display:inline-block;width:.8em;height:.8em;margin:0 .2em 0 .5em;vertical-align:-.05em}.key.effort{background:var(--accent)}.key.conversion{background:var(--bar)}
.v.pass{color:var(--pass)}.v.fail{color:var(--fail)}.chart .fail{fill:var(--fail)}.chart .pass{fill:var(--pass)}.chart .bound{stroke:var(--ref);stroke-width:2}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.4rem 1.2rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem;font-size:.88rem}table.narrow{width:auto;min-width:24rem}
caption{text-align:left;caption-side:bottom;padding-top:.3rem}abbr{text-decoration:none}
th,td{padding:.28rem .45rem;white-space:nowrap;border-bottom:1px solid var(--border);text-align:right;vertical-align:top}
th{font-weight:600;color:var(--muted)}thead th{border-bottom-width:2px}
th:first-child,td:first-child,td.t,th.t{text-align:left}
tbody tr:nth-child(even){background:var(--panel)}
tr{break-inside:avoid}
.better{color:var(--better)}.worse{color:var(--worse)}.fail{color:var(--fail)}.pass{color:var(--pass)}
.mark{font-size:.8em;margin-left:.25em}
.verdict{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.check{border:1px solid var(--border);border-left-width:5px;border-radius:.4rem;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
.check.failed{border-left-color:var(--fail)}.check.passed{border-left-color:var(--pass)}.check.nodata{border-left-color:var(--same)}
.check h3{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
.chart.small{max-width:27rem}.cb{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,25rem);gap:.4rem 1.2rem;align-items:center}
@media (max-width:44rem){.cb{grid-template-columns:1fr}}
.check dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}.check dt{color:var(--muted)}.check dd{margin:0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.3rem 0}.facts dt{font-weight:600}.facts dd{margin:0}
.headline{font-size:1.15rem;font-weight:700;padding:.5rem .8rem;border-radius:.4rem;background:var(--panel)}
footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--border);color:var(--muted)}
bdi{unicode-bidi:isolate}tbody th{color:var(--fg);font-weight:600;white-space:normal}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@page{size:A4;margin:12mm}
@media print{
:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#4a525b;--grid:#e4e7eb;--axis:#9aa2ab;--panel:#f4f6f8;--border:#c9cfd6;
--bar:#0072b2;--line:#0072b2;--band:rgba(0,114,178,.16);--better:#0072b2;--worse:#d55e00;--same:#7b8590;--ref:#000;--fail:#d55e00;--pass:#009e73}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10pt}table{font-size:8pt}th,td{padding:.15rem .3rem}thead th{white-space:normal}h2{break-after:avoid}.scroll{overflow:visible}
section{break-inside:auto}.grid2{grid-template-columns:1fr 1fr 1fr}.tile .v{font-size:1.15rem}}
`;
