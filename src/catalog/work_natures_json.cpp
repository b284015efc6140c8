#include "catalog/work_natures_json.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "util/json.hpp"

namespace jdpipe::catalog_detail {

namespace {

std::string string_field(simdjson::dom::object o, std::string_view key, bool required) {
  simdjson::dom::element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS || e.is_null()) {
    if (required) throw std::invalid_argument(fmt::format("a work nature has no '{}'", key));
    return {};
  }
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS)
    throw std::invalid_argument(fmt::format("a work nature's '{}' must be a string", key));
  return std::string(s);
}

}  // namespace

std::vector<WorkNature> parse_work_natures(simdjson::dom::element e) {
  simdjson::dom::array arr;
  if (e.get_array().get(arr) != simdjson::SUCCESS)
    throw std::invalid_argument("'work_natures' must be an array of {\"id\", \"label\", \"verbs\"} objects");
  std::vector<WorkNature> out;
  for (simdjson::dom::element item : arr) {
    simdjson::dom::object o;
    if (item.get_object().get(o) != simdjson::SUCCESS)
      throw std::invalid_argument("'work_natures' must hold objects with 'id', 'label' and 'verbs'");
    WorkNature n;
    n.id = string_field(o, "id", true);
    n.label = string_field(o, "label", false);
    if (n.label.empty()) n.label = n.id;
    if (n.id.empty() || n.id == "unclassified")
      throw std::invalid_argument(fmt::format("work nature id '{}' is empty or reserved", n.id));
    for (const auto& prev : out)
      if (prev.id == n.id) throw std::invalid_argument(fmt::format("work nature '{}' is listed twice", n.id));
    simdjson::dom::element verbs;
    simdjson::dom::array varr;
    if (o.at_key("verbs").get(verbs) != simdjson::SUCCESS || verbs.get_array().get(varr) != simdjson::SUCCESS)
      throw std::invalid_argument(fmt::format("work nature '{}' needs a 'verbs' array", n.id));
    for (simdjson::dom::element v : varr) {
      std::string_view s;
      if (v.get_string().get(s) != simdjson::SUCCESS)
        throw std::invalid_argument(fmt::format("work nature '{}': verbs must be strings", n.id));
      n.verbs.emplace_back(s);
    }
    out.push_back(std::move(n));
  }
  return out;
}

std::string work_natures_json(const std::vector<WorkNature>& natures) {
  json::Array arr;
  for (const auto& n : natures)
    arr.emplace_back(json::Object{{"id", n.id}, {"label", n.label}, {"verbs", json::Value(n.verbs)}});
  return json::Value(std::move(arr)).dump();
}

}  // namespace jdpipe::catalog_detail
