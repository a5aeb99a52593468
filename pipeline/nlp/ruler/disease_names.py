"""(helper EF, s26) A cell word inside a disease's name (`adult T-cell leukemia`, `renal cell carcinoma`, `sickle cell
disease`, `bare lymphocyte syndrome`, `B-cell malignancies`): SPEC section 1, the name names a disease, not a cell
type, so the whole name is the DISEASE mention and its cell word none.

Where the name goes on to something that is no disease (`human T-cell leukemia virus`, `T-cell leukemia cells`,
`B-cell lymphoma 2`) the cell word is still no cell, and the ruler's checks of the disease word decide the rest, as
they do for `leukemia cells` alone. A vocabulary name that holds its cell word (`motor neuron disease`) is left as
the vocabulary has it.

(helper EP, s27) A tumour's name takes the organ, kind or eponym before its tumour word (`breast cancer`,
`colorectal cancer`, `Burkitt's lymphoma`, `diffuse large B-cell lymphoma`): `cancer` alone names another disease.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.ruler.view import TokenStrings

# the heads that make a disease's name of a cell's (`sickle cell disease`, `giant cell arteritis`, `T-cell
# malignancies`), beside the tumour-shaped words (`lymphoma`, `leukemias`, `carcinoma`, `cancer`, `tumour`);
# not what befalls cells (`cell injury`, `cell death`, `neuronal atrophy`)
CELL_DISEASE_HEADS = frozenset({"disease", "diseases", "disorder", "disorders", "syndrome", "syndromes", "anemia",
                                "anaemia", "anemias", "anaemias", "arteritis", "deficiency", "deficiencies",
                                "histiocytosis", "neoplasm", "neoplasms", "neoplasia", "neoplasias", "dysplasia",
                                "dysplasias", "malignancy", "malignancies"})
# what a disease word goes on to when the name is no disease's: a virus, a gene or protein, the cells of the tumour
NOT_DISEASE_AFTER = P.NAMED_AFTER_DISEASE | {"viruses", "cell", "cells", "line", "lines", "cell-line", "cell-lines"}


# organs a tumour is named by whose words have no adjective's shape (`breast cancer`, `ovarian carcinoma`)
TUMOUR_SITES = frozenset({"breast", "prostate", "ovarian", "lung", "colon", "skin", "bladder", "kidney", "liver",
                          "bone", "thyroid", "stomach", "uterine"})
# the persons tumours are named after (`Wilms tumor`, `Burkitt's lymphoma`, `non-Hodgkin lymphoma`)
TUMOUR_EPONYMS = frozenset({"wilms", "burkitt", "hodgkin", "non-hodgkin", "kaposi", "ewing"})
# the kinds of tumour named before the tumour word (`adult T-cell leukemia`, `diffuse large B-cell lymphoma`, `solid
# tumors`); `large` and `small` only before a cell word (`small cell carcinoma`, not `large tumors`: their size)
TUMOUR_KINDS = frozenset({"adult", "diffuse", "solid"})
CELL_SIZES = frozenset({"large", "small"})
# adjectives before a tumour word that say where it is left or what is left of it, not which tumour it is
# (`residual tumor`, `local tumor control`); `-ive` words neither (`aggressive`, `putative tumour suppressor`, `five`)
NOT_TUMOUR_KIND = frozenset({"residual", "local"})


def _tumour_word(w: str) -> bool:
    return bool(P.TUMOUR_TYPE.search(w)) and w not in P.NOT_DISEASE_WORD


def tumour_name_start(low: list[str], s: int, e: int, taken: set[int]) -> int:
    """Where a disease mention ending in a tumour word starts once it takes the words before it that say which
    tumour it is: an eponym, else organ nouns and then adjectives, as the ruler's generic disease names read them
    (`gastric carcinoma`); only words no other mention holds."""
    if not _tumour_word(low[e - 1]):
        return s
    free = lambda j: j > 0 and j - 1 not in taken   # noqa: E731
    k = s - 1 if free(s) and low[s - 1] in ("'s", "’s", "'", "’") else s
    if free(k) and low[k - 1] in TUMOUR_EPONYMS:
        return k - 1
    j = s
    while free(j) and all(w in TUMOUR_SITES or w in P.ANATOMY or w in P.DISEASE_NOUN_MODIFIERS
                          for w in low[j - 1].split("-")):
        j -= 1
    while free(j) and low[j - 1] not in P.NOT_DISEASE_ADJ and low[j - 1] not in NOT_TUMOUR_KIND \
            and not low[j - 1].endswith("ive") and (
            P.ADJECTIVE.match(low[j - 1]) or low[j - 1] in P.DISEASE_MODIFIERS or low[j - 1] in TUMOUR_KINDS
            or low[j - 1] in CELL_SIZES and "cell" in low[j]):
        j -= 1
    return j


def _disease_head(w: str) -> bool:
    return w in CELL_DISEASE_HEADS or len(w) > 4 and bool(P.TUMOUR_TYPE.search(w)) and w not in P.NOT_DISEASE_WORD


def _cell_word(doc: Doc, low: list[str], i: int, cell_starts: dict[int, int], concepts) -> int | None:
    """Start of a cell's name in the singular that ends with token i (`T-cell`, `renal cell`, `mast cell`,
    `lymphocyte`), else None: the cell word a disease's name opens with."""
    w = low[i]
    if w == "cell" or w.endswith("-cell") and len(w) > 5:
        if i + 1 in cell_starts:
            return cell_starts[i + 1]
        if w != "cell":
            return i   # `T-cell`, `small-cell`
        # `renal cell`, `sickle cell`, `giant cell`: the word before names the kind (not `the cell`, `each cell`)
        return i - 1 if i > 0 and low[i - 1][:1].isalnum() and not doc[i - 1].is_stop else None
    # a cell named in one singular word, not an acronym (`lymphocyte`, `macrophage`; not `MSC tumor formation`)
    if i + 1 in cell_starts and doc[i].text.islower() and (P.CELL_WORD.match(w) or concepts.lookup(w, "CELL_TYPE")):
        return cell_starts[i + 1]
    return None


def _head_end(low: list[str], j: int, disease_ends: dict[int, int]) -> int | None:
    """End of the disease words that start at j (`leukemia`, `lung cancer`, `prolymphocytic leukemia`, `lymphoid
    malignancies`), else None."""
    n = len(low)
    if j >= n:
        return None
    if j in disease_ends:   # (headed by a disease word: not `T cell ALS patients`)
        return disease_ends[j] if _disease_head(low[disease_ends[j] - 1]) else None
    if _disease_head(low[j]):
        return j + 1
    modifier = (low[j] in P.DISEASE_NAME_MODIFIERS or low[j] in P.DISEASE_NOUN_MODIFIERS or low[j] in P.ANATOMY
                or bool(P.ADJECTIVE.match(low[j])))   # `acute`, `lung`, `gastric`, `lymphoblastic`
    if modifier and j + 1 < n and j + 1 not in disease_ends and _disease_head(low[j + 1]):
        return j + 2
    if modifier and j + 1 in disease_ends and _disease_head(low[disease_ends[j + 1] - 1]):
        return disease_ends[j + 1]
    return None


def cell_disease_names(doc: Doc, view: TokenStrings, spans: list[tuple[int, int, str]], label_of, concepts,
                       check) -> list[tuple[int, int, str]]:
    """The spans with each disease name that holds a cell word made one DISEASE mention (`T-cell leukemia`,
    `renal cell carcinoma`) and its cell word dropped. `check(s, e, cid)` is the ruler's context check, run on a
    disease name the ruler had not found (`B-cell malignancies`): it may drop it or call it something else."""
    low = view.lowers
    cell_starts = {e: s for s, e, cid in spans if label_of(cid) == "CELL_TYPE"}
    disease_ends = {s: e for s, e, cid in spans if label_of(cid) == "DISEASE"}
    in_disease = {k for s, e, cid in spans if label_of(cid) == "DISEASE" for k in range(s, e)}
    drop: set[tuple[int, int]] = set()
    added: list[tuple[int, int, str]] = []
    for i in range(len(low) - 1):
        if i in in_disease:
            continue   # `motor neuron disease`: the vocabulary's name
        start = _cell_word(doc, low, i, cell_starts, concepts)
        end = None if start is None else _head_end(low, i + 1, disease_ends)
        if end is None:
            continue
        if any(s < i + 1 and e > start and label_of(cid) != "CELL_TYPE" for s, e, cid in spans):
            continue   # the word before `cell` is another mention's (`spinal cord cell ...`)
        head = [(s, e, cid) for s, e, cid in spans if s < end and e > i + 1]
        if head and [sp[:2] for sp in head] == [(i + 1, end)] and label_of(head[0][2]) == "OUTCOME":
            pass   # `no B cell tumors were found`: the name is the safety finding the check made of its head
        elif any(label_of(cid) != "DISEASE" for _, _, cid in head):
            continue   # `T cell tumor formation`: the end point holds the cells' tumours
        drop |= {(s, e) for s, e, cid in spans if s < i + 1 and e > start and label_of(cid) == "CELL_TYPE"}
        after = low[end] if end < len(low) else ""
        if (after.split("-")[0] or after) in NOT_DISEASE_AFTER or not head and P.GENE_AFTER_DISEASE_WORD.match(after):
            # `T-cell leukemia virus(-I)`, `T-cell leukemia cells`, `B-cell lymphoma 2`: no disease, and the ruler's
            # disease word is dropped too (`virus-I` is a virus as `virus` is)
            drop |= {(s, e) for s, e, _ in head}
            continue
        if head:
            drop |= {(s, e) for s, e, _ in head}
            added.append((min(start, head[0][0]), max(end, head[-1][1]), head[0][2]))
        else:
            found = check(start, end, "disease:other")
            if found is not None:
                added.append(found)
    return sorted([sp for sp in spans if sp[:2] not in drop] + added)
