"""(helper FY, s29) OUTCOME mentions that name no end point: a trait of the cells given as why they are used, the
state of motor neurons named as where grafts lie, symptoms that were adverse events. Each with a near miss in
similar words that stays an end point.

Sentences written for these tests (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from pipeline_rows import top_level_texts


def outcomes(entity_nlp, text):
    return top_level_texts(entity_nlp, text, "OUTCOME")


@pytest.mark.parametrize("text", [
    "Placental stromal cells are simple to grow and have low immunogenicity.",
    "Amniotic epithelial cells (AECs) are abundant, can be banked and possess low immunogenicity.",
])
def test_a_trait_after_a_described_subject_is_no_end_point(entity_nlp, text):
    """`cells are easy to grow and have low immunogenicity`: the cells own the trait through an earlier predicate."""
    assert not outcomes(entity_nlp, text)


@pytest.mark.parametrize("text", [
    "Patients received placental cells and showed no immunogenicity during follow-up.",
    "Immunogenicity of the donor cells was assessed by antibody titres in all patients.",
])
def test_measured_immunogenicity_stays(entity_nlp, text):
    assert [o.lower() for o in outcomes(entity_nlp, text)] == ["immunogenicity"]


def test_motor_neurons_named_as_a_place_are_cells(entity_nlp):
    """`puts the grafts next to degenerating motor neurons`: where the cells go, the neurons a cell type."""
    text = "Injection into the brainstem puts the grafts next to degenerating motor neurons."
    assert "motor neurons" in top_level_texts(entity_nlp, text, "CELL_TYPE")
    assert not outcomes(entity_nlp, text)


@pytest.mark.parametrize("text, end_point", [
    ("Treatment reduced the number of degenerating motor neurons in the lumbar cord.",
     "number of degenerating motor neurons"),
    ("Degenerating motor neurons were fewer in treated rats.", "Degenerating motor neurons"),
])
def test_degenerating_motor_neurons_counted_stay(entity_nlp, text, end_point):
    assert end_point in outcomes(entity_nlp, text)


@pytest.mark.parametrize("text", [
    "One rat developed transient hindlimb weakness after the operation.",
    "One patient had worsening leg weakness after the second operation.",
    "Mild headache and back pain were the commonest complaints.",
])
def test_adverse_event_symptoms_are_no_end_point(entity_nlp, text):
    """SOURCE.md: adverse-event symptoms are not annotated (a limb's weakness after surgery, the complaints)."""
    assert not outcomes(entity_nlp, text)


@pytest.mark.parametrize("text, end_point", [
    ("Leg weakness progressed more slowly in treated patients than in controls.", "Leg weakness"),
    ("Treated mice had less hindlimb weakness than vehicle mice at 120 days.", "hindlimb weakness"),
])
def test_weakness_as_the_disease_course_stays(entity_nlp, text, end_point):
    assert end_point in outcomes(entity_nlp, text)


@pytest.mark.parametrize("text", [
    "Blocking the antibodies reduced the protective effect to the level of plain medium.",
    "The drug did not confer the predetermined level of clinical benefit to patients.",
    "Engineered cells may yield higher levels of therapeutic efficiency in these models.",
])
def test_a_level_of_degree_is_no_end_point(entity_nlp, text):
    """`the level of clinical benefit`, `to the level of plain medium`: a degree or a comparison, no amount measured."""
    assert not [o for o in outcomes(entity_nlp, text) if o.lower().startswith("level")], outcomes(entity_nlp, text)


def test_a_level_of_a_molecule_stays(entity_nlp):
    assert "levels of interleukin-10" in outcomes(entity_nlp, "Treatment increased the levels of interleukin-10 in serum.")
