#pragma once

// SHA-256 (FIPS 180-4) for cache keys: small, dependency-free, not constant-time (keys are not
// secrets).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace jdpipe::llm {

std::array<uint8_t, 32> sha256(std::string_view data);
/// 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace jdpipe::llm
