// Run::to_json writes role lists straight to the output and splices a list's (and a role's)
// text where it repeats (issue 10). These tests pin that the result is byte for byte what the
// plain document model (json::Value) prints, in one line and pretty-printed at every depth.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "test_support.hpp"
#include "util/json.hpp"

using namespace jdpipe;

namespace {

// The document model's value for a parsed JSON element (objects re-sort their keys).
json::Value from_dom(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: {
      simdjson::dom::array items = e.get_array().value_unsafe();
      json::Array a;
      for (simdjson::dom::element item : items) a.push_back(from_dom(item));
      return a;
    }
    case simdjson::dom::element_type::OBJECT: {
      simdjson::dom::object members = e.get_object().value_unsafe();
      json::Object o;
      for (auto [key, value] : members) o.emplace(std::string(key), from_dom(value));
      return o;
    }
    case simdjson::dom::element_type::INT64: return e.get_int64().value_unsafe();
    case simdjson::dom::element_type::UINT64: return static_cast<int64_t>(e.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: return e.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING: return e.get_string().value_unsafe();
    case simdjson::dom::element_type::BOOL: return e.get_bool().value_unsafe();
    case simdjson::dom::element_type::NULL_VALUE: return nullptr;
  }
  return nullptr;
}

// A role as the document model prints it: an Object (how to_json built it before).
json::Value plain_role(const RoleRef& r) {
  return json::Object{{"id", r.id},
                      {"slug", r.slug},
                      {"display_name", r.display_name},
                      {"rationale", r.rationale},
                      {"role_archetype", r.role_archetype},
                      {"external_id", r.external_id},
                      {"source", r.source}};
}

json::Value plain_roles(const RoleList& list) { return json::array_of(list, plain_role); }

// The seed's JD on the starter catalog: skills with dimensions, one dimension under two skills.
const Run& sample_run() {
  static const Run run = [] {
    Options o;
    o.deterministic_ids = true;
    o.record_timings = false;
    return Pipeline(nullptr, o).run(testing::sample_jd(), "sample");
  }();
  return run;
}

std::string naive_quoted(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c < 0x20) out += "\\u00" + std::string{"0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]};
    else out += ch;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("a run's JSON is what the document model prints, in one line and pretty at every depth") {
  const Run& sample = sample_run();
  REQUIRE_FALSE(sample.rejected());
  // The sample repeats a dimension, so its role list is spliced: at the same depth (two skills)
  // and at other depths (api2.dimensions, api2.skills_detail[].dimensions, api3 items).
  std::map<std::string, int> skills_per_dimension;
  for (const auto& sd : sample.api2.dimensions) ++skills_per_dimension[sd.dimension.slug];
  int most = 0;
  for (const auto& [slug, n] : skills_per_dimension) most = std::max(most, n);
  REQUIRE(most >= 2);
  REQUIRE(sample.api2.candidate_roles.size() > 1);

  Options o;
  o.deterministic_ids = true;
  o.record_timings = false;
  Pipeline pipeline(nullptr, o);
  std::vector<Run> runs{sample, pipeline.run("Lunch menu: soup, bread and a salad.", "lunch"),
                        pipeline.run("We need a Java developer who knows SQL and Kotlin.", "java")};
  for (const Run& run : runs) {
    CAPTURE(run.input_id);
    const std::string line = run.to_json();
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(line);
    const json::Value model = from_dom(doc);
    CHECK(model.dump() == line);
    CHECK(model.dump(2) == run.to_json(2));
    CHECK(model.dump(4) == run.to_json(4));
    CHECK(run.to_json(2) == run.to_json(2));  // the caches live in one call
  }
}

TEST_CASE("every role list in a run's JSON is its typed list, written as an Object per role would be") {
  const Run& run = sample_run();
  const std::string line = run.to_json();
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(line);
  auto same = [](simdjson::dom::element e, const RoleList& list) {
    CHECK(from_dom(e).dump() == plain_roles(list).dump());
  };
  same(doc["api2"]["candidate_roles"], run.api2.candidate_roles);
  for (size_t i = 0; i < run.api2.dimensions.size(); ++i)
    same(doc["api2"]["dimensions"].at(i)["roles_from_db"], run.api2.dimensions[i].roles_from_db);
  size_t checked = 0;
  for (size_t i = 0; i < run.api2.skills_detail.size(); ++i) {
    const auto& dims = run.api2.skills_detail[i].dimensions;
    for (size_t j = 0; j < dims.size(); ++j, ++checked)
      same(doc["api2"]["skills_detail"].at(i)["dimensions"].at(j)["roles_from_db"], dims[j].roles_from_db);
  }
  CHECK(checked == run.api2.dimensions.size());
  REQUIRE(run.api3.items.size() == checked);
  for (size_t i = 0; i < run.api3.items.size(); ++i)
    same(doc["api3"]["persistence"]["items"].at(i)["roles_from_db"], run.api3.items[i].roles_from_db);
  REQUIRE(run.api2.chosen_role);
  CHECK(from_dom(doc["api2"]["chosen_role"]).dump() == plain_role(*run.api2.chosen_role).dump());
  REQUIRE(run.api3.chosen_role);
  CHECK(from_dom(doc["api3"]["chosen_role"]).dump() == plain_role(*run.api3.chosen_role).dump());
}

TEST_CASE("append_quoted escapes what JSON needs wherever it falls in a word, and nothing else") {
  // Bytes to escape and bytes next to them that must stay, at every offset around the 8-byte steps.
  for (unsigned char special : {'"', '\\', '\n', '\t', '\x01', '\x1f', '\x20', '\x7f', '\x80', '\xff', '/'}) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s(20, 'a');
      s[at] = static_cast<char>(special);
      std::string out = "x";
      json::append_quoted(out, s);
      CHECK(out == "x" + naive_quoted(s));
    }
  }
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  std::string out;
  json::append_quoted(out, all);
  CHECK(out == naive_quoted(all));
}

TEST_CASE("the array and object writers print what the document model prints") {
  for (int indent : {-1, 0, 2}) {
    CAPTURE(indent);
    std::string out;
    json::ObjectWriter o(out, indent, 1);
    o.field("a", std::string("x"));
    o.field("b", std::optional<std::string>());
    o.field("c", int64_t{-3});
    json::ArrayWriter empty(out, indent, o.key("d"));
    empty.close();
    json::ArrayWriter a(out, indent, o.key("e"));
    json::ObjectWriter inner(out, indent, a.next());
    inner.close();
    a.next();
    json::append_scalar(out, 1.0);
    a.close();
    o.close();
    const json::Value model = json::Object{{"a", "x"}, {"b", nullptr}, {"c", -3}, {"d", json::Array{}},
                                           {"e", json::Array{json::Object{}, 1.0}}};
    std::string expected;
    model.dump_to(expected, indent, 1);
    CHECK(out == expected);
  }
}
