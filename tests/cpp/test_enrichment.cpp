// The client enrichment (the six views), the catalog fields it needs (ai_related KRAs, the
// work-nature lexicon) through bundles and SQLite, and the AI lexicon. The expected values were
// worked out by hand from the JDs in tests/data/jds/ (see the comments next to each).
#include <doctest/doctest.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "enrich/ai_terms.hpp"
#include "enrich/enricher.hpp"
#include "jdpipe/bundle.hpp"
#include "jdpipe/jdpipe.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "test_support.hpp"
#include "text/text.hpp"

using namespace jdpipe;

namespace {

std::string jd(const std::string& name) { return testing::read_file(JDPIPE_SOURCE_DIR "/tests/data/jds/" + name); }

Options quiet() {
  Options o;
  o.deterministic_ids = true;
  o.record_timings = false;
  return o;
}

const Pipeline& starter() {
  static Pipeline p(nullptr, quiet());
  return p;
}

const SentenceNature& sentence_starting(const NatureOfWork& nw, std::string_view prefix) {
  for (const auto& s : nw.sentences)
    if (s.sentence.rfind(prefix, 0) == 0) return s;
  FAIL("no sentence starts with " << prefix);
  throw std::logic_error("unreachable");
}

double share_of(const NatureOfWork& nw, std::string_view nature) {
  for (const auto& s : nw.shares)
    if (s.nature == nature) return s.share;
  return -1;
}

// A small catalog around payroll_specialist_crlf_tabs.txt: one role with ONE KRA (so it is the
// best KRA of every sentence), skills covering the four maturity buckets, and its own
// work-nature lexicon. The KRA is flagged AI-related only to exercise the KRA path of the AI
// index; nothing about payroll is AI.
constexpr const char* kPayrollBundle = R"({"kind":"meta","name":"payroll-test","version":"1","work_natures":[{"id":"payroll","label":"Run payroll","verbs":["process","file"]},{"id":"service","label":"Serve staff","verbs":["answer"]}]}
{"kind":"dimension","slug":"payroll-ops","display_name":"Payroll Operations"}
{"kind":"dimension","slug":"office-tools","display_name":"Office Tools"}
{"kind":"skill","slug":"excel","display_name":"Excel","category":"Office","volatility":"STABLE","typical_lifespan":"EVERGREEN","aliases":["Advanced Excel"],"dimensions":["office-tools"]}
{"kind":"skill","slug":"adp","display_name":"ADP","category":"Payroll Software","volatility":"STABLE","typical_lifespan":"LONG","aliases":[{"text":"ADP","type":"CANONICAL","match":"CASE_SENSITIVE"}],"dimensions":["payroll-ops","office-tools"]}
{"kind":"skill","slug":"tax-returns","display_name":"Tax Returns","category":"Payroll Software","volatility":"VOLATILE","typical_lifespan":"LONG","dimensions":["payroll-ops"]}
{"kind":"skill","slug":"cpp-cert","display_name":"Certified Payroll Professional","category":"Certification","volatility":"STABLE","typical_lifespan":"MEDIUM","dimensions":["payroll-ops"]}
{"kind":"role","slug":"payroll-specialist","display_name":"Payroll Specialist","aliases":["Payroll Specialist"],"kras":["Processes payroll for hourly and salaried staff and answers their pay questions."],"ai_related_kras":[0],"skills":["adp","excel"],"dimensions":["payroll-ops"]}
)";

std::shared_ptr<InMemoryCatalog> payroll_catalog() { return InMemoryCatalog::from_bundle_text(kPayrollBundle, "payroll-test"); }

const KraVocabulary& vocab_starting(const std::vector<KraVocabulary>& v, std::string_view prefix) {
  for (const auto& k : v)
    if (k.sentence.rfind(prefix, 0) == 0) return k;
  FAIL("no KRA vocabulary row for " << prefix);
  throw std::logic_error("unreachable");
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("AI lexicon: acronyms in upper case as words, phrases and tools in any case") {
  CHECK(enrich::find_ai_term("Define the ML strategy") == "ML");
  CHECK(enrich::find_ai_term("Generative AI features") == "AI");
  CHECK(enrich::find_ai_term("Fine-tune LLMs on our data") == "LLMs");
  CHECK(enrich::find_ai_term("models in pytorch") == "pytorch");
  CHECK(enrich::find_ai_term("Machine Learning Engineer") == "machine learning");
  CHECK(enrich::find_ai_term("deep neural networks") == "neural network");
  // Not AI: letters inside words, lower-case pairs, markup languages, a martial art.
  for (const char* plain : {"Maintain the HTML and XML feeds", "t'ai chi ch'uan", "Add 10 ml of water", "Email the team",
                            "Train commis chefs", "Said and paid", "MAIL"})
    CHECK_MESSAGE(!enrich::mentions_ai(plain), plain);
  CHECK(enrich::ai_kra_indices({"Builds dashboards.", "Trains machine learning models.", "Writes NLP pipelines."}) ==
        std::vector<size_t>{1, 2});
}

TEST_CASE("nature of work: the verb lexicon labels each sentence; inflections and the first lexicon word decide") {
  enrich::Enricher e(*InMemoryCatalog::starter()->snapshot());
  CHECK(e.classify("Planned and delivered lessons").first == "manage");  // "planned": doubled consonant
  CHECK(e.classify("Supervising two apprentices").first == "manage");
  CHECK(e.classify("Analyses sales data weekly").first == "analyse");  // before "sales"
  CHECK(e.classify("Studies the market").first == "analyse");         // -ies
  CHECK(e.classify("You will develop services").second == "develop");
  CHECK(e.classify("Keep the area tidy") == std::pair<std::string, std::string>{"unclassified", ""});
  // Every built-in verb's base form maps to its own nature (or an earlier nature listing it).
  for (const auto& n : enrich::builtin_work_natures())
    for (const auto& v : n.verbs) CHECK_MESSAGE(!e.classify(v).second.empty(), v);
}

TEST_CASE("enrichment on accountant_mumbai.txt: nature of work per sentence, shares, evidence spans") {
  const std::string text = jd("accountant_mumbai.txt");
  Run run = starter().run(text);
  REQUIRE_FALSE(run.rejected());
  const NatureOfWork& nw = run.enrichment.nature_of_work;
  CHECK(nw.lexicon == "builtin");
  // Hand-checked: the five responsibility bullets and the first lexicon word of each.
  REQUIRE(nw.sentences.size() == 5);
  CHECK(sentence_starting(nw, "Record day-to-day").nature == "operate");
  CHECK(sentence_starting(nw, "Record day-to-day").verb == "record");
  CHECK(sentence_starting(nw, "Prepare GST returns").nature == "build");
  CHECK(sentence_starting(nw, "Compute TDS and file").verb == "file");  // "compute" is in no nature
  CHECK(sentence_starting(nw, "Compute TDS and file").nature == "operate");
  CHECK(sentence_starting(nw, "Reconcile bank statements").nature == "analyse");
  CHECK(sentence_starting(nw, "Assist in the statutory audit").nature == "support");
  CHECK(share_of(nw, "operate") == doctest::Approx(0.4));
  CHECK(share_of(nw, "build") == doctest::Approx(0.2));
  CHECK(share_of(nw, "analyse") == doctest::Approx(0.2));
  CHECK(share_of(nw, "support") == doctest::Approx(0.2));
  CHECK(share_of(nw, "unclassified") == doctest::Approx(0.0));
  CHECK(nw.dominant == "operate");
  // Each sentence's span slices the JD back to the sentence.
  for (const auto& s : nw.sentences) {
    REQUIRE(s.span);
    CHECK(text.substr(s.span->byte_start, s.span->byte_end - s.span->byte_start) == s.sentence);
  }
  // Skill evidence: the span slices the JD to the surface form; "GST" (the starter's Indirect
  // Tax) is written twice, in a responsibility and in a requirement.
  const auto& ev = run.enrichment.evidence.skills;
  REQUIRE_FALSE(ev.empty());
  size_t gst = 0;
  for (const auto& item : ev) {
    REQUIRE(item.span);
    CHECK(text.substr(item.span->byte_start, item.span->byte_end - item.span->byte_start) == item.text);
    gst += item.text == "GST" && item.skill_name == "Indirect Tax";
  }
  CHECK(gst == 2);
  CHECK(std::is_sorted(ev.begin(), ev.end(), [](auto& a, auto& b) { return a.span->byte_start < b.span->byte_start; }));
  // A plain accounting JD is not AI-related.
  CHECK(run.enrichment.ai_index.score == 0);
  CHECK(run.enrichment.ai_index.contributors.empty());
}

TEST_CASE("AI index: the ML engineer JD scores above zero with its contributors; a field sales JD scores zero") {
  Run ml = starter().run(jd("ml_engineer_crore.txt"));
  REQUIRE_FALSE(ml.rejected());
  const AiIndex& ai = ml.enrichment.ai_index;
  CHECK(ai.score > 0);
  // Hand-checked: "Machine Learning" is a skill the starter flags ai_related; the first two
  // bullets say "ML" (the ML strategy, 12 ML engineers); the other three bullets do not.
  bool ml_skill = false;
  std::set<std::string> sentences;
  for (const auto& c : ai.contributors) {
    if (c.kind == "skill" && c.item == "Machine Learning")
      ml_skill = std::find(c.reasons.begin(), c.reasons.end(), "catalog flags the skill ai_related") != c.reasons.end();
    if (c.kind == "responsibility") {
      sentences.insert(c.item);
      CHECK(c.span);
    }
  }
  CHECK(ml_skill);
  CHECK(sentences.count("Define the ML strategy for search ranking and personalised recommendations"));
  CHECK(sentences.count("Lead a group of 12 ML engineers and applied scientists"));
  CHECK_FALSE(sentences.count("Work with product and business leaders to set quarterly goals"));
  CHECK(ai.total_responsibilities == 5);
  CHECK(ai.ai_responsibilities == static_cast<int>(sentences.size()));
  // The score is the mean of the two shares, in percent.
  double expect = 100.0 * (static_cast<double>(ai.ai_skills) / ai.total_skills +
                           static_cast<double>(ai.ai_responsibilities) / ai.total_responsibilities) / 2;
  CHECK(ai.score == static_cast<int>(std::lround(expect)));

  Run sales = starter().run(jd("sales_executive_delhi_inline.txt"));
  REQUIRE_FALSE(sales.rejected());
  CHECK(sales.enrichment.ai_index.score == 0);
  CHECK(sales.enrichment.ai_index.ai_skills == 0);
  CHECK(sales.enrichment.ai_index.contributors.empty());
  CHECK(sales.enrichment.ai_index.total_responsibilities == 5);
  CHECK(sentence_starting(sales.enrichment.nature_of_work, "Meet monthly sales targets").nature == "sell");
}

TEST_CASE("tech stack maturity: catalog volatility and lifespan give the buckets; shares sum to 1") {
  // Starter catalog facts: GitHub Actions is VOLATILE/LONG (emerging), React Testing Library
  // MODERATE/MEDIUM (fading).
  auto bucket_of = [](const Run& run, const std::string& slug) {
    for (const auto& m : run.enrichment.tech_stack_maturity.skills)
      if (m.slug == slug) return m.bucket;
    return std::string("absent");
  };
  Run devops = starter().run(jd("devops_engineer_hyderabad_caps.txt"));
  CHECK(bucket_of(devops, "github-actions") == "emerging");
  Run fe = starter().run(jd("junior_frontend_developer_remote.txt"));
  CHECK(bucket_of(fe, "react-testing-library") == "fading");
  CHECK(fe.enrichment.tech_stack_maturity.reading.find("fading (React Testing Library") != std::string::npos);
}

TEST_CASE("enrichment on payroll_specialist_crlf_tabs.txt with a hand-made catalog: every view pinned") {
  const std::string text = jd("payroll_specialist_crlf_tabs.txt");
  Pipeline p(payroll_catalog(), quiet());
  Run run = p.run(text);
  REQUIRE_FALSE(run.rejected());
  REQUIRE(run.api1.stage4_decision.chosen_role);
  REQUIRE(run.api1.stage4_decision.chosen_role->slug == "payroll-specialist");
  const Enrichment& e = run.enrichment;

  // Nature of work from the catalog's own lexicon.
  const NatureOfWork& nw = e.nature_of_work;
  CHECK(nw.lexicon == "catalog");
  REQUIRE(nw.sentences.size() == 4);
  CHECK(sentence_starting(nw, "Process bi-weekly payroll").nature == "payroll");
  CHECK(sentence_starting(nw, "Audit timecards").nature == "unclassified");
  CHECK(sentence_starting(nw, "File payroll tax returns").nature == "payroll");
  CHECK(sentence_starting(nw, "Answer employee questions").nature == "service");
  REQUIRE(nw.shares.size() == 3);  // the two natures, then unclassified
  CHECK(nw.shares[0].label == "Run payroll");
  CHECK(nw.shares[0].share == doctest::Approx(0.5));
  CHECK(nw.shares[2].nature == "unclassified");
  CHECK(nw.dominant == "payroll");
  // CRLF and tabs: the spans still slice the JD back to each sentence.
  for (const auto& s : nw.sentences) {
    REQUIRE(s.span);
    CHECK(text.substr(s.span->byte_start, s.span->byte_end - s.span->byte_start) == s.sentence);
  }

  // Skill clusters: by category (most skills first) and by dimension, chosen role's marked.
  const SkillClusters& sc = e.skill_clusters;
  std::map<std::string, std::set<std::string>> cats, dims;
  for (const auto& c : sc.by_category)
    for (const auto& s : c.skills) cats[c.key].insert(s.slug);
  for (const auto& c : sc.by_dimension)
    for (const auto& s : c.skills) dims[c.key].insert(s.slug);
  CHECK(cats["Payroll Software"] == std::set<std::string>{"adp", "tax-returns"});
  CHECK(cats["Office"] == std::set<std::string>{"excel"});
  CHECK(cats["Certification"] == std::set<std::string>{"cpp-cert"});
  CHECK(sc.by_category.front().key == "Payroll Software");
  CHECK(dims["payroll-ops"] == std::set<std::string>{"adp", "tax-returns", "cpp-cert"});
  CHECK(dims["office-tools"] == std::set<std::string>{"adp", "excel"});
  CHECK(sc.by_dimension.front().key == "payroll-ops");
  CHECK(sc.by_dimension.front().label == "Payroll Operations");
  CHECK(sc.by_dimension.front().under_chosen_role);
  CHECK_FALSE(sc.by_dimension.back().under_chosen_role);
  CHECK(sc.unclustered.empty());

  // Maturity: one skill in each of four buckets.
  const TechStackMaturity& tm = e.tech_stack_maturity;
  REQUIRE(tm.shares.size() == 5);
  for (size_t i = 0; i < 4; ++i) CHECK(tm.shares[i].share == doctest::Approx(0.25));
  CHECK(tm.shares[4].bucket == "unknown");
  CHECK(tm.shares[4].skills == 0);
  CHECK(tm.reading ==
        "Mostly evergreen (25%): a stack of long-lived fundamentals; 25% emerging (Tax Returns); 25% fading "
        "(Certified Payroll Professional).");

  // KRA evidence and vocabulary: the one KRA is the best KRA of every sentence.
  REQUIRE(e.evidence.kras.size() == 4);
  for (const auto& k : e.evidence.kras) {
    CHECK(k.role_slug == "payroll-specialist");
    CHECK(k.kra_ai_related);
  }
  const auto& v1 = vocab_starting(e.kra_vocabulary, "Process bi-weekly payroll");
  // Sentence words: process bi weekly payroll hourly salaried employees adp (for, 650, and, in
  // dropped). KRA words: processes payroll hourly salaried staff answers pay questions.
  CHECK(v1.shared == Words{"process", "payroll", "hourly", "salaried"});
  CHECK(v1.sentence_only == Words{"bi", "weekly", "employees", "adp"});
  CHECK(v1.kra_only == Words{"staff", "answers", "pay", "questions"});
  CHECK(v1.overlap == doctest::Approx(0.5));
  const auto& v3 = vocab_starting(e.kra_vocabulary, "File payroll tax returns");
  CHECK(v3.shared == Words{"payroll", "answer"});
  CHECK(v3.sentence_only == Words{"file", "tax", "returns", "agency", "notices"});
  CHECK(v3.kra_only == Words{"processes", "hourly", "salaried", "staff", "pay", "questions"});

  // AI index: no AI skill, no AI term; a sentence counts only through its flagged KRA, and only
  // when that KRA covers it (similarity at the pipeline's new_role_threshold or above).
  const AiIndex& ai = e.ai_index;
  CHECK(ai.ai_skills == 0);
  int covered = 0;
  for (const auto& k : e.evidence.kras) covered += k.similarity >= quiet().new_role_threshold;
  CHECK(ai.ai_responsibilities == covered);
  CHECK(covered >= 1);  // sentence 1 shares half its words with the KRA
  CHECK(ai.score == static_cast<int>(std::lround(100.0 * (0.0 + covered / 4.0) / 2)));
}

TEST_CASE("enrichment on every hand-written JD: the six views are consistent with the run and the text") {
  namespace fs = std::filesystem;
  size_t runs = 0;
  for (const auto& entry : fs::directory_iterator(JDPIPE_SOURCE_DIR "/tests/data/jds")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::read_file(entry.path().string());
    Run run = starter().run(text);
    CAPTURE(entry.path().filename().string());
    std::string json = run.to_json();
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(json);
    simdjson::dom::object root = doc.get_object();
    simdjson::dom::element enrichment;
    bool has = root.at_key("enrichment").get(enrichment) == simdjson::SUCCESS;
    if (run.rejected()) {
      CHECK_FALSE(has);  // nothing after api1
      CHECK(run.enrichment.nature_of_work.sentences.empty());
      continue;
    }
    ++runs;
    REQUIRE(has);
    simdjson::dom::object eo = enrichment.get_object();
    for (const char* key :
         {"skill_clusters", "nature_of_work", "ai_index", "tech_stack_maturity", "evidence", "kra_vocabulary"})
      CHECK_MESSAGE(eo.at_key(key).error() == simdjson::SUCCESS, key);
    const Enrichment& e = run.enrichment;
    double sum = 0;
    for (const auto& s : e.nature_of_work.shares) sum += s.share;
    if (!e.nature_of_work.sentences.empty()) CHECK(sum == doctest::Approx(1.0).epsilon(0.001));
    sum = 0;
    for (const auto& s : e.tech_stack_maturity.shares) sum += s.share;
    if (!run.api1.final_skills.empty()) CHECK(sum == doctest::Approx(1.0).epsilon(0.001));
    CHECK(e.tech_stack_maturity.skills.size() == run.api1.final_skills.size());
    CHECK_FALSE(e.tech_stack_maturity.reading.empty());
    CHECK(e.ai_index.score >= 0);
    CHECK(e.ai_index.score <= 100);
    // Every catalog skill sits in exactly one category cluster.
    size_t clustered = 0;
    for (const auto& c : e.skill_clusters.by_category) clustered += c.skills.size();
    CHECK(clustered + e.skill_clusters.unclustered.size() == run.api1.final_skills.size());
    for (const auto& item : e.evidence.skills) {
      REQUIRE(item.span);
      CHECK(text.substr(item.span->byte_start, item.span->byte_end - item.span->byte_start) == item.text);
    }
    for (const auto& k : e.evidence.kras)
      if (k.span)
        CHECK(text::squash_spaces(text.substr(k.span->byte_start, k.span->byte_end - k.span->byte_start)) ==
              text::squash_spaces(k.sentence));
    for (const auto& v : e.kra_vocabulary) {
      Words all;
      for (const auto& [w, st] : enrich::content_words(v.sentence)) all.push_back(w);
      Words mine = v.shared;
      mine.insert(mine.end(), v.sentence_only.begin(), v.sentence_only.end());
      std::sort(all.begin(), all.end());
      std::sort(mine.begin(), mine.end());
      CHECK(all == mine);
    }
  }
  CHECK(runs >= 40);
}

TEST_CASE("content words and stems for the KRA vocabulary") {
  CHECK(enrich::stem("develops") == enrich::stem("developing"));
  CHECK(enrich::stem("developed") == enrich::stem("develop"));
  CHECK(enrich::stem("managing") == enrich::stem("manage"));
  CHECK(enrich::stem("planning") == enrich::stem("plan"));
  CHECK(enrich::stem("studies") == enrich::stem("study"));
  CHECK(enrich::stem("processes") == enrich::stem("process"));
  CHECK(enrich::stem("class") == "class");
  Words words;
  for (const auto& [w, st] : enrich::content_words("Build and build the APIs for the team's 3 services")) words.push_back(w);
  CHECK(words == Words{"build", "apis", "team's", "services"});
}

TEST_CASE("locate: a sentence is found across squashed white space, else not at all") {
  std::string_view t = "Intro.\r\n\t1.\tProcess  the\r\n payroll weekly\r\nEnd";
  auto s = enrich::locate(t, "Process the payroll weekly");
  REQUIRE(s);
  CHECK(t.substr(s->byte_start, s->byte_end - s->byte_start) == "Process  the\r\n payroll weekly");
  CHECK_FALSE(enrich::locate(t, "Process the payroll monthly"));
  CHECK_FALSE(enrich::locate(t, ""));
}

TEST_CASE("bundle: ai_related_kras and work_natures round-trip; absent KRA flags come from the AI lexicon") {
  auto cat = payroll_catalog();
  const CatalogData& d = *cat->snapshot();
  CHECK(d.role_by_slug("payroll-specialist")->ai_related_kras == std::vector<size_t>{0});
  REQUIRE(d.meta.work_natures.size() == 2);
  CHECK(d.meta.work_natures[1].verbs == Words{"answer"});
  auto again = InMemoryCatalog::from_bundle_text(to_bundle_text(d), "again");
  CHECK(again->snapshot()->meta == d.meta);
  CHECK(again->snapshot()->roles == d.roles);
  // A role line without the field: the lexicon decides (the second KRA names machine learning).
  auto derived = InMemoryCatalog::from_bundle_text(
      R"({"kind":"role","slug":"r","display_name":"R","kras":["Plans the week.","Tunes machine learning models."]})", "d");
  CHECK(derived->snapshot()->roles[0].ai_related_kras == std::vector<size_t>{1});
  // An explicit empty list says "none", whatever the text.
  auto none = InMemoryCatalog::from_bundle_text(
      R"({"kind":"role","slug":"r","display_name":"R","kras":["Tunes machine learning models."],"ai_related_kras":[]})", "n");
  CHECK(none->snapshot()->roles[0].ai_related_kras.empty());
  // Bad values name the line and the problem.
  auto error_of = [](const char* bundle) {
    try {
      InMemoryCatalog::from_bundle_text(bundle, "bad.jsonl");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error_of("{\"kind\":\"meta\",\"name\":\"m\"}\n"
                 R"({"kind":"role","slug":"r","display_name":"R","kras":["A."],"ai_related_kras":[3]})")
            .find("bad.jsonl:2: field 'ai_related_kras' must hold indices into 'kras' (the role has 1 KRAs)") !=
        std::string::npos);
  CHECK(error_of(R"({"kind":"meta","name":"m","work_natures":[{"id":"unclassified","verbs":[]}]})")
            .find("bad.jsonl:1: work nature id 'unclassified' is empty or reserved") != std::string::npos);
  CHECK(error_of(R"({"kind":"meta","name":"m","work_natures":{"build":["make"]}})").find("bad.jsonl:1: 'work_natures' must be an array") !=
        std::string::npos);
}

TEST_CASE("SQLite catalog: ai_related_kras and work_natures round-trip; a NULL flag falls back to the AI lexicon") {
  namespace fs = std::filesystem;
  std::string path = (fs::temp_directory_path() / ("jdpipe-enrich-test-" + std::to_string(::getpid()) + ".db")).string();
  auto cleanup = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  };
  cleanup();
  CatalogData d = *payroll_catalog()->snapshot();
  d.roles[0].kras.push_back("Reviews the machine learning forecast of overtime.");  // AI text, not flagged
  {
    auto cat = SqliteCatalog::create(path, d);
    CHECK(cat->snapshot()->roles[0].ai_related_kras == std::vector<size_t>{0});
    CHECK(cat->snapshot()->meta.work_natures == d.meta.work_natures);
  }
  {
    auto reopened = SqliteCatalog::open(path);
    CHECK(reopened->snapshot()->roles == d.roles);
    CHECK(reopened->snapshot()->meta == d.meta);
  }
  // Rows written before the column existed hold NULL: the loader asks the lexicon.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_exec(raw, "UPDATE kras SET ai_related = NULL", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close_v2(raw);
  CHECK(SqliteCatalog::open(path)->snapshot()->roles[0].ai_related_kras == std::vector<size_t>{1});
  cleanup();
}

TEST_CASE("importers: AI-related skills and KRAs from the AI lexicon on O*NET 27.0 and ESCO v1.1.1") {
  const std::string data = JDPIPE_SHARED_DATA_DIR;
  {
    CatalogData esco = import_esco(data + "/esco-v1.1.1");
    for (const char* slug : {"machine-learning", "computer-vision", "natural-language-processing", "deep-learning"}) {
      CAPTURE(slug);
      REQUIRE(esco.skill_by_slug(slug));
      CHECK(esco.skill_by_slug(slug)->ai_related);
    }
    REQUIRE(esco.skill_by_slug("ml-computer-programming"));  // the ML language
    CHECK_FALSE(esco.skill_by_slug("ml-computer-programming")->ai_related);
    REQUIRE(esco.skill_by_slug("tai-chi"));
    CHECK_FALSE(esco.skill_by_slug("tai-chi")->ai_related);
    const Role* cv = esco.role_by_slug("computer-vision-engineer");
    REQUIRE(cv);
    REQUIRE_FALSE(cv->ai_related_kras.empty());
    CHECK(enrich::mentions_ai(cv->kras[cv->ai_related_kras.front()]));
  }
  {
    CatalogData onet = import_onet(data + "/onet-27.0");
    REQUIRE(onet.skill_by_slug("apache-mxnet"));
    CHECK(onet.skill_by_slug("apache-mxnet")->ai_related);
    const Role* rt = onet.role_by_slug("robotics-technicians-17-3024-01");
    REQUIRE(rt);
    REQUIRE(rt->ai_related_kras.size() == 1);
    CHECK(rt->kras[rt->ai_related_kras[0]].rfind("Train robots, using artificial intelligence software", 0) == 0);
  }
}
