#pragma once

#define JDPIPE_VERSION_MAJOR 0
#define JDPIPE_VERSION_MINOR 1
#define JDPIPE_VERSION_PATCH 0
#define JDPIPE_VERSION_STRING "0.1.0"

namespace jdpipe {
/// The library's version at run time (may differ from the header's when linked dynamically).
const char* version() noexcept;
}  // namespace jdpipe
