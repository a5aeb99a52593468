"""OUTCOME causes found on the four invented sets (helper FT, s29): markers that are the subject of a change in any tissue, and well-known instruments the vocabulary lacked. Each is
checked through the shipped entity pipeline on new invented text (not the fixtures' sentences)."""
from __future__ import annotations

import pytest

from pipeline_rows import entity_triples


def outcomes(nlp, text: str) -> set[tuple[str, str]]:
    return {(t, c) for t, label, c in entity_triples(nlp, text) if label == "OUTCOME"}


@pytest.mark.parametrize("text, want", [
    ("Motor cortex sections were stained. Cortical IL-6 and IL-18 fell after the infusions.", {"IL-6", "IL-18"}),
    ("Microglia were fewer in the cord; IL-1β and CCL2 mRNA dropped while Il4 rose.", {"IL-1β", "CCL2 mRNA", "Il4"}),
    ("Spinal TNF-α was lower in grafted rats, whereas the anti-inflammatory cytokine IL-13 increased at day 90.",
     {"IL-13"}),
])
def test_markers_that_are_the_subject_of_a_change_in_a_tissue(entity_nlp, text, want):
    """A list of marker symbols that opens a clause and whose verb has no object changed: end points where they were
    measured in tissue or culture as much as in a body fluid."""
    got = {t for t, _ in outcomes(entity_nlp, text)}
    assert want <= got, got


@pytest.mark.parametrize("text", [
    "TNF-α decreased (P < 0.01), while IL-4 increased (P < 0.01), the number of glucocorticoid binding sites.",
    "IL-6 increased the phosphorylation of STAT3 in cultured astrocytes.",
])
def test_a_marker_that_acts_is_no_end_point(entity_nlp, text):
    """The marker is the agent when its verb has an object, also past a bracketed P value."""
    got = {t for t, _ in outcomes(entity_nlp, text)}
    assert not {"IL-4", "IL-6"} & got, got


@pytest.mark.parametrize("text, name, concept", [
    ("Grafted mice kept more running wheel activity at day 120.", "running wheel activity", "outcome:motor_function"),
    ("Treated rats stayed longer on the inverted screen test.", "inverted screen test", "outcome:motor_function"),
    ("FEV1 and PaCO2 were recorded every three months.", "FEV1", "outcome:respiratory_function"),
    ("FEV1 and PaCO2 were recorded every three months.", "PaCO2", "outcome:respiratory_function"),
    ("Nocturnal oximetry was repeated at week 24.", "Nocturnal oximetry", "outcome:respiratory_function"),
    ("Short-interval intracortical inhibition was assessed by paired-pulse stimulation.",
     "Short-interval intracortical inhibition", "outcome:neuromuscular"),
    ("F-wave persistence in the ulnar nerve was recorded.", "F-wave persistence", "outcome:neuromuscular"),
    ("Secondary outcomes included the ALS Cognitive Behavioral Screen.", "ALS Cognitive Behavioral Screen",
     "outcome:other"),
    ("Caregivers completed the Zarit Burden Interview at each visit.", "Zarit Burden Interview", "outcome:other"),
    ("Mood was rated with the Hospital Anxiety and Depression Scale.", "Hospital Anxiety and Depression Scale",
     "outcome:other"),
    ("Treated mice made more spontaneous alternations in the Y-maze.", "spontaneous alternations", "outcome:other"),
])
def test_well_known_instruments_are_end_points(entity_nlp, text, name, concept):
    """Standard respiratory, electrophysiological, cognitive-behavioural and rodent-behaviour measures (ALS trial and
    model end points) are OUTCOME names with the SPEC concept of what they measure."""
    got = outcomes(entity_nlp, text)
    assert (name, concept) in got, got
