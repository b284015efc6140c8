#pragma once
// Large tables read at random (the skill matcher's token memo and dictionary) on 2 MiB pages
// where the system offers them: Linux's transparent huge pages, which in its usual "madvise"
// mode a region must ask for. With 4 KiB pages, tables of tens of megabytes outgrow the TLB, and
// a read that misses the cache then also walks the page tables.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace jdpipe::util {

/// An allocator giving blocks of 1 MiB and more 2 MiB-aligned, rounded up to whole 2 MiB
/// pages and marked for huge pages (a hint: where there are none, it is ordinary memory).
/// Smaller blocks come from std::allocator.
template <class T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kPage = size_t{2} << 20;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

  // Room for the rounding up.
  size_t max_size() const noexcept { return (SIZE_MAX - kPage) / sizeof(T); }

  T* allocate(size_t n) {
    if (n > max_size()) throw std::bad_array_new_length();
    if (!huge(n)) return std::allocator<T>{}.allocate(n);
    void* p = ::operator new(rounded(n), std::align_val_t{kPage});
#if defined(MADV_HUGEPAGE)
    madvise(p, rounded(n), MADV_HUGEPAGE);  // a hint; failure leaves ordinary pages
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) noexcept {
    // The unsized delete: clang before 19 declares the sized one only with -fsized-deallocation.
    if (!huge(n)) std::allocator<T>{}.deallocate(p, n);
    else ::operator delete(p, std::align_val_t{kPage});
  }
  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }

 private:
  static bool huge(size_t n) { return n * sizeof(T) >= kPage / 2; }
  static size_t rounded(size_t n) { return (n * sizeof(T) + kPage - 1) / kPage * kPage; }
};

template <class T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace jdpipe::util
