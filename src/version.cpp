#include "jdpipe/version.hpp"

namespace jdpipe {
const char* version() noexcept { return JDPIPE_VERSION_STRING; }
}  // namespace jdpipe
