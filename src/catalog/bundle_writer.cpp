// Writing a catalog bundle (.jsonl, FORMATS.md): the inverse of bundle.cpp's loader.
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "jdpipe/bundle.hpp"
#include "jdpipe/error.hpp"
#include "util/json.hpp"

namespace jdpipe {

namespace {

using json::Array;
using json::Object;
using json::Value;

// One line: "kind" first, then the record's fields with sorted keys.
void append_line(std::string& out, std::string_view kind, const Object& fields) {
  out += "{\"kind\":";
  json::append_quoted(out, kind);
  std::string body = Value(fields).dump();  // "{...}"
  if (body.size() > 2) {
    out.push_back(',');
    out.append(body, 1, std::string::npos);
  } else {
    out.push_back('}');
  }
  out.push_back('\n');
}

void put_id(Object& o, int64_t id) {
  if (id > 0) o.emplace("id", id);
}

Object meta_fields(const CatalogMeta& m) {
  Object o{{"name", m.name}, {"version", m.version}, {"description", m.description}, {"license", m.license}};
  // Only a catalog that overrides the built-in work-nature lexicon carries one.
  if (!m.work_natures.empty()) {
    Array natures;
    for (const auto& n : m.work_natures) natures.emplace_back(Object{{"id", n.id}, {"label", n.label}, {"verbs", Value(n.verbs)}});
    o.emplace("work_natures", Value(std::move(natures)));
  }
  return o;
}

Object dimension_fields(const Dimension& d) {
  Object o{{"slug", d.slug},
           {"display_name", d.display_name},
           {"difficulty_hint", d.difficulty_hint},
           {"rationale", d.rationale},
           {"source", d.source}};
  put_id(o, d.id);
  return o;
}

Object skill_fields(const Skill& s) {
  Array aliases;
  aliases.reserve(s.aliases.size());
  for (const auto& a : s.aliases) {
    Object ao{{"text", a.text}, {"type", a.type}, {"match", a.match}, {"is_primary", a.is_primary}};
    put_id(ao, a.id);
    aliases.emplace_back(std::move(ao));
  }
  Object o{{"slug", s.slug},
           {"display_name", s.display_name},
           {"category", s.category},
           {"sub_category", s.sub_category},
           {"skill_nature", s.skill_nature},
           {"volatility", s.volatility},
           {"typical_lifespan", s.typical_lifespan},
           {"is_extractable", s.is_extractable},
           {"is_also_category", s.is_also_category},
           {"ai_related", s.ai_related},
           {"external_id", Value(s.external_id)},
           {"aliases", Value(std::move(aliases))},
           {"dimensions", Value(s.dimensions)}};
  put_id(o, s.id);
  return o;
}

Object role_fields(const Role& r) {
  Object o{{"slug", r.slug},
           {"display_name", r.display_name},
           {"role_archetype", r.role_archetype},
           {"rationale", r.rationale},
           {"external_id", Value(r.external_id)},
           {"source", r.source},
           {"aliases", Value(r.aliases)},
           {"kras", Value(r.kras)},
           {"ai_related_kras", Value(r.ai_related_kras)},
           {"skills", Value(r.skills)},
           {"dimensions", Value(r.dimensions)}};
  put_id(o, r.id);
  return o;
}

}  // namespace

std::string to_bundle_text(const CatalogData& data) {
  std::string out;
  out.reserve(256 * (1 + data.skills.size() + data.roles.size() + data.dimensions.size()));
  append_line(out, "meta", meta_fields(data.meta));
  for (const auto& d : data.dimensions) append_line(out, "dimension", dimension_fields(d));
  for (const auto& s : data.skills) append_line(out, "skill", skill_fields(s));
  for (const auto& r : data.roles) append_line(out, "role", role_fields(r));
  return out;
}

void write_bundle(const CatalogData& data, const std::string& path) {
  namespace fs = std::filesystem;
  std::string text = to_bundle_text(data);
  std::string tmp = fmt::format("{}.tmp-{}", path, static_cast<long>(::getpid()));
  auto fail = [&](std::string_view what, int err) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw Error(Error::Code::kIO, fmt::format("cannot write catalog bundle '{}': {}{}", path, what,
                                              err ? fmt::format(" ({})", std::strerror(err)) : std::string()));
  };
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) fail("cannot create a file in its folder", errno);
  size_t written = std::fwrite(text.data(), 1, text.size(), f);
  int werr = written == text.size() ? 0 : errno;
  if (std::fflush(f) != 0 && !werr) werr = errno ? errno : EIO;
  if (std::fclose(f) != 0 && !werr) werr = errno ? errno : EIO;
  if (written != text.size() || werr) fail("write failed", werr);
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) fail(ec.message(), 0);
}

}  // namespace jdpipe
