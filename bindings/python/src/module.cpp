// jdpipe._core: the pybind11 face of the C++ API. The pure-Python package `jdpipe` re-exports
// it; see bindings/python/jdpipe/_core.pyi for the typed surface.
//
// Runs stay native (NativeRun, for Catalog.persist and the embedding) and reach Python as the
// run JSON (Run::to_json parsed by the `json` module, wrapped by jdpipe.Run), so Python sees
// exactly the schema the CLI and the C ABI emit, with no second mapping to keep in sync. Native
// work runs with the GIL released.
//
// Plug-ins: Python subclasses of jdpipe.Embedder and jdpipe.LLMProvider are called from native
// code (any thread) through trampolines that acquire the GIL for the call and turn Python
// exceptions into jdpipe::Error (kPlugin), which the pipeline turns into fallbacks.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstring>
#include <mutex>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "jdpipe/static_embedder.hpp"

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


// ---- Plug-ins ---------------------------------------------------------------------------

[[noreturn]] void plugin_error(const std::string& message) {
  throw jdpipe::Error(jdpipe::Error::Code::kPlugin, message);
}

std::string type_name_of(py::handle value) {
  return std::string(py::str(py::type::handle_of(value).attr("__name__")));
}

// A matrix moved to the heap and handed to numpy without a copy; the capsule frees it.
py::array_t<float> matrix_to_numpy(jdpipe::Matrix&& matrix) {
  auto* heap = new jdpipe::Matrix(std::move(matrix));
  py::capsule owner(heap, [](void* p) { delete static_cast<jdpipe::Matrix*>(p); });
  const auto rows = static_cast<py::ssize_t>(heap->rows());
  const auto cols = static_cast<py::ssize_t>(heap->cols());
  if (heap->size() == 0) return py::array_t<float>(std::vector<py::ssize_t>{rows, cols});
  return py::array_t<float>({rows, cols},
                            {static_cast<py::ssize_t>(cols * sizeof(float)), static_cast<py::ssize_t>(sizeof(float))},
                            heap->data(), owner);
}

// A numpy array (or anything numpy takes) of shape (rows, cols) as a row-major float matrix with
// L2-normalised rows. Throws jdpipe::Error (kPlugin) naming `who` on a bad shape or dtype. GIL held.
jdpipe::Matrix matrix_from_python(py::handle value, size_t rows, int cols, const std::string& who) {
  py::array raw = py::module_::import("numpy").attr("asarray")(value);
  const char kind = raw.dtype().kind();
  if (kind != 'f' && kind != 'i' && kind != 'u')
    plugin_error(who + " returned an array of dtype " + std::string(py::str(raw.dtype())) +
                 "; expected float32 (or another real dtype)");
  if (raw.ndim() != 2 || raw.shape(0) != static_cast<py::ssize_t>(rows) || raw.shape(1) != cols) {
    std::string shape = "(";
    for (py::ssize_t i = 0; i < raw.ndim(); ++i) shape += (i ? ", " : "") + std::to_string(raw.shape(i));
    if (raw.ndim() == 1) shape += ",";
    shape += ")";
    plugin_error(who + " returned an array of shape " + shape + "; expected (" + std::to_string(rows) + ", " +
                 std::to_string(cols) + ") for " + std::to_string(rows) + " texts of dimension " +
                 std::to_string(cols));
  }
  auto arr = py::array_t<float, py::array::c_style | py::array::forcecast>::ensure(raw);
  if (!arr) throw py::error_already_set();
  jdpipe::Matrix out(static_cast<Eigen::Index>(rows), cols);
  if (out.size() > 0) std::memcpy(out.data(), arr.data(), static_cast<size_t>(out.size()) * sizeof(float));
  for (Eigen::Index r = 0; r < out.rows(); ++r) {
    auto row = out.row(r);
    if (!row.allFinite()) plugin_error(who + " returned a non-finite value in row " + std::to_string(r));
    const float norm = row.norm();
    if (norm > 0) row /= norm;
  }
  return out;
}

// Trampoline of jdpipe.Embedder. name() and dim() are read from Python once, when a Pipeline is
// built over the embedder (prime()); after that they are answered without the GIL.
class PyEmbedder : public jdpipe::Embedder {
 public:
  using jdpipe::Embedder::Embedder;

  std::string name() const override {
    if (ready_.load(std::memory_order_acquire)) return name_;
    py::gil_scoped_acquire gil;
    return call_name();
  }
  int dim() const override {
    if (ready_.load(std::memory_order_acquire)) return dim_;
    py::gil_scoped_acquire gil;
    return call_dim();
  }
  jdpipe::Matrix embed(const std::vector<std::string>& texts) const override {
    const std::string who = "embedder '" + name() + "'";
    const int cols = dim();
    py::gil_scoped_acquire gil;
    try {
      py::function f = override_of("embed");
      py::list arg(texts.size());
      for (size_t i = 0; i < texts.size(); ++i)
        arg[i] = py::reinterpret_steal<py::object>(
            PyUnicode_DecodeUTF8(texts[i].data(), static_cast<Py_ssize_t>(texts[i].size()), "replace"));
      py::object result = f(arg);
      return matrix_from_python(result, texts.size(), cols, who + ".embed()");
    } catch (py::error_already_set& e) {
      plugin_error(who + ".embed() raised " + e.what());
    } catch (const py::cast_error& e) {
      plugin_error(who + ".embed(): " + e.what());
    }
  }

  // Reads name() and dim() once; the GIL is held.
  void prime() {
    if (ready_.load(std::memory_order_acquire)) return;
    std::string name = call_name();
    int dim = call_dim();
    std::lock_guard<std::mutex> lock(mu_);
    if (ready_.load(std::memory_order_relaxed)) return;
    name_ = std::move(name);
    dim_ = dim;
    ready_.store(true, std::memory_order_release);
  }

 private:
  py::function override_of(const char* method) const {
    py::function f = py::get_override(static_cast<const jdpipe::Embedder*>(this), method);
    if (!f) plugin_error(std::string("a subclass of jdpipe.Embedder must define ") + method + "()");
    return f;
  }
  std::string call_name() const {
    try {
      py::object v = override_of("name")();
      if (!PyUnicode_Check(v.ptr())) plugin_error("Embedder.name() must return str, not " + type_name_of(v));
      return v.cast<std::string>();
    } catch (py::error_already_set& e) {
      plugin_error(std::string("Embedder.name() raised ") + e.what());
    }
  }
  int call_dim() const {
    try {
      py::object v = override_of("dim")();
      if (PyBool_Check(v.ptr()) || !PyIndex_Check(v.ptr()))
        plugin_error("Embedder.dim() must return int, not " + type_name_of(v));
      long long d = v.cast<long long>();
      if (d <= 0 || d > (1 << 24)) plugin_error("Embedder.dim() must be in [1, 16777216], got " + std::to_string(d));
      return static_cast<int>(d);
    } catch (py::error_already_set& e) {
      plugin_error(std::string("Embedder.dim() raised ") + e.what());
    }
  }

  std::atomic<bool> ready_{false};
  std::mutex mu_;
  std::string name_;
  int dim_ = 0;
};

py::dict request_to_dict(const jdpipe::ChatRequest& request) {
  py::dict d;
  d["task"] = request.task;
  py::list messages;
  for (const auto& m : request.messages) {
    py::dict md;
    md["role"] = m.role;
    md["content"] = py::reinterpret_steal<py::object>(
        PyUnicode_DecodeUTF8(m.content.data(), static_cast<Py_ssize_t>(m.content.size()), "replace"));
    messages.append(md);
  }
  d["messages"] = messages;
  d["schema_name"] = request.schema_name;
  d["json_schema"] = request.json_schema;
  d["temperature"] = request.temperature;
  return d;
}

jdpipe::ChatResponse response_from_python(py::handle value, const std::string& who) {
  jdpipe::ChatResponse out;
  if (PyUnicode_Check(value.ptr())) {
    out.text = value.cast<std::string>();
    return out;
  }
  if (!PyMapping_Check(value.ptr()) || PySequence_Check(value.ptr()))
    plugin_error(who + " must return a dict with 'text', not " + type_name_of(value));
  py::object answer = py::reinterpret_borrow<py::object>(value);
  auto get = [&](const char* key) -> py::object {
    py::object v = answer.attr("get")(key);
    return v;
  };
  py::object text = get("text");
  if (!PyUnicode_Check(text.ptr())) plugin_error(who + " returned no 'text' str");
  Py_ssize_t utf8_size = 0;
  const char* utf8 = PyUnicode_AsUTF8AndSize(text.ptr(), &utf8_size);
  if (!utf8) {
    PyErr_Clear();
    throw py::value_error(who + "[\"text\"] cannot be encoded as UTF-8 (a lone surrogate?)");
  }
  out.text.assign(utf8, static_cast<size_t>(utf8_size));
  if (py::object v = get("model"); !v.is_none()) {
    if (!PyUnicode_Check(v.ptr())) plugin_error(who + ": 'model' must be str");
    out.model = v.cast<std::string>();
  }
  for (const char* key : {"prompt_tokens", "completion_tokens"}) {
    py::object v = get(key);
    if (v.is_none()) continue;
    if (PyBool_Check(v.ptr()) || !PyIndex_Check(v.ptr())) plugin_error(who + ": '" + key + "' must be int");
    long long n = v.cast<long long>();
    if (n < 0 || n > INT32_MAX) plugin_error(who + ": '" + key + "' is out of range");
    (std::strcmp(key, "prompt_tokens") == 0 ? out.prompt_tokens : out.completion_tokens) = static_cast<int>(n);
  }
  if (py::object v = get("cost_usd"); !v.is_none()) {
    if (PyBool_Check(v.ptr()) || !PyNumber_Check(v.ptr())) plugin_error(who + ": 'cost_usd' must be a number");
    double c = v.cast<double>();
    if (!std::isfinite(c) || c < 0) plugin_error(who + ": 'cost_usd' must be finite and >= 0");
    out.cost_usd = c;
  }
  return out;
}

// Trampoline of jdpipe.LLMProvider: chat(request: dict) -> dict, called with the GIL held.
class PyLLMProvider : public jdpipe::LLMProvider {
 public:
  using jdpipe::LLMProvider::LLMProvider;

  std::string name() const override {
    py::gil_scoped_acquire gil;
    try {
      py::object v = override_of("name")();
      if (!PyUnicode_Check(v.ptr())) plugin_error("LLMProvider.name() must return str, not " + type_name_of(v));
      return v.cast<std::string>();
    } catch (py::error_already_set& e) {
      plugin_error(std::string("LLMProvider.name() raised ") + e.what());
    }
  }
  jdpipe::ChatResponse chat(const jdpipe::ChatRequest& request) override {
    py::gil_scoped_acquire gil;
    const std::string who = "LLMProvider.chat() for task '" + request.task + "'";
    try {
      py::object result = override_of("chat")(request_to_dict(request));
      return response_from_python(result, who);
    } catch (py::error_already_set& e) {
      plugin_error(who + " raised " + e.what());
    } catch (const py::cast_error& e) {
      plugin_error(who + ": " + e.what());
    }
  }

 private:
  py::function override_of(const char* method) const {
    py::function f = py::get_override(static_cast<const jdpipe::LLMProvider*>(this), method);
    if (!f) plugin_error(std::string("a subclass of jdpipe.LLMProvider must define ") + method + "()");
    return f;
  }
};

// A shared_ptr to the C++ part of a Python plug-in object that keeps the Python object alive
// (its __dict__ and overrides) for as long as native code holds it; the deleter takes the GIL.
template <class T>
std::shared_ptr<T> hold_python(py::object obj) {
  T* raw = obj.cast<T*>();
  auto* keep = new py::object(std::move(obj));
  return std::shared_ptr<T>(raw, [keep](T*) {
    py::gil_scoped_acquire gil;
    delete keep;
  });
}

// One run as Python holds it; jdpipe.Run (pure Python) wraps it with attribute access.
struct PyRun {
  jdpipe::Run run;
};

py::list wrap_runs(std::vector<jdpipe::Run>&& runs) {
  py::list out(runs.size());
  for (size_t i = 0; i < runs.size(); ++i) {
    auto r = std::make_unique<PyRun>();
    r->run = std::move(runs[i]);
    out[i] = py::cast(std::move(r));
  }
  return out;
}

struct PyPipeline {
  std::shared_ptr<PyCatalog> catalog;
  py::object embedder;  // the Embedder given, or None
  py::object llm;       // the LLMProvider given, or None
  std::unique_ptr<jdpipe::Pipeline> pipeline;
};

// A TitleBridge over two jdpipe.Pipeline objects, which it keeps alive.
struct PyTitleBridge {
  py::object target, source;
  std::unique_ptr<jdpipe::TitleBridge> bridge;
};

// ---- Skill taggers ----------------------------------------------------------------------

// A trained skill tagger as Python holds it (immutable; shared by the pipelines given it).
struct PySkillTagger {
  std::shared_ptr<const jdpipe::SkillTagger> tagger;
};

bool is_mapping(py::handle value) {
  return PyDict_Check(value.ptr()) ||
         py::isinstance(value, py::module_::import("collections.abc").attr("Mapping"));
}

bool is_path_like(py::handle value) {
  return PyUnicode_Check(value.ptr()) || PyBytes_Check(value.ptr()) || py::hasattr(value, "__fspath__");
}

std::shared_ptr<const jdpipe::SkillTagger> load_tagger(const std::string& path) {
  py::gil_scoped_release release;
  return jdpipe::SkillTagger::load(path);
}

// Byte offset of each code point boundary of `utf8` (size: code points + 1), so that Python's
// str offsets become the byte offsets the C++ API takes.
std::vector<size_t> code_point_offsets(const std::string& utf8) {
  std::vector<size_t> out;
  out.reserve(utf8.size() + 1);
  for (size_t i = 0; i < utf8.size(); ++i)
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(utf8.size());
  return out;
}

// An annotated text as Python sees it: {"text": str, "spans": [(start, end), ...]} in str
// offsets (a byte offset inside a character counts the characters that start before it).
py::dict annotated_text_to_python(const jdpipe::AnnotatedText& ex) {
  py::dict out;
  out["text"] = py::reinterpret_steal<py::object>(
      PyUnicode_DecodeUTF8(ex.text.data(), static_cast<Py_ssize_t>(ex.text.size()), "replace"));
  std::vector<size_t> code_points(ex.text.size() + 1, 0);  // code points starting before byte i
  for (size_t i = 0; i < ex.text.size(); ++i)
    code_points[i + 1] = code_points[i] + ((static_cast<unsigned char>(ex.text[i]) & 0xC0) != 0x80);
  py::list spans;
  for (const auto& [b, e] : ex.spans) spans.append(py::make_tuple(code_points[b], code_points[e]));
  out["spans"] = spans;
  return out;
}

// One training example from Python: a mapping {"text": str, "spans": [(start, end), ...]} with
// str (code point) offsets; spans must lie in the text and not overlap. Raises TypeError or
// ValueError naming examples[index]. GIL held.
jdpipe::AnnotatedText annotated_text_from(py::handle item, size_t index) {
  const std::string who = "SkillTagger.train(): examples[" + std::to_string(index) + "]";
  if (!is_mapping(item))
    throw py::type_error(who + " must be a dict {\"text\": str, \"spans\": [(start, end), ...]}, not " +
                         type_name_of(item));
  py::object example = py::reinterpret_borrow<py::object>(item);
  if (!PyMapping_HasKeyString(item.ptr(), "text") || !PyMapping_HasKeyString(item.ptr(), "spans"))
    throw py::value_error(who + " must have the keys \"text\" and \"spans\"");
  py::object text = example[py::str("text")];
  py::object spans = example[py::str("spans")];
  if (!PyUnicode_Check(text.ptr())) throw py::type_error(who + "[\"text\"] must be str, not " + type_name_of(text));
  if (PyUnicode_Check(spans.ptr()) || PyBytes_Check(spans.ptr()) || !py::isinstance<py::iterable>(spans))
    throw py::type_error(who + "[\"spans\"] must be a list of (start, end) pairs, not " + type_name_of(spans));
  jdpipe::AnnotatedText out;
  Py_ssize_t utf8_size = 0;
  const char* utf8 = PyUnicode_AsUTF8AndSize(text.ptr(), &utf8_size);
  if (!utf8) {
    PyErr_Clear();
    throw py::value_error(who + "[\"text\"] cannot be encoded as UTF-8 (a lone surrogate?)");
  }
  out.text.assign(utf8, static_cast<size_t>(utf8_size));
  const auto length = static_cast<long long>(PyUnicode_GetLength(text.ptr()));
  const bool ascii = PyUnicode_IS_ASCII(text.ptr());
  std::vector<size_t> offsets;
  if (!ascii) offsets = code_point_offsets(out.text);
  std::vector<std::pair<long long, size_t>> starts;  // (start, span index), to find overlaps
  size_t k = 0;
  for (py::handle span : py::iter(spans)) {
    const std::string where = who + "[\"spans\"][" + std::to_string(k) + "]";
    Py_ssize_t size = -1;
    if (!PyUnicode_Check(span.ptr()) && !PyBytes_Check(span.ptr()) && PySequence_Check(span.ptr()))
      size = PySequence_Size(span.ptr());
    if (size < 0) PyErr_Clear();
    if (size != 2)
      throw py::type_error(where + " must be a pair (start, end) of ints, not " +
                           (size < 0 ? type_name_of(span) : "a " + type_name_of(span) + " of " + std::to_string(size)));
    py::sequence pair = py::reinterpret_borrow<py::sequence>(span);
    long long bounds[2];
    for (size_t j = 0; j < 2; ++j) {
      py::object v = pair[j];
      if (PyBool_Check(v.ptr()) || !PyIndex_Check(v.ptr()))
        throw py::type_error(where + " must be a pair (start, end) of ints, not a pair holding " + type_name_of(v));
      int overflow = 0;
      py::int_ index = py::reinterpret_steal<py::int_>(PyNumber_Index(v.ptr()));
      if (!index) throw py::error_already_set();
      bounds[j] = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
      if (overflow != 0) bounds[j] = overflow > 0 ? LLONG_MAX : LLONG_MIN;
    }
    if (bounds[0] < 0 || bounds[0] >= bounds[1] || bounds[1] > length)
      throw py::value_error(where + " = (" + std::to_string(bounds[0]) + ", " + std::to_string(bounds[1]) +
                            ") is out of range: it needs 0 <= start < end <= len(text) = " + std::to_string(length));
    starts.emplace_back(bounds[0], k);
    const auto b = static_cast<size_t>(bounds[0]), e = static_cast<size_t>(bounds[1]);
    out.spans.emplace_back(ascii ? b : offsets[b], ascii ? e : offsets[e]);
    ++k;
  }
  std::sort(starts.begin(), starts.end());
  for (size_t i = 1; i < starts.size(); ++i) {
    const auto& prev = out.spans[starts[i - 1].second];
    const auto& cur = out.spans[starts[i].second];
    if (cur.first < prev.second)
      throw py::value_error(who + "[\"spans\"][" + std::to_string(starts[i - 1].second) + "] and [" +
                            std::to_string(starts[i].second) + "] overlap; spans must be disjoint");
  }
  return out;
}

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
    "deterministic_ids", "record_timings", "persist", "max_input_bytes", "min_words", "llm_stages", "skill_tagger"};

const char* const kLlmStageNames[] = {"parse", "extract_skills", "adjudicate", "propose_role", "enrich_skill"};

bool* llm_stage_flag(jdpipe::Options::LlmStages& stages, const std::string& name) {
  if (name == "parse") return &stages.parse;
  if (name == "extract_skills") return &stages.extract_skills;
  if (name == "adjudicate") return &stages.adjudicate;
  if (name == "propose_role") return &stages.propose_role;
  if (name == "enrich_skill") return &stages.enrich_skill;
  std::string known;
  for (const char* n : kLlmStageNames) known += (known.empty() ? "" : ", ") + std::string(n);
  throw py::value_error("Pipeline(): unknown LLM stage '" + name + "' in option 'llm_stages' (stages are: " +
                        known + ")");
}

// llm_stages: a dict {stage: bool} (stages not named keep their default, on), or an iterable of
// the stage names that ask the LLM (the others stay deterministic).
void apply_llm_stages(jdpipe::Options::LlmStages& stages, py::handle value) {
  if (PyDict_Check(value.ptr())) {
    for (auto item : py::reinterpret_borrow<py::dict>(value)) {
      if (!PyUnicode_Check(item.first.ptr())) option_type_error("llm_stages", "a dict of str to bool", item.first);
      const std::string name = item.first.cast<std::string>();
      *llm_stage_flag(stages, name) = as_bool("llm_stages['" + name + "']", item.second);
    }
    return;
  }
  if (PyUnicode_Check(value.ptr()) || PyBytes_Check(value.ptr()) || !py::isinstance<py::iterable>(value))
    option_type_error("llm_stages", "a dict or a set of stage names", value);
  jdpipe::Options::LlmStages chosen{false, false, false, false, false};
  for (py::handle item : py::iter(value)) {
    if (!PyUnicode_Check(item.ptr())) option_type_error("llm_stages", "a set of str", item);
    *llm_stage_flag(chosen, item.cast<std::string>()) = true;
  }
  stages = chosen;
}

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
  else if (key == "llm_stages") apply_llm_stages(o.llm_stages, value);
  else if (key == "skill_tagger") {
    if (value.is_none()) o.skill_tagger = nullptr;
    else if (py::isinstance<PySkillTagger>(value)) o.skill_tagger = value.cast<const PySkillTagger&>().tagger;
    else if (is_path_like(value)) o.skill_tagger = load_tagger(fspath(py::reinterpret_borrow<py::object>(value)));
    else option_type_error(key, "a jdpipe.SkillTagger, a path to one or None", value);
  } else {
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
  py::dict stages;
  stages["parse"] = o.llm_stages.parse;
  stages["extract_skills"] = o.llm_stages.extract_skills;
  stages["adjudicate"] = o.llm_stages.adjudicate;
  stages["propose_role"] = o.llm_stages.propose_role;
  stages["enrich_skill"] = o.llm_stages.enrich_skill;
  d["llm_stages"] = stages;
  // The tagger itself (the same model, so Pipeline(**options) rebuilds an equal pipeline).
  if (o.skill_tagger) d["skill_tagger"] = py::cast(PySkillTagger{o.skill_tagger});
  else d["skill_tagger"] = py::none();
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
  std::string text;
  {
    py::gil_scoped_release release;
    text = jdpipe::to_json(parsed);
  }
  return json_loads(text);
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
            jdpipe::LearningState state;
            if (auto* memory = dynamic_cast<const jdpipe::InMemoryCatalog*>(c.catalog.get()))
              state = memory->learning_state();
            else if (auto* sqlite = dynamic_cast<const jdpipe::SqliteCatalog*>(c.catalog.get()))
              state = sqlite->learning_state();
            else
              return py::none();
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
      .def_static(
          "open",
          [](const py::object& path_like) {
            const std::string path = path_like.is_none() ? std::string() : fspath(path_like);
            std::shared_ptr<jdpipe::Catalog> catalog;
            {
              py::gil_scoped_release release;
              catalog = jdpipe::open_catalog(path);
            }
            return wrap(std::move(catalog));
          },
          py::arg("path"), R"doc(
Opens a catalog by path: a SQLite catalog for a path ending .db, .sqlite or .sqlite3 (its
learning state persists in the file), a bundle (.jsonl) otherwise; None or "" for the starter.

Raises:
    JdpipeError: the file is missing, unreadable or invalid (the message names it).
)doc")
      .def_static(
          "import_onet",
          [](const py::object& dir, bool tools_used) {
            const std::string path = fspath(dir);
            jdpipe::ImportOptions options;
            options.include_tools_used = tools_used;
            std::shared_ptr<jdpipe::Catalog> catalog;
            {
              py::gil_scoped_release release;
              catalog = std::make_shared<jdpipe::InMemoryCatalog>(jdpipe::import_onet(path, options));
            }
            return wrap(std::move(catalog));
          },
          py::arg("dir"), py::arg("tools_used") = false, R"doc(
Imports the O*NET text database (the folder of .txt files) into an in-memory catalog.

Args:
    dir: the O*NET folder.
    tools_used: also import Tools Used.txt as TOOL skills.

Raises:
    JdpipeError: a file is missing or malformed (naming the file and line).
)doc")
      .def_static(
          "import_esco",
          [](const py::object& dir) {
            const std::string path = fspath(dir);
            std::shared_ptr<jdpipe::Catalog> catalog;
            {
              py::gil_scoped_release release;
              catalog = std::make_shared<jdpipe::InMemoryCatalog>(jdpipe::import_esco(path));
            }
            return wrap(std::move(catalog));
          },
          py::arg("dir"), R"doc(
Imports the ESCO CSV classification (the English CSV files) into an in-memory catalog.

Raises:
    JdpipeError: a file is missing or malformed (naming the file and line).
)doc")
      .def(
          "export",
          [](const PyCatalog& c, const py::object& path_like) {
            const std::string path = fspath(path_like);
            py::gil_scoped_release release;
            jdpipe::save_catalog(*c.data(), path);
          },
          py::arg("path"), R"doc(
Writes the catalog's records to `path`: a SQLite catalog for a path ending .db, .sqlite or
.sqlite3 (refusing an existing catalog that holds records), a bundle (.jsonl) otherwise.

Raises:
    JdpipeError: the file cannot be written.
)doc")
      .def(
          "stats",
          [](const PyCatalog& c) { return json_loads(jdpipe::to_json(jdpipe::catalog_stats(*c.data()))); },
          R"doc(
The catalog's counts as a dict: name, version, roles, role_aliases, kras, skills, skill_aliases,
dimensions, role_skill_links, skill_dimension_links.
)doc")
      .def(
          "persist",
          [](const PyCatalog& c, const py::object& run) {
            py::object native = py::hasattr(run, "_native") ? run.attr("_native") : run;
            if (!py::isinstance<PyRun>(native))
              throw py::type_error("Catalog.persist(): run must be a jdpipe.Run from Pipeline.run(), not " +
                                   type_name_of(run));
            const PyRun& r = native.cast<const PyRun&>();
            std::string receipt;
            {
              py::gil_scoped_release release;
              receipt = jdpipe::to_json(c.catalog->persist(r.run));
            }
            return json_loads(receipt);
          },
          py::arg("run"), R"doc(
Applies a run's learning loop (stage 5 and API 3) to this catalog in one transaction, at most
once per run id, and returns what changed: {"applied", "centroid_n_after", "collision_log_id",
"queue_entry_id", "skill_dimension_linked", "role_dimension_linked", "aliases_suggested"}
("applied" is False when the run was applied before). The run must come from a Pipeline over
this catalog. A Pipeline built with persist=True does this itself for every run.

Raises:
    JdpipeError: the catalog is read-only or locked.
)doc")
      .def("__repr__", [](const PyCatalog& c) {
        auto d = c.data();
        return "<jdpipe.Catalog name='" + d->meta.name + "' version='" + d->meta.version +
               "' roles=" + std::to_string(d->roles.size()) + " skills=" + std::to_string(d->skills.size()) +
               " dimensions=" + std::to_string(d->dimensions.size()) + ">";
      });

  // ---- Skill tagger -----------------------------------------------------------------------
  py::class_<PySkillTagger>(m, "SkillTagger", R"doc(
A trained skill-span tagger for extraction: finds skill mentions the catalog has no alias for
("develop scalable web services") and tells which dictionary hits are skills in context. A
structured averaged perceptron over words, shapes and the catalog dictionary's matches; it
trains in seconds on annotated text and needs no GPU or network.

Make one with SkillTagger.train(examples, catalog) or SkillTagger.load(path) (a model written
by save() or by `jdpipe train-tagger`), and give it to Pipeline(skill_tagger=...). Extraction
then uses the tagger's spans: a span that is a catalog alias is that skill; any other comes out
with matched_via "tagger" and no slug. Immutable; pipelines and threads may share one.
)doc")
      .def_static(
          "load",
          [](const py::object& path_like) { return PySkillTagger{load_tagger(fspath(path_like))}; },
          py::arg("path"), R"doc(
Reads a model written by save() or `jdpipe train-tagger`.

Raises:
    JdpipeError: the file is missing, unreadable, or not a skill tagger model (naming the path).
)doc")
      .def_static(
          "train",
          [](const py::object& examples, const py::object& catalog, long long epochs, long long seed,
             const py::object& word_vectors, long long clusters) {
            if (epochs < 1 || epochs > INT_MAX)
              throw py::value_error("SkillTagger.train(): epochs must be >= 1, got " + std::to_string(epochs));
            if (seed < 0) throw py::value_error("SkillTagger.train(): seed must be >= 0, got " + std::to_string(seed));
            if (clusters < 2 || clusters > 65535)
              throw py::value_error("SkillTagger.train(): clusters must be between 2 and 65535, got " + std::to_string(clusters));
            std::string vectors_path;
            if (!word_vectors.is_none()) {
              if (!is_path_like(word_vectors))
                throw py::type_error("SkillTagger.train(): word_vectors must be a path or None, not " + type_name_of(word_vectors));
              vectors_path = fspath(word_vectors);
            }
            std::shared_ptr<PyCatalog> cat;
            if (!catalog.is_none()) {
              if (!py::isinstance<PyCatalog>(catalog))
                throw py::type_error("SkillTagger.train(): catalog must be a jdpipe.Catalog or None, not " +
                                     type_name_of(catalog));
              cat = catalog.cast<std::shared_ptr<PyCatalog>>();
            }
            std::vector<jdpipe::AnnotatedText> texts;
            std::string path;
            const bool from_file = is_path_like(examples);
            if (from_file) {
              path = fspath(examples);
            } else {
              if (is_mapping(examples) || !py::isinstance<py::iterable>(examples))
                throw py::type_error(
                    "SkillTagger.train(): examples must be a path to a JSON Lines file or an iterable of dicts "
                    "{\"text\": str, \"spans\": [(start, end), ...]}, not " + type_name_of(examples));
              size_t i = 0;
              for (py::handle item : py::iter(examples)) texts.push_back(annotated_text_from(item, i++));
            }
            jdpipe::TaggerTraining options;
            options.epochs = static_cast<int>(epochs);
            options.seed = static_cast<uint64_t>(seed);
            options.clusters = static_cast<int>(clusters);
            py::gil_scoped_release release;
            if (!vectors_path.empty()) options.word_vectors = jdpipe::StaticVectorEmbedder::load(vectors_path);
            if (from_file) texts = jdpipe::SkillTagger::read_examples(path);
            std::shared_ptr<jdpipe::Catalog> starter;
            const jdpipe::Catalog& on = cat ? *cat->catalog : *(starter = jdpipe::InMemoryCatalog::starter());
            return PySkillTagger{jdpipe::SkillTagger::train(texts, on, options)};
          },
          py::arg("examples"), py::arg("catalog") = py::none(), py::arg("epochs") = jdpipe::TaggerTraining{}.epochs,
          py::arg("seed") = jdpipe::TaggerTraining{}.seed, py::arg("word_vectors") = py::none(),
          py::arg("clusters") = jdpipe::TaggerTraining{}.clusters, R"doc(
Trains a tagger on annotated texts (the GIL is released while it trains).

Args:
    examples: a path (str or os.PathLike) to a JSON Lines file of {"text", "spans"} lines (spans
        as [start, end] UTF-8 byte offsets) or of SkillSpan sentences; or an iterable of dicts
        {"text": str, "spans": [(start, end), ...]} with spans in str offsets (code points),
        disjoint and inside the text.
    catalog: the Catalog whose skill dictionary is one of the features: use the catalog the
        tagger will run with. None for the starter catalog.
    epochs: passes over the examples (>= 1).
    seed: the order examples are visited in (the same seed and data give the same model).
    word_vectors: optionally a word-vector file (word2vec or GloVe); the k-means clusters of
        its words become features, kept in the model (SkillSpan dev: strict F1 0.37 -> 0.39).
    clusters: how many clusters (2 to 65535).

Raises:
    TypeError: an example, its text or a span of the wrong type (naming examples[i]).
    ValueError: a span out of range or overlapping another (naming examples[i]).
    JdpipeError: the file is unreadable or malformed (naming the path and line), or the
        examples hold no annotated span.
)doc")
      .def_static(
          "read_examples",
          [](const py::object& path_like) {
            const std::string path = fspath(path_like);
            std::vector<jdpipe::AnnotatedText> texts;
            {
              py::gil_scoped_release release;
              texts = jdpipe::SkillTagger::read_examples(path);
            }
            py::list out;
            for (const auto& ex : texts) out.append(annotated_text_to_python(ex));
            return out;
          },
          py::arg("path"), R"doc(
Reads annotated texts from a JSON Lines file (as train() does) into the dicts train() takes:
[{"text": str, "spans": [(start, end), ...]}] with str offsets; SkillSpan sentences of one
posting are joined into one text. Add your own examples and train on the whole list.

Raises:
    JdpipeError: the file is unreadable or malformed (naming the path and line).
)doc")
      .def(
          "save",
          [](const PySkillTagger& self, const py::object& path_like) {
            const std::string path = fspath(path_like);
            py::gil_scoped_release release;
            self.tagger->save(path);
          },
          py::arg("path"), R"doc(
Writes the model to `path` (binary; load it with SkillTagger.load or `jdpipe --skill-tagger`).

Raises:
    JdpipeError: the file cannot be written.
)doc")
      .def_property_readonly(
          "feature_rows", [](const PySkillTagger& self) { return self.tagger->feature_rows(); },
          "How many feature rows hold learned (non-zero) weights.")
      .def_property_readonly(
          "epochs", [](const PySkillTagger& self) { return self.tagger->epochs(); }, "The epochs it was trained for.")
      .def_property_readonly(
          "cluster_words", [](const PySkillTagger& self) { return self.tagger->cluster_words(); },
          "How many words have a word-vector cluster (0 when trained without word_vectors).")
      .def("__repr__", [](const PySkillTagger& self) {
        return "<jdpipe.SkillTagger epochs=" + std::to_string(self.tagger->epochs()) +
               " feature_rows=" + std::to_string(self.tagger->feature_rows()) + ">";
      });

  // ---- Plug-ins ---------------------------------------------------------------------------
  py::class_<jdpipe::Embedder, PyEmbedder, std::shared_ptr<jdpipe::Embedder>>(m, "Embedder", R"doc(
Turns texts into vectors for the KRA signal. Subclass it in Python to plug in your own model
(for example a sentence-transformers model) and pass an instance as Pipeline(embedder=...):

    class MyEmbedder(jdpipe.Embedder):
        def __init__(self):
            super().__init__()          # required
        def name(self) -> str:          # names the model and its settings (a cache key)
            return "my-model-v1"
        def dim(self) -> int:
            return 384
        def embed(self, texts: list[str]) -> numpy.ndarray:   # float32, shape (len(texts), dim)
            ...

Native code calls embed() from any thread, taking the GIL for the call. The result may be any
real dtype (float64 is converted to float32); its rows are L2-normalised on the native side.
A wrong shape, a non-numeric dtype or an exception is a failed call: while a Pipeline is built
it raises JdpipeError, during a run the KRA signal falls back (listed in run["fallbacks"]).
name() and dim() are read once, when a Pipeline is built over the embedder.
)doc")
      .def(py::init<>(), "Initialises the native part; subclasses must call super().__init__().")
      .def("name", &jdpipe::Embedder::name, "Names the model and its settings; embeddings are cached under it.")
      .def("dim", &jdpipe::Embedder::dim, "The dimension of the vectors.")
      .def(
          "embed",
          [](const jdpipe::Embedder& self, const std::vector<std::string>& texts) {
            jdpipe::Matrix matrix;
            {
              py::gil_scoped_release release;
              matrix = self.embed(texts);
            }
            return matrix_to_numpy(std::move(matrix));
          },
          py::arg("texts"), R"doc(
Embeds texts: a float32 numpy array of shape (len(texts), dim()), rows L2-normalised.
)doc");

  py::class_<jdpipe::HashingEmbedder, jdpipe::Embedder, std::shared_ptr<jdpipe::HashingEmbedder>>(
      m, "HashingEmbedder", R"doc(
The built-in, data-free embedder: word unigrams and bigrams plus character 3- to 5-grams,
feature-hashed into `dim` buckets, IDF-weighted once fit_idf() has run, rows L2-normalised.
A Pipeline without an embedder uses one fitted on its catalog.
)doc")
      .def(py::init<int>(), py::arg("dim") = 1024, R"doc(
HashingEmbedder(dim=1024)

Raises:
    JdpipeError: dim is not positive.
)doc")
      .def(
          "fit_idf",
          [](jdpipe::HashingEmbedder& self, const std::vector<std::string>& corpus) {
            py::gil_scoped_release release;
            self.fit_idf(corpus);
          },
          py::arg("corpus"), R"doc(
Learns IDF weights from a corpus (one document per entry); this changes name(). Do not call it
while a Pipeline uses the embedder.
)doc")
      .def("__repr__", [](const jdpipe::HashingEmbedder& self) {
        return "<jdpipe.HashingEmbedder name='" + self.name() + "' dim=" + std::to_string(self.dim()) + ">";
      });

  py::class_<jdpipe::LLMProvider, PyLLMProvider, std::shared_ptr<jdpipe::LLMProvider>>(m, "LLMProvider", R"doc(
One chat call to a language model. Subclass it in Python (for example around an SDK client)
and pass an instance as Pipeline(llm=...):

    class MyProvider(jdpipe.LLMProvider):
        def __init__(self):
            super().__init__()          # required
        def name(self) -> str:
            return "my-provider"
        def chat(self, request: dict) -> dict:
            # request: {"task": str, "messages": [{"role": str, "content": str}, ...],
            #           "schema_name": str, "json_schema": str, "temperature": float}
            return {"text": '{"...": ...}', "model": "m", "prompt_tokens": 0,
                    "completion_tokens": 0, "cost_usd": 0.0}   # all but "text" optional

The answer's text must be JSON following request["json_schema"]; the pipeline validates it.
Native code calls chat() from any thread, taking the GIL for the call. An exception, or an
answer that is not a dict with a str "text" (a plain str is taken as the text), is a failed
call: the pipeline falls back to its deterministic stage and lists it in run["fallbacks"].
)doc")
      .def(py::init<>(), "Initialises the native part; subclasses must call super().__init__().")
      .def("name", &jdpipe::LLMProvider::name, "Names the provider and model.")
      .def(
          "chat",
          [](jdpipe::LLMProvider& self, py::dict request) -> py::dict {
            (void)self;
            (void)request;
            throw py::type_error("LLMProvider.chat() is abstract: define chat() in your subclass");
          },
          py::arg("request"), "Answers one chat request (a dict); see the class docs.");

  py::class_<jdpipe::OpenAIProvider, jdpipe::LLMProvider, std::shared_ptr<jdpipe::OpenAIProvider>>(
      m, "OpenAIProvider", R"doc(
The built-in OpenAI-compatible chat client (OpenAI, vLLM, llama.cpp server, Ollama...) over
HTTP, with retries, Retry-After and prices. Thread-safe; calls run without the GIL.
)doc")
      .def(py::init([](const std::string& model, const std::string& base_url, const std::string& api_key,
                       double timeout_s, int max_retries) {
             if (!(timeout_s > 0)) throw py::value_error("OpenAIProvider(): timeout must be > 0");
             if (max_retries < 0) throw py::value_error("OpenAIProvider(): max_retries must be >= 0");
             jdpipe::OpenAIOptions options;
             options.model = model;
             options.base_url = base_url;
             options.api_key = api_key;
             options.total_timeout_ms = static_cast<long>(timeout_s * 1000);
             options.max_retries = max_retries;
             return std::make_shared<jdpipe::OpenAIProvider>(std::move(options));
           }),
           py::arg("model"), py::arg("base_url") = "", py::arg("api_key") = "", py::arg("timeout") = 120.0,
           py::arg("max_retries") = 3, R"doc(
OpenAIProvider(model, base_url="", api_key="", timeout=120.0, max_retries=3)

Args:
    model: the model name (required).
    base_url: up to the version path (".../v1"); "" for $OPENAI_BASE_URL, else OpenAI's.
    api_key: "" for $OPENAI_API_KEY (may stay empty for local servers); never logged.
    timeout: seconds per HTTP attempt.
    max_retries: attempts after the first on 429, 5xx, timeouts and network errors.

Raises:
    JdpipeError: bad options.
)doc")
      .def_property_readonly("endpoint", &jdpipe::OpenAIProvider::endpoint, "The URL posted to.");

  py::class_<jdpipe::CachingProvider, jdpipe::LLMProvider, std::shared_ptr<jdpipe::CachingProvider>>(
      m, "CachingProvider", R"doc(
Wraps a provider in a SQLite answer cache, to record LLM runs and replay them offline.
)doc")
      .def(py::init([](py::object inner, const py::object& path, const std::string& mode, const std::string& model) {
             std::shared_ptr<jdpipe::LLMProvider> native;
             if (!inner.is_none()) {
               if (!py::isinstance<jdpipe::LLMProvider>(inner))
                 throw py::type_error("CachingProvider(): inner must be a jdpipe.LLMProvider or None, not " +
                                      type_name_of(inner));
               native = hold_python<jdpipe::LLMProvider>(inner);
             }
             jdpipe::CacheOptions options;
             options.path = fspath(path);
             options.mode = jdpipe::parse_cache_mode(mode);
             options.model = model;
             return std::make_shared<jdpipe::CachingProvider>(std::move(native), std::move(options));
           }),
           py::arg("inner"), py::arg("path"), py::arg("mode") = "read-write", py::arg("model") = "", R"doc(
CachingProvider(inner, path, mode="read-write", model="")

Args:
    inner: the provider asked on a miss (a Python subclass or OpenAIProvider); None to replay only.
    path: the SQLite file (created when missing).
    mode: "read-write", "record" or "replay" (a miss fails the call; the stage falls back).
    model: the model identity in the cache key; "" for inner.name() (required without inner).

Raises:
    JdpipeError: a bad mode, or the store cannot be opened.
)doc")
      .def(
          "stats",
          [](const jdpipe::CachingProvider& self) {
            auto st = self.stats();
            py::dict d;
            d["hits"] = st.hits;
            d["misses"] = st.misses;
            d["stores"] = st.stores;
            return d;
          },
          "{'hits', 'misses', 'stores'} so far.");

  // ---- Title bridges ---------------------------------------------------------------------
  py::class_<PyTitleBridge>(m, "TitleBridge", R"doc(
Title resolution helped by a second catalog rich in real-world titles (e.g. O*NET's alternate
titles): a title is resolved against both; the source catalog's best role votes for the target
catalog's roles it shares normalised titles with (jdpipe/title_bridge.hpp). Opt-in: on JobBERT
titles against ESCO with O*NET as the source it adds under a point of top-1
(bench/results/titles-eval-2026-11-26.md).
)doc")
      .def(py::init([](const py::object& target, const py::object& source, double weight, size_t pool) {
             for (const auto& [what, value] : {std::pair{"target", &target}, std::pair{"source", &source}})
               if (!py::isinstance<PyPipeline>(*value))
                 throw py::type_error(std::string("TitleBridge(): ") + what + " must be a jdpipe.Pipeline, not " +
                                      type_name_of(*value));
             auto out = std::make_unique<PyTitleBridge>();
             out->target = target;
             out->source = source;
             const auto& t = *target.cast<const PyPipeline&>().pipeline;
             const auto& src = *source.cast<const PyPipeline&>().pipeline;
             py::gil_scoped_release release;
             out->bridge = std::make_unique<jdpipe::TitleBridge>(t, src, jdpipe::TitleBridge::Options{weight, pool});
             return out;
           }),
           py::arg("target"), py::arg("source"), py::arg("weight") = 0.1, py::arg("pool") = 50, R"doc(
TitleBridge(target, source, weight=0.1, pool=50)

target, source (Pipeline): the pipelines over the catalog titles resolve to and the one whose
    titles vote (kept alive by the bridge).
weight (float): the vote's weight against the target's own score (>= 0; 0: the target's order).
pool (int): the target candidates re-ranked with the votes (>= 1).
)doc")
      .def(
          "resolve_title",
          [](const PyTitleBridge& self, const std::string& title, size_t k) {
            std::vector<jdpipe::TitleBridge::Match> matches;
            std::string json;
            {
              py::gil_scoped_release release;
              matches = self.bridge->resolve_title(title, k);
              std::vector<jdpipe::TitleMatch> plain;
              for (const auto& b : matches) plain.push_back(b.match);
              json = jdpipe::to_json(plain);
            }
            py::list out = json_loads(json);
            for (size_t i = 0; i < matches.size(); ++i) {
              py::dict d = out[i];
              d["bridge_vote"] = std::round(matches[i].vote * 1e4) / 1e4;
              d["bridged_from"] = matches[i].source_slug.empty() ? py::object(py::none()) : py::str(matches[i].source_slug);
            }
            return out;
          },
          py::arg("title"), py::arg("k") = 10, R"doc(
The top `k` target roles for a bare job title, best first, as Pipeline.resolve_title gives them
plus "bridge_vote" (the source role's share for this role, 0 when it did not vote) and
"bridged_from" (the voting source role's slug, or None).
)doc")
      .def(
          "link",
          [](const PyTitleBridge& self, const std::string& source_slug, const std::string& target_slug) {
            return self.bridge->link(source_slug, target_slug);
          },
          py::arg("source_slug"), py::arg("target_slug"),
          "P(target role | source role) from their shared titles: 0 when they share none.")
      .def_property_readonly(
          "linked_source_roles", [](const PyTitleBridge& self) { return self.bridge->linked_source_roles(); },
          "How many source roles share at least one title with a target role.");

  // ---- Runs ------------------------------------------------------------------------------
  py::class_<PyRun>(m, "NativeRun", R"doc(
One pipeline run held natively. Use it through jdpipe.Run, which Pipeline.run() returns.
)doc")
      .def(
          "to_json",
          [](const PyRun& self, int indent) {
            py::gil_scoped_release release;
            return self.run.to_json(indent);
          },
          py::arg("indent") = -1, "The run JSON (keys sorted); indent < 0 for one line.")
      .def_property_readonly(
          "jd_embedding",
          [](const PyRun& self) {
            py::array_t<float> out(static_cast<py::ssize_t>(self.run.jd_embedding.size()));
            if (!self.run.jd_embedding.empty())
              std::memcpy(out.mutable_data(), self.run.jd_embedding.data(), self.run.jd_embedding.size() * sizeof(float));
            return out;
          },
          "The mean embedding of the JD's responsibility sentences (float32; empty when none).");

  // ---- Pipeline ---------------------------------------------------------------------------
  py::class_<PyPipeline>(m, "Pipeline", R"doc(
The whole jdpipe pipeline over one catalog: parse a job description, extract its skills,
resolve its role, and plan (or, with persist=True, apply) the catalog updates.

Construction compiles the catalog's matchers; after that run() and run_batch() are safe to call
from many threads and release the GIL while they work.
)doc")
      .def(py::init([](std::shared_ptr<PyCatalog> catalog, py::object embedder, py::object llm, py::kwargs kwargs) {
             jdpipe::Options options;
             for (auto item : kwargs) apply_option(options, py::cast<std::string>(item.first), item.second);
             std::shared_ptr<const jdpipe::Embedder> native_embedder;
             std::shared_ptr<jdpipe::LLMProvider> native_llm;
             if (!embedder.is_none()) {
               if (!py::isinstance<jdpipe::Embedder>(embedder))
                 throw py::type_error("Pipeline(): embedder must be a jdpipe.Embedder, not " + type_name_of(embedder));
               if (auto* trampoline = dynamic_cast<PyEmbedder*>(embedder.cast<jdpipe::Embedder*>()))
                 trampoline->prime();
               native_embedder = hold_python<jdpipe::Embedder>(embedder);
             }
             if (!llm.is_none()) {
               if (!py::isinstance<jdpipe::LLMProvider>(llm))
                 throw py::type_error("Pipeline(): llm must be a jdpipe.LLMProvider, not " + type_name_of(llm));
               native_llm = hold_python<jdpipe::LLMProvider>(llm);
             }
             auto out = std::make_unique<PyPipeline>();
             out->embedder = embedder;
             out->llm = llm;
             {
               py::gil_scoped_release release;
               out->catalog = catalog ? std::move(catalog) : wrap(jdpipe::InMemoryCatalog::starter());
               out->pipeline = std::make_unique<jdpipe::Pipeline>(out->catalog->catalog, options,
                                                                  std::move(native_embedder), std::move(native_llm));
             }
             return out;
           }),
           py::arg("catalog") = py::none(), py::arg("embedder") = py::none(), py::arg("llm") = py::none(), R"doc(
Pipeline(catalog=None, embedder=None, llm=None, **options)

Args:
    catalog: a Catalog; None for the starter catalog compiled into the library.
    embedder: a jdpipe.Embedder (a HashingEmbedder, or your Python subclass) for the KRA
        signal; None for a HashingEmbedder fitted on the catalog. A Python embedder's name()
        and dim() are read once, here; the catalog's KRAs are embedded here too (once per
        catalog, embedder name and dimension: pipelines sharing a Catalog share them).
    llm: a jdpipe.LLMProvider (your Python subclass); None to run without an LLM. Its
        failures (exceptions, answers that do not validate) fall back to the deterministic
        stage and are listed in run["fallbacks"].
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
        min_words (int): input with fewer words is rejected as too_short;
        llm_stages (dict or set): with an llm, which stages ask it, among 'parse',
            'extract_skills', 'adjudicate', 'propose_role' and 'enrich_skill': a set of the
            stages that do (the others stay deterministic), or a dict {stage: bool} (stages
            not named stay on);
        skill_tagger (SkillTagger, str or os.PathLike): a trained tagger (or the path of a
            model to load) whose spans skill extraction uses; None for the catalog
            dictionary alone. options["skill_tagger"] gives it back (or None).

The pipeline holds references to the embedder and the llm for as long as it lives.

Raises:
    TypeError: an unknown option, or an option of the wrong type.
    ValueError: an option out of range.
    JdpipeError: the library rejects the options or the catalog.
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
          "_run",
          [](const PyPipeline& self, const std::string& text, const std::string& input_id) {
            auto out = std::make_unique<PyRun>();
            {
              py::gil_scoped_release release;
              out->run = self.pipeline->run(text, input_id);
            }
            return out;
          },
          py::arg("text"), py::arg("input_id") = "", "Runs one JD; returns a NativeRun (see Pipeline.run).")
      .def(
          "_run_batch",
          [](const PyPipeline& self, py::iterable texts, long long threads, py::object input_ids) {
            if (threads < 0) throw py::value_error("run_batch(): threads must be >= 0");
            std::vector<std::string> inputs = texts_from(texts);
            std::vector<jdpipe::Run> runs;
            if (input_ids.is_none()) {
              py::gil_scoped_release release;
              runs = self.pipeline->run_batch(inputs, static_cast<unsigned>(threads));
            } else {
              std::vector<std::string> ids = texts_from(input_ids);
              if (ids.size() != inputs.size())
                throw py::value_error("run_batch(): " + std::to_string(inputs.size()) + " texts but " +
                                      std::to_string(ids.size()) + " input_ids");
              py::gil_scoped_release release;
              runs = self.pipeline->run_batch(inputs, ids, static_cast<unsigned>(threads));
            }
            return wrap_runs(std::move(runs));
          },
          py::arg("texts"), py::arg("threads") = 0, py::arg("input_ids") = py::none(),
          "Runs many JDs on native threads; returns NativeRuns (see Pipeline.run_batch).")
      .def(
          "resolve_title",
          [](const PyPipeline& self, const std::string& title, size_t k) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = jdpipe::to_json(self.pipeline->resolve_title(title, k));
            }
            return json_loads(json);
          },
          py::arg("title"), py::arg("k") = 10, R"doc(
The top `k` catalog roles for a bare job title (no JD), best first, as a list of dicts:
{"slug", "display_name", "external_id", "score", "matched_via"}. [] when none matches.
)doc")
      .def(
          "extract_skills",
          [](const PyPipeline& self, const std::string& text) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = jdpipe::to_json(self.pipeline->extract_skills(text));
            }
            return json_loads(json);
          },
          py::arg("text"), R"doc(
The skills of a job description (parse, then the skill matcher; no role resolution), as a list
of dicts: {"skill_name", "slug", "skill_id", "external_id", "is_primary", "matched_via",
"surface_forms", "evidence": [{"byte_start", "byte_end", "sentence"}]}. [] for a JD the parser
rejects.
)doc")
      .def(
          "link_skill",
          [](const PyPipeline& self, const std::string& term, const std::string& context, size_t k) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = jdpipe::to_json(self.pipeline->link_skill(term, context, k));
            }
            return json_loads(json);
          },
          py::arg("term"), py::arg("context") = "", py::arg("k") = 10, R"doc(
The top `k` catalog skills for one skill mention, best first, as a list of dicts:
{"slug", "display_name", "external_id", "score", "matched_via"}.

Args:
    term: the mention, e.g. "k8s".
    context: the sentence around it, which may help.
    k: how many to return.
)doc")
      .def(
          "embed",
          [](const PyPipeline& self, const std::vector<std::string>& texts) {
            jdpipe::Matrix matrix;
            {
              py::gil_scoped_release release;
              matrix = self.pipeline->embedder().embed(texts);
            }
            return matrix_to_numpy(std::move(matrix));
          },
          py::arg("texts"), R"doc(
Embeds texts with the pipeline's embedder (the one the KRA signal uses): a float32 numpy array of
shape (len(texts), dim), rows L2-normalised.
)doc")
      .def_property_readonly(
          "catalog", [](const PyPipeline& self) { return self.catalog; }, "The Catalog the pipeline runs over.")
      .def_property_readonly(
          "options", [](const PyPipeline& self) { return options_dict(self.pipeline->options()); },
          "The pipeline's options as a dict (a copy).")
      .def_property_readonly(
          "embedder_name", [](const PyPipeline& self) { return self.pipeline->embedder().name(); },
          "The name of the embedder the KRA signal uses.")
      .def_property_readonly(
          "embedder", [](const PyPipeline& self) { return self.embedder; },
          "The Embedder given to the constructor, or None for the default hashing embedder.")
      .def_property_readonly(
          "llm", [](const PyPipeline& self) { return self.llm; },
          "The LLMProvider given to the constructor, or None.")
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
