// Validators of the six tasks' answers. Pure functions: an answer text (and what the request
// showed) in, a validated value or the reason it is refused out.
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <set>

#include "llm/tasks.hpp"
#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::llm {

namespace detail {
std::optional<std::string> check_element(simdjson::dom::element value, simdjson::dom::element schema);
}

namespace {

using simdjson::dom::element;
namespace pd = parse_detail;

/// The answer parsed and checked against a schema; `root` lives as long as this object.
struct Answer {
  simdjson::dom::parser answer_parser, schema_parser;
  simdjson::padded_string answer_text, schema_text;
  element root;

  /// nullopt when the answer is JSON that follows the schema.
  std::optional<std::string> load(std::string_view answer, const std::string& schema) {
    answer_text = simdjson::padded_string(strip_code_fence(answer));
    schema_text = simdjson::padded_string(schema);
    element schema_root;
    if (schema_parser.parse(schema_text).get(schema_root)) return std::string("internal: the task schema is not JSON");
    if (answer_parser.parse(answer_text).get(root)) return std::string("the answer is not valid JSON");
    if (!root.is_object()) return std::string("the answer is not a JSON object");
    if (auto e = detail::check_element(root, schema_root)) return "the answer does not follow the schema: " + *e;
    return std::nullopt;
  }
};

std::string get_str(element obj, std::string_view key) {
  std::string_view v;
  if (obj[key].get_string().get(v)) return {};
  return std::string(v);
}

std::optional<std::string> get_opt_str(element obj, std::string_view key) {
  std::string_view v;
  if (obj[key].get_string().get(v)) return std::nullopt;
  return std::string(v);
}

bool get_bool(element obj, std::string_view key, bool fallback = false) {
  bool v = fallback;
  if (obj[key].get_bool().get(v)) return fallback;
  return v;
}

std::optional<double> get_num(element obj, std::string_view key) {
  element e;
  if (obj[key].get(e)) return std::nullopt;
  double d;
  if (!e.get_double().get(d)) return d;
  int64_t i;
  if (!e.get_int64().get(i)) return static_cast<double>(i);
  uint64_t u;
  if (!e.get_uint64().get(u)) return static_cast<double>(u);
  return std::nullopt;
}

std::vector<element> get_array(element obj, std::string_view key) {
  std::vector<element> out;
  simdjson::dom::array arr;
  if (obj[key].get_array().get(arr)) return out;
  for (element e : arr) out.push_back(e);
  return out;
}

/// Trimmed, whitespace squashed, at most max_bytes (on a UTF-8 boundary).
std::string clean(std::string_view s, size_t max_bytes = 300) {
  std::string sq = text::squash_spaces(s);
  return std::string(pd::utf8_prefix(sq, max_bytes));
}

std::vector<std::string> clean_list(const std::vector<element>& items, size_t max_items, size_t max_bytes = 200) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (element e : items) {
    std::string_view v;
    if (e.get_string().get(v)) continue;
    std::string c = clean(v, max_bytes);
    if (c.empty() || !seen.insert(text::lower(c)).second) continue;
    out.push_back(std::move(c));
    if (out.size() >= max_items) break;
  }
  return out;
}

std::vector<std::string> get_strings(element obj, std::string_view key, size_t max_items, size_t max_bytes = 200) {
  return clean_list(get_array(obj, key), max_items, max_bytes);
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 80 || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

/// The original text, lower-cased and with whitespace squashed, for "is this written there"
/// checks of short values.
struct Haystack {
  std::string_view original;
  std::string low;       // lower-cased original, same byte offsets
  std::string squashed;  // lower-cased, whitespace squashed (no offsets)

  explicit Haystack(std::string_view o) : original(o), low(text::lower(o)), squashed(text::lower(text::squash_spaces(o))) {}

  bool mentions(std::string_view value) const {
    std::string v = text::lower(text::squash_spaces(value));
    return !v.empty() && squashed.find(v) != std::string::npos;
  }

  /// The byte span of a quote: exact first, then ignoring case, then ignoring case and
  /// whitespace differences (walks the original).
  std::optional<std::pair<size_t, size_t>> locate(std::string_view quote) const {
    std::string q = clean(quote, 400);
    if (q.empty()) return std::nullopt;
    if (auto p = original.find(q); p != std::string_view::npos) return std::make_pair(p, p + q.size());
    std::string ql = text::lower(q);
    if (auto p = low.find(ql); p != std::string::npos) return std::make_pair(p, p + ql.size());
    // Whitespace-tolerant: match ql's characters, letting any run of whitespace match any run.
    size_t tries = 0;  // bounds the work on long texts full of the quote's first letter
    for (size_t start = low.find(ql[0]); start != std::string::npos && ++tries <= 20000;
         start = low.find(ql[0], start + 1)) {
      size_t i = start, k = 0;
      while (i < low.size() && k < ql.size()) {
        if (ql[k] == ' ') {
          if (!text::is_space(static_cast<unsigned char>(low[i]))) break;
          while (i < low.size() && text::is_space(static_cast<unsigned char>(low[i]))) ++i;
          ++k;
        } else if (low[i] == ql[k]) {
          ++i;
          ++k;
        } else {
          break;
        }
      }
      if (k == ql.size()) return std::make_pair(start, i);
    }
    return std::nullopt;
  }

  /// A term as a word ("Go" not in "Google"), else, for terms of 3+ bytes, anywhere ("API" in "APIs").
  std::optional<std::pair<size_t, size_t>> locate_term(std::string_view term) const {
    std::string t = text::lower(clean(term, 100));
    if (t.empty()) return std::nullopt;
    size_t p = pd::find_word(low, t);
    if (p == std::string::npos && t.size() >= 3) p = low.find(t);
    if (p == std::string::npos) return std::nullopt;
    return std::make_pair(p, p + t.size());
  }
};

// ---- parse ---------------------------------------------------------------------------------

struct Piece {
  size_t b = 0, e = 0;
  bool bullet = false;
};

/// Items of a span of the original: lines, split at bullet glyphs; non-bullet text in sentences.
std::vector<Piece> items_of(std::string_view text, size_t b, size_t e) {
  std::vector<Piece> out;
  e = std::min(e, text.size());
  size_t i = b;
  while (i < e && out.size() < 500) {
    size_t le = text.find('\n', i);
    if (le == std::string_view::npos || le > e) le = e;
    size_t ls = i, lend = le;
    i = le + 1;
    while (ls < lend && text::is_space(pd::at(text, ls))) ++ls;
    while (lend > ls && text::is_space(pd::at(text, lend - 1))) --lend;
    if (ls >= lend) continue;
    size_t bl = pd::leading_bullet_len(text, ls, lend);
    size_t piece = ls + bl;
    bool bullet = bl > 0;
    auto emit = [&](size_t ps, size_t pe, bool is_bullet) {
      while (ps < pe && text::is_space(pd::at(text, ps))) ++ps;
      while (pe > ps && text::is_space(pd::at(text, pe - 1))) --pe;
      if (ps >= pe) return;
      if (is_bullet) {
        out.push_back({ps, pe, true});
        return;
      }
      for (const auto& sp : text::split_sentences(text.substr(ps, pe - ps)))
        out.push_back({ps + sp.start, ps + sp.end, false});
    };
    for (size_t p = piece; p < lend;) {
      size_t g = pd::bullet_glyph_len(text, p);
      if (g && p + g <= lend) {
        if (p > piece) emit(piece, p, bullet);
        bullet = true;
        piece = p + g;
        p += g;
        continue;
      }
      ++p;
    }
    emit(piece, lend, bullet);
  }
  return out;
}

std::optional<TextBlock> block_from(element b, const Haystack& hay, const std::string& label, bool glyphs,
                                    std::vector<std::string>& dropped) {
  element marker;
  if (b["source_marker"].get(marker)) {
    dropped.push_back(label + ": no source_marker");
    return std::nullopt;
  }
  std::string first = get_str(marker, "first_5_words"), last = get_str(marker, "last_5_words");
  auto span = resolve_marker(hay.original, first, last);
  if (!span) {
    dropped.push_back(fmt::format("{}: source markers ('{}' ... '{}') do not resolve in the JD", label,
                                  clean(first, 80), clean(last, 80)));
    return std::nullopt;
  }
  auto pieces = items_of(hay.original, span->first, span->second);
  if (pieces.empty()) {
    dropped.push_back(label + ": the markers resolve to an empty span");
    return std::nullopt;
  }
  TextBlock tb;
  tb.heading = clean(pd::trim_punct(get_str(b, "heading")), 120);
  tb.heading_was_present = get_bool(b, "heading_was_present") && !tb.heading.empty() && hay.mentions(tb.heading);
  std::string joined;
  for (const auto& p : pieces) {
    std::string s = text::squash_spaces(hay.original.substr(p.b, p.e - p.b));
    if (p.bullet) ++tb.bullet_count;
    if (!joined.empty()) joined += "\n\n";
    if (glyphs && p.bullet) joined += "\xE2\x80\xA2 ";
    joined += s;
    tb.items.push_back(std::move(s));
  }
  tb.text = std::move(joined);
  tb.word_count = static_cast<int>(text::word_count(tb.text));
  tb.source_marker.byte_start = span->first;
  tb.source_marker.byte_end = span->second;
  std::string_view cut = hay.original.substr(span->first, span->second - span->first);
  tb.source_marker.first_5_words = pd::first_n_words(cut, 5);
  tb.source_marker.last_5_words = pd::last_n_words(cut, 5);
  return tb;
}

std::vector<TextBlock> blocks_from(element root, std::string_view key, const Haystack& hay,
                                   std::vector<std::string>& dropped) {
  std::vector<TextBlock> out;
  auto items = get_array(root, key);
  for (size_t i = 0; i < items.size() && i < 50; ++i)
    if (auto tb = block_from(items[i], hay, fmt::format("{}[{}]", key, i), true, dropped)) out.push_back(std::move(*tb));
  return out;
}

Domain domain_from(element d) {
  Domain out;
  std::string name = clean(get_str(d, "domain"), 80);
  out.domain = name.empty() ? "Other" : name;
  out.aliases = get_strings(d, "aliases", 10, 80);
  return out;
}

bool valid_currency(std::string_view c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// ---- shared --------------------------------------------------------------------------------

std::string evidence_sentence(std::string_view original, const std::vector<text::Span>& sentences, size_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const text::Span& sp) { return p < sp.end; });
  if (it != sentences.end() && it->start <= pos) return std::string(original.substr(it->start, it->end - it->start));
  return {};
}

}  // namespace

// ---- parse ---------------------------------------------------------------------------------

Checked<ParseAnswer> validate_parse(std::string_view answer, std::string_view original) {
  Answer a;
  if (auto e = a.load(answer, task_spec(Task::kParse).schema)) return Checked<ParseAnswer>::bad(*e);
  element r = a.root;
  if (get_str(r, "JD_type") != "pass")
    return Checked<ParseAnswer>::bad(
        fmt::format("the answer rejects the JD ({}); rejections are left to the deterministic parser",
                    get_opt_str(r, "rejection_reason").value_or("no reason")));
  Haystack hay(original);
  ParseAnswer out;
  ParsedJD& p = out.parsed;
  auto& dropped = out.dropped;
  p.jd_type = "pass";

  if (auto c = get_opt_str(r, "company_name")) {
    std::string name = clean(*c, 120);
    if (!name.empty() && hay.mentions(name)) p.company_name = name;
    else if (!name.empty()) dropped.push_back(fmt::format("company_name: '{}' is not in the JD", name));
  }
  element about;
  if (!r["about_company"].get(about) && about.is_object())
    p.about_company = block_from(about, hay, "about_company", false, dropped);
  p.roles_and_responsibilities = blocks_from(r, "roles_and_responsibilities", hay, dropped);
  p.requirements = blocks_from(r, "requirements", hay, dropped);
  p.nice_to_have = blocks_from(r, "nice_to_have", hay, dropped);
  p.benefits = blocks_from(r, "benefits", hay, dropped);

  element ctc;
  if (!r["ctc"].get(ctc) && ctc.is_object()) {
    std::string raw = clean(get_str(ctc, "raw"), 200);
    if (raw.empty() || !hay.mentions(raw)) {
      dropped.push_back(fmt::format("ctc: raw '{}' is not in the JD", raw));
    } else if (auto parsed = pd::parse_money(raw, true)) {
      // The numbers are read from the JD's own words, as the deterministic parser reads them.
      p.ctc = std::move(parsed);
      p.ctc->raw = raw;
    } else {
      Ctc c;
      c.raw = raw;
      if (auto cur = get_opt_str(ctc, "currency"); cur && valid_currency(*cur)) c.currency = *cur;
      c.min = get_num(ctc, "min");
      c.max = get_num(ctc, "max");
      c.period = get_opt_str(ctc, "period");
      if ((c.min && *c.min < 0) || (c.max && *c.max < 0) || (c.min && c.max && *c.min > *c.max)) {
        dropped.push_back(fmt::format("ctc: amounts of '{}' are inconsistent", raw));
      } else {
        p.ctc = std::move(c);
      }
    }
  }
  element exp;
  if (!r["experience"].get(exp) && exp.is_object()) {
    std::string raw = clean(get_str(exp, "raw"), 200);
    if (raw.empty() || !hay.mentions(raw)) {
      dropped.push_back(fmt::format("experience: raw '{}' is not in the JD", raw));
    } else if (auto parsed = pd::parse_experience_value(raw); parsed && (parsed->min || parsed->max)) {
      p.experience = std::move(parsed);
      p.experience->raw = raw;
    } else {
      Experience x;
      x.raw = raw;
      x.min = get_num(exp, "min");
      x.max = get_num(exp, "max");
      auto bad = [](const std::optional<double>& v) { return v && (*v < 0 || *v > 70); };
      if (bad(x.min) || bad(x.max) || (x.min && x.max && *x.min > *x.max))
        dropped.push_back(fmt::format("experience: years of '{}' are out of range", raw));
      else
        p.experience = std::move(x);
    }
  }
  p.education = get_strings(r, "education", 20, 200);
  p.certifications = get_strings(r, "certifications", 30, 200);
  for (element loc : get_array(r, "job_locations")) {
    JobLocation jl{clean(get_str(loc, "location"), 120), get_str(loc, "work_mode")};
    if ((jl.location.empty() && jl.work_mode.empty()) || p.job_locations.size() >= 20) continue;
    p.job_locations.push_back(std::move(jl));
  }
  for (element u : get_array(r, "urls")) {
    std::string url = clean(get_str(u, "url"), 500);
    if (url.empty()) continue;
    if (!hay.mentions(url)) {
      dropped.push_back(fmt::format("urls: '{}' is not in the JD", url));
      continue;
    }
    if (p.urls.size() < 20) p.urls.push_back({get_str(u, "type"), url});
  }
  for (const auto& email : get_strings(r, "emails", 20, 200)) {
    if (hay.mentions(email)) p.emails.push_back(email);
    else dropped.push_back(fmt::format("emails: '{}' is not in the JD", email));
  }
  p.role = clean(get_str(r, "role"), 200);
  p.role_aliases = get_strings(r, "role_aliases", 10, 200);
  p.role_archetype = clean(get_str(r, "role_archetype"), 60);
  element dom;
  if (!r["domain"].get(dom)) {
    element prim, sec;
    if (!dom["primary"].get(prim) && prim.is_object()) p.domain_primary = domain_from(prim);
    if (!dom["secondary"].get(sec) && sec.is_object()) p.domain_secondary = domain_from(sec);
  }
  return Checked<ParseAnswer>::good(std::move(out));
}

// ---- extract skills and role -----------------------------------------------------------------

Checked<SkillsAndRoleAnswer> validate_skills_and_role(std::string_view answer, std::string_view original) {
  Answer a;
  if (auto e = a.load(answer, task_spec(Task::kExtractSkillsAndRole).schema))
    return Checked<SkillsAndRoleAnswer>::bad(*e);
  Haystack hay(original);
  auto sentences = text::split_sentences(original);
  SkillsAndRoleAnswer out;
  auto items = get_array(a.root, "skills");
  std::vector<std::string> keys;
  for (element s : items) {
    std::string name = clean(get_str(s, "skill_name"), 100);
    if (name.empty()) {
      out.dropped.push_back("a skill with an empty name");
      continue;
    }
    std::string key = text::lower(name);
    bool primary = get_bool(s, "is_primary", true);
    if (auto it = std::find(keys.begin(), keys.end(), key); it != keys.end()) {
      out.skills[static_cast<size_t>(it - keys.begin())].is_primary |= primary;
      continue;
    }
    LlmSkill skill{name, primary, {}};
    auto quotes = get_array(s, "evidence");
    for (size_t i = 0; i < quotes.size() && i < 3; ++i) {
      std::string_view q;
      if (quotes[i].get_string().get(q)) continue;
      if (auto span = hay.locate(q))
        skill.evidence.push_back({span->first, span->second, evidence_sentence(original, sentences, span->first)});
    }
    if (skill.evidence.empty())
      if (auto span = hay.locate_term(name))
        skill.evidence.push_back({span->first, span->second, evidence_sentence(original, sentences, span->first)});
    if (skill.evidence.empty()) {
      out.dropped.push_back(fmt::format("skill '{}': neither its evidence nor its name is in the JD", name));
      continue;
    }
    if (out.skills.size() >= 80) {
      out.dropped.push_back(fmt::format("skill '{}': more than 80 skills", name));
      continue;
    }
    keys.push_back(std::move(key));
    out.skills.push_back(std::move(skill));
  }
  if (!items.empty() && out.skills.empty())
    return Checked<SkillsAndRoleAnswer>::bad("no skill of the answer is found in the JD");
  element role;
  if (!a.root["jd_role"].get(role)) {
    out.jd_role.display_name = clean(get_str(role, "display_name"), 200);
    out.jd_role.role_aliases = get_strings(role, "role_aliases", 10, 200);
    out.jd_role.role_archetype = clean(get_str(role, "role_archetype"), 60);
    if (auto why = get_opt_str(role, "rationale"); why && !clean(*why).empty()) out.jd_role.rationale = clean(*why, 1000);
  }
  return Checked<SkillsAndRoleAnswer>::good(std::move(out));
}

// ---- adjudicate ------------------------------------------------------------------------------

Checked<RoleChoice> validate_role_choice(std::string_view answer, const std::vector<std::string>& candidate_slugs) {
  Answer a;
  // The task's static schema: the per-request enum of slugs is checked below with a clearer message.
  if (auto e = a.load(answer, task_spec(Task::kAdjudicateRole).schema)) return Checked<RoleChoice>::bad(*e);
  RoleChoice c;
  c.slug = get_str(a.root, "slug");
  c.confidence = get_num(a.root, "confidence").value_or(-1);
  c.reasoning = clean(get_str(a.root, "reasoning"), 2000);
  if (!contains(candidate_slugs, c.slug))
    return Checked<RoleChoice>::bad(
        fmt::format("the answer picks '{}', which is not among the candidates", clean(c.slug, 100)));
  if (!(c.confidence >= 0 && c.confidence <= 1)) return Checked<RoleChoice>::bad("confidence is outside [0, 1]");
  return Checked<RoleChoice>::good(std::move(c));
}

// ---- propose a new role ----------------------------------------------------------------------

Checked<NewRoleProposal> validate_new_role(std::string_view answer, const std::vector<std::string>& existing_slugs) {
  Answer a;
  if (auto e = a.load(answer, task_spec(Task::kProposeNewRole).schema)) return Checked<NewRoleProposal>::bad(*e);
  NewRoleProposal p;
  p.slug = get_str(a.root, "slug");
  p.display_name = clean(get_str(a.root, "display_name"), 120);
  p.role_archetype = clean(get_str(a.root, "role_archetype"), 60);
  p.rationale = clean(get_str(a.root, "rationale"), 1000);
  p.kras = get_strings(a.root, "kras", 12, 400);
  p.role_aliases = get_strings(a.root, "role_aliases", 10, 120);
  if (!is_slug(p.slug))
    return Checked<NewRoleProposal>::bad(
        fmt::format("slug '{}' is not lower-case words joined by hyphens", clean(p.slug, 100)));
  if (contains(existing_slugs, p.slug))
    return Checked<NewRoleProposal>::bad(fmt::format("slug '{}' already exists in the catalog", p.slug));
  if (p.display_name.empty()) return Checked<NewRoleProposal>::bad("display_name is empty");
  if (p.role_archetype.empty()) return Checked<NewRoleProposal>::bad("role_archetype is empty");
  if (p.kras.empty()) return Checked<NewRoleProposal>::bad("no non-empty KRA");
  return Checked<NewRoleProposal>::good(std::move(p));
}

// ---- enrich a new skill ----------------------------------------------------------------------

Checked<NewSkillMeta> validate_new_skill(std::string_view answer) {
  Answer a;
  if (auto e = a.load(answer, task_spec(Task::kEnrichNewSkill).schema)) return Checked<NewSkillMeta>::bad(*e);
  NewSkillMeta m;
  m.category = clean(get_str(a.root, "category"), 80);
  m.sub_category = clean(get_str(a.root, "sub_category"), 120);
  m.skill_nature = get_str(a.root, "skill_nature");
  m.volatility = get_str(a.root, "volatility");
  m.typical_lifespan = get_str(a.root, "typical_lifespan");
  m.version_strategy = get_str(a.root, "version_strategy");
  m.confidence = get_num(a.root, "confidence").value_or(-1);
  m.maturity_reasoning = clean(get_str(a.root, "maturity_reasoning"), 1000);
  // The schema's enums already hold; checked again so that a schema edit cannot loosen them.
  if (!contains(kSkillNatures, m.skill_nature)) return Checked<NewSkillMeta>::bad("skill_nature is not allowed");
  if (!contains(kVolatilities, m.volatility)) return Checked<NewSkillMeta>::bad("volatility is not allowed");
  if (!contains(kLifespans, m.typical_lifespan)) return Checked<NewSkillMeta>::bad("typical_lifespan is not allowed");
  if (!contains(kVersionStrategies, m.version_strategy))
    return Checked<NewSkillMeta>::bad("version_strategy is not allowed");
  if (!(m.confidence >= 0 && m.confidence <= 1)) return Checked<NewSkillMeta>::bad("confidence is outside [0, 1]");
  if (m.category.empty()) return Checked<NewSkillMeta>::bad("category is empty");
  if (m.maturity_reasoning.empty()) return Checked<NewSkillMeta>::bad("maturity_reasoning is empty");
  return Checked<NewSkillMeta>::good(std::move(m));
}

// ---- propose dimensions ----------------------------------------------------------------------

Checked<DimensionsAnswer> validate_dimensions(std::string_view answer, const ProposeDimensionsInput& input) {
  Answer a;
  if (auto e = a.load(answer, task_spec(Task::kProposeDimensions).schema)) return Checked<DimensionsAnswer>::bad(*e);
  std::vector<std::string> existing;
  for (const auto& d : input.existing_dimensions) existing.push_back(d.slug);
  DimensionsAnswer out;
  std::set<std::string> seen;
  for (element d : get_array(a.root, "dimensions")) {
    DimensionProposal p;
    p.slug = get_str(d, "slug");
    p.display_name = clean(get_str(d, "display_name"), 120);
    p.difficulty_hint = get_str(d, "difficulty_hint");
    p.rationale = clean(get_str(d, "rationale"), 1000);
    p.is_existing = get_bool(d, "is_existing");
    std::string label = fmt::format("dimension '{}'", clean(p.slug, 100));
    if (!is_slug(p.slug)) {
      out.dropped.push_back(label + ": not a slug");
      continue;
    }
    if (p.is_existing && !contains(existing, p.slug)) {
      out.dropped.push_back(label + ": claimed existing but not in the catalog");
      continue;
    }
    if (!p.is_existing && contains(existing, p.slug)) {
      out.dropped.push_back(label + ": a new dimension's slug collides with an existing one");
      continue;
    }
    if (!contains(kDifficultyHints, p.difficulty_hint)) {
      out.dropped.push_back(label + ": difficulty_hint is not allowed");
      continue;
    }
    if (p.display_name.empty()) {
      out.dropped.push_back(label + ": display_name is empty");
      continue;
    }
    if (!seen.insert(p.slug).second) {
      out.dropped.push_back(label + ": repeated");
      continue;
    }
    for (element s : get_array(d, "skills")) {
      std::string_view name;
      if (s.get_string().get(name)) continue;
      std::string key = text::lower(clean(name, 100));
      auto it = std::find_if(input.skills.begin(), input.skills.end(),
                             [&](const std::string& k) { return text::lower(clean(k, 100)) == key; });
      if (it == input.skills.end()) {
        out.dropped.push_back(fmt::format("{}: skill '{}' was not listed", label, clean(name, 100)));
        continue;
      }
      if (!contains(p.skills, *it)) p.skills.push_back(*it);
    }
    if (p.skills.empty() && !input.skills.empty()) {
      out.dropped.push_back(label + ": covers none of the listed skills");
      continue;
    }
    if (out.dimensions.size() >= input.max_dimensions) {
      out.dropped.push_back(label + ": more than max_dimensions");
      continue;
    }
    out.dimensions.push_back(std::move(p));
  }
  if (out.dimensions.empty())
    return Checked<DimensionsAnswer>::bad("no valid dimension" +
                                          (out.dropped.empty() ? std::string() : " (" + out.dropped.front() + ")"));
  return Checked<DimensionsAnswer>::good(std::move(out));
}

}  // namespace jdpipe::llm
