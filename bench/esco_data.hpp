#pragma once

// The shared data the skill benchmarks read: $JDPIPE_SHARED_DATA_DIR (default ../shared/data
// from the project root), and the ESCO import, made once per process.
#include <cstdlib>
#include <string>

#include "jdpipe/catalog.hpp"
#include "jdpipe/importers.hpp"

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
