#include "report/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "util/json.hpp"

namespace jdpipe::report {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

void append_escaped(std::string& out, std::string_view s) {
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': case '\n': case '\r': out.push_back(ch); break;
      default:
        // Other control characters are parse errors in HTML; show them as replacement marks.
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) out += "\xEF\xBF\xBD";
        else out.push_back(ch);
    }
  }
}

std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_escaped(out, s);
  return out;
}

namespace {

std::string number_text(element e) {
  switch (e.type()) {
    case element_type::INT64: return fmt::format("{}", int64_t(e.get_int64().value_unsafe()));
    case element_type::UINT64: return fmt::format("{}", uint64_t(e.get_uint64().value_unsafe()));
    default: return fmt::format("{}", double(e.get_double().value_unsafe()));
  }
}

bool is_scalar(element e) { return !e.is_array() && !e.is_object(); }

void indent(std::string& out, int depth) { out.append(static_cast<size_t>(2 * depth), ' '); }

}  // namespace

void append_pretty_json(std::string& out, element e, int depth) {
  switch (e.type()) {
    case element_type::ARRAY: {
      array a = e.get_array().value_unsafe();
      if (a.size() == 0) { out += "[]"; return; }
      out += "[\n";
      bool first = true;
      for (element v : a) {
        if (!first) out += ",\n";
        first = false;
        indent(out, depth + 1);
        append_pretty_json(out, v, depth + 1);
      }
      out += "\n";
      indent(out, depth);
      out += "]";
      return;
    }
    case element_type::OBJECT: {
      object o = e.get_object().value_unsafe();
      if (o.size() == 0) { out += "{}"; return; }
      out += "{\n";
      bool first = true;
      for (auto [key, v] : o) {
        if (!first) out += ",\n";
        first = false;
        indent(out, depth + 1);
        json::append_quoted(out, key);
        out += ": ";
        append_pretty_json(out, v, depth + 1);
      }
      out += "\n";
      indent(out, depth);
      out += "}";
      return;
    }
    case element_type::STRING: json::append_quoted(out, e.get_string().value_unsafe()); return;
    case element_type::BOOL: out += e.get_bool().value_unsafe() ? "true" : "false"; return;
    case element_type::NULL_VALUE: out += "null"; return;
    default: out += number_text(e); return;
  }
}

std::string scalar_text(element e) {
  switch (e.type()) {
    case element_type::STRING: return std::string(e.get_string().value_unsafe());
    case element_type::BOOL: return e.get_bool().value_unsafe() ? "true" : "false";
    case element_type::NULL_VALUE: return "null";
    case element_type::ARRAY:
    case element_type::OBJECT: return simdjson::minify(e);
    default: return number_text(e);
  }
}

std::string humanize(std::string_view key) {
  std::string s(key);
  std::replace(s.begin(), s.end(), '_', ' ');
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

void append_value_html(std::string& out, element e, int depth) {
  // Deeper than this a table of tables stops being readable: show the JSON itself.
  constexpr int kMaxDepth = 4;
  if (e.is_null()) { out += "<span class=\"none\">—</span>"; return; }
  if (is_scalar(e)) { append_escaped(out, scalar_text(e)); return; }
  if (depth >= kMaxDepth) {
    std::string text;
    append_pretty_json(text, e);
    out += "<pre class=\"json small\">";
    append_escaped(out, text);
    out += "</pre>";
    return;
  }
  if (e.is_array()) {
    array a = e.get_array().value_unsafe();
    if (a.size() == 0) { out += "<span class=\"none\">none</span>"; return; }
    bool all_objects = true, all_scalars = true;
    for (element v : a) {
      all_objects &= v.is_object();
      all_scalars &= is_scalar(v);
    }
    // Scalars as a plain bullet list, a mix of kinds as a numbered one.
    auto list = [&](const char* open, const char* close) {
      out += open;
      for (element v : a) {
        out += "<li>";
        append_value_html(out, v, depth + 1);
        out += "</li>";
      }
      out += close;
    };
    if (all_scalars) {
      list("<ul class=\"plain\">", "</ul>");
      return;
    }
    if (all_objects) {
      // One column per key, in the order keys first appear.
      std::vector<std::string_view> columns;
      for (element v : a) {
        object o = v.get_object().value_unsafe();
        for (auto [key, value] : o)
          if (std::find(columns.begin(), columns.end(), key) == columns.end()) columns.push_back(key);
      }
      out += "<table class=\"grid generic\"><thead><tr>";
      for (auto c : columns) {
        out += "<th>";
        append_escaped(out, humanize(c));
        out += "</th>";
      }
      out += "</tr></thead><tbody>";
      for (element v : a) {
        out += "<tr>";
        for (auto c : columns) {
          out += "<td>";
          element cell;
          if (v[c].get(cell) == simdjson::SUCCESS) append_value_html(out, cell, depth + 1);
          out += "</td>";
        }
        out += "</tr>";
      }
      out += "</tbody></table>";
      return;
    }
    list("<ol class=\"mixed\">", "</ol>");
    return;
  }
  object o = e.get_object().value_unsafe();
  if (o.size() == 0) { out += "<span class=\"none\">none</span>"; return; }
  out += "<table class=\"kv generic\"><tbody>";
  for (auto [key, value] : o) {
    out += "<tr><th>";
    append_escaped(out, humanize(key));
    out += "</th><td>";
    append_value_html(out, value, depth + 1);
    out += "</td></tr>";
  }
  out += "</tbody></table>";
}

}  // namespace jdpipe::report
