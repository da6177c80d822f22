/** The page's stylesheet, inlined into its head. */
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d2330;background:#f4f5f7;display:flex;flex-direction:column;min-height:100vh}
header{padding:8px 16px;background:#1d2330;color:#fff;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
h1{font-size:18px;margin:0}h2{font-size:14px;margin:0 0 6px}
#tc-status{margin:0;opacity:.85}
main{flex:1;display:flex;gap:12px;padding:12px;flex-wrap:wrap}
#tc-map{position:relative;flex:3 1 600px;align-self:flex-start;background:#fff;border:1px solid #d5d8de;border-radius:4px;overflow:hidden}
#tc-map svg{display:block;width:100%;height:auto;cursor:grab;touch-action:none}
aside{flex:1 1 260px;display:flex;flex-direction:column;gap:12px}
aside section{background:#fff;border:1px solid #d5d8de;border-radius:4px;padding:8px 10px}
aside section:empty{display:none}
.sphere{fill:#e8f1f8}.country{fill:#f7f5ef;stroke:#b9b4a8;stroke-width:.5px}.country:hover{fill:#ece8dc}
.flow{fill:none;stroke-width:1.6px;opacity:.75}.flow.undirected{stroke-dasharray:4 3}
.marker{stroke:#fff;stroke-width:1px;cursor:pointer}.marker.placed{stroke:#1d2330;stroke-dasharray:2 1}
.marker:focus{outline:none;stroke:#000;stroke-width:2px}
.hidden{display:none}
.range{display:grid;grid-template-columns:3em 1fr 6.5em;gap:4px;align-items:center}
.range input{width:100%}
.legend-row{display:flex;align-items:center;gap:6px;margin:2px 0}
.swatch{width:12px;height:12px;border-radius:50%;flex:none}
.count{margin-left:auto;color:#5b6270;font-variant-numeric:tabular-nums}
details ul{margin:6px 0 0;padding-left:18px;max-height:240px;overflow:auto}
#tc-popup{position:absolute;max-width:320px;background:#fff;border:1px solid #1d2330;border-radius:4px;padding:8px 28px 8px 10px;box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:13px}
#tc-popup h3{margin:0 0 4px;font-size:14px}#tc-popup p{margin:4px 0}
#tc-popup button{position:absolute;top:2px;right:4px;border:0;background:none;font-size:18px;cursor:pointer}
.muted{color:#5b6270}
footer{padding:4px 16px 8px;font-size:12px;color:#5b6270}
`;
