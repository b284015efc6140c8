"""Tests of the Python package jdpipe (the pybind11 module jdpipe._core and its helpers).

Run after `pip install --no-build-isolation .` with `python -m pytest tests/python`, or against a
CMake build tree with PYTHONPATH=<build>/bindings/python.
"""

import json
import os
import pydoc
import re
import threading
from pathlib import Path

import pytest

import jdpipe

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JD = (ROOT / "examples" / "sample-jd.txt").read_text(encoding="utf-8")

MINI_BUNDLE = "\n".join(
    json.dumps(record)
    for record in [
        {"kind": "meta", "name": "mini", "version": "1", "description": "a test bundle", "license": "CC0"},
        {
            "kind": "dimension",
            "slug": "api-integration",
            "display_name": "API Integration",
            "difficulty_hint": "well_known",
            "rationale": "calling and serving APIs",
        },
        {
            "kind": "skill",
            "slug": "api",
            "display_name": "API",
            "category": "Concept",
            "sub_category": "Application Programming Interface",
            "aliases": [{"text": "API", "type": "CANONICAL"}, {"text": "APIs", "type": "VARIANT"}],
            "dimensions": ["api-integration"],
        },
        {
            "kind": "skill",
            "slug": "java",
            "display_name": "Java",
            "category": "Programming Language",
            "sub_category": "General Purpose",
            "skill_nature": "LANGUAGE",
            "aliases": [{"text": "Java", "type": "CANONICAL"}],
            "dimensions": ["api-integration"],
        },
        {
            "kind": "role",
            "slug": "backend-engineer",
            "display_name": "Backend Developer",
            "role_archetype": "Engineering",
            "aliases": ["Backend Developer", "Back-end Engineer", "Backend Engineer"],
            "kras": ["Designs and maintains RESTful APIs and the services behind them"],
            "skills": ["api", "java"],
            "dimensions": ["api-integration"],
        },
        {
            "kind": "role",
            "slug": "data-analyst",
            "display_name": "Data Analyst",
            "role_archetype": "Analytics",
            "aliases": ["Data Analyst"],
            "kras": ["Analyses business data and builds dashboards and reports"],
            "skills": [],
            "dimensions": [],
        },
    ]
) + "\n"

MINI_JD = """Backend Engineer

Responsibilities:
- Design and maintain RESTful APIs for our payments platform
- Write and review Java services and their tests

Requirements:
- 3+ years of experience building APIs in Java
"""


@pytest.fixture(scope="module")
def pipeline():
    return jdpipe.Pipeline()


@pytest.fixture(scope="module")
def sample_run(pipeline):
    return pipeline.run(SAMPLE_JD, input_id="sample")


@pytest.fixture(scope="module")
def deterministic():
    return jdpipe.Pipeline(deterministic_ids=True, record_timings=False)


# ---- the package -------------------------------------------------------------------------


def test_import_and_exports():
    for name in jdpipe.__all__:
        assert hasattr(jdpipe, name), name
    assert {"Catalog", "Pipeline", "JdpipeError", "to_rows", "__version__"} <= set(jdpipe.__all__)
    assert issubclass(jdpipe.JdpipeError, RuntimeError)


def test_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", jdpipe.__version__)
    assert jdpipe.__version__ == jdpipe.version()
    header = (ROOT / "include" / "jdpipe" / "version.hpp").read_text(encoding="utf-8")
    assert f'"{jdpipe.__version__}"' in header


def test_installed_metadata_matches():
    metadata = pytest.importorskip("importlib.metadata")
    try:
        installed = metadata.version("jdpipe")
    except metadata.PackageNotFoundError:
        pytest.skip("jdpipe is imported from a build tree, not installed")
    assert installed == jdpipe.__version__


def test_typing_files_are_shipped():
    package = Path(jdpipe.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_core.pyi").exists()


def test_docstrings():
    assert jdpipe.Pipeline.run.__doc__ and jdpipe.Pipeline.run.__doc__.strip()
    text = pydoc.render_doc(jdpipe.Pipeline.run)
    assert "job description" in text
    for obj in (
        jdpipe.Pipeline,
        jdpipe.Pipeline.__init__,
        jdpipe.Pipeline.run_json,
        jdpipe.Pipeline.run_batch,
        jdpipe.Catalog,
        jdpipe.Catalog.starter,
        jdpipe.Catalog.from_bundle,
        jdpipe.Catalog.from_bundle_text,
        jdpipe.JdpipeError,
        jdpipe.to_rows,
        jdpipe.parse,
    ):
        assert obj.__doc__ and obj.__doc__.strip(), obj


# ---- the product's acceptance criteria on the sample JD ------------------------------------


def test_sample_jd_run(sample_run):
    run = sample_run
    assert isinstance(run, dict)
    assert run["input_id"] == "sample"
    api1 = run["api1"]
    assert api1["rejected"] is False
    decision = api1["stage4_decision"]
    assert decision["case"] == "D"
    assert decision["alias_collision_detected"] is True
    assert decision["chosen_role"]["slug"] == "backend-engineer"
    assert 0.0 <= decision["confidence"] <= 1.0
    assert "API" in [s["skill_name"] for s in api1["final_skills"]]


def test_sample_jd_run_has_the_client_enrichment(sample_run):
    enrichment = sample_run["enrichment"]
    assert set(enrichment) == {"skill_clusters", "nature_of_work", "ai_index", "tech_stack_maturity",
                               "evidence", "kra_vocabulary"}
    assert 0 <= enrichment["ai_index"]["score"] <= 100
    shares = enrichment["tech_stack_maturity"]["shares"]
    assert abs(sum(s["share"] for s in shares) - 1.0) < 1e-3
    # The seed JD's API skill is shown with the span it was found at.
    api = [e for e in enrichment["evidence"]["skills"] if e["skill_name"] == "API"]
    assert api and all(SAMPLE_JD.encode()[e["byte_start"]:e["byte_end"]].decode() == e["text"] for e in api)
    natures = enrichment["nature_of_work"]["sentences"]
    assert natures and all(s["nature"] for s in natures)


def test_rejected_run_has_no_enrichment(pipeline):
    assert "enrichment" not in pipeline.run("")


def test_run_json_matches_run(deterministic):
    text = deterministic.run_json(SAMPLE_JD, input_id="x")
    assert isinstance(text, str) and "\n" not in text
    assert json.loads(text) == deterministic.run(SAMPLE_JD, input_id="x")
    pretty = deterministic.run_json(SAMPLE_JD, input_id="x", indent=2)
    assert "\n" in pretty and json.loads(pretty) == json.loads(text)


@pytest.mark.parametrize("text", ["", "   ", " \n\t  \r\n "])
def test_empty_and_whitespace_are_rejected(pipeline, text):
    run = pipeline.run(text)
    assert run["api1"]["rejected"] is True
    assert run["api1"]["rejection_reason"]


def test_bytes_input(deterministic):
    assert deterministic.run(SAMPLE_JD.encode("utf-8")) == deterministic.run(SAMPLE_JD)


def test_max_input_bytes_rejects_long_input():
    run = jdpipe.Pipeline(max_input_bytes=100).run(SAMPLE_JD)
    assert run["api1"]["rejected"] is True


# ---- batches and threads -------------------------------------------------------------------


def test_run_batch_keeps_order_and_equals_single_runs(deterministic):
    texts = [SAMPLE_JD, "", MINI_JD, "   ", SAMPLE_JD.replace("Budget", "Salary")]
    batch = deterministic.run_batch(texts, threads=3)
    assert isinstance(batch, list) and len(batch) == len(texts)
    assert [r["api1"]["rejected"] for r in batch] == [False, True, False, True, False]
    # The core names each batch input by its index (input_id "0", "1", ...).
    assert [r["input_id"] for r in batch] == [str(i) for i in range(len(texts))]
    assert batch == [deterministic.run(t, input_id=str(i)) for i, t in enumerate(texts)]
    assert deterministic.run_batch(texts, threads=1) == batch
    assert deterministic.run_batch(texts) == batch


def test_run_batch_accepts_any_iterable(deterministic):
    texts = [SAMPLE_JD, MINI_JD]
    assert deterministic.run_batch(t for t in texts) == deterministic.run_batch(tuple(texts))
    assert deterministic.run_batch([]) == []


def test_run_batch_rejects_bad_arguments(deterministic):
    with pytest.raises(TypeError):
        deterministic.run_batch(SAMPLE_JD)
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        deterministic.run_batch([SAMPLE_JD, 42])
    with pytest.raises((ValueError, TypeError)):
        deterministic.run_batch([SAMPLE_JD], threads=-1)


def test_deterministic_ids_are_stable(deterministic):
    a = deterministic.run(SAMPLE_JD)
    b = jdpipe.Pipeline(deterministic_ids=True, record_timings=False).run(SAMPLE_JD)
    assert a["run_id"] == b["run_id"]
    assert a == b


def test_runs_from_python_threads(deterministic):
    expected = deterministic.run(SAMPLE_JD)
    results = [None] * 8
    errors = []

    def work(i):
        try:
            results[i] = deterministic.run(SAMPLE_JD)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(results))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results)


def test_native_work_releases_the_gil(deterministic):
    # While one thread is inside a long native call, Python code in another thread keeps running.
    # With the GIL held it would stall for the whole call (a few ms at most would get through).
    import time

    start = time.perf_counter()
    deterministic.run(SAMPLE_JD)
    one = max(time.perf_counter() - start, 1e-4)
    texts = [SAMPLE_JD] * max(20, min(5000, int(0.4 / one)))

    def spin(seconds):
        count, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            count += 1
        return count / seconds

    solo_rate = spin(0.1)
    worker = threading.Thread(target=deterministic.run_batch, args=(texts,), kwargs={"threads": 1})
    count, t0 = 0, time.perf_counter()
    worker.start()
    while worker.is_alive():
        count += 1
    elapsed = time.perf_counter() - t0
    worker.join()
    if elapsed < 0.1:
        pytest.skip("the batch finished too quickly to measure")
    assert count / elapsed > 0.05 * solo_rate


# ---- options -------------------------------------------------------------------------------


def test_options_are_applied():
    p = jdpipe.Pipeline(
        w_alias=0.4, w_kra=0.4, w_skill=0.2, accept_threshold=0.5, margin=0.1, new_role_threshold=0.1,
        top_k=3, deterministic_ids=True, record_timings=False, persist=False, max_input_bytes=10000,
    )
    o = p.options
    assert o["w_alias"] == 0.4 and o["w_kra"] == 0.4 and o["w_skill"] == 0.2
    assert o["accept_threshold"] == 0.5 and o["margin"] == 0.1 and o["new_role_threshold"] == 0.1
    assert o["top_k"] == 3 and o["max_input_bytes"] == 10000
    assert o["deterministic_ids"] is True and o["record_timings"] is False and o["persist"] is False
    assert jdpipe.Pipeline(w_alias=1).options["w_alias"] == 1.0  # an int is a fine float


def test_unknown_option_raises_type_error():
    with pytest.raises(TypeError, match="no_such_option"):
        jdpipe.Pipeline(no_such_option=1)


@pytest.mark.parametrize(
    "options", [{"top_k": 2.5}, {"top_k": True}, {"persist": 1}, {"w_alias": "high"}, {"max_input_bytes": "1"}]
)
def test_option_of_wrong_type_raises_type_error(options):
    with pytest.raises(TypeError, match=next(iter(options))):
        jdpipe.Pipeline(**options)


def test_option_out_of_range_raises_value_error():
    with pytest.raises(ValueError, match="max_input_bytes"):
        jdpipe.Pipeline(max_input_bytes=-1)
    with pytest.raises(ValueError, match="top_k"):
        jdpipe.Pipeline(top_k=0)
    with pytest.raises(ValueError, match="accept_threshold"):
        jdpipe.Pipeline(accept_threshold=float("nan"))


def test_options_the_library_rejects_raise_jdpipe_error():
    with pytest.raises(jdpipe.JdpipeError) as info:
        jdpipe.Pipeline(w_alias=0, w_kra=0, w_skill=0)
    assert info.value.code == "invalid_argument"


# ---- catalogs ------------------------------------------------------------------------------


def test_starter_catalog(pipeline):
    catalog = jdpipe.Catalog.starter()
    assert catalog.name
    assert catalog.role_count > 0 and catalog.skill_count > 0 and catalog.dimension_count > 0
    assert "backend-engineer" in catalog.role_slugs
    assert len(catalog.skill_slugs) == catalog.skill_count
    assert pipeline.catalog.name == catalog.name
    assert catalog.name in repr(catalog)
    assert jdpipe.Catalog.starter_bundle_text().strip()


def test_bad_bundle_path_raises(tmp_path):
    missing = tmp_path / "no-such-catalog.jsonl"
    with pytest.raises(jdpipe.JdpipeError, match=re.escape(str(missing))) as info:
        jdpipe.Catalog.from_bundle(str(missing))
    assert isinstance(info.value, RuntimeError)
    assert info.value.code in {"not_found", "io"}
    with pytest.raises(jdpipe.JdpipeError):
        jdpipe.Catalog.from_bundle(missing)  # os.PathLike


def test_bundle_from_text():
    catalog = jdpipe.Catalog.from_bundle_text(MINI_BUNDLE, name="mini.jsonl")
    assert (catalog.name, catalog.version) == ("mini", "1")
    assert (catalog.role_count, catalog.skill_count, catalog.dimension_count) == (2, 2, 1)
    assert catalog.skipped_lines == []
    run = jdpipe.Pipeline(catalog).run(MINI_JD)
    assert run["api1"]["rejected"] is False
    assert run["catalog"]["name"] == "mini"
    assert run["api1"]["stage4_decision"]["chosen_role"]["slug"] == "backend-engineer"


def test_bundle_from_file(tmp_path):
    path = tmp_path / "mini.jsonl"
    path.write_text(MINI_BUNDLE, encoding="utf-8")
    catalog = jdpipe.Catalog.from_bundle(path)
    assert catalog.name == "mini"
    assert jdpipe.Catalog.from_bundle(str(path)).role_count == 2


def test_bad_bundle_text():
    bad = MINI_BUNDLE + "{this is not json\n"
    with pytest.raises(jdpipe.JdpipeError, match="mini.jsonl"):
        jdpipe.Catalog.from_bundle_text(bad, name="mini.jsonl")
    catalog = jdpipe.Catalog.from_bundle_text(bad, name="mini.jsonl", skip_bad_lines=True)
    assert catalog.role_count == 2
    assert len(catalog.skipped_lines) == 1


def test_persist_applies_the_learning_loop():
    catalog = jdpipe.Catalog.from_bundle_text(MINI_BUNDLE)
    dry = jdpipe.Pipeline(catalog).run(MINI_JD)
    assert dry["api1"]["stage5_updates"]["dry_run"] is True
    run = jdpipe.Pipeline(catalog, persist=True).run(MINI_JD)
    assert run["api1"]["stage5_updates"]["dry_run"] is False
    state = catalog.learning_state()
    assert isinstance(state, dict) and sum(state["centroid_n"].values()) >= 1


# ---- parse and to_rows ---------------------------------------------------------------------


def test_parse_matches_the_runs_nano_parsed(sample_run):
    parsed = jdpipe.parse(SAMPLE_JD)
    assert isinstance(parsed, dict)
    assert parsed == sample_run["nano_parsed"]
    assert jdpipe.parse("") == jdpipe.Pipeline().run("")["nano_parsed"]


def test_to_rows(deterministic):
    runs = deterministic.run_batch([SAMPLE_JD, ""])
    rows = jdpipe.to_rows(runs)
    assert len(rows) == 2
    assert set(rows[0]) == {"run_id", "input_id", "rejected", "case", "chosen_role", "confidence", "skills"}
    assert rows[0]["run_id"] == runs[0]["run_id"]
    assert rows[0]["rejected"] is False
    assert rows[0]["case"] == runs[0]["api1"]["stage4_decision"]["case"]
    assert rows[0]["chosen_role"] == "backend-engineer"
    assert rows[0]["confidence"] == runs[0]["api1"]["stage4_decision"]["confidence"]
    assert rows[0]["skills"].split(";") == [s["skill_name"] for s in runs[0]["api1"]["final_skills"]]
    assert rows[1]["rejected"] is True and rows[1]["chosen_role"] is None and rows[1]["skills"] == ""
    assert jdpipe.to_rows(runs[0]) == rows[:1]
    assert jdpipe.to_rows(json.dumps(runs[0])) == rows[:1]


def test_quickstart_example_runs():
    import runpy
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(ROOT / "examples" / "python" / "quickstart.py"), run_name="__main__")
    assert out.getvalue().strip()
