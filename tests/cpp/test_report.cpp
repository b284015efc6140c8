// The HTML run report: escaping of hostile JD text, what the page shows, no network references.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "jdpipe/jdpipe.hpp"
#include "llm/sha256.hpp"
#include "report/html.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

const Pipeline& pipeline() {
  static Pipeline p;
  return p;
}

// Markup in a JD: entity-encoded (the parser decodes it into the company name and a
// responsibility) and raw (kept in the evidence sentences and the full text).
constexpr const char* kHostileJd = R"(Company: &lt;img src=x onerror=alert(1)&gt;

Job Title: Backend Developer

Responsibilities:
- Build and maintain REST APIs in Java and Kotlin &lt;script&gt;alert(1)&lt;/script&gt;
- Run &lt;img src=x onerror=alert(1)&gt; services on AWS with Docker
- Review code and mentor "junior" engineers & 'others'

Requirements:
- 3+ years of experience with Java, Node.js and SQL <b onmouseover=alert(1)>now</b>

Salary: 30 LPA
)";

struct Tag {
  std::string name;
  std::map<std::string, std::string> attrs;
};

/// Every start tag of the page with its attributes (the page quotes every attribute value).
std::vector<Tag> start_tags(const std::string& html) {
  std::vector<Tag> tags;
  static const std::regex attr_re(R"re(([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?)re");
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    if (i + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i + 1]))) continue;
    size_t end = html.find('>', i);
    REQUIRE(end != std::string::npos);
    std::string inner = html.substr(i + 1, end - i - 1);
    size_t name_end = inner.find_first_of(" \t\n/");
    Tag t{inner.substr(0, name_end), {}};
    for (auto& c : t.name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name_end != std::string::npos) {
      std::string rest = inner.substr(name_end);
      for (std::sregex_iterator it(rest.begin(), rest.end(), attr_re), stop; it != stop; ++it)
        t.attrs[(*it)[1].str()] = (*it)[2].matched ? (*it)[2].str() : (*it)[3].str() + (*it)[4].str();
    }
    tags.push_back(std::move(t));
  }
  return tags;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

/// The page's only markup is its own: known tags, one script, no event handlers, no resource
/// that is not in the page.
void check_markup_is_ours(const std::string& html) {
  static const std::set<std::string> kOurTags = {
      "html", "head", "meta", "title", "style", "body", "main", "section", "header", "nav", "div",
      "h1",   "h2",   "h3",   "p",     "span",  "strong", "code", "button", "ul",  "ol",  "li",
      "table", "thead", "tbody", "tr", "th",    "td",     "pre",  "mark",   "details", "summary",
      "br",   "a",    "footer", "script"};
  size_t scripts = 0;
  for (const Tag& t : start_tags(html)) {
    INFO("tag <" << t.name << ">");
    CHECK(kOurTags.count(t.name) == 1);
    scripts += t.name == "script";
    for (const auto& attr : t.attrs) {
      const auto& name = attr.first;  // no structured binding: clang 14 cannot capture one in INFO
      const auto& value = attr.second;
      INFO("attribute " << name << "=" << value);
      CHECK_FALSE(name.rfind("on", 0) == 0);  // no event handler
      CHECK(name != "src");
      CHECK(name != "srcset");
      CHECK(name != "action");
      if (name == "href") CHECK(value.rfind("#", 0) == 0);  // links only within the page
      if (name == "style") FAIL("inline style attribute");
    }
  }
  CHECK(scripts == 1);
  CHECK(count(html, "url(") == 0);
  CHECK(count(html, "@import") == 0);
}

std::string report_of(const std::string& jd, const std::string& jd_text_for_report = {}) {
  Run run = pipeline().run(jd);
  ReportOptions o;
  o.jd_text = jd_text_for_report;
  return render_report_html(run.to_json(), o);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) s.replace(i, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("report: markup from a hostile JD renders as text, never as tags") {
  Run run = pipeline().run(kHostileJd);
  REQUIRE_FALSE(run.rejected());
  // The hostile strings do reach the run, so the report really gets them.
  REQUIRE(run.nano_parsed.company_name == std::optional<std::string>("<img src=x onerror=alert(1)>"));
  REQUIRE(run.nano_parsed.roles_and_responsibilities.size() == 1);
  REQUIRE(run.nano_parsed.roles_and_responsibilities[0].text.find("<script>alert(1)</script>") != std::string::npos);
  std::string json = run.to_json();

  SUBCASE("with the full JD text") {
    std::string html = render_report_html(json, {kHostileJd, std::nullopt});
    check_markup_is_ours(html);
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&lt;b onmouseover=alert(1)&gt;now&lt;/b&gt;") != std::string::npos);  // the raw JD
    CHECK(html.find("&amp;lt;script&amp;gt;") != std::string::npos);  // the entity, as written, in the full text
  }
  SUBCASE("with evidence sentences only") {
    std::string html = render_report_html(json);
    check_markup_is_ours(html);
    CHECK(html.find("&lt;b onmouseover=alert(1)&gt;now&lt;/b&gt;") != std::string::npos);
  }
  SUBCASE("as a skill's name and surface form, and in quotes") {
    // The deterministic extractor only finds catalog skills; an LLM or another tool may name
    // anything, so the run JSON is edited to carry the markup in the skill itself.
    REQUIRE(json.find("\"Kotlin\"") != std::string::npos);
    std::string edited = replace_all(json, "Kotlin", "<img src=x onerror=alert(1)>Kot\\\"lin'");
    std::string html = render_report_html(edited);
    check_markup_is_ours(html);
    CHECK(html.find(">&lt;img src=x onerror=alert(1)&gt;Kot&quot;lin&#39;</button>") != std::string::npos);
    CHECK(html.find("<mark class=\"ev\" data-skill=\"2\">&lt;img src=x onerror=alert(1)&gt;Kot&quot;lin&#39;</mark>") !=
          std::string::npos);
  }
}

TEST_CASE("report: the sample run shows its role, case, skills with evidence, and the raw JSON") {
  std::string jd = testing::sample_jd();
  Run run = pipeline().run(jd);
  REQUIRE(run.api1.stage4_decision.chosen_role);
  std::string html = render_report_html(run.to_json(), {jd, std::nullopt});
  check_markup_is_ours(html);
  CHECK(html.find("<h2 class=\"chosen-role\">" + run.api1.stage4_decision.chosen_role->display_name + "</h2>") !=
        std::string::npos);
  CHECK(html.find("CASE " + run.api1.stage4_decision.case_id) != std::string::npos);
  CHECK(html.find(report::escaped(run.api1.stage4_decision.reasoning)) != std::string::npos);
  REQUIRE_FALSE(run.api1.final_skills.empty());
  for (size_t i = 0; i < run.api1.final_skills.size(); ++i) {
    const ExtractedSkill& s = run.api1.final_skills[i];
    INFO(s.skill_name);
    CHECK(html.find("data-skill=\"" + std::to_string(i) + "\">" + s.skill_name + "</button>") != std::string::npos);
    // Its evidence is marked in the full text at the run's offsets.
    const Evidence& ev = s.evidence.at(0);
    CHECK(html.find("<mark class=\"ev\" data-skill=\"" + std::to_string(i) + "\">" +
                    jd.substr(ev.byte_start, ev.byte_end - ev.byte_start) + "</mark>") != std::string::npos);
  }
  for (const char* stage : {"nano_parsed", "api1", "api2", "api3"})
    CHECK(html.find(std::string("<details class=\"raw-json\" data-stage=\"") + stage + "\">") != std::string::npos);
  CHECK(html.find("&quot;run_id&quot;: &quot;" + run.run_id + "&quot;") != std::string::npos);  // escaped JSON in <pre>
  // The three signals and the persistence grid, one row per item.
  for (const char* section : {"signal-alias", "signal-kra", "signal-skill", "persistence-grid"})
    CHECK(html.find(section) != std::string::npos);
  size_t grid = html.find("persistence-grid");
  size_t grid_end = html.find("</table>", grid);
  CHECK(count(html.substr(grid, grid_end - grid), "<tr>") == run.api3.items.size() + 1);  // + the header row
  // The six enrichment views of every run, each a section of the enrichment tab.
  CHECK(html.find("data-tab=\"enrichment\"") != std::string::npos);
  for (const char* title : {"Skill clusters", "Nature of work", "AI index", "Tech stack maturity", "Evidence", "KRA vocabulary"})
    CHECK(html.find(std::string("<h2>") + title + "</h2>") != std::string::npos);
}

TEST_CASE("report: the script is allowed by its hash and nothing else may load") {
  std::string html = report_of(testing::sample_jd());
  size_t csp = html.find("Content-Security-Policy\" content=\"");
  REQUIRE(csp != std::string::npos);
  CHECK(html.find("default-src 'none'", csp) != std::string::npos);
  CHECK(html.find("'unsafe-inline'", csp) < html.find("script-src", csp));  // for styles only
  size_t open = html.rfind("<script>"), close = html.rfind("</script>");
  REQUIRE(open < close);
  std::string script = html.substr(open + 8, close - open - 8);
  CHECK(html.find("script-src 'sha256-", csp) != std::string::npos);
  // The same digest, in hex, that the CSP carries in base64: recompute it from the page.
  auto digest = llm::sha256(script);
  static constexpr char k64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string b64;
  for (size_t i = 0; i < digest.size(); i += 3) {
    uint32_t v = uint32_t(digest[i]) << 16 | (i + 1 < digest.size() ? uint32_t(digest[i + 1]) << 8 : 0) |
                 (i + 2 < digest.size() ? digest[i + 2] : 0);
    b64 += k64[v >> 18 & 63];
    b64 += k64[v >> 12 & 63];
    b64 += i + 1 < digest.size() ? k64[v >> 6 & 63] : '=';
    b64 += i + 2 < digest.size() ? k64[v & 63] : '=';
  }
  CHECK(html.find("script-src 'sha256-" + b64 + "'") != std::string::npos);
}

TEST_CASE("report: a rejected run shows its reason") {
  Run run = pipeline().run("hello");
  REQUIRE(run.rejected());
  std::string html = render_report_html(run.to_json());
  check_markup_is_ours(html);
  CHECK(html.find("Rejected") != std::string::npos);
  REQUIRE(run.api1.rejection_reason);
  CHECK_FALSE(run.api1.rejection_reason->empty());
  CHECK(html.find("<p class=\"rejection-reason\">" + report::escaped(*run.api1.rejection_reason) + "</p>") !=
        std::string::npos);
  CHECK(html.find("data-tab=\"signals\"") == std::string::npos);
  CHECK(html.find("data-tab=\"raw\"") != std::string::npos);
}

TEST_CASE("report: several runs, an index, JSON Lines with a failed input") {
  Run a = pipeline().run(testing::sample_jd());
  Run b = pipeline().run(kHostileJd);
  std::string array = "[" + a.to_json() + "," + b.to_json() + "]";
  std::string html = render_report_html(array);
  CHECK(count(html, "<section class=\"run\"") == 2);
  CHECK(html.find("<nav class=\"toc\"><h2>2 runs</h2>") != std::string::npos);
  CHECK(html.find(a.run_id) != std::string::npos);
  CHECK(html.find(b.run_id) != std::string::npos);

  ReportOptions second;
  second.run_index = 1;
  html = render_report_html(array, second);
  CHECK(count(html, "<section class=\"run\"") == 1);
  CHECK(html.find("id=\"run-1\"") != std::string::npos);
  CHECK(html.find(a.run_id) == std::string::npos);

  ReportOptions out_of_range;
  out_of_range.run_index = 2;
  CHECK_THROWS_WITH_AS(render_report_html(array, out_of_range), doctest::Contains("out of range"), Error);

  std::string jsonl = a.to_json() + "\n{\"input_id\":\"jds.jsonl:2\",\"error\":\"<b>bad</b> line\"}\n" + b.to_json() + "\n";
  html = render_report_html(jsonl);
  check_markup_is_ours(html);
  CHECK(count(html, "<section class=\"run\"") == 2);
  CHECK(html.find("Failed input") != std::string::npos);
  CHECK(html.find("&lt;b&gt;bad&lt;/b&gt; line") != std::string::npos);

  // A JD text belongs to one run.
  CHECK_THROWS_AS(render_report_html(array, {kHostileJd, std::nullopt}), Error);
  CHECK_NOTHROW(render_report_html(array, {kHostileJd, size_t{1}}));
}

TEST_CASE("report: bad input is a clear error") {
  auto code_of = [](std::string_view input, std::string_view jd = {}) {
    try {
      render_report_html(input, {jd, std::nullopt});
    } catch (const Error& e) {
      return e.code();
    }
    return Error::Code::kInternal;  // not thrown
  };
  CHECK(code_of("") == Error::Code::kParse);
  CHECK(code_of("not json") == Error::Code::kParse);
  CHECK(code_of("{\"a\": 1}") == Error::Code::kParse);
  CHECK(code_of("[]") == Error::Code::kParse);
  CHECK(code_of("{\"a\": 1}\n{\"b\": ") == Error::Code::kParse);
  // Evidence offsets that do not fit the JD text: not the JD of the run.
  Run run = pipeline().run(testing::sample_jd());
  CHECK(code_of(run.to_json(), "A different job: we need Java and Kotlin developers.") == Error::Code::kNotFound);
  CHECK_THROWS_WITH(render_report_html("{\"a\": 1}"), doctest::Contains("not a jdpipe run"));
}

TEST_CASE("report: an enrichment block of any shape is shown readably, escaped") {
  Run run = pipeline().run(testing::sample_jd());
  std::string json = run.to_json();
  // Swap the run's enrichment object for one of shapes the report has never seen.
  size_t at = json.find("\"enrichment\":");
  REQUIRE(at != std::string::npos);
  size_t end = at + std::string("\"enrichment\":").size(), depth = 0;
  for (bool in_string = false; end < json.size(); ++end) {
    char c = json[end];
    if (in_string) {
      if (c == '\\') ++end;
      else if (c == '"') in_string = false;
    } else if (c == '"') in_string = true;
    else if (c == '{') ++depth;
    else if (c == '}' && --depth == 0) break;
  }
  json.replace(at, end + 1 - at, "\"enrichment\":{}");
  std::string enrichment = R"({
    "skill_clusters": [{"category": "Programming Language", "skills": ["Java", "Kotlin"], "share": 0.5},
                       {"category": "<i>Concept</i>", "skills": ["API"], "share": 0.25}],
    "ai_index": {"score": 0.12, "ai_skills": [], "level": "low"},
    "nature_of_work": {"build": 0.6, "operate": 0.4},
    "future_block": 7
  })";
  std::string html = render_report_html(replace_all(json, "\"enrichment\":{}", "\"enrichment\":" + enrichment));
  check_markup_is_ours(html);
  CHECK(html.find("data-tab=\"enrichment\"") != std::string::npos);
  for (const char* title : {"Skill clusters", "AI index", "Nature of work", "Future block"})
    CHECK(html.find(std::string("<h2>") + title + "</h2>") != std::string::npos);
  // An array of objects is a table with a column per key; lists inside cells.
  CHECK(html.find("<th>Category</th><th>Skills</th><th>Share</th>") != std::string::npos);
  CHECK(html.find("<li>Kotlin</li>") != std::string::npos);
  CHECK(html.find("&lt;i&gt;Concept&lt;/i&gt;") != std::string::npos);
  CHECK(html.find("<th>Level</th><td>low</td>") != std::string::npos);
  // The known blocks come in the seed's order, others after them.
  CHECK(html.find("<h2>Skill clusters</h2>") < html.find("<h2>Nature of work</h2>"));
  CHECK(html.find("<h2>Nature of work</h2>") < html.find("<h2>AI index</h2>"));
  CHECK(html.find("<h2>AI index</h2>") < html.find("<h2>Future block</h2>"));
}

TEST_CASE("report: a new role (case C) shows the proposed role, its KRAs and the reasoning") {
  Run run = pipeline().run(
      "Job Title: Apiary Beekeeper\n\nResponsibilities:\n- Inspect hives weekly and treat colonies for varroa mites\n"
      "- Harvest and extract honey, and maintain beekeeping equipment\n- Raise queens and split strong colonies in spring\n");
  const Decision& d = run.api1.stage4_decision;
  REQUIRE(d.case_id == "C");
  REQUIRE(d.is_new_role);
  std::string html = render_report_html(run.to_json());
  check_markup_is_ours(html);
  CHECK(html.find("<h2 class=\"chosen-role\">" + report::escaped(d.new_role_display_name.value_or("")) + "</h2>") !=
        std::string::npos);
  CHECK(html.find("CASE C") != std::string::npos);
  CHECK(html.find(report::escaped(d.reasoning)) != std::string::npos);
  REQUIRE_FALSE(d.new_role_kras.empty());
  for (const auto& kra : d.new_role_kras) CHECK(html.find("<li>" + report::escaped(kra) + "</li>") != std::string::npos);
}
