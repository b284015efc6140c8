#include "util/json.hpp"

#include <charconv>
#include <cmath>

namespace jdpipe::json {

void append_quoted(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

namespace {
void newline(std::string& out, int indent, int depth) {
  if (indent < 0) return;
  out.push_back('\n');
  out.append(static_cast<size_t>(indent * depth), ' ');
}
}  // namespace

void Value::dump_to(std::string& out, int indent, int depth) const {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out += std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(v)) { out += "null"; return; }
          char buf[32];
          // Whole numbers print in full (3000000.0, not 3e+06), as Python's json does.
          auto r = std::abs(v) < 1e15 && v == std::trunc(v)
                       ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                       : std::to_chars(buf, buf + sizeof buf, v);
          std::string_view num(buf, static_cast<size_t>(r.ptr - buf));
          out += num;
          // Keep floats recognisable as floats (1.0, not 1), as Python's json does.
          if (num.find_first_of(".e") == std::string_view::npos) out += ".0";
        } else if constexpr (std::is_same_v<T, std::string>) {
          append_quoted(out, v);
        } else if constexpr (std::is_same_v<T, Array>) {
          if (v.empty()) { out += "[]"; return; }
          out.push_back('[');
          for (size_t i = 0; i < v.size(); ++i) {
            if (i) out.push_back(',');
            newline(out, indent, depth + 1);
            v[i].dump_to(out, indent, depth + 1);
          }
          newline(out, indent, depth);
          out.push_back(']');
        } else {
          if (v.empty()) { out += "{}"; return; }
          out.push_back('{');
          bool first = true;
          for (const auto& [k, item] : v) {
            if (!first) out.push_back(',');
            first = false;
            newline(out, indent, depth + 1);
            append_quoted(out, k);
            out += indent < 0 ? ":" : ": ";
            item.dump_to(out, indent, depth + 1);
          }
          newline(out, indent, depth);
          out.push_back('}');
        }
      },
      v_);
}

std::string Value::dump(int indent) const {
  std::string out;
  dump_to(out, indent, 0);
  return out;
}

}  // namespace jdpipe::json
