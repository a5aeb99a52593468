"""(helper EP, s27) A cell name keeps the tissue its cells were taken from, written before it (SPEC section 1: the
mention includes its tissue source). Invented text, the real pipeline."""
from __future__ import annotations

import pytest


def cells(doc):
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "CELL_TYPE"]


@pytest.mark.parametrize("text, name, concept", [
    ("Counts\nWe counted peripheral blood lymphocytes in every donor.", "peripheral blood lymphocytes", "cell:other"),
    ("Counts\nThe scavenger receptor was measured on blood monocytes of the kindred.", "blood monocytes",
     "cell:monocyte"),
    ("Lavage\nThe isoforms were higher in alveolar macrophages than in monocytes.", "alveolar macrophages",
     "cell:macrophage"),
    ("Grafts\nAutologous umbilical cord stem cells were given to four children.", "umbilical cord stem cells",
     "cell:other"),
    ("Spleen\nCytokines were lower in splenic T cells of the knockout mice.", "splenic T cells", "cell:t_cell"),
])
def test_cell_name_keeps_the_tissue_before_it(entity_nlp, text, name, concept):
    assert (name, concept) in cells(entity_nlp(text)), cells(entity_nlp(text))


def test_tissue_of_another_sentence_or_mention_is_not_taken(entity_nlp):
    got = cells(entity_nlp("Sampling\nWe drew venous blood. Monocytes were then isolated, and red blood cells were lysed."))
    assert ("Monocytes", "cell:monocyte") in got, got


def test_stromal_stem_cells_are_mscs(entity_nlp):
    """`stromal stem cells` is a name of MSCs (as the vocabulary's `bone marrow stromal stem cells` is of marrow's)."""
    assert ("stromal stem cells", "cell:msc") in cells(entity_nlp("Grafts\nWe gave stromal stem cells to the rats."))
