#pragma once

#include <stdexcept>
#include <string>

namespace jdpipe {

/// The one exception type of the public C++ API. Thrown for bad arguments, unreadable
/// catalogs and failed plug-ins; a bad job description is never an exception (it gives a
/// rejected Run).
class Error : public std::runtime_error {
 public:
  enum class Code { kInvalidArgument = 1, kNotFound, kParse, kIO, kPlugin, kInternal };
  Error(Code code, const std::string& message) : std::runtime_error(message), code_(code) {}
  Code code() const noexcept { return code_; }

 private:
  Code code_;
};

}  // namespace jdpipe
