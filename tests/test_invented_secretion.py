"""Errors found by the blind secretion set (benchmarks/invented_abstracts.py --set secretion, helper FP, s29), fixed
by helper FU (s29), through the shipped pipeline (entities and all), on invented text."""
from __future__ import annotations

from pipeline_rows import relations_by_key as rows


def test_cells_given_the_medium_in_a_second_clause_do_not_secrete_its_factors(full_nlp):
    """A factor read out in one clause, and cells named after `, and` in a second clause that gives them the medium
    or a partner (`were exposed to`, `were co-cultured with`): read-out cells, not the factor's makers."""
    got = rows(full_nlp, "Microglia and MSCs\nHGF and TGF-beta in the conditioned medium were assayed, and primary "
                         "microglia were exposed to the medium for 24 h.")
    assert ("SECRETES", "cell:msc_ev", "factor:HGF") in got
    assert ("SECRETES", "cell:microglia", "factor:HGF") not in got
    got = rows(full_nlp, "Muscle cells and neurons\nIGF-1 and VEGF in the medium were measured by ELISA, and the "
                         "myotubes were co-cultured with motor neurons derived from induced pluripotent stem cells.")
    assert not {k for k in got if k[0] == "SECRETES" and k[1] in ("cell:motor_neuron", "cell:ipsc")}
    # the cells that secrete in the second clause still do
    got = rows(full_nlp, "Microglia and MSCs\nHGF in the medium was assayed, and MSCs were cultured for 48 h and "
                         "secreted HGF.")
    assert ("SECRETES", "cell:msc", "factor:HGF") in got


def test_none_as_subject_denies_the_change(full_nlp):
    """`none slowed X or prolonged Y`, `none of them improved X`: a denying subject before the verb of change
    (SPEC `null`), as `neither` and `no` already are."""
    got = rows(full_nlp, "Growth factor trials in ALS\nRecombinant NGF and GDNF were given subcutaneously to patients "
                         "with ALS in two large trials; none halted muscle weakness or extended survival.")
    assert got[("FACTOR_AFFECTS", "factor:GDNF", "outcome:muscle_strength")]["effect"] == "null"
    assert got[("FACTOR_AFFECTS", "factor:NGF", "outcome:survival")]["effect"] == "null"
    got = rows(full_nlp, "Growth factor trials in ALS\nThree trials tested intrathecal BDNF, and none of them improved "
                         "motor function or prolonged survival.")
    assert got[("FACTOR_AFFECTS", "factor:BDNF", "outcome:motor_function")]["effect"] == "null"
    assert got[("FACTOR_AFFECTS", "factor:BDNF", "outcome:survival")]["effect"] == "null"


def test_short_form_of_a_conditioned_medium_names_the_product(full_nlp):
    """`conditioned medium from hypoxic MSCs (Hx-CM)`: the detector's long form ends with the cells, but a short form
    glued to a product's suffix (`-CM`) names the product, SPEC `cell:msc_ev`, and so does its every later use."""
    got = rows(full_nlp, "MSC media\nConditioned medium from hypoxic MSCs (Hx-CM) was collected. Hx-CM increased "
                         "neurite length.")
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in got
    assert ("AFFECTS", "cell:msc", "outcome:other") not in got


def test_group_subject_is_every_arm_though_a_later_clause_names_one(full_nlp):
    """(helper GC, s29) `All three cell types released X, whereas Y was found only in A medium`: the group that opens
    the sentence is every cell type compared before, though the `whereas` clause names one of them."""
    got = rows(full_nlp, "Three sources\nWe compared umbilical cord MSCs, bone marrow MSCs and adipose MSCs. Their "
                         "conditioned media (CM) were given to NSC-34 motor neuron-like cells. All three "
                         "cell types released BDNF and NT-3, whereas NGF was found only in adipose MSC medium.")
    # (the latest list of three, not the two cells of the sentence just before)
    assert ("SECRETES", "cell:motor_neuron", "factor:BDNF") not in got
    for cell in ("cell:uc_msc", "cell:bm_msc", "cell:ad_msc"):
        assert ("SECRETES", cell, "factor:BDNF") in got
        assert ("SECRETES", cell, "factor:NTF3") in got


def test_cerebellomedullary_cistern_is_the_intracisternal_route(full_nlp):
    """(helper GC, s29) the cerebellomedullary cistern is the cisterna magna (SPEC `route:intracisternal`)."""
    got = rows(full_nlp, "Dog study\nAllogeneic canine MSCs were injected into the cerebellomedullary cistern of seven "
                         "dogs with degenerative myelopathy.")
    assert ("ADMINISTERED_VIA", "cell:msc", "route:intracisternal") in got
