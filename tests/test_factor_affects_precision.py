"""(helper FM, s28) FACTOR_AFFECTS where the factor is no agent of the end point (SPEC 3: `the factor changes the
outcome`): a read-out another agent changed beside the end point, a step of the factor's signalling named as the
end point, a factor's level named after its short form, the gene of engineered cells, a factor's release listed
beside end points. Each case comes with a near-miss where the factor does act. Invented sentences only."""
from __future__ import annotations

import pytest


def factor_rows(doc):
    return {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


@pytest.mark.parametrize("text", [
    "Compound Z in bladder tumour cells\nCompound Z inhibited tumour cell growth, and this was accompanied by "
    "induction of apoptosis and decreased expression of the angiogenic proteins VEGF and HGF.",
    "Compound Z in tumours\nIn vivo, compound Z decreased tumor growth and expression of VEGF and its receptors.",
    # the read-out's first item is an end point itself; a long form with its short form in the list
    "Compound Z in bladder tumour cells\nCompound Z inhibited tumour cell growth, and this was accompanied by "
    "induction of apoptosis and decreased expression of the proapoptotic protein survivin and the angiogenic proteins "
    "vascular endothelial growth factor (VEGF) and HGF.",
])
def test_a_factor_expressed_beside_another_agents_result_is_no_agent(full_nlp, text):
    """The factor's expression is named after the end point as a second thing the drug changed."""
    assert not factor_rows(full_nlp(text))


@pytest.mark.parametrize("text, outcome", [
    # near-misses: a word of cause names the expression as what brought the end point about
    ("GDNF in SOD1 mice\nMotor neuron loss was reduced by increased expression of GDNF in the spinal cord.",
     "outcome:motor_neuron_survival"),
    ("VEGF in SOD1 mice\nSurvival was prolonged through expression of VEGF in motor neurons.", "outcome:survival"),
    # ... or the expression is the subject of a change of its own
    ("GDNF in SOD1 mice\nMotor neuron survival improved, and expression of GDNF protected the remaining neurons.",
     "outcome:motor_neuron_survival"),
])
def test_expression_named_as_the_cause_of_the_result_still_acts(full_nlp, text, outcome):
    assert any(o == outcome for _, o in factor_rows(full_nlp(text)))


@pytest.mark.parametrize("text", [
    "BDNF in cardiomyocytes\nBDNF activated Akt and preserved phosphorylation of mammalian target of rapamycin "
    "without affecting p38 kinase.",
    "Kinase K in liver tumours\nKinase K upregulates VEGF expression in tumor cells. Kinase K binds to a "
    "phosphatase, resulting in activation of signal transducer and activator of transcription 3.",
])
def test_a_signalling_step_is_no_end_point_of_the_factor(full_nlp, text):
    assert not factor_rows(full_nlp(text))


def test_the_factor_still_changes_an_end_point_beside_its_signalling(full_nlp):
    doc = full_nlp("BDNF in cardiomyocytes\nBDNF preserved phosphorylation of Akt and reduced cardiomyocyte apoptosis.")
    assert ("factor:BDNF", "outcome:other") in factor_rows(doc)
    assert not any("phosphorylation" in m.object_text for m in doc._.relations)


def test_a_level_named_after_the_short_form_is_a_read_out(full_nlp):
    """`vascular endothelial growth factor (VEGF) level`: the level of the factor, as `VEGF level`; the next
    sentence's result is not the factor's."""
    doc = full_nlp("Kinase loss and vessel leak\nVascular endothelial growth factor (VEGF) level was strongly raised "
                   "in the knockout mice. Consistently, the knockout tissues showed increased vascular permeability.")
    assert not factor_rows(doc)


@pytest.mark.parametrize("text", [
    "NT-3 modified stem cells in spinal cord injury\nWe investigated whether the transplantation of neurotrophin-3 "
    "gene transfected mesenchymal stem cells could promote hind limb functional recovery and axonal outgrowth.",
    "GDNF modified stem cells in spinal cord injury\nTransplantation of GDNF gene modified neural stem cells "
    "promoted functional recovery and axonal regeneration in rats.",
])
def test_the_gene_of_engineered_cells_names_the_cells(full_nlp, text):
    """`GDNF gene modified NSCs` are the agent of the result, as `GDNF-overexpressing NSCs` (the gold gives the
    cells' AFFECTS, no FACTOR_AFFECTS)."""
    assert not factor_rows(full_nlp(text))


def test_gene_transfer_of_the_factor_still_acts(full_nlp):
    doc = full_nlp("GDNF gene therapy in rats\nGDNF gene transfer promoted functional recovery in rats.")
    assert ("factor:GDNF", "outcome:motor_function") in factor_rows(doc)


@pytest.mark.parametrize("text", [
    "Purines in the brain\nBesides their role in neurotransmission, purines are involved in trophic factor release, "
    "apoptosis, and inflammatory responses.",
    "Purines in the brain\nPurines take part in neurotrophin secretion, neuronal death and neuroinflammation.",
])
def test_a_factors_release_listed_beside_end_points_is_no_agent(full_nlp, text):
    assert not factor_rows(full_nlp(text))


def test_a_factors_release_that_acts_is_the_agent(full_nlp):
    doc = full_nlp("GDNF in motor neurons\nGDNF release reduced neuroinflammation in the spinal cord.")
    assert ("factor:GDNF", "outcome:inflammation") in factor_rows(doc)


@pytest.mark.parametrize("text", [
    "Trophic factors after stroke\nThe levels of two neurotrophins (NGF, VEGF) rose and infarct volume decreased in "
    "treated rats.",
    "Trophic factors after stroke\nThe levels of neurotrophins (NGF, VEGF) rose. Infarct volume decreased.",
])
def test_the_members_of_a_class_named_as_a_level_are_read_outs(full_nlp, text):
    """`the levels of two neurotrophins (NGF, VEGF)`: the bracketed members are the measured levels too."""
    assert not factor_rows(full_nlp(text))
