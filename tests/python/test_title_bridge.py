"""jdpipe.TitleBridge: a second catalog's titles vote for the roles they share titles with."""

import gc
import json

import pytest

import jdpipe


def bundle(name, roles):
    lines = [json.dumps({"kind": "meta", "name": name})]
    for slug, display, aliases in roles:
        lines.append(json.dumps({"kind": "role", "slug": slug, "display_name": display, "aliases": aliases,
                                 "kras": ["Do the work of a " + display.lower()]}))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def pipelines():
    # Invented roles: the target has general names; the source knows the vacancy-style titles.
    target = jdpipe.Pipeline(jdpipe.Catalog.from_bundle_text(bundle("target", [
        ("counter-attendant", "Counter Attendant", ["kiosk clerk"]),
        ("vehicle-seller", "Vehicle Seller", ["kiosk clerk"]),
        ("floor-layer", "Floor Layer", ["parquet fitter"]),
    ])))
    source = jdpipe.Pipeline(jdpipe.Catalog.from_bundle_text(bundle("source", [
        ("retail-workers", "Retail Workers", ["Counter Attendants", "Kiosk Clerk", "Store Crew Member"]),
        ("pilots", "Pilots", ["Aviator"]),
    ])))
    return target, source


def test_links_and_votes(pipelines):
    target, source = pipelines
    bridge = jdpipe.TitleBridge(target, source)
    assert bridge.link("retail-workers", "counter-attendant") == pytest.approx(0.75)
    assert bridge.link("retail-workers", "vehicle-seller") == pytest.approx(0.25)
    assert bridge.link("pilots", "floor-layer") == 0
    assert bridge.linked_source_roles == 1
    # A title only the source knows reaches the role it is bridged to, saying which role voted.
    hits = bridge.resolve_title("Store Crew Member", k=3)
    assert hits[0]["slug"] == "counter-attendant"
    assert hits[0]["bridged_from"] == "retail-workers"
    assert hits[0]["bridge_vote"] == pytest.approx(0.75)
    assert set(hits[0]) == {"slug", "display_name", "external_id", "score", "matched_via", "bridge_vote", "bridged_from"}
    # Without the bridge the target ranks it last of three (near-zero n-gram scores).
    assert target.resolve_title("Store Crew Member", k=3)[0]["slug"] != "counter-attendant"


def test_weight_zero_keeps_the_target_order(pipelines):
    target, source = pipelines
    plain = [h["slug"] for h in target.resolve_title("parquet fitter", k=3)]
    bridged = jdpipe.TitleBridge(target, source, weight=0.0).resolve_title("parquet fitter", k=3)
    assert [h["slug"] for h in bridged][: len(plain)] == plain


def test_bad_arguments(pipelines):
    target, source = pipelines
    with pytest.raises(TypeError, match="source must be a jdpipe.Pipeline"):
        jdpipe.TitleBridge(target, "onet.db")
    with pytest.raises(jdpipe.JdpipeError, match="weight"):
        jdpipe.TitleBridge(target, source, weight=-1.0)
    with pytest.raises(jdpipe.JdpipeError, match="pool"):
        jdpipe.TitleBridge(target, source, pool=0)


def test_keeps_its_pipelines_alive():
    target = jdpipe.Pipeline(jdpipe.Catalog.from_bundle_text(bundle("t", [("a-role", "Counter Attendant", [])])))
    source = jdpipe.Pipeline(jdpipe.Catalog.from_bundle_text(bundle("s", [("b-role", "Shop Helper", ["Counter Attendant"])])))
    bridge = jdpipe.TitleBridge(target, source)
    del target, source
    gc.collect()
    assert bridge.resolve_title("Shop Helper")[0]["slug"] == "a-role"
