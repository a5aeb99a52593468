"""(helper ED, s26) A cell or factor word that is a word of a molecule's name (`T cell receptor`, `granulocyte
macrophage colony-stimulating factor`, `neutrophil elastase`, `VEGF receptor 2`): SPEC section 1, the name
names the protein, not a cell type or the factor.

One test for every stage that makes such mentions: the ruler's context check, the names it finds nested
inside end points (`monocyte chemoattractant protein-1 levels`), and the abbreviation stage, which labels
every occurrence of a defined short form (`VEGF` in `VEGF receptor 1`) and reads a short form's long form
with one word of slack (`neutrophil elastase (NE)`).
"""
from __future__ import annotations

from pipeline.nlp import patterns as P

# molecules named for the cells they act on (`stem cell factor`, `T cell receptor`, `neural cell adhesion molecule`,
# `leukocyte elastase`); a head glued to a number or a suffix is cut at its hyphen (`T cell factor-1`)
MOLECULE_HEADS = frozenset({"factor", "receptor", "receptors", "molecule", "molecules", "antigen", "elastase"})
# the words between the cell and the head of such a name (`macrophage colony-stimulating factor`, `B-cell
# stimulatory factor`, `monocyte chemoattractant protein-1`); after one of them `protein` is a head too
MOLECULE_MODIFIERS = frozenset({"adhesion", "migration", "colony-stimulating", "colony", "growth", "activating",
                                "chemotactic", "chemoattractant", "stimulating", "stimulatory"})
_HEADS_AFTER_MODIFIER = MOLECULE_HEADS | {"protein", "proteins"}


def _cut(word: str) -> str:
    return word.split("-")[0] or word


def _cell_word(word: str, concepts) -> bool:
    return bool(P.CELL_WORD.match(word)) or bool(concepts is not None and concepts.lookup(word, "CELL_TYPE"))


def _molecule_words(after: list[str]) -> bool:
    """The words after a cell name go on to a molecule's head."""
    if not after:
        return False
    if _cut(after[0]) in MOLECULE_HEADS or after[0].startswith("antigen-"):
        return True   # (`human leukocyte antigen-matched`: the HLA match of a donor)
    return after[0] in MOLECULE_MODIFIERS and any(_cut(w) in _HEADS_AFTER_MODIFIER for w in after[1:3])


def in_molecule_name(low: list[str], s: int, e: int, label: str, concepts=None) -> bool:
    """Is the mention low[s:e] of `label` a word of a molecule's name? `concepts` (the vocabulary) lets a second
    cell word stand between (`granulocyte macrophage colony-stimulating factor`, `granulocyte macrophage-colony
    stimulating factor`)."""
    if e >= len(low):
        return False
    if label == "NEUROTROPHIC_FACTOR":
        # `VEGF receptor 2`, `p75 neurotrophin receptor`, `GDNF family receptor`, `the p75 neurotrophin (p75NTR)
        # receptors` (helper R, s18: the receptor, its short form between)
        return low[e].startswith("receptor") or low[e] == "family" and e + 1 < len(low) and low[e + 1].startswith("receptor") or (
            s > 0 and low[s - 1] == "p75" and e + 3 < len(low) and low[e] == "(" and low[e + 2] == ")"
            and low[e + 3].startswith("receptor"))
    if label != "CELL_TYPE":
        return False
    after = low[e:e + 4]
    first, _, rest = after[0].partition("-")
    if not low[e - 1].endswith("s") and _cell_word(first, concepts):
        after = ([rest] if rest else []) + after[1:]   # a second cell of the name (`granulocyte-macrophage`)
    return _molecule_words(after)
