// libFuzzer target: the deterministic JD parser on arbitrary bytes. Beyond "no crash", every
// block's source marker must lie inside the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "jdpipe/parsed_jd.hpp"

namespace {
void check_block(const jdpipe::TextBlock& b, size_t size) {
  if (b.source_marker.byte_start > b.source_marker.byte_end || b.source_marker.byte_end > size) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  jdpipe::ParsedJD p = jdpipe::parse_jd(text);
  if (p.jd_type != "pass" && p.jd_type != "reject") std::abort();
  if (p.about_company) check_block(*p.about_company, size);
  for (const auto& b : p.benefits) check_block(b, size);
  for (const auto& b : p.nice_to_have) check_block(b, size);
  return 0;
}
