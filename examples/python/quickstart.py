"""Runs the sample job description through jdpipe and prints its role and skills."""
from pathlib import Path

import jdpipe

text = (Path(__file__).resolve().parents[1] / "sample-jd.txt").read_text(encoding="utf-8")
run = jdpipe.Pipeline().run(text, input_id="sample")  # the starter catalog, no LLM
print("role:", run.chosen_role)
print("case", run.case, "confidence", run.confidence)
print("skills:", ", ".join(s.skill_name for s in run.skills))
print(jdpipe.to_rows([run])[0])
