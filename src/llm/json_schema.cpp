// A minimal JSON-schema checker: the keywords our task schemas use, nothing more.
#include <fmt/format.h>
#include <simdjson.h>

#include "llm/tasks.hpp"

namespace jdpipe::llm {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

bool is_number(element v) {
  auto t = v.type();
  return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

double number_of(element v) {
  switch (v.type()) {
    case element_type::INT64: return static_cast<double>(int64_t(v));
    case element_type::UINT64: return static_cast<double>(uint64_t(v));
    default: return double(v);
  }
}

bool has_type(element v, std::string_view t) {
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "string") return v.is_string();
  if (t == "boolean") return v.is_bool();
  if (t == "null") return v.is_null();
  if (t == "number") return is_number(v);
  if (t == "integer") {
    if (v.type() == element_type::INT64 || v.type() == element_type::UINT64) return true;
    if (v.type() == element_type::DOUBLE) {
      double d = double(v);
      return d == static_cast<double>(static_cast<int64_t>(d));
    }
    return false;
  }
  return false;
}

std::string type_name(element v) {
  switch (v.type()) {
    case element_type::ARRAY: return "array";
    case element_type::OBJECT: return "object";
    case element_type::STRING: return "string";
    case element_type::BOOL: return "boolean";
    case element_type::NULL_VALUE: return "null";
    default: return "number";
  }
}

bool scalar_equal(element a, element b) {
  if (is_number(a) && is_number(b)) return number_of(a) == number_of(b);
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case element_type::STRING: return std::string_view(a) == std::string_view(b);
    case element_type::BOOL: return bool(a) == bool(b);
    case element_type::NULL_VALUE: return true;
    default: return false;  // arrays and objects are not used in our enums
  }
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::optional<std::string> check(element v, element schema, const std::string& path, int depth) {
  if (depth > 64) return path + ": schema nested too deeply";
  if (!schema.is_object()) return std::nullopt;  // true / {} accept anything
  simdjson::dom::object s = schema.get_object().value_unsafe();
  element kw;

  if (!s["anyOf"].get(kw) && kw.is_array()) {
    bool matched = false;
    std::optional<std::string> first;
    simdjson::dom::array alternatives = kw.get_array().value_unsafe();
    for (element sub : alternatives) {
      auto e = check(v, sub, path, depth + 1);
      if (!e) {
        matched = true;
        break;
      }
      if (!first) first = e;
    }
    if (!matched) return fmt::format("{}: matches no alternative ({})", path, first.value_or("empty anyOf"));
  }

  if (!s["type"].get(kw)) {
    bool ok = false;
    std::string wanted;
    if (kw.is_string()) {
      ok = has_type(v, std::string_view(kw));
      wanted = std::string(std::string_view(kw));
    } else if (kw.is_array()) {
      simdjson::dom::array types = kw.get_array().value_unsafe();
      for (element t : types) {
        if (!t.is_string()) continue;
        ok |= has_type(v, std::string_view(t));
        if (!wanted.empty()) wanted += " or ";
        wanted += std::string(std::string_view(t));
      }
    }
    if (!ok) return fmt::format("{}: expected {}, got {}", path, wanted, type_name(v));
  }

  if (!s["enum"].get(kw) && kw.is_array()) {
    bool found = false;
    simdjson::dom::array options = kw.get_array().value_unsafe();
    for (element option : options) found |= scalar_equal(v, option);
    if (!found)
      return fmt::format("{}: {} is not one of the allowed values", path,
                         v.is_string() ? "'" + std::string(std::string_view(v)) + "'" : type_name(v));
  }
  if (!s["const"].get(kw) && !scalar_equal(v, kw)) return fmt::format("{}: not the required constant", path);

  if (is_number(v)) {
    double d = number_of(v);
    if (!s["minimum"].get(kw) && is_number(kw) && d < number_of(kw))
      return fmt::format("{}: {} is below the minimum {}", path, d, number_of(kw));
    if (!s["maximum"].get(kw) && is_number(kw) && d > number_of(kw))
      return fmt::format("{}: {} is above the maximum {}", path, d, number_of(kw));
  }

  if (v.is_string()) {
    size_t n = utf8_length(std::string_view(v));
    if (!s["minLength"].get(kw) && is_number(kw) && static_cast<double>(n) < number_of(kw))
      return fmt::format("{}: shorter than {} characters", path, number_of(kw));
    if (!s["maxLength"].get(kw) && is_number(kw) && static_cast<double>(n) > number_of(kw))
      return fmt::format("{}: longer than {} characters", path, number_of(kw));
  }

  if (v.is_array()) {
    simdjson::dom::array arr = v.get_array().value_unsafe();
    size_t n = arr.size();
    if (!s["minItems"].get(kw) && is_number(kw) && static_cast<double>(n) < number_of(kw))
      return fmt::format("{}: fewer than {} items", path, number_of(kw));
    if (!s["maxItems"].get(kw) && is_number(kw) && static_cast<double>(n) > number_of(kw))
      return fmt::format("{}: more than {} items", path, number_of(kw));
    element items;
    if (!s["items"].get(items)) {
      size_t i = 0;
      for (element item : arr) {
        if (auto e = check(item, items, fmt::format("{}[{}]", path, i), depth + 1)) return e;
        ++i;
      }
    }
  }

  if (v.is_object()) {
    simdjson::dom::object obj = v.get_object().value_unsafe();
    element props;
    bool have_props = !s["properties"].get(props) && props.is_object();
    simdjson::dom::object props_obj;
    if (have_props) props_obj = props.get_object().value_unsafe();
    if (!s["required"].get(kw) && kw.is_array()) {
      simdjson::dom::array required = kw.get_array().value_unsafe();
      for (element r : required) {
        if (!r.is_string()) continue;
        element dummy;
        if (obj[std::string_view(r)].get(dummy))
          return fmt::format("{}: missing required property '{}'", path, std::string_view(r));
      }
    }
    element additional;
    bool have_additional = !s["additionalProperties"].get(additional);
    for (auto [key, value] : obj) {
      std::string child = path + "." + std::string(key);
      element sub;
      if (have_props && !props_obj[key].get(sub)) {
        if (auto e = check(value, sub, child, depth + 1)) return e;
        continue;
      }
      if (have_additional) {
        if (additional.is_bool() && !bool(additional))
          return fmt::format("{}: property '{}' is not allowed", path, std::string(key));
        if (additional.is_object())
          if (auto e = check(value, additional, child, depth + 1)) return e;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view strip_code_fence(std::string_view text) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && ws(text.front())) text.remove_prefix(1);
  while (!text.empty() && ws(text.back())) text.remove_suffix(1);
  if (text.size() >= 6 && text.substr(0, 3) == "```" && text.substr(text.size() - 3) == "```") {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || nl >= text.size() - 3) return text;
    text = text.substr(nl + 1, text.size() - 3 - (nl + 1));
    while (!text.empty() && ws(text.back())) text.remove_suffix(1);
  }
  return text;
}

std::optional<std::string> check_json_schema(std::string_view json_text, std::string_view schema_text) {
  simdjson::dom::parser sp, vp;
  simdjson::padded_string schema_padded(schema_text), value_padded(strip_code_fence(json_text));
  element schema, value;
  if (sp.parse(schema_padded).get(schema)) return std::string("the schema is not valid JSON");
  if (vp.parse(value_padded).get(value)) return std::string("the answer is not valid JSON");
  return check(value, schema, "$", 0);
}

namespace detail {
std::optional<std::string> check_element(element value, element schema) { return check(value, schema, "$", 0); }
}  // namespace detail

}  // namespace jdpipe::llm
