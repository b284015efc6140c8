// Stage 0, the deterministic JD parser: rejections, sections (headings on their own line and
// inline ones as in "Responsibilities:• ... [Introduction of the company]• ... Budget : 30 LPA"),
// blocks with source markers, fields, the role, and resolve_marker.
//
// Everything is hand-written scanning, linear in the input: lines are visited once, a label
// candidate looks back at most 80 bytes, field values are bounded by the next label.
#include <algorithm>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jdpipe/parsed_jd.hpp"
#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

using namespace parse_detail;
constexpr size_t npos = std::string_view::npos;

// ============================================================================================
// Labels
// ============================================================================================

enum class K : unsigned char {
  None,
  // sections
  Resp, Req, Nice, Benefits, About, General,
  // fields
  FCompany, FWebsite, FTitle, FExperience, FCtc, FLocation, FEducation, FSkills, FCert, FOther
};

bool is_section(K k) { return k >= K::Resp && k <= K::General; }
bool is_req_field(K k) { return k == K::FExperience || k == K::FEducation || k == K::FSkills || k == K::FCert; }
// The block a mark opens: sections themselves, requirement-like fields as requirements.
K block_kind(K k) {
  if (is_section(k)) return k;
  if (is_req_field(k)) return K::Req;
  return K::None;
}

const std::unordered_map<std::string_view, K>& label_table() {
  static const std::unordered_map<std::string_view, K> t = {
      // responsibilities
      {"responsibilities", K::Resp}, {"responsibility", K::Resp}, {"roles and responsibilities", K::Resp},
      {"role and responsibilities", K::Resp}, {"roles & responsibilities", K::Resp},
      {"role & responsibilities", K::Resp}, {"roles and responsibility", K::Resp},
      {"roles & responsibility", K::Resp}, {"r&r", K::Resp}, {"duties", K::Resp},
      {"duties and responsibilities", K::Resp}, {"duties & responsibilities", K::Resp},
      {"responsibilities and duties", K::Resp}, {"what you'll do", K::Resp}, {"what you will do", K::Resp},
      {"what you'll be doing", K::Resp}, {"what you will be doing", K::Resp}, {"what will you do", K::Resp},
      {"what you'll work on", K::Resp}, {"what you will work on", K::Resp},
      {"what you'll be working on", K::Resp}, {"your role", K::Resp}, {"your responsibilities", K::Resp},
      {"your mission", K::Resp}, {"your impact", K::Resp}, {"your tasks", K::Resp}, {"tasks", K::Resp},
      {"day to day", K::Resp}, {"day-to-day", K::Resp}, {"a day in the life", K::Resp},
      {"job duties", K::Resp}, {"essential duties", K::Resp}, {"essential functions", K::Resp},
      {"accountabilities", K::Resp}, {"key accountabilities", K::Resp}, {"kras", K::Resp},
      {"key result areas", K::Resp}, {"responsibilities include", K::Resp}, {"in this role you will", K::Resp},
      {"in this role, you will", K::Resp}, {"scope of work", K::Resp}, {"the job", K::General},
      {"what you will be responsible for", K::Resp}, {"what you'll be responsible for", K::Resp},
      {"you will", K::Resp}, {"main duties of the job", K::Resp}, {"duties of the job", K::Resp},
      {"main duties", K::Resp}, {"what the job involves", K::Resp}, {"what the role involves", K::Resp},
      {"the work", K::Resp}, {"what you'll be responsible for", K::Resp}, {"job functions", K::Resp},
      {"as a result of your work", K::Resp}, {"in this position you will", K::Resp},
      {"in this position, you will", K::Resp}, {"your day to day", K::Resp}, {"your day-to-day", K::Resp},
      {"the person", K::Req}, {"person specification", K::Req}, {"who can apply", K::Req},
      {"who should apply", K::Req}, {"what it takes", K::Req}, {"what we need", K::Req},
      {"what we need from you", K::Req}, {"what you should have", K::Req}, {"is this you", K::Req},
      {"requirements and qualifications", K::Req}, {"qualifications and requirements", K::Req},
      {"skills and abilities", K::Req}, {"knowledge, skills and abilities", K::Req}, {"you bring", K::Req},
      {"your skills", K::Req}, {"your experience", K::Req}, {"your background", K::Req},
      {"essential criteria", K::Req}, {"desirable criteria", K::Nice}, {"essential", K::Req},
      {"what's on offer", K::Benefits}, {"what is on offer", K::Benefits}, {"the package", K::Benefits},
      {"what you can expect", K::Benefits}, {"what we can offer", K::Benefits}, {"in return", K::Benefits},
      // requirements
      {"requirements", K::Req}, {"requirement", K::Req}, {"minimum requirements", K::Req},
      {"basic qualifications", K::Req}, {"minimum qualifications", K::Req}, {"required qualifications", K::Req},
      {"qualifications", K::Req}, {"qualification", K::FEducation}, {"qualifications and skills", K::Req},
      {"skills and qualifications", K::Req}, {"skills & qualifications", K::Req},
      {"qualifications & skills", K::Req}, {"skills and experience", K::Req}, {"skills & experience", K::Req},
      {"experience and skills", K::Req}, {"what you'll need", K::Req}, {"what you need", K::Req},
      {"what you will need", K::Req}, {"what we're looking for", K::Req}, {"what we are looking for", K::Req},
      {"who we're looking for", K::Req}, {"who we are looking for", K::Req}, {"who you are", K::Req},
      {"about you", K::Req}, {"what you'll bring", K::Req}, {"what you bring", K::Req},
      {"what you will bring", K::Req}, {"you have", K::Req}, {"you should have", K::Req},
      {"you are", K::Req}, {"must have", K::Req}, {"must haves", K::Req}, {"must-have", K::Req},
      {"must-haves", K::Req}, {"must have skills", K::Req}, {"mandatory skills", K::FSkills},
      {"required skills", K::FSkills}, {"skills required", K::FSkills}, {"skill set", K::FSkills},
      {"skillset", K::FSkills}, {"skills", K::FSkills}, {"key skills", K::FSkills}, {"technical skills", K::FSkills},
      {"primary skills", K::FSkills}, {"desired skills", K::FSkills}, {"core skills", K::FSkills},
      {"skill", K::FSkills}, {"tech stack", K::FSkills}, {"technology stack", K::FSkills},
      {"technologies", K::FSkills}, {"tools", K::FSkills}, {"eligibility", K::Req},
      {"eligibility criteria", K::Req}, {"candidate profile", K::Req}, {"desired profile", K::Req},
      {"ideal candidate", K::Req}, {"the ideal candidate", K::Req}, {"your profile", K::Req},
      {"profile", K::Req}, {"competencies", K::Req}, {"technical requirements", K::Req},
      {"job requirements", K::Req}, {"key requirements", K::Req}, {"requirements and skills", K::Req},
      {"skills and requirements", K::Req}, {"knowledge and skills", K::Req}, {"experience required", K::FExperience},
      // nice to have
      {"nice to have", K::Nice}, {"nice-to-have", K::Nice}, {"nice to haves", K::Nice},
      {"nice-to-haves", K::Nice}, {"good to have", K::Nice}, {"good-to-have", K::Nice}, {"preferred", K::Nice},
      {"preferred qualifications", K::Nice}, {"preferred skills", K::Nice}, {"preferred experience", K::Nice},
      {"bonus", K::Nice}, {"bonus points", K::Nice}, {"bonus skills", K::Nice}, {"plus", K::Nice},
      {"pluses", K::Nice}, {"added advantage", K::Nice}, {"desirable", K::Nice}, {"desirable skills", K::Nice},
      {"desired qualifications", K::Nice}, {"nice to have skills", K::Nice}, {"good to have skills", K::Nice},
      {"it's a plus", K::Nice}, {"would be a plus", K::Nice}, {"extra credit", K::Nice},
      {"preferred qualification", K::Nice}, {"secondary skills", K::Nice}, {"optional", K::Nice},
      // benefits
      {"benefits", K::Benefits}, {"perks", K::Benefits}, {"perks and benefits", K::Benefits},
      {"perks & benefits", K::Benefits}, {"benefits and perks", K::Benefits}, {"benefits & perks", K::Benefits},
      {"what we offer", K::Benefits}, {"we offer", K::Benefits}, {"what's in it for you", K::Benefits},
      {"what is in it for you", K::Benefits}, {"why join us", K::Benefits}, {"why us", K::Benefits},
      {"why work with us", K::Benefits}, {"why join", K::Benefits}, {"compensation and benefits", K::Benefits},
      {"compensation & benefits", K::Benefits}, {"salary and benefits", K::Benefits}, {"our offer", K::Benefits},
      {"what you'll get", K::Benefits}, {"what you get", K::Benefits}, {"rewards", K::Benefits},
      {"total rewards", K::Benefits}, {"what we provide", K::Benefits},
      // about the company
      {"about us", K::About}, {"about the company", K::About}, {"about company", K::About},
      {"company overview", K::About}, {"company description", K::About}, {"company profile", K::About},
      {"who we are", K::About}, {"introduction of the company", K::About}, {"company introduction", K::About},
      {"introduction", K::About}, {"our company", K::About}, {"the company", K::About}, {"our story", K::About},
      {"our mission", K::About}, {"about the organization", K::About}, {"about the organisation", K::About},
      {"about our company", K::About}, {"company info", K::About}, {"company information", K::About},
      {"about the client", K::About}, {"about our client", K::About}, {"about the employer", K::About},
      {"company background", K::About}, {"about", K::About},
      // general sections
      {"job description", K::General}, {"description", K::General}, {"job summary", K::General},
      {"summary", K::General}, {"overview", K::General}, {"position summary", K::General},
      {"role summary", K::General}, {"about the role", K::General}, {"about the job", K::General},
      {"about the position", K::General}, {"about this role", K::General}, {"about the opportunity", K::General},
      {"about this job", K::General}, {"about this position", K::General}, {"the role", K::General},
      {"role overview", K::General}, {"position overview", K::General}, {"the opportunity", K::General},
      {"the position", K::General}, {"job overview", K::General}, {"role purpose", K::General},
      {"job purpose", K::General}, {"purpose", K::General}, {"about the team", K::General},
      {"the team", K::General}, {"our team", K::General}, {"how to apply", K::General},
      {"application process", K::General}, {"interview process", K::General}, {"hiring process", K::General},
      {"additional information", K::General}, {"other information", K::General}, {"job details", K::General},
      {"details", K::General}, {"position details", K::General}, {"equal opportunity", K::General},
      {"equal opportunity employer", K::General}, {"note", K::FOther}, {"important note", K::FOther},
      {"please note", K::FOther},
      // fields
      {"client", K::FCompany}, {"company", K::FCompany}, {"company name", K::FCompany},
      {"organization", K::FCompany}, {"organisation", K::FCompany}, {"employer", K::FCompany},
      {"client name", K::FCompany}, {"hiring company", K::FCompany}, {"website", K::FWebsite},
      {"company website", K::FWebsite}, {"web", K::FWebsite}, {"url", K::FWebsite}, {"web site", K::FWebsite},
      {"homepage", K::FWebsite}, {"careers page", K::FWebsite}, {"apply at", K::FWebsite},
      {"apply here", K::FWebsite}, {"link", K::FWebsite}, {"linkedin", K::FWebsite}, {"apply", K::FWebsite},
      {"job title", K::FTitle}, {"title", K::FTitle}, {"position", K::FTitle}, {"role", K::FTitle},
      {"job role", K::FTitle}, {"designation", K::FTitle}, {"position title", K::FTitle},
      {"job position", K::FTitle}, {"vacancy", K::FTitle}, {"opening", K::FTitle}, {"job opening", K::FTitle},
      {"role title", K::FTitle}, {"position name", K::FTitle}, {"job name", K::FTitle}, {"post", K::FTitle},
      {"hiring for", K::FTitle}, {"profile name", K::FTitle}, {"job profile", K::FTitle}, {"experience", K::FExperience},
      {"exp", K::FExperience}, {"work experience", K::FExperience}, {"years of experience", K::FExperience},
      {"required experience", K::FExperience}, {"total experience", K::FExperience},
      {"relevant experience", K::FExperience}, {"experience level", K::FExperience},
      {"minimum experience", K::FExperience}, {"experience range", K::FExperience}, {"yoe", K::FExperience},
      {"work exp", K::FExperience}, {"experience needed", K::FExperience}, {"budget", K::FCtc},
      {"salary", K::FCtc}, {"ctc", K::FCtc}, {"compensation", K::FCtc}, {"pay", K::FCtc},
      {"salary range", K::FCtc}, {"pay range", K::FCtc}, {"package", K::FCtc}, {"remuneration", K::FCtc},
      {"stipend", K::FCtc}, {"base salary", K::FCtc}, {"wage", K::FCtc}, {"wages", K::FCtc},
      {"pay rate", K::FCtc}, {"rate", K::FCtc}, {"hourly rate", K::FCtc}, {"annual salary", K::FCtc},
      {"salary package", K::FCtc}, {"expected ctc", K::FCtc}, {"offered ctc", K::FCtc},
      {"compensation range", K::FCtc}, {"ote", K::FCtc}, {"salary/ctc", K::FCtc}, {"ctc/salary", K::FCtc},
      {"salary band", K::FCtc}, {"pay scale", K::FCtc}, {"base pay", K::FCtc}, {"location", K::FLocation},
      {"locations", K::FLocation}, {"job location", K::FLocation}, {"work location", K::FLocation},
      {"office location", K::FLocation}, {"place of work", K::FLocation}, {"city", K::FLocation},
      {"work mode", K::FLocation}, {"workplace", K::FLocation}, {"workplace type", K::FLocation},
      {"mode of work", K::FLocation}, {"location type", K::FLocation}, {"working mode", K::FLocation},
      {"work model", K::FLocation}, {"base location", K::FLocation}, {"job locations", K::FLocation},
      {"education", K::FEducation}, {"educational qualification", K::FEducation},
      {"educational qualifications", K::FEducation}, {"education qualification", K::FEducation},
      {"degree", K::FEducation}, {"academic qualification", K::FEducation},
      {"academic qualifications", K::FEducation}, {"certifications", K::FCert}, {"certification", K::FCert},
      {"certificates", K::FCert}, {"licenses", K::FCert}, {"licenses and certifications", K::FCert},
      {"employment type", K::FOther}, {"job type", K::FOther}, {"type", K::FOther}, {"employment", K::FOther},
      {"contract type", K::FOther}, {"schedule", K::FOther}, {"shift", K::FOther}, {"shift timings", K::FOther},
      {"working hours", K::FOther}, {"work hours", K::FOther}, {"duration", K::FOther},
      {"notice period", K::FOther}, {"openings", K::FOther}, {"no of openings", K::FOther},
      {"number of openings", K::FOther}, {"number of positions", K::FOther}, {"positions", K::FOther},
      {"start date", K::FOther}, {"joining", K::FOther}, {"industry", K::FOther}, {"department", K::FOther},
      {"function", K::FOther}, {"reports to", K::FOther}, {"reporting to", K::FOther},
      {"mode of interview", K::FOther}, {"interview mode", K::FOther}, {"contact", K::FOther},
      {"email", K::FOther}, {"e-mail", K::FOther}, {"phone", K::FOther}, {"deadline", K::FOther},
      {"application deadline", K::FOther}, {"job id", K::FOther}, {"req id", K::FOther},
      {"requisition id", K::FOther}, {"date posted", K::FOther}, {"posted", K::FOther}, {"timings", K::FOther},
      {"working days", K::FOther}, {"joining date", K::FOther}, {"domain", K::FOther}, {"sector", K::FOther},
      {"level", K::FOther}, {"seniority", K::FOther}, {"seniority level", K::FOther}, {"grade", K::FOther},
      {"job category", K::FOther}, {"category", K::FOther}, {"travel", K::FOther}, {"visa", K::FOther},
      {"visa sponsorship", K::FOther}, {"work authorization", K::FOther}, {"reference", K::FOther},
      {"ref", K::FOther}, {"job code", K::FOther}, {"employment status", K::FOther}, {"hours", K::FOther},
      {"work schedule", K::FOther}, {"team size", K::FOther}, {"no. of positions", K::FOther},
      {"interview rounds", K::FOther}, {"mode", K::FOther}, {"engagement", K::FOther},
      {"engagement type", K::FOther}, {"job mode", K::FOther}, {"tenure", K::FOther}};
  return t;
}

const std::unordered_set<std::string_view>& modifier_words() {
  static const std::unordered_set<std::string_view> m = {
      "key", "main", "primary", "core", "your", "our", "the", "job", "major", "essential", "general", "basic",
      "additional", "detailed", "specific", "other", "important", "technical", "principal", "daily", "typical",
      "current", "role", "position", "professional", "relevant", "overall", "minimum", "required", "expected",
      "proposed", "offered", "annual", "total", "candidate", "candidate's", "desired", "must", "mandatory"};
  return m;
}

// Lower case, curly apostrophes as "'", runs of blanks as one space; short phrases (all the
// labels and headings looked up) live on the stack.
template <class Out>
void norm_phrase_into(std::string_view s, Out& out) {
  // Plain ASCII with single spaces inside (most headings): lower case, byte for byte.
  bool plain = !s.empty() && !space_byte(static_cast<unsigned char>(s.front()));
  for (size_t i = 0; plain && i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80 || (space_byte(c) && (c != ' ' || i + 1 == s.size() || s[i + 1] == ' '))) plain = false;
  }
  if (plain) {
    for (char ch : s) out.push_back((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch);
    return;
  }
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = at(s, i);
    if (c == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0x99 || at(s, i + 2) == 0x98)) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back('\'');
      i += 2;
      continue;
    }
    if (space_byte(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
}

class NormPhrase {
 public:
  explicit NormPhrase(std::string_view s) {
    if (s.size() <= sizeof buf_) {
      Stack st{buf_, 0};
      norm_phrase_into(s, st);
      view_ = std::string_view(buf_, st.n);
    } else {
      norm_phrase_into(s, heap_);
      view_ = heap_;
    }
  }
  NormPhrase(const NormPhrase&) = delete;
  NormPhrase& operator=(const NormPhrase&) = delete;
  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }

 private:
  struct Stack {
    char* p;
    size_t n;
    bool empty() const { return n == 0; }
    void push_back(char c) { p[n++] = c; }
  };
  char buf_[192];
  std::string heap_;
  std::string_view view_;
};

std::string norm_phrase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  norm_phrase_into(s, out);
  return out;
}

// A dictionary label, allowing up to two leading modifier words ("Key Responsibilities",
// "Job Location", "Our Required Skills").
K lookup_label(std::string_view phrase) {
  const auto& t = label_table();
  // Most phrases are no label: a filter over the keys spares the hash table's hashing.
  static const WordFilter kKeys = [] {
    WordFilter f;
    for (const auto& [key, kind] : label_table()) f.add_exact(key);
    return f;
  }();
  std::string_view p = phrase;
  for (int strip = 0; strip < 3; ++strip) {
    if (kKeys.maybe_lower(p)) {
      auto it = t.find(p);
      if (it != t.end()) return it->second;
    }
    size_t sp = p.find(' ');
    if (sp == npos || !modifier_words().count(p.substr(0, sp))) break;
    p.remove_prefix(sp + 1);
  }
  return K::None;
}


// Keyword classification of a heading that is not in the dictionary.
// The keywords of classify_heading, by the kind they give, in the order the kinds are tried.
struct HeadingKeyword {
  std::string_view w;
  K kind;
};
constexpr HeadingKeyword kHeadingKeywords[] = {
    {"nice to", K::Nice}, {"nice-to", K::Nice}, {"bonus", K::Nice}, {"preferred", K::Nice},
    {"good to have", K::Nice}, {"desirable", K::Nice}, {"advantage", K::Nice}, {"plus", K::Nice},
    {"responsib", K::Resp}, {"duties", K::Resp}, {"what you'll do", K::Resp}, {"what you will do", K::Resp},
    {"you will", K::Resp}, {"you'll do", K::Resp}, {"day to day", K::Resp}, {"day-to-day", K::Resp},
    {"accountabilit", K::Resp}, {"tasks", K::Resp}, {"kra", K::Resp},
    {"requir", K::Req}, {"qualif", K::Req}, {"skill", K::Req}, {"must have", K::Req}, {"profile", K::Req},
    {"profil", K::Req}, {"what you need", K::Req}, {"looking for", K::Req}, {"who you are", K::Req},
    {"eligib", K::Req}, {"you have", K::Req}, {"you bring", K::Req}, {"experience", K::Req},
    {"education", K::Req}, {"competenc", K::Req}, {"expertise", K::Req},
    {"benefit", K::Benefits}, {"perks", K::Benefits}, {"we offer", K::Benefits}, {"why join", K::Benefits},
    {"why us", K::Benefits}, {"why work", K::Benefits}, {"in it for you", K::Benefits}, {"rewards", K::Benefits},
    {"company", K::About}, {"who we are", K::About}, {"introduction", K::About}, {"our story", K::About},
    {"our mission", K::About}, {"organisation", K::About}, {"organization", K::About},
    {"description", K::General}, {"summary", K::General}, {"overview", K::General}, {"the role", K::General},
    {"position", K::General}, {"opportunity", K::General}};

// Keyword classification of a heading that is not in the dictionary: the first kind (in the
// order Nice, Resp, Req, Benefits, About, General) one of whose keywords starts a word of it.
K classify_heading(std::string_view h) {
  if (h.substr(0, 6) == "about ") {
    std::string_view rest = h.substr(6);
    for (std::string_view r : {"the role", "the job", "the position", "this role", "the opportunity", "the team",
                               "this position", "this job", "the work", "the project"})
      if (rest.substr(0, r.size()) == r) return K::General;
    if (rest == "you" || rest == "yourself") return K::Req;
    return K::About;
  }
  // One pass over the heading: the keywords that start with each byte are compared there.
  struct ByFirst {
    uint8_t idx[256][16];
    uint8_t n[256] = {};
    ByFirst() {
      for (size_t i = 0; i < std::size(kHeadingKeywords); ++i) {
        unsigned char c = static_cast<unsigned char>(kHeadingKeywords[i].w[0]);
        idx[c][n[c]++] = static_cast<uint8_t>(i);
      }
    }
  };
  static const ByFirst kBy;
  uint64_t found = 0;
  for (size_t i = 0; i + 1 < h.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(h[i]);
    // Keywords are matched at the start of a word ("plus" is not in "surplus").
    if (i > 0 && is_ascii_alnum(static_cast<unsigned char>(h[i - 1]))) continue;
    for (uint8_t k = 0; k < kBy.n[c]; ++k) {
      std::string_view w = kHeadingKeywords[kBy.idx[c][k]].w;
      if (h[i + 1] != w[1] || h.size() - i < w.size()) continue;  // every keyword has 3+ bytes
      size_t j = 2;
      while (j < w.size() && h[i + j] == w[j]) ++j;
      if (j == w.size()) found |= uint64_t{1} << kBy.idx[c][k];
    }
  }
  if (!found) return K::None;
  for (K kind : {K::Nice, K::Resp, K::Req, K::Benefits, K::About, K::General})
    for (size_t i = 0; i < std::size(kHeadingKeywords); ++i)
      if (kHeadingKeywords[i].kind == kind && ((found >> i) & 1)) return kind;
  return K::None;
}

// ============================================================================================
// Marks: where a heading or a field label starts and where its content starts
// ============================================================================================

struct Mark {
  K kind = K::None;
  size_t hs = 0;  // where the mark begins (text before it belongs to the previous section)
  size_t cs = 0;  // where its content begins
  size_t ve = 0;  // fields: end of the value
  bool own_line = false;
  bool line_start = false;
  bool in_item = false;
  bool breaking = true;
  std::string heading;  // as written, without trailing ':' or brackets
};

bool is_en_or_em_dash_end(std::string_view h) {
  size_t n = h.size();
  return n >= 3 && at(h, n - 3) == 0xE2 && at(h, n - 2) == 0x80 && (at(h, n - 1) == 0x93 || at(h, n - 1) == 0x94);
}

bool markup_only(std::string_view s) {
  for (char c : s)
    if (!(c == '#' || c == '*' || c == '_' || c == '>' || c == '|' || space_byte(static_cast<unsigned char>(c))))
      return false;
  return true;
}

// The number of letters, and whether none is lower case.
bool all_caps(std::string_view h, size_t& letters) {
  letters = 0;
  for (char c : h) {
    unsigned char u = static_cast<unsigned char>(c);
    if (is_lower(u)) return false;
    if (is_upper(u)) ++letters;
  }
  return letters > 0;
}

bool title_case(std::string_view h) {
  size_t i = 0;
  bool any = false;
  while (i < h.size()) {
    while (i < h.size() && space_byte(at(h, i))) ++i;
    size_t b = i;
    size_t letters = 0;
    while (i < h.size() && !space_byte(at(h, i))) letters += is_alpha(at(h, i++));
    if (i == b) break;
    unsigned char f = at(h, b);
    if (!any && !is_upper(f)) return false;
    any = true;
    if (letters >= 4 && !is_upper(f)) return false;
  }
  return any;
}

// A whole line that is a heading: "Responsibilities:", "## Requirements", "**Benefits**",
// "KEY SKILLS", "[About us]", "What you'll do", "About Acme".
// Words that open a skill phrase ("Strong Communication Skills"), never a heading.
bool qualifier_word(std::string_view lw) {
  static const std::unordered_set<std::string_view> k = {
      "strong", "excellent", "good", "great", "solid", "proven", "effective", "exceptional", "outstanding",
      "advanced", "working", "demonstrated", "basic", "deep", "hands-on", "fluent", "superb", "sound",
      "thorough", "extensive", "prior", "previous", "familiarity", "knowledge", "understanding", "ability",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "minimum", "at", "proficiency",
      "expert", "expertise", "experience", "exposure", "high", "superior", "clear", "creative", "analytical",
      "attention", "willingness", "valid", "current", "bachelor's", "bachelors", "master's", "masters"};
  return k.count(lw) > 0;
}

// Whether the first non-empty line at or after pos starts with a list marker; blank lines
// before it count as "yes" (a heading may be followed by a blank line).
bool next_line_opens_list(std::string_view text, size_t pos) {
  size_t i = pos;
  if (at(text, i) == '\r') ++i;
  if (at(text, i) == '\n') ++i;
  size_t ls = i;
  while (i < text.size() && text[i] != '\n') ++i;
  std::string_view line = trim_fast(text.substr(ls, i - ls));
  if (line.empty()) return true;
  return leading_bullet_len(line, 0, line.size()) > 0 || bullet_glyph_len(line, 0) > 0;
}

std::optional<Mark> own_line_heading(std::string_view text, size_t ls, size_t le, bool prev_blank) {
  std::string_view line = text.substr(ls, le - ls);
  std::string_view t = trim_fast(line);
  if (t.empty() || t.size() > 100) return std::nullopt;
  bool md_hash = false, bold = false, sep = false, bracketed = false;
  std::string_view h = t;
  while (!h.empty() && h.front() == '#') {
    h.remove_prefix(1);
    md_hash = true;
  }
  h = trim_fast(h);
  if (h.size() >= 4 && ((h[0] == '*' && h[1] == '*') || (h[0] == '_' && h[1] == '_'))) {
    std::string_view mk = h.substr(0, 2);
    std::string_view tail = h;
    while (!tail.empty() && (tail.back() == ':' || tail.back() == ' ')) tail.remove_suffix(1);
    if (tail.size() >= 4 && tail.substr(tail.size() - 2) == mk) bold = true;
  }
  while (!h.empty() && (h.front() == '*' || h.front() == '_' || h.front() == ' ')) h.remove_prefix(1);
  // Decorations such as emoji or arrows before the words ("🚀 What you'll do"); bullet lines were
  // rejected above.
  for (int n = 0; n < 4 && !h.empty() && !bullet_glyph_len(h, 0); ++n) {
    size_t pl = punct_cp_len(h, 0);
    if (!pl) break;
    h = trim_fast(h.substr(pl));
  }
  for (;;) {
    if (h.empty()) break;
    unsigned char c = static_cast<unsigned char>(h.back());
    if (c == ':' || c == '-' || c == '=') {
      sep = true;
      h.remove_suffix(1);
    } else if (c == '*' || c == '_' || space_byte(c)) {
      h.remove_suffix(1);
    } else if (h.size() >= 3 && is_en_or_em_dash_end(h)) {
      sep = true;
      h.remove_suffix(3);
    } else {
      break;
    }
  }
  if (h.size() >= 2 && ((h.front() == '[' && h.back() == ']') || (h.front() == '(' && h.back() == ')'))) {
    h = trim_fast(h.substr(1, h.size() - 2));
    bracketed = true;
    while (!h.empty() && (h.back() == ':' || h.back() == ' ')) h.remove_suffix(1);
  }
  if (h.empty()) return std::nullopt;
  if (!md_hash && !bold && leading_bullet_len(t, 0, t.size())) return std::nullopt;
  size_t words = count_words_upto(h, 9);
  if (words > 8) return std::nullopt;
  bool abbrev_dot = iends_with(h, " co.") || iends_with(h, " inc.") || iends_with(h, " ltd.") ||
                    iends_with(h, " corp.");
  if (!md_hash && !bold && !bracketed) {
    // Sentence punctuation at the end: no label ends so, and such a line is no heading.
    unsigned char last = static_cast<unsigned char>(h.back());
    if ((last == '.' && !abbrev_dot) || last == '?' || last == '!' || last == ',')
      return std::nullopt;
  }
  // A line with no shape of a heading can only be a label of the dictionary: its first word must
  // start one (directly or as a modifier).
  bool shaped = md_hash || bold || bracketed || sep;
  bool title_known = false, is_title = false;
  if (!shaped) {
    static const WordFilter kFirstWords = [] {
      WordFilter f;
      for (const auto& [key, kind] : label_table()) f.add(key);
      for (auto m : modifier_words()) f.add(m);
      return f;
    }();
    size_t a = 0;
    while (a < h.size() && !is_ascii_alnum(at(h, a))) ++a;
    size_t b = a;
    while (b < h.size() && is_ascii_alnum(at(h, b))) ++b;
    size_t letters0 = 0;
    title_known = true;
    is_title = title_case(h);
    bool maybe_shape = all_caps(h, letters0) || is_title || istarts_with(h, 0, "about ");
    if (!maybe_shape && (b == a || !kFirstWords.maybe(WordIndex::hash_of(h.substr(a, b - a))))) return std::nullopt;
  }
  NormPhrase np(h);
  std::string_view n = np.view();
  K k = lookup_label(n);
  if (k == K::None && sep && words <= 10 &&
      (iends_with(n, " you will") || iends_with(n, " you'll") || iends_with(n, " you will be") ||
       iends_with(n, ",you will")))
    k = K::Resp;  // "As our school counselor, you will:"
  if (k == K::None) {
    bool inner_punct = h.find(": ") != npos || h.find(". ") != npos || h.find(',') != npos ||
                       h.find('?') != npos || h.find('!') != npos || (h.back() == '.' && !abbrev_dot) ||
                       h.find(':') != npos;
    if (inner_punct && !md_hash && !bold && !bracketed) return std::nullopt;
    size_t letters = 0;
    bool caps_shape = all_caps(h, letters) && h.find(',') == npos;
    bool title_shape = (title_known ? is_title : title_case(h)) && words <= 5;
    bool about_shape = istarts_with(h, 0, "about ") && words <= 5 && is_upper(at(h, 0));
    if (!(md_hash || bold || bracketed || (sep && words <= 6) || caps_shape || title_shape || about_shape))
      return std::nullopt;  // no shape of a heading: not worth classifying
    K c = classify_heading(n);
    bool caps = caps_shape && (c != K::None || (words >= 2 && letters >= 4 * words));
    // Lines only shaped like a heading (Title Case, ALL CAPS without a colon) need a heading's
    // place: after a blank line or before a list, and not a skill phrase ("Strong Communication
    // Skills").
    size_t sp = n.find(' ');
    bool qualifier = qualifier_word(std::string_view(n).substr(0, sp)) || is_digit(at(n, 0));
    bool placed = prev_blank || next_line_opens_list(text, le);
    if (md_hash || bold || bracketed || (sep && words <= 6)) {
      k = c != K::None ? c : K::General;
    } else if (caps) {
      if (!qualifier && (placed || c != K::None)) k = c != K::None ? c : K::General;
    } else if (title_shape || about_shape) {
      if (!qualifier && placed) k = c;
    }
  }
  if (k == K::None) return std::nullopt;
  Mark m;
  m.kind = k;
  m.hs = ls;
  m.cs = le;
  m.own_line = true;
  m.line_start = true;
  m.heading = std::string(h);
  return m;
}

// Whether the code point that ends right before j can be part of a label word.
size_t label_char_back(std::string_view s, size_t j, size_t floor) {
  if (j <= floor) return 0;
  unsigned char c = at(s, j - 1);
  if (c < 0x80) return (is_ascii_alnum(c) || c == '\'' || c == '&' || c == '/' || c == '-' || c == '.') ? 1 : 0;
  size_t k = j - 1;
  while (k > floor && (at(s, k) & 0xC0) == 0x80 && j - k < 4) --k;
  if (s.substr(k, j - k) == "\xE2\x80\x99") return j - k;
  if (punct_cp_len(s, k) || bullet_glyph_len(s, k)) return 0;
  return j - k;
}

struct Label {
  K kind = K::None;
  size_t b = 0, e = 0;
};

// Whether a normalized phrase can be a key of the label table (a filter, false positives
// possible).
bool label_key_maybe(std::string_view phrase) {
  static const WordFilter kKeys = [] {
    WordFilter f;
    for (const auto& [key, kind] : label_table()) f.add_exact(key);
    return f;
  }();
  return kKeys.maybe_lower(phrase);
}

// Whether a word can be the last word of a dictionary label.
bool last_word_of_label(std::string_view w) {
  static const WordFilter kLastWords = [] {
    WordFilter f;
    for (const auto& [key, kind] : label_table()) {
      size_t sp = key.rfind(' ');
      f.add_exact(sp == npos ? key : key.substr(sp + 1));
    }
    return f;
  }();
  return kLastWords.maybe_exact(w);
}

// The longest dictionary label that ends right before position p (a separator) on its line.
std::optional<Label> label_before(std::string_view text, size_t ls, size_t p) {
  size_t j = p;
  while (j > ls && (is_blank(at(text, j - 1)) || at(text, j - 1) == '*' || at(text, j - 1) == '_')) --j;
  size_t end = j;
  while (end > ls && at(text, end - 1) == '.') --end;  // "No." keeps its dot, "Salary." does not matter
  j = end;
  size_t floor = end > ls + 80 ? end - 80 : ls;
  size_t wb[6], we[6];
  int n = 0;
  while (n < 6 && j > floor) {
    size_t e = j;
    for (;;) {
      if (j <= floor) break;
      unsigned char c = at(text, j - 1);
      if (c < 0x80) {  // the common case, inline
        if (!(is_ascii_alnum(c) || c == '\'' || c == '&' || c == '/' || c == '-' || c == '.')) break;
        --j;
        continue;
      }
      size_t l = label_char_back(text, j, floor);
      if (!l) break;
      j -= l;
    }
    if (j == e) break;
    if (j == floor && floor > ls) break;  // word too long
    wb[n] = j;
    we[n] = e;
    ++n;
    // Only a word that ends some label can end one here: checked before reading further back.
    if (n == 1 && !last_word_of_label(text.substr(wb[0], end - wb[0]))) return std::nullopt;
    size_t k = j;
    while (k > ls && is_blank(at(text, k - 1))) --k;
    if (k == j || k <= floor) break;
    if (!label_char_back(text, k, floor)) break;
    j = k;
  }
  (void)we;
  if (n == 0) return std::nullopt;
  for (int len = n; len >= 1; --len) {
    size_t b = wb[len - 1];
    NormPhrase phrase(text.substr(b, end - b));
    if (!label_key_maybe(phrase)) continue;
    auto it = label_table().find(phrase);
    if (it == label_table().end() || it->second == K::None) continue;
    int idx = len;
    for (int ext = 0; ext < 2 && idx < n; ++ext, ++idx) {
      NormPhrase wp(text.substr(wb[idx], wb[idx - 1] - wb[idx]));
      std::string_view w = wp.view();
      while (!w.empty() && w.back() == ' ') w.remove_suffix(1);
      if (!modifier_words().count(w)) break;
      b = wb[idx];
    }
    return Label{it->second, b, end};
  }
  return std::nullopt;
}

// Whether a bullet glyph ends right before k (blanks skipped).
bool glyph_before(std::string_view text, size_t ls, size_t k) {
  while (k > ls && is_blank(at(text, k - 1))) --k;
  if (k >= ls + 3 && bullet_glyph_len(text, k - 3) == 3) return true;
  if (k >= ls + 2 && bullet_glyph_len(text, k - 2) == 2) return true;
  return false;
}

size_t skip_after_separator(std::string_view text, size_t i, size_t le) {
  while (i < le && (is_blank(at(text, i)) || at(text, i) == '*' || at(text, i) == '_')) ++i;
  if (i < le && (at(text, i) == '-' || at(text, i) == ':') && (i + 1 >= le || is_blank(at(text, i + 1)))) ++i;
  while (i < le && is_blank(at(text, i))) ++i;
  return i;
}

void classify_position(std::string_view text, size_t ls, size_t b, Mark& m) {
  std::string_view pre = text.substr(ls, b - ls);
  std::string_view pt = trim_fast(pre);
  m.line_start = markup_only(pre) && pt != "*";
  if (m.line_start) return;
  size_t pts = ls + static_cast<size_t>(pt.data() - pre.data());
  // Only a list marker before the label: "- Experience: 3 years", "2. Salary: ..."
  size_t bl = leading_bullet_len(text, pts, b);
  if (bl && pts + bl >= b) {
    m.in_item = true;
    return;
  }
  m.in_item = glyph_before(text, ls, b);
}

void inline_marks(std::string_view text, size_t ls, size_t le, std::vector<Mark>& out) {
  size_t line_first = out.size();
  size_t last_cs = ls;
  static constexpr unsigned char kMarkSet[] = {'[', ':', '-', 0xE2};
  const auto* tp = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t p = ls; p < le; ++p) {
    p += find_byte_of(tp + p, le - p, kMarkSet);
    if (p >= le) break;
    unsigned char c = at(text, p);
    if (c == '[') {
      size_t lim = std::min(le, p + 82);
      size_t q = p + 1;
      while (q < lim && at(text, q) != ']' && at(text, q) != '[') ++q;
      if (q >= lim || at(text, q) != ']' || q == p + 1) continue;
      if (at(text, q + 1) == '(') continue;  // markdown link
      std::string_view content = trim_fast(text.substr(p + 1, q - p - 1));
      while (!content.empty() && (content.back() == ':' || content.back() == ' ')) content.remove_suffix(1);
      if (content.empty() || text::word_count(content) > 8) continue;
      std::string n = norm_phrase(content);
      K k = lookup_label(n);
      if (k == K::None) k = classify_heading(n);
      if (k == K::None || (!is_section(k) && !is_req_field(k))) continue;
      if (p < last_cs) continue;
      Mark m;
      m.kind = k;
      m.hs = p;
      m.heading = std::string(content);
      classify_position(text, ls, p, m);
      size_t cs = q + 1;
      while (cs < le && is_blank(at(text, cs))) ++cs;
      if (cs < le && at(text, cs) == ':') ++cs;
      m.cs = skip_after_separator(text, cs, le);
      last_cs = m.cs;
      out.push_back(std::move(m));
      p = q;
      continue;
    }
    size_t sep_len = 0;
    if (c == ':') sep_len = 1;
    else if (c == '-' && (p + 1 >= le || is_blank(at(text, p + 1)))) sep_len = 1;
    else if (c == 0xE2 && at(text, p + 1) == 0x80 && (at(text, p + 2) == 0x93 || at(text, p + 2) == 0x94) &&
             (p + 3 >= le || is_blank(at(text, p + 3))))
      sep_len = 3;
    if (!sep_len || p == ls) continue;
    auto lab = label_before(text, std::max(ls, last_cs), p);
    if (!lab) continue;
    Mark m;
    m.kind = lab->kind;
    m.hs = lab->b;
    m.heading = std::string(text.substr(lab->b, lab->e - lab->b));
    classify_position(text, ls, lab->b, m);
    if (!m.line_start && !m.in_item && !is_upper(at(text, lab->b))) continue;
    if (!m.line_start && !m.in_item && c != ':') {
      // A dash after a label inside a Capitalised name is not a separator: "Ashgrove Tea
      // Company – London" (but "internship) Role- full time" is).
      size_t k = lab->b;
      while (k > ls && is_blank(at(text, k - 1))) --k;
      size_t we = k;
      while (k > ls && !space_byte(at(text, k - 1))) --k;
      if (we > k && is_upper(at(text, k)) && is_ascii_alnum(at(text, we - 1))) continue;
    }
    if (m.line_start) m.hs = ls;  // leading markup ("**Salary:**") belongs to the mark
    // Mid-line section words need a real separator ("Requirements:"), not a dash in a phrase.
    m.cs = skip_after_separator(text, p + sep_len, le);
    last_cs = m.cs;
    out.push_back(std::move(m));
    p += sep_len - 1;
  }
  (void)line_first;
}

// ============================================================================================
// Blocks
// ============================================================================================

struct Item {
  size_t gs = 0, cs = 0, ce = 0;  // glyph start, content span
  bool bullet = false;
};

std::vector<Item> extract_items(std::string_view text, size_t b, size_t e) {
  std::vector<Item> items;
  std::vector<text::Span> sentences;
  sentences.reserve(16);
  items.reserve(std::min<size_t>(4096, (e > b ? e - b : 0) / 48 + 4));
  if (e > text.size()) e = text.size();
  bool blank_before = true;
  size_t i = b;
  while (i < e) {
    const void* nl = std::memchr(text.data() + i, '\n', e - i);
    size_t le = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : e;
    size_t ls = i, lend = le;
    i = le + 1;
    while (ls < lend && space_byte(at(text, ls))) ++ls;
    while (lend > ls && space_byte(at(text, lend - 1))) --lend;
    if (ls >= lend) {
      blank_before = true;
      continue;
    }
    size_t bl = leading_bullet_len(text, ls, lend);
    size_t piece_start = ls + bl, glyph = ls;
    bool piece_bullet = bl > 0, first_piece = true;
    auto emit = [&](size_t ps, size_t pe, bool bullet, size_t gpos) {
      while (ps < pe && space_byte(at(text, ps))) ++ps;
      while (pe > ps && (space_byte(at(text, pe - 1)) || at(text, pe - 1) == '|')) --pe;  // "apply |"
      if (ps >= pe) return;
      if (decoration_line(text.substr(ps, pe - ps))) return;  // "**", "---", "==="
      if (bullet) {
        items.push_back({gpos, ps, pe, true});
        return;
      }
      if (first_piece && !blank_before && !items.empty() && items.back().bullet && is_lower(at(text, ps))) {
        items.back().ce = pe;  // a wrapped bullet line
        return;
      }
      sentences.clear();
      split_sentences_fast(text.substr(ps, pe - ps), sentences);
      for (const auto& sp : sentences) items.push_back({ps + sp.start, ps + sp.start, ps + sp.end, false});
    };
    size_t p = piece_start;
    static constexpr unsigned char kGlyphLeads[] = {0xC2, 0xE2, 0xEF};
    const auto* tp = reinterpret_cast<const unsigned char*>(text.data());
    while (p < lend) {
      // Glyphs start with 0xC2, 0xE2 or 0xEF: other bytes are skipped at once.
      p += find_byte_of(tp + p, lend - p, kGlyphLeads);
      if (p >= lend) break;
      size_t g = bullet_glyph_len(text, p);
      if (g && p + g <= lend) {
        if (p == piece_start) {
          glyph = p;
          piece_start = p + g;
          piece_bullet = true;
          p += g;
          continue;
        }
        emit(piece_start, p, piece_bullet, glyph);
        first_piece = false;
        glyph = p;
        piece_start = p + g;
        piece_bullet = true;
        p += g;
        continue;
      }
      ++p;
    }
    emit(piece_start, lend, piece_bullet, glyph);
    blank_before = false;
  }
  return items;
}

// Closing lines of an ad ("Apply at ...", "Send your CV to ..."): never part of the section
// above them.
bool closing_line(std::string_view line, std::string_view low_line) {
  static constexpr std::string_view kStarts[] = {
      "apply ", "apply:", "to apply", "how to apply", "send your", "send us", "send a cv", "send a short",
      "send cv", "call us", "call ", "contact us", "contact:", "whatsapp ", "ring us", "email your",
      "e-mail your", "mail your", "email us", "email cv", "share your", "interested candidates",
      "interested applicants", "interested?", "if you are interested", "if interested", "please send",
      "please apply", "please email", "please share", "please submit", "call us", "call our", "questions?",
      "#li-", "walk in", "walk-in", "submit your", "to be considered", "click apply", "apply now", "apply today",
      "apply online", "apply via", "apply with"};
  std::string_view t = line;
  while (!t.empty() && (t.front() == '*' || t.front() == '_' || is_blank(static_cast<unsigned char>(t.front()))))
    t.remove_prefix(1);
  // The starts that begin with the line's first letter are the only ones compared.
  struct ByFirst {
    uint8_t idx[256][24];
    uint8_t n[256] = {};
    ByFirst() {
      for (size_t i = 0; i < std::size(kStarts); ++i) {
        unsigned char c = static_cast<unsigned char>(kStarts[i][0]);
        idx[c][n[c]++] = static_cast<uint8_t>(i);
      }
    }
  };
  static const ByFirst kBy;
  unsigned char f = at(t, 0);
  if (is_upper(f)) f = static_cast<unsigned char>(f + 32);
  for (uint8_t j = 0; j < kBy.n[f]; ++j)
    if (std::string_view k = kStarts[kBy.idx[f][j]]; istarts_with(t, 0, k)) {
      if (k == "call ") {
        // "Call 0161 555 0100", "Call Sarah on ...", not "Call center experience".
        unsigned char n = at(t, 5);
        return is_digit(n) || n == '+' || n == '(' || (is_upper(n) && !istarts_with(t, 5, "center") &&
                                                        !istarts_with(t, 5, "centre"));
      }
      return true;
    }
  if (t.size() < 300) {
    std::string_view l = low_line.substr(line.size() - t.size());
    if (l.find("qual") != npos &&
        (l.find("equal opportunity employer") != npos || l.find("is committed to equality") != npos ||
         l.find("is an equal opportunit") != npos))
      return true;
  }
  return false;
}

// Where the content of a section [b, e) ends: a section of bullets ends before a paragraph that
// follows a blank line with no bullet after it, and any section before closing lines, so that
// the unheaded prose after the last section ("Apply at ...") is not swallowed.
size_t section_content_end(std::string_view text, std::string_view low, size_t b, size_t e) {
  if (e > text.size()) e = text.size();
  size_t cut = e;
  bool seen_bullet = false, blank_before = false, any_content = false;
  size_t i = b;
  while (i < e) {
    const void* nl = std::memchr(text.data() + i, '\n', e - i);
    size_t le = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : e;
    size_t ls = i;
    i = le + 1;
    std::string_view line = trim_fast(text.substr(ls, le - ls));
    if (line.empty()) {
      blank_before = true;
      continue;
    }
    size_t lsb = ls + static_cast<size_t>(line.data() - (text.data() + ls));
    bool bullet = leading_bullet_len(line, 0, line.size()) > 0 || bullet_glyph_len(line, 0) > 0;
    if (bullet) {
      seen_bullet = true;
      cut = e;  // bullets after a candidate cut: the section goes on
    } else if (cut == e && any_content && ((blank_before && seen_bullet && !is_lower(at(line, 0))) ||
                                            closing_line(line, low.substr(lsb, line.size())))) {
      cut = lsb;
    }
    any_content = true;
    blank_before = false;
  }
  return cut;
}

TextBlock make_block(std::string_view text, const std::vector<Item>& items, std::string heading, bool present,
                     bool glyphs) {
  TextBlock tb;
  tb.heading = std::move(heading);
  tb.heading_was_present = present;
  std::string joined;
  size_t total = 0;
  for (const auto& it : items) total += it.ce - it.cs + 5;
  joined.reserve(total);
  tb.items.reserve(items.size());
  size_t words = 0;
  for (const auto& it : items) {
    if (it.bullet) ++tb.bullet_count;
    if (!joined.empty()) joined += "\n\n";
    if (glyphs && it.bullet) {
      joined += "\xE2\x80\xA2 ";
      ++words;
    }
    size_t before = joined.size();
    words += squash_append(text.substr(it.cs, it.ce - it.cs), joined);
    tb.items.emplace_back(joined, before, joined.size() - before);
  }
  tb.text = std::move(joined);
  tb.word_count = static_cast<int>(words);
  size_t start = (glyphs && items.front().bullet) ? items.front().gs : items.front().cs;
  size_t end = std::max(items.back().ce, start);
  tb.source_marker.byte_start = start;
  tb.source_marker.byte_end = end;
  std::string_view span = text.substr(start, end - start);
  tb.source_marker.first_5_words = first_n_words(span, 5);
  tb.source_marker.last_5_words = last_n_words(span, 5);
  return tb;
}

// ============================================================================================
// Rejections
// ============================================================================================

bool looks_like_resume(const Doc& doc) {
  std::string_view text = doc.text, low = doc.low;
  // Every phrase looked up below, prepared once.
  static const std::vector<Needle> kAll = prepare_needles(
      {"curriculum vitae", "career objective", "work experience", "professional experience", "employment history",
       "work history", "date of birth", "marital status", "father's name", "languages known", "hobbies",
       "personal details", "personal information", "i hereby declare", "declaration:", "references available",
       "nationality:", "dob:", "passport no", "we are looking", "we're looking", "we are hiring", "we're hiring",
       "you will", "you'll", "ideal candidate", "the candidate", "candidates", "apply", "join our", "join us",
       "we offer", "job description", "must have", "nice to have", "your responsibilities", "about the role",
       "about us", "ctc", "benefits", "looking for a", "we need", "is hiring", "job type", "what you'll do",
       "what you will do", "the role", "responsibilities include", "salary range", "requirements:", "objective:",
       "i"});
  auto needle = [&](std::string_view n) -> const Needle& {
    for (const auto& x : kAll)
      if (x.text == n) return x;
    static thread_local Needle tmp;
    tmp = prepare_needle(n);
    return tmp;
  };
  auto has_word = [&](std::string_view, std::string_view n) { return doc.words.has(needle(n)); };
  int score = 0;
  if (has_word(low, "curriculum vitae")) score += 3;
  bool cv_line = false, objective_line = false, education_line = false;
  size_t i = 0;
  while (i < text.size()) {
    const void* nl = std::memchr(text.data() + i, '\n', text.size() - i);
    size_t le = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    // The labels below start with one of these letters (after blanks and markup).
    size_t f = i;
    while (f < le && !is_ascii_alnum(at(low, f)) && at(low, f) < 0x80) ++f;
    unsigned char fc = at(low, f);
    bool maybe = fc == 'r' || fc == 'c' || fc == 'm' || fc == 'o' || fc == 'p' || fc == 'e' || fc == 'a';
    if (le - i <= 60 && maybe) {
      std::string_view l = trim_punct(low.substr(i, le - i));
      if (l == "resume" || l == "r\xC3\xA9sum\xC3\xA9" || l == "cv" || l == "my resume" || l == "my cv" ||
          l == "curriculum vitae")
        cv_line = true;
      if (l == "objective" || l == "career objective" || l == "professional summary" || l == "profile summary")
        objective_line = true;
      if (l == "education" || l == "educational qualifications" || l == "academic qualifications" ||
          l == "academic background" || l == "educational qualification")
        education_line = true;
    }
    i = le + 1;
  }
  if (cv_line) score += 3;
  if (objective_line || has_word(low, "objective:") || has_word(low, "career objective")) score += 2;
  if (education_line) score += 1;
  if (has_word(low, "work experience") || has_word(low, "professional experience")) score += 1;
  if (has_word(low, "employment history") || has_word(low, "work history")) score += 2;
  int personal = 0;
  for (std::string_view p : {"date of birth", "marital status", "father's name", "languages known", "hobbies",
                             "personal details", "personal information", "i hereby declare", "declaration:",
                             "references available", "nationality:", "dob:", "passport no"})
    if (has_word(low, p)) personal += 2;
  score += std::min(personal, 6);
  // First person: "I " as a word.
  int first_person = 0;
  {
    std::vector<size_t> is;
    doc.words.find_all(needle("i"), is, 4096);
    for (size_t k : is)
      if (text[k] == 'I' && at(text, k + 1) == ' ' && ++first_person >= 3) break;
  }
  if (first_person >= 3) score += 1;
  if (score < 3) return false;
  int hiring = 0;
  for (std::string_view h : {"we are looking", "we're looking", "we are hiring", "we're hiring", "you will",
                             "you'll", "ideal candidate", "the candidate", "candidates", "apply", "join our", "join us",
                             "we offer", "job description", "must have", "nice to have", "your responsibilities",
                             "about the role", "about us", "ctc", "benefits", "looking for a", "we need",
                             "is hiring", "job type", "what you'll do", "what you will do", "the role",
                             "responsibilities include", "salary range", "requirements:"})
    if (has_word(low, h)) ++hiring;
  return (score >= 3 && hiring == 0) || (score >= 6 && hiring <= 1);
}

bool has_job_signal(const Doc& doc) {
  std::string_view low = doc.low;
  static constexpr std::string_view kStems[] = {
      "responsib", "requirement", "qualification", "experience", "skill", "candidate", "recruit", "proficien",
      "familiar", "employ", "vacanc", "opportunit", "hiring", "career", "intern", "salar", "compensation",
      "benefit", "develop", "manag", "knowledge of", "ability to", "degree in"};
  static constexpr std::string_view kWords[] = {
      "hire", "job", "jobs", "role", "position", "apply", "ctc", "team", "work", "working", "you will", "you'll",
      "looking for", "years", "degree", "duties", "join", "full-time", "full time", "part-time", "part time",
      "opening", "lpa", "stipend", "wage", "wages", "client", "company", "project", "projects", "remote",
      "hybrid", "onsite", "on-site", "shift", "staff", "report", "support", "customer", "customers", "tasks",
      "m/w/d", "m/f/d", "w/m/d", "f/m/d", "h/f", "aufgaben", "stelle", "bewerbung", "vollzeit", "teilzeit",
      "empleo", "puesto", "poste", "emploi", "vacature", "lavoro"};
  static const std::vector<Needle> kWordNeedles = prepare_needles(kWords, [](std::string_view w) { return w; });
  for (const auto& w : kWordNeedles)
    if (doc.words.has(w)) return true;
  for (auto s : kStems) {
    size_t p = low.find(s);
    while (p != npos) {
      if (p == 0 || !is_alpha(at(low, p - 1))) return true;
      p = low.find(s, p + 1);
    }
  }
  // Any role noun.
  size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && !is_alpha(at(low, i))) ++i;
    size_t b = i;
    while (i < low.size() && is_alpha(at(low, i))) ++i;
    if (i > b && i - b <= 20 && is_role_noun(low.substr(b, i - b))) return true;
  }
  return false;
}

ParsedJD reject(const char* reason) {
  ParsedJD r;
  r.jd_type = "reject";
  r.rejection_reason = reason;
  return r;
}

// ============================================================================================
// The parser
// ============================================================================================

ParsedJD parse_impl(std::string_view text, const ParseOptions& opt) {
  if (text.size() > opt.max_input_bytes) return reject("too_long");
  if (trim_fast(text).empty()) return reject("empty");
  Prescan pre = prescan(text);
  if (pre.binary) return reject("not_text");
  if (!pre.valid_utf8) return reject("invalid_utf8");
  if (count_words_upto(text, opt.min_words) < opt.min_words) return reject("too_short");
  std::string low_s = std::move(pre.low);
  std::string_view low = low_s;
  WordIndex words;
  words.build(low);
  const Doc doc{text, low, words};
  if (looks_like_resume(doc)) return reject("resume");
  if (!has_job_signal(doc)) return reject("not_job_ad");

  ParsedJD out;

  // ---- lines and marks -------------------------------------------------------------------
  std::vector<size_t> nls;
  nls.reserve(text.size() / 48 + 16);
  for (const char* p = text.data(), *e = text.data() + text.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(e - p)))); ++p)
    nls.push_back(static_cast<size_t>(p - text.data()));
  auto line_end = [&](size_t pos) {
    auto it = std::lower_bound(nls.begin(), nls.end(), pos);
    return it == nls.end() ? text.size() : *it;
  };
  std::vector<Mark> marks;
  marks.reserve(nls.size() / 4 + 8);
  {
    size_t ls = 0, li = 0;
    bool prev_blank = true;
    for (;;) {
      size_t le = li < nls.size() ? nls[li] : text.size();
      size_t lt = le;
      if (lt > ls && text[lt - 1] == '\r') --lt;
      if (auto m = own_line_heading(text, ls, lt, prev_blank)) {
        m->cs = le;
        marks.push_back(std::move(*m));
      } else {
        inline_marks(text, ls, lt, marks);
      }
      prev_blank = trim_fast(text.substr(ls, lt - ls)).empty();
      if (li >= nls.size()) break;
      ls = le + 1;
      ++li;
    }
  }

  K cur = K::None;
  for (auto& m : marks) {
    if (m.in_item) m.breaking = false;
    else if (is_req_field(m.kind) && !m.own_line && m.line_start && (cur == K::Req || cur == K::Nice))
      m.breaking = false;
    else
      m.breaking = true;
    if (m.breaking) cur = block_kind(m.kind);
  }

  // ---- field values ------------------------------------------------------------------------
  struct Field {
    K kind;
    size_t b, e;
    std::string label;
    bool next_line;  // the value sits on the line after an own-line label
  };
  std::vector<Field> fields;
  fields.reserve(marks.size());
  constexpr size_t kMaxFieldsPerKind = 32;
  size_t per_kind[32] = {};
  for (size_t i = 0; i < marks.size(); ++i) {
    Mark& m = marks[i];
    size_t limit = i + 1 < marks.size() ? marks[i + 1].hs : text.size();
    if (limit < m.cs) limit = m.cs;
    size_t vb = m.cs, ve = std::min(line_end(vb), limit);
    if (ve < vb) ve = vb;
    bool next_line = false;
    if (trim_fast(text.substr(vb, ve - vb)).empty()) {
      // An own-line label: its value is on the next non-empty line.
      size_t k = ve;
      int lines = 0;
      while (k < limit && lines < 4) {
        if (at(text, k) == '\n') ++k;
        size_t e2 = std::min(line_end(k), limit);
        if (!trim_fast(text.substr(k, e2 - k)).empty()) {
          vb = k;
          ve = e2;
          next_line = true;
          break;
        }
        if (e2 <= k) break;
        k = e2;
        ++lines;
      }
    }
    m.ve = ve;
    // At most kMaxFieldsPerKind values of a kind are kept: a JD has a handful, and the bound keeps
    // hostile input (thousands of "Location:" labels) linear.
    if (!is_section(m.kind) && per_kind[static_cast<size_t>(m.kind)]++ < kMaxFieldsPerKind)
      fields.push_back({m.kind, vb, ve, m.heading, next_line});
  }
  auto value_of = [&](const Field& f) { return text.substr(f.b, f.e - f.b); };

  // ---- segments ----------------------------------------------------------------------------
  struct Segment {
    K kind;
    std::string heading;
    bool present;
    size_t b, e;
  };
  std::vector<Segment> segs;
  std::vector<size_t> brk;
  segs.reserve(2 * marks.size() + 2);
  brk.reserve(marks.size());
  for (size_t i = 0; i < marks.size(); ++i)
    if (marks[i].breaking) brk.push_back(i);
  size_t first = brk.empty() ? text.size() : marks[brk.front()].hs;
  if (first > 0) segs.push_back({K::None, "", false, 0, first});
  for (size_t j = 0; j < brk.size(); ++j) {
    const Mark& m = marks[brk[j]];
    size_t next = j + 1 < brk.size() ? marks[brk[j + 1]].hs : text.size();
    if (next < m.cs) next = m.cs;
    K bk = block_kind(m.kind);
    if (bk != K::None) {
      size_t cut = bk == K::General ? next : section_content_end(text, low, m.cs, next);
      segs.push_back({bk, m.heading, true, m.cs, cut});
      if (cut < next) segs.push_back({K::None, "", false, cut, next});
    } else if (m.ve < next) {
      segs.push_back({K::None, "", false, m.ve, next});
    }
  }

  // ---- blocks ------------------------------------------------------------------------------
  std::vector<size_t> general;
  for (size_t si = 0; si < segs.size(); ++si) {
    const Segment& s = segs[si];
    if (s.kind == K::None || s.kind == K::General) {
      general.push_back(si);
      continue;
    }
    if (s.kind == K::About && out.about_company) continue;
    auto items = extract_items(text, s.b, s.e);
    if (items.empty()) continue;
    TextBlock tb = make_block(text, items, s.heading, s.present, s.kind != K::About);
    switch (s.kind) {
      case K::Resp: out.roles_and_responsibilities.push_back(std::move(tb)); break;
      case K::Req: out.requirements.push_back(std::move(tb)); break;
      case K::Nice: out.nice_to_have.push_back(std::move(tb)); break;
      case K::Benefits: out.benefits.push_back(std::move(tb)); break;
      case K::About: out.about_company = std::move(tb); break;
      default: break;
    }
  }
  if (out.roles_and_responsibilities.empty()) {
    std::vector<Item> duties;
    duties.reserve(32);
    const DutyHints hints(doc);
    for (size_t si : general) {
      for (const auto& it : extract_items(text, segs[si].b, segs[si].e)) {
        std::string_view sentence = text.substr(it.cs, it.ce - it.cs);
        if (looks_like_duty(sentence, low.substr(it.cs, it.ce - it.cs), &hints)) duties.push_back(it);
        if (duties.size() >= 10000) break;
      }
    }
    if (!duties.empty()) out.roles_and_responsibilities.push_back(make_block(text, duties, "", false, true));
  }

  // ---- company -------------------------------------------------------------------------------
  for (const auto& f : fields) {
    if (f.kind != K::FCompany) continue;
    std::string v = clean_company(value_of(f));
    if (!v.empty() && text::word_count(v) <= 8) {
      out.company_name = v;
      break;
    }
  }
  std::optional<std::string> caps_about;  // "ABOUT HIGHLAND OUTDOOR CO.": a last resort
  if (!out.company_name) {
    for (const auto& m : marks) {
      if (m.kind != K::About || !istarts_with(m.heading, 0, "about ")) continue;
      std::string rest(trim_punct(std::string_view(m.heading).substr(6)));
      if (!rest.empty() && is_upper(at(rest, 0)) && !generic_org_phrase(rest) && text::word_count(rest) <= 5) {
        if (std::none_of(rest.begin(), rest.end(), [](char c) { return is_lower(static_cast<unsigned char>(c)); })) {
          if (!caps_about) caps_about = rest;
          continue;
        }
        out.company_name = rest;
        break;
      }
    }
  }
  // The first non-empty line and its title, shared by the header and the role below.
  FirstLineTitle first_title;
  {
    size_t b = 0;
    while (b < text.size()) {
      size_t e = line_end(b);
      std::string_view l = trim_fast(text.substr(b, e - b));
      if (!l.empty()) {
        first_title.line = l;
        first_title.title = title_from_line(text.substr(b, e - b));
        break;
      }
      b = e + 1;
    }
  }
  std::vector<JobLocation> header_locations;
  {
    auto c = company_from_header(text, header_locations, &first_title);
    if (!out.company_name && c) out.company_name = *c;
  }
  if (!out.company_name && out.about_company)
    for (size_t k = 0; k < out.about_company->items.size() && k < 2 && !out.company_name; ++k)
      if (auto c = company_from_self_description(out.about_company->items[k])) out.company_name = *c;
  if (!out.company_name)
    if (auto c = company_from_prose(doc)) out.company_name = *c;
  if (!out.company_name) {
    std::string_view head = utf8_prefix(text, 2048);
    auto sentences = split_sentences_fast(head);
    for (size_t k = 0; k < sentences.size() && k < 6 && !out.company_name; ++k)
      if (auto c = company_from_self_description(head.substr(sentences[k].start, sentences[k].end - sentences[k].start)))
        out.company_name = *c;
  }

  if (!out.company_name && caps_about) out.company_name = caps_about;

  // ---- urls and e-mails -----------------------------------------------------------------------
  find_urls_and_emails(text, out.urls, out.emails, &words);
  for (const auto& f : fields) {
    if (f.kind != K::FWebsite) continue;
    std::string_view v = value_of(f);
    std::string lab = text::lower(f.label);
    std::string type = lab.find("linkedin") != npos ? "linkedin"
                       : lab.find("apply") != npos  ? "apply"
                       : lab.find("career") != npos ? "careers"
                                                    : "website";
    bool found = false;
    for (auto& u : out.urls)
      if (v.find(u.url) != npos) {
        found = true;
        if (u.type == "other") u.type = type;
      }
    std::string cv = clean_value(v, 200);
    if (!found && !cv.empty() && cv.find(' ') == npos && cv.find('.') != npos && cv.find('@') == npos &&
        cv.size() < 200 && is_ascii_alnum(at(cv, 0)))
      out.urls.push_back({type, cv});
  }

  // ---- ctc -------------------------------------------------------------------------------------
  std::optional<Ctc> qualitative;
  for (const auto& f : fields) {
    if (f.kind != K::FCtc) continue;
    std::string_view v = first_clause(value_of(f));
    if (auto c = parse_money(v, true, low.substr(static_cast<size_t>(v.data() - text.data()), v.size()))) {
      c->raw = clean_value(v, 200);
      out.ctc = c;
      break;
    }
    std::string cv = clean_value(v, 200);
    if (!cv.empty() && !qualitative) {
      Ctc c;
      c.raw = cv;
      qualitative = c;
    }
  }
  if (!out.ctc) {
    auto prose = find_ctc_in_prose(doc);
    if (prose && (prose->min || prose->max || !qualitative)) out.ctc = prose;
    else if (qualitative) out.ctc = qualitative;
  }

  // ---- experience --------------------------------------------------------------------------------
  for (const auto& f : fields) {
    if (f.kind != K::FExperience) continue;
    if (auto e = parse_experience_value(value_of(f))) {
      out.experience = e;
      break;
    }
  }
  if (!out.experience) out.experience = find_experience_in_prose(doc);

  // ---- education and certifications --------------------------------------------------------------
  out.education = find_education(doc);
  out.certifications = find_certifications(doc);
  auto add_field_values = [&](K kind, std::vector<std::string>& list) {
    for (const auto& f : fields) {
      if (f.kind != kind) continue;
      std::string v = clean_value(value_of(f), 160);
      if (v.empty() || text::word_count(v) > 12) continue;
      std::string lv = text::lower(v);
      bool covered = false;
      for (const auto& e : list) {
        std::string le = text::lower(e);
        if (lv.find(le) != npos || le.find(lv) != npos) covered = true;
      }
      if (!covered) list.push_back(v);
    }
  };
  add_field_values(K::FEducation, out.education);
  add_field_values(K::FCert, out.certifications);

  // ---- locations -------------------------------------------------------------------------------
  for (const auto& f : fields) {
    if (f.kind != K::FLocation) continue;
    for (auto& l : parse_location_value(value_of(f))) {
      bool dup = false;
      for (const auto& x : out.job_locations)
        if (text::lower(x.location) == text::lower(l.location) && x.work_mode == l.work_mode) dup = true;
      if (!dup) out.job_locations.push_back(std::move(l));
    }
  }
  for (auto& l : header_locations) {
    bool dup = false;
    for (auto& x : out.job_locations) {
      if (text::lower(x.location) == text::lower(l.location) || (l.location.empty() && x.work_mode == l.work_mode)) {
        if (x.work_mode.empty()) x.work_mode = l.work_mode;
        dup = true;
      }
    }
    if (!dup) out.job_locations.push_back(std::move(l));
  }
  find_locations_in_prose(doc, out.job_locations);

  // ---- domain ----------------------------------------------------------------------------------
  detect_domains(doc, out);

  // ---- role --------------------------------------------------------------------------------------
  std::vector<std::string> titles;
  for (const auto& f : fields)
    if (f.kind == K::FTitle)
      if (auto t = title_from_field(value_of(f)); t && (!f.next_line || has_role_noun(*t))) titles.push_back(*t);
  if (first_title.title) titles.push_back(*first_title.title);
  for (auto& t : hiring_phrase_titles(doc)) titles.push_back(std::move(t));
  std::unordered_set<std::string> seen;
  std::string role_head;  // the role's key up to its first qualifier: "junior frontend developer (remote)"
  for (auto& t : titles) {
    std::string key = title_key(t);
    if (key.empty() || !seen.insert(key).second) continue;
    if (out.role.empty()) {
      out.role = t;
      std::string head = text::lower(t);
      for (std::string_view sep : {" (", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ", ", " | ", " / "}) {
        size_t p = head.find(sep);
        if (p != npos) head.resize(p);
      }
      role_head = title_key(head);
      continue;
    }
    if (key == role_head) continue;  // the same title without its qualifier
    out.role_aliases.push_back(t);
  }
  out.role_archetype = role_archetype(!out.role.empty() ? out.role
                                      : out.role_aliases.empty() ? std::string()
                                                                 : out.role_aliases.front());
  return out;
}

// ============================================================================================
// Marker resolution
// ============================================================================================

struct RTok {
  size_t b, e;
};

std::vector<RTok> marker_tokens(std::string_view s) {
  std::vector<RTok> out;
  size_t i = 0;
  auto word_cp = [&](size_t k, size_t& len) {
    unsigned char c = at(s, k);
    if (c < 0x80) {
      len = 1;
      return is_ascii_alnum(c);
    }
    if (size_t p = punct_cp_len(s, k)) {
      len = p;
      return false;
    }
    if ((c & 0xC0) == 0x80 || c >= 0xF8) {
      len = 1;
      return false;
    }
    len = cp_len(s, k);
    return true;
  };
  while (i < s.size()) {
    size_t len;
    if (!word_cp(i, len)) {
      i += len;
      continue;
    }
    size_t b = i;
    while (i < s.size() && word_cp(i, len)) i += len;
    out.push_back({b, i});
  }
  return out;
}

bool tok_eq(std::string_view a, const RTok& x, std::string_view b, const RTok& y) {
  if (x.e - x.b != y.e - y.b) return false;
  for (size_t k = 0; k < x.e - x.b; ++k) {
    unsigned char c = at(a, x.b + k), d = at(b, y.b + k);
    if (is_upper(c)) c = static_cast<unsigned char>(c - 'A' + 'a');
    if (is_upper(d)) d = static_cast<unsigned char>(d - 'A' + 'a');
    if (c != d) return false;
  }
  return true;
}

// KMP search of the token sequence pat (of p) in toks (of s) from index `from`.
std::optional<size_t> find_tokens(std::string_view s, const std::vector<RTok>& toks, std::string_view p,
                                  const std::vector<RTok>& pat, size_t from) {
  size_t m = pat.size();
  if (m == 0 || toks.size() < m) return std::nullopt;
  std::vector<size_t> fail(m, 0);
  for (size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && !tok_eq(p, pat[i], p, pat[k])) k = fail[k - 1];
    if (tok_eq(p, pat[i], p, pat[k])) ++k;
    fail[i] = k;
  }
  for (size_t i = from, k = 0; i < toks.size(); ++i) {
    while (k > 0 && !tok_eq(s, toks[i], p, pat[k])) k = fail[k - 1];
    if (tok_eq(s, toks[i], p, pat[k])) ++k;
    if (k == m) return i + 1 - m;
  }
  return std::nullopt;
}

}  // namespace

namespace parse_detail {
std::atomic<bool> g_fail_for_testing{false};
}  // namespace parse_detail

namespace {

void remap_block(const Normalized& n, TextBlock& b) {
  auto [ob, oe] = n.to_original(b.source_marker.byte_start, b.source_marker.byte_end);
  b.source_marker.byte_start = ob;
  b.source_marker.byte_end = oe;
}

// Parses HTML or entity-laden input through its plain form; offsets are mapped back to the
// original and link targets of <a href> join the urls and e-mails.
ParsedJD parse_markup(std::string_view text, const ParseOptions& options) {
  Normalized n = normalize_markup(text);
  ParseOptions o = options;
  o.max_input_bytes = std::max(options.max_input_bytes, n.text.size());
  ParsedJD out = parse_impl(n.text, o);
  if (out.jd_type != "pass") return out;
  for (auto* v : {&out.roles_and_responsibilities, &out.requirements, &out.nice_to_have, &out.benefits})
    for (auto& b : *v) remap_block(n, b);
  if (out.about_company) remap_block(n, *out.about_company);
  if (!n.hrefs.empty()) {
    std::string links;
    for (const auto& h : n.hrefs) {
      links += istarts_with(h, 0, "mailto:") ? std::string_view(h).substr(7) : std::string_view(h);
      links += '\n';
    }
    std::vector<UrlRef> urls;
    std::vector<std::string> emails;
    find_urls_and_emails(links, urls, emails);
    for (auto& u : urls) {
      bool dup = false;
      for (const auto& x : out.urls) dup |= text::lower(x.url) == text::lower(u.url);
      if (!dup) out.urls.push_back(std::move(u));
    }
    for (auto& e : emails) {
      bool dup = false;
      for (const auto& x : out.emails) dup |= text::lower(x) == text::lower(e);
      if (!dup) out.emails.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace

ParsedJD parse_jd(std::string_view text, const ParseOptions& options) {
  try {
    if (text.size() > options.max_input_bytes) return reject("too_long");
    if (parse_detail::g_fail_for_testing.load(std::memory_order_relaxed)) throw std::runtime_error("injected failure");
    if (text.size() < 0xFFFFFFF0u && needs_normalizing(text)) {
      // The markup path parses a cleaned copy, but later stages quote the original: it must be
      // valid UTF-8 too (found by fuzz_capi_run: bytes 0xFF inside an HTML tag reached the JSON).
      if (!text::is_valid_utf8(text)) return reject("invalid_utf8");
      return parse_markup(text, options);
    }
    return parse_impl(text, options);
  } catch (...) {
    return reject("internal_error");
  }
}

namespace {

std::optional<std::pair<size_t, size_t>> resolve_plain(std::string_view original, std::string_view first_words,
                                                       std::string_view last_words) {
  {
    auto ft = marker_tokens(first_words);
    auto lt = marker_tokens(last_words);
    if (ft.empty() || lt.empty()) return std::nullopt;
    auto ot = marker_tokens(original);
    auto fi = find_tokens(original, ot, first_words, ft, 0);
    if (!fi) return std::nullopt;
    auto li = find_tokens(original, ot, last_words, lt, *fi);
    if (!li) return std::nullopt;
    size_t start = ot[*fi].b;
    size_t end = ot[*li + lt.size() - 1].e;
    if (end < start) return std::nullopt;
    // Symbols the marker starts with ("• ", "– ", "€"), as they stand right before the first word
    // in the original (blanks aside).
    bool prefix_matched = false;
    {
      std::string_view pre = first_words.substr(0, ft.front().b);
      size_t k = start, p = pre.size();
      bool any = false;
      while (p > 0) {
        if (is_blank(at(pre, p - 1)) || at(pre, p - 1) == '\n' || at(pre, p - 1) == '\r') {
          --p;
          continue;
        }
        while (k > 0 && (is_blank(at(original, k - 1)) || at(original, k - 1) == '\n' || at(original, k - 1) == '\r') &&
               start - k < 16)
          --k;
        if (k == 0 || original[k - 1] != pre[p - 1]) break;
        --k;
        --p;
        any = true;
      }
      if (p == 0 && any) {
        start = k;
        prefix_matched = true;
      }
    }
    // A bullet glyph the marker starts with, right before the first word in the original.
    std::string_view fw = trim_fast(first_words);
    if (!prefix_matched && !fw.empty() && (bullet_glyph_len(fw, 0) || fw.front() == '-' || fw.front() == '*')) {
      size_t k = start;
      while (k > 0 && is_blank(at(original, k - 1))) --k;
      if (k >= 3 && bullet_glyph_len(original, k - 3) == 3) start = k - 3;
      else if (k >= 2 && bullet_glyph_len(original, k - 2) == 2) start = k - 2;
      else if (k >= 1 && (at(original, k - 1) == '-' || at(original, k - 1) == '*')) start = k - 1;
    }
    // Closing punctuation the marker ends with ("service.", "(one week in six)").
    std::string_view lw = trim_fast(last_words);
    bool suffix_matched = false;
    {
      std::string_view post = last_words.substr(lt.back().e);
      size_t k = end, p = 0, e2 = end;
      bool any = false;
      while (p < post.size()) {
        if (is_blank(at(post, p)) || at(post, p) == '\n' || at(post, p) == '\r') {
          ++p;
          continue;
        }
        while (k < original.size() && is_blank(at(original, k)) && k - end < 16) ++k;
        if (k >= original.size() || original[k] != post[p]) break;
        ++k;
        ++p;
        e2 = k;
        any = true;
      }
      if (p == post.size() && any) {
        end = e2;
        suffix_matched = true;
      }
    }
    if (!suffix_matched && !lw.empty() && !is_ascii_alnum(static_cast<unsigned char>(lw.back()))) {
      for (int n = 0; n < 3 && end < original.size(); ++n) {
        unsigned char c = at(original, end);
        if (c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || c == '"' || c == '\'' || c == ';' ||
            c == ',' || c == ':')
          ++end;
        else
          break;
      }
    }
    return std::make_pair(start, end);
  }
}

}  // namespace

std::optional<std::pair<size_t, size_t>> resolve_marker(std::string_view original, std::string_view first_words,
                                                        std::string_view last_words) {
  try {
    if (original.size() < 0xFFFFFFF0u && needs_normalizing(original)) {
      // HTML, entities: resolved on the plain text the parser saw, mapped back to the original.
      Normalized n = normalize_markup(original);
      auto r = resolve_plain(n.text, first_words, last_words);
      if (!r) return std::nullopt;
      return n.to_original(r->first, r->second);
    }
    return resolve_plain(original, first_words, last_words);
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace jdpipe
