"""Shape checks on the rows the pipeline writes (entities and relations tables), on invented text."""
from __future__ import annotations

import pytest

from pipeline import vocabulary
from pipeline.nlp.build import build_nlp
from pipeline.nlp.relations import relation_rows
from pipeline.nlp.tables import entity_rows


# --- helper DP (session 25): anomalies found in the output rows of 3,500 real abstracts -------------------

@pytest.fixture(scope="module")
def full_nlp():
    return build_nlp()


def _rows(nlp, text):
    doc = nlp(text)
    doc._.pmid = "1"
    return text, entity_rows(doc, "t", text), relation_rows(doc, "t")


def test_dp_generic_tail_of_a_named_factor_does_not_rename_its_short_form(full_nlp):
    """(helper DP, s25) `glial-cell-line-derived neurotrophic factor (GDNF)`: the rules found only `neurotrophic
    factor` (the generic class) inside the long form, which renamed every `GDNF` of the abstract `factor:ntf`."""
    text = ("Trophic support in ALS\nWe measured glial-cell-line-derived neurotrophic factor (GDNF) in the CSF of "
            "twenty patients. GDNF levels rose after the third infusion.")
    _, ents, _ = _rows(full_nlp, text)
    factors = {(e["text"], e["concept_id"]) for e in ents if e["label"] == "NEUROTROPHIC_FACTOR"}
    assert factors == {("glial-cell-line-derived neurotrophic factor", "factor:GDNF"), ("GDNF", "factor:GDNF")}, factors


def test_dp_unlisted_spelling_keeps_the_short_forms_factor(full_nlp):
    """(helper DP, s25) whatever hyphenation the vocabulary lacks, a short form that is itself a named factor's
    alias keeps that factor when the long form's only mention is the generic class."""
    text = ("Trophic support in ALS\nWe measured glial-cell-derived neurotrophic factor (GDNF) in the CSF. "
            "GDNF levels rose after the infusion.")
    _, ents, _ = _rows(full_nlp, text)
    shorts = {e["concept_id"] for e in ents if e["text"] == "GDNF"}
    assert shorts == {"factor:GDNF"}, ents


def test_dp_generic_class_long_form_still_names_its_short_form(full_nlp):
    """(helper DP, s25) near miss: the class itself defined (`neurotrophic factors (NTFs)`) stays the class."""
    text = "Trophic support in ALS\nThe cells release neurotrophic factors (NTFs). NTFs protect motor neurons."
    _, ents, _ = _rows(full_nlp, text)
    assert {e["concept_id"] for e in ents if e["text"] == "NTFs"} == {"factor:ntf"}, ents


def test_dp_every_entity_row_names_its_concept(full_nlp):
    """(helper DP, s25) the rows of names nested in a bigger mention (`T cell` in `T cell infiltration`, `BDNF` in
    `BDNF-secreting MSCs`) carried no concept_name, unlike every other row."""
    text = ("Grafts in SOD1 mice\nBDNF-secreting MSCs reduced T cell infiltration and the loss of motor neurons in "
            "the lumbar spinal cord.")
    vocab = vocabulary.load()
    _, ents, _ = _rows(full_nlp, text)
    nested = [e for e in ents if e["text"] in ("T cell", "BDNF")]
    assert nested, ents
    for e in ents:
        assert e["concept_name"] == vocab.name_of(e["concept_id"]), e


def test_dp_secretes_from_a_cell_name_points_at_the_factor(full_nlp):
    """(helper DP, s25) a SECRETES row read off an engineered cell's name (`BDNF-MSCs`) had the whole cell name
    as its factor object (object = subject span); the object is the factor inside the name."""
    text = ("Engineered grafts in ALS mice\nWe transplanted BDNF-MSCs and glial cell line-derived neurotrophic "
            "factor-overexpressing neural stem cells into SOD1 mice.")
    text, _, rels = _rows(full_nlp, text)
    sec = {(r["subject_text"], r["object_text"]) for r in rels if r["predicate"] == "SECRETES"}
    assert ("BDNF-MSCs", "BDNF") in sec, sec
    assert ("glial cell line-derived neurotrophic factor-overexpressing neural stem cells",
            "glial cell line-derived neurotrophic factor") in sec, sec
    for r in rels:
        assert text[r["object_start"]:r["object_end"]] == r["object_text"], r
        assert (r["subject_start"], r["subject_end"]) != (r["object_start"], r["object_end"]), r


def test_dp_secretes_from_a_product_name_without_a_factor_word(full_nlp):
    """(helper DP, s25) near miss: a product name that spells no factor (`NurOwn`) keeps its whole name."""
    text = "Cell therapy in ALS\nNurOwn was given intrathecally to twelve patients."
    text, _, rels = _rows(full_nlp, text)
    sec = [r for r in rels if r["predicate"] == "SECRETES"]
    assert sec and all(r["object_text"] == "NurOwn" for r in sec), sec


def test_dp_no_entity_row_holds_half_a_bracket(full_nlp):
    """(helper DP, s25) the tokenizer leaves `p21(WAF1` and `)` apart: an end point ending on the first token held
    an opened bracket (`expression of p21(WAF1`); it now ends after the bracket closes."""
    text = ("Astrocyte responses in SOD1 mice\nThe compound increased the expression of p21(WAF1) in cultured "
            "astrocytes, and the ALSFRS-R (revised) score was recorded.")
    text, ents, _ = _rows(full_nlp, text)
    assert any(e["text"] == "expression of p21(WAF1)" for e in ents), ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"].count("(") == e["text"].count(")"), e
