/**
 * The cards' stylesheet, inside Dateline's shadow root (page CSS cannot reach it, and it cannot reach the page).
 * System fonts; light and dark themes by the article's background; the kinds' line shapes repeat the marks'.
 */
export const CARD_CSS = `
.card-mount{position:fixed;left:0;top:0;width:0;height:0;}
.popup{position:fixed;pointer-events:auto;width:340px;box-sizing:border-box;overflow:auto;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:normal;text-align:left;
  --bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--link:#0969da;--person:#1d4ed8;--country:#047857;--date:#b45309;
  color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:10px;
  box-shadow:0 8px 24px rgba(0,0,0,.18);}
.popup.dark{--bg:#1c2128;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--link:#4493f8;--person:#93c5fd;--country:#6ee7b7;--date:#fcd34d;
  box-shadow:0 8px 24px rgba(0,0,0,.6);}
.card{padding:12px 14px 14px;outline:none;}
.card:focus-visible{outline:2px solid var(--link);outline-offset:-2px;border-radius:10px;}
.card-header{display:flex;align-items:center;justify-content:space-between;margin:0 0 2px;}
.card-kind{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
  padding-bottom:1px;border-bottom:2px solid var(--person);}
.card-country .card-kind{border-bottom:2px dotted var(--country);}
.card-date .card-kind{border-bottom:3px double var(--date);}
.card-close{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:2px 6px;border-radius:4px;color:var(--muted);}
.card-close:hover{background:rgba(127,127,127,.15);}
.card-close:focus-visible{outline:2px solid var(--link);}
.card-title{font-size:17px;font-weight:650;margin:2px 0 4px;line-height:1.3;}
.role{margin:0 0 4px;font-weight:500;}
.countries,.count,.people,.reading,.flag{margin:0 0 6px;}
.flag{font-size:22px;line-height:1;}
.country+.country::before{content:" · ";}
.count,.people{color:var(--muted);font-size:13px;}
.section-title{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
  margin:10px 0 6px;padding-top:8px;border-top:1px solid var(--line);}
.earlier-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px;}
.earlier-item{display:flex;flex-direction:column;gap:2px;}
.date{font-size:12px;font-weight:600;color:var(--date);}
.sentence{font-size:13px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden;}
.source{color:var(--link);font-size:12px;text-decoration:underline;overflow-wrap:anywhere;}
.source:focus-visible{outline:2px solid var(--link);outline-offset:1px;border-radius:2px;}
.muted{color:var(--muted);font-size:13px;margin:0;}
`;
