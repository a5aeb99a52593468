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


# helper DQ (session 25): sentences that end after a single capital letter, and spans that ran over them ---------

def _sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_dq_a_capital_letters_full_stop_ends_the_sentence(full_nlp):
    """(helper DQ, s25) scispaCy keeps a period glued to one capital letter (as for initials), so no sentence ended
    after `NF-kappa B.` or `protein kinase C.` and the end point ran on into the next sentence."""
    text = ("Grafts in SOD1 mice\nMSCs lowered the activation of NF-kappa B. The grafted cells also raised BDNF. "
            "Riluzole blunted the activation of protein kinase C. However, grip strength did not change. "
            "In Group P. Plasma IL-6 levels fell after the infusion.")
    assert _sents(full_nlp, text) == [
        "Grafts in SOD1 mice", "MSCs lowered the activation of NF-kappa B.", "The grafted cells also raised BDNF.",
        "Riluzole blunted the activation of protein kinase C.", "However, grip strength did not change.",
        "In Group P.", "Plasma IL-6 levels fell after the infusion."]
    text, ents, _ = _rows(full_nlp, text)
    got = {e["text"] for e in ents if e["label"] == "OUTCOME"}
    assert {"activation of NF-kappa B", "activation of protein kinase C", "Plasma IL-6 levels"} <= got, got
    for e in ents:
        assert not e["text"].endswith(".") and "\n" not in e["text"], e


def test_dq_before_a_line_break_or_the_end_the_letter_loses_its_full_stop(full_nlp):
    """(helper DQ, s25) before a line break or the end of the text the sentence already ended, but the name kept
    the full stop (`chronic hepatitis B.`): the letter is a token of its own and the name is found whole."""
    text = ("Cell therapy and the liver\nTwelve patients had chronic hepatitis B.\n"
            "Umbilical cord MSCs lowered the activation of NF-kappa B.")
    _, ents, _ = _rows(full_nlp, text)
    got = {(e["label"], e["text"]) for e in ents}
    assert ("DISEASE", "chronic hepatitis B") in got and ("OUTCOME", "activation of NF-kappa B") in got, got
    assert not any(e["text"].endswith(".") for e in ents), ents


def test_dq_greek_letter_before_the_final_capital(full_nlp):
    """(helper DQ, s25) `NF-κB.`: the tokenizer's rule for a period after a mixed-case symbol (`NfL.`) read ASCII
    letters only, so the period stayed glued and the sentence ran on."""
    assert [t.text for t in full_nlp.tokenizer("blocked NF-κB. The")] == ["blocked", "NF-κB", ".", "The"]
    assert [t.text for t in full_nlp.tokenizer("of IκB. Then")] == ["of", "IκB", ".", "Then"]
    text = "MSCs in ALS mice\nThe grafts lowered the activation of NF-κB. Survival was longer in treated mice."
    assert _sents(full_nlp, text)[1:] == ["The grafts lowered the activation of NF-κB.",
                                          "Survival was longer in treated mice."]
    _, ents, _ = _rows(full_nlp, text)
    assert "activation of NF-κB" in {e["text"] for e in ents}, ents


def test_dq_initials_and_genus_abbreviations_stay_inside_the_sentence(full_nlp):
    """(helper DQ, s25) near misses: a letter before a lower-case word (a genus, `vitamin B. complex`), an author's
    initials, a first name's middle initial, a title: one sentence each."""
    for text in ("The protein from E. coli was purified before the graft.",
                 "Growth of S. aureus and C. elegans was studied in culture.",
                 "As shown by Drs. J. Smith and M. Jones, MSCs secrete GDNF in culture.",
                 "The trial was named after John F. Kennedy Hospital in the city.",
                 "Supplementation with vitamin B. complex improved motor function.",
                 "These data (Smith, J. M. and Brown, K. L., unpublished) support the idea."):
        assert _sents(full_nlp, text) == [text], text
    tokens = [t.text for t in full_nlp("Growth of E. coli and S. aureus was slow.")]
    assert "E." in tokens and "S." in tokens     # the initials' tokens are left whole


def test_dq_no_span_ends_inside_cannot(full_nlp):
    """(helper DQ, s25) the tokenizer splits `cannot` into `can` + `not`: `loss of X` ended on `can`, inside the
    word (`loss of heterozygosity can`)."""
    text = ("Grafts in SOD1 mice\nLoss of heterozygosity cannot be excluded in the grafted cells. "
            "The decline of motor function can not be stopped either.")
    text, ents, _ = _rows(full_nlp, text)
    got = {e["text"] for e in ents if e["label"] == "OUTCOME"}
    assert "Loss of heterozygosity" in got, got
    for e in ents:
        assert not (e["end"] < len(text) and text[e["end"]].isalnum() and text[e["end"] - 1].isalnum()), e
        assert not e["text"].lower().endswith(" can"), e
