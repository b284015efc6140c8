// The allocator behind the matcher's large tables: blocks from 1 MiB on are 2 MiB-aligned (what
// transparent huge pages need), smaller ones ordinary, and a vector keeps its contents as it
// grows across the threshold and shrinks back below it.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "skills/key_table.hpp"
#include "util/huge_pages.hpp"

using namespace jdpipe;

TEST_CASE("huge pages: large blocks 2 MiB-aligned, contents kept across the threshold both ways") {
  constexpr size_t kPage = util::HugePageAllocator<uint64_t>::kPage;
  util::HugePageVector<uint64_t> v;
  // Past 1 MiB (131,072 words) the vector's buffer comes from the huge-page path.
  for (uint64_t i = 0; i < 300000; ++i) {
    v.push_back(i * 2654435761u);
    if (v.size() * sizeof(uint64_t) >= kPage / 2 && v.size() == v.capacity())
      CHECK(reinterpret_cast<uintptr_t>(v.data()) % kPage == 0);
  }
  CHECK(reinterpret_cast<uintptr_t>(v.data()) % kPage == 0);
  bool kept = true;
  for (uint64_t i = 0; i < v.size(); ++i) kept &= v[i] == i * 2654435761u;
  CHECK(kept);
  v.resize(1000);
  v.shrink_to_fit();  // a large block freed, a small one allocated
  REQUIRE(v.size() == 1000);
  kept = true;
  for (uint64_t i = 0; i < v.size(); ++i) kept &= v[i] == i * 2654435761u;
  CHECK(kept);
  CHECK_THROWS_AS(v.get_allocator().allocate(SIZE_MAX / sizeof(uint64_t)), std::bad_array_new_length);
}

TEST_CASE("huge pages: a key table whose slots and arena outgrow 1 MiB finds every key") {
  skills::KeyTable table;
  constexpr uint32_t kKeys = 150000;  // slots 2 MiB, arena about 3 MiB
  for (uint32_t k = 0; k < kKeys; ++k) table.try_emplace("key" + std::to_string(k), k);
  uint32_t found = 0;
  for (uint32_t k = 0; k < kKeys; ++k) found += table.find("key" + std::to_string(k)) == k;
  CHECK(found == kKeys);
  CHECK(table.find("key" + std::to_string(kKeys)) == skills::KeyTable::kMissing);
  CHECK(table.key(kKeys - 1) == "key" + std::to_string(kKeys - 1));
}
