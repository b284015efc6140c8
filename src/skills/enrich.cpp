#include "skills/enrich.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "skills/normalize.hpp"

namespace jdpipe::skills {
namespace {

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
  for (auto n : needles)
    if (s.find(n) != std::string_view::npos) return true;
  return false;
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

}  // namespace

NewSkillMeta guess_new_skill_meta(std::string_view name, const std::vector<std::string>& sentences,
                                  const SkillLinker& linker, const CatalogData& data,
                                  const std::vector<LinkCandidate>* nearest) {
  NewSkillMeta m;
  std::string low = fold(name).text;
  std::string ctx;
  for (const auto& s : sentences) ctx += fold(s).text + " ";
  bool upper_inside = false, digit = false;
  for (size_t i = 0; i < name.size(); ++i) {
    upper_inside |= i > 0 && name[i] >= 'A' && name[i] <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    digit |= name[i] >= '0' && name[i] <= '9';
  }
  bool capitalised = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  bool one_word = name.find(' ') == std::string_view::npos;
  // The name's shape first (CamelCase, ".js", "certified"), then the words around it.
  double shape_confidence = 0.6;
  if (contains_any(low, {"certif", "licen"}) || (digit && capitalised && contains_any(ctx, {"certif"}))) {
    m.skill_nature = "CERTIFICATION";
  } else if (ends_with(low, ".js") || ends_with(low, "js") || contains_any(low, {"framework"}) ||
             contains_any(ctx, {low + " framework", low + " library"})) {
    m.skill_nature = "FRAMEWORK";
  } else if (contains_any(low, {"script", "language"}) || contains_any(ctx, {low + " programming", "programming language"})) {
    m.skill_nature = "LANGUAGE";
  } else if (contains_any(low, {"cloud", "platform", "aws", "azure", "gcp"})) {
    m.skill_nature = "PLATFORM";
  } else if (contains_any(low, {"agile", "scrum", "kanban", "methodolog", "lean", "devops", "driven"})) {
    m.skill_nature = "METHODOLOGY";
  } else if (contains_any(low, {"communicat", "team", "leader", "motivat", "collaborat", "problem solving", "attitude",
                                "interpersonal", "creativ", "adaptab", "organi"})) {
    m.skill_nature = "SOFT_SKILL";
  } else if (one_word && (upper_inside || digit || (capitalised && name.size() <= 12))) {
    m.skill_nature = "TOOL";  // product names: CamelCase, versions, short capitalised words
    shape_confidence = 0.5;
  } else {
    m.skill_nature = one_word ? "CONCEPT" : "DOMAIN";
    shape_confidence = 0.35;
  }
  const std::string& n = m.skill_nature;
  if (n == "FRAMEWORK" || n == "TOOL") {
    m.volatility = "VOLATILE";
    m.typical_lifespan = "MEDIUM";
    m.version_strategy = "MAJOR_VERSION";  // products ship versions; the enum of the LLM enricher
  } else if (n == "LANGUAGE" || n == "PLATFORM" || n == "CERTIFICATION") {
    m.volatility = "MODERATE";
    m.typical_lifespan = "LONG";
  } else {
    m.volatility = "STABLE";
    m.typical_lifespan = n == "SOFT_SKILL" ? "EVERGREEN" : "LONG";
  }
  // Category: the one most common among the nearest catalog skills, weighted by similarity.
  std::map<std::pair<std::string, std::string>, double> votes;
  double total = 0;
  std::vector<LinkCandidate> looked_up;
  if (!nearest)
    nearest = &(looked_up = linker.nearest(name, sentences.empty() ? std::string_view{} : sentences.front(), kNewSkillNeighbours));
  for (const auto& c : *nearest) {
    const Skill& s = data.skills[c.skill_index];
    votes[{s.category, s.sub_category}] += c.score;
    total += c.score;
  }
  double best = 0;
  for (const auto& [cat, w] : votes)
    if (w > best) {
      best = w;
      m.category = cat.first;
      m.sub_category = cat.second;
    }
  double category_confidence = total > 0 ? best / total * std::min(1.0, total / 2.5) : 0;
  if (m.category.empty()) m.category = "Uncategorised";
  m.confidence = std::round(100 * (0.5 * shape_confidence + 0.5 * category_confidence)) / 100;
  m.maturity_reasoning = fmt::format(
      "rules: nature {} from the name's shape and its sentences; category from the {} nearest catalog skills "
      "({:.0f}% of their similarity)",
      n, votes.empty() ? 0 : kNewSkillNeighbours, total > 0 ? 100 * best / total : 0.0);
  return m;
}

}  // namespace jdpipe::skills
