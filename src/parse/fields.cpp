// Field extractors of the deterministic JD parser: salary, experience, education,
// certifications, URLs and e-mails, locations and domain. Hand-written scanners, linear in the
// input: every candidate position does a bounded amount of work.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>

#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::parse_detail {

namespace {

constexpr size_t npos = std::string_view::npos;

size_t skip_blanks(std::string_view s, size_t i) {
  while (i < s.size() && is_blank(at(s, i))) ++i;
  return i;
}

bool boundary_before(std::string_view s, size_t i) { return i == 0 || !is_ascii_alnum(at(s, i - 1)); }
bool boundary_after(std::string_view s, size_t i) { return i >= s.size() || !is_ascii_alnum(at(s, i)); }

bool is_en_or_em_dash(std::string_view s, size_t i) {
  return at(s, i) == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0x93 || at(s, i + 2) == 0x94);
}

std::string lower_copy(std::string_view s) { return text::lower(s); }

void push_unique_ci(std::vector<std::string>& out, std::unordered_set<std::string>& seen, std::string v) {
  if (v.empty()) return;
  std::string key = title_key(v);
  if (seen.insert(key).second) out.push_back(std::move(v));
}

// ============================================================================================
// Money
// ============================================================================================

struct CurSym {
  std::string_view sym;
  const char* code;
  bool alpha;
};
constexpr CurSym kCurrencyPrefixes[] = {
    {"CA$", "CAD", false}, {"US$", "USD", false}, {"A$", "AUD", false}, {"C$", "CAD", false},
    {"S$", "SGD", false},  {"$", "USD", false},   {"\xE2\x82\xAC", "EUR", false},
    {"\xC2\xA3", "GBP", false}, {"\xE2\x82\xB9", "INR", false}, {"rs.", "INR", true},
    {"rs", "INR", true},   {"inr", "INR", true},  {"usd", "USD", true}, {"eur", "EUR", true},
    {"gbp", "GBP", true},  {"aud", "AUD", true},  {"cad", "CAD", true}, {"sgd", "SGD", true}};

// A currency sign or code that ends right before i (one blank allowed between).
const char* currency_before(std::string_view s, size_t i, size_t& start) {
  start = i;
  for (int pass = 0; pass < 2; ++pass) {
    size_t j = i;
    if (pass == 1) {
      if (j == 0 || !is_blank(at(s, j - 1))) break;
      --j;
    }
    for (const auto& c : kCurrencyPrefixes) {
      if (j < c.sym.size()) continue;
      size_t b = j - c.sym.size();
      bool match = c.alpha ? istarts_with(s, b, c.sym) : s.substr(b, c.sym.size()) == c.sym;
      if (!match) continue;
      if (c.alpha && b > 0 && is_alpha(at(s, b - 1))) continue;
      start = b;
      return c.code;
    }
  }
  return nullptr;
}

// A currency code or sign right after i (one blank allowed).
const char* currency_after(std::string_view s, size_t i, size_t& end) {
  size_t j = skip_blanks(s, i);
  if (j > i + 1) return nullptr;
  static constexpr CurSym kAfter[] = {{"usd", "USD", true}, {"inr", "INR", true}, {"eur", "EUR", true},
                                      {"gbp", "GBP", true}, {"aud", "AUD", true}, {"cad", "CAD", true},
                                      {"sgd", "SGD", true}, {"\xE2\x82\xAC", "EUR", false},
                                      {"\xC2\xA3", "GBP", false}, {"\xE2\x82\xB9", "INR", false}};
  for (const auto& c : kAfter) {
    bool match = c.alpha ? istarts_with(s, j, c.sym) : sub(s, j, c.sym.size()) == c.sym;
    if (!match) continue;
    if (c.alpha && !boundary_after(s, j + c.sym.size())) continue;
    end = j + c.sym.size();
    return c.code;
  }
  return nullptr;
}

struct Amount {
  bool indian_grouping = false;  // "12,00,000"
  double value = 0;      // as written, k/m applied; lakh/crore kept as the unit
  double unit_mult = 1;  // 1e5 for lakh, 1e7 for crore
  bool lakh_or_crore = false;
  bool scaled = false;   // k / m / lakh / crore seen
  bool lpa = false;
  size_t b = 0, e = 0;
  std::string currency;
};

// Digits with thousands separators (western or Indian) and one decimal point.
size_t parse_number(std::string_view s, size_t i, double& v, bool* indian = nullptr) {
  std::string digits;
  size_t k = i;
  bool dot = false;
  size_t last_comma = npos;
  bool two_digit_group = false;
  while (k < s.size() && k - i < 24) {
    unsigned char c = at(s, k);
    if (is_digit(c)) {
      digits.push_back(static_cast<char>(c));
      ++k;
    } else if (c == ',' && !digits.empty() && !dot && is_digit(at(s, k + 1)) && is_digit(at(s, k + 2))) {
      if (last_comma != npos && k - last_comma == 3) two_digit_group = true;
      last_comma = k;
      ++k;
    } else if (c == '.' && !dot && is_digit(at(s, k + 1))) {
      dot = true;
      digits.push_back('.');
      ++k;
    } else {
      break;
    }
  }
  if (digits.empty()) return npos;
  if (indian) *indian = two_digit_group;
  v = std::strtod(digits.c_str(), nullptr);
  if (!std::isfinite(v)) return npos;
  return k;
}

size_t parse_unit(std::string_view s, size_t i, Amount& a) {
  size_t j = skip_blanks(s, i);
  if (j > i + 1) return i;
  struct U {
    std::string_view w;
    double mult;
    bool lakh;
    bool lpa;
  };
  static constexpr U kUnits[] = {{"lpa", 1e5, true, true},  {"lakhs", 1e5, true, false}, {"lakh", 1e5, true, false},
                                 {"lacs", 1e5, true, false}, {"lac", 1e5, true, false},   {"crores", 1e7, true, false},
                                 {"crore", 1e7, true, false}, {"cr", 1e7, true, false},   {"k", 1e3, false, false},
                                 {"million", 1e6, false, false}, {"mn", 1e6, false, false}};
  for (const auto& u : kUnits) {
    if (!istarts_with(s, j, u.w) || !boundary_after(s, j + u.w.size())) continue;
    if (u.w == "k" && j != i) {
      // "50 k" is rare; only accept "50k" or "50 K".
      if (at(s, j) != 'K') continue;
    }
    a.scaled = true;
    if (u.lakh) {
      a.unit_mult = u.mult;
      a.lakh_or_crore = true;
    } else {
      a.value *= u.mult;
    }
    a.lpa = u.lpa;
    return j + u.w.size();
  }
  // "30L" / "30 L" (lakh), "1.2M" (million): upper case single letters only.
  if (at(s, j) == 'L' && boundary_after(s, j + 1)) {
    a.scaled = true;
    a.unit_mult = 1e5;
    a.lakh_or_crore = true;
    return j + 1;
  }
  if (at(s, j) == 'M' && j == i && boundary_after(s, j + 1)) {
    a.scaled = true;
    a.value *= 1e6;
    return j + 1;
  }
  return i;
}

bool followed_by_non_money_unit(std::string_view s, size_t i) {
  size_t j = skip_blanks(s, i);
  if (at(s, j) == '%') return true;
  static constexpr std::string_view kTime[] = {"years", "year", "yrs", "yr", "months", "month", "weeks", "days",
                                               "hours", "employees", "people", "countries", "users", "members",
                                               "positions", "openings", "x", "+ years"};
  for (auto w : kTime)
    if (istarts_with(s, j, w) && boundary_after(s, j + w.size())) return true;
  return false;
}

std::optional<Amount> parse_amount(std::string_view s, size_t i) {
  if (!is_digit(at(s, i))) return std::nullopt;
  if (i > 0) {
    unsigned char p = at(s, i - 1);
    if (is_ascii_alnum(p) || p == '.' || p == ',') return std::nullopt;
  }
  Amount a;
  size_t start;
  const char* cur = currency_before(s, i, start);
  a.b = start;
  size_t k = parse_number(s, i, a.value, &a.indian_grouping);
  if (k == npos) return std::nullopt;
  if (followed_by_non_money_unit(s, k)) return std::nullopt;
  k = parse_unit(s, k, a);
  if (!cur) {
    size_t e;
    if (const char* c2 = currency_after(s, k, e)) {
      cur = c2;
      k = e;
    }
  }
  if (cur) a.currency = cur;
  a.e = k;
  return a;
}

struct PeriodPat {
  std::string_view p;
  const char* period;
};
constexpr PeriodPat kPeriods[] = {
    {"per hour", "hourly"},   {"/ hour", "hourly"},    {"/hour", "hourly"},     {"/hr", "hourly"},
    {"/ hr", "hourly"},       {"an hour", "hourly"},   {"per hr", "hourly"},    {"hourly", "hourly"},
    {"p/h", "hourly"},        {"/h", "hourly"},        {"ph", "hourly"},        {"per month", "monthly"},
    {"/ month", "monthly"},   {"/month", "monthly"},   {"/mo", "monthly"},      {"a month", "monthly"},
    {"monthly", "monthly"},   {"per mensem", "monthly"}, {"p.m.", "monthly"},   {"pm", "monthly"},
    {"per annum", "annual"},  {"/annum", "annual"},    {"p.a.", "annual"},      {"p.a", "annual"},
    {"pa", "annual"},         {"/ year", "annual"},    {"/year", "annual"},     {"/yr", "annual"},
    {"per year", "annual"},   {"a year", "annual"},    {"annually", "annual"},  {"per yr", "annual"},
    {"yearly", "annual"},     {"annual", "annual"},    {"per day", "daily"},    {"/day", "daily"},
    {"a day", "daily"},       {"daily", "daily"},      {"per week", "weekly"},  {"/week", "weekly"},
    {"a week", "weekly"},     {"weekly", "weekly"}};

const char* period_after(std::string_view s, size_t i, size_t& end) {
  size_t j = skip_blanks(s, i);
  if (at(s, j) == '(') j = skip_blanks(s, j + 1);
  for (const auto& p : kPeriods) {
    if (!istarts_with(s, j, p.p)) continue;
    if (is_alpha(static_cast<unsigned char>(p.p.back())) && !boundary_after(s, j + p.p.size())) continue;
    end = j + p.p.size();
    if (at(s, end) == ')') ++end;
    return p.period;
  }
  return nullptr;
}

const char* period_anywhere(std::string_view low) {
  static constexpr PeriodPat kWords[] = {{"per hour", "hourly"}, {"hourly", "hourly"}, {"an hour", "hourly"},
                                         {"per month", "monthly"}, {"monthly", "monthly"}, {"a month", "monthly"},
                                         {"per annum", "annual"}, {"annual", "annual"}, {"annually", "annual"},
                                         {"per year", "annual"}, {"a year", "annual"}, {"yearly", "annual"},
                                         {"lpa", "annual"}, {"per day", "daily"}, {"daily", "daily"},
                                         {"per week", "weekly"}, {"weekly", "weekly"}};
  for (const auto& w : kWords)
    if (has_word(low, w.p)) return w.period;
  return nullptr;
}

bool ends_with_any(std::string_view low_prefix, std::initializer_list<std::string_view> words, size_t& qual_start) {
  std::string_view t = low_prefix;
  while (!t.empty() && (is_blank(static_cast<unsigned char>(t.back())) || t.back() == ':')) t.remove_suffix(1);
  for (auto w : words) {
    if (t.size() < w.size() || t.substr(t.size() - w.size()) != w) continue;
    size_t b = t.size() - w.size();
    if (b > 0 && is_ascii_alnum(at(t, b - 1))) continue;
    qual_start = b;
    return true;
  }
  return false;
}

double period_multiplier(const std::string& p) {
  if (p == "hourly") return 2080;
  if (p == "daily") return 260;
  if (p == "weekly") return 52;
  if (p == "monthly") return 12;
  return 1;
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

std::optional<Ctc> parse_money(std::string_view s, bool field_context, std::string_view low_s) {
  std::string own;
  if (low_s.size() != s.size()) {
    own = lower_copy(s);
    low_s = own;
  }
  std::string_view ls = low_s;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(at(s, i))) continue;
    auto a1 = parse_amount(s, i);
    if (!a1) {
      while (i + 1 < s.size() && is_digit(at(s, i + 1))) ++i;
      continue;
    }
    Amount first = *a1;
    std::optional<Amount> second;
    size_t end = first.e;
    // A range: "-", "–", "to", "~".
    size_t j = skip_blanks(s, first.e);
    size_t r = npos;
    if (at(s, j) == '-' || at(s, j) == '~') r = j + 1;
    else if (is_en_or_em_dash(s, j)) r = j + 3;
    else if (istarts_with(s, j, "to") && boundary_after(s, j + 2)) r = j + 2;
    if (r != npos) {
      r = skip_blanks(s, r);
      size_t d = r;
      while (d < s.size() && d - r < 5 && !is_digit(at(s, d))) ++d;
      if (is_digit(at(s, d))) {
        size_t st;
        currency_before(s, d, st);
        if (st == r || d == r) {
          if (auto a2 = parse_amount(s, d)) {
            second = a2;
            end = a2->e;
          }
        }
      }
    }
    if (second) {
      Amount& b = *second;
      if (!first.scaled && b.scaled) {
        if (b.lakh_or_crore) {
          first.unit_mult = b.unit_mult;
          first.lakh_or_crore = true;
        } else if (first.value < b.value / 100.0) {
          first.value *= b.value >= 1e6 && b.value / 1e6 >= first.value ? 1e6 : 1e3;  // "$120-150k"
        }
        first.scaled = true;
        first.lpa = b.lpa;
      }
      if (first.currency.empty()) first.currency = b.currency;
      if (b.currency.empty()) b.currency = first.currency;
      if (!b.scaled && first.lakh_or_crore) {
        b.unit_mult = first.unit_mult;
        b.lakh_or_crore = true;
      }
      if (first.lpa || b.lpa) first.lpa = b.lpa = true;
    }
    std::string currency = first.currency;
    if (currency.empty() && (first.lakh_or_crore || first.indian_grouping)) currency = "INR";
    if (!field_context && currency.empty()) continue;  // prose needs a currency
    Ctc c;
    if (!currency.empty()) c.currency = currency;
    size_t qual_start = 0;
    size_t raw_start = first.b;
    std::string_view before = std::string_view(ls).substr(0, first.b);
    bool max_only = false, min_only = false;
    if (!second && ends_with_any(before, {"up to", "upto", "maximum of", "maximum", "max.", "max", "not more than",
                                          "under", "below"}, qual_start)) {
      max_only = true;
      raw_start = qual_start;
    } else if (!second && ends_with_any(before, {"starting at", "starting from", "from", "minimum of", "minimum",
                                                 "min.", "min", "at least", "more than", "above"}, qual_start)) {
      min_only = true;
      raw_start = qual_start;
    }
    if (second) {
      c.min = round2(first.value);
      c.max = round2(second->value);
      if (*c.min > *c.max) std::swap(*c.min, *c.max);
    } else if (max_only) {
      c.max = round2(first.value);
    } else if (min_only) {
      c.min = round2(first.value);
    } else {
      c.min = c.max = round2(first.value);
    }
    size_t pend;
    if (first.lpa) c.period = "annual";
    if (const char* p = period_after(s, end, pend)) {
      if (!c.period) c.period = p;
      end = pend;
    }
    if (!c.period)
      if (const char* p = period_anywhere(ls)) c.period = p;
    double unit_mult = first.unit_mult;
    double scale_probe = first.value * unit_mult;
    if (!c.period) {
      if (first.lakh_or_crore) c.period = "annual";
      else if (currency == "INR" && scale_probe >= 100000) c.period = "annual";
      else if (!currency.empty() && currency != "INR" && scale_probe >= 20000) c.period = "annual";
    }
    if (c.period) {
      double pm = period_multiplier(*c.period);
      if (c.min) c.annual_min = round2(*c.min * unit_mult * pm);
      if (c.max) c.annual_max = round2(*c.max * (second ? second->unit_mult : unit_mult) * pm);
    }
    c.raw = text::squash_spaces(utf8_prefix(s.substr(raw_start, end - raw_start), 200));
    return c;
  }
  return std::nullopt;
}

std::optional<Ctc> find_ctc_in_prose(const Doc& doc) {
  std::string_view text = doc.text, low = doc.low;
  static constexpr std::string_view kVocab[] = {
      "salary", "salaries", "pay", "compensation", "ctc", "package", "stipend", "wage", "wages", "earn", "ote",
      "rate", "remuneration", "base", "per hour", "/hour", "/hr", "hourly", "per annum", "lpa", "per year",
      "a year", "per month", "monthly", "annually", "annual", "paid", "p.a", "lakh", "lakhs", "lacs",
      "crore", "an hour", "a month", "per week", "a week", "weekly", "per day", "a day", "gross", "/hr", "/h",
      "/month", "/year", "/yr", "ctc", "p.a.", "pa", "lpa", "per annum"};
  // The sentences with salary words, in text order: those with a digit are read for money.
  static const std::vector<Needle> kVocabNeedles = prepare_needles(kVocab, [](std::string_view v) { return v; });
  std::vector<size_t> hits;
  for (const auto& v : kVocabNeedles) doc.words.find_all(v, hits, 256);
  std::sort(hits.begin(), hits.end());
  size_t done = 0;  // sentences before this offset were read
  for (size_t pos : hits) {
    if (pos < done) continue;
    auto sp = sentence_at(text, pos);
    if (!sp || sp->end <= pos) continue;
    done = sp->end;
    std::string_view sent = text.substr(sp->start, sp->end - sp->start);
    bool digit = false;
    for (char c : sent)
      if (is_digit(static_cast<unsigned char>(c))) {
        digit = true;
        break;
      }
    if (!digit) continue;
    if (auto c = parse_money(sent, false, low.substr(sp->start, sp->end - sp->start))) return c;
  }
  static constexpr std::string_view kQualitative[] = {
      "competitive salary", "competitive compensation", "competitive pay", "competitive package",
      "competitive ctc", "competitive base salary", "competitive remuneration", "depending on experience",
      "commensurate with experience", "salary negotiable", "negotiable salary", "best in industry salary",
      "salary as per industry standards"};
  static const std::vector<Needle> kQualNeedles = prepare_needles(kQualitative, [](std::string_view v) { return v; });
  for (const auto& qn : kQualNeedles) {
    std::string_view q = qn.text;
    size_t pos = doc.words.find(qn);
    if (pos != npos) {
      Ctc c;
      c.raw = std::string(text.substr(pos, q.size()));
      return c;
    }
  }
  static const Needle kDoe = prepare_needle("doe");
  for (size_t pos = doc.words.find(kDoe); pos != npos; pos = doc.words.find(kDoe, pos + 1)) {
    if (text.substr(pos, 3) == "DOE") {
      Ctc c;
      c.raw = "DOE";
      return c;
    }
  }
  return std::nullopt;
}

// ============================================================================================
// Experience
// ============================================================================================

namespace {

struct WordNum {
  std::string_view w;
  int v;
};
constexpr WordNum kWordNums[] = {{"one", 1},     {"two", 2},      {"three", 3},     {"four", 4},
                                 {"five", 5},    {"six", 6},      {"seven", 7},     {"eight", 8},
                                 {"nine", 9},    {"ten", 10},     {"eleven", 11},   {"twelve", 12},
                                 {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20}};

// A small number (1-3 digits, optional decimals) or a number word at i of a lower-cased text.
size_t num_at(std::string_view low, size_t i, double& v) {
  if (is_digit(at(low, i))) {
    if (i > 0 && (is_ascii_alnum(at(low, i - 1)) || at(low, i - 1) == '.')) return npos;
    size_t k = i;
    while (k < low.size() && k - i < 3 && is_digit(at(low, k))) ++k;
    if (is_digit(at(low, k))) return npos;  // 2021 is a year, not an experience
    if (at(low, k) == '.' && is_digit(at(low, k + 1))) {
      k += 2;
      while (is_digit(at(low, k)) && k < low.size()) ++k;
    }
    v = std::strtod(std::string(low.substr(i, k - i)).c_str(), nullptr);
    return k;
  }
  if (!is_lower(at(low, i)) || (i > 0 && is_alpha(at(low, i - 1)))) return npos;
  for (const auto& w : kWordNums) {
    if (low.substr(i, std::min(w.w.size(), low.size() - i)) == w.w && !is_alpha(at(low, i + w.w.size()))) {
      v = w.v;
      return i + w.w.size();
    }
  }
  return npos;
}

struct YearsHit {
  size_t b = 0, e = 0;
  std::optional<double> mn, mx;
  bool plus = false;      // "3+ years"
  bool has_unit = false;  // years / months written
};

std::optional<YearsHit> years_expr_at(std::string_view low, size_t i, bool need_unit) {
  double v1 = 0;
  size_t k = num_at(low, i, v1);
  if (k == npos) return std::nullopt;
  size_t last = k;
  bool plus = false;
  std::optional<double> v2;
  size_t j = skip_blanks(low, k);
  if (at(low, j) == '+') {
    plus = true;
    last = j + 1;
    j = skip_blanks(low, j + 1);
  }
  if (!plus) {
    size_t r = npos;
    if (at(low, j) == '-' || at(low, j) == '~') r = j + 1;
    else if (is_en_or_em_dash(low, j)) r = j + 3;
    else if (istarts_with(low, j, "to") && boundary_after(low, j + 2)) r = j + 2;
    if (r != npos) {
      r = skip_blanks(low, r);
      double t = 0;
      size_t k2 = num_at(low, r, t);
      if (k2 != npos) {
        v2 = t;
        last = k2;
        j = skip_blanks(low, k2);
        if (at(low, j) == '+') {
          last = j + 1;
          j = skip_blanks(low, j + 1);
        }
      }
    }
  }
  static constexpr std::string_view kYears[] = {"years", "year", "yrs", "yr", "yoe", "y"};
  static constexpr std::string_view kMonths[] = {"months", "month", "mos"};
  size_t ue = npos;
  bool months = false;
  for (auto u : kYears)
    if (istarts_with(low, j, u) && !is_alpha(at(low, j + u.size()))) {
      ue = j + u.size();
      break;
    }
  if (ue == npos)
    for (auto u : kMonths)
      if (istarts_with(low, j, u) && !is_alpha(at(low, j + u.size()))) {
        ue = j + u.size();
        months = true;
        break;
      }
  if (ue != npos) {
    if (at(low, ue) == '\'') ++ue;  // years'
    else if (at(low, ue) == '+') {    // "5 years+"
      if (!v2) plus = true;
      ++ue;
    }
  }
  if (ue == npos) {
    if (need_unit) return std::nullopt;
    ue = last;
  }
  YearsHit h;
  h.b = i;
  h.e = ue;
  h.plus = plus;
  h.has_unit = ue != last;
  double div = months ? 12.0 : 1.0;
  h.mn = round2(v1 / div);
  if (v2) h.mx = round2(*v2 / div);
  if (h.mx && h.mn && *h.mn > *h.mx) std::swap(h.mn, h.mx);
  return h;
}

void apply_qualifier(std::string_view low, YearsHit& h) {
  size_t q = 0;
  std::string_view before = low.substr(0, h.b);
  if (h.mx) return;
  if (ends_with_any(before, {"up to", "upto", "maximum of", "maximum", "max.", "max", "less than", "not more than"},
                    q)) {
    h.mx = h.mn;
    h.mn.reset();
    h.b = q;
  } else if (ends_with_any(before, {"minimum of", "minimum", "min.", "min", "at least", "atleast", "more than",
                                    "over", "above"}, q)) {
    h.b = q;
  }
}

constexpr std::string_view kFresher[] = {"freshers", "fresher", "entry level", "entry-level",
                                                "no experience required", "no prior experience",
                                                "no experience necessary", "no experience needed",
                                                "no previous experience", "no experience is required",
                                                "no experience is needed", "no experience is necessary"};

template <class Finder>
std::optional<Experience> fresher(std::string_view text, std::string_view low, const Finder& find) {
  for (auto f : kFresher) {
    size_t pos = find(f);
    if (pos == npos) continue;
    std::string_view after = sub(low, pos + f.size(), 30);
    if (after.find(" not ") != npos || after.find("n't") != npos || after.find("n\xE2\x80\x99t") != npos ||
        after.find(" no ") != npos)
      continue;  // "Freshers need not apply"
    Experience e;
    e.min = 0;
    e.max = 0;
    e.raw = std::string(text.substr(pos, f.size()));
    return e;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Experience> parse_experience_value(std::string_view value) {
  std::string lv = lower_copy(value);
  std::string_view l = lv;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < l.size(); ++i) {
      unsigned char c = at(l, i);
      if (!is_digit(c) && !(is_lower(c) && (i == 0 || !is_alpha(at(l, i - 1))))) continue;
      auto h = years_expr_at(l, i, pass == 0);
      if (!h) continue;
      apply_qualifier(l, *h);
      Experience e;
      e.min = h->mn;
      e.max = h->mx;
      e.raw = clean_value(value, 200);
      return e;
    }
  }
  if (auto f = fresher(value, l, [&](std::string_view n) { return find_word(l, n); })) {
    f->raw = clean_value(value, 200);
    return f;
  }
  return std::nullopt;
}

std::optional<Experience> find_experience_in_prose(const Doc& doc) {
  std::string_view text = doc.text, low = doc.low;
  // Numbers start at words: digits, or number words ("five years").
  static const WordFilter kNumberWords = [] {
    WordFilter f;
    for (const auto& w : kWordNums) f.add(w.w, true);
    return f;
  }();
  size_t skip_to = 0;
  std::optional<Experience> found;
  doc.words.for_each(kNumberWords, true, [&](size_t i, uint32_t) -> bool {
    if (i < skip_to) return true;
    unsigned char c = at(low, i);
    bool cand = is_digit(c) || (is_lower(c) && (i == 0 || !is_alpha(at(low, i - 1))));
    if (!cand) return true;
    {
      // A years expression goes on after the number with "+", a range ("-", "~", "–", "to"), a
      // decimal point or its unit ("years", "months"): anything else is not one.
      size_t k = i;
      if (is_digit(c)) {
        while (k < low.size() && is_digit(at(low, k))) ++k;
      } else {
        while (k < low.size() && is_lower(at(low, k))) ++k;
      }
      unsigned char nx = at(low, skip_blanks(low, k));
      if (!(nx == '+' || nx == '-' || nx == '~' || nx == 0xE2 || nx == 't' || nx == 'y' || nx == 'm' ||
            (nx == '.' && k == skip_blanks(low, k))))
        return true;
    }
    auto hit = years_expr_at(low, i, true);
    if (!hit) return true;
    YearsHit h = *hit;
    size_t num_start = h.b;
    // An age, not experience: "at least 16 years old", "18 years or older", "18 years of age".
    {
      size_t a = skip_blanks(low, h.e);
      if (istarts_with(low, a, "old") || istarts_with(low, a, "of age") || istarts_with(low, a, "or older") ||
          istarts_with(low, a, "or over") || istarts_with(low, a, "and above") || istarts_with(low, a, "and over") ||
          istarts_with(low, a, "of age")) {
        skip_to = h.e > i ? h.e : i + 1;
        return true;
      }
    }
    apply_qualifier(low, h);
    bool strong_qualifier = false;
    {
      size_t q;
      std::string_view before = low.substr(0, num_start);
      strong_qualifier = ends_with_any(before, {"minimum of", "minimum", "min.", "at least", "atleast"}, q);
    }
    // "experience" within the next few words ("3+ years of professional experience").
    size_t end = h.e;
    bool ctx = false;
    size_t k = h.e;
    for (int words = 0; words < 6 && k < low.size(); ++words) {
      while (k < low.size() && !is_ascii_alnum(at(low, k))) {
        unsigned char d = at(low, k);
        if (d == '.' || d == ';' || d == '\n' || d == '!' || d == '?' || d == ':') break;
        ++k;
      }
      if (k >= low.size() || !is_ascii_alnum(at(low, k))) break;
      size_t ws = k;
      while (k < low.size() && is_ascii_alnum(at(low, k))) ++k;
      std::string_view w = low.substr(ws, k - ws);
      if (w == "experience" || w == "exp") {
        ctx = true;
        end = k;
        break;
      }
    }
    // ... or "experience" shortly before in the same sentence ("experience of 3 years").
    if (!ctx) {
      size_t from = h.b > 80 ? h.b - 80 : 0;
      std::string_view window = low.substr(from, h.b - from);
      size_t p = window.rfind("experience");
      while (p != npos) {
        size_t pe = p + 10;
        bool ok = (p == 0 || !is_alpha(at(window, p - 1))) && !is_alpha(at(window, pe));
        if (ok) {
          std::string_view between = window.substr(pe);
          bool sentence_break = between.find(". ") != npos || between.find('\n') != npos ||
                                between.find(';') != npos;
          ctx = !sentence_break;
          break;
        }
        if (p == 0) break;
        p = window.rfind("experience", p - 1);
      }
    }
    // A part of its own in a header line: "Android Developer – Hyderabad – 2 to 5 yrs – ₹10-18 LPA".
    if (!ctx && h.has_unit && (h.mx || h.plus)) {
      auto separator_before = [&](size_t k) {
        while (k > 0 && is_blank(at(low, k - 1))) --k;
        if (k == 0 || at(low, k - 1) == '\n' || at(low, k - 1) == '|') return true;
        return k >= 3 && at(low, k - 3) == 0xE2 && at(low, k - 2) == 0x80 &&
               (at(low, k - 1) == 0x93 || at(low, k - 1) == 0x94 || at(low, k - 1) == 0xA2);
      };
      auto separator_after = [&](size_t k) {
        k = skip_blanks(low, k);
        if (k >= low.size() || at(low, k) == '\n' || at(low, k) == '\r' || at(low, k) == '|') return true;
        return at(low, k) == 0xE2 && at(low, k + 1) == 0x80 &&
               (at(low, k + 2) == 0x93 || at(low, k + 2) == 0x94 || at(low, k + 2) == 0xA2);
      };
      if (separator_before(num_start) && separator_after(h.e)) ctx = true;
    }
    // "3+ years as a chef", "10 years in consumer marketing" at the start of an item.
    if (!ctx) {
      size_t a = skip_blanks(low, h.e);
      size_t we = a;
      while (we < low.size() && is_alpha(at(low, we))) ++we;
      std::string_view next = low.substr(a, we - a);
      size_t ls = num_start;
      while (ls > 0 && low[ls - 1] != '\n' && num_start - ls < 8) --ls;
      std::string_view before = trim_fast(low.substr(ls, num_start - ls));
      bool item_start = (ls == 0 || low[ls - 1] == '\n') && before.size() <= 4 &&
                        std::none_of(before.begin(), before.end(),
                                     [](char c) { return is_alpha(static_cast<unsigned char>(c)); });
      if (h.has_unit && (next == "as" || (h.plus && (next == "in" || next == "of" || next == "working" ||
                                                      next == "managing" || next == "leading")) ||
                         (item_start && (next == "in" || next == "of" || next == "working" || next == "managing" ||
                                         next == "leading" || next == "building" || next == "designing"))))
        ctx = true;
    }
    if (!ctx && !strong_qualifier) {
      skip_to = h.e > i ? h.e : i + 1;
      return true;
    }
    Experience e;
    e.min = h.mn;
    e.max = h.mx;
    e.raw = text::squash_spaces(utf8_prefix(text.substr(h.b, end - h.b), 200));
    found = e;
    return false;
  });
  if (found) return found;
  static const std::vector<Needle> kFresherNeedles =
      prepare_needles(kFresher, [](std::string_view v) { return v; });
  return fresher(text, low, [&](std::string_view n) {
    for (const auto& fn : kFresherNeedles)
      if (fn.text.data() == n.data()) return doc.words.find(fn);
    return doc.words.find(n);
  });
}

// ============================================================================================
// Education and certifications
// ============================================================================================

namespace {

struct Pat {
  std::string_view p;
  bool ci;
  bool ambiguous;
};

constexpr Pat kDegrees[] = {
    {"bachelor's degree", true, false}, {"bachelor\xE2\x80\x99s degree", true, false},
    {"bachelors degree", true, false}, {"bachelor degree", true, false}, {"bachelor of", true, false},
    {"bachelor's", true, false}, {"bachelor\xE2\x80\x99s", true, false}, {"bachelors", true, false},
    {"master's degree", true, false}, {"master\xE2\x80\x99s degree", true, false}, {"masters degree", true, false},
    {"master degree", true, false}, {"master of", true, false}, {"master's", true, false},
    {"master\xE2\x80\x99s", true, false}, {"associate's degree", true, false}, {"associate degree", true, false},
    {"doctorate", true, false}, {"ph.d.", true, false}, {"ph.d", true, false}, {"phd", true, false},
    {"high school diploma", true, false}, {"diploma in", true, false}, {"postgraduate degree", true, false},
    {"post-graduate degree", true, false}, {"graduate degree", true, false}, {"undergraduate degree", true, false},
    {"degree in", true, false}, {"MBA", false, false}, {"B.Tech", false, false}, {"BTech", false, false},
    {"B. Tech", false, false}, {"B.E.", false, false}, {"B.E", false, false}, {"M.Tech", false, false},
    {"MTech", false, false}, {"B.Sc.", false, false}, {"B.Sc", false, false}, {"BSc", false, false},
    {"M.Sc.", false, false}, {"M.Sc", false, false}, {"MSc", false, false}, {"B.S.", false, false},
    {"M.S.", false, false}, {"B.A.", false, false}, {"M.A.", false, false}, {"MCA", false, false},
    {"BCA", false, false}, {"B.Com", false, false}, {"BCom", false, false}, {"M.Com", false, false},
    {"BBA", false, false}, {"MBBS", false, false}, {"BDS", false, false}, {"B.Pharm", false, false},
    {"M.Pharm", false, false}, {"PharmD", false, false}, {"Pharm.D", false, false}, {"BSN", false, false},
    {"MSN", false, false}, {"LLB", false, false}, {"LL.B", false, false}, {"LLM", false, false},
    {"GNM", false, false}, {"ANM", false, false}, {"ITI", false, false}, {"B.Ed", false, false},
    {"M.Ed", false, false}, {"D.Ed", false, false}, {"BEd", false, false}, {"PGDM", false, false},
    {"PGDBA", false, false}, {"PGCE", false, false}, {"MPharm", false, false}, {"BPharm", false, false},
    {"MSW", false, false}, {"BSW", false, false}, {"GED", false, false}, {"MBBS", false, false},
    {"Diploma", false, true}, {"diploma", false, true},
    {"BS", false, true}, {"MS", false, true}, {"BE", false, true}, {"BA", false, true}, {"MA", false, true},
    {"ME", false, true}, {"MD", false, true}};

bool pat_at(std::string_view s, size_t i, const Pat& p) {
  // The second byte first: most candidates fail there.
  if (p.p.size() > 1) {
    unsigned char c = at(s, i + 1), w = static_cast<unsigned char>(p.p[1]);
    if (p.ci ? ((is_upper(c) ? static_cast<unsigned char>(c + 32) : c) != w) : c != w) return false;
  }
  if (p.ci) return istarts_with(s, i, p.p);
  return sub(s, i, p.p.size()) == p.p;
}

// Length of the degree pattern matched at i (word-bounded), else 0. ambiguous_ok lets "BS" / "MS"
// / "BE" match (the caller checks the context).
size_t degree_at(std::string_view s, size_t i, bool& ambiguous) {
  if (i > 0 && (is_ascii_alnum(at(s, i - 1)) || at(s, i - 1) == '.' || at(s, i - 1) == '\'')) return 0;
  unsigned char c = at(s, i);
  if (!is_alpha(c)) return 0;
  // Every pattern starts with one of these letters.
  unsigned char lc = is_upper(c) ? static_cast<unsigned char>(c - 'A' + 'a') : c;
  // The patterns that can match a byte, in list order: case-insensitive ones under both cases of
  // their first letter, case-sensitive ones under their own.
  struct ByFirst {
    uint8_t idx[256][48];
    uint8_t n[256] = {};
    ByFirst() {
      for (size_t k = 0; k < std::size(kDegrees); ++k) {
        unsigned char f = static_cast<unsigned char>(kDegrees[k].p[0]);
        if (kDegrees[k].ci) {
          unsigned char lo = is_upper(f) ? static_cast<unsigned char>(f + 32) : f;
          unsigned char up = static_cast<unsigned char>(lo - 32);
          idx[lo][n[lo]++] = static_cast<uint8_t>(k);
          idx[up][n[up]++] = static_cast<uint8_t>(k);
        } else {
          idx[f][n[f]++] = static_cast<uint8_t>(k);
        }
      }
    }
  };
  static const ByFirst kBy;
  for (uint8_t j = 0; j < kBy.n[c]; ++j) {
    const auto& p = kDegrees[kBy.idx[c][j]];
    if (p.ci ? (static_cast<unsigned char>(p.p[0]) != lc) : (static_cast<unsigned char>(p.p[0]) != c)) continue;
    if (!pat_at(s, i, p)) continue;
    size_t e = i + p.p.size();
    unsigned char last = static_cast<unsigned char>(p.p.back());
    if (is_ascii_alnum(last) && !boundary_after(s, e)) continue;
    if (last == ' ' && !is_alpha(at(s, e))) continue;
    ambiguous = p.ambiguous;
    return p.p.size();
  }
  return 0;
}

bool degree_start_at(std::string_view s, size_t i) {
  bool amb;
  return degree_at(s, i, amb) > 0;
}

// Appends up to max_words words after i, stopping at punctuation; returns the new end.
// Words that end a degree's subject: "in Dental Hygiene from an accredited program".
bool subject_stop(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "from", "with", "is", "are", "was", "required", "preferred", "will", "would", "plus", "who", "that", "which",
      "at", "by", "to", "as", "for", "desirable", "mandatory", "an", "advantage", "and/or", "along", "including",
      "holders", "candidates", "graduates", "freshers", "only", "must", "should", "can", "may", "also", "such",
      "e.g.", "i.e.", "like", "pass", "passed", "completed", "qualified", "minimum", "min", "where", "while"};
  std::string l = text::lower(w);
  while (!l.empty() && !is_ascii_alnum(static_cast<unsigned char>(l.back())) && l.back() != '.') l.pop_back();
  return k.count(l) > 0;
}

size_t take_words(std::string_view s, size_t i, int max_words, bool stop_at_lower = false, bool lists = false) {
  size_t end = i, k = i;
  for (int w = 0; w < max_words; ++w) {
    size_t j = skip_blanks(s, k);
    if (j >= s.size()) break;
    unsigned char c = at(s, j);
    if (!(is_ascii_alnum(c) || c >= 0x80 || c == '&')) break;
    if (stop_at_lower && is_lower(c)) break;
    size_t ws = j;
    while (j < s.size() && !space_byte(at(s, j))) ++j;
    std::string_view word = s.substr(ws, j - ws);
    if (lists && w > 0 && subject_stop(word)) break;
    // Trailing punctuation ends the phrase after this word.
    size_t we = j;
    while (we > ws && (at(s, we - 1) == ',' || at(s, we - 1) == '.' || at(s, we - 1) == ';' ||
                       at(s, we - 1) == ':' || at(s, we - 1) == ')' || at(s, we - 1) == '(' ||
                       at(s, we - 1) == '!' || at(s, we - 1) == '?'))
      --we;
    size_t inner = word.find_first_of(",;:()");
    if (inner != npos) we = std::min(we, ws + inner);
    if (we == ws) break;
    end = we;
    k = j;
    if (we != j) {
      // "in Finance, Accounting or Economics": a comma before a Capitalised word goes on.
      if (lists && at(s, we) == ',' && we + 1 == j && is_upper(at(s, skip_blanks(s, j)))) continue;
      break;
    }
  }
  return end;
}

}  // namespace

std::vector<std::string> find_education(const Doc& doc) {
  std::string_view text = doc.text;
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  size_t last_end = npos;
  // Only words that can start a degree are looked at.
  static const WordFilter kStarts = [] {
    WordFilter f;
    for (const auto& p : kDegrees) f.add(p.p, true);
    return f;
  }();
  size_t skip_to = 0;
  doc.words.for_each(kStarts, false, [&](size_t i, uint32_t) -> bool {
    if (i < skip_to) return true;
    bool ambiguous = false;
    size_t len = degree_at(text, i, ambiguous);
    if (!len) return true;
    size_t e = i + len;
    // "Master of Pharmacy (MPharm)": the acronym of the degree just found.
    if (last_end != npos && i > 0 && at(text, i - 1) == '(' && i - last_end <= 3 && at(text, e) == ')') return true;
    bool case_sensitive_pat = is_upper(at(text, i)) && len <= 8 && text.substr(i, len).find(' ') == npos;
    bool slash_before = i > 0 && at(text, i - 1) == '/';
    // "B.Tech/BE/MCA", "MBA / PGDM"
    bool chained = false;
    for (;;) {
      size_t k = skip_blanks(text, e);
      if (at(text, k) != '/' || k - e > 1) break;
      size_t k2 = skip_blanks(text, k + 1);
      if (k2 - (k + 1) > 1) break;
      bool amb2;
      size_t l2 = degree_at(text, k2, amb2);
      if (!l2) break;
      e = k2 + l2;
      chained = true;
    }
    size_t j = skip_blanks(text, e);
    if (ambiguous && !chained && !slash_before) {
      bool ctx = istarts_with(text, j, "in ") || istarts_with(text, j, "degree") || at(text, j) == '(' ||
                 istarts_with(text, j, "or ") || at(text, j) == '/';
      if (!ctx) return true;
    }
    std::string_view matched = text.substr(i, e - i);
    bool ends_in_prep = iends_with(matched, " of") || iends_with(matched, " in");
    if (!ends_in_prep) {
      if (istarts_with(text, j, "degree") && boundary_after(text, j + 6)) {
        e = j + 6;
        j = skip_blanks(text, e);
      }
      if ((istarts_with(text, j, "in ") || istarts_with(text, j, "of ")) && is_alpha(at(text, skip_blanks(text, j + 3)))) {
        e = take_words(text, j + 2, 10, false, true);
      } else if (case_sensitive_pat && j == e + 1 && is_upper(at(text, j))) {
        // "B.Sc Nursing", "B.A. English", "MBA HR": a Capitalised subject right after.
        size_t k = j;
        for (int n = 0; n < 2; ++n) {
          size_t ws = skip_blanks(text, k);
          if (!is_upper(at(text, ws))) break;
          size_t we = ws;
          while (we < text.size() && (is_alpha(at(text, we)) || at(text, we) == '&')) ++we;
          if (we == ws || subject_stop(text.substr(ws, we - ws)) || degree_start_at(text, ws)) break;
          static const std::unordered_set<std::string_view> kNotSubject = {"Or", "And", "With", "In", "From",
                                                                           "Any", "All", "The", "A", "An", "CA",
                                                                           "Degree", "Diploma", "Plus", "Is"};
          if (kNotSubject.count(text.substr(ws, we - ws))) break;
          e = we;
          k = we;
          if (!is_blank(at(text, we))) break;
        }
      }
    } else {
      e = take_words(text, e, 10, false, true);
    }
    last_end = e;
    if (e > i + 160) e = i + 160;
    std::string v = clean_value(text.substr(i, e - i), 160);
    push_unique_ci(out, seen, v);
    skip_to = e > i ? e : i + 1;
    return out.size() < 32;
  });
  return out;
}

std::vector<std::string> find_certifications(const Doc& doc) {
  std::string_view text = doc.text;
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  static constexpr std::string_view kAcronyms[] = {
      "PMP", "CPA", "CFA", "CISSP", "CISA", "CISM", "CCNA", "CCNP", "CCIE", "ACCA", "CMA", "PHR", "SPHR",
      "SHRM-CP", "SHRM-SCP", "ITIL", "PRINCE2", "CSM", "CSPO", "CKA", "CKAD", "CKS", "RHCE", "RHCSA", "OSCP",
      "CEH", "CCSP", "TOGAF", "FRM", "CIMA", "BLS", "ACLS", "PALS", "GIAC", "CAPM", "PSM", "SAFe", "CPR",
      "CTET", "QTS", "CDL", "CELTA", "TEFL", "TESOL", "ISTQB", "NEBOSH", "IOSH", "CSCS", "CCRN", "NCLEX-RN",
      "NCLEX", "PTCB", "CPhT", "RHIT", "CFP", "ChFC", "CPIM", "CSCP", "ServSafe", "AZ-900", "AZ-104", "AZ-204",
      "AZ-305", "AZ-400", "DP-900", "SC-900", "PL-300", "MCSE", "MCSA", "OCP", "SCJP", "CCDA", "JNCIA", "CWNA",
      "GPHR", "CIPD", "CIPS", "ICAEW", "CFE", "CGMA", "NISM", "NCFM"};
  static constexpr std::string_view kCertifiedPrefixes[] = {"AWS Certified", "Microsoft Certified",
                                                           "Google Cloud Certified", "Google Certified",
                                                           "Azure Certified", "Oracle Certified", "Salesforce Certified",
                                                           "Cisco Certified", "Certified"};
  static const std::unordered_set<std::string_view> kGeneric = {
      "relevant", "professional", "any", "industry", "valid", "required", "preferred", "technical", "a", "the",
      "other", "appropriate", "certification", "certifications", "related", "recognized", "recognised", "current",
      "necessary", "additional", "official", "and", "or", "with", "active", "state", "national"};
  // Only words that can start a certification are looked at.
  static const WordFilter kStarts = [] {
    WordFilter f;
    for (auto a : kAcronyms) f.add(a, true);
    for (auto p : kCertifiedPrefixes) f.add(p, true);
    for (std::string_view w : {"comptia", "lean", "six", "certification", "certifications", "certificate",
                               "certificates", "certified", "licence", "license", "licences", "licenses"})
      f.add(w, true);
    return f;
  }();
  size_t skip_to = 0;
  doc.words.for_each(kStarts, false, [&](size_t i, uint32_t) -> bool {
    if (i < skip_to) return true;
    unsigned char c = at(text, i);
    if (!is_alpha(c)) return true;
    if (i > 0 && (is_ascii_alnum(at(text, i - 1)) || at(text, i - 1) == '-')) return true;
    size_t e = 0;
    size_t start = i;
    // "AWS Certified Solutions Architect", "Certified Kubernetes Administrator"
    for (auto p : kCertifiedPrefixes) {
      if (sub(text, i, p.size()) != p || !boundary_after(text, i + p.size())) continue;
      size_t we = take_words(text, i + p.size(), 6, true);
      if (at(text, skip_blanks(text, i + p.size())) == ':') we = take_words(text, skip_blanks(text, i + p.size()) + 1, 6, true);
      if (we > i + p.size()) e = we;
      else if (p != "Certified") e = i + p.size();
      if (e && p == "Certified" && i >= 2 && is_blank(at(text, i - 1))) {
        // The product before it: "QuickBooks Certified ProAdvisor".
        size_t j = i - 1;
        size_t we2 = j;
        while (j > 0 && (is_ascii_alnum(at(text, j - 1)) || at(text, j - 1) == '-') && we2 - j < 30) --j;
        std::string w = text::lower(text.substr(j, we2 - j));
        static const std::unordered_set<std::string_view> kNot = {"must", "be", "are", "a", "an", "the", "is",
                                                                  "and", "or", "with", "board", "being", "get"};
        if (j < we2 && is_upper(at(text, j)) && (j == 0 || space_byte(at(text, j - 1))) && !kNot.count(w) &&
            !kGeneric.count(w))
          start = j;
      }
      break;
    }
    if (!e && is_upper(c)) {
      for (auto a : kAcronyms) {
        if (sub(text, i, a.size()) == a && boundary_after(text, i + a.size())) {
          e = i + a.size();
          break;
        }
      }
      if (e) {
        // "our outside CPA", "the CPA": a person or firm, not a certification.
        size_t j = i;
        while (j > 0 && is_blank(at(text, j - 1))) --j;
        size_t we2 = j;
        while (j > 0 && is_alpha(at(text, j - 1))) --j;
        std::string w = text::lower(text.substr(j, we2 - j));
        if (w == "our" || w == "outside" || w == "external" || w == "the" || w == "your" || w == "their")
          e = 0;
      }
      if (!e && sub(text, i, 8) == "CompTIA " && i + 8 < text.size()) {
        size_t k = i + 8;
        while (k < text.size() && !space_byte(at(text, k)) && at(text, k) != ',' && at(text, k) != ';') ++k;
        e = k;
      }
    }
    if (!e && (istarts_with(text, i, "lean six sigma") || istarts_with(text, i, "six sigma"))) {
      e = i + (istarts_with(text, i, "lean") ? 14 : 9);
      size_t j = skip_blanks(text, e);
      for (std::string_view belt : {"green belt", "black belt", "yellow belt"})
        if (istarts_with(text, j, belt)) e = j + belt.size();
    }
    if (!e && (istarts_with(text, i, "certification in ") || istarts_with(text, i, "certified in "))) {
      size_t p = istarts_with(text, i, "certification in ") ? 16 : 12;
      size_t we = take_words(text, i + p, 4);
      if (we > i + p) e = we;
    }
    if (!e && (istarts_with(text, i, "certification") || istarts_with(text, i, "certificate"))) {
      size_t len = istarts_with(text, i, "certification") ? 13 : 11;
      if (at(text, i + len) == 's') ++len;
      if (boundary_after(text, i + len) && !istarts_with(text, skip_blanks(text, i + len), "in ")) {
        // "<Capitalised words> certification"
        size_t b = i, k = i;
        int words = 0;
        while (words < 3 && k > 0) {
          size_t j = k;
          while (j > 0 && is_blank(at(text, j - 1))) --j;
          if (j == k || j == 0) break;
          size_t we = j;
          while (j > 0 && (is_ascii_alnum(at(text, j - 1)) || at(text, j - 1) == '+' || at(text, j - 1) == '-' ||
                           at(text, j - 1) == '.') && we - j < 30)
            --j;
          if (j == we || !(is_upper(at(text, j)) || is_digit(at(text, j)))) break;
          std::string w = text::lower(text.substr(j, we - j));
          if (kGeneric.count(w)) break;
          // List markers and sentence ends are no part of the name: "3. BLS certification".
          if (at(text, we - 1) == '.' || at(text, we - 1) == ')') break;
          b = j;
          k = j;
          ++words;
        }
        if (words > 0) {
          std::string v = clean_value(text.substr(b, i + len - b), 160);
          std::string head = title_key(text.substr(b, i - b));
          if (!seen.count(head)) push_unique_ci(out, seen, v);
        }
        skip_to = i + len;
        return true;
      }
    }
    if (!e && (istarts_with(text, i, "licence") || istarts_with(text, i, "license"))) {
      // "<words> licence": "Colorado dental hygiene license", "UK driving licence".
      size_t len = 7;
      if (at(text, i + len) == 's') ++len;
      if (boundary_after(text, i + len)) {
        static const std::unordered_set<std::string_view> kStop = {
            "a", "an", "the", "valid", "current", "full", "with", "and", "or", "of", "must", "have", "has", "hold",
            "holding", "own", "clean", "active", "any", "your", "their", "our", "possess", "is", "be", "required",
            "needs", "need", "unrestricted", "appropriate", "relevant", "necessary", "good",
            "standing", "in", "this", "that", "for", "to", "under", "without", "including", "plus"};
        size_t b = i, k = i;
        int words = 0;
        while (words < 4 && k > 0) {
          size_t j = k;
          while (j > 0 && is_blank(at(text, j - 1))) --j;
          if (j == k || j == 0) break;
          size_t we = j;
          while (j > 0 && (is_ascii_alnum(at(text, j - 1)) || at(text, j - 1) == '-' || at(text, j - 1) == '\'') &&
                 we - j < 30)
            --j;
          if (j == we || (j > 0 && !space_byte(at(text, j - 1)))) break;
          std::string w = text::lower(text.substr(j, we - j));
          if (kStop.count(w)) break;
          b = j;
          k = j;
          ++words;
        }
        if (words > 0) push_unique_ci(out, seen, clean_value(text.substr(b, i + len - b), 160));
        skip_to = i + len;
        return true;
      }
    }
    if (!e) return true;
    // "Certified Payroll Professional (CPP)": the acronym of the certification just found.
    if (i > 0 && at(text, i - 1) == '(' && !out.empty() && text.substr(i, e - i).find(' ') == npos) {
      skip_to = e > i ? e : i + 1;
      return true;
    }
    std::string v = clean_value(text.substr(start, e - start), 160);
    push_unique_ci(out, seen, v);
    skip_to = e > i ? e : i + 1;
    return out.size() < 32;
  });
  // "ISTQB" and "ISTQB Foundation certification": the longer one.
  std::vector<std::string> kept;
  for (size_t a = 0; a < out.size(); ++a) {
    std::string la = text::lower(out[a]) + " ";
    bool prefix = false;
    for (size_t b2 = 0; b2 < out.size() && !prefix; ++b2)
      if (b2 != a && text::lower(out[b2]).rfind(la, 0) == 0) prefix = true;
    if (!prefix) kept.push_back(std::move(out[a]));
  }
  return kept;
}

// ============================================================================================
// URLs and e-mails
// ============================================================================================

void find_urls_and_emails(std::string_view text, std::vector<UrlRef>& urls, std::vector<std::string>& emails,
                          const WordIndex* words) {
  std::unordered_set<std::string> seen_urls, seen_emails;
  // Where an address can start: every '@', and "http" / "https" / "www" words (from the word
  // index when there is one, else by a scan).
  std::vector<size_t> cand;
  for (const char* p = text.data(), *e = text.data() + text.size();
       (p = static_cast<const char*>(std::memchr(p, '@', static_cast<size_t>(e - p)))); ++p)
    cand.push_back(static_cast<size_t>(p - text.data()));
  if (words) {
    static const std::vector<Needle> kStarts = prepare_needles({"http", "https", "www"});
    for (const auto& w : kStarts) words->find_all(w, cand, 1024);
  } else {
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = at(text, i);
      if (c == 'h' || c == 'H' || c == 'w' || c == 'W') cand.push_back(i);
    }
  }
  std::sort(cand.begin(), cand.end());
  size_t skip_to = 0;
  for (size_t i : cand) {
    if (i < skip_to) continue;
    unsigned char c = at(text, i);
    if (c == '@') {
      size_t b = i, e = i + 1;
      auto local = [](unsigned char x) { return is_ascii_alnum(x) || x == '.' || x == '_' || x == '%' || x == '+' || x == '-'; };
      auto dom = [](unsigned char x) { return is_ascii_alnum(x) || x == '.' || x == '-'; };
      while (b > 0 && i - b < 64 && local(at(text, b - 1))) --b;
      while (e < text.size() && e - i < 255 && dom(at(text, e))) ++e;
      while (b < i && (at(text, b) == '.' || at(text, b) == '-')) ++b;
      while (e > i + 1 && (at(text, e - 1) == '.' || at(text, e - 1) == '-')) --e;
      if (b == i || e <= i + 1) continue;
      std::string_view domain = text.substr(i + 1, e - i - 1);
      size_t dot = domain.rfind('.');
      if (dot == npos || dot == 0 || domain.size() - dot - 1 < 2) continue;
      bool tld_alpha = true;
      for (size_t k = dot + 1; k < domain.size(); ++k) tld_alpha &= is_alpha(at(domain, k));
      if (!tld_alpha) continue;
      std::string em(text.substr(b, e - b));
      if (seen_emails.insert(text::lower(em)).second) emails.push_back(em);
      continue;
    }
    bool start = false;
    if ((c == 'h' || c == 'H') && (istarts_with(text, i, "http://") || istarts_with(text, i, "https://")))
      start = boundary_before(text, i);
    else if ((c == 'w' || c == 'W') && istarts_with(text, i, "www.") && is_ascii_alnum(at(text, i + 4)))
      start = i == 0 || !(is_ascii_alnum(at(text, i - 1)) || at(text, i - 1) == '/' || at(text, i - 1) == '.' ||
                          at(text, i - 1) == '@');
    if (!start) continue;
    size_t e = i;
    while (e < text.size() && e - i < 2048) {
      unsigned char d = at(text, e);
      if (d <= 0x20 || d >= 0x7F || d == '<' || d == '>' || d == '"' || d == '`' || d == '\'' || d == '[' ||
          d == ']' || d == '{' || d == '}' || d == '|' || d == '\\' || d == '^')
        break;
      ++e;
    }
    std::string_view u = text.substr(i, e - i);
    auto count = [&](char ch) { return static_cast<size_t>(std::count(u.begin(), u.end(), ch)); };
    while (!u.empty()) {
      char t = u.back();
      if (t == '.' || t == ',' || t == ';' || t == ':' || t == '!' || t == '?' || t == '*' ||
          (t == ')' && count('(') < count(')'))) {
        u.remove_suffix(1);
        continue;
      }
      break;
    }
    size_t scheme = istarts_with(u, 0, "https://") ? 8 : istarts_with(u, 0, "http://") ? 7 : 0;
    if (u.size() <= scheme + 3 || u.find('.', scheme) == npos) {
      skip_to = e > i ? e : i + 1;
      continue;
    }
    std::string url(u);
    std::string lu = text::lower(url);
    if (seen_urls.insert(lu).second) {
      std::string_view rest = std::string_view(lu).substr(scheme);
      size_t slash = rest.find_first_of("/?#");
      std::string_view host = rest.substr(0, slash);
      std::string_view path = slash == npos ? std::string_view{} : rest.substr(slash);
      if (host.substr(0, 4) == "www.") host.remove_prefix(4);
      static constexpr std::string_view kAts[] = {"greenhouse.io", "lever.co", "workable.com", "myworkdayjobs",
                                                  "smartrecruiters", "ashbyhq", "bamboohr", "recruitee",
                                                  "breezy.hr", "jobvite", "icims", "applytojob", "teamtailor",
                                                  "personio", "wellfound", "naukri.com", "indeed.com"};
      std::string type = "other";
      if (host.find("linkedin.com") != npos) type = "linkedin";
      else if (path.find("apply") != npos || host.find("apply") != npos ||
               std::any_of(std::begin(kAts), std::end(kAts), [&](std::string_view a) { return host.find(a) != npos; }))
        type = "apply";
      else if (host.substr(0, 8) == "careers." || host.substr(0, 5) == "jobs." || path.find("career") != npos ||
               path.find("/jobs") != npos || path.find("/job/") != npos || path.find("vacanc") != npos)
        type = "careers";
      else if (path.empty() || path == "/")
        type = "website";
      urls.push_back({type, url});
    }
    skip_to = e > i ? e : i + 1;
  }
}

// ============================================================================================
// Locations
// ============================================================================================

namespace {

const char* mode_of(std::string_view low_piece);

}  // namespace

const char* work_mode_of(std::string_view low_piece) { return mode_of(low_piece); }

namespace {

const char* mode_of(std::string_view low_piece) {
  if (has_word(low_piece, "remote") || has_word(low_piece, "remotely") || has_word(low_piece, "wfh") ||
      has_word(low_piece, "work from home") || has_word(low_piece, "work-from-home"))
    return "remote";
  if (has_word(low_piece, "hybrid")) return "hybrid";
  if (has_word(low_piece, "on-site") || has_word(low_piece, "onsite") || has_word(low_piece, "on site") ||
      has_word(low_piece, "in-office") || has_word(low_piece, "in office") || has_word(low_piece, "wfo") ||
      has_word(low_piece, "work from office") || has_word(low_piece, "office based") ||
      has_word(low_piece, "office-based") || has_word(low_piece, "in person") || has_word(low_piece, "in-person"))
    return "onsite";
  return nullptr;
}

// The place name of a location piece once work-mode words and brackets around them are gone.
std::string place_of(std::string_view piece) {
  std::string out;
  static constexpr std::string_view kModeWords[] = {
      "work from home", "work-from-home", "work from office", "office-based", "office based", "in-office",
      "in person", "in-person",
      "in office", "on-site", "on site", "onsite", "remotely", "remote", "hybrid", "wfh", "wfo", "fully",
      "100%", "only", "first", "mode", "work", "based"};
  std::string keep(piece);
  for (auto w : kModeWords) {
    size_t p;
    std::string lk = text::lower(keep);
    while ((p = find_word(lk, w)) != npos) {
      keep.erase(p, w.size());
      lk.erase(p, w.size());
    }
  }
  // Brackets that held the work mode: "Bangalore (Hybrid)", "Remote (US only)"; other bracketed
  // words go unless they are all there is: "Barcelona (Eixample)".
  std::string outside;
  {
    int depth = 0;
    for (char c : keep) {
      if (c == '(' || c == '[') ++depth;
      else if (c == ')' || c == ']') depth = depth > 0 ? depth - 1 : 0;
      else if (depth == 0) outside.push_back(c);
    }
  }
  std::string cleaned;
  if (!trim_punct(outside).empty()) {
    cleaned = outside;
  } else {
    for (char c : keep)
      if (c != '(' && c != ')' && c != '[' && c != ']') cleaned.push_back(c);
  }
  cleaned = text::squash_spaces(cleaned);
  // Words after the place name: "Noida office two days a week", "Columbus, OH 43219" (postcodes).
  std::string kept;
  size_t i = 0;
  while (i < cleaned.size()) {
    size_t b = i;
    while (i < cleaned.size() && cleaned[i] != ' ') ++i;
    std::string_view w = std::string_view(cleaned).substr(b, i - b);
    ++i;
    std::string_view wt = trim_punct(w);
    bool digits = !wt.empty() &&
                  std::all_of(wt.begin(), wt.end(), [](char c) { return is_digit(static_cast<unsigned char>(c)); });
    if (digits && !kept.empty()) continue;
    static const std::unordered_set<std::string_view> kLowerOk = {"de", "of", "upon", "am", "la", "le", "del",
                                                                  "da", "do", "on", "sur", "an", "der", "dos", "das"};
    if (!wt.empty() && is_lower(at(wt, 0)) && !kLowerOk.count(wt)) break;
    if (!kept.empty()) kept.push_back(' ');
    kept.append(w);
  }
  out = std::string(trim_punct(kept));
  return out;
}

bool is_country_or_code(std::string_view piece) {
  std::string_view t = trim_punct(piece);
  if (t.size() == 2 && is_upper(at(t, 0)) && is_upper(at(t, 1))) return true;
  static const std::unordered_set<std::string> kCountries = {
      "india", "usa", "us", "u.s.", "united states", "uk", "united kingdom", "canada", "germany", "australia",
      "singapore", "france", "netherlands", "ireland", "spain", "uae", "japan", "korea", "south korea", "brazil",
      "mexico", "poland", "sweden", "switzerland", "italy", "israel", "china", "philippines", "new zealand",
      "south africa", "nigeria", "kenya", "egypt", "portugal", "remote", "austria", "belgium", "denmark",
      "norway", "finland", "czech republic", "czechia", "romania", "greece", "hungary", "turkey", "vietnam",
      "indonesia", "malaysia", "thailand", "pakistan", "bangladesh", "sri lanka", "nepal", "saudi arabia",
      "qatar", "argentina", "chile", "colombia", "peru", "england", "scotland", "wales", "northern ireland",
      "eu", "europe", "emea", "apac", "latam", "north america",
      // Indian states and union territories
      "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana",
      "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra", "manipur",
      "meghalaya", "mizoram", "nagaland", "odisha", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana",
      "tripura", "uttar pradesh", "uttarakhand", "west bengal", "delhi", "delhi ncr", "ncr", "jammu and kashmir",
      "puducherry", "chandigarh",
      // US states
      "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
      "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
      "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
      "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
      "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
      "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
      // Canadian provinces, Australian states
      "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
      "new south wales", "victoria", "queensland", "western australia", "south australia", "tasmania", "vic", "nsw",
      "qld"};
  return kCountries.count(text::lower(t)) > 0;
}

// A well-known city at the start of the piece ("Austin TX", "Mumbai").
bool is_city(std::string_view piece) {
  static const std::unordered_set<std::string> kCities = {
      "mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "hyderabad", "chennai", "kolkata", "pune",
      "ahmedabad", "jaipur", "surat", "lucknow", "kanpur", "nagpur", "indore", "bhopal", "patna", "vadodara",
      "coimbatore", "kochi", "cochin", "thiruvananthapuram", "trivandrum", "visakhapatnam", "gurgaon", "gurugram",
      "noida", "greater noida", "ghaziabad", "faridabad", "chandigarh", "mohali", "mysore", "mysuru", "mangalore",
      "nashik", "aurangabad", "bhubaneswar", "guwahati", "ranchi", "raipur", "dehradun", "ludhiana", "amritsar",
      "madurai", "vijayawada", "thane", "navi mumbai", "new york", "nyc", "los angeles", "chicago", "houston",
      "phoenix", "philadelphia", "san antonio", "san diego", "dallas", "austin", "san jose", "san francisco",
      "seattle", "denver", "boston", "atlanta", "miami", "washington", "nashville", "portland", "las vegas",
      "detroit", "minneapolis", "charlotte", "columbus", "indianapolis", "fresno", "sacramento", "kansas city",
      "salt lake city", "raleigh", "pittsburgh", "cincinnati", "cleveland", "st. louis", "tampa", "orlando",
      "baltimore", "milwaukee", "spokane", "tacoma", "oakland", "palo alto", "mountain view", "london",
      "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "liverpool", "bristol", "sheffield",
      "newcastle", "nottingham", "leicester", "cardiff", "belfast", "cambridge", "oxford", "reading", "brighton",
      "southampton", "dublin", "cork", "galway", "paris", "berlin", "munich", "münchen", "hamburg", "frankfurt",
      "cologne", "köln", "stuttgart", "düsseldorf", "vienna", "wien", "zurich", "zürich", "geneva", "amsterdam",
      "rotterdam", "the hague", "utrecht", "eindhoven", "brussels", "antwerp", "madrid", "barcelona", "valencia",
      "seville", "lisbon", "porto", "milan", "rome", "turin", "copenhagen", "stockholm", "oslo", "helsinki",
      "warsaw", "krakow", "kraków", "prague", "budapest", "bucharest", "athens", "tallinn", "riga", "vilnius",
      "toronto", "vancouver", "montreal", "calgary", "ottawa", "sydney", "melbourne", "brisbane", "perth",
      "adelaide", "auckland", "wellington", "singapore", "dubai", "abu dhabi", "doha", "riyadh", "tokyo", "seoul",
      "hong kong", "shanghai", "beijing", "shenzhen", "manila", "jakarta", "kuala lumpur", "bangkok",
      "ho chi minh city", "hanoi", "karachi", "lahore", "dhaka", "colombo", "kathmandu", "nairobi", "lagos",
      "cairo", "johannesburg", "cape town", "são paulo", "sao paulo", "rio de janeiro", "mexico city",
      "buenos aires", "santiago", "bogotá", "bogota", "lima", "tel aviv"};
  std::string l = text::lower(trim_punct(piece));
  if (kCities.count(l)) return true;
  // The first one to three words.
  size_t p = 0;
  for (int n = 0; n < 3; ++n) {
    p = l.find(' ', p + 1);
    if (p == std::string::npos) break;
    if (kCities.count(l.substr(0, p))) return true;
  }
  return false;
}

void add_location(std::vector<JobLocation>& out, std::string place, const char* mode) {
  std::string m = mode ? mode : "";
  if (place.empty() && m.empty()) return;
  if (place.size() > 80) return;
  if (!place.empty() && !(is_upper(at(place, 0)) || at(place, 0) >= 0x80)) {
    if (m.empty()) return;
    place.clear();  // "3 days in office": only the mode
  }
  for (auto& l : out) {
    if (text::lower(l.location) == text::lower(place)) {
      if (l.work_mode.empty()) l.work_mode = m;
      if (l.work_mode == m) return;
      if (m.empty()) return;
    }
  }
  out.push_back({std::move(place), std::move(m)});
}

}  // namespace

std::vector<JobLocation> parse_location_value(std::string_view v) {
  std::vector<JobLocation> out;
  std::string value = clean_value(v, 200);
  // Split on "/", ";", "|", " or ", "&", " and ".
  std::vector<std::string> parts;
  {
    std::string cur;
    std::string lv = text::lower(value);
    for (size_t k = 0; k < value.size(); ++k) {
      char c = value[k];
      bool split = c == '/' || c == ';' || c == '|' || c == '&';
      size_t skip = 1;
      if (!split && (lv.compare(k, 4, " or ") == 0)) { split = true; skip = 4; }
      if (!split && (lv.compare(k, 5, " and ") == 0)) { split = true; skip = 5; }
      // Keep "on-site" / "work-from-home" whole; "/" inside a word such as "w/" is rare.
      if (split) {
        parts.push_back(cur);
        cur.clear();
        k += skip - 1;
        continue;
      }
      cur.push_back(c);
    }
    parts.push_back(cur);
  }
  for (const auto& part : parts) {
    size_t part_first = out.size();
    // Commas: "Bangalore, Pune" are two places, "Austin, TX" and "London, UK" one.
    std::vector<std::string> pieces;
    {
      std::string cur;
      for (char c : part) {
        if (c == ',') {
          pieces.push_back(cur);
          cur.clear();
        } else {
          cur.push_back(c);
        }
      }
      pieces.push_back(cur);
    }
    std::vector<std::string> merged;
    for (auto& p : pieces) {
      std::string pl = place_of(p);
      std::string prev = merged.empty() ? std::string() : place_of(merged.back());
      // "Austin, TX", "London, UK", "Andheri East, Mumbai", "Dún Laoghaire, Co. Dublin" are one place;
      // "Bangalore, Pune" are two.
      bool region = is_country_or_code(pl) || istarts_with(pl, 0, "co. ") || istarts_with(pl, 0, "county ");
      bool locality_then_city = is_city(pl) && !prev.empty() && !is_city(prev) && !is_country_or_code(prev);
      if (!merged.empty() && !trim_fast(prev).empty() && (region || locality_then_city))
        merged.back() += "," + p;
      else
        merged.push_back(p);
    }
    for (auto& p : merged) {
      std::string lp = text::lower(p);
      const char* mode = mode_of(lp);
      std::string place = place_of(p);
      if (place.empty() && !mode) continue;
      // A mode on its own after a place ("Bangalore, Hybrid") belongs to that place.
      if (place.empty() && mode && out.size() > part_first && out.back().work_mode.empty() &&
          !out.back().location.empty()) {
        out.back().work_mode = mode;
        continue;
      }
      add_location(out, place, mode);
    }
  }
  return out;
}

void find_locations_in_prose(const Doc& doc, std::vector<JobLocation>& out) {
  std::string_view text = doc.text;
  const size_t given = out.size();  // from "Location:" fields and the header line
  struct ModePhrase {
    std::string_view p;
    const char* mode;
  };
  static constexpr ModePhrase kPhrases[] = {
      {"fully remote", "remote"}, {"100% remote", "remote"}, {"remote-first", "remote"}, {"remote first", "remote"},
      {"remote position", "remote"}, {"remote role", "remote"}, {"remote job", "remote"}, {"remote work", "remote"},
      {"remote opportunity", "remote"}, {"work remotely", "remote"}, {"working remotely", "remote"},
      {"work from home", "remote"}, {"(remote)", "remote"}, {"remote-friendly", "remote"}, {"remote only", "remote"},
      {"is remote", "remote"}, {"remote-based", "remote"}, {"remote (", "remote"}, {"[remote]", "remote"},
      {"hybrid role", "hybrid"}, {"hybrid position", "hybrid"}, {"hybrid work", "hybrid"},
      {"hybrid working", "hybrid"}, {"hybrid model", "hybrid"}, {"(hybrid)", "hybrid"}, {"hybrid schedule", "hybrid"},
      {"hybrid arrangement", "hybrid"}, {"is hybrid", "hybrid"}, {"hybrid mode", "hybrid"}, {"[hybrid]", "hybrid"},
      {"on-site role", "onsite"}, {"onsite role", "onsite"}, {"on-site position", "onsite"},
      {"onsite position", "onsite"}, {"(on-site)", "onsite"}, {"(onsite)", "onsite"}, {"work from office", "onsite"},
      {"is on-site", "onsite"}, {"is onsite", "onsite"}, {"fully onsite", "onsite"}, {"fully on-site", "onsite"},
      {"100% onsite", "onsite"}, {"on-site work", "onsite"}, {"onsite work", "onsite"}, {"in-office role", "onsite"}};
  static const std::vector<Needle> kNeedles = prepare_needles(kPhrases, [](const ModePhrase& m) { return m.p; });
  for (size_t pi = 0; pi < std::size(kPhrases); ++pi) {
    const auto& p = kPhrases[pi];
    if (!doc.words.has(kNeedles[pi])) continue;
    bool have = std::any_of(out.begin(), out.end(), [&](const JobLocation& l) { return l.work_mode == p.mode; });
    if (!have) out.push_back({"", p.mode});
  }
  static const std::vector<Needle> kTriggers =
      prepare_needles({"based in ", "located in ", "based out of ", "position is in ", "office in "});
  for (const Needle& tn : kTriggers) {
    std::string_view trig = tn.text;
    size_t pos = 0;
    int found = 0;
    while ((pos = doc.words.find(tn, pos)) != npos && found < 4) {
      size_t b = pos + trig.size();
      pos = b;
      if (!is_upper(at(text, b))) continue;
      size_t e = b, k = b;
      for (int w = 0; w < 3; ++w) {
        size_t j = skip_blanks(text, k);
        if (!is_upper(at(text, j))) break;
        size_t ws = j;
        while (j < text.size() && (is_alpha(at(text, j)) || at(text, j) >= 0x80 || at(text, j) == '-' ||
                                   at(text, j) == '.'))
          ++j;
        while (j > ws && at(text, j - 1) == '.') --j;
        if (j == ws) break;
        e = j;
        k = j;
        if (!is_blank(at(text, j))) break;
      }
      // "Austin, TX" / "London, UK"
      if (at(text, e) == ',' && at(text, e + 1) == ' ' && is_upper(at(text, e + 2)) && is_upper(at(text, e + 3)) &&
          !is_alpha(at(text, e + 4)))
        e += 4;
      std::string place = std::string(trim_punct(text.substr(b, e - b)));
      static const std::unordered_set<std::string> kNotPlaces = {"the", "our", "a", "an", "this", "it"};
      if (place.empty() || kNotPlaces.count(text::lower(place))) continue;
      add_location(out, place, nullptr);
      ++found;
    }
  }
  // One place and one work mode stated apart ("an on-site role based in Boston"): one location.
  size_t mode_only = 0, place_only = 0, mi = 0, pi = 0;
  for (size_t k = 0; k < out.size(); ++k) {
    if (out[k].location.empty()) { ++mode_only; mi = k; }
    else if (out[k].work_mode.empty()) { ++place_only; pi = k; }
  }
  if (mode_only == 1 && place_only == 1 && out.size() == 2 && (mi >= given || pi >= given)) {
    out[pi].work_mode = out[mi].work_mode;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(mi));
  }
}

// ============================================================================================
// Domain
// ============================================================================================

void detect_domains(const Doc& doc, ParsedJD& out) {
  struct DK {
    std::string_view kw;
    int dom;
    int weight;
  };
  static constexpr const char* kNames[] = {"Finance", "Healthcare", "Retail & E-commerce", "Education", "Software"};
  // Weight 2: the word alone decides; weight 1: two of them are needed.
  static constexpr DK kKeys[] = {
      {"fintech", 0, 2}, {"banking", 0, 2}, {"financial services", 0, 2}, {"bank", 0, 1}, {"insurance", 0, 1},
      {"payments", 0, 1}, {"lending", 0, 1}, {"investment", 0, 1}, {"wealth management", 0, 2}, {"nbfc", 0, 2},
      {"capital markets", 0, 2}, {"trading", 0, 1}, {"asset management", 0, 2}, {"investment bank", 0, 2},
      {"building society", 0, 2}, {"mergers", 0, 1}, {"acquisitions", 0, 1}, {"private equity", 0, 1},
      {"core banking", 0, 2}, {"upi", 0, 1},
      {"hospital", 1, 2}, {"clinical", 1, 2}, {"healthcare", 1, 2}, {"health care", 1, 2}, {"patient care", 1, 2},
      {"patients", 1, 1}, {"patient", 1, 1}, {"pharma", 1, 1}, {"pharmaceutical", 1, 2},
      {"clinic", 1, 1}, {"clinics", 1, 1}, {"biotech", 1, 1}, {"healthtech", 1, 2}, {"nursing", 1, 1},
      {"nhs", 1, 2}, {"dental practice", 1, 1}, {"dentistry", 1, 1}, {"medical center", 1, 2},
      {"medical centre", 1, 2}, {"pharmacy", 1, 1}, {"physicians", 1, 1}, {"doctors", 1, 1},
      {"e-commerce", 2, 2}, {"ecommerce", 2, 2}, {"retail", 2, 1}, {"retailer", 2, 2}, {"online marketplace", 2, 2},
      {"d2c", 2, 1}, {"online store", 2, 1}, {"online shop", 2, 1}, {"grocery", 2, 1}, {"groceries", 2, 1},
      {"supermarket", 2, 1}, {"supermarkets", 2, 1}, {"marketplace", 2, 1}, {"shoppers", 2, 1},
      {"merchandising", 2, 1},
      {"edtech", 3, 2}, {"ed-tech", 3, 2}, {"e-learning", 3, 2}, {"elearning", 3, 2}, {"k-12", 3, 2},
      {"online learning", 3, 1}, {"students", 3, 1}, {"our school", 3, 1}, {"classroom", 3, 1}, {"curriculum", 3, 1},
      {"school", 3, 1}, {"teaching", 3, 1}, {"lesson", 3, 1}, {"lessons", 3, 1}, {"pupils", 3, 1},
      {"saas", 4, 2}, {"software company", 4, 2}, {"software product", 4, 1}, {"software products", 4, 1},
      {"b2b software", 4, 2}, {"software-as-a-service", 4, 2}, {"software as a service", 4, 2}};
  static const std::vector<Needle> kNeedles = prepare_needles(kKeys, [](const DK& k) { return k.kw; });
  int score[5] = {0, 0, 0, 0, 0};
  std::vector<std::string> hits[5];
  for (size_t i = 0; i < std::size(kKeys); ++i)
    if (const auto& k = kKeys[i]; doc.words.has(kNeedles[i])) {
      score[k.dom] += k.weight;
      hits[k.dom].emplace_back(k.kw);
    }
  int best = -1, second = -1;
  for (int d = 0; d < 5; ++d) {
    if (score[d] < 2) continue;
    if (best < 0 || score[d] > score[best]) {
      second = best;
      best = d;
    } else if (second < 0 || score[d] > score[second]) {
      second = d;
    }
  }
  if (best >= 0) {
    out.domain_primary.domain = kNames[best];
    out.domain_primary.aliases = std::move(hits[best]);
  }
  if (second >= 0) {
    Domain d;
    d.domain = kNames[second];
    d.aliases = std::move(hits[second]);
    out.domain_secondary = d;
  }
}

}  // namespace jdpipe::parse_detail
