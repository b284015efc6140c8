// libFuzzer target: the catalog bundle loader. Bad bundles must throw jdpipe::Error, nothing else;
// a bundle that loads must survive a write and re-read unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "jdpipe/bundle.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::shared_ptr<jdpipe::InMemoryCatalog> catalog;
  try {
    catalog = jdpipe::InMemoryCatalog::from_bundle_text(text, "fuzz");
  } catch (const jdpipe::Error&) {
    return 0;
  }
  const jdpipe::CatalogData& first = *catalog->snapshot();
  auto again = jdpipe::InMemoryCatalog::from_bundle_text(jdpipe::to_bundle_text(first), "roundtrip");
  const jdpipe::CatalogData& second = *again->snapshot();
  if (first.roles != second.roles || first.skills != second.skills) std::abort();
  return 0;
}
