// ESCO CSV classification -> CatalogData. The rules are documented in jdpipe/importers.hpp.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "catalog/import_common.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/importers.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

using import_detail::add_unique;
using import_detail::fold_key;
using import_detail::for_each_line;
using import_detail::Progress;
using import_detail::require_file;
using import_detail::SlugAllocator;
using import_detail::TableReader;

constexpr auto kCsv = TableReader::Dialect::kCsv;

struct Group {
  std::string label;
  std::string description;
  std::optional<size_t> dimension;  // index into data.dimensions once a skill names it
};

class EscoImporter {
 public:
  EscoImporter(const std::string& dir, const ImportOptions& options) : dir_(dir), options_(options) {}

  CatalogData run() {
    import_detail::require_dir(dir_, "ESCO");
    std::string isco = require_file(dir_, "ISCOGroups_en.csv");
    std::string groups = require_file(dir_, "skillGroups_en.csv");
    std::string digital = require_file(dir_, "digitalSkillsCollection_en.csv");
    std::string skills = require_file(dir_, "skills_en.csv");
    std::string broader = require_file(dir_, "broaderRelationsSkillPillar.csv");
    std::string occupations = require_file(dir_, "occupations_en.csv");
    std::string relations = require_file(dir_, "occupationSkillRelations.csv");

    read_isco(isco);
    read_groups(groups);
    read_digital(digital);
    read_skills(skills);
    read_broader(broader);
    read_occupations(occupations);
    read_relations(relations);

    data_.meta.name = "esco";
    data_.meta.version = version_from_dir();
    data_.meta.description = fmt::format(
        "ESCO classification{} (English) imported by jdpipe: {} occupations, {} skills and competences, {} skill "
        "groups as dimensions.",
        data_.meta.version.empty() ? std::string() : " v" + data_.meta.version, data_.roles.size(),
        data_.skills.size(), data_.dimensions.size());
    data_.meta.license = "ESCO, European Commission (European Skills, Competences, Qualifications and Occupations); "
                         "reuse with attribution";

    return import_detail::finish_import(std::move(data_), options_, stats_);
  }

 private:
  std::string_view required(const TableReader& r, size_t col, std::string_view name) {
    std::string_view v = text::trim(r[col]);
    if (v.empty()) r.fail(fmt::format("empty '{}'", name));
    return v;
  }

  void note_skipped(const TableReader& r, size_t n, std::string_view what) {
    if (!n) return;
    stats_.skipped_rows += n;
    stats_.notes.push_back(fmt::format("{}: {} rows skipped: {}", r.path(), n, what));
  }

  void read_isco(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_code = r.column("code"), c_label = r.column("preferredLabel");
    Progress p(options_, "isco groups");
    p.start(r.total_bytes());
    while (r.next()) {
      p.tick(r);
      std::string_view code = text::trim(r[c_code]);
      if (code.size() == 1 && code[0] >= '0' && code[0] <= '9')
        isco_major_[code[0] - '0'] = text::squash_spaces(r[c_label]);
    }
    p.done(r.total_bytes());
  }

  void read_groups(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_uri = r.column("conceptUri"), c_label = r.column("preferredLabel"), c_desc = r.column("description");
    Progress p(options_, "skill groups");
    p.start(r.total_bytes());
    while (r.next()) {
      p.tick(r);
      std::string_view uri = required(r, c_uri, "conceptUri");
      Group g;
      g.label = text::squash_spaces(required(r, c_label, "preferredLabel"));
      g.description = text::squash_spaces(r[c_desc]);
      if (!group_by_uri_.emplace(std::string(uri), groups_.size()).second)
        r.fail(fmt::format("skill group '{}' appears twice", uri));
      groups_.push_back(std::move(g));
    }
    p.done(r.total_bytes());
  }

  void read_digital(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_uri = r.column("conceptUri");
    // The collection names each skill's broader concepts: a digital skill under an AI concept
    // ("principles of artificial intelligence") is AI-related whatever its own label says.
    std::optional<size_t> c_broader = r.find_column("broaderConceptPT");
    Progress p(options_, "digital skills");
    p.start(r.total_bytes());
    while (r.next()) {
      p.tick(r);
      std::string uri(required(r, c_uri, "conceptUri"));
      if (c_broader && import_detail::mentions_ai(r[*c_broader])) digital_ai_.insert(uri);
      digital_.insert(std::move(uri));
    }
    p.done(r.total_bytes());
  }

  static std::string skill_nature(std::string_view type, std::string_view reuse) {
    if (type == "knowledge")
      return reuse == "sector-specific" || reuse == "occupation-specific" ? "DOMAIN" : "CONCEPT";
    if (type == "skill/competence") return reuse == "transversal" ? "SOFT_SKILL" : "METHODOLOGY";
    return "CONCEPT";
  }

  void read_skills(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_uri = r.column("conceptUri"), c_type = r.column("skillType"), c_reuse = r.column("reuseLevel"),
           c_label = r.column("preferredLabel"), c_alt = r.column("altLabels"), c_hidden = r.column("hiddenLabels");
    Progress p(options_, "skills");
    p.start(r.total_bytes());
    absl::flat_hash_set<std::string> seen;
    while (r.next()) {
      p.tick(r);
      std::string_view uri = required(r, c_uri, "conceptUri");
      if (!skill_by_uri_.emplace(std::string(uri), data_.skills.size()).second)
        r.fail(fmt::format("skill '{}' appears twice", uri));
      std::string_view type = text::trim(r[c_type]), reuse = text::trim(r[c_reuse]);
      Skill s;
      s.display_name = text::squash_spaces(required(r, c_label, "preferredLabel"));
      s.slug = skill_slugs_.take(s.display_name);
      s.external_id = std::string(uri);
      s.category = digital_.contains(import_detail::key(uri)) ? "Digital" : type == "knowledge" ? "Knowledge" : "Skill/Competence";
      s.skill_nature = skill_nature(type, reuse);
      s.volatility = "STABLE";
      s.typical_lifespan = reuse == "transversal" ? "EVERGREEN" : "LONG";
      // "ML (computer programming)" is the ML language, not machine learning.
      const bool language = s.display_name.find("(computer programming)") != std::string::npos;
      s.ai_related = !language && (import_detail::mentions_ai(s.display_name) || digital_ai_.contains(import_detail::key(uri)));
      seen.clear();
      auto add = [&](std::string_view text_in, const char* type_name, bool primary) {
        std::string clean = text::squash_spaces(text_in);
        if (clean.empty() || !seen.insert(fold_key(clean)).second) return;
        SkillAlias a;
        a.text = std::move(clean);
        a.type = type_name;
        a.is_primary = primary;
        s.aliases.push_back(std::move(a));
      };
      add(s.display_name, "CANONICAL", true);
      for_each_line(r[c_alt], [&](std::string_view l) {
        add(l, "SYNONYM", false);
        if (!s.ai_related && !language && import_detail::mentions_ai(l)) s.ai_related = true;
      });
      for_each_line(r[c_hidden], [&](std::string_view l) { add(l, "VARIANT", false); });
      data_.skills.push_back(std::move(s));
    }
    p.done(r.total_bytes());
  }

  void read_broader(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_type = r.column("conceptType"), c_uri = r.column("conceptUri"), c_btype = r.column("broaderType"),
           c_buri = r.column("broaderUri");
    Progress p(options_, "skill hierarchy");
    p.start(r.total_bytes());
    std::vector<std::vector<size_t>> skill_groups(data_.skills.size());
    size_t unknown = 0;
    while (r.next()) {
      p.tick(r);
      if (text::trim(r[c_type]) != "KnowledgeSkillCompetence" || text::trim(r[c_btype]) != "SkillGroup") continue;
      auto s = skill_by_uri_.find(import_detail::key(text::trim(r[c_uri])));
      auto g = group_by_uri_.find(import_detail::key(text::trim(r[c_buri])));
      if (s == skill_by_uri_.end() || g == group_by_uri_.end()) {
        ++unknown;
        continue;
      }
      auto& list = skill_groups[s->second];
      if (std::find(list.begin(), list.end(), g->second) == list.end()) list.push_back(g->second);
    }
    note_skipped(r, unknown, "a skill or skill group URI not in skills_en.csv / skillGroups_en.csv");
    p.done(r.total_bytes());

    // Dimensions in skillGroups_en.csv order, only the groups some skill names directly.
    std::vector<bool> used(groups_.size());
    for (const auto& list : skill_groups)
      for (size_t g : list) used[g] = true;
    SlugAllocator slugs;
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (!used[g]) continue;
      Dimension d;
      d.slug = slugs.take(groups_[g].label);
      d.display_name = groups_[g].label;
      d.rationale = groups_[g].description;
      groups_[g].dimension = data_.dimensions.size();
      data_.dimensions.push_back(std::move(d));
    }
    skill_dimension_.assign(data_.skills.size(), {});
    for (size_t i = 0; i < data_.skills.size(); ++i) {
      Skill& s = data_.skills[i];
      for (size_t g : skill_groups[i]) {
        size_t d = *groups_[g].dimension;
        s.dimensions.push_back(data_.dimensions[d].slug);
        skill_dimension_[i].push_back(d);
      }
      if (!skill_groups[i].empty()) s.sub_category = groups_[skill_groups[i][0]].label;
    }
  }

  void read_occupations(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_uri = r.column("conceptUri"), c_isco = r.column("iscoGroup"), c_label = r.column("preferredLabel"),
           c_alt = r.column("altLabels"), c_desc = r.column("description");
    Progress p(options_, "occupations");
    p.start(r.total_bytes());
    absl::flat_hash_set<std::string> seen;
    while (r.next()) {
      p.tick(r);
      std::string_view uri = required(r, c_uri, "conceptUri");
      if (!role_by_uri_.emplace(std::string(uri), data_.roles.size()).second)
        r.fail(fmt::format("occupation '{}' appears twice", uri));
      Role role;
      role.display_name = text::squash_spaces(required(r, c_label, "preferredLabel"));
      role.slug = role_slugs_.take(role.display_name);
      role.external_id = std::string(uri);
      std::string_view isco = text::trim(r[c_isco]);
      if (!isco.empty() && isco[0] >= '0' && isco[0] <= '9') role.role_archetype = isco_major_[isco[0] - '0'];
      std::string_view desc = text::trim(r[c_desc]);
      role.rationale = text::squash_spaces(desc);
      for (const auto& span : text::split_sentences(desc)) {
        std::string kra = text::squash_spaces(desc.substr(span.start, span.end - span.start));
        if (!kra.empty()) role.kras.push_back(std::move(kra));
      }
      seen.clear();
      add_unique(role.aliases, seen, role.display_name);
      for_each_line(r[c_alt], [&](std::string_view l) { add_unique(role.aliases, seen, l); });
      data_.roles.push_back(std::move(role));
    }
    p.done(r.total_bytes());
  }

  void read_relations(const std::string& path) {
    TableReader r(path, kCsv);
    size_t c_occ = r.column("occupationUri"), c_rel = r.column("relationType"), c_skill = r.column("skillUri");
    Progress p(options_, "occupation skills");
    p.start(r.total_bytes());
    std::vector<std::vector<uint32_t>> essential(data_.roles.size()), optional(data_.roles.size());
    size_t unknown = 0;
    while (r.next()) {
      p.tick(r);
      auto o = role_by_uri_.find(import_detail::key(text::trim(r[c_occ])));
      auto s = skill_by_uri_.find(import_detail::key(text::trim(r[c_skill])));
      if (o == role_by_uri_.end() || s == skill_by_uri_.end()) {
        ++unknown;
        continue;
      }
      std::string_view rel = text::trim(r[c_rel]);
      if (rel == "essential") essential[o->second].push_back(static_cast<uint32_t>(s->second));
      else if (rel == "optional") optional[o->second].push_back(static_cast<uint32_t>(s->second));
      else r.fail(fmt::format("relationType must be essential or optional, not '{}'", rel));
    }
    note_skipped(r, unknown, "an occupation or skill URI not in occupations_en.csv / skills_en.csv");
    p.done(r.total_bytes());

    absl::flat_hash_set<uint32_t> seen;
    absl::flat_hash_set<size_t> dims;
    for (size_t i = 0; i < data_.roles.size(); ++i) {
      Role& role = data_.roles[i];
      seen.clear();
      dims.clear();
      for (uint32_t s : essential[i]) {
        if (!seen.insert(s).second) continue;
        role.skills.push_back(data_.skills[s].slug);
        for (size_t d : skill_dimension_[s])
          if (dims.insert(d).second) role.dimensions.push_back(data_.dimensions[d].slug);
      }
      for (uint32_t s : optional[i])
        if (seen.insert(s).second) role.skills.push_back(data_.skills[s].slug);
    }
  }

  std::string version_from_dir() const {
    // "esco-v1.1.1" -> "1.1.1"
    std::string name = std::filesystem::path(dir_).lexically_normal().filename().string();
    if (name.empty()) name = std::filesystem::path(dir_).lexically_normal().parent_path().filename().string();
    size_t v = name.rfind('v');
    if (v == std::string::npos || v + 1 >= name.size() || !(name[v + 1] >= '0' && name[v + 1] <= '9')) return {};
    std::string out;
    for (size_t i = v + 1; i < name.size() && ((name[i] >= '0' && name[i] <= '9') || name[i] == '.'); ++i)
      out.push_back(name[i]);
    return out;
  }

  std::string dir_;
  const ImportOptions& options_;
  CatalogData data_;
  ImportStats stats_;
  std::array<std::string, 10> isco_major_;
  std::vector<Group> groups_;
  absl::flat_hash_map<std::string, size_t> group_by_uri_, skill_by_uri_, role_by_uri_;
  absl::flat_hash_set<std::string> digital_;
  absl::flat_hash_set<std::string> digital_ai_;  // digital skills under an AI-related broader concept
  std::vector<std::vector<size_t>> skill_dimension_;
  SlugAllocator skill_slugs_, role_slugs_;
};

}  // namespace

CatalogData import_esco(const std::string& dir, const ImportOptions& options) {
  return EscoImporter(dir, options).run();
}

}  // namespace jdpipe
