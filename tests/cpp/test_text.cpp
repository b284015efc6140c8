#include <doctest/doctest.h>

#include "text/text.hpp"

using namespace jdpipe::text;

namespace {
std::vector<std::string> norms(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) out.push_back(t.norm);
  return out;
}
}  // namespace

TEST_CASE("tokenize keeps technical names whole") {
  CHECK(norms("C++, C# and .NET") == std::vector<std::string>{"c++", "c#", "and", ".net"});
  CHECK(norms("Node.js/ASP.NET") == std::vector<std::string>{"node.js", "/", "asp.net"});
  CHECK(norms("CI/CD pipelines.") == std::vector<std::string>{"ci", "/", "cd", "pipelines"});
  CHECK(norms("Janus+Nodejs") == std::vector<std::string>{"janus", "+", "nodejs"});
  CHECK(norms("back-end") == std::vector<std::string>{"back", "end"});
}

TEST_CASE("tokenize marks breaks at punctuation and line ends, and keeps byte spans") {
  std::string s = "Python, SQL\nDocker";
  auto t = tokenize(s);
  REQUIRE(t.size() == 3);
  CHECK_FALSE(t[0].break_before == false);  // the first token starts a run
  CHECK(t[1].break_before);
  CHECK(t[2].break_before);
  CHECK(s.substr(t[1].start, t[1].end - t[1].start) == "SQL");
}

TEST_CASE("utf-8 validation") {
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("caf\xC3\xA9 \xE2\x80\xA2 bullet"));
  CHECK_FALSE(is_valid_utf8("\xC3\x28"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  CHECK(looks_binary(std::string("ab\0cd", 5)));
  CHECK_FALSE(looks_binary("line one\nline two\ttab"));
}

TEST_CASE("sentences split at line ends, bullets and sentence punctuation") {
  std::string s = "\xE2\x80\xA2 Build APIs \xE2\x80\xA2 Manage data. Lead reviews e.g. code\n- Ship it";
  auto spans = split_sentences(s);
  std::vector<std::string> got;
  for (auto sp : spans) got.push_back(s.substr(sp.start, sp.end - sp.start));
  CHECK(got == std::vector<std::string>{"Build APIs", "Manage data.", "Lead reviews e.g. code", "Ship it"});
}

TEST_CASE("links and e-mail addresses are found with their spans") {
  std::string s = "Website : https://episoden.com/ or www.x.io, mail jobs@x.io today";
  auto links = find_links(s);
  REQUIRE(links.size() == 3);
  CHECK(s.substr(links[0].start, links[0].end - links[0].start) == "https://episoden.com/");
  CHECK(s.substr(links[1].start, links[1].end - links[1].start) == "www.x.io,");
  CHECK(s.substr(links[2].start, links[2].end - links[2].start) == "jobs@x.io");
}
