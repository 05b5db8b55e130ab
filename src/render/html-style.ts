/**
 * The stylesheet of the HTML report: GOV.UK-like type, tables that fit an A4 page when printed, and
 * colours that meet WCAG 2.2 AA contrast (text 4.5:1 or more, graphics 3:1 or more).
 */
export const REPORT_STYLE = `
:root{--ink:#0b0c0c;--muted:#484949;--line:#b1b4b6;--blue:#12436d;--link:#1d4f91;--adverse:#8a1538;--favourable:#0b5d3b;--wash:#f3f2f1}
*{box-sizing:border-box}
body{font-family:Arial,Helvetica,sans-serif;color:var(--ink);line-height:1.45;margin:0;background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fd0;color:var(--ink);padding:.5rem;z-index:1}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{border-bottom:6px solid var(--blue);padding-top:1.5rem;padding-bottom:1rem}
h1{font-size:2rem;line-height:1.15;margin:.25rem 0 .5rem}
h2{font-size:1.5rem;margin:2.2rem 0 .6rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.15rem;margin:1.4rem 0 .4rem}
.lede{font-size:1.1rem;color:var(--muted);margin:.2rem 0}
a{color:var(--link)}a:focus{outline:3px solid #fd0;background:#fd0;color:var(--ink)}
nav ol{columns:2;padding-left:1.2rem;margin:.5rem 0}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
.table-wrap:focus{outline:3px solid #fd0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:700;padding:.3rem 0;font-size:1rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .45rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink);vertical-align:bottom}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.reading{font-weight:700;white-space:nowrap}
.reading-adverse{color:var(--adverse)}.reading-favourable{color:var(--favourable)}
.reading-adverse::before{content:"\\25B2\\00A0"}.reading-favourable::before{content:"\\25CF\\00A0"}
.status{background:var(--wash);border-left:5px solid var(--blue);padding:.5rem .8rem}
.note{color:var(--muted);font-size:.92rem}
figure{margin:1rem 0;break-inside:avoid}
figcaption{font-size:.9rem;color:var(--muted)}
svg.chart{display:block;max-width:100%;height:auto}
.actions{border:2px solid var(--blue);padding:.2rem 1rem .6rem;margin:1rem 0;break-inside:avoid}
.actions h3{margin-top:.6rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.6rem 0}
dl.meta dt{font-weight:700}dl.meta dd{margin:0}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-top:.8rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{font-size:9.5pt}
  header,main,footer{max-width:none;padding:0}
  .skip,nav{display:none}
  h2{border-top:none}
  section[id^="metric-"]>h2,#data>h2{break-before:page;margin-top:0}
  h2,h3{break-after:avoid}
  table{font-size:8pt}
  th,td{padding:.15rem .25rem}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  .table-wrap{overflow:visible}
  a{color:var(--ink);text-decoration:none}
}
`;
