#pragma once

// The whole public C++ API of jdpipe.
#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"
#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/pipeline.hpp"
#include "jdpipe/run.hpp"
#include "jdpipe/version.hpp"
