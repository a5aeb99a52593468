"""(helper GF, s29) Native cells named as a place or as a reference: `intramuscular Schwann cells` are where the cells
live (no route), and cells whose effect another agent reproduced are that agent's reference (neither its source nor the
agent of its result). Invented sentences only, through the shipped pipeline."""
from __future__ import annotations

from tests.pipeline_rows import entity_triples, relations_by_key

MN = "outcome:motor_neuron_survival"


def test_a_route_adjective_before_native_cells_names_their_place_not_a_giving(full_nlp):
    text = ("Denervated muscle of SOD1 mice held twice as many intramuscular macrophages as wild-type muscle, and "
            "intramuscular Schwann cells expressed CNTF.")
    assert not any(label == "ROUTE" for _, label, _ in entity_triples(full_nlp, text))
    assert not any(k[0] == "ADMINISTERED_VIA" for k in relations_by_key(full_nlp, text))
    given = "Schwann cells were given as intramuscular Schwann cell grafts to SOD1 mice."
    assert ("ADMINISTERED_VIA", "cell:schwann_cell", "route:intramuscular") in relations_by_key(full_nlp, given)


def test_cells_whose_effect_another_agent_reproduced_are_its_reference(full_nlp):
    text = ("Rat motor neurons were kept in conditioned medium from astrocytes, which lengthened their neurites. "
            "Recombinant GDNF at 20 ng/mL mimicked the effect of the conditioned medium on neurite length but did not "
            "change motor neuron survival.")
    rows = relations_by_key(full_nlp, text)
    assert ("SECRETES", "cell:other", "factor:GDNF") not in rows
    assert ("AFFECTS", "cell:other", MN) not in rows
