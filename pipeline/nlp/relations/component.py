"""The spaCy component `litmine_relations`: the scorer (`RelationModel`: logistic regression, Platt
calibration, thresholds per predicate), its registered factory, and `RelationExtractor`, which scores
the candidates, lets lists and plain statements share decisions, keeps one row per object mention and
sets `Doc._.relations`.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp.context import sections_of_spans, species, study_design, word_set
from pipeline.nlp.relations.text import Segment, TokenOffsets, segments, token_view
from pipeline.nlp.relations.labels import ARGUMENT_LABELS, NAMED_MSC_SOURCES, PREDICATES, concepts_of
from pipeline.nlp.relations.rows import RelationMention
from pipeline.nlp.relations.implied import _may_name_secretion, argument_spans, factor_in_name, name_secretes
from pipeline.nlp.relations.lists import cell_lists, factor_lists
from pipeline.nlp.relations.features import ARM_COPY
from pipeline.nlp.relations.candidates import candidates
from pipeline.nlp.relations.factor_roles import _mediated_by_factor
from pipeline.nlp.relations.overrides import (_arms_anaphor_result, _blocked_benefit, _cells_anaphor_result,
                                              _cells_result, _factor_anaphor_result, _stated_route, _stated_secretion)
from pipeline.nlp.relations.attributes import mention

SUBJECT_LABELS = frozenset(s for s, _ in PREDICATES.values())
# the same labels as string hashes: Span.label is an int read, Span.label_ a string-store lookup, and a dense
# abstract has some 80 entities to sort through
_ARGUMENT_HASHES = frozenset(map(hash_string, ARGUMENT_LABELS))
_SUBJECT_HASHES = frozenset(map(hash_string, SUBJECT_LABELS))

DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "models" / "relations" / "model.json"

WORD = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")


@dataclass
class RelationModel:
    """Logistic regression over candidate features; Platt calibration; thresholds per predicate.

    `raw` is the regression's log-odds; `score` the calibrated probability sigmoid(a * raw + b),
    with (a, b) fitted on cross-validated scores (relation_model.fit_platt)."""
    weights: dict[str, float]
    thresholds: dict[str, float]
    meta: dict
    calibration: dict[str, float] = field(default_factory=lambda: {"a": 1.0, "b": 0.0})

    def raw(self, features: dict[str, float]) -> float:
        get = self.weights.get
        # (a list, not a generator: same terms in the same order, so the same float; no generator frame per term)
        return sum([get(k, 0.0) * v for k, v in features.items()])

    def score(self, features: dict[str, float]) -> float:
        z = self.calibration.get("a", 1.0) * self.raw(features) + self.calibration.get("b", 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=True)

    @classmethod
    def load(cls, path: str | Path) -> "RelationModel":
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"relation model not found: {path} (run `litmine train relations`)")
        data = json.loads(path.read_text())
        return cls(data["weights"], data["thresholds"], data.get("meta", {}),
                   data.get("calibration") or {"a": 1.0, "b": 0.0})


def _drop_unclear_other_subject(best: dict) -> dict:
    """`We assessed the effect of BM-MSCs on motor function ... MSC-treated rats walked better`: an outcome
    the document gives a result (favorable, unfavorable, null) with one cell concept is that concept's;
    another cell concept's row for it that reports no result anywhere (every mention `unclear`: an aim,
    a method, a measured-but-not-reported outcome) is the same graft named another way (generic versus
    source-specific MSCs, parent cells versus their product), and the train gold credits only the subject
    of the result. A result given only in the background (`MSCs have been credited with reducing
    inflammation`) is earlier work and takes nothing from the study's own cells; two source-specific arms
    (`UC-MSCs and WJ-MSCs both prolonged survival`) each keep their own rows."""
    effects: dict[tuple, set] = {}
    shown: set[tuple] = set()     # rows with a result outside the background (not what earlier work found)
    for m in best.values():
        if m.predicate == "AFFECTS":
            # (helper FS, s29) a title that names its topic (unclear, no cue word) counts as it did when it read the
            # favorable default: the rows it keeps and drops are not an effect's business
            topic = m.effect == "unclear" and m.section == "title" and m.effect_cue is None
            effects.setdefault((m.subject_id, m.object_id), set()).add("title" if topic else m.effect)
            if (m.effect != "unclear" or topic) and m.section != "background":
                shown.add((m.subject_id, m.object_id))
    drop = set()
    for (subj, obj), es in effects.items():
        if es != {"unclear"}:
            continue
        others = {s2 for (s2, o2) in shown if o2 == obj and s2 != subj}
        if others and not (subj in NAMED_MSC_SOURCES and others <= NAMED_MSC_SOURCES):
            drop.add((subj, obj))
    if not drop:
        return best
    return {k: m for k, m in best.items() if not (m.predicate == "AFFECTS" and (m.subject_id, m.object_id) in drop)}


@Language.factory(
    "litmine_relations",
    default_config={"model": None, "max_subjects": 4, "max_distance": 60, "max_back": 3, "threshold": None},
)
def make_relations(nlp: Language, name: str, model: str | None, max_subjects: int, max_distance: int,
                   max_back: int, threshold: float | None) -> "RelationExtractor":
    return RelationExtractor(RelationModel.load(model or DEFAULT_MODEL), max_subjects, max_distance,
                             max_back, threshold)


class RelationExtractor:
    """Sets Doc._.relations (a list of RelationMention), and — on documents with relations —
    study design / species if unset (`litmine_context` sets them on every document)."""

    def __init__(self, model: RelationModel, max_subjects: int = 4, max_distance: int = 60,
                 max_back: int = 3, threshold: float | None = None):
        self.model = model
        self.max_subjects = max_subjects
        self.max_distance = max_distance
        self.max_back = max_back
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        doc_ents = doc.ents    # (the getter builds a Span per entity: read once, kept in the token view)
        ents = [e for e in doc_ents if e.label in _ARGUMENT_HASHES]
        # every predicate's subject is a cell or a factor, and the implied spans are outcomes: without
        # one of those entities no candidate can arise, so skip argument_spans' per-token scan (about
        # half the abstracts)
        if not any(e.label in _SUBJECT_HASHES for e in ents):
            doc._.relations = []
            return doc
        ents = argument_spans(doc, ents)
        labels = {e.label_ for e in ents}
        # no subject and object label pair: no candidate can arise; only a cell named for what it
        # secretes is its own pair, and most documents have none
        possible = any(s in labels and o in labels for s, o in PREDICATES.values()) or (
            "CELL_TYPE" in labels and any(e.label_ == "CELL_TYPE" and _may_name_secretion(e) for e in ents))
        view = token_view(doc, doc_ents) if possible else None
        ext = doc._    # (each `doc._` builds an Underscore object: taken once for the reads and writes below)
        ext.relations = self.extract(doc, view=view, ents=ents) if possible else []
        # study design and species only go into relation rows: decided when there are some
        if ext.relations and (ext.study_design is None or ext.species is None):
            text, words = view.text, word_set(WORD.findall(view.text_lower))
            if ext.study_design is None:
                ext.study_design = study_design(text, ext.publication_types, ext.mesh_terms, words)
            if ext.species is None:
                ext.species = species(text, ext.study_design, ext.mesh_terms, words, ext.publication_types)
        return doc

    def extract(self, doc: Doc, keep_all: bool = False, view: TokenOffsets | None = None,
                ents: list[Span] | None = None) -> list[RelationMention]:
        best: dict[tuple, RelationMention] = {}
        view = view or token_view(doc)
        ents = ents if ents is not None else [e for e in doc.ents if e.label_ in ARGUMENT_LABELS]
        segs = segments(doc, view, needed=[])     # sections: decided by `candidates` where pairs arise
        concepts = concepts_of(doc, ents, view)
        chosen: dict[tuple, tuple] = {}
        resolved_p: dict[tuple, float] = {}    # score of each resolved pair, by (segment, predicate, object)
        scored = [(c, self.model.score(c.features))
                  for c in candidates(doc, self.max_subjects, self.max_distance, self.max_back, view, segs, ents, concepts)]
        # `NTFs such as GDNF, BDNF, IGF-1 and VEGF support motor neuron survival`: the members of one list of
        # factors share the decision on an outcome they are the subject of (the scorer, trained on few such
        # lists, keeps only the nearest member)
        lists = factor_lists(ents, view, concepts)
        list_p: dict[tuple, float] = {}
        # likewise `MSCs secrete large amounts of VEGF and HGF`: one cell mention secretes each member of
        # the list it names (the scorer's distance features favour the first member)
        for c, p in scored:
            if c.predicate == "FACTOR_AFFECTS" and not c.resolved and (c.subj.start, c.subj.end) in lists:
                k = (c.obj.start, lists[(c.subj.start, c.subj.end)])
                list_p[k] = max(list_p.get(k, 0.0), p)
            elif c.predicate == "SECRETES" and not c.resolved and (c.obj.start, c.obj.end) in lists:
                k = ("S", c.subj.start, lists[(c.obj.start, c.obj.end)])
                list_p[k] = max(list_p.get(k, 0.0), p)
        # and `Survival was prolonged in the BM-MSC, AD-MSC and UC-MSC groups`: the members of one list of
        # cells share the decision on an outcome they are the subject of (the scorer's rank and distance
        # features keep only the member nearest or most like the document's focus)
        clists = cell_lists(ents, view, concepts)
        for c, p in scored:
            if c.predicate == "AFFECTS" and not c.resolved and (c.subj.start, c.subj.end) in clists:
                k = ("A", c.obj.start, clists[(c.subj.start, c.subj.end)])
                list_p[k] = max(list_p.get(k, 0.0), p)
        # `MSCs secreted VEGF and HGF, whereas IGF-1 was undetectable`: the factor of the contrast clause (let
        # through by _denied_after_contrast) shares the decision on the cells' own secretion in that sentence
        secretor_p: dict[tuple, float] = {}
        for c, p in scored:
            if c.predicate == "SECRETES" and not c.resolved:
                k = (c.seg.index, c.subj.start)
                secretor_p[k] = max(secretor_p.get(k, 0.0), p)
        for cand, p in scored:
            if cand.predicate == "SECRETES" and not cand.resolved and cand.subj.start < cand.obj.start and \
                    not cues.CONTRAST_BREAKS.isdisjoint(cand.toks[cand.subj.end - cand.seg.start:cand.obj.start - cand.seg.start]):
                p = max(p, secretor_p[(cand.seg.index, cand.subj.start)])
            if clists and cand.predicate == "AFFECTS" and not cand.resolved and (cand.subj.start, cand.subj.end) in clists:
                p = max(p, list_p[("A", cand.obj.start, clists[(cand.subj.start, cand.subj.end)])])
            elif list_p and cand.predicate == "FACTOR_AFFECTS" and not cand.resolved and (cand.subj.start, cand.subj.end) in lists:
                p = max(p, list_p[(cand.obj.start, lists[(cand.subj.start, cand.subj.end)])])
            elif list_p and cand.predicate == "SECRETES" and not cand.resolved and (cand.obj.start, cand.obj.end) in lists:
                p = max(p, list_p[("S", cand.subj.start, lists[(cand.obj.start, cand.obj.end)])])
            slot = (cand.seg.index, cand.predicate, cand.obj.start)
            if f"{cand.predicate}|{ARM_COPY}" in cand.features:
                p = max(p, resolved_p.get(slot, 0.0))   # each arm of `both` gets the decision of the first
            elif cand.resolved:
                resolved_p[slot] = p
            t = self.threshold if self.threshold is not None else self.model.thresholds.get(cand.predicate, 0.5)
            if p < t and not keep_all and not _stated_route(cand) and not _factor_anaphor_result(cand) \
                    and not _arms_anaphor_result(cand) and not _cells_anaphor_result(cand) \
                    and not _stated_secretion(cand) and not _mediated_by_factor(cand) and not _blocked_benefit(cand):
                continue
            if not keep_all and _cells_result(cand):
                continue
            # one row per object mention (each outcome mention has its own effect), best subject kept:
            # surer, then closer
            key = (cand.seg.index, cand.predicate, concepts[(cand.subj.start, cand.subj.end)],
                   concepts[(cand.obj.start, cand.obj.end)], cand.obj.start)
            rank = (round(p, 4), -abs(cand.subj.start - cand.obj.start))
            if key not in chosen or chosen[key][0] < rank:
                chosen[key] = (rank, cand, p)
        masks: dict[int, list[str]] = {}
        effects: dict[tuple, cues.EffectCue] = {}
        for key, (_, cand, p) in chosen.items():
            m = mention(doc, cand, p, view, concepts, masks, effects)
            best[(m.sentence, m.predicate, m.subject_id, m.object_id, m.object_start)] = m
        for cell, factor in name_secretes(doc, ents, concepts, view):
            seg = next(s for s in segs if s.start <= cell.start < s.end)
            if seg.section_source == "none":
                name, how = sections_of_spans(view.text, doc._.sections, [view.strip(seg.start, seg.end)])[0]
                seg = segs[seg.index] = Segment(seg.index, seg.start, seg.end, name, how)
            c0, c1 = view.start[cell.start], view.end[cell.end - 1]
            key = (seg.index, "SECRETES", concepts[(cell.start, cell.end)], factor, c0)
            if any(k[:4] == key[:4] for k in best):
                continue
            f0, f1 = factor_in_name(doc, cell, factor, c0, c1, view.text_lower)
            best[key] = RelationMention(
                "SECRETES", view.text[c0:c1], cell.label_, concepts[(cell.start, cell.end)], c0, c1,
                view.text[f0:f1], "NEUROTROPHIC_FACTOR", factor, f0, f1, None, False, False,
                float(self.model.meta.get("name_secretes_precision", 0.9)), *view.strip(seg.start, seg.end), seg.index, seg.section,
                effect_cue="name")
        # `received mesenchymal stem cells as intrathecal injections of WJ-MSCs`: a sentence that gives a route
        # to the cells under their source-specific name speaks of those cells, and its generic `MSCs` is
        # the same graft (the gold credits the named source alone)
        named = {(m.sentence, m.object_id) for m in best.values()
                 if m.predicate == "ADMINISTERED_VIA" and m.subject_id in NAMED_MSC_SOURCES}
        if named:
            best = {k: m for k, m in best.items() if not (
                m.predicate == "ADMINISTERED_VIA" and m.subject_id == "cell:msc" and (m.sentence, m.object_id) in named)}
        if not keep_all:
            best = _drop_unclear_other_subject(best)
        # SPEC: hedged means the text *only* proposes the relation; stated plainly once, it is not
        asserted = {(m.predicate, m.subject_id, m.object_id) for m in best.values() if not m.hedged}
        for m in best.values():
            if m.hedged and (m.predicate, m.subject_id, m.object_id) in asserted:
                m.hedged = False
            m.evidence = view.text[m.evidence_start:m.evidence_end]
        return sorted(best.values(), key=lambda m: (m.evidence_start, m.predicate, m.object_start))

    # spaCy serialisation: the weights travel with a saved pipeline
    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "model.json").write_text(self.model.to_json())
        (path / "cfg.json").write_text(json.dumps({"max_subjects": self.max_subjects, "max_distance": self.max_distance,
                                                   "max_back": self.max_back, "threshold": self.threshold}))

    def from_disk(self, path, exclude=()):
        path = Path(path)
        self.model = RelationModel.load(path / "model.json")
        cfg = json.loads((path / "cfg.json").read_text())
        self.max_subjects, self.max_distance = cfg["max_subjects"], cfg["max_distance"]
        self.max_back, self.threshold = cfg["max_back"], cfg["threshold"]
        return self
