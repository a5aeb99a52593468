"""Decisions taken after scoring: statements plain enough to keep whatever the scorer makes of them
(`BM-MSCs were injected intravenously`, `astrocytes secrete GDNF`, `Both populations delayed onset`,
`These factors delayed onset`) and factor results that belong to the cells (`_cells_result`).
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.lists import ARMS_SUBJECT, COORDINATORS, FACTOR_ANAPHOR, _denied_group
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.factor_readouts import (READOUT_NOUNS, _bracketed_level, _effect_on_readout,
                                                    _readout_after_result, _readout_measured)
from pipeline.nlp.relations.factor_products import (_factor_of_the_cells, _relative_on_product, _secreted_object_of_cells,
                                                    _secreted_then_cells_act, _secretion_property_of_cells)
from pipeline.nlp.relations.factor_roles import (_bracketed_exemplar, _coordinated_with_outcome, _mediated_by_factor,
                                                 _role_in_pathology, _signalling_step)
from pipeline.nlp.relations.secretion import STATED_SECRETION
from pipeline.nlp.relations.factor_blocking import blocked_benefit_of

SOURCE_GAP = re.compile(r"^(?:derived|differentiated|generated|obtained|produced|made|isolated) from"
                        r"(?: (?:the|human|mouse|murine|rat|autologous|allogeneic|healthy|donor))*$")


def _cells_result(c: Candidate) -> bool:
    """Decided after scoring (the scorer still learns from these pairs as negatives): a factor named as
    what the cells were made to make (`hMSCs hypersecreting BDNF improved locomotion`: the engineered cells
    act, AFFECTS) or as a read-out named before the end point it is measured beside (`Effect of MSCs on
    neurologic function and expression of VEGF`)."""
    if c.predicate != "FACTOR_AFFECTS":
        return False
    if _factor_no_agent(c):
        return True
    if c.resolved:
        return False
    if _factor_of_the_cells(c) or _secreted_then_cells_act(c) or _secreted_object_of_cells(c):
        return True
    if _secretion_property_of_cells(c):
        return True   # (helper CC, s22) `their capacity to secrete NT-3`: the cells' property
    if _bracketed_exemplar(c):
        return True   # (helper DA, s23) `a shift to a neuroprotective (IGF-1) environment`: a read-out's example
    if _role_in_pathology(c):
        return True   # (helper DA, s23) `the involvement of VEGF in the mechanisms of motor neuron death`: pathogenesis
    if _effect_on_readout(c):
        return True   # (helper DA, s23) `the effect of MSC-CM on neurotrophin genes expressions and cell density`
    if _relative_on_product(c):
        return True   # (helper DA, s23) `secrete factors into the medium (CM), which protects neurons`: the product acts
    if _coordinated_with_outcome(c):
        return True   # (helper CJ, s22) `MSCs act through trophic factors such as GDNF, anti-inflammatory cytokines and
        #               immunomodulation`: the factor is one item of a list beside the outcome, not its agent
    f0 = c.subj.start - c.seg.start
    f1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if o0 == f1 and c.toks[o0] in READOUT_NOUNS:
        return True   # (helper CC, s22) `the effect of CM on neurotrophin gene expression`: the factor is what is expressed
    return f0 >= 2 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] in READOUT_NOUNS and \
        _readout_measured(c, before_form=True)


def _factor_no_agent(c: Candidate) -> bool:
    """(helper FM, s28) A factor that is no agent of the end point, decided after scoring so that the scorer still
    learns from these pairs: a step of its signalling named as the end point (`preserved phosphorylation of mTOR`),
    its expression named after the end point as another agent's second result (`Z reduced tumour growth and
    expression of VEGF`), a level in a bracketed form (`vascular endothelial growth factor (VEGF) level`, in the
    antecedent's sentence too when the factor is carried over)."""
    if _signalling_step(c):
        return True
    if not c.resolved:
        return _readout_after_result(c) or (_bracketed_level(c.toks, c.subj.start - c.seg.start, c.subj.end - c.seg.start)
                                            and not _mediated_by_factor(c))
    return "FACTOR_AFFECTS|anaphor" not in c.features and _bracketed_level(
        c.view.words(c.subj_seg.start, c.subj_seg.end), c.subj.start - c.subj_seg.start, c.subj.end - c.subj_seg.start)


def _arms_anaphor_result(c: Candidate) -> bool:
    """`Both populations delayed disease onset`, `All three cell types improved motor function`: a group of the
    cells compared just before is the subject of a change word in its clause. Kept whatever the scorer makes of
    it (trained on few such groups, it leaves them near the threshold), as _factor_anaphor_result."""
    return (c.predicate == "AFFECTS" and c.resolved and "AFFECTS|clause_effect" in c.features
            and (ARMS_SUBJECT.match(" ".join(c.toks[:c.obj.start - c.seg.start])) is not None
                 or _denied_group(c.toks, c.obj.start - c.seg.start)))


# (helper BJ, s21) an explicit reference to the cells given, as the subject that opens its sentence (after a
# section label or a short adverbial): `The cells improved X`, `These transplanted cells ...`, `They slowed X`,
# `The grafts delayed X`, `This cell therapy may slow X`; and the treatment by a demonstrative (`This treatment
# slowed X`, `The intervention reduced X`, `Such therapy ...`), which reaches only the sentence just before
CELL_ANAPHOR_SUBJECT = re.compile(
    r"^(?:(?:results?|conclusions?|findings|interpretation|outcomes?) : )?"
    r"(?:(?:however|moreover|furthermore|in addition|additionally|importantly|notably|overall|thus|therefore|"
    r"in (?:these|treated) (?:patients|mice|rats|animals)|after (?:\d+|one|two|three|six|twelve) (?:weeks?|months?)|"
    r"at (?:\d+|one|two|three|six|twelve) (?:weeks?|months?)) , )?"
    r"(?:(?P<cells>(?:the|these|such) (?:(?:transplanted|grafted|injected|infused|engrafted|implanted|administered|"
    r"donor|treated) )?(?:cells|grafts?)|they|(?:this|the|such) cell (?:therapy|treatment|transplantation|"
    r"administration|infusion))"
    r"|(?P<treatment>(?:this|such|the) (?:treatment|therapy|intervention|procedure|approach|transplantation)))"
    r" (?!of |in |from |at |within |that |which |who |with |and |or |, )")


CHANGE_STEMS = ("chang", "alter", "modif", "affect", "influenc")


def _cells_anaphor_result(c: Candidate) -> bool:
    """(helper BJ, s21) `Patients received BM-MSCs intrathecally. The cells improved FVC`: an explicit reference
    to the cells (or, from the sentence just before, to their treatment) is the subject that opens the sentence,
    with a change word in the outcome's clause. Kept whatever the scorer makes of it (it weighs `anaphor` down
    and drops many such results in trials), as _arms_anaphor_result. Not when another cell is named after the
    antecedent or before the outcome (`Motor neurons are lost in ALS. These cells die ...`, `Fibroblasts
    served as controls. The fibroblasts ...`), nor when the antecedent is more than two sentences back."""
    if c.predicate != "AFFECTS" or not c.resolved:
        return False
    o0 = c.obj.start - c.seg.start
    # a change word in the clause, or a denied verb of change (`The cells did not alter X`: a null result)
    if "AFFECTS|clause_effect" not in c.features and not (
            not cues.NEGATORS.isdisjoint(c.toks[:o0]) and any(w.startswith(CHANGE_STEMS) for w in c.toks[:o0])):
        return False
    head = " ".join(c.toks[:o0]) + " "
    m = CELL_ANAPHOR_SUBJECT.match(head)
    back = c.seg.index - c.subj_seg.index
    if m is None or not 0 < back <= (1 if m.group("treatment") else 2):
        return False
    if not cues.CLAUSE_BREAKS.isdisjoint(c.toks[:o0]):
        return False
    return not any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.subj.end, c.obj.start))


def _factor_anaphor_result(c: Candidate) -> bool:
    """`These factors delayed disease onset`: an explicit anaphor for the factors just named is the subject
    of a change word in its clause. Kept whatever the scorer makes of it (trained on few such anaphors,
    it leaves them near the threshold, and the cells no longer take the row)."""
    return (c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|clause_effect" in c.features
            and FACTOR_ANAPHOR.search(" ".join(c.toks)) is not None)


def _stated_route(c: Candidate) -> bool:
    """`BM-MSCs were injected intravenously`: the nearest cell, its giving verb and the route within
    a few words of one clause. Stated so plainly, the route is kept whatever the scorer makes of the
    cell (which leans on the document's focus cell and drops the second arm's or a review's routes)."""
    if c.predicate != "ADMINISTERED_VIA" or c.resolved:
        return False
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if "ADMINISTERED_VIA|rank=0" not in c.features:
        # `bone marrow- and adipose-derived MSCs were injected intrathecally`: coordinated cells share it
        # `motor neurons derived from human ESCs were transplanted into the cord`: the source of what was
        # given is named on the way
        for e in c.view.ents_in(c.subj.end, c.obj.start):
            gap = c.toks[s1:e.start - c.seg.start]
            if e.label_ != "CELL_TYPE" or not (set(gap) <= COORDINATORS or SOURCE_GAP.match(" ".join(gap))):
                return False
            s1 = e.end - c.seg.start
            if s1 + 2 < len(c.toks) and c.toks[s1] == "(" and c.toks[s1 + 2] == ")":
                s1 += 3   # `(hESCs)`
        if s1 == c.subj.end - c.seg.start:
            return False
    if not 0 < o0 - s1 <= 4:
        return False
    between = c.toks[s1:o0]
    return any(w.startswith(P.GIVING_STEMS + ("given",)) for w in between) and cues.CLAUSE_BREAKS.isdisjoint(between)


RECEPTOR_WORDS = frozenset({"receptor", "receptors", "-receptor", "signalling", "signaling", "pathway"})


def _stated_secretion(c: Candidate) -> bool:
    """`Schwann cells in the cultures expressed NGF mRNA`, `astrocytes secrete GDNF`: a cell, a verb of
    secretion and the factor within a few words of one clause, no other name between. Stated so plainly,
    the secretion is kept whatever the scorer makes of the cell (trained mostly on grafted MSCs, it
    leaves the body's own cells low)."""
    if c.predicate != "SECRETES" or c.resolved:
        return False
    if _engineered_with(c):
        return True
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    o1 = c.obj.end - c.seg.start
    inside = c.view.ents_in(c.subj.end, c.obj.start)
    if inside:
        # a later member of the factor list the verb takes (`released VEGF, HGF and IGF-1 into the medium`):
        # the words up to the list's first member decide, and the list holds factors and list words only
        if any(e.label_ != "NEUROTROPHIC_FACTOR" for e in inside):
            return False
        first = inside[0].start - c.seg.start
        names = {k - c.seg.start for e in inside for k in range(e.start, e.end)}
        if not all(c.toks[k] in LIST_GLUE for k in range(first, o0) if k not in names):
            return False
        o0 = first
    if not 0 < o0 - s1 <= 6:
        return False
    if o1 < len(c.toks) and c.toks[o1] in RECEPTOR_WORDS:
        return False
    s0 = c.subj.start - c.seg.start
    if s0 > 0 and c.toks[s0 - 1] in ("into", "to", "of", "from", "with", "by", "than"):
        return False   # `differentiate into neuronal cells and release NTFs`: the cells named are not the subject
    between = c.toks[s1:o0]
    # (helper T, s19) `astrocytes engineered to secrete GDNF`: `to` after the making of the cells is theirs
    stops = set(between) - ({"to"} if len(between) >= 3 and between[-3] in ENGINEERED and between[-2] == "to" else set())
    return any(STATED_SECRETION.fullmatch(w) for w in between) and cues.CLAUSE_BREAKS.isdisjoint(between) and \
        cues.NEGATORS.isdisjoint(between) and not STATED_SECRETION_STOPS & stops


LIST_GLUE = frozenset({",", "and", "or", "(", ")", "as", "well"})
# (helper T, s19) participles of making cells that release a factor (`engineered to secrete`)
ENGINEERED = frozenset({"engineered", "modified", "designed", "transduced", "transfected", "programmed", "manipulated"})
# (helper T, s19) a vector that carries the factor's gene (`a GDNF overexpressing lentivirus`)
VECTOR_STEMS = ("lentivir", "retrovir", "adenovir", "vector", "virus", "viruses", "aav", "plasmid", "construct")
CARRYING = frozenset({"encoding", "carrying", "expressing", "overexpressing", "over-expressing", "containing"})


def _engineered_with(c: Candidate) -> bool:
    """(helper T, s19) `Schwann cells were transduced with a (Tet-On) GDNF overexpressing lentivirus`, `SCs
    were transfected with a plasmid encoding NGF`: cells made to carry the factor's gene (SPEC: engineered to
    secrete), kept whatever the scorer makes of the body's own cell types."""
    s1, o0, o1 = c.subj.end - c.seg.start, c.obj.start - c.seg.start, c.obj.end - c.seg.start
    between = c.toks[s1:o0]
    if not 0 < len(between) <= 10 or c.view.ents_in(c.subj.end, c.obj.start):
        return False
    made = next((k for k, w in enumerate(between[:-1]) if w in ENGINEERED and between[k + 1] == "with"), None)
    if made is None or not cues.NEGATORS.isdisjoint(between) or not cues.CLAUSE_BREAKS.isdisjoint(between) or \
            {",", "which", "that", "and", "or"} & set(between[made:]):
        return False
    after = c.toks[o1:o1 + 2]
    return any(w in CARRYING for w in between[made:]) or any(
        w in CARRYING or w.startswith(VECTOR_STEMS) for w in after)


STATED_SECRETION_STOPS = frozenset({",", "(", "which", "that", "to", "and", "or", "through", "by", "via"})


def _blocked_benefit(c: Candidate) -> bool:
    """(helper GA, s29) `X reduced the death of neurons; antibodies against BDNF cut this protection`, `GDNF depletion
    had no effect` (on the protection referred back to): a blocking experiment states the factor's own part in the
    benefit (`factor_blocking`). Kept whatever the scorer makes of it (it has seen few such sentences and weighs the
    distance and the semicolon down), as _mediated_by_factor."""
    if c.predicate != "FACTOR_AFFECTS" or c.resolved:
        return False
    return blocked_benefit_of(c.toks, c.view.ent_type[c.seg.start:c.seg.end], c.subj.start - c.seg.start, c.subj.end - c.seg.start,
                              c.obj.start - c.seg.start, c.obj.end - c.seg.start) is not None
