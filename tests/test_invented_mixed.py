"""Errors found by the blind mixed set (benchmarks/invented_abstracts.py --set mixed, helper FQ, s29), through the
shipped pipeline (entities and all), on invented text."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


@pytest.mark.parametrize("text, made, factor", [
    ("Motor neurons derived from SOD1-mutant patient iPSCs released less BDNF than isogenic controls.",
     "cell:motor_neuron", "factor:BDNF"),
    ("Astrocytes differentiated from familial ALS patient induced pluripotent stem cells secreted less GDNF than "
     "control lines.", "cell:astrocyte", "factor:GDNF"),
])
def test_made_cells_named_with_their_donors_disease_still_secrete_not_their_source(full_nlp, text, made, factor):
    """SOURCE.md: cells derived from stem cells take the type they are named as, and the factor after both is the
    made cells' (SPEC SECRETES); the donor's disease or genotype between `from` and the stem cells does not make
    the stem cells the secretors."""
    got = rows(full_nlp, "Patient-derived glia in ALS\n" + text)
    assert ("SECRETES", made, factor) in got
    assert ("SECRETES", "cell:ipsc", factor) not in got


def test_stem_cells_from_patients_that_secrete_keep_their_relation(full_nlp):
    """The stem cells themselves as the subject (no made cells before them) still secrete."""
    got = rows(full_nlp, "Patient-derived stem cells in ALS\nInduced pluripotent stem cells from ALS patients "
                         "secreted BDNF into the medium.")
    assert ("SECRETES", "cell:ipsc", "factor:BDNF") in got


@pytest.mark.parametrize("text, factors", [
    ("Conditioned medium from adipose-derived stromal cells contained no detectable NGF, CNTF or HGF.",
     ("factor:NGF", "factor:CNTF", "factor:HGF")),
    ("Wharton's jelly MSCs released no measurable NT-3 or CNTF under basal conditions.", ("factor:NTF3", "factor:CNTF")),
])
def test_a_negator_before_an_or_list_of_factors_denies_every_member(full_nlp, text, factors):
    """SPEC 3 `negated`: `no X or Y` denies both; the negator stands only before the first member."""
    got = rows(full_nlp, "Secretome of stromal cells\n" + text)
    for f in factors:
        key = next(k for k in got if k[0] == "SECRETES" and k[2] == f)
        assert got[key]["negated"], key


def test_an_and_list_after_a_negator_is_not_spread(full_nlp):
    """`released no CNTF and much HGF`: only the first member is denied (no `or` list)."""
    got = rows(full_nlp, "Secretome of stromal cells\nAdipose-derived MSCs released no CNTF and large amounts "
                         "of HGF in every donor line.")
    assert got[("SECRETES", "cell:ad_msc", "factor:CNTF")]["negated"]
    hgf = got.get(("SECRETES", "cell:ad_msc", "factor:HGF"))
    assert hgf is None or not hgf["negated"]


@pytest.mark.parametrize("text, product, part", [
    ("We injected bone marrow mononuclear cells intravenously into SOD1 mice. The grafted bone marrow mononuclear "
     "cells contained CD34+ hematopoietic progenitors and delayed disease onset.", "cell:bm_mnc", "cell:hsc"),
    ("Human umbilical cord blood mononuclear cells contain mesenchymal stem cells among other populations and have "
     "delayed disease onset in SOD1 mice.", "cell:other", "cell:msc"),
])
def test_cells_named_only_as_what_a_product_contains_do_not_act(full_nlp, text, product, part):
    """The cell product given acted (SPEC AFFECTS: the cell treatment changed the outcome); the cells it is said to
    contain are a part of it, no treatment of their own."""
    got = rows(full_nlp, "Mononuclear cells in ALS\n" + text)
    assert ("AFFECTS", product, "outcome:disease_onset") in got
    assert ("AFFECTS", part, "outcome:disease_onset") not in got


def test_the_cells_after_a_list_of_kinds_of_the_focus_cell_resolve_to_the_focus(full_nlp):
    """SPEC 3: anaphora resolves to the antecedent's concept; after `umbilical cord MSCs, bone marrow MSCs or
    adipose-derived MSCs` in a review of MSCs the antecedent is the whole list, whose concept is MSCs, not its last
    member."""
    got = rows(full_nlp, "Mesenchymal stem cells for spinal cord injury: a review\nMesenchymal stem cells (MSCs) are "
                         "widely studied for spinal cord injury. We review 14 trials in which umbilical cord MSCs, "
                         "bone marrow MSCs or adipose-derived MSCs were injected intrathecally. Overall, the cells "
                         "were well tolerated and motor scores improved modestly.")
    assert ("AFFECTS", "cell:msc", "outcome:safety") in got
    assert ("AFFECTS", "cell:ad_msc", "outcome:safety") not in got
    assert ("ADMINISTERED_VIA", "cell:ad_msc", "route:intrathecal") in got


def test_native_cells_counted_beside_an_outcome_do_not_take_the_treatments_result(full_nlp):
    """`the spinal cords held fewer Iba1+ macrophages and lower TNF-α levels`: the macrophages are a count the
    treatment changed, listed with the marker, not the cells that acted; the marker is the treatment's result."""
    got = rows(full_nlp, "MSC exosomes after spinal cord injury\nWe infused exosomes from umbilical cord MSCs "
                         "intravenously into rats after contusion. Lesion volume was smaller, and the spinal cords held "
                         "fewer macrophages and lower tumour necrosis factor-α levels.")
    assert ("AFFECTS", "cell:msc_ev", "outcome:inflammation") in got
