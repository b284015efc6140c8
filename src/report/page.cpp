// The fixed parts of the report page: its style sheet, its one script and the policy that
// allows nothing else.
#include "report/page.hpp"

#include <cstdint>

#include "llm/sha256.hpp"

namespace jdpipe::report {

const char* const kStyle = R"css(
:root{--ink:#1d2330;--muted:#5b6476;--line:#dfe3ea;--bg:#f4f6f9;--card:#fff;--accent:#2f5bd3;
--ok:#1c7c4a;--warn:#a86300;--bad:#b3261e;--mark:#ffe58a;--hot:#ffb347}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:24px}
h1,h2,h3{line-height:1.25;margin:0 0 8px}
h1{font-size:20px;font-weight:600;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
h2{font-size:18px}h3{font-size:15px;margin-top:16px}
.toc{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin-bottom:20px}
.run{margin-bottom:40px}
.run-head{margin-bottom:12px}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:11px;color:var(--muted);font-weight:600}
.meta{color:var(--muted);font-size:12px}
.tabs{display:none;gap:4px;border-bottom:1px solid var(--line);margin:12px 0 16px;flex-wrap:wrap}
.js .tabs{display:flex}
.tab{border:1px solid transparent;border-bottom:none;background:none;padding:8px 14px;font:inherit;color:var(--muted);cursor:pointer;border-radius:6px 6px 0 0}
.tab:hover{color:var(--ink)}
.tab.active{background:var(--card);border-color:var(--line);color:var(--ink);font-weight:600;margin-bottom:-1px}
.js .panel{display:none}.js .panel.active{display:block}
.panel>h2.panel-title{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:20px 0 8px}
.js .panel>h2.panel-title{display:none}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin-bottom:16px}
.decision .role-line{display:flex;align-items:center;gap:12px;flex-wrap:wrap}
.chosen-role{font-size:24px;margin:0}
.case{display:inline-block;border-radius:4px;padding:2px 8px;font-weight:700;font-size:12px;color:#fff;background:var(--accent)}
.case-A{background:var(--ok)}.case-B{background:#2f7fb3}.case-C{background:#7a4cc2}.case-D{background:var(--warn)}
.sub{color:var(--muted);font-size:13px;margin:4px 0 10px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.reasoning{background:#f7f8fb;border-left:3px solid var(--accent);padding:8px 12px;margin:8px 0}
.rejected{border-color:var(--bad)}.rejected h2{color:var(--bad)}
.warn{border-color:var(--warn)}.warn h2{color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f0f2f6;font-weight:600;font-size:12px;color:var(--muted)}
table.kv>tbody>tr>th{width:200px;color:var(--muted);font-weight:500}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
tr.chosen td{background:#eef6ee}
.none{color:#9aa2b1}
code,.slug{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0 12px;padding:0;list-style:none}
.skill-chip{border:1px solid #c9d3ea;background:#eef2fb;color:var(--ink);border-radius:999px;padding:3px 10px;font:inherit;font-size:13px;cursor:pointer}
.skill-chip.secondary{background:#fff;border-style:dashed}
.skill-chip.hot{background:var(--hot);border-color:#d98a00}
.badge{font-size:11px;border-radius:4px;padding:1px 6px;background:#eef0f4;color:var(--muted);white-space:nowrap}
.badge.new{background:#efe6fb;color:#6a3db0}.badge.in_db{background:#e6f4ec;color:var(--ok)}
pre{white-space:pre-wrap;word-wrap:break-word;margin:0}
pre.jd{font:13px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fbfbfd;border:1px solid var(--line);border-radius:6px;padding:12px;max-height:520px;overflow:auto}
mark.ev{background:var(--mark);border-radius:2px;padding:0 1px}
mark.ev.hot{background:var(--hot);outline:1px solid #d98a00}
ul.sentences{padding-left:18px}ul.sentences li{margin-bottom:6px}
ul.plain{margin:0;padding-left:18px}
details{border:1px solid var(--line);border-radius:6px;margin-bottom:8px;background:var(--card)}
summary{cursor:pointer;padding:8px 12px;font-weight:600}
summary .hint{font-weight:400;color:var(--muted);font-size:12px;margin-left:8px}
pre.json{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#fbfbfd;border-top:1px solid var(--line);padding:10px 12px;max-height:600px;overflow:auto}
pre.json.small{border:none;padding:0;max-height:240px;background:none}
.tick{color:var(--ok);font-weight:700}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
)css";

// Tabs switch panels; clicking a skill lights up its evidence. Reads only numeric data-skill
// attributes and fixed tab names; no run data is ever placed in the script.
const char* const kScript = R"js(
(function () {
  document.documentElement.classList.add('js');
  document.querySelectorAll('section.run').forEach(function (run) {
    var tabs = run.querySelectorAll('.tab'), panels = run.querySelectorAll('.panel');
    function show(name) {
      tabs.forEach(function (t) { t.classList.toggle('active', t.dataset.tab === name); });
      panels.forEach(function (p) { p.classList.toggle('active', p.dataset.panel === name); });
    }
    tabs.forEach(function (t) { t.addEventListener('click', function () { show(t.dataset.tab); }); });
    if (tabs.length) show(tabs[0].dataset.tab);
    run.querySelectorAll('.skill-chip').forEach(function (chip) {
      chip.addEventListener('click', function () {
        var on = !chip.classList.contains('hot');
        run.querySelectorAll('.hot').forEach(function (el) { el.classList.remove('hot'); });
        if (!on) return;
        var k = String(parseInt(chip.dataset.skill, 10));
        run.querySelectorAll('[data-skill="' + k + '"]').forEach(function (el) { el.classList.add('hot'); });
      });
    });
  });
})();
)js";

namespace {

std::string base64(const uint8_t* data, size_t n) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = uint32_t(data[i]) << 16;
    if (i + 1 < n) v |= uint32_t(data[i + 1]) << 8;
    if (i + 2 < n) v |= data[i + 2];
    out.push_back(kAlphabet[(v >> 18) & 63]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    out.push_back(i + 1 < n ? kAlphabet[(v >> 6) & 63] : '=');
    out.push_back(i + 2 < n ? kAlphabet[v & 63] : '=');
  }
  return out;
}

}  // namespace

/// No network at all, styles inline, and only our own script (by hash): an injected <script>
/// or on* handler is refused by the browser.
std::string content_security_policy() {
  auto digest = llm::sha256(kScript);
  return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
         base64(digest.data(), digest.size()) + "'";
}

}  // namespace jdpipe::report
