#pragma once

#include <simdjson.h>

#include <atomic>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "jdpipe/embedder.hpp"
#include "jdpipe/error.hpp"

namespace jdpipe::testing {

/// A hashing embedder that counts the texts it embeds (to prove what is cached).
class CountingEmbedder : public Embedder {
 public:
  explicit CountingEmbedder(std::string name = "counting", int dim = 256) : name_(std::move(name)), inner_(dim) {}
  std::string name() const override { return name_; }
  int dim() const override { return inner_.dim(); }
  Matrix embed(const std::vector<std::string>& texts) const override {
    texts_embedded += texts.size();
    return inner_.embed(texts);
  }
  mutable std::atomic<size_t> texts_embedded{0};

 private:
  std::string name_;
  HashingEmbedder inner_;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The message of the jdpipe::Error `fn` throws ("" when it throws none); its code into `code`.
template <class Fn>
std::string error_of(Fn&& fn, Error::Code* code = nullptr) {
  try {
    fn();
  } catch (const Error& e) {
    if (code) *code = e.code();
    return e.what();
  }
  return "";
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
