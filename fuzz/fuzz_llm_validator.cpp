// libFuzzer target: the validators that decide whether an LLM's answer may be used. The first
// byte picks the validator, the rest is the answer; a fixed JD is the original text. They must
// never throw or crash, and an accepted parse answer's blocks must lie inside the JD.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "llm/tasks.hpp"

namespace {
constexpr std::string_view kJd =
    "Acme Corp is hiring a Senior Backend Engineer (Remote).\n\nResponsibilities:\n- Build APIs in Node.js and Java\n"
    "- Own the CI/CD pipeline\n\nRequirements:\n- 5+ years of experience\n- Kotlin is a plus\n\nSalary: $120k-$150k\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view answer(reinterpret_cast<const char*>(data) + 1, size - 1);
  using namespace jdpipe::llm;
  switch (data[0] % 6) {
    case 0: {
      auto r = validate_parse(answer, kJd);
      if (r.value && r.value->parsed.about_company) {
        const auto& m = r.value->parsed.about_company->source_marker;
        if (m.byte_start > m.byte_end || m.byte_end > kJd.size()) std::abort();
      }
      break;
    }
    case 1: (void)validate_skills_and_role(answer, kJd); break;
    case 2: (void)validate_role_choice(answer, {"backend-engineer", "full-stack-engineer"}); break;
    case 3: (void)validate_new_role(answer, {"backend-engineer"}); break;
    case 4: (void)validate_new_skill(answer); break;
    default: {
      ProposeDimensionsInput in;
      in.skills = {"Node.js", "Java"};
      (void)validate_dimensions(answer, in);
      break;
    }
  }
  (void)check_json_schema(answer, task_spec(Task::kParse).schema);
  return 0;
}
