/** Inline stylesheet of the HTML report: system fonts only, nothing loaded from the network. */
export const HTML_STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#fff;line-height:1.45}
main{max-width:1040px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}
h2{font-size:1.25rem;margin:32px 0 8px;border-bottom:2px solid #1f4e78;padding-bottom:4px}
h3{font-size:1.05rem;margin:20px 0 6px}
.subtitle{color:#57606a;margin:0 0 16px}
figure{margin:8px 0}
svg.chart{max-width:100%;height:auto;font-size:13px}
svg .label{fill:#1f2328}
svg .value{fill:#1f2328;font-weight:600}
svg .tick{fill:#57606a;font-size:11px}
svg .small{fill:#1f2328;font-size:10px}
svg .sm-title{fill:#1f2328;font-size:12px;font-weight:600}
svg .grid{stroke:#d0d7de;stroke-width:1}
svg .field-bar{fill:#2f6690}
svg .lost-bar{fill:#c0504d}
.grid-multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px}
.grid-multiples figure{border:1px solid #d0d7de;border-radius:6px;padding:4px;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 8px;padding:0;list-style:none;font-size:.9rem}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:8px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#1f4e78;color:#fff}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:#f6f8fa}
td ul{margin:0;padding-left:18px}
#ranking td:nth-child(2){min-width:12em}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:.9rem}
dl.fields dt{font-weight:600}
@media print{main{max-width:none}h2{break-after:avoid}figure{break-inside:avoid}}
`;
