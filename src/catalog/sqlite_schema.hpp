#pragma once

#include "catalog/sqlite_db.hpp"

namespace jdpipe::sqlite {

/// PRAGMA application_id of a jdpipe catalog file ("JDPC").
inline constexpr int32_t kApplicationId = 0x4A445043;

/// The schema version this build writes: the number of migration steps it knows.
int latest_schema_version();

/// Checks that `db` is a jdpipe catalog (or an empty database) of a schema this build can read,
/// and applies the missing migration steps in order in one write transaction. A read-only
/// connection is only checked. Throws jdpipe::Error naming the file.
void check_and_migrate(Db& db, bool read_only);

}  // namespace jdpipe::sqlite
