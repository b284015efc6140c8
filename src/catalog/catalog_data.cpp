#include <fmt/format.h>

#include <unordered_set>

#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"

namespace jdpipe {

namespace {
const std::vector<size_t> kNoRoles;

template <class Index, class Key>
const std::vector<size_t>& lookup_list(const Index& index, const Key& key) {
  auto it = index.find(key);
  return it == index.end() ? kNoRoles : it->second;
}
}  // namespace

void CatalogData::finalize() {
  skill_index_.clear();
  role_index_.clear();
  dimension_index_.clear();
  skill_id_index_.clear();
  role_id_index_.clear();
  roles_by_dimension_.clear();
  roles_by_skill_.clear();

  auto next_id = [](auto& records) {
    int64_t max_id = 0;
    for (const auto& r : records) max_id = std::max(max_id, r.id);
    for (auto& r : records)
      if (r.id <= 0) r.id = ++max_id;
  };
  next_id(skills);
  next_id(roles);
  next_id(dimensions);
  // A snapshot is not appended to after this: vectors grown by push_back give back their slack
  // (on O*NET up to half of the catalog's memory).
  skills.shrink_to_fit();
  roles.shrink_to_fit();
  dimensions.shrink_to_fit();
  for (Skill& s : skills) {
    s.aliases.shrink_to_fit();
    s.dimensions.shrink_to_fit();
  }
  for (Role& r : roles) {
    r.aliases.shrink_to_fit();
    r.kras.shrink_to_fit();
    r.ai_related_kras.shrink_to_fit();
    r.skills.shrink_to_fit();
    r.dimensions.shrink_to_fit();
  }

  for (size_t i = 0; i < dimensions.size(); ++i)
    if (!dimension_index_.emplace(dimensions[i].slug, i).second)
      throw Error(Error::Code::kParse, fmt::format("dimension slug '{}' appears twice", dimensions[i].slug));

  // Categories get stable small ids in first-seen order, as the seed's category_id does.
  std::unordered_map<std::string, int64_t> category_ids, sub_category_ids;
  int64_t alias_id = 0;
  for (size_t i = 0; i < skills.size(); ++i) {
    Skill& s = skills[i];
    if (!skill_index_.emplace(s.slug, i).second)
      throw Error(Error::Code::kParse, fmt::format("skill slug '{}' appears twice", s.slug));
    if (!skill_id_index_.emplace(s.id, i).second)
      throw Error(Error::Code::kParse, fmt::format("skill id {} appears twice", s.id));
    s.category_id = category_ids.emplace(s.category, category_ids.size() + 1).first->second;
    s.sub_category_id =
        sub_category_ids.emplace(s.category + '\x1f' + s.sub_category, sub_category_ids.size() + 1).first->second;
    for (auto& a : s.aliases) alias_id = std::max(alias_id, a.id);
    for (const auto& d : s.dimensions)
      if (!dimension_index_.count(d))
        throw Error(Error::Code::kParse, fmt::format("skill '{}' names unknown dimension '{}'", s.slug, d));
  }
  for (auto& s : skills)
    for (auto& a : s.aliases)
      if (a.id <= 0) a.id = ++alias_id;

  for (size_t i = 0; i < roles.size(); ++i) {
    const Role& r = roles[i];
    if (!role_index_.emplace(r.slug, i).second)
      throw Error(Error::Code::kParse, fmt::format("role slug '{}' appears twice", r.slug));
    if (!role_id_index_.emplace(r.id, i).second)
      throw Error(Error::Code::kParse, fmt::format("role id {} appears twice", r.id));
    std::unordered_set<std::string> seen;
    for (const auto& d : r.dimensions) {
      if (!dimension_index_.count(d))
        throw Error(Error::Code::kParse, fmt::format("role '{}' names unknown dimension '{}'", r.slug, d));
      if (seen.insert("d:" + d).second) roles_by_dimension_[d].push_back(i);
    }
    for (const auto& s : r.skills) {
      if (!skill_index_.count(s))
        throw Error(Error::Code::kParse, fmt::format("role '{}' names unknown skill '{}'", r.slug, s));
      if (seen.insert("s:" + s).second) roles_by_skill_[s].push_back(i);
    }
  }
}

const Skill* CatalogData::skill_by_slug(std::string_view slug) const {
  auto it = skill_index_.find(slug);
  return it == skill_index_.end() ? nullptr : &skills[it->second];
}
const Role* CatalogData::role_by_slug(std::string_view slug) const {
  auto it = role_index_.find(slug);
  return it == role_index_.end() ? nullptr : &roles[it->second];
}
const Dimension* CatalogData::dimension_by_slug(std::string_view slug) const {
  auto it = dimension_index_.find(slug);
  return it == dimension_index_.end() ? nullptr : &dimensions[it->second];
}
const Skill* CatalogData::skill_by_id(int64_t id) const {
  auto it = skill_id_index_.find(id);
  return it == skill_id_index_.end() ? nullptr : &skills[it->second];
}
const Role* CatalogData::role_by_id(int64_t id) const {
  auto it = role_id_index_.find(id);
  return it == role_id_index_.end() ? nullptr : &roles[it->second];
}
const std::vector<size_t>& CatalogData::roles_with_dimension(std::string_view dimension_slug) const {
  return lookup_list(roles_by_dimension_, dimension_slug);
}
const std::vector<size_t>& CatalogData::roles_with_skill(std::string_view skill_slug) const {
  return lookup_list(roles_by_skill_, skill_slug);
}

}  // namespace jdpipe
