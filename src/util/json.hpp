#pragma once

// A small JSON document model for writing runs: objects keep keys sorted (as the seed's JSON
// does), numbers print in the shortest form that round-trips.
#include <cstdint>
#include <functional>
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

/// A value that appends its own text when dumped: for big parts written straight to the output
/// (no document nodes) or written once and spliced where they repeat. `write(out, indent,
/// depth)` must append exactly what dump_to would for the equivalent Value at that depth.
struct Writer {
  std::function<void(std::string& out, int indent, int depth)> write;
};

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
  Value(Array a) : v_(std::make_shared<const Array>(std::move(a))) {}
  Value(Object o) : v_(std::make_shared<const Object>(std::move(o))) {}
  Value(Writer w) : v_(std::move(w)) {}
  template <class T>
  Value(const std::optional<T>& o) {
    if (o) *this = Value(*o);
  }
  template <class T>
  Value(const std::vector<T>& items) : Value(Array(items.begin(), items.end())) {}

  /// Pretty-prints with `indent` spaces per level, or one line when indent < 0.
  std::string dump(int indent = -1) const;
  void dump_to(std::string& out, int indent, int depth) const;

 private:
  // A value does not change once built, so arrays and objects are shared, not copied: building
  // with Object{{key, value}, ...} copies each value out of the initializer list, which would
  // copy a whole subtree again at every level of nesting.
  std::variant<std::nullptr_t, bool, int64_t, double, std::string, std::shared_ptr<const Array>,
               std::shared_ptr<const Object>, Writer>
      v_ = nullptr;
};

/// Appends `s` as a JSON string literal (quotes included).
void append_quoted(std::string& out, std::string_view s);

// The scalars as dump_to prints them; the writers below use them too, so both agree.
void append_scalar(std::string& out, std::nullptr_t);
void append_scalar(std::string& out, bool b);
void append_scalar(std::string& out, int64_t i);
void append_scalar(std::string& out, double d);
inline void append_scalar(std::string& out, std::string_view s) { append_quoted(out, s); }
template <class T>
void append_scalar(std::string& out, const std::optional<T>& o) {
  if (o) append_scalar(out, *o);
  else append_scalar(out, nullptr);
}

/// Writes one array to `out` as dump_to formats an Array at `depth`, without building it.
class ArrayWriter {
 public:
  ArrayWriter(std::string& out, int indent, int depth);
  /// Starts the next element; returns the depth to write it at.
  int next();
  void close();

 private:
  std::string& out_;
  int indent_, depth_;
  bool empty_ = true;
};

/// Writes one object to `out` as dump_to formats an Object at `depth`, without building it.
/// The caller must give the keys in sorted order, as an Object holds them.
class ObjectWriter {
 public:
  ObjectWriter(std::string& out, int indent, int depth);
  /// Starts the next member; returns the depth to write its value at.
  int key(std::string_view key);
  template <class T>
  void field(std::string_view k, const T& value) {
    key(k);
    append_scalar(out_, value);
  }
  void close();

 private:
  std::string& out_;
  int indent_, depth_;
  bool empty_ = true;
};

/// A JSON array of fn(item) for each item of a sized range.
template <class Range, class Fn>
Value array_of(const Range& items, Fn&& fn) {
  Array out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(fn(item));
  return out;
}

}  // namespace jdpipe::json
