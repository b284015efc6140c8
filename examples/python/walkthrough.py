"""A walk-through of jdpipe from Python, the way a notebook user would go:
load a catalog, run a few job descriptions, look at each decision and its skills.

    python3 examples/python/walkthrough.py [CATALOG.jsonl|CATALOG.db]
"""
import sys
from pathlib import Path

import jdpipe

HERE = Path(__file__).resolve().parent

# 1. A catalog: the starter catalog compiled into the library, or a bundle / SQLite file.
catalog = jdpipe.Catalog.open(sys.argv[1] if len(sys.argv) > 1 else None)
print(catalog)
print("stats:", catalog.stats())

# 2. A pipeline over it. Options are keyword arguments; deterministic ids make reruns comparable.
pipeline = jdpipe.Pipeline(catalog, deterministic_ids=True)

# 3. One JD: a Run with attribute access over the run JSON.
sample = (HERE.parent / "sample-jd.txt").read_text(encoding="utf-8")
run = pipeline.run(sample, input_id="sample")
print(run)
print("role:", run.chosen_role)
print("case:", run.case, "confidence:", run.confidence)
print("why:", run.decision.reasoning)
for skill in run.skills[:8]:
    print(f"  skill {skill.slug:<24} primary={skill.is_primary} seen as {skill.surface_forms}")
print("top KRA candidates:", [(c.slug, c.score) for c in run.api1.stage3_signals.kra_match_roles[:3]])

# 4. A few JDs at once, on native threads (the GIL is released while they run).
jds = {
    "sample": sample,
    "data": "Senior Data Engineer\n\nResponsibilities:\n- Build batch and streaming pipelines with "
    "Spark and Kafka\n- Model data in the warehouse with SQL and dbt\n\nRequirements:\n- 5+ years "
    "with Python and SQL\n- Experience with Airflow and AWS",
    "nonsense": "hello world",
}
runs = pipeline.run_batch(list(jds.values()), input_ids=list(jds))
for r in runs:
    print(f"{r.input_id:>9}: {'rejected (' + str(r.rejection_reason) + ')' if r.rejected else r.chosen_role}")

# 5. Flat rows for a table (a pandas DataFrame with jdpipe.to_dataframe when pandas is installed).
for row in jdpipe.to_rows(runs):
    print(row)

# 6. The single-purpose lookups.
print("resolve_title:", [m["slug"] for m in pipeline.resolve_title("Sr. Backend Developer", k=3)])
print("link_skill:", [m["slug"] for m in pipeline.link_skill("postgres", k=3)])
print("extract_skills:", [s["slug"] for s in pipeline.extract_skills(sample)][:8])

# 7. The whole run as JSON, or as plain dicts.
assert run.to_dict()["api1"]["stage4_decision"]["chosen_role"]["slug"] == run.chosen_role
print(run.to_json()[:120], "...")
