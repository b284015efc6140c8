#pragma once

#include <simdjson.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace jdpipe::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string sample_jd() { return read_file(JDPIPE_SOURCE_DIR "/examples/sample-jd.txt"); }

/// Every key path of a JSON value: "a.b", with "[]" for array elements (the union over them).
inline void collect_paths(simdjson::dom::element e, const std::string& prefix, std::set<std::string>& out) {
  if (e.is<simdjson::dom::object>()) {
    simdjson::dom::object obj = e.get_object().value_unsafe();  // a named copy: the result is a temporary
    for (auto [key, value] : obj) {
      std::string path = prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
      out.insert(path);
      collect_paths(value, path, out);
    }
  } else if (e.is<simdjson::dom::array>()) {
    simdjson::dom::array arr = e.get_array().value_unsafe();
    for (simdjson::dom::element item : arr) collect_paths(item, prefix + "[]", out);
  }
}

}  // namespace jdpipe::testing
