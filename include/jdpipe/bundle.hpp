#pragma once

// Writing catalog bundles (.jsonl, FORMATS.md "Catalog bundle"). The loader is
// InMemoryCatalog::from_bundle_text / from_bundle_file (jdpipe/catalog.hpp).
#include <string>

#include "jdpipe/catalog.hpp"

namespace jdpipe {

/// The bundle text of `data`: the meta line first, then one line per dimension, skill and
/// role, in that order and in the records' order. Each line starts with "kind" and lists the
/// other fields with sorted keys. References go by slug; ids are kept (records, and aliases,
/// which are written as objects with text, type, match and is_primary), so that loading the
/// text gives records equal to `data`'s. Ids of 0 (not yet assigned) are left out.
std::string to_bundle_text(const CatalogData& data);

/// Writes to_bundle_text(data) to `path`, through a temporary file in the same folder that
/// replaces `path` only when complete. Throws jdpipe::Error kIO naming the path.
void write_bundle(const CatalogData& data, const std::string& path);

}  // namespace jdpipe
