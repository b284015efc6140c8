// O*NET text database -> CatalogData. The rules are documented in jdpipe/importers.hpp.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>

#include "catalog/import_common.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/importers.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

using import_detail::add_unique;
using import_detail::fold_key;
using import_detail::Progress;
using import_detail::require_file;
using import_detail::SlugAllocator;
using import_detail::TableReader;

constexpr std::string_view kCode = "O*NET-SOC Code";

// SOC 2018 major groups by their two-digit code.
std::string_view soc_major_group(std::string_view code) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kGroups = {{
      {"11", "Management Occupations"},
      {"13", "Business and Financial Operations Occupations"},
      {"15", "Computer and Mathematical Occupations"},
      {"17", "Architecture and Engineering Occupations"},
      {"19", "Life, Physical, and Social Science Occupations"},
      {"21", "Community and Social Service Occupations"},
      {"23", "Legal Occupations"},
      {"25", "Educational Instruction and Library Occupations"},
      {"27", "Arts, Design, Entertainment, Sports, and Media Occupations"},
      {"29", "Healthcare Practitioners and Technical Occupations"},
      {"31", "Healthcare Support Occupations"},
      {"33", "Protective Service Occupations"},
      {"35", "Food Preparation and Serving Related Occupations"},
      {"37", "Building and Grounds Cleaning and Maintenance Occupations"},
      {"39", "Personal Care and Service Occupations"},
      {"41", "Sales and Related Occupations"},
      {"43", "Office and Administrative Support Occupations"},
      {"45", "Farming, Fishing, and Forestry Occupations"},
      {"47", "Construction and Extraction Occupations"},
      {"49", "Installation, Maintenance, and Repair Occupations"},
      {"51", "Production Occupations"},
      {"53", "Transportation and Material Moving Occupations"},
      {"55", "Military Specific Occupations"},
  }};
  for (const auto& [k, v] : kGroups)
    if (code.substr(0, 2) == k) return v;
  return {};
}

// "NN-NNNN.NN"
bool valid_code(std::string_view c) {
  if (c.size() != 10 || c[2] != '-' || c[7] != '.') return false;
  for (size_t i : {0, 1, 3, 4, 5, 6, 8, 9})
    if (c[i] < '0' || c[i] > '9') return false;
  return true;
}

// Well-known programming, query and markup language names, lower case, as O*NET lists them.
bool is_language_name(std::string_view example) {
  static constexpr std::string_view kNames[] = {
      "c", "c++", "c#", "python", "perl", "php", "ruby", "r", "go", "scala", "swift", "kotlin", "rust",
      "javascript", "typescript", "java", "oracle java", "sun microsystems java", "bash", "ada", "fortran",
      "cobol", "pascal", "haskell", "erlang", "elixir", "clojure", "lisp", "prolog", "lua", "julia", "groovy",
      "dart", "objective c", "objective-c", "visual basic", "microsoft visual basic", "microsoft visual basic.net",
      "microsoft visual c#", "microsoft visual c++", "microsoft powershell", "shell script", "unix shell",
      "assembly language", "hypertext preprocessor php", "sql", "nosql", "structured query language sql",
      "pl/sql", "oracle pl/sql", "transact-sql", "t-sql", "html", "css", "xml", "xslt", "json", "yaml",
      "cascading style sheets css", "extensible markup language xml", "hypertext markup language html",
      "javascript object notation json", "matlab", "mathworks matlab", "sas", "vba",
  };
  std::string low = text::lower(example);
  for (auto n : kNames)
    if (low == n) return true;
  return false;
}

bool contains_word(std::string_view haystack_lower, std::string_view word) {
  for (size_t i = haystack_lower.find(word); i != std::string_view::npos; i = haystack_lower.find(word, i + 1)) {
    bool left = i == 0 || !text::is_alnum(static_cast<unsigned char>(haystack_lower[i - 1]));
    size_t e = i + word.size();
    bool right = e >= haystack_lower.size() || !text::is_alnum(static_cast<unsigned char>(haystack_lower[e]));
    if (left && right) return true;
  }
  return false;
}

std::string technology_nature(std::string_view example, std::string_view commodity) {
  std::string ex = text::lower(example);
  std::string com = text::lower(commodity);
  bool dev_commodity = com.find("development") != std::string::npos || com.find("compiler") != std::string::npos ||
                       com.find("data base management") != std::string::npos ||
                       com.find("analytical or scientific") != std::string::npos;
  if (is_language_name(example)) return "LANGUAGE";
  if (dev_commodity && (contains_word(ex, "language") || contains_word(ex, "languages")) &&
      !contains_word(ex, "software"))
    return "LANGUAGE";
  static constexpr std::string_view kPlatform[] = {
      "operating system", "cloud-based", "application server", "transaction server", "portal server",
      "communications server", "platform interconnectivity", "data base management system", "storage networking",
      "enterprise system management"};
  for (auto p : kPlatform)
    if (com.find(p) != std::string::npos) return "PLATFORM";
  return "TOOL";
}

// Whether `acr` (lower-case letters) is spelled out by words[w..]: each word gives one or more
// of the next letters, its first letter first and the rest in order from inside the word
// ("hypertext markup language" spells "html"); "for", "of", "and", "the" may give none.
bool spells(std::string_view acr, const std::vector<std::string>& words, size_t w) {
  if (w == words.size()) return acr.empty();
  const std::string& word = words[w];
  if ((word == "for" || word == "of" || word == "and" || word == "the" || word == "to") && spells(acr, words, w + 1))
    return true;
  if (acr.empty() || word.empty() || word[0] != acr[0]) return false;
  // The word gives acr[0..k): acr[1..k) must be a subsequence of word[1..].
  size_t pos = 1;
  for (size_t k = 1; k <= acr.size(); ++k) {
    if (spells(acr.substr(k), words, w + 1)) return true;
    if (k == acr.size()) break;
    pos = word.find(acr[k], pos);
    if (pos == std::string::npos) break;
    ++pos;
  }
  return false;
}

// A trailing upper-case acronym spelled out by the words before it ("Structured query
// language SQL" -> "SQL", "Microsoft SQL Server Reporting Services SSRS" -> "SSRS"), or empty.
std::string trailing_acronym(std::string_view example) {
  std::vector<std::string> words;
  for (std::string_view rest = text::trim(example); !rest.empty();) {
    size_t sp = rest.find(' ');
    std::string_view w = rest.substr(0, sp);
    if (!w.empty()) words.emplace_back(w);
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
  if (words.size() < 3) return {};
  std::string last = words.back();
  words.pop_back();
  if (last.size() > 2 && last.front() == '(' && last.back() == ')') last = last.substr(1, last.size() - 2);
  if (last.size() < 2 || last.size() > 10) return {};
  std::string letters;
  for (char c : last) {
    if (c >= 'A' && c <= 'Z') letters.push_back(static_cast<char>(c - 'A' + 'a'));
    else if (!((c >= '0' && c <= '9') || c == '+' || c == '#' || c == '-' || c == '.' || c == '/')) return {};
  }
  if (letters.size() < 2 || !(last[0] >= 'A' && last[0] <= 'Z')) return {};
  for (auto& w : words) w = text::lower(w);
  // The acronym spells the last two or more words.
  for (size_t start = 0; start + 2 <= words.size(); ++start) {
    std::vector<std::string> tail(words.begin() + static_cast<long>(start), words.end());
    if (spells(letters, tail, 0)) return last;
  }
  return {};
}

struct SkillBuild {
  size_t index = 0;  // into data.skills
  std::vector<std::pair<size_t, int>> commodities;  // dimension index, rows
  size_t rows = 0;
  bool hot = false;
  bool tool = false;
};

class OnetImporter {
 public:
  OnetImporter(const std::string& dir, const ImportOptions& options) : dir_(dir), options_(options) {}

  CatalogData run() {
    import_detail::require_dir(dir_, "O*NET");
    // Every file is checked before any work, so a missing one fails fast.
    std::string occ = require_file(dir_, "Occupation Data.txt");
    std::string alt = require_file(dir_, "Alternate Titles.txt");
    std::string tasks = require_file(dir_, "Task Statements.txt");
    std::string tech = require_file(dir_, "Technology Skills.txt");
    std::string tools = options_.include_tools_used ? require_file(dir_, "Tools Used.txt") : std::string();

    read_occupations(occ);
    read_alternate_titles(alt);
    read_tasks(tasks);
    read_skills(tech, false);
    if (options_.include_tools_used) read_skills(tools, true);
    finish_skills();

    data_.meta.name = "onet";
    data_.meta.version = read_version();
    data_.meta.description = fmt::format(
        "O*NET {} database imported by jdpipe: {} occupations with alternate titles and task statements, "
        "{} technology{} examples as skills, grouped by commodity.",
        data_.meta.version.empty() ? std::string("text") : data_.meta.version, data_.roles.size(),
        data_.skills.size(), options_.include_tools_used ? " and tool" : "");
    data_.meta.license =
        "CC BY 4.0; O*NET Resource Center, U.S. Department of Labor, Employment and Training Administration";

    return import_detail::finish_import(std::move(data_), options_, stats_);
  }

 private:
  // The role index of a code, or nullptr (and the row counted) when the code is unknown.
  const size_t* role_of(std::string_view code) {
    auto it = role_by_code_.find(import_detail::key(code));
    if (it == role_by_code_.end()) {
      ++skipped_in_file_;
      return nullptr;
    }
    return &it->second;
  }

  void end_file(const TableReader& r) {
    if (skipped_in_file_) {
      stats_.skipped_rows += skipped_in_file_;
      stats_.notes.push_back(
          fmt::format("{}: {} rows name an O*NET-SOC code missing from Occupation Data.txt", r.path(), skipped_in_file_));
    }
    skipped_in_file_ = 0;
  }

  std::string_view required(const TableReader& r, size_t col, std::string_view name) {
    std::string_view v = text::trim(r[col]);
    if (v.empty()) r.fail(fmt::format("empty '{}'", name));
    return v;
  }

  void read_occupations(const std::string& path) {
    TableReader r(path, TableReader::Dialect::kTsv);
    size_t c_code = r.column(kCode), c_title = r.column("Title"), c_desc = r.column("Description");
    Progress p(options_, "occupations");
    p.start(r.total_bytes());
    while (r.next()) {
      std::string_view code = required(r, c_code, kCode);
      if (!valid_code(code)) r.fail(fmt::format("malformed O*NET-SOC code '{}'", code));
      std::string_view group = soc_major_group(code);
      if (group.empty()) r.fail(fmt::format("O*NET-SOC code '{}' names no SOC major group", code));
      std::string_view title = required(r, c_title, "Title");
      if (!role_by_code_.emplace(std::string(code), data_.roles.size()).second)
        r.fail(fmt::format("O*NET-SOC code '{}' appears twice", code));
      Role role;
      role.slug = role_slugs_.take(fmt::format("{} {}", title, code));
      role.display_name = text::squash_spaces(title);
      role.rationale = text::squash_spaces(r[c_desc]);
      role.role_archetype = std::string(group);
      role.external_id = std::string(code);
      alias_seen_.emplace_back();
      kra_seen_.emplace_back();
      add_unique(role.aliases, alias_seen_.back(), title);
      data_.roles.push_back(std::move(role));
      p.tick(r);
    }
    p.done(r.total_bytes());
  }

  void read_alternate_titles(const std::string& path) {
    TableReader r(path, TableReader::Dialect::kTsv);
    size_t c_code = r.column(kCode), c_alt = r.column("Alternate Title"), c_short = r.column("Short Title");
    Progress p(options_, "alternate titles");
    p.start(r.total_bytes());
    while (r.next()) {
      const size_t* ri = role_of(required(r, c_code, kCode));
      p.tick(r);
      if (!ri) continue;
      auto& role = data_.roles[*ri];
      add_unique(role.aliases, alias_seen_[*ri], required(r, c_alt, "Alternate Title"));
      std::string_view short_title = text::trim(r[c_short]);
      if (short_title != "n/a") add_unique(role.aliases, alias_seen_[*ri], short_title);
    }
    end_file(r);
    p.done(r.total_bytes());
  }

  void read_tasks(const std::string& path) {
    TableReader r(path, TableReader::Dialect::kTsv);
    size_t c_code = r.column(kCode), c_task = r.column("Task");
    Progress p(options_, "task statements");
    p.start(r.total_bytes());
    while (r.next()) {
      const size_t* ri = role_of(required(r, c_code, kCode));
      p.tick(r);
      if (!ri) continue;
      std::string task = text::squash_spaces(required(r, c_task, "Task"));
      if (kra_seen_[*ri].insert(task).second) data_.roles[*ri].kras.push_back(std::move(task));
    }
    end_file(r);
    p.done(r.total_bytes());
  }

  size_t dimension_of(std::string_view title, std::string_view commodity_code, bool tool) {
    auto it = dimension_by_title_.find(import_detail::key(title));
    if (it != dimension_by_title_.end()) return it->second;
    Dimension d;
    d.slug = dimension_slugs_.take(title);
    d.display_name = std::string(title);
    d.rationale = fmt::format("UNSPSC commodity {} ({}), as O*NET groups its {} examples.", commodity_code, title,
                              tool ? "tools used" : "technology skills");
    size_t idx = data_.dimensions.size();
    data_.dimensions.push_back(std::move(d));
    dimension_by_title_.emplace(std::string(title), idx);
    return idx;
  }

  void read_skills(const std::string& path, bool tool) {
    TableReader r(path, TableReader::Dialect::kTsv);
    size_t c_code = r.column(kCode), c_example = r.column("Example"), c_ccode = r.column("Commodity Code"),
           c_ctitle = r.column("Commodity Title");
    const size_t c_hot = tool ? SIZE_MAX : r.column("Hot Technology");
    Progress p(options_, tool ? "tools used" : "technology skills");
    p.start(r.total_bytes());
    while (r.next()) {
      p.tick(r);
      std::string_view code = required(r, c_code, kCode);
      std::string_view example = required(r, c_example, "Example");
      std::string_view ctitle = required(r, c_ctitle, "Commodity Title");
      std::string_view ccode = text::trim(r[c_ccode]);
      bool hot = false;
      if (c_hot != SIZE_MAX) {
        std::string_view h = text::trim(r[c_hot]);
        if (h != "Y" && h != "N") r.fail(fmt::format("'Hot Technology' must be Y or N, not '{}'", h));
        hot = h == "Y";
      }
      const size_t* ri = role_of(code);
      if (!ri) continue;
      size_t dim = dimension_of(ctitle, ccode, tool);

      std::string key = fold_key(example);
      auto [it, fresh] = skill_by_key_.try_emplace(key, builds_.size());
      if (fresh) {
        Skill s;
        s.display_name = text::squash_spaces(example);
        s.slug = skill_slugs_.take(s.display_name);
        SkillBuild b;
        b.index = data_.skills.size();
        b.tool = tool;
        data_.skills.push_back(std::move(s));
        builds_.push_back(std::move(b));
      }
      SkillBuild& b = builds_[it->second];
      b.hot |= hot;
      ++b.rows;
      auto cit = std::find_if(b.commodities.begin(), b.commodities.end(), [&](auto& c) { return c.first == dim; });
      if (cit == b.commodities.end()) b.commodities.emplace_back(dim, 1);
      else ++cit->second;

      Role& role = data_.roles[*ri];
      uint64_t role_key = static_cast<uint64_t>(*ri) << 32;
      if (role_links_.insert(role_key | it->second).second) role.skills.push_back(data_.skills[b.index].slug);
      if (role_dims_.insert(role_key | dim).second) role.dimensions.push_back(data_.dimensions[dim].slug);
    }
    end_file(r);
    p.done(r.total_bytes());
  }

  void finish_skills() {
    // An acronym goes to the Example listed in most rows among those that spell it out (ties:
    // first seen), unless it is an Example of its own.
    absl::flat_hash_map<std::string, size_t> acronym_owner;
    std::vector<std::string> acronyms(builds_.size());
    for (size_t i = 0; i < builds_.size(); ++i) {
      acronyms[i] = trailing_acronym(data_.skills[builds_[i].index].display_name);
      if (acronyms[i].empty() || skill_by_key_.contains(import_detail::key(fold_key(acronyms[i])))) continue;
      auto [it, fresh] = acronym_owner.try_emplace(acronyms[i], i);
      if (!fresh && builds_[i].rows > builds_[it->second].rows) it->second = i;
    }
    for (size_t i = 0; i < builds_.size(); ++i) {
      SkillBuild& b = builds_[i];
      Skill& s = data_.skills[b.index];
      // The commodity listed most often first (a stable sort keeps first-seen order on ties).
      std::stable_sort(b.commodities.begin(), b.commodities.end(),
                       [](const auto& x, const auto& y) { return x.second > y.second; });
      for (const auto& [dim, rows] : b.commodities) s.dimensions.push_back(data_.dimensions[dim].slug);
      s.sub_category = b.commodities.empty() ? std::string() : data_.dimensions[b.commodities[0].first].display_name;
      s.category = b.tool ? "Tools" : "Technology";
      s.skill_nature = b.tool ? "TOOL" : technology_nature(s.display_name, s.sub_category);
      s.volatility = b.hot ? "MODERATE" : "STABLE";
      s.typical_lifespan = b.tool ? "LONG" : "MEDIUM";
      // "... Automated Inspection AI" spells out its "AI": not artificial intelligence.
      std::string_view name = s.display_name;
      if (acronyms[i] == "AI") name = text::trim(name.substr(0, name.size() - 2));
      s.ai_related = import_detail::mentions_ai(name);
      SkillAlias canonical;
      canonical.text = s.display_name;
      canonical.type = "CANONICAL";
      canonical.is_primary = true;
      s.aliases.push_back(std::move(canonical));
      auto owner = acronyms[i].empty() ? acronym_owner.end() : acronym_owner.find(acronyms[i]);
      if (owner != acronym_owner.end() && owner->second == i) {
        SkillAlias a;
        a.text = acronyms[i];
        a.type = "ABBREVIATION";
        a.match = "CASE_SENSITIVE";
        s.aliases.push_back(std::move(a));
      }
    }
  }

  std::string read_version() {
    std::ifstream in(std::filesystem::path(dir_) / "Read Me.txt");
    std::string first;
    if (!in || !std::getline(in, first)) return {};
    // "O*NET 27.0 Database"
    constexpr std::string_view kPrefix = "O*NET ";
    std::string_view line = text::trim(first);
    if (line.substr(0, kPrefix.size()) != kPrefix) return {};
    line.remove_prefix(kPrefix.size());
    return std::string(line.substr(0, line.find(' ')));
  }

  std::string dir_;
  const ImportOptions& options_;
  CatalogData data_;
  ImportStats stats_;
  size_t skipped_in_file_ = 0;
  absl::flat_hash_map<std::string, size_t> role_by_code_;
  std::vector<absl::flat_hash_set<std::string>> alias_seen_, kra_seen_;
  absl::flat_hash_map<std::string, size_t> skill_by_key_;  // fold_key(Example) -> builds_ index
  std::vector<SkillBuild> builds_;
  absl::flat_hash_map<std::string, size_t> dimension_by_title_;
  absl::flat_hash_set<uint64_t> role_links_, role_dims_;
  SlugAllocator role_slugs_, skill_slugs_, dimension_slugs_;
};

}  // namespace

CatalogData import_onet(const std::string& dir, const ImportOptions& options) {
  return OnetImporter(dir, options).run();
}

}  // namespace jdpipe
