#include "util/json.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

namespace jdpipe::json {

namespace {
// True for the bytes a JSON string literal must escape.
constexpr bool needs_escape(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

// True when one of the 8 bytes of `w` must be escaped (the bit tricks for "a byte below n" and
// "a zero byte"): most strings have none, so they are checked a word at a time.
constexpr bool any_needs_escape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_below = [](uint64_t x, uint64_t n) { return (x - kOnes * n) & ~x & kHighs; };
  return has_below(w, 0x20) | has_below(w ^ (kOnes * '"'), 1) | has_below(w ^ (kOnes * '\\'), 1);
}
}  // namespace

void append_quoted(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the bytes not yet appended: they are copied in runs, not one by one
  for (size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!any_needs_escape(w)) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(s[i++]);
    if (!needs_escape(c)) continue;
    out.append(s.data() + run, i - 1 - run);
    run = i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void append_scalar(std::string& out, std::nullptr_t) { out += "null"; }

void append_scalar(std::string& out, bool b) { out += b ? "true" : "false"; }

void append_scalar(std::string& out, int64_t i) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, i);
  out.append(buf, r.ptr);
}

void append_scalar(std::string& out, double v) {
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
}

namespace {
void newline(std::string& out, int indent, int depth) {
  if (indent < 0) return;
  out.push_back('\n');
  out.append(static_cast<size_t>(indent * depth), ' ');
}
}  // namespace

ArrayWriter::ArrayWriter(std::string& out, int indent, int depth) : out_(out), indent_(indent), depth_(depth) {
  out_.push_back('[');
}

int ArrayWriter::next() {
  if (!empty_) out_.push_back(',');
  empty_ = false;
  newline(out_, indent_, depth_ + 1);
  return depth_ + 1;
}

void ArrayWriter::close() {
  if (!empty_) newline(out_, indent_, depth_);
  out_.push_back(']');
}

ObjectWriter::ObjectWriter(std::string& out, int indent, int depth) : out_(out), indent_(indent), depth_(depth) {
  out_.push_back('{');
}

int ObjectWriter::key(std::string_view key) {
  if (!empty_) out_.push_back(',');
  empty_ = false;
  newline(out_, indent_, depth_ + 1);
  append_quoted(out_, key);
  out_ += indent_ < 0 ? ":" : ": ";
  return depth_ + 1;
}

void ObjectWriter::close() {
  if (!empty_) newline(out_, indent_, depth_);
  out_.push_back('}');
}

void Value::dump_to(std::string& out, int indent, int depth) const {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::shared_ptr<const Array>>) {
          ArrayWriter a(out, indent, depth);
          for (const Value& item : *v) item.dump_to(out, indent, a.next());
          a.close();
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const Object>>) {
          ObjectWriter o(out, indent, depth);
          for (const auto& [k, item] : *v) item.dump_to(out, indent, o.key(k));
          o.close();
        } else if constexpr (std::is_same_v<T, Writer>) {
          v.write(out, indent, depth);
        } else {
          append_scalar(out, v);
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
