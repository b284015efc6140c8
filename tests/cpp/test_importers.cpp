#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jdpipe/bundle.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/importers.hpp"
#include "test_support.hpp"
#include "text/text.hpp"

namespace fs = std::filesystem;
using jdpipe::CatalogData;
using jdpipe::testing::error_of;

namespace {

const std::string kData = JDPIPE_SHARED_DATA_DIR;
const std::string kOnet = kData + "/onet-27.0";
const std::string kEsco = kData + "/esco-v1.1.1";

bool have(const std::string& dir) {
  if (fs::is_directory(dir)) return true;
  MESSAGE("skipped: the shared data folder " << dir << " is absent");
  return false;
}

// ---- Independent readers: deliberately simple, whole-file, no code shared with the importers.

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f;
    size_t b = 0;
    for (;;) {
      size_t t = line.find('\t', b);
      f.push_back(line.substr(b, t == std::string::npos ? std::string::npos : t - b));
      if (t == std::string::npos) break;
      b = t + 1;
    }
    rows.push_back(std::move(f));
  }
  return rows;
}

// RFC 4180 records as maps from header name to value.
std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
  std::string s = jdpipe::testing::read_file(path);
  std::vector<std::vector<std::string>> recs(1);
  std::string cur;
  bool quoted = false, any = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') cur += '"', ++i;
      else if (c == '"') quoted = false;
      else cur += c;
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      recs.back().push_back(cur), cur.clear(), any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      if (any || !cur.empty()) recs.back().push_back(cur), recs.emplace_back();
      cur.clear();
      any = false;
    } else {
      cur += c, any = true;
    }
  }
  if (any || !cur.empty()) recs.back().push_back(cur);
  if (recs.back().empty()) recs.pop_back();
  std::vector<std::map<std::string, std::string>> out;
  for (size_t r = 1; r < recs.size(); ++r) {
    std::map<std::string, std::string> m;
    for (size_t i = 0; i < recs[0].size() && i < recs[r].size(); ++i) m[recs[0][i]] = recs[r][i];
    out.push_back(std::move(m));
  }
  return out;
}

// Trimmed, runs of whitespace one space, ASCII lower case: the documented alias key.
std::string lower_trim(const std::string& in) {
  std::string s;
  for (char c : in) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    std::string piece(jdpipe::text::trim(std::string_view(s).substr(b, e - b)));
    if (!piece.empty()) out.push_back(piece);
    b = e + 1;
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// ---- Imports done once per test process.

const CatalogData& onet() {
  static const CatalogData data = jdpipe::import_onet(kOnet);
  return data;
}
std::vector<std::string>& esco_stages() {
  static std::vector<std::string> stages;
  return stages;
}
const CatalogData& esco(jdpipe::ImportStats* stats_out = nullptr) {
  static jdpipe::ImportStats stats;
  static const CatalogData data = [] {
    jdpipe::ImportOptions opt;
    opt.stats = &stats;
    opt.progress = [](std::string_view stage, size_t done, size_t total) {
      auto& stages = esco_stages();
      if (stages.empty() || stages.back() != stage) stages.emplace_back(stage);
      CHECK(done <= total);
    };
    return jdpipe::import_esco(kEsco, opt);
  }();
  if (stats_out) *stats_out = stats;
  return data;
}

const jdpipe::Role* role_by_external_id(const CatalogData& d, const std::string& id) {
  for (const auto& r : d.roles)
    if (r.external_id == id) return &r;
  return nullptr;
}

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag) {
    path = fs::temp_directory_path() /
           ("jdpipe-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string str() const { return path.string(); }
};

// Copies the header and the first `rows` lines of an O*NET file.
void copy_head(const std::string& from, const fs::path& to, size_t rows) {
  std::ifstream in(from);
  std::ofstream out(to);
  std::string line;
  for (size_t i = 0; i <= rows && std::getline(in, line); ++i) out << line << '\n';
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

}  // namespace

// ------------------------------------------------------------------------------------------
// O*NET

TEST_CASE("import onet: counts equal the source files") {
  if (!have(kOnet)) return;
  const CatalogData& d = onet();

  auto occ = read_tsv(kOnet + "/Occupation Data.txt");
  std::set<std::string> codes;
  std::map<std::string, std::set<std::string>> aliases;  // code -> lower-cased titles
  for (auto& r : occ) codes.insert(r[0]), aliases[r[0]].insert(lower_trim(r[1]));
  CHECK(codes.size() == 1016);
  CHECK(d.roles.size() == codes.size());

  for (auto& r : read_tsv(kOnet + "/Alternate Titles.txt")) {
    aliases[r[0]].insert(lower_trim(r[1]));
    if (r[2] != "n/a") aliases[r[0]].insert(lower_trim(r[2]));
  }
  std::map<std::string, size_t> tasks;
  for (auto& r : read_tsv(kOnet + "/Task Statements.txt")) ++tasks[r[0]];
  std::set<std::string> examples, commodities;
  std::map<std::string, std::set<std::string>> role_skills;
  for (auto& r : read_tsv(kOnet + "/Technology Skills.txt")) {
    examples.insert(lower_trim(r[1]));
    commodities.insert(r[3]);
    role_skills[r[0]].insert(lower_trim(r[1]));
  }

  size_t alias_total = 0, expected_alias_total = 0, kra_total = 0, expected_kra_total = 0, links = 0,
         expected_links = 0;
  for (const auto& role : d.roles) {
    REQUIRE(role.external_id);
    const std::string& code = *role.external_id;
    CHECK_MESSAGE(role.aliases.size() == aliases[code].size(), code);
    CHECK_MESSAGE(role.kras.size() == tasks[code], code);
    CHECK_MESSAGE(role.skills.size() == role_skills[code].size(), code);
    alias_total += role.aliases.size();
    kra_total += role.kras.size();
    links += role.skills.size();
  }
  for (auto& [c, a] : aliases) expected_alias_total += a.size();
  for (auto& [c, n] : tasks) expected_kra_total += n;
  for (auto& [c, s] : role_skills) expected_links += s.size();
  CHECK(alias_total == expected_alias_total);
  CHECK(kra_total == expected_kra_total);
  CHECK(kra_total == 19265);
  CHECK(links == expected_links);
  CHECK(d.skills.size() == examples.size());
  CHECK(d.skills.size() == 8632);
  CHECK(d.dimensions.size() == commodities.size());
  MESSAGE("O*NET: " << d.roles.size() << " roles, " << alias_total << " role aliases, " << kra_total << " KRAs, "
                    << d.skills.size() << " skills, " << links << " role-skill links, " << d.dimensions.size()
                    << " dimensions");
}

TEST_CASE("import onet: known records") {
  if (!have(kOnet)) return;
  const CatalogData& d = onet();
  CHECK(d.meta.name == "onet");
  CHECK(d.meta.version == "27.0");
  const auto* dev = d.role_by_slug("software-developers-15-1252-00");
  REQUIRE(dev);
  CHECK(dev->external_id == "15-1252.00");
  CHECK(dev->display_name == "Software Developers");
  CHECK(dev->role_archetype == "Computer and Mathematical Occupations");
  CHECK(dev->rationale.rfind("Research, design, and develop computer and network software", 0) == 0);
  CHECK(dev->aliases.front() == "Software Developers");
  CHECK(contains(dev->aliases, ".NET Developer"));
  CHECK(contains(dev->aliases, "AI Specialist"));  // a Short Title
  CHECK(contains(dev->kras, "Analyze user needs and software requirements to determine feasibility of design within "
                            "time and cost constraints."));
  CHECK(dev->kras.front() ==
        "Analyze information to determine, recommend, and plan installation of a new system or modification of an "
        "existing system.");
  CHECK(contains(dev->skills, "python"));
  CHECK(contains(dev->skills, "git"));
  CHECK(contains(dev->dimensions, "object-or-component-oriented-development-software"));

  const auto* python = d.skill_by_slug("python");
  REQUIRE(python);
  CHECK(python->display_name == "Python");
  CHECK(python->category == "Technology");
  CHECK(python->sub_category == "Object or component oriented development software");
  CHECK(python->skill_nature == "LANGUAGE");
  CHECK(python->volatility == "MODERATE");  // a hot technology
  CHECK(!python->external_id);
  REQUIRE(!python->aliases.empty());
  CHECK(python->aliases[0].type == "CANONICAL");
  CHECK(python->aliases[0].is_primary);
  CHECK(python->dimensions.front() == "object-or-component-oriented-development-software");
  // Roles linking Python include the software developers.
  bool found = false;
  for (size_t i : d.roles_with_skill("python")) found |= d.roles[i].slug == dev->slug;
  CHECK(found);

  const auto* sql = d.skill_by_slug("structured-query-language-sql");
  REQUIRE(sql);
  CHECK(sql->skill_nature == "LANGUAGE");
  bool abbrev = false;
  for (const auto& a : sql->aliases) abbrev |= a.text == "SQL" && a.type == "ABBREVIATION" && a.match == "CASE_SENSITIVE";
  CHECK(abbrev);

  const auto* chief = d.role_by_slug("chief-executives-11-1011-00");
  REQUIRE(chief);
  CHECK(chief->role_archetype == "Management Occupations");
  const auto* acrobat = d.skill_by_slug("adobe-systems-adobe-acrobat");
  REQUIRE(acrobat);
  CHECK(acrobat->skill_nature == "TOOL");
  CHECK(acrobat->sub_category == "Document management software");
  const auto* windows = d.skill_by_slug("microsoft-windows");
  REQUIRE(windows);
  CHECK(windows->skill_nature == "PLATFORM");
}

TEST_CASE("import onet: tools used, optional") {
  if (!have(kOnet)) return;
  jdpipe::ImportOptions opt;
  opt.include_tools_used = true;
  CatalogData d = jdpipe::import_onet(kOnet, opt);
  std::set<std::string> tools, commodities;
  for (auto& r : read_tsv(kOnet + "/Tools Used.txt")) tools.insert(lower_trim(r[1])), commodities.insert(r[3]);
  size_t tool_skills = 0;
  for (const auto& s : d.skills) tool_skills += s.category == "Tools";
  CHECK(tool_skills == tools.size());
  CHECK(d.skills.size() == onet().skills.size() + tools.size());
  CHECK(d.dimensions.size() == onet().dimensions.size() + commodities.size());
  const auto* calc = d.skill_by_slug("10-key-calculators");
  REQUIRE(calc);
  CHECK(calc->skill_nature == "TOOL");
  CHECK(calc->sub_category == "Desktop calculator");
  CHECK(contains(d.role_by_slug("chief-executives-11-1011-00")->skills, "10-key-calculators"));
}

TEST_CASE("import onet: a bundle of the import reloads to equal records") {
  if (!have(kOnet)) return;
  const CatalogData& d = onet();
  auto back = jdpipe::InMemoryCatalog::from_bundle_text(jdpipe::to_bundle_text(d), "onet.jsonl")->snapshot();
  CHECK(back->meta == d.meta);
  CHECK(back->roles == d.roles);
  CHECK(back->skills == d.skills);
  CHECK(back->dimensions == d.dimensions);
}

TEST_CASE("import onet: bad folders name the file, column or line") {
  if (!have(kOnet)) return;
  TempDir tmp("onet");
  for (const char* f : {"Occupation Data.txt", "Alternate Titles.txt", "Task Statements.txt", "Technology Skills.txt"})
    copy_head(kOnet + "/" + f, tmp.path / f, 60);
  // The small folder imports.
  CatalogData small = jdpipe::import_onet(tmp.str());
  CHECK(small.roles.size() == 60);

  SUBCASE("a missing file") {
    fs::rename(tmp.path / "Task Statements.txt", tmp.path / "Tasks.txt");
    std::string err = error_of([&] { jdpipe::import_onet(tmp.str()); });
    CHECK_MESSAGE(err.find("Task Statements.txt") != std::string::npos, err);
  }
  SUBCASE("Tools Used.txt is needed only with include_tools_used") {
    jdpipe::ImportOptions opt;
    opt.include_tools_used = true;
    std::string err = error_of([&] { jdpipe::import_onet(tmp.str(), opt); });
    CHECK_MESSAGE(err.find("Tools Used.txt") != std::string::npos, err);
  }
  SUBCASE("a renamed column") {
    std::string text = jdpipe::testing::read_file((tmp.path / "Occupation Data.txt").string());
    text.replace(text.find("\tTitle\t"), 7, "\tJob Title\t");
    write(tmp.path / "Occupation Data.txt", text);
    std::string err = error_of([&] { jdpipe::import_onet(tmp.str()); });
    CHECK_MESSAGE(err.find("'Title'") != std::string::npos, err);
    CHECK_MESSAGE(err.find("Occupation Data.txt") != std::string::npos, err);
  }
  SUBCASE("a row with a missing field") {
    std::ofstream(tmp.path / "Task Statements.txt", std::ios::app) << "11-1011.00\t999\tA task with too few fields\n";
    std::string err = error_of([&] { jdpipe::import_onet(tmp.str()); });
    CHECK_MESSAGE(err.find("Task Statements.txt:62:") != std::string::npos, err);
  }
  SUBCASE("a malformed code") {
    std::ofstream(tmp.path / "Occupation Data.txt", std::ios::app) << "15-12X2.00\tOdd\tOdd code.\n";
    std::string err = error_of([&] { jdpipe::import_onet(tmp.str()); });
    CHECK_MESSAGE(err.find("Occupation Data.txt:62:") != std::string::npos, err);
    CHECK_MESSAGE(err.find("15-12X2.00") != std::string::npos, err);
  }
  SUBCASE("a folder that does not exist") {
    std::string err = error_of([&] { jdpipe::import_onet((tmp.path / "nope").string()); });
    CHECK_MESSAGE(err.find("nope") != std::string::npos, err);
  }
}

// ------------------------------------------------------------------------------------------
// ESCO

TEST_CASE("import esco: counts equal the source files") {
  if (!have(kEsco)) return;
  jdpipe::ImportStats stats;
  const CatalogData& d = esco(&stats);

  auto occ = read_csv(kEsco + "/occupations_en.csv");
  auto skills = read_csv(kEsco + "/skills_en.csv");
  CHECK(occ.size() == 3007);
  CHECK(skills.size() == 13896);
  REQUIRE(d.roles.size() == occ.size());
  REQUIRE(d.skills.size() == skills.size());

  size_t role_aliases = 0, expected_role_aliases = 0, kras = 0, expected_kras = 0;
  for (size_t i = 0; i < occ.size(); ++i) {
    std::set<std::string> a{lower_trim(occ[i]["preferredLabel"])};
    for (auto& l : lines_of(occ[i]["altLabels"])) a.insert(lower_trim(l));
    expected_role_aliases += a.size();
    role_aliases += d.roles[i].aliases.size();
    expected_kras += jdpipe::text::split_sentences(occ[i]["description"]).size();
    kras += d.roles[i].kras.size();
    CHECK(d.roles[i].external_id == occ[i]["conceptUri"]);
  }
  CHECK(role_aliases == expected_role_aliases);
  CHECK(kras == expected_kras);

  size_t skill_aliases = 0, expected_skill_aliases = 0;
  std::unordered_map<std::string, size_t> skill_index;
  for (size_t i = 0; i < skills.size(); ++i) {
    std::set<std::string> a{lower_trim(skills[i]["preferredLabel"])};
    for (auto& l : lines_of(skills[i]["altLabels"])) a.insert(lower_trim(l));
    for (auto& l : lines_of(skills[i]["hiddenLabels"])) a.insert(lower_trim(l));
    expected_skill_aliases += a.size();
    skill_aliases += d.skills[i].aliases.size();
    skill_index[skills[i]["conceptUri"]] = i;
  }
  CHECK(skill_aliases == expected_skill_aliases);

  // Dimensions: skill groups that are a direct broader concept of a skill.
  std::set<std::string> groups;
  size_t skill_group_links = 0;
  {
    std::set<std::pair<std::string, std::string>> pairs;
    for (auto& r : read_csv(kEsco + "/broaderRelationsSkillPillar.csv"))
      if (r["conceptType"] == "KnowledgeSkillCompetence" && r["broaderType"] == "SkillGroup")
        groups.insert(r["broaderUri"]), pairs.emplace(r["conceptUri"], r["broaderUri"]);
    skill_group_links = pairs.size();
  }
  CHECK(d.dimensions.size() == groups.size());
  size_t got_skill_dims = 0;
  for (const auto& s : d.skills) got_skill_dims += s.dimensions.size();
  CHECK(got_skill_dims == skill_group_links);

  // Role-skill links: distinct known (occupation, skill) pairs; unknown URIs counted.
  std::unordered_set<std::string> occ_uris;
  for (auto& o : occ) occ_uris.insert(o["conceptUri"]);
  std::set<std::pair<std::string, std::string>> pairs;
  size_t unknown = 0;
  {
    std::ifstream in(kEsco + "/occupationSkillRelations.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      std::string o = line.substr(0, line.find(','));
      std::string s = line.substr(line.rfind(',') + 1);
      if (!occ_uris.count(o) || !skill_index.count(s)) ++unknown;
      else pairs.emplace(o, s);
    }
  }
  size_t links = 0;
  for (const auto& r : d.roles) links += r.skills.size();
  CHECK(links == pairs.size());
  CHECK(stats.skipped_rows == unknown);
  CHECK(unknown == 67);
  CHECK(esco_stages() == std::vector<std::string>{"isco groups", "skill groups", "digital skills", "skills",
                                                  "skill hierarchy", "occupations", "occupation skills", "finalize"});
  MESSAGE("ESCO: " << d.roles.size() << " roles, " << role_aliases << " role aliases, " << kras << " KRAs, "
                   << d.skills.size() << " skills, " << skill_aliases << " skill aliases, " << links
                   << " role-skill links, " << d.dimensions.size() << " dimensions, " << stats.skipped_rows
                   << " relation rows skipped");
}

TEST_CASE("import esco: known records") {
  if (!have(kEsco)) return;
  const CatalogData& d = esco();
  CHECK(d.meta.name == "esco");
  CHECK(d.meta.version == "1.1.1");

  // A skill's labels.
  const auto* staff = d.skill_by_slug("manage-musical-staff");
  REQUIRE(staff);
  CHECK(staff->external_id == "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab");
  CHECK(staff->skill_nature == "METHODOLOGY");
  std::vector<std::string> texts;
  for (const auto& a : staff->aliases) texts.push_back(a.text + "|" + a.type);
  CHECK(texts == std::vector<std::string>{"manage musical staff|CANONICAL", "manage staff of music|SYNONYM",
                                          "coordinate duties of musical staff|SYNONYM", "manage music staff|SYNONYM",
                                          "direct musical staff|SYNONYM"});
  CHECK(staff->aliases[0].is_primary);

  const auto* haskell = d.skill_by_slug("haskell");
  REQUIRE(haskell);
  CHECK(haskell->category == "Digital");
  CHECK(haskell->skill_nature == "DOMAIN");  // sector-specific knowledge
  // The first direct group in broaderRelationsSkillPillar.csv order.
  CHECK(haskell->sub_category == "software and applications development and analysis");
  CHECK(haskell->dimensions.front() == "software-and-applications-development-and-analysis");

  const auto* ml = d.skill_by_slug("machine-learning");
  REQUIRE(ml);
  CHECK(ml->ai_related);

  // An occupation's essential skills, first, in file order.
  const std::string td_uri = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
  const auto* td = role_by_external_id(d, td_uri);
  REQUIRE(td);
  CHECK(td->slug == "technical-director");
  CHECK(td->display_name == "technical director");
  CHECK(td->role_archetype == "Professionals");  // ISCO 2654
  CHECK(contains(td->aliases, "technical and operations director"));
  CHECK(td->kras.front() ==
        "Technical directors realise the artistic visions of the creators within technical constraints.");
  std::vector<std::string> essential, all;
  {
    std::ifstream in(kEsco + "/occupationSkillRelations.csv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind(td_uri + ",", 0) != 0) continue;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::string uri = line.substr(line.rfind(',') + 1);
      (line.find(",essential,") != std::string::npos ? essential : all).push_back(uri);
    }
  }
  CHECK(essential.size() == 8);
  REQUIRE(td->skills.size() == essential.size() + all.size());
  for (size_t i = 0; i < essential.size(); ++i) {
    const auto* s = d.skill_by_slug(td->skills[i]);
    REQUIRE(s);
    CHECK(s->external_id == essential[i]);
  }
  // The role's dimensions are those of its essential skills.
  std::set<std::string> dims;
  for (size_t i = 0; i < essential.size(); ++i)
    for (const auto& dim : d.skill_by_slug(td->skills[i])->dimensions) dims.insert(dim);
  CHECK(std::set<std::string>(td->dimensions.begin(), td->dimensions.end()) == dims);
}

TEST_CASE("import esco: a bundle of the import reloads to equal records") {
  if (!have(kEsco)) return;
  const CatalogData& d = esco();
  auto back = jdpipe::InMemoryCatalog::from_bundle_text(jdpipe::to_bundle_text(d), "esco.jsonl")->snapshot();
  CHECK(back->meta == d.meta);
  CHECK(back->roles == d.roles);
  CHECK(back->skills == d.skills);
  CHECK(back->dimensions == d.dimensions);
}

TEST_CASE("import esco: a CSV reader for quotes, doubled quotes, line breaks and CRLF; bad files named") {
  TempDir tmp("esco");
  const std::string crlf = "\r\n";
  write(tmp.path / "ISCOGroups_en.csv",
        "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description" + crlf +
            "ISCOGroup,http://x/isco/C2,2,Professionals,released,,,\"Professionals \"\"do\"\"\nthings.\"" + crlf);
  write(tmp.path / "skillGroups_en.csv",
        "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,"
        "description,code" + crlf + "SkillGroup,http://x/g1,\"computing, in general\",,,released,,,,\"About\ncomputers\",S1" +
            crlf);
  write(tmp.path / "digitalSkillsCollection_en.csv", "conceptType,conceptUri,preferredLabel" + crlf +
                                                         "KnowledgeSkillCompetence,http://x/s1,Haskell" + crlf);
  write(tmp.path / "skills_en.csv",
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status" + crlf +
            "KnowledgeSkillCompetence,http://x/s1,knowledge,sector-specific,Haskell,\"Haskell programming\nhaskell\n"
            "\"\"Haskell\"\" language\",hasekll,released" + crlf +
            "KnowledgeSkillCompetence,http://x/s2,skill/competence,transversal,show initiative,,,released" + crlf);
  write(tmp.path / "broaderRelationsSkillPillar.csv",
        "conceptType,conceptUri,broaderType,broaderUri" + crlf + "KnowledgeSkillCompetence,http://x/s1,SkillGroup,http://x/g1" +
            crlf + "KnowledgeSkillCompetence,http://x/unknown,SkillGroup,http://x/g1" + crlf);
  const std::string occ_header =
      "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description" + crlf;
  write(tmp.path / "occupations_en.csv",
        occ_header + "Occupation,http://x/o1,2512,software developer,\"programmer\ncoder\",,released,\"Writes code. "
                     "Tests it.\"" + crlf);
  write(tmp.path / "occupationSkillRelations.csv",
        "occupationUri,relationType,skillType,skillUri" + crlf + "http://x/o1,optional,skill/competence,http://x/s2" +
            crlf + "http://x/o1,essential,knowledge,http://x/s1" + crlf + "http://x/o1,essential,knowledge,http://x/s9" +
            crlf);

  jdpipe::ImportStats stats;
  jdpipe::ImportOptions opt;
  opt.stats = &stats;
  CatalogData d = jdpipe::import_esco(tmp.str(), opt);
  REQUIRE(d.skills.size() == 2);
  const auto& h = d.skills[0];
  std::vector<std::string> texts;
  for (const auto& a : h.aliases) texts.push_back(a.text + "|" + a.type);
  CHECK(texts == std::vector<std::string>{"Haskell|CANONICAL", "Haskell programming|SYNONYM",
                                          "\"Haskell\" language|SYNONYM", "hasekll|VARIANT"});
  CHECK(h.category == "Digital");
  CHECK(h.sub_category == "computing, in general");
  CHECK(h.dimensions == std::vector<std::string>{"computing-in-general"});
  CHECK(d.skills[1].skill_nature == "SOFT_SKILL");
  REQUIRE(d.roles.size() == 1);
  CHECK(d.roles[0].aliases == std::vector<std::string>{"software developer", "programmer", "coder"});
  CHECK(d.roles[0].kras == std::vector<std::string>{"Writes code.", "Tests it."});
  CHECK(d.roles[0].skills == std::vector<std::string>{"haskell", "show-initiative"});  // essential first
  CHECK(d.roles[0].dimensions == std::vector<std::string>{"computing-in-general"});
  CHECK(d.roles[0].role_archetype == "Professionals");
  CHECK(d.dimensions.size() == 1);
  CHECK(d.dimensions[0].rationale == "About computers");
  CHECK(stats.skipped_rows == 2);
  CHECK(stats.notes.size() == 2);

  SUBCASE("an unterminated quote names the file and line") {
    write(tmp.path / "occupations_en.csv",
          occ_header + "Occupation,http://x/o1,2512,software developer,,,released,Writes code." + crlf +
              "Occupation,http://x/o2,2512,tester,\"checker\nreviewer,,released,Tests code." + crlf);
    std::string err = error_of([&] { jdpipe::import_esco(tmp.str()); });
    CHECK_MESSAGE(err.find("occupations_en.csv:3:") != std::string::npos, err);
    CHECK_MESSAGE(err.find("not closed") != std::string::npos, err);
  }
  SUBCASE("bytes after a closing quote") {
    write(tmp.path / "skills_en.csv",
          "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status" + crlf +
              "KnowledgeSkillCompetence,http://x/s1,knowledge,,\"Haskell\"x,,,released" + crlf);
    std::string err = error_of([&] { jdpipe::import_esco(tmp.str()); });
    CHECK_MESSAGE(err.find("skills_en.csv:2:") != std::string::npos, err);
  }
  SUBCASE("a missing file") {
    fs::remove(tmp.path / "occupationSkillRelations.csv");
    std::string err = error_of([&] { jdpipe::import_esco(tmp.str()); });
    CHECK_MESSAGE(err.find("occupationSkillRelations.csv") != std::string::npos, err);
  }
  SUBCASE("a renamed column") {
    write(tmp.path / "occupationSkillRelations.csv", "occupationUri,relation,skillType,skillUri" + crlf);
    std::string err = error_of([&] { jdpipe::import_esco(tmp.str()); });
    CHECK_MESSAGE(err.find("'relationType'") != std::string::npos, err);
    CHECK_MESSAGE(err.find("occupationSkillRelations.csv") != std::string::npos, err);
  }
  SUBCASE("a record with too many fields") {
    write(tmp.path / "digitalSkillsCollection_en.csv",
          "conceptType,conceptUri,preferredLabel" + crlf + "a,b,c" + crlf + "\n" + "a,b,c,d" + crlf);
    std::string err = error_of([&] { jdpipe::import_esco(tmp.str()); });
    CHECK_MESSAGE(err.find("digitalSkillsCollection_en.csv:4:") != std::string::npos, err);
  }
}
