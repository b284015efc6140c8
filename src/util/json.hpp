#pragma once

// A small JSON document model for writing runs: objects keep keys sorted (as the seed's JSON
// does), numbers print in the shortest form that round-trips.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace jdpipe::json {

class Value;
using Array = std::vector<Value>;
using Object = std::map<std::string, Value, std::less<>>;

class Value {
 public:
  Value() = default;  // null
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(static_cast<int64_t>(i)) {}
  Value(int64_t i) : v_(i) {}
  Value(size_t i) : v_(static_cast<int64_t>(i)) {}
  Value(double d) : v_(d) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(Array a) : v_(std::move(a)) {}
  Value(Object o) : v_(std::move(o)) {}
  template <class T>
  Value(const std::optional<T>& o) {
    if (o) *this = Value(*o);
  }
  template <class T>
  Value(const std::vector<T>& items) : v_(Array(items.begin(), items.end())) {}

  /// Pretty-prints with `indent` spaces per level, or one line when indent < 0.
  std::string dump(int indent = -1) const;
  void dump_to(std::string& out, int indent, int depth) const;

 private:
  std::variant<std::nullptr_t, bool, int64_t, double, std::string, Array, Object> v_ = nullptr;
};

/// Appends `s` as a JSON string literal (quotes included).
void append_quoted(std::string& out, std::string_view s);

/// A JSON array of fn(item) for each item of a sized range.
template <class Range, class Fn>
Value array_of(const Range& items, Fn&& fn) {
  Array out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(fn(item));
  return out;
}

}  // namespace jdpipe::json
