#pragma once

// The run JSON's "enrichment" block (docs/enrichment.md gives its shape).
#include "jdpipe/enrichment.hpp"
#include "util/json.hpp"

namespace jdpipe::enrich {

json::Value enrichment_json(const Enrichment& e);

}  // namespace jdpipe::enrich
