// render_report_html: a run's JSON (Run::to_json, read back with simdjson) as one HTML page.
// Every dynamic string goes through append_escaped; the only script is the fixed one of
// page.cpp, allowed by its hash in the page's Content-Security-Policy, so even a string that
// escaped by mistake could not run (and would show as a console error in the browser test).
#include "jdpipe/report.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <map>
#include <vector>

#include "jdpipe/error.hpp"
#include "jdpipe/version.hpp"
#include "report/html.hpp"
#include "report/page.hpp"

namespace jdpipe {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;
using report::append_escaped;
using report::escaped;

// ---- reading the run -------------------------------------------------------------------------

/// A possibly missing JSON value: lookups on a missing one stay missing, so a run from an older
/// or newer jdpipe (fields absent) still renders.
class J {
 public:
  J() = default;
  explicit J(element e) : e_(e), ok_(true) {}

  J operator[](std::string_view key) const {
    element v;
    if (!ok_ || !e_.is_object() || e_[key].get(v) != simdjson::SUCCESS) return {};
    return J(v);
  }
  bool present() const { return ok_ && !e_.is_null(); }
  element raw() const { return e_; }
  std::string_view str() const {
    std::string_view s;
    if (ok_ && e_.get_string().get(s) == simdjson::SUCCESS) return s;
    return {};
  }
  bool boolean() const {
    bool b = false;
    if (ok_ && e_.get_bool().get(b) == simdjson::SUCCESS) return b;
    return false;
  }
  std::optional<double> number() const {
    double d;
    if (ok_ && e_.is_number() && e_.get_double().get(d) == simdjson::SUCCESS) return d;
    return std::nullopt;
  }
  std::optional<int64_t> integer() const {
    int64_t i;
    if (ok_ && e_.get_int64().get(i) == simdjson::SUCCESS) return i;
    return std::nullopt;
  }
  std::vector<J> items() const {
    std::vector<J> out;
    array a;
    if (ok_ && e_.get_array().get(a) == simdjson::SUCCESS)
      for (element v : a) out.emplace_back(v);
    return out;
  }
  bool empty_object() const {
    object o;
    return !ok_ || e_.get_object().get(o) != simdjson::SUCCESS || o.size() == 0;
  }
  /// Any value as display text (unescaped): strings as is, "" when missing or null.
  std::string text() const { return present() ? report::scalar_text(e_) : std::string(); }

 private:
  element e_;
  bool ok_ = false;
};

std::string score_text(const J& v) {
  auto d = v.number();
  return d ? fmt::format("{:.3f}", *d) : "—";
}

bool is_run(const J& j) { return j["api1"].present() && j["nano_parsed"].present(); }
bool is_failed_input(const J& j) { return j["error"].present() && !j["api1"].present(); }

// ---- the page --------------------------------------------------------------------------------

constexpr struct {
  const char* id;
  const char* title;
} kTabs[] = {{"overview", "Overview"},       {"parsed", "Parsed JD"},     {"signals", "Signals"},
             {"persistence", "Persistence"}, {"enrichment", "Enrichment"}, {"raw", "Raw JSON"}};

const char* case_meaning(std::string_view c) {
  if (c == "A") return "A clear title alias: exactly one role matched the JD's title or its aliases.";
  if (c == "B") return "A clear score: no alias hit; the best fused score passed the threshold and led by the margin.";
  if (c == "C") return "A new role: no alias hit and every fused score below the new-role threshold.";
  if (c == "D") return "A collision adjudicated: several alias hits, or the signals disagreed or sat between thresholds.";
  return "";
}

const char* resolution_meaning(std::string_view r) {
  if (r == "in_db") return "role exists in library; skill↔dim and role↔dim links saved when applicable.";
  if (r == "new") return "a new role, proposed from the JD and queued for review.";
  return "";
}

// ---- the pieces of one run -------------------------------------------------------------------

class RunWriter {
 public:
  RunWriter(std::string& out, J run, std::string_view jd_text, size_t index)
      : o_(out), run_(run), jd_(jd_text), index_(index) {}

  void write() {
    bool rejected = run_["api1"]["rejected"].boolean();
    o_ += fmt::format("<section class=\"run\" id=\"run-{}\">", index_);
    header();
    o_ += "<nav class=\"tabs\" role=\"tablist\">";
    for (const auto& t : kTabs) {
      if (rejected && t.id != std::string_view("overview") && t.id != std::string_view("parsed") &&
          t.id != std::string_view("raw"))
        continue;
      if (t.id == std::string_view("enrichment") && run_["enrichment"].empty_object()) continue;
      o_ += fmt::format("<button type=\"button\" class=\"tab\" data-tab=\"{}\">{}</button>", t.id, t.title);
    }
    o_ += "</nav>";

    open_panel("overview", "Overview");
    if (rejected) rejection();
    else decision();
    fallbacks();
    if (!rejected) skills();
    jd_text_card();
    close_panel();

    open_panel("parsed", "Parsed JD");
    parsed_jd();
    close_panel();

    if (!rejected) {
      open_panel("signals", "Signals");
      signals();
      close_panel();
      open_panel("persistence", "Persistence");
      persistence();
      close_panel();
      if (!run_["enrichment"].empty_object()) {
        open_panel("enrichment", "Enrichment");
        enrichment();
        close_panel();
      }
    }

    open_panel("raw", "Raw JSON");
    raw_json();
    close_panel();
    o_ += "</section>";
  }

 private:
  void text(std::string_view s) { append_escaped(o_, s); }
  void text_or_dash(std::string_view s) {
    if (s.empty()) o_ += "<span class=\"none\">—</span>";
    else text(s);
  }
  void open_panel(const char* id, const char* title) {
    o_ += fmt::format("<div class=\"panel\" data-panel=\"{}\"><h2 class=\"panel-title\">{}</h2>", id, title);
  }
  void close_panel() { o_ += "</div>"; }

  void header() {
    o_ += "<header class=\"run-head\"><div class=\"eyebrow\">Pipeline run</div><h1 class=\"run-id\">";
    text_or_dash(run_["run_id"].str());
    o_ += "</h1><div class=\"meta\">input ";
    text_or_dash(run_["input_id"].text());
    o_ += " · catalog ";
    text(run_["catalog"]["name"].text());
    o_ += " ";
    text(run_["catalog"]["version"].text());
    o_ += " · jdpipe ";
    text(run_["jdpipe_version"].text());
    int64_t total_us = 0;
    object timings;
    if (run_["timings_us"].present() && run_["timings_us"].raw().get_object().get(timings) == simdjson::SUCCESS)
      for (auto [stage, us] : timings) total_us += J(us).integer().value_or(0);
    if (total_us > 0) o_ += fmt::format(" · {:.1f} ms", total_us / 1000.0);
    o_ += "</div></header>";
  }

  void rejection() {
    o_ += "<div class=\"card rejected\"><h2>Rejected: not processed further</h2><p class=\"rejection-reason\">";
    std::string_view reason = run_["api1"]["rejection_reason"].str();
    if (reason.empty()) reason = run_["nano_parsed"]["rejection_reason"].str();
    text_or_dash(reason);
    o_ += "</p></div>";
  }

  void decision() {
    J d = run_["api1"]["stage4_decision"];
    J chosen = d["chosen_role"];
    std::string_view case_id = d["case"].str();
    o_ += "<div class=\"card decision\"><div class=\"role-line\"><h2 class=\"chosen-role\">";
    if (chosen.present()) text_or_dash(chosen["display_name"].str());
    else if (d["is_new_role"].boolean()) text(d["new_role_display_name"].str());
    else o_ += "No role chosen";
    o_ += "</h2>";
    if (!case_id.empty()) {
      std::string c = escaped(case_id);
      o_ += fmt::format("<span class=\"case case-{0}\">CASE {0}</span>", c);
    }
    if (d["is_new_role"].boolean()) o_ += "<span class=\"badge new\">new role</span>";
    o_ += "</div><div class=\"sub\">";
    J api2_role = run_["api2"]["chosen_role"];
    if (chosen.present()) {
      o_ += "slug: ";
      text(chosen["slug"].str());
      o_ += " · id: ";
      text(chosen["role_id"].text());
      if (api2_role["source"].present()) {
        o_ += " · source: ";
        text(api2_role["source"].text());
      }
    } else if (d["is_new_role"].boolean()) {
      o_ += "proposed slug: ";
      text(d["new_role_slug"].str());
    }
    o_ += " · confidence " + score_text(d["confidence"]) + "</div>";
    o_ += "<p class=\"case-explain\">";
    text(case_meaning(case_id));
    o_ += "</p>";
    if (!d["reasoning"].str().empty()) {
      o_ += "<div class=\"reasoning\">";
      text(d["reasoning"].str());
      o_ += "</div>";
    }
    if (d["llm2_fired"].boolean()) {
      o_ += "<div class=\"reasoning\"><strong>LLM2:</strong> ";
      text(d["llm2_reasoning"].text());
      o_ += "</div>";
    }
    if (std::string_view r = run_["api3"]["chosen_role_resolution"].str(); !r.empty()) {
      o_ += "<p><strong>Resolution:</strong> <code>";
      text(r);
      o_ += "</code> — ";
      text(resolution_meaning(r));
      o_ += "</p>";
    }
    std::vector<std::string> flags;
    if (d["alias_collision_detected"].boolean()) flags.push_back("alias collision detected");
    if (d["queued"].boolean()) flags.push_back("queued for review");
    if (!d["sub_role"].str().empty()) flags.push_back("sub-role: " + std::string(d["sub_role"].str()));
    if (!flags.empty()) {
      o_ += "<p>";
      for (const auto& f : flags) {
        o_ += "<span class=\"badge\">";
        text(f);
        o_ += "</span> ";
      }
      o_ += "</p>";
    }
    if (auto kras = d["new_role_kras"].items(); !kras.empty()) {
      o_ += "<h3>Proposed KRAs</h3><ul class=\"plain\">";
      for (const J& k : kras) {
        o_ += "<li>";
        text(k.text());
        o_ += "</li>";
      }
      o_ += "</ul>";
    }
    if (auto cands = d["candidates"].items(); !cands.empty()) {
      std::string_view chosen_slug = chosen["slug"].str();
      o_ += "<h3>Candidates (fused score)</h3><table class=\"grid candidates\"><thead><tr><th>Role</th>"
            "<th>Alias</th><th>KRA</th><th>Skill</th><th>Fused</th></tr></thead><tbody>";
      for (const J& c : cands) {
        bool is_chosen = !chosen_slug.empty() && c["slug"].str() == chosen_slug;
        o_ += is_chosen ? "<tr class=\"chosen\"><td>" : "<tr><td>";
        text(role_name(c["slug"].str()));
        o_ += "<br><span class=\"slug\">";
        text(c["slug"].str());
        o_ += "</span></td>";
        for (const char* k : {"alias", "kra", "skill", "fused"}) o_ += "<td class=\"num\">" + score_text(c[k]) + "</td>";
        o_ += "</tr>";
      }
      o_ += "</tbody></table>";
    }
    o_ += "</div>";
  }

  /// A role's display name by slug, from the signals that name it (the fused list has slugs only).
  std::string_view role_name(std::string_view slug) const {
    J s = run_["api1"]["stage3_signals"];
    for (const char* list : {"alias_match_roles", "kra_match_roles", "skill_match_roles"})
      for (const J& r : s[list].items())
        if (r["slug"].str() == slug) return r["display_name"].str();
    return {};
  }

  void fallbacks() {
    auto fbs = run_["fallbacks"].items();
    if (fbs.empty()) return;
    o_ += "<div class=\"card warn\"><h2>Fallbacks</h2><p>These stages fell back to the deterministic result:</p>"
          "<table class=\"grid\"><thead><tr><th>Stage</th><th>Reason</th></tr></thead><tbody>";
    for (const J& f : fbs) {
      o_ += "<tr><td>";
      text(f["stage"].text());
      o_ += "</td><td>";
      text(f["reason"].text());
      o_ += "</td></tr>";
    }
    o_ += "</tbody></table></div>";
  }

  /// The names a skill goes by in API 2 and 3: its catalog name and the forms written in the JD.
  static bool names_skill(const J& skill, std::string_view name) {
    if (name.empty()) return false;
    if (skill["skill_name"].str() == name) return true;
    for (const J& f : skill["surface_forms"].items())
      if (f.str() == name) return true;
    return false;
  }
  /// API 2's detail of a skill: by its catalog slug, else by name.
  J skill_detail(const J& skill) const {
    std::string_view slug = skill["slug"].str();
    for (const J& d : run_["api2"]["skills_detail"].items())
      if (!slug.empty() ? d["canonical"]["slug"].str() == slug : names_skill(skill, d["input_skill"].str())) return d;
    return {};
  }
  std::string_view skill_tag(const J& skill) const {
    for (const J& s : run_["api3"]["final_input_skills"].items())
      if (names_skill(skill, s["skill"].str())) return s["tag"].str();
    return {};
  }

  void skills() {
    auto skills = run_["api1"]["final_skills"].items();
    o_ += fmt::format("<div class=\"card skills\"><h2>Skills from this JD ({})</h2>", skills.size());
    if (skills.empty()) {
      o_ += "<p class=\"none\">No skills found.</p></div>";
      return;
    }
    o_ += "<p class=\"meta\">Click a skill to highlight its evidence in the job description. "
          "Dashed: mentioned as nice to have.</p><ul class=\"chips skill-list\">";
    for (size_t i = 0; i < skills.size(); ++i) {
      bool primary = skills[i]["is_primary"].boolean();
      o_ += fmt::format("<li><button type=\"button\" class=\"skill-chip{}\" data-skill=\"{}\">",
                        primary ? "" : " secondary", i);
      text(skills[i]["skill_name"].str());
      o_ += "</button></li>";
    }
    o_ += "</ul><table class=\"grid skill-table\"><thead><tr><th>Skill</th><th>As written</th><th>Primary</th>"
          "<th>Category</th><th>Matched via</th><th>Tag</th><th>Dimensions</th><th>Evidence</th></tr></thead><tbody>";
    for (const J& s : skills) {
      std::string_view name = s["skill_name"].str();
      J detail = skill_detail(s);
      o_ += "<tr><td>";
      text(name);
      if (!s["slug"].str().empty()) {
        o_ += "<br><span class=\"slug\">";
        text(s["slug"].str());
        o_ += "</span>";
      }
      o_ += "</td><td>";
      std::string forms;
      for (const J& f : s["surface_forms"].items()) forms += (forms.empty() ? "" : ", ") + f.text();
      text(forms);
      o_ += "</td><td>";
      o_ += s["is_primary"].boolean() ? "yes" : "nice to have";
      o_ += "</td><td>";
      J meta = detail["canonical"].present() ? detail["canonical"] : detail["new_skill_meta"];
      std::string category = meta["category"].text();
      if (std::string sub = meta["sub_category"].text(); !sub.empty()) category += " · " + sub;
      text_or_dash(category);
      o_ += "</td><td>";
      text_or_dash(detail["matched_via"].text());
      o_ += "</td><td>";
      std::string_view tag = skill_tag(s);
      if (!tag.empty()) {
        std::string t = escaped(tag);
        o_ += fmt::format("<span class=\"badge {0}\">{0}</span>", t);
      }
      o_ += "</td><td>";
      std::string dims;
      for (const J& sd : detail["dimensions"].items())
        dims += (dims.empty() ? "" : "; ") + std::string(sd["dimension"]["display_name"].str());
      text_or_dash(dims);
      o_ += fmt::format("</td><td class=\"num\">{}</td></tr>", s["evidence"].items().size());
    }
    o_ += "</tbody></table></div>";
  }

  struct Span {
    size_t start, end, skill;
  };

  /// Writes `s` with the spans (sorted, non-overlapping, within s) as <mark>s of their skill.
  void marked(std::string_view s, const std::vector<Span>& spans) {
    size_t at = 0;
    for (const Span& sp : spans) {
      text(s.substr(at, sp.start - at));
      o_ += fmt::format("<mark class=\"ev\" data-skill=\"{}\">", sp.skill);
      text(s.substr(sp.start, sp.end - sp.start));
      o_ += "</mark>";
      at = sp.end;
    }
    text(s.substr(at));
  }

  static std::vector<Span> without_overlaps(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<Span> out;
    for (const Span& sp : spans)
      if (out.empty() || sp.start >= out.back().end) out.push_back(sp);
    return out;
  }

  void jd_text_card() {
    auto skills = run_["api1"]["final_skills"].items();
    if (!jd_.empty()) {
      std::vector<Span> spans;
      for (size_t i = 0; i < skills.size(); ++i)
        for (const J& ev : skills[i]["evidence"].items()) {
          auto b = ev["byte_start"].integer(), e = ev["byte_end"].integer();
          if (b && e && *b >= 0 && *b < *e && static_cast<size_t>(*e) <= jd_.size())
            spans.push_back({size_t(*b), size_t(*e), i});
        }
      o_ += "<div class=\"card\"><h2>Job description</h2><pre class=\"jd\">";
      marked(jd_, without_overlaps(std::move(spans)));
      o_ += "</pre></div>";
      return;
    }
    // Without the JD text: the sentences holding the evidence, each once, in the order met.
    std::vector<std::string_view> sentences;
    std::map<std::string_view, std::vector<size_t>> skills_of;
    for (size_t i = 0; i < skills.size(); ++i)
      for (const J& ev : skills[i]["evidence"].items()) {
        std::string_view s = ev["sentence"].str();
        if (s.empty()) continue;
        auto [it, fresh] = skills_of.try_emplace(s);
        if (fresh) sentences.push_back(s);
        if (std::find(it->second.begin(), it->second.end(), i) == it->second.end()) it->second.push_back(i);
      }
    if (sentences.empty()) return;
    o_ += "<div class=\"card\"><h2>Evidence in the job description</h2><p class=\"meta\">The sentences holding "
          "each skill (run <code>jdpipe report --jd FILE</code> to see the whole text).</p><ul class=\"sentences\">";
    for (std::string_view s : sentences) {
      std::vector<Span> spans;
      for (size_t i : skills_of[s])
        for (const J& f : skills[i]["surface_forms"].items())
          for (const Span& sp : occurrences(s, f.str(), i)) spans.push_back(sp);
      o_ += "<li>";
      marked(s, without_overlaps(std::move(spans)));
      o_ += "</li>";
    }
    o_ += "</ul></div>";
  }

  /// Where `form` occurs in `s` as a whole word (ASCII case-insensitive).
  static std::vector<Span> occurrences(std::string_view s, std::string_view form, size_t skill) {
    std::vector<Span> out;
    if (form.empty()) return out;
    auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
    auto word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    for (size_t i = 0; i + form.size() <= s.size(); ++i) {
      size_t k = 0;
      while (k < form.size() && lower(s[i + k]) == lower(form[k])) ++k;
      if (k != form.size()) continue;
      bool left_ok = i == 0 || !word(s[i - 1]) || !word(form.front());
      bool right_ok = i + k == s.size() || !word(s[i + k]) || !word(form.back());
      if (left_ok && right_ok) out.push_back({i, i + k, skill});
    }
    return out;
  }

  void kv_row(const char* label, std::string_view value) {
    o_ += "<tr><th>";
    o_ += label;
    o_ += "</th><td>";
    text_or_dash(value);
    o_ += "</td></tr>";
  }
  void kv_row_value(const char* label, const J& value) {
    o_ += "<tr><th>";
    o_ += label;
    o_ += "</th><td>";
    if (value.present()) report::append_value_html(o_, value.raw(), 1);
    else o_ += "<span class=\"none\">—</span>";
    o_ += "</td></tr>";
  }

  void parsed_jd() {
    J p = run_["nano_parsed"];
    o_ += "<div class=\"card parsed\"><h2>Parsed job description</h2><table class=\"kv\"><tbody>";
    kv_row("JD type", p["JD_type"].str());
    if (p["rejection_reason"].present()) kv_row("Rejection reason", p["rejection_reason"].text());
    kv_row("Company", p["company_name"].text());
    kv_row("Role (as written)", p["role"].text());
    kv_row_value("Role aliases", p["role_aliases"]);
    kv_row("Role archetype", p["role_archetype"].text());
    std::string domain(p["domain"]["primary"]["domain"].text());
    if (std::string sec = p["domain"]["secondary"]["domain"].text(); !sec.empty()) domain += " / " + sec;
    kv_row("Domain", domain);
    J x = p["experience"];
    if (x.present()) {
      std::string range = x["min"].text();
      if (x["max"].present()) range += "–" + x["max"].text();
      else if (!range.empty()) range += "+";
      kv_row("Experience (years)", range.empty() ? std::string(x["raw"].text()) : range + "  (" + x["raw"].text() + ")");
    } else {
      kv_row("Experience (years)", "");
    }
    J c = p["ctc"];
    if (c.present()) {
      std::string v = c["min"].text();
      if (c["max"].present() && c["max"].text() != v) v += "–" + c["max"].text();
      v += " " + c["currency"].text() + " " + c["period"].text() + "  (" + c["raw"].text() + ")";
      kv_row("CTC", v);
    } else {
      kv_row("CTC", "");
    }
    kv_row_value("Locations", p["job_locations"]);
    kv_row_value("Education", p["education"]);
    kv_row_value("Certifications", p["certifications"]);
    // Links are shown as text, never as <a href>: the page makes no network reference.
    kv_row_value("Links", p["urls"]);
    kv_row_value("Emails", p["emails"]);
    o_ += "</tbody></table>";
    if (J about = p["about_company"]; about.present()) {
      o_ += "<h3>About the company</h3><pre class=\"jd\">";
      text(about["text"].text());
      o_ += "</pre>";
    }
    for (auto [key, title] : {std::pair{"roles_and_responsibilities", "Responsibilities"},
                              {"requirements", "Requirements"},
                              {"nice_to_have", "Nice to have"},
                              {"benefits", "Benefits"}}) {
      for (const J& b : p[key].items()) {
        o_ += "<h3>";
        text(title);
        std::string_view heading = b["heading"].str();
        if (!heading.empty() && heading != title) {
          o_ += " — ";
          text(heading);
        }
        o_ += "</h3>";
        auto items = b["items"].items();
        if (!items.empty()) {
          o_ += "<ul class=\"plain block-items\">";
          for (const J& it : items) {
            o_ += "<li>";
            text(it.text());
            o_ += "</li>";
          }
          o_ += "</ul>";
        } else {
          o_ += "<pre class=\"jd\">";
          text(b["text"].text());
          o_ += "</pre>";
        }
      }
    }
    o_ += "</div>";
  }

  void role_cells(const J& r) {
    o_ += "<td>";
    text(r["display_name"].str());
    o_ += "<br><span class=\"slug\">";
    text(r["slug"].str());
    o_ += "</span></td>";
  }

  void signals() {
    J s = run_["api1"]["stage3_signals"];
    std::string_view chosen = run_["api1"]["stage4_decision"]["chosen_role"]["slug"].str();
    auto row_open = [&](const J& r) { o_ += !chosen.empty() && r["slug"].str() == chosen ? "<tr class=\"chosen\">" : "<tr>"; };

    o_ += "<div class=\"card signal-alias\"><h2>Alias match</h2><p>";
    o_ += s["alias_found"].boolean() ? "<span class=\"tick\">✓</span> alias found" : "no alias found";
    o_ += " · titles looked up: ";
    std::string queries;
    for (const J& q : s["alias_queries"].items()) queries += (queries.empty() ? "" : ", ") + q.text();
    text_or_dash(queries);
    o_ += "</p>";
    auto alias_roles = s["alias_match_roles"].items();
    if (alias_roles.empty()) {
      o_ += "<p class=\"none\">No role matched by alias.</p>";
    } else {
      o_ += "<table class=\"grid\"><thead><tr><th>Role</th><th>Score</th></tr></thead><tbody>";
      for (const J& r : alias_roles) {
        row_open(r);
        role_cells(r);
        o_ += "<td class=\"num\">" + score_text(r["score"]) + "</td></tr>";
      }
      o_ += "</tbody></table>";
    }
    o_ += "</div>";

    o_ += "<div class=\"card signal-kra\"><h2>KRA similarity</h2>"
          "<p class=\"meta\">Mean over the JD's responsibility sentences of each sentence's best cosine "
          "similarity among the role's KRAs.</p>";
    auto kra_roles = s["kra_match_roles"].items();
    if (kra_roles.empty()) {
      o_ += "<p class=\"none\">No KRA matches.</p>";
    } else {
      o_ += "<table class=\"grid\"><thead><tr><th>Role</th><th>Score</th><th>Best KRA per sentence</th></tr>"
            "</thead><tbody>";
      for (const J& r : kra_roles) {
        row_open(r);
        role_cells(r);
        o_ += "<td class=\"num\">" + score_text(r["score"]) + "</td><td>";
        auto matches = r["kra_matches"].items();
        if (!matches.empty()) {
          o_ += "<table class=\"grid inner\"><thead><tr><th>JD sentence</th><th>KRA</th><th>Sim.</th></tr></thead><tbody>";
          for (const J& m : matches) {
            o_ += "<tr><td>";
            text(m["sentence"].text());
            o_ += "</td><td>";
            text(m["kra_text"].text());
            o_ += "</td><td class=\"num\">" + score_text(m["similarity"]) + "</td></tr>";
          }
          o_ += "</tbody></table>";
        }
        o_ += "</td></tr>";
      }
      o_ += "</tbody></table>";
    }
    o_ += "</div>";

    o_ += "<div class=\"card signal-skill\"><h2>Skill overlap</h2>"
          "<p class=\"meta\">The share of the JD's skills linked to the role.</p>";
    auto skill_roles = s["skill_match_roles"].items();
    if (skill_roles.empty()) {
      o_ += "<p class=\"none\">No role shares a skill with the JD.</p>";
    } else {
      o_ += "<table class=\"grid\"><thead><tr><th>Role</th><th>Score</th><th>Matched</th><th>Matched skills</th></tr>"
            "</thead><tbody>";
      for (const J& r : skill_roles) {
        row_open(r);
        role_cells(r);
        o_ += "<td class=\"num\">" + score_text(r["score"]) + "</td><td class=\"num\">";
        text(r["matched_count"].text());
        o_ += " / ";
        text(r["total_count"].text());
        o_ += "</td><td>";
        std::string names;
        for (const J& m : r["matched_skills"].items()) names += (names.empty() ? "" : ", ") + m.text();
        text(names);
        o_ += "</td></tr>";
      }
      o_ += "</tbody></table>";
    }
    o_ += "</div>";
  }

  static const char* link_cell(bool linked_now, bool saved) {
    if (linked_now) return "<span class=\"tick\">✓</span> new";
    if (saved) return "<span class=\"tick\">✓</span>";
    return "—";
  }

  void persistence() {
    J a3 = run_["api3"];
    J p = a3["persistence"];
    o_ += "<div class=\"card persistence\"><h2>All API 3 persistence rows</h2><p class=\"meta\">One row per "
          "(skill × dimension) work item. ✓ new: link created by this run; ✓: link already in the catalog.</p>"
          "<table class=\"kv\"><tbody>";
    kv_row("Chosen role", a3["chosen_role"]["display_name"].text());
    kv_row("Resolution", a3["chosen_role_resolution"].text());
    for (auto [key, label] : {std::pair{"new_skills_created", "New skills created"},
                              {"skill_dimension_saved", "Skill↔dimension links created"},
                              {"role_dimension_saved", "Role↔dimension links created"},
                              {"skipped", "Skipped"}})
      kv_row(label, p[key].text());
    if (auto cost = a3["llm_cost_total_usd"]; cost.present()) kv_row("LLM cost (USD)", cost.text());
    o_ += "</tbody></table>";
    auto items = p["items"].items();
    if (items.empty()) {
      o_ += "<p class=\"none\">No persistence items.</p>";
    } else {
      o_ += "<table class=\"grid persistence-grid\"><thead><tr><th>Skill</th><th>Tag</th><th>Dimension</th>"
            "<th>Skill↔dim</th><th>Role↔dim</th><th>Outcome</th><th>Notes</th></tr></thead><tbody>";
      for (const J& it : items) {
        o_ += "<tr><td>";
        text(it["input_skill"].text());
        o_ += "</td><td>";
        if (auto tag = it["skill_tag"].str(); !tag.empty()) {
          std::string t = escaped(tag);
          o_ += fmt::format("<span class=\"badge {0}\">{0}</span>", t);
        }
        o_ += "</td><td>";
        text(it["dimension"]["display_name"].text());
        o_ += "<br><span class=\"slug\">";
        text(it["dimension"]["slug"].text());
        o_ += "</span></td><td>";
        o_ += link_cell(it["skill_dimension_linked"].boolean(), it["skill_dimension_saved"].boolean());
        o_ += "</td><td>";
        o_ += link_cell(it["role_dimension_linked"].boolean(), it["role_dimension_saved"].boolean());
        o_ += "</td><td>";
        text(it["outcome_line"].text());
        o_ += "</td><td>";
        text(it["skipped_reason"].text());
        o_ += "</td></tr>";
      }
      o_ += "</tbody></table>";
    }
    o_ += "</div>";
    if (J s5 = run_["api1"]["stage5_updates"]; s5.present()) {
      o_ += "<div class=\"card stage5\"><h2>Learning loop (stage 5)</h2>";
      report::append_value_html(o_, s5.raw());
      o_ += "</div>";
    }
  }

  void enrichment() {
    // The seed's tabs, in its order; blocks not known here follow under their own key.
    static constexpr std::pair<const char*, const char*> kKnown[] = {
        {"skill_clusters", "Skill clusters"}, {"nature_of_work", "Nature of work"},
        {"ai_index", "AI index"},             {"tech_stack_maturity", "Tech stack maturity"},
        {"evidence", "Evidence"},             {"kra_vocabulary", "KRA vocabulary"}};
    auto block = [&](std::string_view key, std::string_view title, element value) {
      o_ += "<div class=\"card enrichment-block\" data-key=\"";
      text(key);
      o_ += "\"><h2>";
      text(title);
      o_ += "</h2>";
      report::append_value_html(o_, value);
      o_ += "</div>";
    };
    for (auto [key, title] : kKnown)
      if (J v = run_["enrichment"][key]; v.present()) block(key, title, v.raw());
    object e = run_["enrichment"].raw().get_object().value_unsafe();
    for (auto field : e) {
      std::string_view key = field.key;
      bool known = std::any_of(std::begin(kKnown), std::end(kKnown), [&](const auto& k) { return key == k.first; });
      if (!known) block(key, report::humanize(key), field.value);
    }
  }

  void raw_json() {
    static constexpr struct {
      const char* key;
      const char* title;
      const char* hint;
    } kBlocks[] = {{"nano_parsed", "nano JD Parser", "nano_parsed"},
                   {"api1", "API 1 — extract-from-jd", "api1"},
                   {"api2", "API 2 — extract-details", "api2"},
                   {"api3", "API 3 — final-role-output", "api3"},
                   {"enrichment", "Client output enrichment", "enrichment"},
                   {"fallbacks", "Fallbacks", "fallbacks"},
                   {"timings_us", "Timings (µs)", "timings_us"}};
    o_ += "<div class=\"raw\">";
    for (const auto& b : kBlocks) {
      J v = run_[b.key];
      if (!v.present()) continue;
      std::string json;
      report::append_pretty_json(json, v.raw());
      o_ += fmt::format("<details class=\"raw-json\" data-stage=\"{}\"><summary>{}<span class=\"hint\">{} · click to "
                        "toggle</span></summary><pre class=\"json\">",
                        b.key, b.title, b.hint);
      text(json);
      o_ += "</pre></details>";
    }
    o_ += "</div>";
  }

  std::string& o_;
  J run_;
  std::string_view jd_;
  size_t index_;
};

void write_failed_input(std::string& out, J failure, size_t index) {
  out += fmt::format("<section class=\"run failed\" id=\"run-{}\"><header class=\"run-head\"><div "
                     "class=\"eyebrow\">Failed input</div><h1>",
                     index);
  append_escaped(out, failure["input_id"].text());
  out += "</h1></header><div class=\"card rejected\"><h2>The pipeline could not process this input</h2><p>";
  append_escaped(out, failure["error"].text());
  out += "</p></div></section>";
}

/// The first character that is not JSON whitespace.
char first_char(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return c;
  return 0;
}

/// Checks that the JD text is the one the run was made from: every evidence span lies in it,
/// inside the sentence the run recorded for it.
void check_jd_matches(J run, std::string_view jd) {
  for (const J& s : run["api1"]["final_skills"].items())
    for (const J& ev : s["evidence"].items()) {
      auto b = ev["byte_start"].integer(), e = ev["byte_end"].integer();
      if (!b || !e) continue;
      std::string_view sentence = ev["sentence"].str();
      bool ok = *b >= 0 && *b < *e && static_cast<size_t>(*e) <= jd.size();
      if (ok && !sentence.empty()) {
        // The sentence the run recorded must sit in the text around the span's start (an LLM's
        // evidence quote may run past that sentence's end).
        ok = false;
        for (size_t p = jd.find(sentence); p != std::string_view::npos && p <= size_t(*b); p = jd.find(sentence, p + 1))
          if (size_t(*b) < p + sentence.size()) ok = true;
      }
      if (!ok)
        throw Error(Error::Code::kNotFound,
                    fmt::format("the JD text does not match run {}: the evidence of skill '{}' at bytes {}-{} is not "
                                "there (give the JD file the run was made from)",
                                run["run_id"].text(), s["skill_name"].text(), *b, *e));
    }
}

}  // namespace

std::string render_report_html(std::string_view runs_json, const ReportOptions& options) {
  // One parser per document kept alive until the page is written: JSON Lines need several.
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers;
  std::vector<J> docs;
  std::vector<std::string> where;  // how errors name each document: "line N" or "item N"
  auto parse_line = [&](std::string_view text, size_t line) {
    auto& parser = parsers.emplace_back(std::make_unique<simdjson::dom::parser>());
    element e;
    if (auto err = parser->parse(text.data(), text.size()).get(e); err)
      throw Error(Error::Code::kParse, fmt::format("line {} is not JSON ({})", line, simdjson::error_message(err)));
    return J(e);
  };

  // One run object, an array of runs, or JSON Lines (several objects, one per line).
  char first = first_char(runs_json);
  if (first == 0) throw Error(Error::Code::kParse, "empty input: no run to report");
  auto& whole_parser = parsers.emplace_back(std::make_unique<simdjson::dom::parser>());
  element whole;
  auto whole_error = whole_parser->parse(runs_json.data(), runs_json.size()).get(whole);
  if (!whole_error) {
    if (first == '[') {
      docs = J(whole).items();
      for (size_t i = 0; i < docs.size(); ++i) where.push_back(fmt::format("item {}", i));
    } else {
      docs.push_back(J(whole));
      where.emplace_back("the input");
    }
  } else if (first == '{' && runs_json.find('\n') != std::string_view::npos) {
    size_t line_no = 0, at = 0;
    while (at <= runs_json.size()) {
      size_t nl = runs_json.find('\n', at);
      if (nl == std::string_view::npos) nl = runs_json.size();
      ++line_no;
      std::string_view line = runs_json.substr(at, nl - at);
      if (first_char(line) != 0) {
        docs.push_back(parse_line(line, line_no));
        where.push_back(fmt::format("line {}", line_no));
      }
      at = nl + 1;
    }
  } else {
    throw Error(Error::Code::kParse, fmt::format("not JSON ({})", simdjson::error_message(whole_error)));
  }

  for (size_t i = 0; i < docs.size(); ++i)
    if (!is_run(docs[i]) && !is_failed_input(docs[i]))
      throw Error(Error::Code::kParse, fmt::format("{} is not a jdpipe run (no api1 or nano_parsed)", where[i]));
  if (docs.empty()) throw Error(Error::Code::kParse, "no run to report (an empty array)");

  std::vector<size_t> chosen;
  if (options.run_index) {
    if (*options.run_index >= docs.size())
      throw Error(Error::Code::kInvalidArgument,
                  fmt::format("run index {} out of range: the input holds {} run(s)", *options.run_index, docs.size()));
    chosen.push_back(*options.run_index);
  } else {
    for (size_t i = 0; i < docs.size(); ++i) chosen.push_back(i);
  }
  if (!options.jd_text.empty()) {
    if (chosen.size() != 1)
      throw Error(Error::Code::kInvalidArgument,
                  fmt::format("a JD text is for one run, the input holds {}: pick one with an index", chosen.size()));
    if (is_run(docs[chosen[0]])) check_jd_matches(docs[chosen[0]], options.jd_text);
  }

  std::string out;
  out.reserve(runs_json.size() * 2 + 16384);
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += report::content_security_policy();
  out += "\"><meta name=\"generator\" content=\"jdpipe ";
  out += JDPIPE_VERSION_STRING;
  out += "\"><title>";
  if (chosen.size() == 1) {
    J r = docs[chosen[0]];
    append_escaped(out, "jdpipe run " + r[is_run(r) ? "run_id" : "input_id"].text());
  } else {
    out += fmt::format("jdpipe report: {} runs", chosen.size());
  }
  out += "</title><style>";
  out += report::kStyle;
  out += "</style></head><body><main>";

  if (chosen.size() > 1) {
    out += fmt::format("<nav class=\"toc\"><h2>{} runs</h2><ol>", chosen.size());
    for (size_t i : chosen) {
      J r = docs[i];
      out += fmt::format("<li><a href=\"#run-{}\">", i);
      if (is_run(r)) {
        append_escaped(out, r["input_id"].present() ? r["input_id"].text() : r["run_id"].text());
        out += "</a> — ";
        J d = r["api1"]["stage4_decision"];
        if (r["api1"]["rejected"].boolean()) out += "rejected";
        else {
          append_escaped(out, d["chosen_role"].present() ? d["chosen_role"]["display_name"].text()
                                                         : d["new_role_display_name"].text());
          out += " (case ";
          append_escaped(out, d["case"].text());
          out += ")";
        }
      } else {
        append_escaped(out, r["input_id"].text());
        out += "</a> — failed";
      }
      out += "</li>";
    }
    out += "</ol></nav>";
  }
  for (size_t i : chosen) {
    if (is_run(docs[i])) RunWriter(out, docs[i], options.jd_text, i).write();
    else write_failed_input(out, docs[i], i);
  }
  out += "<footer>jdpipe ";
  out += JDPIPE_VERSION_STRING;
  out += " · a self-contained report: no network resources</footer></main><script>";
  out += report::kScript;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace jdpipe
