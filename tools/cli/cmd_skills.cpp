// jdpipe extract-skills and jdpipe link-skill: API 1's skills and API 2's linking on their own.
#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>

#include "cli.hpp"
#include "util/json.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kExtractUsage = R"(usage: jdpipe extract-skills [options] [FILE...]

Extracts the skills of each job description (one per FILE, '-' for stdin): catalog identity,
how the mention matched, whether it is required (is_primary) and its byte spans.

options:
  --jsonl FILE          read {"id": ..., "text": ...} lines from FILE ('-' for stdin)
  --jsonl-out           write JSON Lines (one object per input)
  --help                this text
)";

constexpr const char* kLinkUsage = R"(usage: jdpipe link-skill [options] TERM...

The top-k catalog skills for each skill mention, with scores and matched_via.

options:
  --k N                 candidates per term (default 5)
  --context SENTENCE    the sentence the terms come from (helps pick among candidates)
  --jsonl FILE          read {"id": ..., "term": ..., "context": ...} lines ('-' for stdin)
  --jsonl-out           write JSON Lines (one object per term)
  --help                this text
)";

bool text_is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

json::Value skills_json(const std::vector<ExtractedSkill>& skills) {
  json::Array out;
  for (const auto& s : skills) {
    json::Array spans;
    for (const auto& ev : s.evidence) spans.push_back(json::Array{ev.byte_start, ev.byte_end});
    out.push_back(json::Object{{"skill_name", s.skill_name},
                               {"slug", s.slug},
                               {"display_name", s.skill_name},
                               {"external_id", s.external_id},
                               {"matched_via", s.matched_via},
                               {"is_primary", s.is_primary},
                               {"spans", std::move(spans)}});
  }
  return out;
}

json::Value links_json(const std::vector<SkillLink>& links) {
  json::Array out;
  for (const auto& l : links)
    out.push_back(json::Object{{"slug", l.slug},
                               {"display_name", l.display_name},
                               {"external_id", l.external_id},
                               {"score", l.score},
                               {"matched_via", l.matched_via}});
  return out;
}

/// Prints one result per input: an object for one, an array for several, or JSON Lines.
/// Returns 1 when some input failed.
template <class Fn>
int emit_all(const std::vector<Input>& inputs, bool jsonl_out, Fn&& result) {
  int status = 0;
  const bool array = !jsonl_out && inputs.size() != 1;
  const int indent = jsonl_out ? -1 : 2;
  if (array) std::fputs("[\n", stdout);
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string out;
    if (!inputs[i].error.empty()) {
      status = 1;
      out = failure_json(inputs[i]);
      std::fprintf(stderr, "jdpipe: %s: %s\n", inputs[i].id.c_str(), inputs[i].error.c_str());
    } else {
      out = result(inputs[i]).dump(indent);
    }
    std::fputs(out.c_str(), stdout);
    if (array && i + 1 < inputs.size()) std::fputc(',', stdout);
    std::fputc('\n', stdout);
  }
  if (array) std::fputs("]\n", stdout);
  return status;
}

}  // namespace

int cmd_extract_skills(int argc, char** argv) {
  std::vector<std::string> files;
  std::string jsonl;
  CommonOptions common;
  bool jsonl_out = false;
  Args args(argc, argv, kExtractUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "--jsonl") {
      jsonl = args.value();
    } else if (a == "--jsonl-out") {
      jsonl_out = true;
    } else if (args.is_option()) {
      return usage_error(fmt::format("extract-skills: unknown option '{}'", a));
    } else {
      files.push_back(a);
    }
  }
  if (args.help_shown()) return 0;
  common.validate();
  if (files.empty() && jsonl.empty()) return usage_error("extract-skills: give a FILE, '-' for stdin, or --jsonl FILE");

  std::vector<Input> inputs;
  for (const auto& f : files) {
    Input in;
    in.id = f;
    if (!read_file(f, in.text)) in.error = fmt::format("cannot read '{}'", f);
    inputs.push_back(std::move(in));
  }
  if (!jsonl.empty()) {
    bool ok;
    auto more = read_jsonl(jsonl, "text", ok);
    if (!ok) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
    for (auto& in : more) inputs.push_back(std::move(in));
  }
  std::shared_ptr<Catalog> catalog = common.open();
  Options options;
  common.apply(options);
  Pipeline pipeline(catalog, options, common.make_embedder(*catalog), common.make_provider());
  return emit_all(inputs, jsonl_out, [&](const Input& in) {
    return json::Value(json::Object{{"id", in.id}, {"skills", skills_json(pipeline.extract_skills(in.text))}});
  });
}

int cmd_link_skill(int argc, char** argv) {
  std::vector<std::string> terms;
  std::string jsonl, context;
  CommonOptions common;
  bool jsonl_out = false;
  size_t k = 5;
  Args args(argc, argv, kLinkUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "--jsonl") jsonl = args.value();
    else if (a == "--jsonl-out") jsonl_out = true;
    else if (a == "--k") k = static_cast<size_t>(parse_int("--k", args.value(), 1, 1000));
    else if (a == "--context") context = args.value();
    else if (args.is_option()) return usage_error(fmt::format("link-skill: unknown option '{}'", a));
    else terms.push_back(a);
  }
  if (args.help_shown()) return 0;
  common.validate();
  if (terms.empty() && jsonl.empty()) return usage_error("link-skill: give a TERM or --jsonl FILE");

  std::vector<Input> inputs;
  for (size_t t = 0; t < terms.size(); ++t) {
    Input in;
    in.id = std::to_string(t);
    in.text = terms[t];
    in.context = context;
    if (text_is_blank(in.text)) in.error = "empty term";
    inputs.push_back(std::move(in));
  }
  if (!jsonl.empty()) {
    bool ok;
    auto more = read_jsonl(jsonl, "term", ok, "context");
    if (!ok) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
    for (auto& in : more) {
      if (in.error.empty() && text_is_blank(in.text)) in.error = "empty term";
      inputs.push_back(std::move(in));
    }
  }
  std::shared_ptr<Catalog> catalog = common.open();
  Options options;
  common.apply(options);
  Pipeline pipeline(catalog, options, common.make_embedder(*catalog), common.make_provider());
  return emit_all(inputs, jsonl_out, [&](const Input& in) {
    return json::Value(json::Object{{"id", in.id},
                                    {"term", in.text},
                                    {"candidates", links_json(pipeline.link_skill(in.text, in.context, k))}});
  });
}

}  // namespace jdpipe::cli
