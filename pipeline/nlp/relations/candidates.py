"""Candidate generation (steps 2 and 3 of the package docstring): per segment, every object entity
with the nearest subjects of the right label, or with the antecedent cell or factor when the segment
names none (comparisons and `both` anaphors take in every arm); then the hard gates (`gates._gated`).
"""
from __future__ import annotations

import bisect
import re
from itertools import compress

from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.context import sections_of_spans
from pipeline.nlp.relations.text import Segment, TokenOffsets, segments, token_view
from pipeline.nlp.relations.labels import LABEL_PREFIX, NATIVE_CELLS, OBJECT_LABELS, PREDICATES, concept_of
from pipeline.nlp.relations.implied import _may_name_secretion
from pipeline.nlp.relations.factor_readouts import _measured_level
from pipeline.nlp.relations.focus import (COCULTURE_BEFORE, ENGINEERED_CELL, FACTOR_DELIVERED, GENERIC_CELL, GIVEN_AFTER, GIVING, HOST_AFTER, HOST_CELL, NATIVE_GIVEN,
                                          OWN_CELLS_BEFORE,
                                          NATIVE_OTHER, NATIVE_PROGENITOR, PARENT_OF_PRODUCT, PRODUCT_SOURCE_WORDS, SOURCE_OF_PRODUCT,
                                          TREATED_WORDS, _product_before, focus_cell, focus_factor, gives_cells,
                                          given_natives, replaced, transferred, NATIVE_TARGET_LINES)
from pipeline.nlp.ruler import NESTED_KEY
from pipeline.nlp.relations.lists import (ARMS_SUBJECT, BOTH_ARMS, CELL_TYPES_GROUP, COMPARED_ARMS, FACTOR_ANAPHOR, GROUP_OF_ARMS,
                                         PLURAL_ANAPHOR, group_arms, groups_named)
from pipeline.nlp.relations.features import (ARM_COPY, Candidate, STRONG_ANAPHOR, TRIGGERS, VERB_LED_OUTCOME,
                                             _TRIGGER_CACHE, _candidate, _gap, trigger_groups)
from pipeline.nlp.relations.segment_flags import SegmentFlags
from pipeline.nlp.relations.gates import _gated


def _earlier_mention(subj: Span, obj: Span, subjects: list[Span], concept, max_distance: int) -> Span | None:
    """The nearest mention of `subj`'s concept before `obj`, when `subj` (the nearest) follows it."""
    if subj.start < obj.end:
        return None
    before = [x for x in subjects if x.end <= obj.start and concept(x) == concept(subj) and _gap(x, obj) <= max_distance]
    return max(before, key=lambda x: x.end) if before else None


def _factors_before(subjects: list[Span], at: int, view: TokenOffsets, concept) -> list[Span]:
    """The first mention of each factor concept that ends before character `at` (the list an anaphor there
    stands for, its class word included: `trophic factors, including BDNF and HGF, and these factors`)."""
    out, seen = [], set()
    for x in subjects:
        if view.end[x.end - 1] <= at and concept(x) not in seen:
            seen.add(concept(x))
            out.append(x)
    return out


def _after_semicolon(view: TokenOffsets, obj: Span, subj: Span) -> bool:
    """(helper CW, s23) The subject mention follows the object with a semicolon between them."""
    return subj.start >= obj.end and ";" in view.span_lower(obj.end, subj.start)


def _agent_before_level(subj: Span, obj: Span, subjects: list[Span], concept, seg: Segment,
                        view: TokenOffsets) -> Span | None:
    """(helper R, s18) `Transfer of the BDNF gene ... enhanced BDNF protein levels, but induced weight loss`: the
    nearest mention is the factor's measured level (no agent, gated); the mention of the same factor before
    it, in the same sentence, is the subject of the clause and is scored too."""
    if subj.end > obj.start:
        return None
    words = view.words(seg.start, seg.end)   # (Token.lower_ without a Token object per word)
    if not _measured_level(words, subj.start - seg.start, subj.end - seg.start):
        return None
    before = [x for x in subjects if x.end <= subj.start and concept(x) == concept(subj) and x.start >= seg.start]
    return max(before, key=lambda x: x.end) if before else None


def _measured_in_end_point(doc: Doc, ents: list[Span], view: TokenOffsets) -> set[int]:
    """(helper GE, s29) Token starts of the factors named inside an end point as its measured level (`serum IGF-1`,
    `CSF BDNF levels`): the factor stays a nested mention, not a subject, yet its sentence names its own factor only as
    a read-out, as `_measured_level` says of a factor mention standing alone; an earlier factor is not carried into
    it (a factor glued inside a count, `number of GDNF-secreting cells`, is no level and is left out)."""
    outcomes = [e for e in ents if e.label_ == "OUTCOME"]
    out = set()
    for s in doc.spans.get(NESTED_KEY, ()):
        o = next((e for e in outcomes if e.start <= s.start and s.end <= e.end), None)
        if s.label_ == "NEUROTROPHIC_FACTOR" and o is not None and _measured_level(
                view.words(o.start, o.end), s.start - o.start, s.end - o.start):
            out.add(s.start)
    return out


def candidates(doc: Doc, max_subjects: int = 4, max_distance: int = 60, max_back: int = 3,
               view: TokenOffsets | None = None, segs: list[Segment] | None = None,
               ents: list[Span] | None = None, concepts: dict[tuple[int, int], str] | None = None) -> list[Candidate]:
    """Every (subject, object) pair worth scoring, with its features. See the module docstring."""
    view = view or token_view(doc)
    segs = segs if segs is not None else segments(doc, view)
    if not segs:
        return []
    ents = [e for e in (ents if ents is not None else doc.ents) if e.label_ in LABEL_PREFIX]
    if concepts is None:
        concepts = {(e.start, e.end): concept_of(e) for e in ents}   # Span._ access is not free
    # (helper EA, s26) no cell given or named as a therapy anywhere (generic `stem cells` included): no cell
    # treatment, so no AFFECTS candidate (focus.gives_cells)
    cell_treatment = gives_cells(ents, view, lambda e: concepts[(e.start, e.end)])
    # `stem cells`, `the cells`: a generic mention names no cell type of its own; like an
    # anaphor it points at the treatment cell (the gold records the relation there), so it is
    # neither a subject nor an antecedent, and its segment resolves to the antecedent
    generic = {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and concepts[(e.start, e.end)] == "cell:other"
               and GENERIC_CELL.match(view.text_lower[view.start[e.start]:view.end[e.end - 1]])}
    # (helper CA, s22) `The genetically modified cells were injected` after `MSCs were transduced with GDNF`: cells
    # named only by their engineering refer back to the cells named before them; with none before (`Genetically
    # engineered cells secreting CNTF were implanted`) they are the treatment themselves
    generic |= {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and concepts[(e.start, e.end)] == "cell:other"
                and ENGINEERED_CELL.match(view.text_lower[view.start[e.start]:view.end[e.end - 1]])
                and any(f.label_ == "CELL_TYPE" and f.end <= e.start and concepts[(f.start, f.end)] != "cell:other"
                        and concepts[(f.start, f.end)] not in NATIVE_CELLS for f in ents)}
    if generic:
        ents = [e for e in ents if (e.start, e.end) not in generic]

    def concept(e: Span) -> str:
        return concepts[(e.start, e.end)]

    # (helper BJ, s21) `Recombinant BDNF was given ... The neurotrophin did not improve survival`: a singular class
    # word after `the`/`this`/`that` in a document that names one factor refers back to it; as a subject it
    # resolves to that factor (factor_roles._class_word_names drops it as a subject of its own)
    named_factors = {concept(e) for e in ents if e.label_ == "NEUROTROPHIC_FACTOR"} - {"factor:ntf", "factor:other"}
    class_anaphors = {(e.start, e.end) for e in ents if len(named_factors) == 1 and e.label_ == "NEUROTROPHIC_FACTOR"
                      and concept(e) == "factor:ntf" and CLASS_ANAPHOR.match(view.span_lower(e.start - 1, e.end))
                      and not (e.end < len(doc) and (doc[e.end].ent_type_ == "NEUROTROPHIC_FACTOR"
                                                     or doc[e.end].lower_ in ("gene", "protein", "family", "member")))}

    title_end = view.text.find("\n") if "\n" in view.text else len(view.text)
    given = given_natives(ents, view, concept)
    focus = focus_cell(doc, ents, title_end, view, concept, given)
    doc_info = {
        "focus": focus,
        # (helper BU, s21) not an assay's cell line or the ear's and eye's own cells (`PC12 cells`, `hair cells`)
        "has_cells": any(e.label_ == "CELL_TYPE" and (concept(e) not in NATIVE_CELLS or concept(e) in given)
                         and not (concept(e) == "cell:other" and NATIVE_TARGET_LINES.search(view.span_lower(e.start, e.end)))
                         for e in ents),
        "title_concepts": {concept(e) for e in ents if view.start[e.start] < title_end},
        "view": view,
        "concept": concept,
        "memo": {},       # regex answers per span, shared by the candidates of the document
    }
    seg_starts = [s.start for s in segs]
    doc_sections = doc._.sections   # (each `doc._` builds an Underscore object: read once, not per segment)
    native_memo: dict[tuple[int, int], bool] = {}
    cell_ents = [e for e in ents if e.label_ == "CELL_TYPE"]   # (Span.label_: a string-store lookup per access)
    # cells a therapy acts on: native cell types, and any cell named as the host's own
    # (`recruitment of endogenous neural progenitor cells`); they never stand for the treatment
    targets = {(e.start, e.end) for e in cell_ents if (
        concept(e) in NATIVE_CELLS and concept(e) not in given and not replaced(view, e, concept)
        or HOST_CELL.search(view.span_lower(e.start - 2, e.start)) and not transferred(view, e)
        or concept(e) == "cell:other" and NATIVE_OTHER.search(view.span_lower(e.start, e.end))
        and not NATIVE_PROGENITOR.search(view.span_lower(e.start, e.end))
        # `peripheral blood mononuclear cells from treated patients`: cells taken from the recipients
        or HOST_AFTER.match(view.span_lower(e.end, e.end + 5))
        # `co-cultured with activated PBMCs`: the assay's target cells
        or concept(e) == "cell:other" and COCULTURE_BEFORE.search(view.span_lower(e.start - 7, e.start) + " ")
        # `ALS Tregs were less effective`, `decreased Tregs exacerbate`: the patients' or the model's own cells
        or concept(e) in NATIVE_CELLS and OWN_CELLS_BEFORE.search(view.span_lower(e.start - 2, e.start))
        and not GIVEN_AFTER.search(view.span_lower(e.end, e.end + 3)))}
    # (`decreased regulatory T lymphocytes (Tregs)`: the short form of such a mention too)
    target_ends = {e.end for e in ents if (e.start, e.end) in targets}
    targets |= {(e.start, e.end) for e in cell_ents if concept(e) in NATIVE_CELLS and e.start >= 1
                and (e.start - 1) in target_ends and view.span_lower(e.start - 1, e.start) == "("}
    # `astrocytes derived from embryonic stem cells`, `exosomes derived from MSCs`, `small extracellular
    # vesicles (sEVs) from ADSCs`: the source of what was given, never its subject (SOURCE.md: derived cells take the type they are named as)
    # (every form of SOURCE_OF_PRODUCT ends on `from` or `by`: a substring test skips the regex for most cells)
    sources = {(e.start, e.end) for e in cell_ents if e.start >= 3
               and ("from" in (before := view.span_lower(max(0, e.start - 6), e.start)) or "by" in before)
               and SOURCE_OF_PRODUCT.search(before) and _product_before(ents, e)}
    # `MSC-derived exosomes retain the properties of their parent MSCs`: the product's own source cells
    sources |= {(e.start, e.end) for e in cell_ents if e.start >= 2
                and PARENT_OF_PRODUCT.search(view.span_lower(e.start - 2, e.start))}
    # `Conditioned medium from Wharton's jelly MSCs (WJ-MSCs)`, `Exosomes secreted by mesenchymal stem cells (MSCs)`:
    # the short form of the product's source cells
    products = {e.end: e for e in cell_ents if concept(e) == "cell:msc_ev"}
    sources |= {(e.start, e.end) for e in cell_ents if e.start >= 2
                and view.span_lower(e.start - 1, e.start) == "(" and (e.start - 1) in products and concept(e) != "cell:msc_ev"
                and PRODUCT_SOURCE_WORDS.search(view.span_lower(products[e.start - 1].start, e.start - 1))}
    # `motor neurons derived from induced pluripotent stem cells (iPSCs)`: the source's short form
    source_ends = {e for _, e in sources}
    sources |= {(e.start, e.end) for e in cell_ents if e.start >= 1
                and (e.start - 1) in source_ends and view.span_lower(e.start - 1, e.start) == "("
                and view.span_lower(e.end, e.end + 1) == ")"}
    targets |= sources

    def is_target(e: Span) -> bool:
        return (e.start, e.end) in targets

    def _native_treatment(subj: Span) -> bool:
        # a cell of the nervous or immune system is what a therapy acts on, not the therapy: it is
        # a subject of AFFECTS / ADMINISTERED_VIA only when named as given (`transplanted Schwann
        # cells`, `Treg infusion`). Neither the dev gold nor our annotations hold one otherwise,
        # and the scorer kept none of ~2,000 such candidates on 3,380 PubMed abstracts.
        key = (subj.start, subj.end)
        if key not in targets:
            return True
        if key in sources:
            return False
        if key not in native_memo:
            # (within the cells' own sentence: `... to label motor neurons. Transplanted NSCs ...`)
            own = seg_of(subj.start)
            lo, hi = subj.start - 2, subj.end + 2
            if own is not None:
                lo, hi = max(lo, own.start), min(hi, own.end)
            # (helper CW, s23) not a giving word before a comma (`After MSC infusion, NK cells decreased`: the
            # other cells' giving)
            near = view.span_lower(lo, hi)
            cut = view.span_lower(lo, subj.start).rfind(",")
            native_memo[key] = bool(NATIVE_GIVEN.search(near[cut + 1:] if cut >= 0 else near)) and not (
                # (helper CW, s23) `replacement of degenerated neurons by grafted stem cells`: the giving word after
                # them is the other cells'
                OTHER_CELLS_GIVEN.match(view.span_lower(subj.end, subj.end + 8))
                and not NATIVE_GIVEN.search(view.span_lower(lo, subj.end)))
        return native_memo[key]

    def seg_of(tok: int) -> Segment | None:
        i = bisect.bisect_right(seg_starts, tok) - 1
        return segs[i] if i >= 0 and tok < segs[i].end else None

    by_seg: dict[int, list[Span]] = {}
    for e in ents:
        s = seg_of(e.start)
        if s is not None:
            by_seg.setdefault(s.index, []).append(e)
    out: list[Candidate] = []
    last_cells: list[Span] = []      # the distinct treatment cells of the antecedent's segment
    # the arms of the latest comparison (a segment naming two treatment cells or more), and whether it
    # set them side by side (`We compared A and B`, `received A, B or vehicle`)
    last_arms: list[Span] = []
    last_arms_seg: Segment | None = None
    arms_compared = False
    arm_lists: list[tuple[list[Span], Segment]] = []   # (helper GC, s29) every such segment's arms, in order
    last_cell: Span | None = None
    last_cell_seg: Segment | None = None
    # (helper FV, s29) the focus cell named before a segment that lists several more specific kinds of it (`bone
    # marrow MSCs, adipose MSCs or cord MSCs were given` in a study of MSCs): what a plain `the cells` after the list
    # stands for, as the antecedent is the whole list (SPEC 3), not its last member
    list_parent: Span | None = None
    # (helper EX, s28) the latest mention of each treatment cell type, by concept, with its segment
    recent: dict[str, tuple[Span, Segment]] = {}
    # (helper CU, s23) the cells the latest antecedent segment made (`differentiated iPSCs into astrocytes`)
    last_made: list[Span] = []
    last_made_seg: Segment | None = None
    last_factor: tuple[Span, Segment] | None = None
    measured_factor_at = sorted(_measured_in_end_point(doc, ents, view))
    # (helper GE, s29) the factor mentions named as given (`recombinant HGF`, `IGF-1 was administered`)
    given_factors = [(e.start, concept(e)) for e in ents if e.label_ == "NEUROTROPHIC_FACTOR" and measured_factor_at
                     and FACTOR_GIVEN.search(view.span_lower(e.start - 3, e.end + 3))]
    last_factors: list[Span] = []     # the distinct named factors of the latest segment naming one
    last_factors_seg: Segment | None = None
    # a study of a factor given as therapy (no treatment cells, or a factor and no treatment cell in
    # the title: cells named only in its background or outlook): its results speak of `treatment`,
    # `patients`, `survival was not prolonged` without naming the factor again, so a segment with
    # no factor falls back to the latest mention of the study's factor however far back it is, and
    # no cell is carried into a segment that names none
    therapy_factor = None
    if not generic:
        therapy_factor = focus_factor(ents, title_end, view, concept, seg_of)
        if therapy_factor is not None and doc_info["has_cells"] and not (
                therapy_factor in doc_info["title_concepts"] and not any(
                    e.label_ == "CELL_TYPE" and view.start[e.start] < title_end and not is_target(e) for e in ents)
                # given, not made: `intrathecal recombinant VEGF` (not `secretion of NGF in co-cultures`,
                # not cells named for the factor they make)
                and any(concept(e) == therapy_factor and FACTOR_DELIVERED.search(view.span_lower(e.start - 3, e.end + 3))
                        for e in ents)
                and not any(e.label_ == "CELL_TYPE" and _may_name_secretion(e) for e in ents)):
            therapy_factor = None
    factor_study = therapy_factor is not None and doc_info["has_cells"]
    last_focus_factor: tuple[Span, Segment] | None = None
    # the abstract's opening before it names any treatment (no cell, no word of giving or treating): a cell
    # named only in the title is no subject there (`MSCs in stroke\nMCAO causes neuronal loss ...`: what the
    # disease or its model does)
    treatment_seen = False
    # (helper BJ, s21) the latest cell named in the body is the body's own (`ALS destroys motor neurons`): in the
    # opening, `these cells`, `they` after it refer to that cell, not to the title's treatment
    last_body_cell_native = False
    # (helper CM, s22) arms defined by a number or letter (`vehicle (group 1), MSCs (group 2)`), read only where
    # the text has one
    numbered = {}
    if "roup" in view.text or "GROUP" in view.text or G_ARM.search(view.text):
        numbered = group_arms(view.text, [(view.start[e.start], view.end[e.end - 1], e) for e in ents
                                          if e.label_ == "CELL_TYPE" and not is_target(e)])
    for seg in segs:
        seg_ents = by_seg.get(seg.index, [])
        body = view.start[seg.start] > title_end
        opening = body and not treatment_seen
        seg_cells = [e for e in seg_ents if e.label_ == "CELL_TYPE"] if body else []
        native_before = last_body_cell_native or any(is_target(e) for e in seg_cells)
        if seg_cells:
            last_body_cell_native = is_target(seg_cells[-1])
        if body and not treatment_seen:
            low = view.span_lower(seg.start, seg.end)
            if any(w in low for w in TREATMENT_NOUNS):   # (the two substitutions change nothing without one)
                low = OTHER_TREATMENT.sub(" ", NO_TREATMENT.sub(" ", low))
            treatment_seen = bool(OPENING_ENDS.search(low)) or any(
                e.label_ == "CELL_TYPE" and not is_target(e) for e in seg_ents) or any(
                seg.start <= a < seg.end for a, _ in generic)
        if not seg_ents:
            if last_cell is not None and seg.index - last_cell_seg.index > max_back:
                first = next((e for e in ents if e.label_ == "CELL_TYPE" and concept(e) == focus), None)
                if first is not None:
                    last_cell, last_cell_seg, list_parent = first, seg_of(first.start), None
            continue
        # the pairs first (cheap); the segment's words, triggers and clauses only when there are some
        pairs: list[tuple] = []
        # an anaphor for factors (`these factors`), searched once: whether it can refer back to the latest named
        # factors, and where it starts (a character offset) where the segment names a factor of its own
        names_factor = any(e.label_ == "NEUROTROPHIC_FACTOR" for e in seg_ents)
        m_fa = FACTOR_ANAPHOR.search(view.span_lower(seg.start, seg.end)) if last_factors or names_factor else None
        factor_anaphor = bool(last_factors) and m_fa is not None
        factor_anaphor_at = view.start[seg.start] + m_fa.start() if names_factor and m_fa is not None else None
        # the segment's entities by label, read once: Span.label_ is a string-store lookup on every access,
        # and the loop below filters by two labels per predicate (the lists are only read)
        seg_by_label: dict[str, list[Span]] = {}
        for e in seg_ents:
            seg_by_label.setdefault(e.label_, []).append(e)
        if not OBJECT_LABELS.isdisjoint(seg_by_label):
            for pred, (s_label, o_label) in PREDICATES.items():
                objects = seg_by_label.get(o_label, [])
                if not objects or pred == "AFFECTS" and not cell_treatment:
                    continue
                subjects = seg_by_label.get(s_label, [])
                if class_anaphors and pred == "FACTOR_AFFECTS":
                    subjects = [x for x in subjects if (x.start, x.end) not in class_anaphors]
                treatment_cells = s_label == "CELL_TYPE" and any(not is_target(x) for x in subjects)
                native_gate = pred in ("AFFECTS", "ADMINISTERED_VIA")
                for obj in objects:
                    gaps = sorted((_gap(x, obj), k) for k, x in enumerate(subjects))
                    # the nearest mention of each of the nearest `max_subjects` concepts: a long form and its
                    # short form (`neurotrophin-3, NT-3`) are one subject, so a listed factor is not crowded out
                    ranked, seen_c = [], set()
                    for g, k in gaps:
                        if g > max_distance or len(seen_c) >= max_subjects:
                            break
                        sc_k = concept(subjects[k])
                        if sc_k not in seen_c:
                            seen_c.add(sc_k)
                            ranked.append(subjects[k])
                    if s_label == "NEUROTROPHIC_FACTOR":
                        # `trials of CNTF and BDNF did not improve survival, and CNTF caused weight loss`: a factor
                        # named again after the end point is nearer, but the mention before it is the subject of its
                        # clause; both are scored
                        ranked_at = [(r, x) for r, subj in enumerate(ranked)
                                     for x in (subj, _earlier_mention(subj, obj, subjects, concept, max_distance)
                                               or _agent_before_level(subj, obj, subjects, concept, seg, view))
                                     if x is not None]
                    else:
                        # (helper CW, s23) `The passive transfer of Tregs ... prolonged survival; the stable phase was
                        # extended using mutant SOD1 Tregs`: the nearest mention of the cells stands after a semicolon
                        # (its own clause); the mention before the end point, in its clause, is scored too
                        ranked_at = [(r, x) for r, subj in enumerate(ranked)
                                     for x in (subj, _earlier_mention(subj, obj, subjects, concept, max_distance)
                                               if _after_semicolon(view, obj, subj) else None)
                                     if x is not None]
                    for rank, subj in ranked_at:
                        if native_gate and not _native_treatment(subj):
                            continue
                        pairs.append((pred, subj, obj, seg, False, rank, len(subjects), False))
                    group = treatment_cells and obj.end <= min(x.start for x in subjects) \
                        and ARMS_SUBJECT.match(view.span_lower(seg.start, obj.start))
                    if group:
                        # (helper GC, s29) `All three cell types secreted VEGF, whereas GDNF was found only in UC-MSC
                        # medium`: the group that opens the sentence is the arms named before (the latest list of
                        # as many as it counts), though a later clause names one of them (the cells after the
                        # object are that clause's)
                        size = next((GROUP_SIZES[w] for w in group.group(0).split() if w in GROUP_SIZES), None)
                        arms_at = next(((a, s) for a, s in reversed(arm_lists) if size in (None, len(a))
                                        and (seg.index - s.index <= max_back or GROUP_OF_ARMS.match(group.group(0)))),
                                       None)
                        if arms_at is not None:
                            pairs.extend((pred, c, obj, arms_at[1], True, 0, len(subjects), True) for c in arms_at[0])
                    if pred == "SECRETES" and treatment_cells and last_cell is not None \
                            and seg.index - last_cell_seg.index == 1 \
                            and concept(last_cell) not in {concept(x) for x in subjects} \
                            and ANAPHOR_MAKER.search(view.span_lower(seg.start, obj.start)):
                        # (helper CU, s23) `MSC-NTF cells were given. Compared to MSCs, they secrete more GDNF`,
                        # `NSCs were grafted. These cells, as well as MSCs, secrete BDNF`: the pronoun that makes the
                        # factor is the cells named just before, though the sentence names other cells too
                        pairs.append((pred, last_cell, obj, last_cell_seg, True, 0, len(subjects), False))
                    if s_label == "NEUROTROPHIC_FACTOR" and subjects and factor_anaphor_at is not None \
                            and factor_anaphor_at < view.start[obj.start]:
                        before = _factors_before(subjects, factor_anaphor_at, view, concept)
                        if before:
                            # (helper GG, s29) `MSCs released CNTF and NT-3, and these factors may reduce motor
                            # neuron loss`: the anaphor after the list in its own sentence is every listed factor
                            pairs.extend((pred, f, obj, seg, True, 0, 0, k > 0) for k, f in enumerate(before))
                        elif len(last_factors) > 0 and seg.index - last_factors_seg.index == 1 and all(
                                concept(x) == "factor:ntf" and view.start[x.start] >= factor_anaphor_at for x in subjects):
                            # `MSCs released CNTF and NT-3. These trophic factors may ...`: the class words of the
                            # anaphor (tagged factor:ntf) are no new factor; the list of the sentence before is meant
                            # (a list further back is left to the class word alone)
                            pairs.extend((pred, f, obj, last_factors_seg, True, 0, 0, k > 0)
                                         for k, f in enumerate(last_factors))
                    if s_label == "NEUROTROPHIC_FACTOR" and not subjects and len(last_factors) > 0 and \
                            seg.index - last_factors_seg.index <= max_back and factor_anaphor:
                        # `Both factors reduced motor neuron loss`, `these factors delayed onset`: every factor
                        # named just before (not the cells that made them)
                        pairs.extend((pred, f, obj, last_factors_seg, True, 0, 0, k > 0)
                                     for k, f in enumerate(last_factors))
                        continue
                    if s_label == "CELL_TYPE" and not treatment_cells and numbered and not factor_study:
                        by_number = groups_named(view.text[view.start[seg.start]:view.end[seg.end - 1]], numbered)
                        if by_number is not None:
                            # `Survival was longest in group 3`: the cells of the arm so numbered (`in group 1`,
                            # the vehicle arm: no cells')
                            given, control_only = by_number
                            seen_g = set()
                            for g in given:
                                if concept(g) not in seen_g:
                                    seen_g.add(concept(g))
                                    pairs.append((pred, g, obj, seg_of(g.start), True, 0, len(subjects), len(seen_g) > 1))
                            if given or control_only:
                                continue
                    if s_label == "CELL_TYPE" and not treatment_cells and last_cell is not None and not factor_study \
                            and not (factor_anaphor and last_factors) and not (
                                pred == "AFFECTS" and opening and view.start[last_cell_seg.start] < title_end
                                and _disease_opening(view, seg, seg_ents, is_target, native_before)):
                        base_at = len(pairs)
                        pairs.append((pred, last_cell, obj, last_cell_seg, True, 0, len(subjects), False))
                        seg_low = view.span_lower(seg.start, seg.end)
                        # (helper EX, s28) `A were infused IV. B were infused IT. Both cell types secreted VEGF`: the
                        # cell types named one a sentence since the latest list (or within max_back)
                        spread = [(c, cs) for c, cs in recent.values() if seg.index - cs.index <= max_back
                                  and (not last_arms or cs.index > last_arms_seg.index)]
                        if len(spread) > 1 and CELL_TYPES_GROUP.search(seg_low):
                            pairs.extend((pred, c, obj, cs, True, 0, len(subjects), True)
                                         for c, cs in spread if concept(c) != concept(last_cell))
                        elif last_arms and (seg.index - last_arms_seg.index <= max_back and BOTH_ARMS.search(seg_low)
                                          or GROUP_OF_ARMS.search(seg_low)
                                          or arms_compared and last_arms_seg is last_cell_seg
                                          and PLURAL_ANAPHOR.search(seg_low)
                                          or pred == "ADMINISTERED_VIA" and arms_compared and last_arms_seg is last_cell_seg):
                            # `Both cell types were injected intrathecally`, `We compared A and B. The cells
                            # were injected intravenously`: every arm of the comparison. (helper AL, s20) A group
                            # named as the cell types (`all cell types ameliorated ...`) is the latest comparison's
                            # however many sentences came between; a route named after the comparison with no cells
                            # of its own is every arm's, wherever its `cells` stand (`We compared A with B. Mice
                            # then received 10^6 cells via the tail vein`)
                            pairs.extend((pred, c, obj, last_arms_seg, True, 0, len(subjects), True)
                                         for c in last_arms if concept(c) != concept(last_cell))
                        elif pred == "SECRETES" and len(last_cells) > 1 and seg.index - last_cell_seg.index == 1:
                            # (helper CU, s23) `ADSCs and BMSCs were cultured. VEGF secretion was measured`, `A
                            # co-culture of OECs and Schwann cells ... CSF decreased neurotrophic factor secretion`
                            # (train gold): the secretion the next sentence states is every listed cell type's
                            pairs.extend((pred, c, obj, last_cell_seg, True, 0, len(subjects), True)
                                         for c in last_cells if concept(c) != concept(last_cell))
                        elif list_parent is not None:
                            pairs[base_at] = (pred, list_parent, obj, seg_of(list_parent.start), True, 0, len(subjects),
                                              False)
                        if pred == "SECRETES" and last_made and last_made_seg is last_cell_seg \
                                and seg.index - last_cell_seg.index == 1 \
                                and MADE_ANAPHOR.search(view.span_lower(seg.start, obj.start)):
                            # (helper CU, s23) `We differentiated iPSCs into astrocytes. These cells secreted GDNF`:
                            # the made cells too (SOURCE.md: derived cells take the type they are named as)
                            pairs.extend((pred, c, obj, last_made_seg, True, 0, len(subjects), True)
                                         for c in last_made if concept(c) != concept(last_cell))
                    elif s_label == "NEUROTROPHIC_FACTOR" and not subjects and last_factor is not None and not (
                            any(e.label_ == "CELL_TYPE" and not is_target(e) for e in seg_ents)) and not (
                            # (helper EE, s26) `IGF-1R overexpression raised cell viability`: the receptor acted, which
                            # is no mention of the factor (SPEC 1), so no result of the factor named before
                            RECEPTOR_NAMED.search(view.span_lower(seg.start, obj.start))) and not (
                            # `GDNF in spinal cord injury\nSCI creates a lesion hostile to axonal regeneration`:
                            # the disease opening is no result of the title's factor either
                            opening and view.start[last_factor[1].start] < title_end
                            and _disease_opening(view, seg, seg_ents, is_target)):
                        # (`MSCs secreted GDNF. Intrathecal MSCs prolonged survival`: the cells' result, not GDNF's)
                        if seg.index - last_factor[1].index <= 1 and not (
                                # (helper GB, s29) `Nine trials (CNTF 3, BDNF 3, IGF-1 3). The pooled hazard ratio
                                # was 1.01`: after a list of the class study's factors, the result is the class's
                                therapy_factor == "factor:ntf" and len(last_factors) > 1 and last_focus_factor is not None):
                            carried = last_factor
                        else:
                            carried = last_focus_factor
                        # (helper GE, s29) `Her serum IGF-1 was low, while serum GH was raised` before any word of
                        # giving the factor: the segment names its factor inside an end point as the patient's own
                        # level, a read-out sentence (once the factor was given, `CSF HGF rose, while CSF NfL fell` is
                        # the treatment's result)
                        if carried is not None and not (
                                measured_factor_at and bisect.bisect_left(measured_factor_at, seg.start)
                                < bisect.bisect_left(measured_factor_at, seg.end)
                                and not any(a < seg.start and c == concept(carried[0]) for a, c in given_factors)):
                            pairs.append((pred, carried[0], obj, carried[1], True, 0, 0, False))
        if pairs:
            if seg.section_source == "none":    # sections are decided only where pairs arise
                name, how = sections_of_spans(view.text, doc_sections,
                                              [(view.start[seg.start], view.end[seg.end - 1])])[0]
                seg = segs[seg.index] = Segment(seg.index, seg.start, seg.end, name, how)
            toks = view.words(seg.start, seg.end)
            seg_text = view.span_lower(seg.start, seg.end)
            ent_toks = {i - seg.start for e in seg_ents for i in range(e.start, e.end)}
            # where each trigger group occurs in this segment (entity tokens are not triggers, except the verb
            # that opens an end point: `NTFs protect motor neurons`, `GDNF rescued motor neurons`)
            trig_toks = ent_toks - {e.start - seg.start for e in seg_ents
                                    if e.label_ == "OUTCOME" and toks[e.start - seg.start] in VERB_LED_OUTCOME}
            trig_pos: dict[str, list[int]] = {name: [] for name in TRIGGERS}
            groups = _TRIGGER_CACHE
            # (looked up at C speed, and only the trigger words visited: a per-token Python loop showed in profiles)
            gs = list(map(groups.get, toks))
            if None in gs:
                if len(groups) > 1 << 17:
                    groups.clear()
                for i, g in enumerate(gs):
                    if g is None:
                        gs[i] = groups[toks[i]] = trigger_groups(toks[i])
            for i in compress(range(len(gs)), gs):
                if i not in trig_toks:
                    for name in gs[i]:
                        trig_pos[name].append(i)
            doc_info["trig_pos"] = trig_pos
            doc_info["ent_pos"] = sorted(ent_toks)
            doc_info["clauses"] = cues.ClauseIndex(toks)
            doc_info["hedges"] = cues.HedgeIndex(toks)   # a candidate asks whether a cue lies in its clause
            doc_info["seg_flags"] = None
            doc_info["generic_here"] = bool(generic) and any(seg.start <= a < seg.end for a, _ in generic)
            n_ents = len(seg_ents)
            for pred, subj, obj, sseg, resolved, rank, n_subj, arm_copy in pairs:
                subj_seg = sseg if resolved else seg
                out.append(_candidate(doc, pred, subj, obj, seg, subj_seg, resolved, toks, seg_text, ent_toks,
                                      n_ents, rank, n_subj, doc_info))
                if arm_copy:
                    out[-1].features[f"{pred}|{ARM_COPY}"] = 1.0
        # antecedents for the next segments: the latest treatment cell (focus cell preferred on ties)
        cells = [e for e in seg_ents if e.label_ == "CELL_TYPE" and not is_target(e)]
        if cells and last_cell is not None and _same_cells(concept(last_cell), focus) and \
                not any(_same_cells(concept(e), focus) for e in cells) and _making_only(view.span_lower(seg.start, seg.end)):
            # `Bone marrow MSCs were isolated and induced to secrete NTFs`, `CD34+ cells made up 2%`: how the
            # product was made or characterised; `Treatment was well tolerated` still speaks of the product given
            # (the product under a more specific name of the focus too: `MNCs were isolated and cultured` after
            # `bone marrow-derived MSCs` in a study of MSCs)
            cells = []
        if cells and last_cell is not None and concept(last_cell) != "cell:msc_ev" and all(
                concept(e) == "cell:msc_ev" for e in cells) and IN_VITRO.search(view.span_lower(seg.start, seg.end)):
            # `In vitro, MSC-conditioned medium protected motor neurons`: a side experiment with the cells'
            # product; `Treated mice lived longer` after it still speaks of the cells given
            cells = []
        if cells:
            fav = [e for e in cells if concept(e) == focus]
            last_cell, last_cell_seg = (fav or cells)[-1], seg
            last_made_seg = seg
            last_made = [e for e in seg_ents if e.label_ == "CELL_TYPE" and is_target(e)
                         and MADE_INTO_CLAUSE.search(view.span_lower(max(seg.start, e.start - 6), e.start))]
            last_cells = [e for k, e in enumerate(cells) if concept(e) not in {concept(x) for x in cells[:k]}]
            recent.update((concept(e), (e, seg)) for e in last_cells)
            arms = [e for e in last_cells if not (concept(e) == "cell:msc" and any(
                concept(x) in P.MSC_FAMILY and concept(x) != "cell:msc" for x in last_cells))]
            list_parent = None
            if not fav and len(arms) > 1 and focus is not None and all(
                    _same_cells(concept(e), focus) for e in arms):
                list_parent = next((e for e in reversed(ents) if e.label_ == "CELL_TYPE" and e.end <= seg.start
                                    and concept(e) == focus), None)
            if len(arms) > 1:
                last_arms, last_arms_seg = arms, seg
                arm_lists.append((arms, seg))
                arms_compared = COMPARED_ARMS.search(view.span_lower(seg.start, seg.end)) is not None
        elif last_cell is not None and seg.index - last_cell_seg.index > max_back:
            # too far back: fall back to the focus cell's first mention
            first = next((e for e in ents if e.label_ == "CELL_TYPE" and concept(e) == focus), None)
            if first is not None:
                last_cell, last_cell_seg, list_parent = first, seg_of(first.start), None
        factors = [e for e in seg_ents if e.label_ == "NEUROTROPHIC_FACTOR"]
        if factors:
            last_factor = (factors[-1], seg)
            last_factors = [e for k, e in enumerate(factors) if concept(e) != "factor:ntf"
                            and concept(e) not in {concept(x) for x in factors[:k]}]
            last_factors_seg = seg
            focal = [e for e in factors if concept(e) == therapy_factor]
            if focal:
                last_focus_factor = (focal[-1], seg)
    seg_memo: dict[int, SegmentFlags] = {}
    return [c for c in out if _gated(c, view, seg_memo)]


# an arm's label `G1`, `GIII` (`\bG(?:\d|I{1,3}|IV)\b`, written with the `\b` after the `G` as a look-behind so
# that the search skips from one `G` to the next instead of testing every position of the abstract)
# a receptor named in a segment without a factor mention: the receptor word, or a factor's symbol glued to its `R`
# (`IGF-1R`, `VEGFR2`, `VEGFR-2`)
RECEPTOR_NAMED = re.compile(r"\breceptors?\b|\b(?:igf-?1|igf-?i|vegf|ngf|bdnf|gdnf|cntf|hgf|fgf-?2|lif)-?r(?:-?\d)?\b")
# (helper GE, s29) words of giving a factor near its mention: focus.FACTOR_DELIVERED less its bare `gene`, which also
# names the patient's own gene (`an IGF-1 gene deletion`), with the words of gene transfer instead
FACTOR_GIVEN = re.compile(r"deliver|inject|administ|infus|recombinant|treat|aav|therap|dose|transfer|transduc|given|receiv")

# (helper GC, s29) how many arms a group opening its sentence counts (`both`, `all three`)
GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}
G_ARM = re.compile(r"G(?<!\wG)(?:\d|I{1,3}|IV)\b")


# what ends the abstract's opening (see `candidates`): a word of giving, treating or the cells
OPENING_ENDS = re.compile(rf"\b(?:{GIVING}|treated|treating|treatment|therap|received|receiving|given|recipients?|"
                          r"transplant|graft|implant|cells?\b|we\b|our\b|here\b|this (?:study|review|paper|article))")


# a treatment the opening says is lacking names none (`there is still no effective treatment`,
# `for which effective therapies are lacking` is left alone: rarer, and its words come after)
NO_TREATMENT = re.compile(r"\b(?:no|lack of|lacks?|absence of|without)\s+(?:(?:effective|curative|disease-modifying|"
                          r"available|approved|satisfactory|specific|known)\s+)*(?:treatments?|therap(?:y|ies)|cures?)\b")
# a word that every NO_TREATMENT and OTHER_TREATMENT match holds (keep it in step with both)
TREATMENT_NOUNS = ("treatment", "therap", "cure", "agent", "drug")
# (helper AE, s19) the treatment that causes the disease the cells are to treat (`CIPN is an adverse effect of
# cancer treatment`, `persists long after treatment completion`): no treatment of the study
OTHER_TREATMENT = re.compile(r"\b(?:cancer|anti-?cancer|antineoplastic|chemotherapeutic|oncologic(?:al)?|radiation)\s+"
                             r"(?:treatments?|therap(?:y|ies)|agents?|drugs?)\b|\btreatment (?:completion|cessation|"
                             r"discontinuation)\b")
# TREATMENT_CONTEXT less `after`/`following`: in the opening they time the disease (`Following spinal cord
# injury, a secondary cascade ...`), and the cells' name is checked on words outside the body's own cells
OPENING_TREATMENT = re.compile(r"(transplant|graft|inject|infus|administ|treated|treatment|therapy|implant|received"
                               r"|recipient|the cells|\bcells\b)")


# (helper CW, s23) other cells named as given right after a native cell (`neurons by grafted stem cells`)
OTHER_CELLS_GIVEN = re.compile(r"^\W*(?:by|with)\s+(?:the\s+)?(?:grafted|transplanted|injected|infused|implanted|engrafted|"
                               r"donor)\s+(?:[\w-]+\s+){0,3}?(?:cells|grafts)\b")


# (helper CU, s23) cells named as what other cells were made into (`differentiated human iPSCs into astrocytes`,
# `induced to become Schwann-like cells`)
MADE_INTO_CLAUSE = re.compile(r"\b(?:differentiat|induc|convert|reprogramm|transdifferentiat|matur)\w*\b[^.;]*?\b"
                              r"(?:into|to become|towards?)\W*$")


# (helper CU, s23) what refers back to made cells (not an agentless `GDNF secretion was measured`)
MADE_ANAPHOR = re.compile(r"\b(?:they|these (?:\w+ )?cells|the (?:differentiated |induced |derived |resulting )?cells)\b")


# (helper CU, s23) a pronoun or `these cells` as the maker of a factor (a verb of secretion right after it, or after a
# parenthetical set off by commas)
ANAPHOR_MAKER = re.compile(r"\b(?:they|these cells|the cells|these (?:transplanted|grafted|engrafted|injected) cells)"
                           r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:also|further|additionally|mainly|still|can|could|may|might|"
                           r"were able to|are able to|continued to|continue to)\s+)*"
                           r"(?:secret|releas|produc|express)\w*\b[^.;]*$")


# (helper BJ, s21) a singular class word that refers back to the one factor named (`the neurotrophin`)
CLASS_ANAPHOR = re.compile(r"^(?:the|this|that) (?:neurotrophin|neurotrophic factor|growth factor|trophic factor"
                           r"|factor)$")
# (helper BJ, s21) a plain reference to cells named before (no word of grafting or treating)
NATIVE_REFERENCE = re.compile(r"\b(?:these|those|such|the|both) cells\b|\b(?:they|them|their)\b")


# a statement of what happens as a rule (the natural course), not of a change some treatment made
GENERIC_COURSE = re.compile(r"\b(?:typically|usually|generally|normally|commonly|invariably|inevitably|"
                            r"characteristically|ordinarily)\b")


def _disease_opening(view: TokenOffsets, seg: Segment, seg_ents: list[Span] = (), is_target=None,
                     native_before: bool = False) -> bool:
    """A segment of the abstract's opening that names neither treatment nor anaphor and states no change
    that could be a result (only a cue of harm done, or none): the disease, its model or its burden.
    native_before: the latest cell named before (or a cell of this segment) is the body's own, so a plain
    reference to cells (`These cells degenerate`, `They die`) speaks of it (helper BJ, s21)."""
    text = view.span_lower(seg.start, seg.end)
    if native_before:
        text = NATIVE_REFERENCE.sub(lambda m: " " * len(m.group(0)), text)
    if is_target is not None:
        # `apoptosis and necrosis of neurons and glial cells`: cells the disease acts on name no treatment
        base = view.start[seg.start]
        for e in seg_ents:
            if e.label_ == "CELL_TYPE" and is_target(e):
                a, b = view.start[e.start] - base, view.end[e.end - 1] - base
                text = text[:a] + " " * (b - a) + text[b:]
    text = OTHER_TREATMENT.sub(" ", NO_TREATMENT.sub(" ", text))
    if OPENING_TREATMENT.search(text) or STRONG_ANAPHOR.search(text):
        return False
    if GENERIC_COURSE.search(text):
        return True   # (helper CM, s22) `Patients typically lose 1 point per month on the ALSFRS-R`: the course
        #               of the disease as a rule, no result (`lose`, `decline` read as said of a harm are favorable)
    # a word of change inside an end point's name is no change stated (`hostile to axonal regeneration`),
    # unless the end point opens with its verb (`NTFs protect motor neurons`)
    inside = {i for e in seg_ents if e.label_ == "OUTCOME" for i in range(e.start, e.end)
              if not (i == e.start and view.words(i, i + 1)[0] in VERB_LED_OUTCOME)}
    # (helper EM, s27) a word of lessening right before an end point that is good to have (`a lesion inhibitory to
    # axonal regeneration`, `which reduces survival`) states harm done to it, like `hostile to`: no result
    inside |= {i for e in seg_ents if e.label_ == "OUTCOME" and not cues.is_harm_outcome(e.text, concept_of(e))
               for i in range(max(seg.start, e.start - 2), e.start)
               if (cues.cue_kind(view.words(i, i + 1)[0], False) or ("",))[0] == "unfavorable"}
    return not cues.states_result(t for i, t in enumerate(view.words(seg.start, seg.end), seg.start) if i not in inside)


MAKING = re.compile(r"\b(?:isolat|expand|cultur|grown|propagat|prepar|induc|reprogramm|sort|label|characteri|"
                    r"harvest|aspirat|thaw|cryopreserv|differentiat|made up|passag|manufactur|generat|purif|"
                    r"positive for|negative for|express)")


def _same_cells(cid: str, focus: str | None) -> bool:
    """The focus cell or a more specific name of it (`bone marrow MSCs` in a study of `MSCs`)."""
    return cid == focus or (focus == "cell:msc" and cid in P.MSC_FAMILY) or (focus == "cell:uc_msc" and cid == "cell:wj_msc")


def _making_only(seg_text: str) -> bool:
    """A sentence on how cells were made or characterised that gives no cells to anyone."""
    return MAKING.search(seg_text) is not None and TREATED_WORDS.search(seg_text) is None


IN_VITRO = re.compile(r"\bin vitro\b|co-?cultur|\bcultured\b|\bnsc-34\b|\bcell lines?\b")
