#include <doctest/doctest.h>
#include <sqlite3.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "jdpipe/jdpipe.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "test_support.hpp"

using namespace jdpipe;
using jdpipe::testing::error_of;
namespace fs = std::filesystem;

namespace {

/// A catalog file under the temp directory with a unique name; removed with its WAL files.
struct TempDb {
  std::string path;
  TempDb() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    path = (fs::temp_directory_path() / ("jdpipe-sqlite-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter++) + "-" + std::to_string(rd()) + ".db"))
               .string();
  }
  ~TempDb() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
  }
};

std::shared_ptr<InMemoryCatalog> mini() {
  return InMemoryCatalog::from_bundle_file(JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl");
}

Options quiet(bool persist = false) {
  Options o;
  o.deterministic_ids = true;
  o.record_timings = false;
  o.persist = persist;
  return o;
}

const std::string kDataEngineerJd =
    "Job Title: Data Engineer\nResponsibilities:\n- Build and schedule batch and streaming data pipelines in Python\n"
    "- Maintain the data warehouse quality checks\nRequirements:\n- 3+ years of Python and CI/CD\n";

const std::string kPastryChefJd =
    "Job Title: Pastry Chef\nResponsibilities:\n- Bake croissants, tarts and breads every morning\n"
    "- Decorate wedding cakes with fondant and sugar flowers\n- Keep the bakery kitchen spotless\n";

std::string data_engineer_jd(const std::string& tag) { return kDataEngineerJd + "Reference " + tag + "\n"; }

int64_t role_id(const CatalogData& d, const char* slug) {
  const Role* r = d.role_by_slug(slug);
  REQUIRE(r);
  return r->id;
}

void check_same_records(const CatalogData& a, const CatalogData& b) {
  CHECK(a.meta == b.meta);
  REQUIRE(a.dimensions.size() == b.dimensions.size());
  REQUIRE(a.skills.size() == b.skills.size());
  REQUIRE(a.roles.size() == b.roles.size());
  for (size_t i = 0; i < a.dimensions.size(); ++i) {
    CAPTURE(a.dimensions[i].slug);
    CHECK(a.dimensions[i] == b.dimensions[i]);
  }
  size_t skill_mismatch = 0, role_mismatch = 0;
  for (size_t i = 0; i < a.skills.size(); ++i)
    if (!(a.skills[i] == b.skills[i])) {
      ++skill_mismatch;
      MESSAGE("skill differs: " << a.skills[i].slug);
    }
  for (size_t i = 0; i < a.roles.size(); ++i)
    if (!(a.roles[i] == b.roles[i])) {
      ++role_mismatch;
      MESSAGE("role differs: " << a.roles[i].slug);
    }
  CHECK(skill_mismatch == 0);
  CHECK(role_mismatch == 0);
}

/// Runs raw SQL on the file with a connection of the test's own.
struct RawDb {
  sqlite3* db = nullptr;
  explicit RawDb(const std::string& path, int flags = SQLITE_OPEN_READWRITE) {
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, flags, nullptr) == SQLITE_OK);
  }
  ~RawDb() { sqlite3_close_v2(db); }
  int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
  int64_t count(const char* sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
  }
};


bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("SQLite catalog: bundle -> SQLite -> CatalogData round trip on the starter and mini catalogs") {
  for (auto source : {InMemoryCatalog::starter(), mini()}) {
    auto original = source->snapshot();
    CAPTURE(original->meta.name);
    TempDb tmp;
    auto cat = SqliteCatalog::create(tmp.path, *original);
    check_same_records(*original, *cat->snapshot());
    CHECK(cat->snapshot() == cat->snapshot());  // loaded once, shared
    // And again from a fresh open of the file.
    auto reopened = SqliteCatalog::open(tmp.path);
    check_same_records(*original, *reopened->snapshot());
    CHECK(reopened->snapshot()->role_by_id(original->roles.back().id)->slug == original->roles.back().slug);
    RawDb raw(tmp.path);
    CHECK(raw.count("PRAGMA user_version") == SqliteCatalog::schema_version());
    CHECK(raw.count("PRAGMA foreign_key_check") == -1);  // no rows: every link resolves
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw.db, "PRAGMA journal_mode", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "wal");
    sqlite3_finalize(st);
  }
}

TEST_CASE("SQLite catalog: create refuses a non-empty catalog unless asked, and a bad record writes nothing") {
  auto data = mini()->snapshot();
  TempDb tmp;
  SqliteCatalog::create(tmp.path, *data);
  std::string err = error_of([&] { SqliteCatalog::create(tmp.path, *InMemoryCatalog::starter()->snapshot()); });
  CHECK(contains(err, tmp.path));
  CHECK(contains(err, "overwrite"));
  CHECK(SqliteCatalog::open(tmp.path)->snapshot()->meta.name == "mini");  // untouched
  SqliteOptions over;
  over.overwrite = true;
  auto starter = InMemoryCatalog::starter()->snapshot();
  auto replaced = SqliteCatalog::create(tmp.path, *starter, over);
  check_same_records(*starter, *replaced->snapshot());

  CatalogData bad = *data;
  bad.roles[0].skills.push_back("no-such-skill");
  TempDb fresh;
  err = error_of([&] { SqliteCatalog::create(fresh.path, bad); });
  CHECK(contains(err, fresh.path));
  CHECK(contains(err, "no-such-skill"));
  CHECK_FALSE(fs::exists(fresh.path));
}

TEST_CASE("SQLite catalog: open creates only when asked; an empty file is migrated to the current schema") {
  TempDb tmp;
  std::string err = error_of([&] { SqliteCatalog::open(tmp.path); });
  CHECK(contains(err, tmp.path));
  CHECK(contains(err, "does not exist"));
  SqliteOptions create;
  create.create_if_missing = true;
  auto cat = SqliteCatalog::open(tmp.path, create);
  CHECK(cat->snapshot()->roles.empty());
  CHECK(RawDb(tmp.path).count("PRAGMA user_version") == SqliteCatalog::schema_version());

  TempDb empty;
  std::ofstream(empty.path).close();  // zero bytes: an empty SQLite database
  CHECK(SqliteCatalog::open(empty.path)->snapshot()->skills.empty());
}

TEST_CASE("SQLite catalog: persisted runs survive reopening; the same run twice changes nothing") {
  TempDb tmp;
  const int N = 5;
  int64_t role = 0;
  {
    auto cat = SqliteCatalog::create(tmp.path, *mini()->snapshot());
    role = role_id(*cat->snapshot(), "data-engineer");
    Pipeline p(cat, quiet(true));
    for (int i = 0; i < N; ++i) {
      Run run = p.run(data_engineer_jd(std::to_string(i)));
      REQUIRE(run.api1.stage4_decision.chosen_role);
      CHECK(run.api1.stage4_decision.chosen_role->slug == "data-engineer");
      CHECK(run.fallbacks.empty());
      CHECK(run.api1.stage5_updates.centroid_updated);
      CHECK(run.api1.stage5_updates.centroid_n_after.value_or(0) == i + 1);
    }
    CHECK(cat->centroid_n(role) == N);
    CHECK(cat->runs_applied() == N);

    // The same run again: the stored receipt, applied=false, nothing moves.
    LearningState before = cat->learning_state();
    Run again = p.run(data_engineer_jd("0"));
    CHECK_FALSE(again.api1.stage5_updates.centroid_updated);
    CHECK(again.api1.stage5_updates.centroid_n_after.value_or(0) == 1);  // the stored receipt's
    PersistReceipt r = cat->persist(again);
    CHECK_FALSE(r.applied);
    CHECK(r.centroid_n_after == 1);
    LearningState after = cat->learning_state();
    CHECK(cat->centroid_n(role) == N);
    CHECK(cat->runs_applied() == N);
    CHECK(after.centroids.at(role).vector == before.centroids.at(role).vector);
    CHECK(after.collisions_logged == before.collisions_logged);
    CHECK(after.alias_suggestions.size() == before.alias_suggestions.size());
  }

  // The centroid is the running mean of the JDs' embeddings, exactly as in memory.
  auto in_memory = mini();
  {
    Pipeline p(in_memory, quiet(true));
    for (int i = 0; i < N; ++i) p.run(data_engineer_jd(std::to_string(i)));
  }
  auto reopened = SqliteCatalog::open(tmp.path);
  check_same_records(*mini()->snapshot(), *reopened->snapshot());
  CHECK(reopened->centroid_n(role) == N);
  CHECK(reopened->runs_applied() == N);
  LearningState stored = reopened->learning_state();
  LearningState expected = in_memory->learning_state();
  REQUIRE(stored.centroids.count(role));
  CHECK(stored.centroids.at(role).n == expected.centroids.at(role).n);
  CHECK(stored.centroids.at(role).vector == expected.centroids.at(role).vector);
  CHECK(stored.centroids.at(role).vector.size() > 0);
  CHECK(stored.alias_suggestions.size() == expected.alias_suggestions.size());
  // And the run applied in the first process is still not applied again.
  Pipeline p(reopened, quiet(true));
  CHECK_FALSE(p.run(data_engineer_jd("3")).api1.stage5_updates.centroid_updated);
  CHECK(reopened->centroid_n(role) == N);
}

TEST_CASE("SQLite catalog: an alias collision is logged once per run") {
  TempDb tmp;
  auto cat = SqliteCatalog::create(tmp.path, *InMemoryCatalog::starter()->snapshot());
  Pipeline p(cat, quiet(true));
  std::string jd = testing::sample_jd();
  Run first = p.run(jd);
  REQUIRE(first.api1.stage4_decision.alias_collision_detected);
  CHECK(first.api1.stage5_updates.collision_log_id.value_or(0) == 1);
  Run again = p.run(jd);
  CHECK(again.api1.stage5_updates.collision_log_id.value_or(0) == 1);
  CHECK(cat->learning_state().collisions_logged == 1);
  Run other = p.run(jd + "\nReference 2");
  CHECK(other.api1.stage5_updates.collision_log_id.value_or(0) == 2);
  CHECK(cat->learning_state().collisions_logged == 2);
  CHECK(RawDb(tmp.path).count("SELECT count(*) FROM collision_log WHERE candidates LIKE '%backend-engineer%'") == 2);
  CHECK(SqliteCatalog::open(tmp.path)->learning_state().collisions_logged == 2);
}

TEST_CASE("SQLite catalog: a case-C run queues one review entry") {
  TempDb tmp;
  auto cat = SqliteCatalog::create(tmp.path, *mini()->snapshot());
  Pipeline p(cat, quiet(true));
  Run run = p.run(kPastryChefJd);
  REQUIRE(run.api1.stage4_decision.case_id == "C");
  CHECK(run.api1.stage5_updates.queue_entry_id.value_or(0) == 1);
  CHECK(run.api1.stage5_updates.v3_pipeline_triggered);
  p.run(kPastryChefJd);  // the same run: no second entry
  auto queue = SqliteCatalog::open(tmp.path)->review_queue();
  REQUIRE(queue.size() == 1);
  CHECK(queue[0].id == 1);
  CHECK(queue[0].slug == "pastry-chef");
  CHECK(queue[0].run_id == run.run_id);
  CHECK(queue[0].kras == run.api1.stage4_decision.new_role_kras);
  CHECK_FALSE(queue[0].kras.empty());
  CHECK(cat->learning_state().queued_roles == 1);
  CHECK(cat->learning_state().centroids.empty());  // a new role has no centroid yet
}

TEST_CASE("SQLite catalog: KRA embeddings are cached in the file; a reopened catalog embeds no KRA") {
  TempDb tmp;
  auto emb = std::make_shared<testing::CountingEmbedder>("counting-sqlite", 128);
  size_t kras = 0;
  auto records = mini()->snapshot();
  for (const auto& r : records->roles) kras += r.kras.size();
  {
    auto cat = SqliteCatalog::create(tmp.path, *mini()->snapshot());
    Pipeline first(cat, quiet(), emb);
    CHECK(emb->texts_embedded == kras);
  }
  auto reopened = SqliteCatalog::open(tmp.path);
  {
    Pipeline second(reopened, quiet(), emb);
    CHECK(emb->texts_embedded == kras);  // from the file
    second.run(data_engineer_jd("x"));
    CHECK(emb->texts_embedded > kras);  // the JD's own sentences
  }
  auto m = reopened->cached_kra_embeddings(emb->name(), emb->dim());
  REQUIRE(m);
  CHECK(m->rows() == static_cast<Eigen::Index>(kras));
  CHECK(m->cols() == emb->dim());
  CHECK_FALSE(reopened->cached_kra_embeddings(emb->name(), emb->dim() + 1));
  CHECK_FALSE(reopened->cached_kra_embeddings("another-embedder", emb->dim()));
  // A read-only open uses the cache too.
  SqliteOptions ro;
  ro.read_only = true;
  size_t before = emb->texts_embedded;
  { Pipeline third(SqliteCatalog::open(tmp.path, ro), quiet(), emb); }
  CHECK(emb->texts_embedded == before);

  // Rows computed from other KRA texts are no cache: the file's KRAs changed.
  reopened.reset();
  REQUIRE(RawDb(tmp.path).exec("UPDATE kras SET text = text || ' (edited)' WHERE id = (SELECT min(id) FROM kras)") ==
          SQLITE_OK);
  before = emb->texts_embedded;
  { Pipeline fourth(SqliteCatalog::open(tmp.path), quiet(), emb); }
  CHECK(emb->texts_embedded == before + kras);
}

TEST_CASE("SQLite catalog: a corrupt file, a foreign database or a newer schema give a clear error naming the path") {
  TempDb garbage;
  {
    std::ofstream out(garbage.path, std::ios::binary);
    std::mt19937 rng(7);
    for (int i = 0; i < 8192; ++i) out.put(static_cast<char>(rng() & 0xff));
  }
  std::string err = error_of([&] { SqliteCatalog::open(garbage.path); });
  CHECK(contains(err, garbage.path));
  CHECK(contains(err, "not a SQLite database or is corrupt"));
  CHECK(contains(err, "file is not a database"));
  // create() must not clobber it either.
  err = error_of([&] { SqliteCatalog::create(garbage.path, *mini()->snapshot(), {}); });
  CHECK(contains(err, garbage.path));
  CHECK(fs::file_size(garbage.path) == 8192);

  // A real catalog whose pages were overwritten past the header.
  TempDb damaged;
  SqliteCatalog::create(damaged.path, *InMemoryCatalog::starter()->snapshot());
  {
    auto size = fs::file_size(damaged.path);
    REQUIRE(size > 64 * 1024);
    std::fstream f(damaged.path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    std::mt19937 rng(11);
    for (std::uintmax_t i = 4096; i < size; ++i) f.put(static_cast<char>(rng() & 0xff));
  }
  err = error_of([&] { SqliteCatalog::open(damaged.path); });
  CHECK(contains(err, damaged.path));
  CHECK(contains(err, "corrupt"));

  TempDb foreign;
  {
    RawDb raw(foreign.path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(raw.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)") == SQLITE_OK);
  }
  err = error_of([&] { SqliteCatalog::open(foreign.path); });
  CHECK(contains(err, foreign.path));
  CHECK(contains(err, "not a jdpipe catalog"));

  TempDb newer;
  SqliteCatalog::create(newer.path, *mini()->snapshot());
  REQUIRE(RawDb(newer.path).exec("PRAGMA user_version = 999") == SQLITE_OK);
  err = error_of([&] { SqliteCatalog::open(newer.path); });
  CHECK(contains(err, newer.path));
  CHECK(contains(err, "newer"));
}

TEST_CASE("SQLite catalog: a read-only catalog refuses to persist and the pipeline run still completes") {
  TempDb tmp;
  SqliteCatalog::create(tmp.path, *mini()->snapshot());
  SqliteOptions ro;
  ro.read_only = true;  // SQLITE_OPEN_READONLY
  auto cat = SqliteCatalog::open(tmp.path, ro);
  CHECK(cat->read_only());
  Pipeline p(cat, quiet(true));
  Run run = p.run(data_engineer_jd("ro"));
  REQUIRE_FALSE(run.rejected());
  REQUIRE(run.api1.stage4_decision.chosen_role);
  REQUIRE(run.fallbacks.size() == 1);
  CHECK(run.fallbacks[0].stage == "persist");
  CHECK(contains(run.fallbacks[0].reason, tmp.path));
  CHECK(contains(run.fallbacks[0].reason, "read-only"));
  CHECK_FALSE(run.api1.stage5_updates.centroid_updated);
  std::string err = error_of([&] { cat->persist(run); });
  CHECK(contains(err, tmp.path));
  CHECK(contains(err, "read-only"));
  CHECK(cat->centroid_n(role_id(*cat->snapshot(), "data-engineer")) == 0);
  CHECK(cat->runs_applied() == 0);

  // A file the process may not write. Root writes through chmod 0444, so this part only
  // means something for other users.
  if (::geteuid() != 0) {
    TempDb locked_down;
    SqliteCatalog::create(locked_down.path, *mini()->snapshot());
    REQUIRE(::chmod(locked_down.path.c_str(), 0444) == 0);
    auto cat2 = SqliteCatalog::open(locked_down.path);
    CHECK(cat2->read_only());
    err = error_of([&] { cat2->persist(run); });
    CHECK(contains(err, locked_down.path));
    CHECK(contains(err, "read-only"));
  }
}

TEST_CASE("SQLite catalog: a catalog locked by another writer past the busy timeout gives a clear error") {
  TempDb tmp;
  SqliteCatalog::create(tmp.path, *mini()->snapshot());
  SqliteOptions quick;
  quick.busy_timeout_ms = 100;
  auto cat = SqliteCatalog::open(tmp.path, quick);
  Pipeline p(cat, quiet(true));

  RawDb holder(tmp.path);
  REQUIRE(holder.exec("BEGIN IMMEDIATE") == SQLITE_OK);
  Run run = p.run(data_engineer_jd("locked"));  // completes, lists the fallback
  REQUIRE(run.fallbacks.size() == 1);
  CHECK(run.fallbacks[0].stage == "persist");
  CHECK(contains(run.fallbacks[0].reason, "locked"));
  auto t0 = std::chrono::steady_clock::now();
  std::string err = error_of([&] { cat->persist(run); });
  auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(contains(err, tmp.path));
  CHECK((contains(err, "locked") || contains(err, "busy")));
  CHECK(waited >= 90);
  CHECK(waited < 3000);
  // Readers are not blocked by the writer (WAL).
  CHECK(cat->centroid_n(role_id(*cat->snapshot(), "data-engineer")) == 0);
  CHECK(SqliteCatalog::open(tmp.path, quick)->snapshot()->roles.size() == mini()->snapshot()->roles.size());

  REQUIRE(holder.exec("ROLLBACK") == SQLITE_OK);
  CHECK(cat->persist(run).applied);
  CHECK(cat->runs_applied() == 1);
}

TEST_CASE("SQLite catalog: four processes persisting into one file lose no run") {
  TempDb tmp;
  int64_t role = 0;
  {
    auto cat = SqliteCatalog::create(tmp.path, *mini()->snapshot());
    role = role_id(*cat->snapshot(), "data-engineer");
  }
  const int kChildren = 4, kRuns = 10;
  std::vector<pid_t> children;
  for (int c = 0; c < kChildren; ++c) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int rc = 0;
      try {
        auto cat = SqliteCatalog::open(tmp.path);
        Pipeline p(cat, quiet(true));
        for (int i = 0; i < kRuns; ++i) {
          Run run = p.run(data_engineer_jd(std::to_string(c) + "-" + std::to_string(i)));
          if (!run.fallbacks.empty() || !run.api1.stage5_updates.centroid_updated) rc = 1;
        }
      } catch (...) {
        rc = 2;
      }
      ::_exit(rc);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto cat = SqliteCatalog::open(tmp.path);
  int64_t total = 0;
  for (const auto& [id, c] : cat->learning_state().centroids) total += c.n;
  CHECK(total == kChildren * kRuns);
  CHECK(cat->centroid_n(role) == kChildren * kRuns);
  CHECK(cat->runs_applied() == kChildren * kRuns);
  CHECK(RawDb(tmp.path).count("SELECT count(DISTINCT run_id) FROM run_log") == kChildren * kRuns);
}

TEST_CASE("SQLite catalog: many threads read while run_batch persists") {
  TempDb tmp;
  auto cat = SqliteCatalog::create(tmp.path, *mini()->snapshot());
  const int64_t role = role_id(*cat->snapshot(), "data-engineer");
  Pipeline p(cat, quiet(true));
  std::vector<std::string> jds;
  for (int i = 0; i < 24; ++i) jds.push_back(data_engineer_jd("batch-" + std::to_string(i)));
  std::atomic<bool> done{false};
  std::atomic<int64_t> reads{0}, bad_reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t)
    readers.emplace_back([&] {
      int64_t last = 0;
      while (!done) {
        // The count only grows, and the snapshot stays the one loaded at open.
        int64_t n = cat->centroid_n(role);
        if (n < last || n > 24 || cat->snapshot()->roles.empty() ||
            !cat->cached_kra_embeddings(p.embedder().name(), p.embedder().dim()))
          ++bad_reads;
        last = n;
        ++reads;
      }
    });
  auto runs = p.run_batch(jds, 4);
  done = true;
  for (auto& t : readers) t.join();
  for (const auto& r : runs) CHECK(r.fallbacks.empty());
  CHECK(cat->centroid_n(role) == 24);
  CHECK(cat->runs_applied() == 24);
  CHECK(reads > 0);
  CHECK(bad_reads == 0);
}

namespace {

/// The catalog agrees with itself: SQLite's integrity check passes, every applied run is in
/// run_log once, and the centroid counts add up to the applied runs (all of them chose a role).
void check_consistent(const std::string& path) {
  RawDb raw(path);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(raw.db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok");
  sqlite3_finalize(st);
  auto cat = SqliteCatalog::open(path);
  int64_t total = 0;
  for (const auto& [id, c] : cat->learning_state().centroids) total += c.n;
  CHECK(total == cat->runs_applied());
  CHECK(raw.count("SELECT count(DISTINCT run_id) FROM run_log") == cat->runs_applied());
}

/// The same distinct runs every time (deterministic ids), so a rerun finds what was applied.
std::vector<Run> numbered_runs(const Pipeline& p, int n) {
  std::vector<Run> runs;
  for (int i = 0; i < n; ++i) runs.push_back(p.run(data_engineer_jd("fault-" + std::to_string(i))));
  return runs;
}

}  // namespace

TEST_CASE("SQLite catalog: a process killed while persisting leaves whole runs only; a rerun completes the rest") {
  TempDb tmp;
  SqliteCatalog::create(tmp.path, *mini()->snapshot());
  const int kRuns = 1500;
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto cat = SqliteCatalog::open(tmp.path);
    Pipeline p(cat, quiet(false));
    auto runs = numbered_runs(p, kRuns);
    for (size_t i = 0; i < runs.size(); ++i) {
      if (i == 100) {  // tell the parent to kill: the remaining runs keep this process busy
        char go = 1;
        (void)!::write(ready[1], &go, 1);
      }
      cat->persist(runs[i]);
    }
    ::_exit(0);
  }
  char go = 0;
  REQUIRE(::read(ready[0], &go, 1) == 1);
  // A varying moment, so that over many CI runs the kill lands in every part of a transaction.
  std::this_thread::sleep_for(std::chrono::microseconds(std::random_device{}() % 20000));
  ::kill(pid, SIGKILL);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  ::close(ready[0]);
  ::close(ready[1]);
  check_consistent(tmp.path);
  int64_t before = SqliteCatalog::open(tmp.path)->runs_applied();
  MESSAGE("killed after " << before << " of " << kRuns << " runs were persisted");
  CHECK(before < kRuns);  // the kill came mid-way (else the test proves nothing: make kRuns larger)

  auto cat = SqliteCatalog::open(tmp.path);
  Pipeline p(cat, quiet(false));
  int applied_now = 0;
  for (const auto& r : numbered_runs(p, kRuns)) applied_now += cat->persist(r).applied ? 1 : 0;
  CHECK(applied_now == kRuns - before);  // what the killed process applied is not applied twice
  CHECK(cat->runs_applied() == kRuns);
  check_consistent(tmp.path);
}

TEST_CASE("SQLite catalog: a full disk fails persisting with an error naming the file and corrupts nothing") {
  TempDb tmp;
  SqliteCatalog::create(tmp.path, *mini()->snapshot());
  int report[2];
  REQUIRE(::pipe(report) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int applied = 0;
    std::string error;
    try {
      auto cat = SqliteCatalog::open(tmp.path);
      Pipeline p(cat, quiet(false));
      auto runs = numbered_runs(p, 1000);
      // From here no file of this process may grow more than 128 KiB past the largest catalog
      // file: the write-ahead log fills up after some runs, as on a full disk.
      std::error_code ec;
      auto size = [&](const std::string& f) { auto n = fs::file_size(f, ec); return ec ? 0 : n; };
      rlim_t cap = std::max(size(tmp.path), size(tmp.path + "-wal")) + 128 * 1024;
      ::signal(SIGXFSZ, SIG_IGN);
      struct rlimit lim {cap, cap};
      ::setrlimit(RLIMIT_FSIZE, &lim);
      for (const auto& r : runs) applied += cat->persist(r).applied ? 1 : 0;
    } catch (const Error& e) {
      error = e.what();
    }
    std::string msg = std::to_string(applied) + "\n" + error;
    (void)!::write(report[1], msg.data(), msg.size());
    ::_exit(0);
  }
  ::close(report[1]);
  std::string msg;
  char buf[512];
  for (ssize_t n; (n = ::read(report[0], buf, sizeof buf)) > 0;) msg.append(buf, static_cast<size_t>(n));
  ::close(report[0]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  size_t nl = msg.find('\n');
  REQUIRE(nl != std::string::npos);
  int applied = std::stoi(msg.substr(0, nl));
  std::string error = msg.substr(nl + 1);
  MESSAGE("applied " << applied << " runs, then: " << error);
  CHECK(applied > 0);
  CHECK(applied < 1000);
  CHECK(contains(error, tmp.path));
  check_consistent(tmp.path);
  CHECK(SqliteCatalog::open(tmp.path)->runs_applied() == applied);
}
