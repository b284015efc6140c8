// jdpipe._core: the pybind11 face of the C++ API. The pure-Python package `jdpipe` re-exports
// it; see bindings/python/jdpipe/_core.pyi for the typed surface.
//
// Run results cross into Python as the run JSON (Run::to_json parsed by the `json` module), so
// Python sees exactly the schema the CLI and the C ABI emit, with no second mapping to keep in
// sync. Native work runs with the GIL released.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "jdpipe/jdpipe.hpp"

namespace py = pybind11;

namespace {

const char* code_name(jdpipe::Error::Code code) {
  switch (code) {
    case jdpipe::Error::Code::kInvalidArgument: return "invalid_argument";
    case jdpipe::Error::Code::kNotFound: return "not_found";
    case jdpipe::Error::Code::kParse: return "parse";
    case jdpipe::Error::Code::kIO: return "io";
    case jdpipe::Error::Code::kPlugin: return "plugin";
    case jdpipe::Error::Code::kInternal: return "internal";
  }
  return "unknown";
}

// str, bytes or os.PathLike to a file system path.
std::string fspath(const py::object& path_like) {
  py::object path = py::module_::import("os").attr("fspath")(path_like);
  if (PyBytes_Check(path.ptr())) return std::string(py::reinterpret_borrow<py::bytes>(path));
  return path.cast<std::string>();
}

py::object json_loads(const std::string& text) {
  return py::module_::import("json").attr("loads")(py::str(text));
}

// A catalog as Python holds it: the shared C++ catalog plus what loading it skipped.
struct PyCatalog {
  std::shared_ptr<jdpipe::Catalog> catalog;
  std::vector<std::string> skipped_lines;

  std::shared_ptr<const jdpipe::CatalogData> data() const { return catalog->snapshot(); }
};

std::shared_ptr<PyCatalog> wrap(std::shared_ptr<jdpipe::Catalog> catalog,
                                std::vector<std::string> skipped = {}) {
  auto out = std::make_shared<PyCatalog>();
  out->catalog = std::move(catalog);
  out->skipped_lines = std::move(skipped);
  return out;
}

// jdpipe.JdpipeError; set once at import and never freed, since the exception translator may
// run until interpreter shutdown.
py::exception<jdpipe::Error>* error_type = nullptr;

struct PyPipeline {
  std::shared_ptr<PyCatalog> catalog;
  std::unique_ptr<jdpipe::Pipeline> pipeline;
};

// ---- Options from keyword arguments -----------------------------------------------------

[[noreturn]] void option_type_error(const std::string& key, const char* expected, py::handle value) {
  throw py::type_error("Pipeline(): option '" + key + "' must be " + expected + ", not " +
                       std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

double as_double(const std::string& key, py::handle value) {
  if (PyBool_Check(value.ptr()) || !(PyFloat_Check(value.ptr()) || PyIndex_Check(value.ptr()) ||
                                     PyNumber_Check(value.ptr())))
    option_type_error(key, "a float", value);
  double out = PyFloat_AsDouble(value.ptr());
  if (out == -1.0 && PyErr_Occurred()) {
    PyErr_Clear();
    option_type_error(key, "a float", value);
  }
  if (!std::isfinite(out)) throw py::value_error("Pipeline(): option '" + key + "' must be finite");
  return out;
}

long long as_int(const std::string& key, py::handle value) {
  if (PyBool_Check(value.ptr()) || !PyIndex_Check(value.ptr())) option_type_error(key, "an int", value);
  py::int_ index = py::reinterpret_steal<py::int_>(PyNumber_Index(value.ptr()));
  if (!index) throw py::error_already_set();
  int overflow = 0;
  long long out = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
  if (overflow != 0) throw py::value_error("Pipeline(): option '" + key + "' is out of range");
  return out;
}

size_t as_size(const std::string& key, py::handle value) {
  long long v = as_int(key, value);
  if (v < 0) throw py::value_error("Pipeline(): option '" + key + "' must be >= 0, got " + std::to_string(v));
  return static_cast<size_t>(v);
}

bool as_bool(const std::string& key, py::handle value) {
  if (!PyBool_Check(value.ptr())) option_type_error(key, "a bool", value);
  return value.ptr() == Py_True;
}

const char* const kOptionNames[] = {
    "w_alias", "w_kra", "w_skill", "accept_threshold", "margin", "new_role_threshold", "top_k",
    "deterministic_ids", "record_timings", "persist", "max_input_bytes", "min_words"};

void apply_option(jdpipe::Options& o, const std::string& key, py::handle value) {
  if (key == "w_alias") o.w_alias = as_double(key, value);
  else if (key == "w_kra") o.w_kra = as_double(key, value);
  else if (key == "w_skill") o.w_skill = as_double(key, value);
  else if (key == "accept_threshold") o.accept_threshold = as_double(key, value);
  else if (key == "margin") o.margin = as_double(key, value);
  else if (key == "new_role_threshold") o.new_role_threshold = as_double(key, value);
  else if (key == "top_k") {
    long long v = as_int(key, value);
    if (v < 1 || v > 1000000) throw py::value_error("Pipeline(): option 'top_k' must be >= 1, got " + std::to_string(v));
    o.top_k = static_cast<int>(v);
  } else if (key == "deterministic_ids") o.deterministic_ids = as_bool(key, value);
  else if (key == "record_timings") o.record_timings = as_bool(key, value);
  else if (key == "persist") o.persist = as_bool(key, value);
  else if (key == "max_input_bytes") o.parse.max_input_bytes = as_size(key, value);
  else if (key == "min_words") o.parse.min_words = as_size(key, value);
  else {
    std::string known;
    for (const char* name : kOptionNames) known += (known.empty() ? "" : ", ") + std::string(name);
    throw py::type_error("Pipeline() got an unexpected keyword argument '" + key +
                         "' (options are: " + known + ")");
  }
}

py::dict options_dict(const jdpipe::Options& o) {
  py::dict d;
  d["w_alias"] = o.w_alias;
  d["w_kra"] = o.w_kra;
  d["w_skill"] = o.w_skill;
  d["accept_threshold"] = o.accept_threshold;
  d["margin"] = o.margin;
  d["new_role_threshold"] = o.new_role_threshold;
  d["top_k"] = o.top_k;
  d["deterministic_ids"] = o.deterministic_ids;
  d["record_timings"] = o.record_timings;
  d["persist"] = o.persist;
  d["max_input_bytes"] = o.parse.max_input_bytes;
  d["min_words"] = o.parse.min_words;
  return d;
}

std::vector<std::string> texts_from(py::handle texts) {
  if (PyUnicode_Check(texts.ptr()) || PyBytes_Check(texts.ptr()))
    throw py::type_error("run_batch(): texts must be an iterable of str, not a single string");
  std::vector<std::string> out;
  if (PySequence_Check(texts.ptr())) {
    Py_ssize_t n = PySequence_Size(texts.ptr());
    if (n > 0) out.reserve(static_cast<size_t>(n));
  }
  size_t i = 0;
  for (py::handle item : py::iter(texts)) {
    if (PyUnicode_Check(item.ptr())) out.push_back(item.cast<std::string>());
    else if (PyBytes_Check(item.ptr())) out.push_back(std::string(py::reinterpret_borrow<py::bytes>(item)));
    else
      throw py::type_error("run_batch(): texts[" + std::to_string(i) + "] must be str, not " +
                           std::string(py::str(py::type::handle_of(item).attr("__name__"))));
    ++i;
  }
  return out;
}

py::dict nano_parsed_of(const jdpipe::ParsedJD& parsed) {
  // The run JSON is the one place that names ParsedJD's fields; reuse it rather than keep a
  // second mapping here.
  jdpipe::Run run;
  run.nano_parsed = parsed;
  run.api1.rejected = parsed.jd_type != "pass";
  run.api1.rejection_reason = parsed.rejection_reason;
  std::string text;
  {
    py::gil_scoped_release release;
    text = run.to_json();
  }
  py::dict whole = json_loads(text);
  return whole["nano_parsed"];
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() =
      "jdpipe._core: the native core of jdpipe (job-description parsing, skill extraction and\n"
      "role resolution over a catalog). Use it through the `jdpipe` package.";

  // jdpipe::Error -> jdpipe.JdpipeError(RuntimeError), carrying the C++ message and its code.
  error_type = new py::exception<jdpipe::Error>(m, "JdpipeError", PyExc_RuntimeError);
  error_type->attr("__module__") = "jdpipe";
  error_type->attr("__doc__") =
      "Raised for errors of the jdpipe library: bad arguments, unreadable or invalid catalogs,\n"
      "failed plug-ins. A bad job description is never an error (it gives a rejected run).\n\n"
      "Attributes:\n"
      "    code: the library's error code as a string: 'invalid_argument', 'not_found',\n"
      "        'parse', 'io', 'plugin' or 'internal'.";
  error_type->attr("code") = py::none();
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const jdpipe::Error& e) {
      py::object instance = py::handle(error_type->ptr())(py::str(e.what()));
      instance.attr("code") = code_name(e.code());
      PyErr_SetObject(error_type->ptr(), instance.ptr());
    }
  });

  m.attr("__version__") = jdpipe::version();
  m.def("version", &jdpipe::version,
        "The jdpipe library's version string at run time, e.g. '0.1.0'.");

  // ---- Catalog ----------------------------------------------------------------------------
  py::class_<PyCatalog, std::shared_ptr<PyCatalog>>(m, "Catalog", R"doc(
A taxonomy of roles, skills, aliases, KRAs and dimensions that a Pipeline resolves against.

Make one with Catalog.starter() (the catalog compiled into the library), Catalog.from_bundle(path)
or Catalog.from_bundle_text(text). A catalog is immutable apart from its learning state and may be
shared by several pipelines and threads.
)doc")
      .def_static(
          "starter", [] { return wrap(jdpipe::InMemoryCatalog::starter()); },
          R"doc(The starter catalog compiled into the library (held in memory).)doc")
      .def_static(
          "from_bundle",
          [](const py::object& path_like, bool skip_bad_lines) {
            const std::string path = fspath(path_like);
            jdpipe::BundleLoadOptions options;
            options.skip_bad_lines = skip_bad_lines;
            std::vector<std::string> skipped;
            std::shared_ptr<jdpipe::InMemoryCatalog> catalog;
            {
              py::gil_scoped_release release;
              catalog = jdpipe::InMemoryCatalog::from_bundle_file(path, options, &skipped);
            }
            return wrap(std::move(catalog), std::move(skipped));
          },
          py::arg("path"), py::arg("skip_bad_lines") = false,
          R"doc(
Loads a catalog bundle (.jsonl, one JSON record a line) into memory.

Args:
    path: the bundle file (str or os.PathLike).
    skip_bad_lines: load the good lines and list the bad ones in `skipped_lines` instead of
        failing on the first bad line.

Raises:
    JdpipeError: the file cannot be read, or a line is invalid (naming the path and line).
)doc")
      .def_static(
          "from_bundle_text",
          [](const std::string& text, const std::string& name, bool skip_bad_lines) {
            jdpipe::BundleLoadOptions options;
            options.skip_bad_lines = skip_bad_lines;
            std::vector<std::string> skipped;
            std::shared_ptr<jdpipe::InMemoryCatalog> catalog;
            {
              py::gil_scoped_release release;
              catalog = jdpipe::InMemoryCatalog::from_bundle_text(text, name, options, &skipped);
            }
            return wrap(std::move(catalog), std::move(skipped));
          },
          py::arg("text"), py::arg("name") = "<string>", py::arg("skip_bad_lines") = false,
          R"doc(
Loads a catalog bundle from its text (JSON Lines, one record a line).

Args:
    text: the bundle's content.
    name: names the text in error messages.
    skip_bad_lines: as for from_bundle().

Raises:
    JdpipeError: a line is invalid or a reference does not resolve.
)doc")
      .def_static(
          "starter_bundle_text", [] { return std::string(jdpipe::starter_catalog_bundle()); },
          "The starter catalog's bundle text (JSON Lines), as compiled into the library.")
      .def_property_readonly(
          "name", [](const PyCatalog& c) { return c.data()->meta.name; }, "The catalog's name (its meta record).")
      .def_property_readonly(
          "version", [](const PyCatalog& c) { return c.data()->meta.version; },
          "The catalog's version (its meta record).")
      .def_property_readonly(
          "description", [](const PyCatalog& c) { return c.data()->meta.description; },
          "The catalog's description (its meta record).")
      .def_property_readonly(
          "license", [](const PyCatalog& c) { return c.data()->meta.license; },
          "The catalog's license (its meta record).")
      .def_property_readonly(
          "role_count", [](const PyCatalog& c) { return c.data()->roles.size(); }, "How many roles the catalog has.")
      .def_property_readonly(
          "skill_count", [](const PyCatalog& c) { return c.data()->skills.size(); },
          "How many skills the catalog has.")
      .def_property_readonly(
          "dimension_count", [](const PyCatalog& c) { return c.data()->dimensions.size(); },
          "How many dimensions the catalog has.")
      .def_property_readonly(
          "role_slugs",
          [](const PyCatalog& c) {
            std::vector<std::string> out;
            for (const auto& r : c.data()->roles) out.push_back(r.slug);
            return out;
          },
          "The slugs of the catalog's roles, in catalog order.")
      .def_property_readonly(
          "skill_slugs",
          [](const PyCatalog& c) {
            std::vector<std::string> out;
            for (const auto& s : c.data()->skills) out.push_back(s.slug);
            return out;
          },
          "The slugs of the catalog's skills, in catalog order.")
      .def_property_readonly(
          "skipped_lines", [](const PyCatalog& c) { return c.skipped_lines; },
          "The bad lines that loading with skip_bad_lines=True skipped, one message each.")
      .def(
          "learning_state",
          [](const PyCatalog& c) -> py::object {
            auto* memory = dynamic_cast<const jdpipe::InMemoryCatalog*>(c.catalog.get());
            if (!memory) return py::none();
            jdpipe::LearningState state = memory->learning_state();
            py::dict centroids;
            for (const auto& [role_id, centroid] : state.centroids) centroids[py::int_(role_id)] = centroid.n;
            py::dict out;
            out["centroid_n"] = centroids;
            out["collisions_logged"] = state.collisions_logged;
            out["queued_roles"] = state.queued_roles;
            return py::object(std::move(out));
          },
          R"doc(
What the learning loop has recorded so far (runs with persist=True):
{"centroid_n": {role_id: n}, "collisions_logged": int, "queued_roles": int}.
)doc")
      .def("__repr__", [](const PyCatalog& c) {
        auto d = c.data();
        return "<jdpipe.Catalog name='" + d->meta.name + "' version='" + d->meta.version +
               "' roles=" + std::to_string(d->roles.size()) + " skills=" + std::to_string(d->skills.size()) +
               " dimensions=" + std::to_string(d->dimensions.size()) + ">";
      });

  // ---- Pipeline ---------------------------------------------------------------------------
  py::class_<PyPipeline>(m, "Pipeline", R"doc(
The whole jdpipe pipeline over one catalog: parse a job description, extract its skills,
resolve its role, and plan (or, with persist=True, apply) the catalog updates.

Construction compiles the catalog's matchers; after that run() and run_batch() are safe to call
from many threads and release the GIL while they work.
)doc")
      .def(py::init([](std::shared_ptr<PyCatalog> catalog, py::kwargs kwargs) {
             jdpipe::Options options;
             for (auto item : kwargs) apply_option(options, py::cast<std::string>(item.first), item.second);
             auto out = std::make_unique<PyPipeline>();
             {
               py::gil_scoped_release release;
               out->catalog = catalog ? std::move(catalog) : wrap(jdpipe::InMemoryCatalog::starter());
               out->pipeline = std::make_unique<jdpipe::Pipeline>(out->catalog->catalog, options);
             }
             return out;
           }),
           py::arg("catalog") = py::none(), R"doc(
Pipeline(catalog=None, **options)

Args:
    catalog: a Catalog; None for the starter catalog compiled into the library.
    **options: any of
        w_alias, w_kra, w_skill (float): weights of the alias, KRA and skill signals
            in the fused role score;
        accept_threshold (float), margin (float): case B takes the best role when its score
            is at least accept_threshold and leads the second by margin;
        new_role_threshold (float): below it the JD proposes a new role (case C);
        top_k (int): candidates kept per signal;
        deterministic_ids (bool): derive run ids from the input and options (else random UUIDs);
        record_timings (bool): record per-stage timings in the run;
        persist (bool): apply the learning loop to the catalog (else it is a dry-run plan);
        max_input_bytes (int): longer input is rejected as too_long;
        min_words (int): input with fewer words is rejected as too_short.

Raises:
    TypeError: an unknown option, or an option of the wrong type.
    ValueError: an option out of range.
    JdpipeError: the library rejects the options or the catalog.
)doc")
      .def(
          "run",
          [](const PyPipeline& self, const std::string& text, const std::string& input_id) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = self.pipeline->run(text, input_id).to_json();
            }
            return json_loads(json).cast<py::dict>();
          },
          py::arg("text"), py::arg("input_id") = "", R"doc(
Runs one job description and returns the run as a dict (the run JSON: run_id, input_id,
nano_parsed, api1, api2, api3, fallbacks, timings_us, ...).

Bad input (empty, too short, not a job ad...) is not an error: it gives a run whose
run["api1"]["rejected"] is True with a rejection_reason.

Args:
    text: the job description (str, or UTF-8 bytes).
    input_id: your id for the JD, copied into the run's input_id.
)doc")
      .def(
          "run_json",
          [](const PyPipeline& self, const std::string& text, const std::string& input_id, int indent) {
            py::gil_scoped_release release;
            return self.pipeline->run(text, input_id).to_json(indent);
          },
          py::arg("text"), py::arg("input_id") = "", py::arg("indent") = -1, R"doc(
Runs one job description and returns the run JSON as a str (keys sorted).

Args:
    text: the job description.
    input_id: your id for the JD, copied into the run's input_id.
    indent: spaces per level; negative for one line.
)doc")
      .def(
          "run_batch",
          [](const PyPipeline& self, py::iterable texts, long long threads) {
            if (threads < 0) throw py::value_error("run_batch(): threads must be >= 0");
            std::vector<std::string> inputs = texts_from(texts);
            std::vector<std::string> jsons;
            {
              py::gil_scoped_release release;
              std::vector<jdpipe::Run> runs = self.pipeline->run_batch(inputs, static_cast<unsigned>(threads));
              jsons.reserve(runs.size());
              for (const auto& run : runs) jsons.push_back(run.to_json());
            }
            py::list out(jsons.size());
            for (size_t i = 0; i < jsons.size(); ++i) out[i] = json_loads(jsons[i]);
            return out;
          },
          py::arg("texts"), py::arg("threads") = 0, R"doc(
Runs many job descriptions on a thread pool and returns their runs as dicts, in input order.
Each run's input_id is its index in `texts` as a string ("0", "1", ...).

Args:
    texts: an iterable of job descriptions (str).
    threads: worker threads; 0 for the hardware concurrency.
)doc")
      .def_property_readonly(
          "catalog", [](const PyPipeline& self) { return self.catalog; }, "The Catalog the pipeline runs over.")
      .def_property_readonly(
          "options", [](const PyPipeline& self) { return options_dict(self.pipeline->options()); },
          "The pipeline's options as a dict (a copy).")
      .def_property_readonly(
          "embedder_name", [](const PyPipeline& self) { return self.pipeline->embedder().name(); },
          "The name of the embedder the KRA signal uses.")
      .def("__repr__", [](const PyPipeline& self) {
        const auto& meta = self.catalog->data()->meta;
        return "<jdpipe.Pipeline catalog='" + meta.name + "' version='" + meta.version + "'>";
      });

  // ---- Free functions ---------------------------------------------------------------------
  m.def(
      "parse",
      [](const std::string& text, size_t max_input_bytes, size_t min_words) {
        jdpipe::ParseOptions options;
        options.max_input_bytes = max_input_bytes;
        options.min_words = min_words;
        jdpipe::ParsedJD parsed;
        {
          py::gil_scoped_release release;
          parsed = jdpipe::parse_jd(text, options);
        }
        return nano_parsed_of(parsed);
      },
      py::arg("text"), py::arg("max_input_bytes") = jdpipe::ParseOptions{}.max_input_bytes,
      py::arg("min_words") = jdpipe::ParseOptions{}.min_words, R"doc(
Runs only stage 0, the deterministic parser, and returns its result as a dict (the run JSON's
nano_parsed block): jd_type ('pass' or 'reject') with a rejection_reason, company, sections with
their byte spans, CTC, experience, locations, role title...

Args:
    text: the job description.
    max_input_bytes: longer input is rejected as too_long.
    min_words: input with fewer words is rejected as too_short.
)doc");
}
