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

/// The SkillSpan postings, train then dev (tokens joined by spaces, sentences by line breaks),
/// read once per process; exits with a message when the files are missing.
inline const std::vector<std::string>& skillspan_postings() {
  static const std::vector<std::string> postings = [] {
    std::vector<std::string> out;
    for (const char* f : {"skillspan-train.jsonl", "skillspan-dev.jsonl"})
      if (!load_postings(data_dir() + "/dev/" + f, out)) {
        std::fprintf(stderr, "cannot read %s/dev/%s\n", data_dir().c_str(), f);
        std::exit(2);
      }
    return out;
  }();
  return postings;
}
