#include "jdpipe/pipeline.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <map>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <unordered_map>
#include <unordered_set>

#include "embed/features.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/version.hpp"
#include "pipeline/compiled_catalog.hpp"
#include "skills/enrich.hpp"
#include "skills/extract.hpp"
#include "skills/tagger.hpp"
#include "llm/tasks.hpp"
#include "pipeline/llm_adjudicator.hpp"
#include "roles/confidence.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

using Clock = std::chrono::steady_clock;

// API 2's vector tier takes a skill name only this similar (TF-IDF cosine over words and
// character trigrams; a term sharing most of its words with the name).
constexpr double kSkillSimilarityThreshold = 0.7;
// link_skill lists nearer names down to this similarity: below it a term shares little more
// than a few character trigrams with the name.
constexpr double kSkillLinkMinSimilarity = 0.2;

std::string format_uuid(uint64_t hi, uint64_t lo) {
  // Version 4 layout (random) or, for derived ids, the same layout with version 8 (custom).
  return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", hi >> 32, (hi >> 16) & 0xffff, hi & 0xffff,
                     lo >> 48, lo & 0xffffffffffffull);
}

std::string random_uuid() {
  thread_local std::mt19937_64 rng{std::random_device{}() ^ (static_cast<uint64_t>(std::random_device{}()) << 32)};
  uint64_t hi = rng(), lo = rng();
  hi = (hi & ~0xf000ull) | 0x4000ull;
  lo = (lo & ~(0xc000ull << 48)) | (0x8000ull << 48);
  return format_uuid(hi, lo);
}

std::string derived_uuid(std::string_view text, std::string_view input_id, const Options& o, std::string_view catalog) {
  std::string key = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|", JDPIPE_VERSION_STRING, catalog, input_id, o.w_alias,
                                o.w_kra, o.w_skill, o.accept_threshold, o.margin, o.new_role_threshold, o.top_k);
  // Without a tagger the key is what it always was, so existing run ids stay the same.
  if (o.skill_tagger) key += fmt::format("tagger:{:016x}|", o.skill_tagger->model().fingerprint);
  key.append(text);
  uint64_t hi = embed::fnv1a(key, 0x6a64706970650001ull), lo = embed::fnv1a(key, 0x6a64706970650002ull);
  hi = (hi & ~0xf000ull) | 0x8000ull;
  lo = (lo & ~(0xc000ull << 48)) | (0x8000ull << 48);
  return format_uuid(hi, lo);
}

double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-' || c == '/';
  }
  return out;
}

RoleCandidate candidate_of(const Role& r, double score) {
  RoleCandidate c;
  c.role_id = r.id;
  c.slug = r.slug;
  c.display_name = r.display_name;
  c.external_id = r.external_id;
  c.score = round4(score);
  return c;
}

RoleRef ref_of(const Role& r) {
  RoleRef ref;
  ref.id = r.id;
  ref.slug = r.slug;
  ref.display_name = r.display_name;
  if (!r.role_archetype.empty()) ref.role_archetype = r.role_archetype;
  ref.external_id = r.external_id;
  ref.source = r.source;
  return ref;
}

}  // namespace

std::shared_ptr<const Embedder> default_embedder(const CatalogData& data) {
  auto e = std::make_shared<HashingEmbedder>();
  std::vector<std::string> corpus;
  for (const auto& r : data.roles) {
    corpus.push_back(r.display_name);
    corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
  }
  for (const auto& s : data.skills) corpus.push_back(s.display_name);
  e->fit_idf(corpus);
  return e;
}

RoleLists::RoleLists(const CatalogData& data) {
  std::vector<uint32_t> order(data.roles.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto by_name_then_id = [&](uint32_t a, uint32_t b) {
    const Role &x = data.roles[a], &y = data.roles[b];
    return x.display_name < y.display_name || (x.display_name == y.display_name && x.id < y.id);
  };
  std::stable_sort(order.begin(), order.end(), by_name_then_id);
  std::vector<RoleRef> refs;
  refs.reserve(order.size());
  position.resize(order.size());
  for (uint32_t p = 0; p < order.size(); ++p) {
    refs.push_back(ref_of(data.roles[order[p]]));
    position[order[p]] = p;
  }
  by_name = RoleList(std::move(refs));
  for (const Dimension& dim : data.dimensions) {
    const auto& roles = data.roles_with_dimension(dim.slug);
    std::vector<uint32_t> picked;
    picked.reserve(roles.size());
    for (size_t ri : roles) picked.push_back(position[ri]);
    std::sort(picked.begin(), picked.end());
    by_dimension.emplace(dim.slug, RoleList(by_name, std::move(picked)));
  }
}

namespace {

void validate(const Options& o) {
  auto bad = [](const std::string& msg) { throw Error(Error::Code::kInvalidArgument, "Options." + msg); };
  if (o.top_k <= 0) bad(fmt::format("top_k must be positive (got {})", o.top_k));
  if (!(o.kra_centroid_weight >= 0 && o.kra_centroid_weight <= 1))
    bad(fmt::format("kra_centroid_weight must be in [0, 1] (got {})", o.kra_centroid_weight));
  if (o.kra_shortlist < 0) bad(fmt::format("kra_shortlist must not be negative (got {})", o.kra_shortlist));
  for (auto [name, w] : {std::pair{"w_alias", o.w_alias}, {"w_kra", o.w_kra}, {"w_skill", o.w_skill}})
    if (!(w >= 0 && std::isfinite(w))) bad(fmt::format("{} must be a finite non-negative number (got {})", name, w));
  if (o.w_alias + o.w_kra + o.w_skill <= 0) bad("w_alias, w_kra and w_skill must not all be zero");
  for (auto [name, t] : {std::pair{"accept_threshold", o.accept_threshold}, {"margin", o.margin},
                         {"new_role_threshold", o.new_role_threshold}})
    if (!(t >= 0 && t <= 1)) bad(fmt::format("{} must be in [0, 1] (got {})", name, t));
  if (o.parse.max_input_bytes == 0) bad("parse.max_input_bytes must be positive");
  if (!(o.time_limit_ms >= 0 && std::isfinite(o.time_limit_ms)))
    bad(fmt::format("time_limit_ms must be a finite non-negative number (got {})", o.time_limit_ms));
  const auto& tb = o.title_blend;
  for (auto [name, w] : {std::pair{"token", tb.token}, {"chars", tb.chars}, {"embedding", tb.embedding},
                         {"role_labels", tb.role_labels}, {"role_skills", tb.role_skills},
                         {"role_embedding", tb.role_embedding}})
    if (!(w >= 0 && std::isfinite(w))) bad(fmt::format("title_blend.{} must be a finite non-negative number (got {})", name, w));
  if (tb.token + tb.chars + tb.embedding <= 0) bad("title_blend weights must not all be zero");
  if (!(tb.alt_label_factor >= 0 && tb.alt_label_factor <= 1))
    bad(fmt::format("title_blend.alt_label_factor must be in [0, 1] (got {})", tb.alt_label_factor));
}

/// Thrown between stages when a run is past Options::time_limit_ms.
struct TimeLimitExceeded : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace

Pipeline::Pipeline(std::shared_ptr<Catalog> catalog, Options options, std::shared_ptr<const Embedder> embedder,
                   std::shared_ptr<LLMProvider> llm)
    : catalog_(catalog ? std::move(catalog) : InMemoryCatalog::starter()),
      options_(options),
      embedder_(std::move(embedder)),
      llm_(std::move(llm)) {
  validate(options_);
  auto snapshot = catalog_->snapshot();
  if (!snapshot) throw Error(Error::Code::kInvalidArgument, "the catalog has no snapshot");
  auto skills_build = CompiledCatalog::compile_skills(snapshot);  // meanwhile, the embedder's fit
  if (!embedder_) embedder_ = default_embedder(*snapshot);
  compiled_ = std::make_unique<CompiledCatalog>(std::move(snapshot), *embedder_, *catalog_, std::move(skills_build));
#if defined(__GLIBC__)
  // Compiling a large catalog frees hundreds of MB of temporaries, on two threads' heaps, which
  // glibc keeps for reuse: hand them back (ESCO: about 80 MB less resident, for a few ms).
  malloc_trim(0);
#endif
}

Pipeline::~Pipeline() = default;

namespace {

/// The work of one run, stage by stage; each method fills its part of the Run.
class RunBuilder {
 public:
  RunBuilder(const CompiledCatalog& c, const Options& o, const Embedder& e, LLMProvider* llm, Catalog& catalog,
             std::string_view text, Run& run)
      : c_(c), d_(*c.data), o_(o), embedder_(e), llm_(llm), catalog_(catalog), text_(text), run_(run) {}

  void execute() {
    stage("parse", [&] { run_.nano_parsed = parse_jd(text_, o_.parse); });
    const ParsedJD& p = run_.nano_parsed;
    if (p.jd_type != "pass") {
      run_.api1.rejected = true;
      run_.api1.rejection_reason = p.rejection_reason.value_or("rejected");
      return;
    }
    // Only the deterministic parser may reject; an LLM then refines what passed.
    if (llm_ && o_.llm_stages.parse) stage("llm_parse", [&] { llm_parse(); });
    stage("extract_skills", [&] { llm_ && o_.llm_stages.extract_skills ? llm_extract_skills() : extract_skills(); });
    stage("alias_signal", [&] { alias_signal(); });
    stage("kra_signal", [&] { kra_signal(); });
    stage("skill_signal", [&] { skill_signal(); });
    stage("decide", [&] {
      decide();
      explain_choice();
    });
    stage("canonicalise", [&] { canonicalise(); });
    stage("plan_persistence", [&] { plan_persistence(); });
    stage("learn", [&] { learn(); });
    stage("enrich", [&] { enrich(); });
  }

 private:
  template <class Fn>
  void stage(const char* name, Fn&& fn) {
    auto t0 = Clock::now();
    fn();
    if (o_.time_limit_ms > 0) {
      double spent_ms = std::chrono::duration<double, std::milli>(Clock::now() - started_).count();
      if (spent_ms > o_.time_limit_ms)
        throw TimeLimitExceeded(fmt::format("time limit of {} ms exceeded after stage {} ({:.0f} ms spent)",
                                            o_.time_limit_ms, name, spent_ms));
    }
    if (o_.record_timings)
      run_.timings_us.emplace_back(
          name, std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0).count());
  }

  // --- API 1: skills --------------------------------------------------------------------
  void extract_skills() {
    const ParsedJD& p = run_.nano_parsed;
    run_.api1.final_skills = skills::extract(c_.skills, d_, text_, p, o_.skill_tagger ? &o_.skill_tagger->model() : nullptr);
    JdRole& jr = run_.api1.jd_role;
    jr.display_name = p.role;
    jr.role_aliases = p.role_aliases;
    jr.role_archetype = p.role_archetype;
  }

  // --- LLM stages: each validated; a failure keeps the deterministic result ----------------
  template <class T>
  bool accept(const llm::StageResult<T>& r, double& cost, const char* stage_name) {
    cost += r.cost_usd;
    if (!r.ok) run_.fallbacks.push_back({stage_name, r.error});
    return r.ok;
  }

  void llm_parse() {
    auto r = llm::run_parse(*llm_, {text_});
    if (!accept(r, llm_cost_api1_, "parse")) return;
    for (const auto& d : r.value->dropped) run_.fallbacks.push_back({"parse", "LLM block dropped: " + d});
    ParsedJD parsed = std::move(r.value->parsed);
    // A block the LLM missed is better kept from the deterministic parser than lost.
    if (parsed.roles_and_responsibilities.empty())
      parsed.roles_and_responsibilities = run_.nano_parsed.roles_and_responsibilities;
    parsed.jd_type = "pass";
    run_.nano_parsed = std::move(parsed);
  }

  void llm_extract_skills() {
    auto r = llm::run_extract_skills_and_role(*llm_, {text_});
    if (!accept(r, llm_cost_api1_, "extract_skills_and_role")) {
      extract_skills();
      return;
    }
    for (const auto& d : r.value->dropped) run_.fallbacks.push_back({"extract_skills_and_role", "LLM skill dropped: " + d});
    std::unordered_set<std::string> seen;
    for (const auto& ls : r.value->skills) {
      ExtractedSkill es;
      es.skill_name = ls.skill_name;
      es.is_primary = ls.is_primary;
      es.surface_forms.push_back(ls.skill_name);
      es.evidence = ls.evidence;
      // The term is canonicalised in API 2; here it only needs its catalog identity if any.
      if (auto hits = c_.skills.lookup(ls.skill_name); !hits.empty()) {
        const Skill& sk = d_.skills[hits.front().skill_index];
        es.skill_name = sk.display_name;
        es.slug = sk.slug;
        es.skill_id = sk.id;
      }
      if (seen.insert(es.slug.empty() ? "new:" + text::lower(es.skill_name) : es.slug).second)
        run_.api1.final_skills.push_back(std::move(es));
    }
    run_.api1.jd_role = r.value->jd_role;
    // The LLM's title and aliases feed the alias signal alongside the parser's.
    auto& p = run_.nano_parsed;
    if (p.role.empty()) p.role = run_.api1.jd_role.display_name;
    for (const auto& a : run_.api1.jd_role.role_aliases)
      if (std::find(p.role_aliases.begin(), p.role_aliases.end(), a) == p.role_aliases.end()) p.role_aliases.push_back(a);
  }

  // --- stage 3: the three signals --------------------------------------------------------
  void alias_signal() {
    Signals& sig = run_.api1.stage3_signals;
    std::vector<std::string> queries;
    if (!run_.nano_parsed.role.empty()) queries.push_back(run_.nano_parsed.role);
    for (const auto& a : run_.nano_parsed.role_aliases) queries.push_back(a);
    for (const auto& q : queries) {
      const auto& hits = c_.titles.exact(q);
      if (hits.empty()) continue;
      sig.alias_queries.push_back(q);
      for (size_t ri : hits)
        if (alias_roles_.insert(ri).second) sig.alias_match_roles.push_back(candidate_of(d_.roles[ri], 1.0));
    }
    sig.alias_found = !sig.alias_match_roles.empty();
  }

  std::vector<std::string> responsibility_sentences() const {
    const ParsedJD& p = run_.nano_parsed;
    std::vector<std::string> out;
    auto add_items = [&](const std::vector<TextBlock>& blocks) {
      for (const auto& b : blocks)
        for (const auto& item : b.items)
          for (const auto& sp : text::split_sentences(item)) out.emplace_back(item.substr(sp.start, sp.end - sp.start));
    };
    add_items(p.roles_and_responsibilities);
    if (out.empty()) add_items(p.requirements);
    if (out.empty()) {
      for (const auto& sp : text::split_sentences(text_)) {
        if (in_block(sp.start, p.about_company) || in_block(sp.start, p.benefits)) continue;
        out.emplace_back(text_.substr(sp.start, sp.end - sp.start));
      }
    }
    // Very long JDs: the first sentences carry the role; the cap bounds the work per JD.
    constexpr size_t kMaxSentences = 64;
    if (out.size() > kMaxSentences) out.resize(kMaxSentences);
    return out;
  }

  void kra_signal() {
    sentences_ = responsibility_sentences();
    if (sentences_.empty()) return;
    Matrix emb;
    try {
      emb = embedder_.embed(sentences_);
      if (emb.rows() != static_cast<Eigen::Index>(sentences_.size()) || emb.cols() != embedder_.dim())
        throw Error(Error::Code::kPlugin, fmt::format("embedder returned a {}x{} matrix", emb.rows(), emb.cols()));
    } catch (const std::exception& e) {
      run_.fallbacks.push_back({"kra_signal", fmt::format("embedder '{}' failed: {}", embedder_.name(), e.what())});
      sentences_.clear();
      return;
    }
    Eigen::RowVectorXf mean = emb.colwise().mean();
    if (float n = mean.norm(); n > 0) mean /= n;
    run_.jd_embedding.assign(mean.data(), mean.data() + mean.size());
    kra_scores_ = o_.kra_shortlist > 0
                      ? c_.kras.score_two_stage(emb, static_cast<size_t>(o_.kra_shortlist), o_.kra_centroid_weight)
                      : c_.kras.score(emb, o_.kra_centroid_weight);
    for (const auto& rs : kra_scores_) kra_by_role_[rs.role_index] = &rs;
    auto& out = run_.api1.stage3_signals.kra_match_roles;
    for (size_t i = 0; i < kra_scores_.size() && out.size() < static_cast<size_t>(o_.top_k); ++i) {
      const auto& rs = kra_scores_[i];
      RoleCandidate cand = candidate_of(d_.roles[rs.role_index], rs.score);
      std::vector<KraMatch> matches;
      for (size_t s = 0; s < sentences_.size(); ++s)
        matches.push_back({c_.kras.kra_text(rs.best_kra[s]), sentences_[s], round4(rs.best_similarity[s])});
      std::stable_sort(matches.begin(), matches.end(), [](auto& a, auto& b) { return a.similarity > b.similarity; });
      cand.kra_matches = std::move(matches);
      out.push_back(std::move(cand));
    }
  }

  void skill_signal() {
    const auto& skills = run_.api1.final_skills;
    if (skills.empty()) return;
    // Counts by role index first (ESCO links a common skill to thousands of roles: no per-link
    // allocation), the matched names only for the top roles.
    skill_counts_.assign(d_.roles.size(), 0);
    std::vector<size_t> order;
    for (const auto& s : skills)
      for (size_t ri : d_.roles_with_skill(s.slug))
        if (skill_counts_[ri]++ == 0) order.push_back(ri);
    const size_t k = std::min(order.size(), static_cast<size_t>(std::max(o_.top_k, 0)));
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](size_t a, size_t b) {
      return skill_counts_[a] > skill_counts_[b] || (skill_counts_[a] == skill_counts_[b] && a < b);
    });
    order.resize(k);
    std::vector<std::vector<std::string>> names(k);
    for (const auto& s : skills)
      for (size_t ri : d_.roles_with_skill(s.slug))
        if (auto at = std::find(order.begin(), order.end(), ri); at != order.end()) names[at - order.begin()].push_back(s.skill_name);
    const int total = static_cast<int>(skills.size());
    auto& out = run_.api1.stage3_signals.skill_match_roles;
    for (size_t i = 0; i < k; ++i) {
      RoleCandidate cand = candidate_of(d_.roles[order[i]], static_cast<double>(skill_counts_[order[i]]) / total);
      cand.matched_count = static_cast<int>(skill_counts_[order[i]]);
      cand.total_count = total;
      cand.matched_skills = std::move(names[i]);
      out.push_back(std::move(cand));
    }
  }

  double skill_score(size_t ri) const {
    if (skill_counts_.empty() || run_.api1.final_skills.empty()) return 0;
    return static_cast<double>(skill_counts_[ri]) / static_cast<double>(run_.api1.final_skills.size());
  }
  double kra_score(size_t ri) const {
    auto it = kra_by_role_.find(ri);
    return it == kra_by_role_.end() ? 0 : it->second->score;
  }

  // --- stage 4: the decision -------------------------------------------------------------
  void decide() {
    Decision& dec = run_.api1.stage4_decision;
    const Signals& sig = run_.api1.stage3_signals;
    // Candidates: every alias hit plus the top roles of the other two signals.
    std::vector<size_t> cands(alias_roles_.begin(), alias_roles_.end());
    auto add = [&](const std::vector<RoleCandidate>& list) {
      for (const auto& rc : list) {
        const Role* r = d_.role_by_id(rc.role_id);
        size_t ri = static_cast<size_t>(r - d_.roles.data());
        if (std::find(cands.begin(), cands.end(), ri) == cands.end()) cands.push_back(ri);
      }
    };
    add(sig.kra_match_roles);
    add(sig.skill_match_roles);
    const double wsum = o_.w_alias + o_.w_kra + o_.w_skill;
    const double csum = o_.w_kra + o_.w_skill;
    for (size_t ri : cands) {
      FusedScore f;
      f.role_id = d_.roles[ri].id;
      f.slug = d_.roles[ri].slug;
      f.alias = alias_roles_.count(ri) ? 1.0 : 0.0;
      f.kra = round4(kra_score(ri));
      f.skill = round4(skill_score(ri));
      f.fused = round4((o_.w_alias * f.alias + o_.w_kra * f.kra + o_.w_skill * f.skill) / wsum);
      dec.candidates.push_back(f);
    }
    auto content = [&](const FusedScore& f) { return csum > 0 ? (o_.w_kra * f.kra + o_.w_skill * f.skill) / csum : 0.0; };
    std::stable_sort(dec.candidates.begin(), dec.candidates.end(), [](auto& a, auto& b) { return a.fused > b.fused; });
    // What the calibrated confidence looks at, the same for every case.
    evidence_.alias_hits = alias_roles_.size();
    if (!dec.candidates.empty()) {
      evidence_.alias_chosen = dec.candidates.front().alias > 0;
      evidence_.content_top = content(dec.candidates.front());
      for (size_t i = 1; i < dec.candidates.size(); ++i)
        evidence_.content_second = std::max(evidence_.content_second, content(dec.candidates[i]));
    }

    auto choose = [&](const FusedScore& f) {
      const Role* r = d_.role_by_id(f.role_id);
      dec.chosen_role = candidate_of(*r, f.fused);
      chosen_ = r;
    };

    const size_t n_alias = alias_roles_.size();
    if (n_alias == 1) {
      const FusedScore* hit = nullptr;
      const FusedScore* best_other = nullptr;
      for (const auto& f : dec.candidates) {
        if (f.alias > 0) hit = &f;
        else if (!best_other || content(f) > content(*best_other)) best_other = &f;
      }
      // "No strong contradiction": no other role clearly out-scores the alias hit on content.
      bool contradicted = best_other && content(*best_other) >= o_.accept_threshold &&
                          content(*best_other) - content(*hit) >= 2 * o_.margin;
      if (!contradicted) {
        dec.case_id = "A";
        choose(*hit);
        dec.confidence = round4(roles::role_confidence(evidence_));
        dec.reasoning = fmt::format("Title '{}' matches one catalog role by alias: {} (KRA {:.3f}, skills {:.3f})",
                                    sig.alias_queries.front(), hit->slug, hit->kra, hit->skill);
        return;
      }
      adjudicate(fmt::format("Title alias points to {} but {} scores higher on KRAs and skills ({:.3f} vs {:.3f})",
                             hit->slug, best_other->slug, content(*best_other), content(*hit)));
      return;
    }
    if (n_alias > 1) {
      dec.alias_collision_detected = true;
      std::string slugs;
      for (const auto& rc : sig.alias_match_roles) slugs += (slugs.empty() ? "" : ", ") + rc.slug;
      adjudicate(fmt::format("Title '{}' matches {} catalog roles by alias ({})", sig.alias_queries.front(), n_alias, slugs));
      return;
    }
    // No alias hit: the content signals alone.
    std::vector<const FusedScore*> by_content;
    for (const auto& f : dec.candidates) by_content.push_back(&f);
    std::stable_sort(by_content.begin(), by_content.end(), [&](auto* a, auto* b) { return content(*a) > content(*b); });
    double c1 = by_content.empty() ? 0.0 : content(*by_content[0]);
    double c2 = by_content.size() > 1 ? content(*by_content[1]) : 0.0;
    if (c1 >= o_.accept_threshold && c1 - c2 >= o_.margin) {
      dec.case_id = "B";
      choose(*by_content[0]);
      dec.confidence = round4(roles::role_confidence(evidence_));
      dec.reasoning = fmt::format("No title alias; {} leads on KRAs and skills ({:.3f} vs {:.3f}{})", by_content[0]->slug,
                                  c1, c2, by_content.size() > 1 ? " for " + by_content[1]->slug : std::string());
      return;
    }
    if (c1 < o_.new_role_threshold) {
      propose_new_role(c1);
      return;
    }
    adjudicate(fmt::format("No title alias and no clear leader on KRAs and skills ({:.3f} vs {:.3f})", c1, c2));
  }

  // What the chosen role shares with the JD: its linked skills, the KRAs its sentences matched,
  // and the dimensions of those skills that sit under the role.
  void explain_choice() {
    Decision& dec = run_.api1.stage4_decision;
    if (!chosen_) return;
    std::unordered_set<std::string> role_skills(chosen_->skills.begin(), chosen_->skills.end());
    std::unordered_set<std::string> role_dims(chosen_->dimensions.begin(), chosen_->dimensions.end());
    for (const auto& es : run_.api1.final_skills) {
      if (!role_skills.count(es.slug)) continue;
      dec.matched_skills.push_back(es.skill_name);
      for (const auto& dim : d_.skill_by_slug(es.slug)->dimensions)
        if (role_dims.count(dim) && std::find(dec.matched_dimensions.begin(), dec.matched_dimensions.end(), dim) ==
                                        dec.matched_dimensions.end())
          dec.matched_dimensions.push_back(dim);
    }
    if (auto it = kra_by_role_.find(static_cast<size_t>(chosen_ - d_.roles.data())); it != kra_by_role_.end())
      for (size_t k : it->second->best_kra) {
        const std::string& text = c_.kras.kra_text(k);
        if (std::find(dec.matched_kras.begin(), dec.matched_kras.end(), text) == dec.matched_kras.end())
          dec.matched_kras.push_back(text);
      }
  }

  void adjudicate(const std::string& why) {
    Decision& dec = run_.api1.stage4_decision;
    dec.case_id = "D";
    if (dec.candidates.empty()) {
      propose_new_role(0);
      return;
    }
    if (llm_ && o_.llm_stages.adjudicate) {
      auto answer = adjudicate_with_llm(*llm_, run_, d_, dec.candidates, sentences_);
      llm_cost_api1_ += answer.cost_usd;
      if (answer.ok) {
        dec.llm2_fired = true;
        const FusedScore* pick = nullptr;
        for (const auto& f : dec.candidates)
          if (f.slug == answer.slug) pick = &f;
        const Role* r = d_.role_by_id(pick->role_id);
        dec.chosen_role = candidate_of(*r, pick->fused);
        chosen_ = r;
        dec.confidence = round4(answer.confidence);
        dec.llm2_reasoning = answer.reasoning;
        dec.reasoning = fmt::format("LLM2 picked {} (confidence {:.2f})", answer.slug, answer.confidence);
        return;
      }
      run_.fallbacks.push_back({"adjudicate_role", answer.error});
    }
    const FusedScore& best = dec.candidates.front();
    const Role* r = d_.role_by_id(best.role_id);
    dec.chosen_role = candidate_of(*r, best.fused);
    chosen_ = r;
    double second = dec.candidates.size() > 1 ? dec.candidates[1].fused : 0.0;
    dec.confidence = round4(roles::role_confidence(evidence_));
    dec.reasoning = fmt::format("{}; {} fused score picked {} ({:.3f}{})", why,
                                llm_ ? "LLM answer unusable," : "no LLM configured,", best.slug, best.fused,
                                dec.candidates.size() > 1
                                    ? fmt::format(" vs {:.3f} for {}", second, dec.candidates[1].slug)
                                    : std::string());
  }

  void propose_new_role(double best_content) {
    Decision& dec = run_.api1.stage4_decision;
    const ParsedJD& p = run_.nano_parsed;
    dec.case_id = "C";
    dec.is_new_role = true;
    dec.queued = true;
    std::string name = p.role.empty() ? "Unnamed role" : title_case(p.role);
    dec.new_role_display_name = name;
    dec.new_role_slug = text::slugify(name);
    for (size_t i = 0; i < sentences_.size() && i < 8; ++i) dec.new_role_kras.push_back(sentences_[i]);
    if (llm_ && o_.llm_stages.propose_role) {
      llm::ProposeRoleInput in;
      in.title = p.role;
      in.role_aliases = p.role_aliases;
      in.responsibilities = sentences_;
      for (const auto& es : run_.api1.final_skills) in.skills.push_back(es.skill_name);
      for (size_t i = 0; i < dec.candidates.size() && i < 5; ++i) {
        const Role* r = d_.role_by_id(dec.candidates[i].role_id);
        in.nearest.push_back({r->slug, r->display_name, r->role_archetype,
                              std::vector<std::string>(r->kras.begin(), r->kras.begin() + std::min<size_t>(4, r->kras.size()))});
      }
      for (const auto& r : d_.roles) in.existing_slugs.push_back(r.slug);
      auto r = llm::run_propose_new_role(*llm_, in);
      if (accept(r, llm_cost_api1_, "propose_new_role")) {
        name = r.value->display_name;
        dec.new_role_display_name = r.value->display_name;
        dec.new_role_slug = r.value->slug;
        dec.new_role_kras = r.value->kras;
      }
    }
    dec.confidence = round4(roles::new_role_confidence(evidence_));
    dec.reasoning = fmt::format(
        "No title alias and no catalog role reaches new_role_threshold on KRAs and skills ({:.3f} < {}); proposing new "
        "role '{}' for review",
        best_content, o_.new_role_threshold, name);
  }

  // --- API 2: canonicalisation -------------------------------------------------------------
  void canonicalise() {
    Api2& api2 = run_.api2;
    const Decision& dec = run_.api1.stage4_decision;
    if (chosen_) {
      api2.chosen_role = ref_of(*chosen_);
      api2.chosen_role->rationale = dec.reasoning;
    }
    std::vector<char> candidate(d_.roles.size(), 0);  // by position in role_lists.by_name
    for (size_t i = 0; i < run_.api1.final_skills.size(); ++i) {
      const ExtractedSkill& es = run_.api1.final_skills[i];
      // API 2 canonicalises the term as the extractor saw it, as it would an LLM's term.
      const std::string& term = es.surface_forms.empty() ? es.skill_name : es.surface_forms.front();
      api2.input_final_skills.push_back(term);
      api2.input_llm_skills.push_back(term);
      SkillDetail detail;
      detail.input_skill = term;
      AliasMatch am;
      am.input_term = term;
      auto hits = c_.skills.lookup(term);
      const Skill* skill = nullptr;
      const SkillAlias* alias = nullptr;
      if (!hits.empty()) {
        skill = &d_.skills[hits.front().skill_index];
        alias = &skill->aliases[hits.front().alias_index];
        am.matched_via = hits.front().exact ? "alias" : "fuzzy";
      } else if (!es.slug.empty()) {
        skill = d_.skill_by_slug(es.slug);  // the extractor already resolved it
        am.matched_via = "alias";
      } else {
        // The neighbours that decide the link also give a new skill its category guess.
        std::string_view sentence = es.evidence.empty() ? std::string_view{} : es.evidence.front().sentence;
        auto near = c_.linker.nearest(term, sentence, skills::kNewSkillNeighbours);
        if (!near.empty() && near.front().score >= kSkillSimilarityThreshold) {
          skill = &d_.skills[near.front().skill_index];
          am.matched_via = "embedding";
        } else {
          // The enricher looks up the skill's name in its first sentence: the same query when the
          // term is the name and the first evidence has its sentence (or there is no evidence).
          const bool same_query = term == es.skill_name && (es.evidence.empty() || !sentence.empty());
          add_unmatched(es, std::move(detail), std::move(am), same_query ? &near : nullptr);
          continue;
        }
      }
      am.matched_canonical = *skill;
      if (am.matched_via == "alias") {
        am.alias_persist_skipped_reason = "alias_text already exists for this canonical skill";
        if (alias) {
          am.existing_alias_id = alias->id;
          am.existing_alias_text = alias->text;
        }
      } else {
        detail.new_alias_text = term;
        am.alias_persist_skipped_reason = "dry run: alias suggestion not persisted";
      }
      detail.matched_via = am.matched_via;
      detail.canonical = *skill;
      for (const auto& a : skill->aliases) detail.aliases_in_db.push_back({a.id, a.text, a.type, a.is_primary, a.match});
      for (const auto& dim_slug : skill->dimensions) {
        SkillDimension sd;
        sd.dimension = *d_.dimension_by_slug(dim_slug);
        sd.input_skill = term;
        if (auto it = c_.role_lists.by_dimension.find(dim_slug); it != c_.role_lists.by_dimension.end())
          sd.roles_from_db = it->second;
        for (size_t ri : d_.roles_with_dimension(dim_slug)) candidate[c_.role_lists.position[ri]] = 1;
        detail.dimensions.push_back(sd);
        api2.dimensions.push_back(std::move(sd));
      }
      api2.alias_matches.push_back(std::move(am));
      api2.skills_detail.push_back(std::move(detail));
    }
    std::vector<uint32_t> picked;
    for (uint32_t p = 0; p < candidate.size(); ++p)
      if (candidate[p]) picked.push_back(p);
    api2.candidate_roles = RoleList(c_.role_lists.by_name, std::move(picked));
  }

  // A term no catalog skill answers to: listed, and described by the enricher when there is one.
  void add_unmatched(const ExtractedSkill& es, SkillDetail detail, AliasMatch am,
                     const std::vector<skills::LinkCandidate>* nearest = nullptr) {
    Api2& api2 = run_.api2;
    api2.unmatched_skills.push_back(es.skill_name);
    am.matched_via = "none";
    am.alias_persist_skipped_reason = "no canonical skill matched";
    detail.matched_via = "none";
    detail.source_tag = "new";
    std::vector<std::string> contexts;
    for (const auto& ev : es.evidence)
      if (!ev.sentence.empty()) contexts.push_back(ev.sentence);
    detail.new_skill_meta = skills::guess_new_skill_meta(es.skill_name, contexts, c_.linker, d_, nearest);
    if (llm_ && o_.llm_stages.enrich_skill) {
      llm::EnrichSkillInput in;
      in.skill_name = es.skill_name;
      for (const auto& ev : es.evidence)
        if (!ev.sentence.empty()) in.jd_contexts.push_back(ev.sentence);
      std::unordered_set<std::string> cats;
      for (const auto& sk : d_.skills)
        if (cats.insert(sk.category).second) in.known_categories.push_back(sk.category);
      auto r = llm::run_enrich_new_skill(*llm_, in);
      if (accept(r, llm_cost_api2_, "enrich_new_skill")) detail.new_skill_meta = *r.value;
    }
    api2.alias_matches.push_back(std::move(am));
    api2.skills_detail.push_back(std::move(detail));
  }

  // --- API 3: persistence items ------------------------------------------------------------
  void plan_persistence() {
    Api3& api3 = run_.api3;
    const Decision& dec = run_.api1.stage4_decision;
    api3.chosen_role = run_.api2.chosen_role;
    api3.chosen_role_resolution = dec.is_new_role ? "new" : "in_db";
    if (dec.is_new_role) {
      RoleRef nr;
      nr.slug = dec.new_role_slug.value_or("");
      nr.display_name = dec.new_role_display_name.value_or("");
      nr.rationale = dec.reasoning;
      nr.source = "new";
      api3.chosen_role = nr;
    }
    std::unordered_set<std::string> chosen_dims;
    if (chosen_) chosen_dims.insert(chosen_->dimensions.begin(), chosen_->dimensions.end());
    for (const SkillDetail& sd : run_.api2.skills_detail) {
      api3.final_input_skills.push_back({sd.canonical ? sd.canonical->display_name : sd.input_skill, sd.source_tag == "db" ? "in_db" : "new"});
      if (!sd.canonical) continue;
      for (const SkillDimension& dim : sd.dimensions) {
        PersistenceItem item;
        if (chosen_) item.chosen_role_id = chosen_->id;
        item.dimension = dim.dimension;
        item.input_skill = sd.input_skill;
        item.roles_from_db = dim.roles_from_db;
        item.skill_id = sd.canonical->id;
        item.skill_tag = sd.source_tag == "db" ? "in_db" : "new";
        // The link comes from the catalog's own skill->dimension list, so it exists already.
        item.skill_dimension_saved = true;
        std::string outcome = dim.dimension.source == "db" ? "Existing dimension (library)" : "New dimension";
        if (dec.is_new_role) {
          item.matched_chosen_role = true;  // a new role takes the dimensions of its skills
          item.role_dimension_saved = true;
          item.role_dimension_linked = true;
          outcome += " \u00b7 Role\u2194dimension linked (proposed for the new role)";
        } else if (chosen_dims.count(dim.dimension.slug)) {
          item.matched_chosen_role = true;
          item.role_dimension_saved = true;
          outcome += " \u00b7 Role\u2194dimension link exists";
        } else {
          outcome += " \u00b7 Role\u2194dimension skipped (dimension not under chosen role)";
        }
        item.outcome_line = std::move(outcome);
        api3.items.push_back(std::move(item));
      }
    }
    // Counters are of links this run creates (see PIPELINE.md); the receipt fills them on persist.
    for (const auto& item : api3.items) {
      api3.skill_dimension_saved += item.skill_dimension_linked;
      api3.role_dimension_saved += item.role_dimension_linked;
      api3.skipped += item.skipped_reason.has_value();
    }
    if (llm_) {
      api3.llm_cost_api1_usd = llm_cost_api1_;
      api3.llm_cost_api2_usd = llm_cost_api2_;
      api3.llm_cost_api3_usd = 0.0;  // no LLM task runs in API 3 yet (dimension proposals are planned)
      api3.llm_cost_total_usd = llm_cost_api1_ + llm_cost_api2_;
    }
  }

  // --- stage 5: the learning loop ----------------------------------------------------------
  void learn() {
    Stage5Updates& s5 = run_.api1.stage5_updates;
    const Decision& dec = run_.api1.stage4_decision;
    s5.dry_run = true;
    s5.collision_to_log = dec.alias_collision_detected;
    s5.queue_entry_to_create = dec.is_new_role;
    if (dec.is_new_role) s5.v3_role_slug = dec.new_role_slug;
    if (chosen_ && !dec.is_new_role) {
      s5.centroid_n_after = catalog_.centroid_n(chosen_->id) + 1;
      std::unordered_set<std::string> linked(chosen_->skills.begin(), chosen_->skills.end());
      for (const auto& es : run_.api1.final_skills)
        if (!linked.count(es.slug)) s5.new_skills_attached.push_back(es.skill_name);
      // A responsibility none of the role's KRAs covers is a candidate new KRA.
      if (auto it = kra_by_role_.find(static_cast<size_t>(chosen_ - d_.roles.data())); it != kra_by_role_.end())
        for (size_t s = 0; s < sentences_.size(); ++s)
          if (it->second->best_similarity[s] < o_.new_role_threshold) {
            s5.new_kra_attached = sentences_[s];
            break;
          }
    }
    if (!o_.persist) return;
    PersistReceipt receipt;
    try {
      receipt = catalog_.persist(run_);
    } catch (const std::exception& e) {
      run_.fallbacks.push_back({"persist", fmt::format("catalog persist failed: {}", e.what())});
      return;  // stays a dry run: nothing was written
    }
    s5.dry_run = false;
    s5.centroid_updated = receipt.applied && receipt.centroid_n_after > 0;
    if (receipt.centroid_n_after > 0) s5.centroid_n_after = receipt.centroid_n_after;
    s5.collision_log_id = receipt.collision_log_id;
    s5.queue_entry_id = receipt.queue_entry_id;
    s5.v3_pipeline_triggered = dec.is_new_role && receipt.queue_entry_id.has_value();
    if (s5.v3_pipeline_triggered) s5.v3_run_id = run_.run_id;
    run_.api3.skill_dimension_saved = receipt.skill_dimension_linked;
    run_.api3.role_dimension_saved = receipt.role_dimension_linked;
    for (auto& am : run_.api2.alias_matches)
      if (am.matched_via != "alias") {
        am.alias_persisted = true;
        am.alias_persist_skipped_reason.reset();
      }
    for (auto& sd : run_.api2.skills_detail) sd.new_alias_persisted = sd.matched_via != "alias";
    run_.api2.new_aliases_persisted = receipt.aliases_suggested;
  }

  // --- client enrichment: the sentences with their best KRA, then enrich/ does the rest -----
  void enrich() {
    std::vector<enrich::SentenceInput> in;
    std::vector<std::string> unscored;  // the embedder failed: the sentences without KRAs
    if (sentences_.empty()) unscored = responsibility_sentences();
    const std::vector<std::string>& sentences = sentences_.empty() ? unscored : sentences_;
    // The chosen role's KRAs explain the choice; without one, the best KRA of any role.
    const roles::RoleKraScore* chosen_scores = nullptr;
    if (chosen_)
      if (auto it = kra_by_role_.find(static_cast<size_t>(chosen_ - d_.roles.data())); it != kra_by_role_.end())
        chosen_scores = it->second;
    for (size_t s = 0; s < sentences.size(); ++s) {
      enrich::SentenceInput si;
      si.sentence = sentences[s];
      const roles::RoleKraScore* best = chosen_scores;
      if (!best && !sentences_.empty())
        for (const auto& rs : kra_scores_)
          if (!best || rs.best_similarity[s] > best->best_similarity[s]) best = &rs;
      if (best && !sentences_.empty()) {
        const Role& r = d_.roles[best->role_index];
        const std::string& kra = c_.kras.kra_text(best->best_kra[s]);
        auto k = std::find(r.kras.begin(), r.kras.end(), kra);
        if (k != r.kras.end()) {
          si.kra_role = &r;
          si.kra_index = static_cast<size_t>(k - r.kras.begin());
          si.similarity = best->best_similarity[s];
          si.kra_covers = si.similarity >= o_.new_role_threshold;  // as learn() judges a KRA to cover a sentence
        }
      }
      in.push_back(std::move(si));
    }
    run_.enrichment = c_.enricher.compute(run_, text_, in);
  }

  const CompiledCatalog& c_;
  const CatalogData& d_;
  const Options& o_;
  const Embedder& embedder_;
  LLMProvider* llm_;
  Catalog& catalog_;
  std::string_view text_;
  Run& run_;
  Clock::time_point started_ = Clock::now();

  std::unordered_set<size_t> alias_roles_;
  std::vector<std::string> sentences_;
  std::vector<roles::RoleKraScore> kra_scores_;
  std::unordered_map<size_t, const roles::RoleKraScore*> kra_by_role_;
  std::vector<uint32_t> skill_counts_;  // by role index: how many of the JD's skills the role lists
  const Role* chosen_ = nullptr;
  roles::DecisionEvidence evidence_;
  double llm_cost_api1_ = 0;
  double llm_cost_api2_ = 0;
};

}  // namespace

Run Pipeline::run(std::string_view text, std::string_view input_id) const {
  Run run;
  run.input_id = std::string(input_id);
  run.catalog_name = compiled_->data->meta.name;
  run.catalog_version = compiled_->data->meta.version;
  // Only the first bytes of an oversized input are hashed: the run is rejected anyway.
  std::string_view id_text = text.size() > options_.parse.max_input_bytes ? text.substr(0, options_.parse.max_input_bytes) : text;
  run.run_id = options_.deterministic_ids ? derived_uuid(id_text, input_id, options_, run.catalog_name + "@" + run.catalog_version)
                                          : random_uuid();
  try {
    RunBuilder(*compiled_, options_, *embedder_, llm_.get(), *catalog_, text, run).execute();
  } catch (const std::exception& e) {
    // A bug, an exhausted resource or the time limit in one run must not take the batch down.
    const bool timed_out = dynamic_cast<const TimeLimitExceeded*>(&e) != nullptr;
    const char* reason = timed_out ? "time_limit_exceeded" : "internal_error";
    Run failed;
    failed.run_id = run.run_id;
    failed.input_id = run.input_id;
    failed.catalog_name = run.catalog_name;
    failed.catalog_version = run.catalog_version;
    failed.nano_parsed.jd_type = "reject";
    failed.nano_parsed.rejection_reason = reason;
    failed.api1.rejected = true;
    failed.api1.rejection_reason = reason;
    failed.fallbacks.push_back({"run", e.what()});
    return failed;
  }
  return run;
}

std::vector<Run> Pipeline::run_batch(const std::vector<std::string>& texts, unsigned threads) const {
  std::vector<std::string> ids(texts.size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = std::to_string(i);
  return run_batch(texts, ids, threads);
}

std::vector<Run> Pipeline::run_batch(const std::vector<std::string>& texts, const std::vector<std::string>& input_ids,
                                     unsigned threads) const {
  if (input_ids.size() != texts.size())
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("run_batch: {} texts but {} input ids", texts.size(), input_ids.size()));
  std::vector<Run> out(texts.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, texts.size())));
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < texts.size();) out[i] = run(texts[i], input_ids[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return out;
}

std::vector<TitleMatch> Pipeline::resolve_title(std::string_view title, size_t k) const {
  std::vector<TitleMatch> out;
  const CatalogData& d = *compiled_->data;
  const auto& b = options_.title_blend;
  for (const auto& hit : compiled_->title_matcher.match(title, k, {b.token, b.chars, b.embedding, b.alt_label_factor, b.role_labels, b.role_skills, b.role_embedding})) {
    const Role& role = d.roles[hit.role_index];
    out.push_back({role.slug, role.display_name, role.external_id, round4(hit.score), std::string(hit.matched_via)});
  }
  return out;
}

std::vector<ExtractedSkill> Pipeline::extract_skills(std::string_view text) const {
  ParsedJD parsed = parse_jd(text, options_.parse);
  if (parsed.jd_type != "pass") return {};
  return skills::extract(compiled_->skills, *compiled_->data, text, parsed,
                        options_.skill_tagger ? &options_.skill_tagger->model() : nullptr);
}

std::vector<SkillLink> Pipeline::link_skill(std::string_view term, std::string_view context, size_t k) const {
  std::vector<SkillLink> out;
  const CatalogData& d = *compiled_->data;
  const CompiledCatalog& c = *compiled_;
  // The embedder's similarity of the term to every skill name (paraphrases share no words).
  std::call_once(c.skill_vectors_once, [&] {
    std::vector<std::string> names;
    for (const auto& s : d.skills) names.push_back(s.display_name);
    c.skill_vectors = names.empty() ? Matrix() : embedder_->embed(names);
  });
  Eigen::VectorXf sims;
  if (c.skill_vectors.rows() == static_cast<Eigen::Index>(d.skills.size()) && c.skill_vectors.rows() > 0)
    sims = c.skill_vectors * embedder_->embed({std::string(term)}).row(0).transpose();
  auto ranked = c.link_ranker.rank(term, context, std::span<const float>(sims.data(), static_cast<size_t>(sims.size())));
  // The term's own aliases first (exact before variant forms), then the blend's order.
  std::stable_sort(ranked.begin(), ranked.end(), [](const skills::RankedSkill& a, const skills::RankedSkill& b) {
    return (a.alias ? a.alias : 3) < (b.alias ? b.alias : 3);
  });
  // The others' score: 0.85 (below the variant forms' 0.9) times the blend's softmax share of the pool.
  double top = -std::numeric_limits<double>::infinity(), norm = 0;
  for (const auto& r : ranked) top = std::max(top, r.score);
  for (const auto& r : ranked) norm += std::exp(r.score - top);
  for (const auto& r : ranked) {
    if (out.size() >= k) break;
    if (!r.alias && r.similarity < kSkillLinkMinSimilarity) continue;
    const Skill& s = d.skills[r.skill_index];
    const double score = r.alias == 1 ? 1.0 : r.alias == 2 ? 0.9 : 0.85 * std::exp(r.score - top) / norm;
    out.push_back({s.slug, s.display_name, s.external_id, round4(score), r.alias == 1 ? "alias" : r.alias == 2 ? "fuzzy" : "embedding"});
  }
  return out;
}

}  // namespace jdpipe
