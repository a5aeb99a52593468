"""Errors found by the blind core set (benchmarks/invented_abstracts.py --set core, helper FK, s28), through the
shipped pipeline (entities and all), on invented text."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


def test_a_semicolon_inside_a_measurement_bracket_is_no_clause_break(full_nlp):
    """`(BDNF; 410 ± 55 pg/mL)`: the semicolon parts a short form from its measurement; every factor of the list
    is the cells' (SPEC SECRETES), not only the first."""
    got = rows(full_nlp, "Stromal cells in ALS\nThe cord MSCs released brain-derived neurotrophic factor (BDNF; "
                         "212 ± 31 pg/mL), neurotrophin-3 (NT-3; 64 ± 12 pg/mL) and hepatocyte growth factor (HGF; "
                         "1.9 ± 0.4 ng/mL) into the medium.")
    for factor in ("factor:BDNF", "factor:NTF3", "factor:HGF"):
        assert ("SECRETES", "cell:uc_msc", factor) in got
    # a semicolon outside brackets still parts two clauses with their own cells
    got = rows(full_nlp, "Stromal cells in ALS\nThe cord MSCs released BDNF into the medium; the fibroblasts "
                         "released HGF.")
    assert ("SECRETES", "cell:uc_msc", "factor:BDNF") in got
    assert ("SECRETES", "cell:uc_msc", "factor:HGF") not in got


def outcomes(nlp, text):
    from pipeline.nlp.tables import entity_rows
    doc = nlp(text)
    doc._.pmid = "1"
    return [(r["text"], r["concept_id"]) for r in entity_rows(doc, "test") if r["label"] == "OUTCOME"]


@pytest.mark.parametrize("text, expected", [
    ("Serum interleukin-8 and interferon-γ declined after the second infusion.",
     [("Serum interleukin-8", "outcome:inflammation"), ("interferon-γ", "outcome:inflammation")]),
    ("CSF IL-1β, IL-18, and TNF-α fell, whereas IL-4 rose.",
     [("CSF IL-1β", "outcome:inflammation"), ("IL-18", "outcome:inflammation"), ("TNF-α", "outcome:inflammation"),
      ("IL-4", "outcome:inflammation")]),
])
def test_coordinated_markers_in_a_body_fluid_that_changed_are_end_points(entity_nlp, text, expected):
    """SPEC: inflammatory cytokines measured are `outcome:inflammation`; the markers in a fluid that an intransitive
    change takes are end points when several are coordinated too, and with `fell`, `rose`, `declined`."""
    assert outcomes(entity_nlp, text) == expected


def test_a_giving_word_ending_the_sentence_before_gives_no_native_cells(full_nlp):
    """`... after the second infusion. Treg counts rose`: the infusion is the previous sentence's (the stromal
    cells'), so the Tregs stay what the therapy acts on, never a subject of AFFECTS or ADMINISTERED_VIA."""
    got = rows(full_nlp, "Cord MSCs in ALS\nPatients received two intravenous infusions of WJ-MSCs. End points were "
                         "circulating Tregs, plasma cytokines and serum neurofilament light chain. No infusion reaction "
                         "was seen after the first infusion. Treg counts rose after the second infusion. Intravenous "
                         "WJ-MSCs were well tolerated and increased circulating Tregs.")
    assert not [k for k in got if k[1] == "cell:treg"]
    assert ("ADMINISTERED_VIA", "cell:wj_msc", "route:intravenous") in got
    # Tregs named as given in their own sentence are still the therapy
    got = rows(full_nlp, "Tregs in ALS\nAutologous Tregs were infused intravenously and slowed the decline of the "
                         "ALSFRS-R.")
    assert ("ADMINISTERED_VIA", "cell:treg", "route:intravenous") in got


def test_a_fluid_with_its_short_form_before_a_measure_is_no_end_point_of_its_own(entity_nlp):
    """`SVC and cerebrospinal fluid (CSF) concentrations of IL-8`: the fluid says where the next end point is
    measured, its short form in brackets or not; it is no list member (SPEC: the end point itself)."""
    got = outcomes(entity_nlp, "Secondary end points were SVC and cerebrospinal fluid (CSF) concentrations of "
                               "interleukin-8 at week 12.")
    texts = [t for t, _ in got]
    assert "cerebrospinal fluid" not in texts and "CSF" not in texts
    assert ("SVC", "outcome:respiratory_function") in got


@pytest.mark.parametrize("text", [
    "MSCs in ALS\nFuture trials should compare MSC routes directly, using ALSFRS-R slope, respiratory function and "
    "neurofilament light chain as end points.",
    "MSCs in ALS\nLarger trials of MSCs with biomarker end points are needed.",
])
def test_end_points_that_future_research_should_measure_are_no_result(full_nlp, text):
    """SPEC AFFECTS: the text says the treatment changed (or did not change) the end point; what research still to
    be done should measure is neither."""
    assert not [k for k in rows(full_nlp, text) if k[0] == "AFFECTS"]


def test_a_result_beside_a_call_for_future_trials_stays(full_nlp):
    got = rows(full_nlp, "MSCs in ALS\nMSCs slowed the ALSFRS-R slope, and future trials should confirm this.")
    assert got[("AFFECTS", "cell:msc", "outcome:alsfrs_r")]["effect"] == "favorable"


def test_innervation_beside_a_hyphenated_muscle_word_is_neuromuscular(entity_nlp):
    """SPEC `outcome:neuromuscular` takes neuromuscular junction innervation; `innervation` is the motor unit's
    where the sentence names muscle, also inside a hyphenated word (`muscle-delivered`)."""
    got = outcomes(entity_nlp, "The grafts kept innervation, suggesting that muscle-delivered VEGF keeps innervation.")
    assert got and all(cid == "outcome:neuromuscular" for _, cid in got)
    assert outcomes(entity_nlp, "The grafts restored serotonergic innervation of the striatum.") == [
        ("innervation", "outcome:other")]
