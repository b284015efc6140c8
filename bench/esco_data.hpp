#pragma once

// The shared data the skill benchmarks read: $JDPIPE_SHARED_DATA_DIR (default ../shared/data
// from the project root), and the ESCO import, made once per process.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/importers.hpp"
#include "../tools/skillspan.hpp"

inline std::string data_dir() {
  if (const char* env = std::getenv("JDPIPE_SHARED_DATA_DIR")) return env;
  return JDPIPE_SOURCE_DIR "/../shared/data";
}

inline const jdpipe::CatalogData& esco() {
  static const jdpipe::CatalogData data = [] {
    jdpipe::CatalogData d = jdpipe::import_esco(data_dir() + "/esco-v1.1.1");
    d.finalize();
    return d;
  }();
  return data;
}

/// The postings of one SkillSpan split, "train" or "dev" (tokens joined by spaces, sentences by
/// line breaks), both read on the first call; exits with a message when a file is missing.
inline const std::vector<std::string>& skillspan_postings(const std::string& split) {
  auto load = [](const char* name) {
    std::vector<std::string> out;
    if (!load_postings(data_dir() + "/dev/skillspan-" + name + ".jsonl", out)) {
      std::fprintf(stderr, "cannot read %s/dev/skillspan-%s.jsonl\n", data_dir().c_str(), name);
      std::exit(2);
    }
    return out;
  };
  static const std::vector<std::string> train = load("train"), dev = load("dev");
  if (split != "train" && split != "dev") {
    std::fprintf(stderr, "no SkillSpan split '%s' (train or dev)\n", split.c_str());
    std::exit(2);
  }
  return split == "train" ? train : dev;
}

/// The SkillSpan postings, train then dev.
inline const std::vector<std::string>& skillspan_postings() {
  static const std::vector<std::string> postings = [] {
    std::vector<std::string> out = skillspan_postings("train");
    const auto& dev = skillspan_postings("dev");
    out.insert(out.end(), dev.begin(), dev.end());
    return out;
  }();
  return postings;
}
