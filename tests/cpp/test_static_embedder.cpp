#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "jdpipe/error.hpp"
#include "jdpipe/static_embedder.hpp"
#include "test_support.hpp"

using jdpipe::Error;
using jdpipe::testing::error_of;
using jdpipe::Matrix;
using jdpipe::StaticEmbedderOptions;
using jdpipe::StaticVectorEmbedder;

namespace {

const std::string kVectors = std::string(JDPIPE_SHARED_DATA_DIR) + "/vectors/glove-wink-100d.bin";

std::shared_ptr<StaticVectorEmbedder> real_vectors() {
  static std::shared_ptr<StaticVectorEmbedder> cached = [] {
    std::shared_ptr<StaticVectorEmbedder> e;
    if (std::filesystem::exists(kVectors)) {
      auto t0 = std::chrono::steady_clock::now();
      e = StaticVectorEmbedder::load(kVectors);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      MESSAGE("loaded " << kVectors << " in " << ms << " ms");
    }
    return e;
  }();
  return cached;
}

float cosine(const Eigen::VectorXf& a, const Eigen::VectorXf& b) { return a.dot(b) / (a.norm() * b.norm()); }
float row_cos(const Matrix& m, int i, int j) { return m.row(i).dot(m.row(j)); }

struct TempDir {
  std::filesystem::path dir;
  TempDir() {
    dir = std::filesystem::temp_directory_path() /
          ("jdpipe-static-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::string p = (dir / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
};

std::string binary_record(const std::string& word, const std::vector<float>& v) {
  std::string s = word + ' ';
  s.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float));
  s += '\n';
  return s;
}


}  // namespace

TEST_CASE("static embedder: loads the real vectors with related words close") {
  auto e = real_vectors();
  if (!e) {
    MESSAGE("skipped: " << kVectors << " is absent");
    return;
  }
  CHECK(e->size() == 61638);
  CHECK(e->dim() == 100);
  CHECK(e->name().rfind("static-glove-wink-100d-d100-", 0) == 0);
  REQUIRE(e->contains("python"));
  REQUIRE(e->contains("java"));
  CHECK(e->contains("Python"));  // looked up lower-cased
  // In these vectors cos(python, java) is 0.362 (checked with an independent reader), and
  // cos(king, queen) 0.751 as in the published GloVe 6B 100d vectors.
  float pj = cosine(e->word_vector("python"), e->word_vector("java"));
  float pp = cosine(e->word_vector("python"), e->word_vector("perl"));
  float pb = cosine(e->word_vector("python"), e->word_vector("banana"));
  CHECK(pj > 0.3f);
  CHECK(pp > 0.4f);
  CHECK(pj > pb + 0.2f);
  CHECK(cosine(e->word_vector("king"), e->word_vector("queen")) == doctest::Approx(0.751f).epsilon(0.01));
  // Frequent words weigh less than rare ones.
  CHECK(e->word_weight("the") < 0.2f);
  CHECK(e->word_weight("kubernetes") > e->word_weight("the"));
}

TEST_CASE("static embedder: sentence similarity follows meaning") {
  auto e = real_vectors();
  if (!e) {
    MESSAGE("skipped: " << kVectors << " is absent");
    return;
  }
  Matrix m = e->embed({"Develops backend services and REST APIs", "Builds server-side APIs and services",
                       "Cleans the kitchen and washes dishes"});
  REQUIRE(m.rows() == 3);
  REQUIRE(m.cols() == 100);
  for (int i = 0; i < 3; ++i) CHECK(m.row(i).norm() == doctest::Approx(1.0f).epsilon(1e-4));
  CHECK(row_cos(m, 0, 1) > row_cos(m, 0, 2));
}

TEST_CASE("static embedder: unknown words fall back to hashing vectors") {
  auto e = real_vectors();
  if (!e) {
    MESSAGE("skipped: " << kVectors << " is absent");
    return;
  }
  CHECK_FALSE(e->contains("kubernetesx"));
  Matrix m = e->embed({"kubernetesx", "kubernetesx", "Kubernetesx", "zorblaxq", "", "... , ;", "operates kubernetesx clusters",
                       "operates clusters"});
  CHECK(m.row(0).norm() == doctest::Approx(1.0f).epsilon(1e-4));
  CHECK(row_cos(m, 0, 1) == doctest::Approx(1.0f).epsilon(1e-5));
  CHECK(row_cos(m, 0, 2) == doctest::Approx(1.0f).epsilon(1e-5));  // case-insensitive
  CHECK(std::abs(row_cos(m, 0, 3)) < 0.5f);                          // different unknown words differ
  CHECK(m.row(4).norm() == 0.0f);                                    // empty text: zero row
  CHECK(m.row(5).norm() == 0.0f);                                    // punctuation only: zero row
  CHECK(row_cos(m, 6, 7) < 0.999f);                                  // the unknown word contributes
  CHECK(row_cos(m, 6, 7) > 0.3f);
  // Options: no contribution from unknown words.
  StaticEmbedderOptions opt;
  opt.oov_weight = 0.0f;
  opt.max_words = 5000;
  auto small = StaticVectorEmbedder::load(kVectors, opt);
  CHECK(small->size() == 5000);
  CHECK(small->name() != e->name());
  Matrix z = small->embed({"kubernetesx"});
  CHECK(z.row(0).norm() == 0.0f);
}

TEST_CASE("static embedder: fitted frequencies and common component removal") {
  if (!real_vectors()) {
    MESSAGE("skipped: " << kVectors << " is absent");
    return;
  }
  auto e = StaticVectorEmbedder::load(kVectors);
  std::vector<std::string> corpus = {
      "Develops backend services and REST APIs",      "Designs and maintains relational databases",
      "Manages a team of software engineers",         "Writes unit tests and integration tests",
      "Deploys applications to Kubernetes clusters",  "Cleans the kitchen and washes dishes",
      "Prepares meals according to recipes",          "Answers customer calls and resolves complaints",
      "Prepares monthly financial statements",        "Teaches mathematics to secondary school pupils",
  };
  std::vector<std::string> probe = {"Builds server-side APIs and services", "Washes dishes in a restaurant"};
  const std::string name0 = e->name();
  Matrix before = e->embed(probe);

  e->fit_frequencies(corpus);
  const std::string name1 = e->name();
  CHECK(name1 != name0);
  CHECK(e->common_component().size() == 0);

  e->fit_common_component(corpus);
  const std::string name2 = e->name();
  CHECK(name2 != name1);
  REQUIRE(e->common_component().size() == 100);
  CHECK(e->common_component().norm() == doctest::Approx(1.0f).epsilon(1e-4));
  Matrix after = e->embed(probe);
  for (int i = 0; i < 2; ++i) {
    CHECK(after.row(i).norm() == doctest::Approx(1.0f).epsilon(1e-4));
    CHECK(std::abs(after.row(i).dot(e->common_component().transpose())) < 1e-4f);  // projection removed
    CHECK((after.row(i) - before.row(i)).norm() > 1e-3f);
  }
  // Removing the shared direction makes unrelated sentences less alike.
  CHECK(after.row(0).dot(after.row(1)) < before.row(0).dot(before.row(1)));

  // Same fit, same name (the catalog's cache key); a fresh load with the same fits agrees.
  auto e2 = StaticVectorEmbedder::load(kVectors);
  e2->fit_frequencies(corpus);
  e2->fit_common_component(corpus);
  CHECK(e2->name() == name2);
  CHECK((e2->embed(probe) - after).norm() < 1e-5f);

  // An empty corpus clears the component.
  e2->fit_common_component({});
  CHECK(e2->common_component().size() == 0);
  CHECK(e2->name() == name1);
}

TEST_CASE("static embedder: thread-safe embedding") {
  auto e = real_vectors();
  if (!e) {
    MESSAGE("skipped: " << kVectors << " is absent");
    return;
  }
  std::vector<std::string> texts = {"Develops backend services and REST APIs", "kubernetesx operator",
                                    "Cleans the kitchen and washes dishes", "Prepares monthly financial statements"};
  Matrix expected = e->embed(texts);
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      bool good = true;
      for (int i = 0; i < 200; ++i) good = good && (e->embed(texts) - expected).norm() == 0.0f;
      ok[t] = good ? 1 : 0;
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) CHECK(ok[t] == 1);
}

TEST_CASE("static embedder: word2vec text, GloVe text and small binary files") {
  TempDir tmp;
  SUBCASE("word2vec text") {
    std::string p = tmp.write("tiny.vec", "3 4\nalpha 1 0 0 0\nbeta 0 1.5 0 0\r\nGamma -0.5 0.25 +2 1e-1\n");
    auto e = StaticVectorEmbedder::load(p);
    CHECK(e->size() == 3);
    CHECK(e->dim() == 4);
    CHECK(e->name().rfind("static-tiny-d4-", 0) == 0);
    CHECK(e->word_vector("beta").isApprox(Eigen::Vector4f(0, 1.5f, 0, 0)));
    CHECK(e->word_vector("Gamma").isApprox(Eigen::Vector4f(-0.5f, 0.25f, 2.0f, 0.1f)));
    Matrix m = e->embed({"alpha", "Beta!"});
    CHECK(m.row(0).isApprox(Eigen::RowVector4f(1, 0, 0, 0)));
    CHECK(m.row(1).isApprox(Eigen::RowVector4f(0, 1, 0, 0)));
  }
  SUBCASE("GloVe text") {
    std::string p = tmp.write("glove.txt", "the 0.1 0.2 0.3\nof -1 -2 -3\n\nskill 3 0 4\n");
    auto e = StaticVectorEmbedder::load(p);
    CHECK(e->size() == 3);
    CHECK(e->dim() == 3);
    CHECK(e->word_vector("of").isApprox(Eigen::Vector3f(-1, -2, -3)));
    CHECK(e->word_vector("skill").isApprox(Eigen::Vector3f(3, 0, 4)));
    Matrix m = e->embed({"skill"});
    CHECK(m.row(0).isApprox(Eigen::RowVector3f(0.6f, 0, 0.8f)));
  }
  SUBCASE("word2vec binary") {
    std::string bytes = "2 3\n" + binary_record("one", {1, 2, 3}) + binary_record("two", {-1, 0.5f, 0});
    std::string p = tmp.write("tiny.bin", bytes);
    auto e = StaticVectorEmbedder::load(p);
    CHECK(e->size() == 2);
    CHECK(e->dim() == 3);
    CHECK(e->word_vector("two").isApprox(Eigen::Vector3f(-1, 0.5f, 0)));
    // Without newlines between records too.
    std::string packed = "2 3\none ";
    std::vector<float> a{1, 2, 3}, b{4, 5, 6};
    packed.append(reinterpret_cast<const char*>(a.data()), 12);
    packed += "two ";
    packed.append(reinterpret_cast<const char*>(b.data()), 12);
    auto e2 = StaticVectorEmbedder::load(tmp.write("packed.bin", packed));
    CHECK(e2->word_vector("two").isApprox(Eigen::Vector3f(4, 5, 6)));
  }
}

TEST_CASE("static embedder: malformed files give errors naming the path") {
  TempDir tmp;
  Error::Code code{};
  SUBCASE("missing file") {
    std::string p = (tmp.dir / "nope.bin").string();
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kIO);
    CHECK(msg.find(p) != std::string::npos);
  }
  SUBCASE("truncated binary") {
    std::string bytes = "3 3\n" + binary_record("one", {1, 2, 3}) + binary_record("two", {4, 5, 6});
    bytes += "three ";
    bytes.append("\x01\x02\x03\x04\x05", 5);
    std::string p = tmp.write("trunc.bin", bytes);
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg.find(p) != std::string::npos);
    CHECK(msg.find("word 3") != std::string::npos);
    CHECK(msg.find("truncated") != std::string::npos);
    // A missing last record.
    std::string p2 = tmp.write("short.bin", "3 3\n" + binary_record("one", {1, 2, 3}));
    std::string msg2 = error_of([&] { StaticVectorEmbedder::load(p2); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg2.find("word 2") != std::string::npos);
  }
  SUBCASE("truncated real file") {
    if (!std::filesystem::exists(kVectors)) return;
    std::ifstream in(kVectors, std::ios::binary);
    std::string head(100000, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::string p = tmp.write("glove-cut.bin", head);
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg.find(p) != std::string::npos);
    CHECK(msg.find("truncated") != std::string::npos);
  }
  SUBCASE("wrong dimension count in a text line") {
    std::string p = tmp.write("bad.vec", "3 4\nalpha 1 0 0 0\nbeta 0 1 0\ngamma 1 1 1 1\n");
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg.find(p + ":3") != std::string::npos);
    CHECK(msg.find("expected 4 values") != std::string::npos);
    std::string g = tmp.write("bad-glove.txt", "a 1 2\nb 1 2 3\n");
    std::string gmsg = error_of([&] { StaticVectorEmbedder::load(g); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(gmsg.find(g + ":2") != std::string::npos);
  }
  SUBCASE("bad number") {
    std::string p = tmp.write("num.vec", "2 2\nalpha 1 0\nbeta 0 x1\n");
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg.find(p + ":3") != std::string::npos);
    CHECK(msg.find("bad number 'x1'") != std::string::npos);
  }
  SUBCASE("text file with fewer words than its header") {
    std::string p = tmp.write("few.vec", "3 2\nalpha 1 0\nbeta 0 1\n");
    std::string msg = error_of([&] { StaticVectorEmbedder::load(p); }, &code);
    CHECK(code == Error::Code::kParse);
    CHECK(msg.find(p) != std::string::npos);
    CHECK(msg.find("truncated") != std::string::npos);
  }
}
