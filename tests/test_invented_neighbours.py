"""Errors found by the blind neighbours set (benchmarks/invented_abstracts.py --set neighbours, helper FG, s28),
through the shipped pipeline (entities and all), on invented text."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


def routes(nlp, text):
    return [(e.text, e._.concept_id) for e in nlp(text).ents if e.label_ == "ROUTE"]


@pytest.mark.parametrize("text, span", [
    ("Cells in ALS rats\nWe grafted 3 x 10^5 NSCs bilaterally into the C3-C5 ventral horns of the rats.",
     "into the C3-C5 ventral horns"),
    ("Cells in ALS mice\nAstrocyte precursors were injected into the lumbar anterior horn of the mice.",
     "into the lumbar anterior horn"),
])
def test_cells_put_into_the_ventral_horns_are_intraspinal(full_nlp, text, span):
    """The ventral (anterior) horns are the spinal cord's gray matter: a site in the cord parenchyma (SPEC
    `route:intraspinal`) even when the cord is not named."""
    assert (span, "route:intraspinal") in routes(full_nlp, text)


def test_cells_implanted_in_the_lumbar_csf_are_intrathecal(full_nlp):
    """SPEC: `route:intrathecal` includes delivery into the CSF; the fluid may carry its level."""
    got = rows(full_nlp, "MSCs in ALS\nCapsules of bone marrow MSCs were implanted in the lumbar CSF of six patients.")
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intrathecal") in got
    # CSF taken by lumbar puncture is a sample, no route
    assert routes(full_nlp, "MSCs in ALS\nSamples were collected in the lumbar CSF of patients before MSC infusion.") == []


def test_most_likely_through_is_a_hedge(full_nlp):
    """`most likely through X` proposes a mechanism (SPEC `hedged`); `most likely to` compares rates."""
    got = rows(full_nlp, "Nerve repair in rats\nThe grafted ADSCs restored nerve conduction, most likely through "
                         "the paracrine release of BDNF.")
    assert got[("SECRETES", "cell:ad_msc", "factor:BDNF")]["hedged"] is True
    got = rows(full_nlp, "MSCs in ALS\nThe treated mice were the most likely to survive, and the MSCs secreted BDNF.")
    assert got[("SECRETES", "cell:msc", "factor:BDNF")]["hedged"] is False


def test_factor_the_cells_were_differentiated_with_is_not_secreted(full_nlp):
    """`differentiated with forskolin and bFGF`: a reagent given to the cells, not made by them (as `induced
    with`); what the differentiated cells then release still is."""
    got = rows(full_nlp, "Nerve repair in rats\nAdipose-derived stem cells (ADSCs) were differentiated with forskolin, "
                         "heregulin and basic fibroblast growth factor for two weeks. The differentiated ADSCs "
                         "secreted nerve growth factor.")
    assert ("SECRETES", "cell:ad_msc", "factor:FGF2") not in got
    assert ("SECRETES", "cell:ad_msc", "factor:NGF") in got


def test_change_called_not_significant_in_brackets_is_null(full_nlp):
    """`extended by only 4 days (not significant)`: the study calls the difference not significant (SPEC
    `null`), as `(NS)` already reads."""
    got = rows(full_nlp, "EVs in ALS\nThe MSC-derived exosomes delayed the onset of paralysis by 9 days, but median "
                         "survival was extended by only 4 days (not significant).")
    assert got[("AFFECTS", "cell:msc_ev", "outcome:survival")]["effect"] == "null"
    assert got[("AFFECTS", "cell:msc_ev", "outcome:disease_onset")]["effect"] == "favorable"


@pytest.mark.parametrize("title, design", [
    ("Expanded regulatory T cells in ALS: an open-label case series.", "case_series"),
    ("Intrathecal MSCs in chronic spinal cord injury: report of three cases.", "case_series"),
    ("Intrathecal MSCs in chronic spinal cord injury: a case report.", "case_report"),
])
def test_case_reports_of_several_cases_are_a_case_series(full_nlp, title, design):
    """PubMed's `Case Reports` type is given to reports of one or several cases; a record that says it holds
    several cases is a case series (through the real path: XML -> documents row -> relation rows)."""
    from tests.test_study_context import context_of
    got = context_of(full_nlp, title, "Patients received bone marrow MSCs intrathecally by lumbar puncture. The cells "
                                      "were safe.", pubtypes=("Case Reports",))
    assert got == (design, "human")


@pytest.mark.parametrize("text, span", [
    ("MSCs in SOD1 mice\nIn the spinal cord, the grafted NSCs rescued 64% of the cervical motor neurons.",
     "rescued 64% of the cervical motor neurons"),
    ("MSCs in SOD1 mice\nBone marrow MSCs spared about 55 % of motor neurons in slice cultures.",
     "spared about 55 % of motor neurons"),
])
def test_share_of_motor_neurons_saved_is_their_survival(full_nlp, text, span):
    """(helper FJ, s28) `preserved 71% of motor neurons` counts the neurons saved, as `preserved 40% more motor
    neurons` does (SPEC `outcome:motor_neuron_survival`), and the cells that saved them affect it; a share of motor
    neurons after no verb of rescue stays the cells."""
    doc = full_nlp(text)
    assert (span, "outcome:motor_neuron_survival") in [(e.text, e._.concept_id) for e in doc.ents]
    got = rows(full_nlp, text)
    assert any(k[0] == "AFFECTS" and k[2] == "outcome:motor_neuron_survival" for k in got)
    doc = full_nlp("MSCs in SOD1 mice\nAbout 30% of motor neurons took up the labelled MSC vesicles.")
    assert "outcome:motor_neuron_survival" not in [e._.concept_id for e in doc.ents]


@pytest.mark.parametrize("last", [
    "Mass spectrometry found HGF cargo in these exosomes.",
    "The vesicles carried HGF and several microRNAs.",
])
def test_the_vesicles_content_named_sentences_later_is_theirs(full_nlp, last):
    """(helper FJ, s28) A sentence that refers back to the vesicles by their own head noun and says what they hold
    credits them with the factor (SPEC SECRETES: the factor attributed to them), however many result sentences came
    between, as `the grafted cells expressed BDNF` does for cells; a factor found elsewhere is not theirs."""
    text = ("Vesicles in stroke\nExosomes were purified from placenta-derived MSCs and injected into the tail vein of "
            "rats. Infarct volume fell by a third. Neurological scores improved. " + last)
    assert ("SECRETES", "cell:msc_ev", "factor:HGF") in rows(full_nlp, text)
    text = text.replace(last, "Serum HGF rose in these rats.")
    assert ("SECRETES", "cell:msc_ev", "factor:HGF") not in rows(full_nlp, text)


def test_grafted_cells_stained_for_a_factor_sentences_later_hold_it(full_nlp):
    """(helper FJ, s28) `the grafted cells ... were immunoreactive for BDNF` refers back to the cells given, however
    many sentences came between and wherever in the sentence it stands (SPEC SECRETES: the cells express the factor);
    a factor named in the clause before the graft is not credited to it."""
    text = ("Grafts in SCI\nRats received umbilical cord MSCs intravenously. Lesion volume fell. Host NGF rose in the "
            "cord, and the grafted cells, tracked with a dye, were immunoreactive for BDNF.")
    got = rows(full_nlp, text)
    assert ("SECRETES", "cell:uc_msc", "factor:BDNF") in got
    assert ("SECRETES", "cell:uc_msc", "factor:NGF") not in got


@pytest.mark.parametrize("text, span, concept", [
    ("SMA pups\nTreated pups had a shorter righting time on day 9.", "righting time", "outcome:motor_function"),
    ("SCI rats\nThe grafts thinned the glial scar around the cavity.", "glial scar", "outcome:inflammation"),
    ("SCI rats\nGlial scarring was less dense after NSC grafting.", "Glial scarring", "outcome:inflammation"),
    ("SCI patients\nSomatosensory evoked potentials were unchanged at one year.", "Somatosensory evoked potentials",
     "outcome:neuromuscular"),
])
def test_end_points_of_the_neighbouring_diseases_take_their_spec_concept(full_nlp, text, span, concept):
    """(helper FJ, s28) SPEC section 2: righting (as the vocabulary's `righting reflex`) is motor function, the glial
    scar is astrogliosis (inflammation), evoked potentials are electrophysiology (neuromuscular, as `motor evoked
    potentials`)."""
    assert (span, concept) in [(e.text, e._.concept_id) for e in full_nlp(text).ents]
