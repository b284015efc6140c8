#pragma once

// The whole public C++ API of jdpipe.
#include "jdpipe/bundle.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/catalog_io.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/importers.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"
#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/pipeline.hpp"
#include "jdpipe/report.hpp"
#include "jdpipe/result_json.hpp"
#include "jdpipe/run.hpp"
#include "jdpipe/skill_tagger.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "jdpipe/title_bridge.hpp"
#include "jdpipe/version.hpp"
