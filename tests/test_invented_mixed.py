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
