/**
 * Inline stylesheet of the HTML report: system fonts only, nothing loaded from the network.
 *
 * Print: A4, colours printed as they are (`print-color-adjust: exact`), and nothing needed to
 * read the report depends on background colours (dark header text, legend swatches and band
 * marks drawn as borders), so it stays readable with "background graphics" off. Tables break
 * between rows and repeat their header row on every page.
 *
 * Small screens (360–400 px): the page never scrolls sideways; wide tables and charts scroll in
 * their own box, and chart text keeps its size (at least 11 px).
 */
export const HTML_STYLE = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:12mm}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#fff;line-height:1.45}
main{max-width:1040px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}
h2{font-size:1.25rem;margin:32px 0 8px;border-bottom:2px solid #1f4e78;padding-bottom:4px}
h3{font-size:1.05rem;margin:20px 0 6px}
h1,h2,h3,p,dd,li{overflow-wrap:anywhere}
.subtitle{color:#57606a;margin:0 0 16px}
figure{margin:8px 0}
.chart-box,.table-wrap{max-width:100%;overflow-x:auto}
svg.chart{display:block;max-width:none;font-size:15px}
svg .label{fill:#1f2328}
svg .value{fill:#1f2328;font-weight:600}
svg .tick{fill:#57606a;font-size:13px}
svg .small{fill:#1f2328;font-size:12px}
svg .sm-title{fill:#1f2328;font-size:13px;font-weight:600}
svg .grid{stroke:#d0d7de;stroke-width:1}
svg .field-bar{fill:#2f6690}
svg .lost-bar{fill:#c0504d}
.grid-multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px}
.grid-multiples figure{border:1px solid #d0d7de;border-radius:6px;padding:4px;margin:0;overflow-x:auto}
.legend-box{margin:8px 0 12px}
.legend-box figcaption{font-weight:600;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0;padding:0;list-style:none;font-size:.9rem}
.swatch{display:inline-block;width:0;height:14px;border-left:14px solid;margin-right:5px;vertical-align:-2px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:8px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#dbe5f1;color:#1f2328;border-bottom:2px solid #1f4e78}
tbody th{font-weight:600;background:#f6f8fa}
thead{display:table-header-group}
tr{break-inside:avoid}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.band{border-left-width:6px;border-left-style:solid}
tbody tr:nth-child(even){background:#f6f8fa}
td ul{margin:0;padding-left:18px}
table.ranking td:nth-child(2){min-width:12em}
table.stats{width:auto}
dl.fields{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;font-size:.9rem}
dl.fields dt{font-weight:600}
dl.fields dd{margin:0}
@media (max-width:480px){main{padding:12px}h1{font-size:1.3rem}}
@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}figure{break-inside:avoid}.chart-box,.table-wrap{overflow:visible}svg.chart{max-width:100%;height:auto}}
`;
