"""Cells engineered to make a factor, named by a short form glued to the factor (helper FX, s29), checked through
the shipped pipeline on invented text."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


def cells(nlp, text):
    return {(e.text, e.kb_id_) for e in nlp(text).ents if e.label_ == "CELL_TYPE"}


def test_a_glued_line_and_its_siblings_take_the_source_of_the_cells_named_before(full_nlp):
    """`umbilical cord MSCs ... to release BDNF (hMSC-BDNF) or NT-3 (hMSC-NT3)`: each glued short form names the
    cord cells, whether or not the abbreviation detector pairs it; so does the bare `hMSCs` of the same line."""
    text = ("Human umbilical cord mesenchymal stem cells were transduced with retroviral vectors to release "
            "brain-derived neurotrophic factor (hMSC-BDNF) or neurotrophin-3 (hMSC-NT3). Rats given hMSC-NT3 "
            "walked better than rats given unmodified hMSCs.")
    got = cells(full_nlp, text)
    assert {("hMSC-BDNF", "cell:uc_msc"), ("hMSC-NT3", "cell:uc_msc"), ("hMSCs", "cell:uc_msc")} <= got, got
    assert ("hMSCs", "cell:msc") not in got and ("hMSC-NT3", "cell:msc") not in got, got


def test_a_glued_line_no_rule_knows_is_a_cell_of_the_cells_it_abbreviates(full_nlp):
    """`cortical neurons ... driving CNTF (iNeuro-CNTF)`: a clipped cell part (`iNeuro`) that no rule reads names
    the neurons named before the factor; its rows are the neurons', not those of the stem cells they came from."""
    text = ("Embryonic stem cells were differentiated into cortical neurons, which were then transduced with a "
            "lentivirus driving ciliary neurotrophic factor (iNeuro-CNTF); untransduced neurons (iNeuro) served as "
            "controls. iNeuro-CNTF were injected intrathecally into SOD1 mice.")
    got = cells(full_nlp, text)
    assert {("iNeuro-CNTF", "cell:neuron"), ("iNeuro", "cell:neuron")} <= got, got
    keys = rows(full_nlp, text)
    assert ("ADMINISTERED_VIA", "cell:neuron", "route:intrathecal") in keys, keys
    assert ("ADMINISTERED_VIA", "cell:esc", "route:intrathecal") not in keys, keys


@pytest.mark.parametrize("text", [
    "We infected adipose-derived stem cells with an adenovirus encoding glial cell line-derived neurotrophic factor "
    "(Ad-GDNF) before grafting.",
    "Astrocytes were exposed to an adeno-associated virus carrying vascular endothelial growth factor (AAV-VEGF).",
])
def test_a_glued_vector_is_no_cell(full_nlp, text):
    """A vector glued to its transgene (`Ad-GDNF`, `AAV-VEGF`) does not abbreviate the cells it infects."""
    got = cells(full_nlp, text)
    assert not any(t.startswith(("Ad-", "AAV-")) for t, _ in got), got


# SECRETES across coordinated clauses of one subject (helper FX, s29)
def secretes(nlp, text):
    return {k for k in rows(nlp, text) if k[0] == "SECRETES"}


def test_cells_changed_in_one_clause_do_not_make_the_factor_raised_in_the_next(full_nlp):
    """`X lowered CD86-positive macrophages and elevated BDNF`: both are read-outs of the subject; the macrophages are
    the object of one verb of change, not the maker of the factor raised by the next."""
    got = secretes(full_nlp, "Grafted MSCs lowered CD86-positive macrophages and elevated BDNF in the lesion.")
    assert ("SECRETES", "cell:macrophage", "factor:BDNF") not in got, got


def test_a_marker_of_other_cells_is_no_staining_for_the_factor(full_nlp):
    """`CD206-positive microglia increased, and so did VEGF`: the cells are positive for their marker, not for VEGF."""
    got = secretes(full_nlp, "CD206-positive microglia increased, and so did VEGF and BDNF.")
    assert not {k for k in got if k[1] == "cell:microglia"}, got


def test_cells_that_make_the_factor_keep_their_row(full_nlp):
    """Guard: cells positive for the factor itself keep SECRETES."""
    assert ("SECRETES", "cell:astrocyte", "factor:GDNF") in secretes(
        full_nlp, "GDNF-positive astrocytes surrounded the lesion, and GDNF was most abundant there.")
    assert ("SECRETES", "cell:msc", "factor:GDNF") in secretes(
        full_nlp, "Many GDNF-positive MSCs were found in the graft, where GDNF reached 2 ng per mg of tissue.")
