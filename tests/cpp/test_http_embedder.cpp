// HttpEmbedder against a scripted OpenAI-compatible /v1/embeddings server on loopback.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "jdpipe/error.hpp"
#include "jdpipe/http_embedder.hpp"
#include "loopback_server.hpp"

using jdpipe::testing::LoopbackServer;
using jdpipe::testing::Reply;

namespace {

// {"data": [...]} with the given vectors, listed in reverse order to check that "index" is used.
std::string embeddings_body(const std::vector<std::vector<float>>& vecs) {
  std::string s = R"({"object":"list","data":[)";
  for (size_t i = vecs.size(); i-- > 0;) {
    s += R"({"object":"embedding","index":)" + std::to_string(i) + R"(,"embedding":[)";
    for (size_t j = 0; j < vecs[i].size(); ++j) s += (j ? "," : "") + std::to_string(vecs[i][j]);
    s += "]}";
    if (i) s += ",";
  }
  return s + R"(],"model":"m","usage":{"prompt_tokens":1,"total_tokens":1}})";
}

jdpipe::HttpEmbedderOptions options_for(const LoopbackServer& server, int dim, size_t batch) {
  jdpipe::HttpEmbedderOptions o;
  o.url = server.base_url();
  o.model = "test-embed";
  o.api_key = "sk-test-embed-key";
  o.dim = dim;
  o.batch_size = batch;
  o.max_retries = 2;
  o.backoff_ms = 5;
  o.timeout_ms = 3000;
  return o;
}

}  // namespace

TEST_CASE("http embedder: batches, keeps input order by index, normalises, sends model and key") {
  LoopbackServer server({{200, embeddings_body({{3, 4, 0}, {0, 0, 2}})}, {200, embeddings_body({{1, 0, 0}})}});
  jdpipe::HttpEmbedder e(options_for(server, 3, 2));
  auto m = e.embed({"alpha", "beta", "gamma"});
  REQUIRE(m.rows() == 3);
  REQUIRE(m.cols() == 3);
  CHECK(m(0, 0) == doctest::Approx(0.6));
  CHECK(m(0, 1) == doctest::Approx(0.8));
  CHECK(m(1, 2) == doctest::Approx(1.0));
  CHECK(m(2, 0) == doctest::Approx(1.0));
  auto seen = server.requests();
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].head.find("POST /v1/embeddings") == 0);
  CHECK(seen[0].head.find("Bearer sk-test-embed-key") != std::string::npos);
  CHECK(seen[0].body.find(R"("input":["alpha","beta"])") != std::string::npos);
  CHECK(seen[0].body.find(R"("model":"test-embed")") != std::string::npos);
  CHECK(seen[1].body.find(R"("input":["gamma"])") != std::string::npos);
  CHECK(e.name() == "http-test-embed-d3");
}

TEST_CASE("http embedder: 429 and 500 are retried; the dimension is probed when not given") {
  LoopbackServer server({{200, embeddings_body({{1, 1}})},
                         {429, R"({"error":{"message":"slow down"}})"},
                         {500, R"({"error":{"message":"oops"}})"},
                         {200, embeddings_body({{0, 5}})}});
  jdpipe::HttpEmbedder e(options_for(server, 0, 8));
  CHECK(e.dim() == 2);
  auto m = e.embed({"x"});
  CHECK(m(0, 1) == doctest::Approx(1.0));
  CHECK(server.request_count() == 4);
}

TEST_CASE("http embedder: failures name the URL and the problem, and keep the key out") {
  SUBCASE("an error status after the retries") {
    LoopbackServer server({{503, R"({"error":{"message":"down for sk-test-embed-key"}})"},
                           {503, R"({"error":{"message":"down"}})"},
                           {503, R"({"error":{"message":"down"}})"}});
    jdpipe::HttpEmbedder e(options_for(server, 2, 8));
    try {
      e.embed({"x"});
      FAIL("no exception");
    } catch (const jdpipe::Error& err) {
      std::string msg = err.what();
      CHECK(msg.find("503") != std::string::npos);
      CHECK(msg.find("/v1/embeddings") != std::string::npos);
      CHECK(msg.find("sk-test-embed-key") == std::string::npos);
    }
    CHECK(server.request_count() == 3);
  }
  SUBCASE("a 400 is not retried") {
    LoopbackServer server({{400, R"({"error":{"message":"bad model"}})"}});
    jdpipe::HttpEmbedder e(options_for(server, 2, 8));
    CHECK_THROWS_WITH_AS(e.embed({"x"}), doctest::Contains("bad model"), jdpipe::Error);
    CHECK(server.request_count() == 1);
  }
  SUBCASE("malformed answers") {
    LoopbackServer server({{200, "not json"},
                           {200, R"({"data":[]})"},
                           {200, embeddings_body({{1, 2, 3}})},
                           {200, R"({"data":[{"index":0,"embedding":[1,"x"]}]})"}});
    jdpipe::HttpEmbedder e(options_for(server, 2, 8));
    CHECK_THROWS_WITH_AS(e.embed({"x"}), doctest::Contains("not JSON"), jdpipe::Error);
    CHECK_THROWS_WITH_AS(e.embed({"x"}), doctest::Contains("0 embeddings for 1 inputs"), jdpipe::Error);
    CHECK_THROWS_WITH_AS(e.embed({"x"}), doctest::Contains("expected 2"), jdpipe::Error);
    CHECK_THROWS_WITH_AS(e.embed({"x"}), doctest::Contains("non-number"), jdpipe::Error);
  }
  SUBCASE("bad options") {
    jdpipe::HttpEmbedderOptions o;
    CHECK_THROWS_AS(jdpipe::HttpEmbedder{o}, jdpipe::Error);
    o.url = "ftp://example.invalid";
    CHECK_THROWS_WITH_AS(jdpipe::HttpEmbedder{o}, doctest::Contains("not an http"), jdpipe::Error);
  }
}
