#pragma once

// The fixed parts of the report page, the same for every run.
#include <string>

namespace jdpipe::report {

/// The page's style sheet (inline in <style>).
extern const char* const kStyle;
/// The page's one script (inline in <script>): tabs, and a skill's evidence lit up on click.
extern const char* const kScript;

/// The page's Content-Security-Policy: no network at all, inline styles, and only kScript
/// (by its SHA-256), so an injected <script> or on* handler is refused.
std::string content_security_policy();

}  // namespace jdpipe::report
