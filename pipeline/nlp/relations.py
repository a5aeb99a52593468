"""Relation extraction between concept-normalised entities (SPEC section 3).

How it works, per document:
1. Segments: the Doc's sentences, cut again at newlines (title and sections never run together).
2. Candidates: for every object entity (ROUTE, NEUROTROPHIC_FACTOR, OUTCOME) the subjects of the
   right label in the same segment, nearest first. Dense segments (tables flattened into text)
   are capped: an object pairs with at most `max_subjects` subjects, within `max_distance`
   tokens, so the work per segment grows linearly with its entities, not quadratically.
3. Anaphora: an object whose segment names no treatment cell pairs with the antecedent cell:
   the latest treatment-cell mention in the `max_back` segments before it, else the document's
   focus cell (the most salient treatment cell). The pair records that it was resolved. Generic
   mentions (`stem cells`, `the cells` linked to cell:other) count as anaphors, not subjects.
4. Scoring: each candidate's features (distance, order, trigger words in its clause, cell kind,
   section, anaphora cues, ...) go through a logistic regression (`litmine train relations`,
   models/relations/model.json; trained on end-to-end and oracle entities, see relation_model);
   its Platt-calibrated probability is the row's `confidence`, and rows at or above the
   predicate's threshold are kept.
5. Attributes from cue lexicons with clause scope (pipeline.nlp.cues): effect, negated, hedged.
A cell whose own name says it secretes (`MSC-NTF cells`, `GDNF-secreting MSCs`) gets SECRETES too.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import ENT_TYPE, IDX, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp import extensions as _extensions  # noqa: F401  (registers Doc._.*/Span._.*)
from pipeline.nlp.context import sections_of_spans, species, study_design, word_set
from pipeline.nlp.tokenizer import lower_with_hyphens

PREDICATES: dict[str, tuple[str, str]] = {
    "ADMINISTERED_VIA": ("CELL_TYPE", "ROUTE"),
    "SECRETES": ("CELL_TYPE", "NEUROTROPHIC_FACTOR"),
    "AFFECTS": ("CELL_TYPE", "OUTCOME"),
    "FACTOR_AFFECTS": ("NEUROTROPHIC_FACTOR", "OUTCOME"),
}
EFFECT_PREDICATES = ("AFFECTS", "FACTOR_AFFECTS")
LABEL_PREFIX = {"CELL_TYPE": "cell", "NEUROTROPHIC_FACTOR": "factor", "OUTCOME": "outcome",
                "ROUTE": "route", "DISEASE": "disease"}
OBJECT_LABELS = frozenset({"NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"})
ARGUMENT_LABELS = frozenset({"CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"})
OUTCOME_OR_DISEASE = frozenset({hash_string("OUTCOME"), hash_string("DISEASE")})
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "relations" / "model.json"

# Cells of the nervous and immune system: usually what a therapy acts on, not the therapy.
NATIVE_CELLS = frozenset({
    "cell:motor_neuron", "cell:neuron", "cell:astrocyte", "cell:microglia", "cell:oligodendrocyte",
    "cell:schwann_cell", "cell:t_cell", "cell:treg", "cell:macrophage", "cell:monocyte",
})
# MSCs named by their source (or product of the source's cells): children of `cell:msc` that one graft is named as
NAMED_MSC_SOURCES = frozenset({"cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc", "cell:msc_ntf"})
MSC_CELLS = frozenset({"cell:msc", "cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc",
                       "cell:msc_ntf", "cell:msc_ev"})

# Trigger words (prefixes) per predicate, looked for in the clause that holds a candidate.
TRIGGERS = {
    "treat": ("transplant", "inject", "administ", "deliver", "infus", "graft", "implant", "treat",
              "receiv", "given", "introduc", "engraft", "applic", "appli", "dose", "route", "via",
              "through", "into", "intra"),
    "secrete": ("secret", "releas", "produc", "express", "overexpress", "over-express", "deriv",
                "engineer", "induc", "transduc", "transfect", "encod", "synthes", "elicit", "level",
                "concentration", "content", "contain", "paracrine", "-secreting", "elevat"),
    # (with the words of a verdict of no efficacy: `failed to show efficacy on survival`, `was ineffective`)
    "effect": tuple(cues.FAVORABLE + cues.UNFAVORABLE + cues.SHORTEN + cues.INCREASE + cues.DECREASE)
    + ("ineffective", "inefficac", "failed", "fails"),
    "measure": cues.MEASURED,
}
TRIGGER_PREFIXES = {name: tuple(p) for name, p in TRIGGERS.items()}
# the verbs that open an end point the entity rules read as one (`protect motor neurons`, `rescued motoneurons`)
VERB_LED_OUTCOME = frozenset({"protect", "protects", "protected", "protecting", "preserve", "preserves", "preserved",
                              "preserving", "rescue", "rescues", "rescued", "rescuing", "spare", "spares", "spared",
                              "save", "saves", "saved", "retain", "retains", "retained"})
_TRIGGER_CACHE: dict[str, tuple[str, ...]] = {}   # word -> trigger_groups(word): a dict get beats lru_cache per token


@lru_cache(maxsize=1 << 16)
def trigger_groups(tok: str) -> tuple[str, ...]:
    """The trigger groups (TRIGGERS) a lower-cased word belongs to (`promoter` is no `promot` cue)."""
    return tuple(name for name, prefixes in TRIGGER_PREFIXES.items() if tok.startswith(prefixes)
                 and not (name == "effect" and tok in cues.NOT_CUES))
STRONG_ANAPHOR = re.compile(
    r"\b(the|these|those|such|transplanted|grafted|injected|infused|treated|donor|engrafted)"
    r" (cells?|grafts?|treatments?|therap(y|ies)|transplantation|injections?|administration|infusions?|products?)\b"
    r"|\b(they|their|them|this treatment|this therapy|the treatment|the therapy)\b"
    r"|\b(?:both|each|either|neither)(?: of the)? (?:cell |treatment )?(?:cells|types|sources|groups|arms|treatments"
    r"|products|preparations|therapies)\b"
    r"|\b(?:both|neither|these|those) (?:two )?(?:factors?|neurotrophins|growth factors)\b")
TREATMENT_CONTEXT = re.compile(
    r"(transplant|graft|inject|infus|administ|treated|treatment|therapy|implant|post-?transplant"
    r"|following|after|received|recipient|the cells|\bcells\b)")
# `evidence of efficacy on ALSFRS-R remains limited`, `their benefit on survival remains elusive`: a review's
# verdict on the cells' own effect, not a segment about other treatments (`treatment options remain limited`)
UNSETTLED_EFFICACY = re.compile(
    r"\b(?:efficacy|effectiveness|evidence|effects?|benefits?)\b(?: [\w-]+){1,12} remains? (?:limited|elusive)\b")
# a segment about other treatments (`current therapies fail to slow progression`, `no effective
# treatment exists`, `new strategies are needed`): what it says of an outcome is not the cells'
# doing, so no antecedent cell is resolved into it (the cell named in it still pairs as usual)
OTHER_TREATMENT = re.compile(
    r"\b(?:current|currently available|existing|available|conventional|approved|standard|medical|pharmacological"
    r"|symptomatic|traditional|present|drug) (?:therap|treatment|drug|medication|option|approach|strateg|management)"
    r"|\bno (?:effective|curative|disease-modifying|definitive|satisfactory) (?:treatment|therap|cure|drug)"
    r"|\bno cure\b|\bincurable\b"
    # (not the study's own: `the treatment failed to slow X`, `this therapy did not ...`)
    r"|\b(?<!\bthe )(?<!\bthis )(?<!\bour )(?<!\bcell )(?<!\bcells )"
    r"(?:treatments?|therapies|drugs|medications|options|approaches|strategies) (?:only |currently |still )?"
    r"(?:offer|provide|are limited|is limited|remain limited|fail|have failed|cannot|can not|do not|does not|are unable)"
    r"|\b(?:new|novel|alternative|effective|better) (?:therap|treatment|strateg|approach)\w*"
    r"(?: [a-z-]+){0,12} (?:is|are|remains?) (?:urgently |still |therefore |thus )?"
    r"(?:needed|necessary|required|lacking|warranted)"
    r"|\bunmet (?:medical |clinical )?need|\bdespite (?:\w+ )?efforts\b"
    r"|\bremains? (?:limited|elusive|poor|challenging|a (?:major |great |significant )?challenge)\b"
    # the approved drugs of ALS and a neighbour disease's, named as the agent
    r"|\b(?:riluzole|edaravone|tofersen|levodopa|l-dopa)\b"
    # other drugs and supportive care of the neurological diseases the field treats with cells
    r"|\b(?:masitinib|amx0035|sodium phenylbutyrate|nusinersen|natalizumab|fingolimod|ocrelizumab|interferon beta"
    r"|alteplase|thrombolysis|thrombectomy|donepezil|memantine|methylprednisolone|non-invasive ventilation"
    r"|noninvasive ventilation)\b"
    # drugs tried in ALS, named as the agent of a sentence with no cells (`Lithium did not improve survival`,
    # `Antisense oligonucleotides delayed disease onset`)
    r"|\b(?:lithium carbonate|ceftriaxone|dexpramipexole|tirasemtiv|reldesemtiv|arimoclomol|rasagiline|ibudilast"
    r"|methylcobalamin|celecoxib|pentoxifylline|topiramate|talampanel|olesoxime|ozanezumab|perampanel|mexiletine"
    r"|retigabine|ezogabine|taurursodiol|tudca|coenzyme q10|antisense oligonucleotides?|asos?)\b"
    r"|^(?:(?:oral|intravenous|intrathecal|daily|high-dose|low-dose) )?(?:treatment with |administration of )?"
    r"(?:lithium|minocycline|creatine|ivig|intravenous immunoglobulins?)\b"
    # immunosuppression given beside a graft (`tacrolimus was discontinued because of side effects`)
    r"|\b(?:tacrolimus|mycophenolate|cyclosporine|cyclosporin|ciclosporin|basiliximab|immunosuppressi\w*)\b"
    # a combination study's single agent (`Lithium alone did not prolong survival`, `rehabilitation only`)
    r"|\b(?:lithium|minocycline|rehabilitation|physiotherapy|physical therapy|exercise|g-csf|ivig|immunoglobulin"
    r"|drug|medication|pharmacotherapy)(?: treatment| therapy)? (?:alone|only|monotherapy)\b|\bmonotherapy\b")
FACTOR_NAMES = (
    (re.compile(r"\bntfs?\b|neurotrophic"), "factor:ntf"), (re.compile(r"gdnf"), "factor:GDNF"),
    (re.compile(r"bdnf"), "factor:BDNF"), (re.compile(r"vegf"), "factor:VEGFA"),
    (re.compile(r"igf-?(?:1|i\b)"), "factor:IGF1"), (re.compile(r"\bngf"), "factor:NGF"),
    (re.compile(r"\bhgf"), "factor:HGF"), (re.compile(r"cntf"), "factor:CNTF"),
    (re.compile(r"nt-?3\b"), "factor:NTF3"), (re.compile(r"fgf-?2|bfgf"), "factor:FGF2"),
)
# SECRETES needs one of these in the clause: co-occurrence of a cell and a factor is not enough.
SECRETE_GATE = re.compile(r"secret|releas|produc|express|engineer|induc|transduc|transfect|encod|deriv|deliver|carr(?:y|ies|ied|ying)"
                          r"|paracrine|synthes|conditioned|contain|rich in|enrich|modif|overexpress|over-express"
                          r"|source of|supernatant|detected in|immunopositive|immunoreactiv|positive for|stained")
# words by which a sentence naming no cell type still speaks of the cells given
# (or of the treatment's doses: `Each dose was delivered by lumbar puncture`, `two intrathecal injections`)
CELL_WORDS = re.compile(r"\bcells?\b|\bgrafts?\b|\btransplant|\bimplant|\bengraft|\bsecretome|\bexosom|\bvesicles\b"
                        r"|\bdoses?\b|\btreatments?\b|\btherap|\bproducts?\b|\binjections\b|\binfusions\b")
# what a sentence naming no cells must say to credit the antecedent cells with a factor
RESOLVED_SECRETION = re.compile(r"secret|releas|produc|paracrine|conditioned|supernatant|culture medi|elisa")
# a factor looked for and not found in what the cells make: a denied SECRETES
UNDETECTED = re.compile(r"\b(?:undetectable|(?:not|never|nor) (?:be )?(?:detected|detectable|found)|"
                        r"below (?:the )?(?:limits? of detection|detection limits?|(?:lower )?limits? of quantification)|"
                        r"lack(?:ed|s)?|absent|failed to (?:secrete|release|produce|express)|only negligible|"
                        r"negligible amounts?)\b")
# a verb of secretion proper (SECRETE_GATE also lets `deliver`, `contain`, `derived` through)
SECRETE_VERB = re.compile(r"secret|releas|produc|express|engineer|induc|transduc|transfect|encod|synthes|modif")
GENERIC_CELL = re.compile(r"(?:(?:the|these|human|adult|autologous|allogen(?:e)?ic|transplanted|grafted|donor)[ -])*"
                          r"(?:stem[ -]|progenitor[ -]|precursor[ -])?cells?$")
WORD = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")
HOST_CELL = re.compile(r"\b(?:endogenous|host|resident)\b")
# `cell:other` mentions of the body's own cells (`glial cells`, `vascular endothelial cells`,
# `B cells`, `myofibers`): like NATIVE_CELLS, what a therapy acts on unless named as given
NATIVE_OTHER = re.compile(r"\b(?:glia|glial|endothelial|hepatocytes?|fibroblasts?|myofib(?:er|re)s?|myocytes?|"
                          r"[bt][ -]cells?|nk cells?|natural killer|lymphocytes?|leukocytes?|neutrophils?|"
                          r"erythrocytes?|platelets?|keratinocytes?|epithelial|neural cells?|neuronal cells?|"
                          r"dopaminergic|cholinergic|pericytes?|ependymal|muscle cells?|satellite cells?|"
                          # immune and organ cells a drug or graft acts on in other diseases (`targets microglia and
                          # mast cells`, `protects cardiomyocytes`, `inhibits hepatic stellate cells`)
                          r"mast cells?|dendritic cells?|eosinophils?|basophils?|plasma cells?|cardiomyocytes?|"
                          r"stellate cells?|kupffer|islet cells?|beta cells?|β[ -]cells?|podocytes?|enterocytes?|"
                          r"tumou?r cells?|cancer cells?|osteoclasts?|"
                          # what MSCs are shown to differentiate into (`osteoblasts, adipocytes and chondrocytes`)
                          r"osteoblasts?|osteocytes?|adipocytes?|chondrocytes?)\b")
GIVING = "|".join(P.GIVING_STEMS)   # word stems of giving cells (one list with the ruler's route check)
NATIVE_GIVEN = re.compile(rf"{GIVING}|therap|treatment|-based|autologous|allogen|donor|expanded")
# a native cell type named as the therapy itself (`infused Tregs`, `Treg infusion`, `microglia were
# transplanted`; not `microglia after transplantation`): the document's own treatment cell
GIVEN_BEFORE = re.compile(rf"(?:{GIVING}|autologous|allogen|donor|expanded|engineered)\w*\W*$")
# `astrocytes engineered to secrete GDNF were transplanted`: the giving verb after the cells' own modifiers
GIVEN_LATER = re.compile(rf"^[^.;]*?\b(?:were|was)\s+(?:\w+ly\s+)?(?:{GIVING})")
NOT_THEIRS = re.compile(r"\b(?:that|which|who|whose|of|in|from)\b")
GIVEN_AFTER = re.compile(rf"^[^\w.;]*(?:(?:were|was|are|is)\s+)?(?:\w+ly\s+)?(?:{GIVING}|therap|expan)")   # not past the sentence
# a native cell type made from stem cells (`Schwann-like cells`, `iPSC-derived astrocytes`, `motor neurons
# differentiated from ESCs`) is a product, the therapy (annotators give it the type it is named as)
DERIVED_NAME = re.compile(r"-like\b|derived\b")
DERIVED_AFTER = re.compile(r"^\W*(?:derived|differentiated|generated|induced|obtained|produced|made)\s+from\b")
# `MSCs differentiated into neuron-like cells`: what the graft became, not what was given
BECAME = re.compile(r"\b(?:into|toward|towards|to)\W*$")
SUBJ_TREATMENT = re.compile(r"treated|transplanted|injected|grafted|-based|therapy|transplantation|treatment")
FACTOR_DELIVERED = re.compile(r"deliver|inject|administ|infus|recombinant|treat|aav|gene|therap|dose")
# a factor named as the thing measured (`expression of VEGF`, `BDNF levels`) is an outcome
# measure, rarely the agent of a change
MEASURED_BEFORE = frozenset({"expression", "level", "levels", "concentration", "concentrations", "secretion",
                             "release", "mrna", "content", "amount", "amounts", "production", "immunoreactivity"})
MEASURED_AFTER = MEASURED_BEFORE | {"protein", "gene", "genes", "positive", "+", "immunostaining", "staining"}
COORDINATION = frozenset({"and", "or", ",", "with", "plus", "/", "combined", "together", "in", "combination",
                          "along", "as", "well", "both"})
# a cell name that says what the cells make: `GDNF-secreting MSCs`, `MSC-NTF`, `MSC-HGF`, `BDNF-MSCs`,
# `HGF-transfected MSCs` (not cells given a factor: `VEGF-primed MSCs`, NOT_SECRETING_NAME)
_FACTOR_TAGS = r"gdnf|bdnf|vegf\w*|igf-?(?:1|i)|hgf|ngf|cntf|nt-?3|bfgf|fgf-?2"
SECRETING_NAME = re.compile(r"secret|express|overexpress|produc|releas|engineer|transduc|transfect|modif|-ntf|ntf\b"
                            rf"|nurown|-(?:{_FACTOR_TAGS})\b|^(?:{_FACTOR_TAGS})-")
NOT_SECRETING_NAME = re.compile(r"prim|precondition|pre-condition|pretreat|pre-treat|stimulat|treated|expos|cultur")


@dataclass
class RelationMention:
    """One sentence (or neighbouring sentences) stating a relation. Plain values only: pickles."""
    predicate: str
    subject_text: str
    subject_label: str
    subject_id: str
    subject_start: int
    subject_end: int
    object_text: str
    object_label: str
    object_id: str
    object_start: int
    object_end: int
    effect: str | None
    negated: bool
    hedged: bool
    confidence: float
    evidence_start: int
    evidence_end: int
    sentence: int
    section: str
    resolved: bool = False          # the subject is an antecedent in an earlier sentence
    effect_cue: str | None = None
    hedge_cue: str | None = None
    negation_cue: str | None = None
    evidence: str | None = None     # the evidence text, set at extraction (Doc.text costs a Token per token)


# --- segments and entities -------------------------------------------------------------------

@dataclass(frozen=True)
class Segment:
    index: int
    start: int          # token offsets in the doc
    end: int
    section: str
    section_source: str = "label"   # label | cue | position


@dataclass
class TokenView:
    """Per-token values read once per document, as plain lists (Token and Span access in spaCy
    is not free, and Doc.text joins every token on each access). Lower-cased token strings are
    cut from the text per segment, only where a candidate needs them (`words`)."""
    ent_type: list[int]        # string hashes; see OUTCOME_OR_DISEASE
    line_ends: list[int]       # sorted indices of the tokens that end a line
    space: list[bool]
    start: list[int]           # character offsets
    end: list[int]
    text: str
    text_lower: str
    sent_starts: list[int] | None = None   # token indices; None when the doc has no sentences

    def words(self, a: int, b: int) -> list[str]:
        """The lower-cased strings of tokens a..b (exclusive)."""
        low = self.text_lower
        return [low[x:y] for x, y in zip(self.start[a:b], self.end[a:b])]

    def span_lower(self, a: int, b: int) -> str:
        """The lower-cased text of tokens a..b (exclusive), clipped to the document."""
        a, b = max(0, a), min(len(self.start), b)
        return self.text_lower[self.start[a]:self.end[b - 1]] if b > a else ""

    def strip(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets of tokens a..b without surrounding whitespace."""
        start, end = self.start[a], self.end[b - 1]
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end


_ORTH_TEXT: dict[tuple[int, bool], str] = {}   # (orth, trailing space) -> text: a dict get beats StringStore


def fast_text(doc: Doc, orth: list[int] | None = None, spacy_: list[int] | None = None) -> str:
    """Doc.text rebuilt from the string store (Doc.text makes a Token object per token)."""
    if orth is None:
        arr = doc.to_array([ORTH, SPACY])
        orth, spacy_ = arr[:, 0].tolist(), arr[:, 1].tolist()
    cache = _ORTH_TEXT
    if len(cache) > 1 << 18:
        cache.clear()
    pieces = []
    for key in zip(orth, spacy_):
        t = cache.get(key)
        if t is None:
            t = doc.vocab.strings[key[0]]
            t = cache[key] = t + " " if key[1] else t
        pieces.append(t)
    return "".join(pieces)


def token_view(doc: Doc) -> TokenView:
    if len(doc) == 0:
        return TokenView([], [], [], [], [], doc.text, doc.text.lower())
    has_sents = doc.has_annotation("SENT_START")
    arr = doc.to_array([IDX, LENGTH, ENT_TYPE, IS_SPACE, ORTH, SPACY] + ([SENT_START] if has_sents else []))
    sent_starts = None
    if has_sents:
        flags = arr[:, 6]
        flags[0] = 1
        sent_starts = (flags == 1).nonzero()[0].tolist()
    text = fast_text(doc, arr[:, 4].tolist(), arr[:, 5].tolist())
    low = lower_with_hyphens(text)
    start = arr[:, 0].tolist()
    end = (arr[:, 0] + arr[:, 1]).tolist()
    if len(low) != len(text):   # a lower-casing that changes lengths (rare): lower per character
        low = lower_with_hyphens("".join(c.lower() if len(c.lower()) == 1 else c for c in text))
    # a token ends a line when a newline lies in it or in the whitespace after it
    line_ends: list[int] = []
    nl = text.find("\n")
    while nl >= 0:
        i = bisect.bisect_right(start, nl) - 1
        if i >= 0 and (not line_ends or line_ends[-1] != i):
            line_ends.append(i)
        nl = text.find("\n", nl + 1)
    return TokenView(arr[:, 2].tolist(), line_ends, arr[:, 3].astype(bool).tolist(), start, end, text, low,
                     sent_starts)


def segments(doc: Doc, view: TokenView | None = None, needed: list[int] | None = None) -> list[Segment]:
    """The doc's sentences, cut again at newline tokens; each with its section.

    With `needed` (token indices), only segments holding one of them get a section (others: "")."""
    view = view or token_view(doc)
    if len(doc) and view.sent_starts is not None:
        starts = view.sent_starts
        sents = list(zip(starts, starts[1:] + [len(doc)]))
    else:
        sents = [(0, len(doc))]
    breaks = view.line_ends      # sorted token indices that end a line
    pieces: list[tuple[int, int]] = []
    for start, end in sents:
        cur = start
        k = bisect.bisect_left(breaks, start)
        while k < len(breaks) and breaks[k] < end:
            i = breaks[k]
            stop = i + (0 if view.space[i] else 1)
            if stop > cur:
                pieces.append((cur, stop))
            cur = i + 1
            k += 1
        if end > cur:
            pieces.append((cur, end))
    pieces = [(a, b) for a, b in pieces if not all(view.space[a:b])]
    # sections cost regexes per segment: decide them only where an argument of a relation lies
    if needed is None:
        wanted = list(range(len(pieces)))
    else:
        needed = sorted(needed)
        wanted = [i for i, (a, b) in enumerate(pieces) if _any_in(needed, a, b)]
    names = dict(zip(wanted, sections_of_spans(view.text, doc._.sections,
                                               [(view.start[pieces[i][0]], view.end[pieces[i][1] - 1]) for i in wanted])
                     if wanted else ()))
    return [Segment(i, a, b, *names.get(i, ("", "none"))) for i, (a, b) in enumerate(pieces)]


def concept_of(ent: Span) -> str:
    """The entity's concept id, `<label>:other` when the linker left none."""
    cid = ent._.concept_id
    return cid if cid else f"{LABEL_PREFIX.get(ent.label_, ent.label_.lower())}:other"


def concepts_of(doc: Doc, ents: list[Span], view: TokenView) -> dict[tuple[int, int], str]:
    """concept_of for every entity, keyed by token offsets. Span._ builds an Underscore object per
    access (a tenth of the stage's time on sparse documents); spaCy keeps a span's extension
    values in doc.user_data under ("._.", name, start_char, end_char), read here directly, and
    Span._ is asked only when that key is absent (a getter or default then decides)."""
    data = doc.user_data
    out = {}
    for e in ents:
        key = ("._.", "concept_id", view.start[e.start], view.end[e.end - 1])
        cid = data[key] if key in data else e._.concept_id
        out[(e.start, e.end)] = cid if cid else f"{LABEL_PREFIX.get(e.label_, e.label_.lower())}:other"
    return out


def cell_kind(concept: str) -> str:
    if concept in MSC_CELLS:
        return "msc"
    if concept in NATIVE_CELLS:
        return "native"
    if concept == "cell:other":
        return "other"
    return "progenitor"


def _given_later(after: str) -> bool:
    """`engineered to secrete GDNF were transplanted`: a giving verb whose subject the cells still are
    (no relative pronoun or preposition hands the verb to another noun on the way)."""
    m = GIVEN_LATER.search(after)
    return bool(m) and not NOT_THEIRS.search(after[:m.start(0) + len(m.group(0))])


def given_natives(ents: list[Span], view: TokenView, concept) -> frozenset[str]:
    """Native cell types (NATIVE_CELLS) that the document names as given: its therapy, not its target."""
    out = set()
    for e in ents:
        if e.label_ == "CELL_TYPE" and concept(e) in NATIVE_CELLS and concept(e) not in out and not BECAME.search(
                view.span_lower(e.start - 2, e.start)) and (
                GIVEN_BEFORE.search(view.span_lower(e.start - 2, e.start))
                or GIVEN_AFTER.search(view.span_lower(e.end, e.end + 3))
                or _given_later(view.span_lower(e.end, e.end + 8))
                or (DERIVED_NAME.search(view.span_lower(e.start, e.end))
                    or DERIVED_AFTER.search(view.span_lower(e.end, e.end + 3)))
                and not PATIENT_MODEL.search(view.span_lower(e.start - 2, e.end + 12))):
            out.add(concept(e))
    return frozenset(out)


# what blocks a factor in a loss-of-function experiment
BLOCKING_REAGENT = re.compile(r"\b(?:anti-[\w-]+|antibod\w*|neutrali[sz]\w*|sirna|shrna|knock-?down|knock-?out|"
                              r"silenc\w*|antagonist\w*|inhibitors?|blockade)\b")
# cells used to reproduce the disease, not to treat it
MODELLING = re.compile(r"\b(?:to model|(?:disease |in vitro )?model(?:l)?ing)\b")
# a clause that says what the disease model (or the disease) does of itself, up to its clause's end
MODEL_CLAUSE = re.compile(r"\b(?:model|models|mice|rats|animals)\b,? (?:which|that|who) (?:\w+ ){0,2}?"
                          r"(?:recapitulat|develop|exhibit|display|mimic|reproduc|manifest|suffer)\w*[^,;.]*"
                          r"|\bin this model,? [^,;.]*")


# native cells made from patients' cells are a disease model, not a therapy: `ALS iPSC-derived motor
# neurons`, `patient-derived astrocytes`, `iPSC-derived astrocytes from ALS patients`
# (never across the title's line break: a title ending `... in ALS` is no `ALS-derived` for the next line)
PATIENT_MODEL = re.compile(r"\b(?:als|patients?|sals|fals|sod1|c9orf72|tdp-43|fus|diseased)[ \t-]+(?:[\w]+[ \t-]+)?"
                           r"derived\b|\bderived\b(?:(?!transplant|graft|inject|infus|administ|deliver|implant)[^.;\n]){0,60}"
                           r"\b(?:from|of)\s+(?:\w+\s+){0,2}patients\b")


def focus_cell(doc: Doc, ents: list[Span], title_end: int, view: TokenView | None = None,
               concept=None, given: frozenset[str] = frozenset()) -> str | None:
    """The document's treatment cell: treatment cells weighted by frequency, title and triggers."""
    view = view or token_view(doc)
    concept = concept or concept_of
    score: dict[str, float] = {}
    for e in ents:
        if e.label_ != "CELL_TYPE":
            continue
        c = concept(e)
        if c in NATIVE_CELLS and c not in given:
            continue
        w = 1.0 + (2.0 if view.start[e.start] < title_end else 0.0)
        ctx = view.span_lower(e.start - 4, e.end + 4)
        if TREATMENT_CONTEXT.search(ctx):
            w += 1.0
        score[c] = score.get(c, 0.0) + w
    return max(score, key=score.get) if score else None


HOST_AFTER = re.compile(r"^\s*(?:(?:isolated|obtained|collected|taken|sampled)\s+)?(?:from|of)\s+(?:the\s+)?"
                        r"(?:[\w-]+-)?(?:treated|transplanted|grafted|injected|infused)\s+"
                        r"(?:patients|mice|rats|animals|subjects|participants)\b")
# a product named with its source cells inside its mention (`conditioned medium from WJ-MSCs`)
PRODUCT_SOURCE_WORDS = re.compile(r"\b(?:from|of)\b|-derived\b|\bderived\b|\b(?:secreted|released|produced|shed) by\b")
SOURCE_OF_PRODUCT = re.compile(r"(?:\b(?:derived|differentiated|generated|obtained|produced|made|isolated|secreted|"
                               r"released|expanded|cultured|grown|established|propagated|prepared|reprogrammed|collected|harvested|"
                               r"purified|extracted|recovered)\s+|(?:cells|npcs|nscs|neurons|astrocytes|exosomes|evs|vesicles|"
                               r"medium|media|secretome|supernatants?)(?:\s*\([^()]{1,20}\))?\s+)"
                               r"from(?:\s+(?:the|human))?\s*$")


PARENT_OF_PRODUCT = re.compile(r"\b(?:their|its)\s+parent(?:al)?\s*$")


def _product_before(ents: list[Span], e: Span) -> bool:
    """A cell or cell product named right before `<derived> from` e (`astrocytes derived from ESCs`)."""
    return any(x.label_ == "CELL_TYPE" and x.end <= e.start and e.start - x.end <= 4 and x is not e for x in ents)


def focus_factor(ents: list[Span], title_end: int, view: TokenView, concept, seg_of=None) -> str | None:
    """The factor a cell-free study gives: named in the title or where it is delivered (`recombinant
    BDNF`, `AAV-GDNF`, `IGF-1 was given`), weighted by frequency; None when no mention is either."""
    score: dict[str, float] = {}
    anchored: set[str] = set()
    title_factors: set[str] = set()
    for e in ents:
        if e.label_ != "NEUROTROPHIC_FACTOR":
            continue
        c = concept(e)
        if c == "factor:ntf":    # a class of factors is what reviews discuss, not a drug a study gives
            continue
        w = 1.0
        if VARIANT_AFTER.match(view.span_lower(e.end, min(e.end + 3, len(view.start)))):
            continue   # `The BDNF Val66Met polymorphism and disease course`: a genotype, not a factor given
        if view.start[e.start] < title_end:
            w += 2.0
            anchored.add(c)
            title_factors.add(c)
        if FACTOR_DELIVERED.search(view.span_lower(e.start - 3, e.end + 3)):
            w += 1.0
            anchored.add(c)
        score[c] = score.get(c, 0.0) + w
    if seg_of is not None:
        # `Earlier attempts to treat ALS with BDNF delivered intrathecally did not improve survival`, then a trial
        # of a drug that is no entity: a factor named once, in one background sentence on past trials, is not
        # the study's therapy (its results would all be credited to it)
        for c in list(anchored):
            if c in title_factors:
                continue
            segs_c = {seg_of(e.start) for e in ents if e.label_ == "NEUROTROPHIC_FACTOR" and concept(e) == c}
            if len(segs_c) == 1:
                seg = next(iter(segs_c))
                if seg is not None and FACTOR_HISTORY.search(view.span_lower(seg.start, seg.end)):
                    anchored.discard(c)
    score = {c: v for c, v in score.items() if c in anchored}
    return max(score, key=score.get) if score else None


# words of a background sentence on past attempts (`Earlier trials of CNTF failed`, `has been tested for decades`)
FACTOR_HISTORY = re.compile(r"\b(?:earlier|previous(?:ly)?|prior|past|decades?|failed|attempts?|"
                            r"(?:have|has|had)\s+been\s+(?:tested|tried|evaluated|investigated|studied))\b")


# --- candidates and features -------------------------------------------------------------------

@dataclass
class Candidate:
    predicate: str
    subj: Span
    obj: Span
    seg: Segment
    subj_seg: Segment
    resolved: bool
    features: dict[str, float]
    scope: tuple[int, int]          # clause, in segment-relative token offsets
    toks: list[str]                 # the segment's lower-cased tokens


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _hits(toks: list[str], lo: int, hi: int, prefixes, skip: set[int]) -> int:
    return sum(1 for i in range(lo, hi) if i not in skip and toks[i].startswith(tuple(prefixes)))


def candidates(doc: Doc, max_subjects: int = 4, max_distance: int = 60, max_back: int = 3,
               view: TokenView | None = None, segs: list[Segment] | None = None,
               ents: list[Span] | None = None, concepts: dict[tuple[int, int], str] | None = None) -> list[Candidate]:
    """Every (subject, object) pair worth scoring, with its features. See the module docstring."""
    view = view or token_view(doc)
    segs = segs if segs is not None else segments(doc, view)
    if not segs:
        return []
    ents = [e for e in (ents if ents is not None else doc.ents) if e.label_ in LABEL_PREFIX]
    if concepts is None:
        concepts = {(e.start, e.end): concept_of(e) for e in ents}   # Span._ access is not free
    # `stem cells`, `the cells`: a generic mention names no cell type of its own; like an
    # anaphor it points at the treatment cell (the gold records the relation there), so it is
    # neither a subject nor an antecedent, and its segment resolves to the antecedent
    generic = {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and concepts[(e.start, e.end)] == "cell:other"
               and GENERIC_CELL.match(view.text_lower[view.start[e.start]:view.end[e.end - 1]])}
    if generic:
        ents = [e for e in ents if (e.start, e.end) not in generic]

    def concept(e: Span) -> str:
        return concepts[(e.start, e.end)]

    title_end = view.text.find("\n") if "\n" in view.text else len(view.text)
    given = given_natives(ents, view, concept)
    focus = focus_cell(doc, ents, title_end, view, concept, given)
    doc_info = {
        "focus": focus,
        "has_cells": any(e.label_ == "CELL_TYPE" and (concept(e) not in NATIVE_CELLS or concept(e) in given)
                         for e in ents),
        "title_concepts": {concept(e) for e in ents if view.start[e.start] < title_end},
        "view": view,
        "concept": concept,
        "memo": {},       # regex answers per span, shared by the candidates of the document
    }
    seg_starts = [s.start for s in segs]
    native_memo: dict[tuple[int, int], bool] = {}
    # cells a therapy acts on: native cell types, and any cell named as the host's own
    # (`recruitment of endogenous neural progenitor cells`); they never stand for the treatment
    targets = {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and (
        concept(e) in NATIVE_CELLS and concept(e) not in given or HOST_CELL.search(view.span_lower(e.start - 2, e.start))
        or concept(e) == "cell:other" and NATIVE_OTHER.search(view.span_lower(e.start, e.end))
        # `peripheral blood mononuclear cells from treated patients`: cells taken from the recipients
        or HOST_AFTER.match(view.span_lower(e.end, e.end + 5)))}
    # `astrocytes derived from embryonic stem cells`, `exosomes derived from MSCs`, `small extracellular
    # vesicles (sEVs) from ADSCs`: the source of what was given, never its subject (SOURCE.md: derived cells take the type they are named as)
    sources = {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and e.start >= 3
               and SOURCE_OF_PRODUCT.search(view.span_lower(max(0, e.start - 6), e.start)) and _product_before(ents, e)}
    # `MSC-derived exosomes retain the properties of their parent MSCs`: the product's own source cells
    sources |= {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and e.start >= 2
                and PARENT_OF_PRODUCT.search(view.span_lower(e.start - 2, e.start))}
    # `Conditioned medium from Wharton's jelly MSCs (WJ-MSCs)`, `Exosomes secreted by mesenchymal stem cells (MSCs)`:
    # the short form of the product's source cells
    products = {e.end: e for e in ents if e.label_ == "CELL_TYPE" and concept(e) == "cell:msc_ev"}
    sources |= {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and e.start >= 2
                and view.span_lower(e.start - 1, e.start) == "(" and (e.start - 1) in products and concept(e) != "cell:msc_ev"
                and PRODUCT_SOURCE_WORDS.search(view.span_lower(products[e.start - 1].start, e.start - 1))}
    # `motor neurons derived from induced pluripotent stem cells (iPSCs)`: the source's short form
    source_ends = {e for _, e in sources}
    sources |= {(e.start, e.end) for e in ents if e.label_ == "CELL_TYPE" and e.start >= 1
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
            native_memo[key] = bool(NATIVE_GIVEN.search(view.span_lower(lo, hi)))
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
    last_cell: Span | None = None
    last_cell_seg: Segment | None = None
    last_factor: tuple[Span, Segment] | None = None
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
    for seg in segs:
        seg_ents = by_seg.get(seg.index, [])
        body = view.start[seg.start] > title_end
        opening = body and not treatment_seen
        if body and not treatment_seen:
            treatment_seen = bool(OPENING_ENDS.search(view.span_lower(seg.start, seg.end))) or any(
                e.label_ == "CELL_TYPE" and not is_target(e) for e in seg_ents) or any(
                seg.start <= a < seg.end for a, _ in generic)
        if not seg_ents:
            if last_cell is not None and seg.index - last_cell_seg.index > max_back:
                first = next((e for e in ents if e.label_ == "CELL_TYPE" and concept(e) == focus), None)
                if first is not None:
                    last_cell, last_cell_seg = first, seg_of(first.start)
            continue
        # the pairs first (cheap); the segment's words, triggers and clauses only when there are some
        pairs: list[tuple] = []
        factor_anaphor = bool(last_factors) and FACTOR_ANAPHOR.search(view.span_lower(seg.start, seg.end)) is not None
        if any(e.label_ in OBJECT_LABELS for e in seg_ents):
            for pred, (s_label, o_label) in PREDICATES.items():
                objects = [e for e in seg_ents if e.label_ == o_label]
                if not objects:
                    continue
                subjects = [e for e in seg_ents if e.label_ == s_label]
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
                    for rank, subj in enumerate(ranked):
                        if native_gate and not _native_treatment(subj):
                            continue
                        pairs.append((pred, subj, obj, seg, False, rank, len(subjects), False))
                    if s_label == "NEUROTROPHIC_FACTOR" and not subjects and len(last_factors) > 0 and \
                            seg.index - last_factors_seg.index <= max_back and factor_anaphor:
                        # `Both factors reduced motor neuron loss`, `these factors delayed onset`: every factor
                        # named just before (not the cells that made them)
                        pairs.extend((pred, f, obj, last_factors_seg, True, 0, 0, k > 0)
                                     for k, f in enumerate(last_factors))
                        continue
                    if s_label == "CELL_TYPE" and not treatment_cells and last_cell is not None and not factor_study \
                            and not (factor_anaphor and last_factors) and not (
                                pred == "AFFECTS" and opening and view.start[last_cell_seg.start] < title_end
                                and _disease_opening(view, seg)):
                        pairs.append((pred, last_cell, obj, last_cell_seg, True, 0, len(subjects), False))
                        seg_low = view.span_lower(seg.start, seg.end)
                        if last_arms and (seg.index - last_arms_seg.index <= max_back and BOTH_ARMS.search(seg_low)
                                          or arms_compared and last_arms_seg is last_cell_seg
                                          and PLURAL_ANAPHOR.search(seg_low)):
                            # `Both cell types were injected intrathecally`, `We compared A and B. The cells
                            # were injected intravenously`: every arm of the comparison
                            pairs.extend((pred, c, obj, last_arms_seg, True, 0, len(subjects), True)
                                         for c in last_arms if concept(c) != concept(last_cell))
                    elif s_label == "NEUROTROPHIC_FACTOR" and not subjects and last_factor is not None and not (
                            any(e.label_ == "CELL_TYPE" and not is_target(e) for e in seg_ents)):
                        # (`MSCs secreted GDNF. Intrathecal MSCs prolonged survival`: the cells' result, not GDNF's)
                        if seg.index - last_factor[1].index <= 1:
                            pairs.append((pred, last_factor[0], obj, last_factor[1], True, 0, 0, False))
                        elif last_focus_factor is not None:
                            pairs.append((pred, last_focus_factor[0], obj, last_focus_factor[1], True, 0, 0, False))
        if pairs:
            if seg.section_source == "none":    # sections are decided only where pairs arise
                name, how = sections_of_spans(view.text, doc._.sections,
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
            for i, t in enumerate(toks):
                g = groups.get(t)
                if g is None:
                    if len(groups) > 1 << 17:
                        groups.clear()
                    g = groups[t] = trigger_groups(t)
                if g and i not in trig_toks:
                    for name in g:
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
        if cells and last_cell is not None and concept(last_cell) == focus and \
                not any(_same_cells(concept(e), focus) for e in cells) and _making_only(view.span_lower(seg.start, seg.end)):
            # `Bone marrow MSCs were isolated and induced to secrete NTFs`, `CD34+ cells made up 2%`: how the
            # product was made or characterised; `Treatment was well tolerated` still speaks of the product given
            cells = []
        if cells and last_cell is not None and concept(last_cell) != "cell:msc_ev" and all(
                concept(e) == "cell:msc_ev" for e in cells) and IN_VITRO.search(view.span_lower(seg.start, seg.end)):
            # `In vitro, MSC-conditioned medium protected motor neurons`: a side experiment with the cells'
            # product; `Treated mice lived longer` after it still speaks of the cells given
            cells = []
        if cells:
            fav = [e for e in cells if concept(e) == focus]
            last_cell, last_cell_seg = (fav or cells)[-1], seg
            last_cells = [e for k, e in enumerate(cells) if concept(e) not in {concept(x) for x in cells[:k]}]
            arms = [e for e in last_cells if not (concept(e) == "cell:msc" and any(
                concept(x) in P.MSC_FAMILY and concept(x) != "cell:msc" for x in last_cells))]
            if len(arms) > 1:
                last_arms, last_arms_seg = arms, seg
                arms_compared = COMPARED_ARMS.search(view.span_lower(seg.start, seg.end)) is not None
        elif last_cell is not None and seg.index - last_cell_seg.index > max_back:
            # too far back: fall back to the focus cell's first mention
            first = next((e for e in ents if e.label_ == "CELL_TYPE" and concept(e) == focus), None)
            if first is not None:
                last_cell, last_cell_seg = first, seg_of(first.start)
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


INDUCING = re.compile(r"(?:induc|caus|produc|provok|creat|generat)(?:e|es|ed|ing)|(?:trigger|elicit)(?:s|ed|ing)?")
# (`leads to`, `results in`: only with their preposition; `results of X` names a measure)
INDUCING_WITH = {"lead": "to", "leads": "to", "led": "to", "leading": "to", "result": "in", "results": "in",
                 "resulted": "in", "resulting": "in"}


def _induced_harm(c: Candidate) -> bool:
    """The outcome is what a verb of inducing brings about (`to induce neuroinflammation and neuron loss`,
    `which causes demyelination`), within a few words, and the sentence states no change that could be a
    result (no favorable or null cue): the disease model is being made, not treated."""
    o0 = c.obj.start - c.seg.start
    at = None
    for k in range(o0 - 1, max(-1, o0 - 8), -1):
        t = c.toks[k]
        if INDUCING.fullmatch(t) or t in INDUCING_WITH and c.toks[k + 1] == INDUCING_WITH[t]:
            at = k
            break
        if t in (";", ".") or t in cues.CLAUSE_BREAKS or cues.cue_kind(t, True):
            return False
    if at is None:
        return False
    for t in c.toks:
        found = cues.cue_kind(t, True)
        if found is not None and found[0] in ("favorable", "null"):
            return False
    return True


# what ends the abstract's opening (see `candidates`): a word of giving, treating or the cells
OPENING_ENDS = re.compile(rf"\b(?:{GIVING}|treated|treating|treatment|therap|received|receiving|given|recipients?|"
                          r"transplant|graft|implant|cells?\b|we\b|our\b|here\b|this (?:study|review|paper|article))")


def _disease_opening(view: TokenView, seg: Segment) -> bool:
    """A segment of the abstract's opening that names neither treatment nor anaphor and states no change
    that could be a result (only a cue of harm done, or none): the disease, its model or its burden."""
    text = view.span_lower(seg.start, seg.end)
    if TREATMENT_CONTEXT.search(text) or STRONG_ANAPHOR.search(text):
        return False
    for t in view.words(seg.start, seg.end):
        found = cues.cue_kind(t, True)
        if found is not None and found[0] in ("favorable", "null"):
            return False
    return True


ARM_COPY = "arm_copy"   # feature of a candidate that a `both`-anaphor copies to a comparison's other arm
MAKING = re.compile(r"\b(?:isolat|expand|cultur|grown|propagat|prepar|induc|reprogramm|sort|label|characteri|"
                    r"harvest|aspirat|thaw|cryopreserv|differentiat|made up|passag|manufactur|generat|purif|"
                    r"positive for|negative for|express)")


def _native_actor(c: Candidate, view: TokenView) -> bool:
    """A native cell (microglia, Tregs, motor neurons) named before the outcome in a sentence that gives
    nothing and names no treated subject: what it says of the outcome is the native cell's doing."""
    natives = [e for e in c.obj.doc[c.seg.start:c.obj.start].ents if e.label_ == "CELL_TYPE"
               and concept_of(e) in NATIVE_CELLS]
    return bool(natives) and TREATED_WORDS.search(view.span_lower(c.seg.start, c.seg.end)) is None


TREATED_WORDS = re.compile(rf"\b(?:{GIVING}|treated|treatment|therapy|received|receiving|given|recipients?)")


def _same_cells(cid: str, focus: str | None) -> bool:
    """The focus cell or a more specific name of it (`bone marrow MSCs` in a study of `MSCs`)."""
    return cid == focus or (focus == "cell:msc" and cid in P.MSC_FAMILY) or (focus == "cell:uc_msc" and cid == "cell:wj_msc")


def _making_only(seg_text: str) -> bool:
    """A sentence on how cells were made or characterised that gives no cells to anyone."""
    return MAKING.search(seg_text) is not None and TREATED_WORDS.search(seg_text) is None


# an anaphor that takes in every cell of a comparison named just before
BOTH_ARMS = re.compile(r"\bboth\b|\b(?:all|each|either|neither|none)(?: of)? (?:the )?(?:(?:two|three) )?(?:cell types?|"
                       r"(?:cell )?populations?|cell therap(?:y|ies)|cells|products?|preparations?|groups?|arms?|treatments?|"
                       r"therap(?:y|ies))\b")

IN_VITRO = re.compile(r"\bin vitro\b|co-?cultur|\bcultured\b|\bnsc-34\b|\bcell lines?\b")
# an anaphor for the factors named just before (`Both factors`, `these neurotrophins`, `neither factor`)
FACTOR_ANAPHOR = re.compile(r"\b(?:both|neither|these|those|the two|all|each|either)(?: of the)? (?:two |three |four )?"
                            r"(?:factors?|neurotrophins|growth factors|proteins|molecules)\b")
COMPARED_ARMS = re.compile(r"\bcompar|\bversus\b|\bvs\b|\brandomi[sz]|\beither\b|\bor\b")
# a sentence that opens on the graft itself (`The transplanted cells ...`, `Grafted cells ...`)
GRAFT_ANAPHOR = re.compile(r"^(?:the |these )?(?:transplanted|grafted|injected|infused|engrafted|implanted|administered) "
                           r"(?:cells|grafts)\b")
# a plain plural anaphor for what was given: after a comparison it takes in every arm
PLURAL_ANAPHOR = re.compile(r"^(?:the |these )?(?:(?:transplanted|grafted|injected|infused|engrafted) )?(?:cells|grafts)\b"
                            r"|\btreated (?:mice|rats|animals|patients)\b")


def _any_in(sorted_pos: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions holds one in [lo, hi)."""
    i = bisect.bisect_left(sorted_pos, lo)
    return i < len(sorted_pos) and sorted_pos[i] < hi


def _gap(a: Span, b: Span) -> int:
    return max(0, b.start - a.end, a.start - b.end)


# "PRED|name" strings, built once: formatting them per candidate showed in profiles
_FEATURE_NAMES: dict[str, dict[str, str]] = {pred: {} for pred in PREDICATES}


def _candidate(doc, pred, subj, obj, seg, subj_seg, resolved, toks, seg_text, ent_toks, n_ents, rank,
               n_subj, doc_info) -> Candidate:
    focus, view = doc_info["focus"], doc_info["view"]
    f: dict[str, float] = {}
    o0, o1 = obj.start - seg.start, obj.end - seg.start
    if resolved:
        lo, hi = o0, o1
    else:
        s0, s1 = subj.start - seg.start, subj.end - seg.start
        lo, hi = min(s0, o0), max(s1, o1)
    c_lo, c_hi = doc_info["clauses"].scope(lo, hi)
    skip = ent_toks
    sc = doc_info["concept"](subj)

    names = _FEATURE_NAMES[pred]

    def add(name: str, v: float = 1.0) -> None:
        key = names.get(name)
        if key is None:
            key = names[name] = f"{pred}|{name}"
        f[key] = v

    add("bias")
    add(f"section={seg.section}")
    if resolved:
        add("resolved")
        back = seg.index - subj_seg.index
        add(f"back={_bin(back, (1, 2, 4))}")
        flags = doc_info["seg_flags"]
        if flags is None:   # once per segment
            flags = doc_info["seg_flags"] = (bool(doc_info.get("generic_here") or STRONG_ANAPHOR.search(seg_text)),
                                             bool(TREATMENT_CONTEXT.search(seg_text)),
                                             bool(OTHER_TREATMENT.search(seg_text))
                                             and not UNSETTLED_EFFICACY.search(seg_text))
        add("anaphor" if flags[0] else "no_anaphor")
        if flags[1]:
            add("treatment_context")
        if flags[2]:
            add("other_treatment")
    else:
        gap = _gap(subj, obj)
        add(f"gap={_bin(gap, (0, 2, 5, 10, 20, 35))}")
        add("subj_first" if subj.start < obj.start else "obj_first")
        add(f"rank={min(rank, 2)}")
        ent_pos = doc_info["ent_pos"]
        between = bisect.bisect_left(ent_pos, hi) - bisect.bisect_left(ent_pos, lo) - len(subj) - len(obj)
        add(f"ents_between={_bin(max(0, between), (0, 2, 5))}")
        span = toks[lo:hi]
        if not cues.CLAUSE_BREAKS.isdisjoint(span):
            add("clause_break")
        if span.count("(") > span.count(")"):
            add("in_parens")
        for name, pos in doc_info["trig_pos"].items():
            if _any_in(pos, lo, hi):
                add(f"between_{name}")
    for name, pos in doc_info["trig_pos"].items():
        if _any_in(pos, c_lo, c_hi):
            add(f"clause_{name}")
    if pred != "FACTOR_AFFECTS":
        add(f"cell={cell_kind(sc)}")
        if sc == focus:
            add("focus")
        memo = doc_info["memo"]
        key = ("treated", subj.start, subj.end)
        if key not in memo:
            memo[key] = bool(SUBJ_TREATMENT.search(view.span_lower(subj.start, subj.end + 2)))
        if memo[key]:
            add("subj_treatment")
    else:
        add("doc_has_cells" if doc_info["has_cells"] else "doc_no_cells")
        if sc in doc_info["title_concepts"]:
            add("factor_in_title")
        memo = doc_info["memo"]
        key = ("delivered", max(seg.start, subj.start - 4), min(seg.end, subj.end + 4))
        if key not in memo:
            memo[key] = bool(FACTOR_DELIVERED.search(view.span_lower(key[1], key[2])))
        if memo[key]:
            add("factor_delivered")
    add(f"n_subj={_bin(n_subj, (0, 1, 3))}")
    add(f"n_ents={_bin(n_ents, (4, 10, 20))}")
    # where the factor sits: measured (`levels of BDNF`), one of a list (`NGF, BDNF, GDNF and
    # VEGF have short half-lives`), or merely coordinated with the cells (`cells and IGF-1`)
    fac = subj if pred == "FACTOR_AFFECTS" and not resolved else obj if pred == "SECRETES" else None
    if fac is not None:
        f0, f1 = fac.start - seg.start, fac.end - seg.start
        if not MEASURED_BEFORE.isdisjoint(toks[max(0, f0 - 3):f0]) and "of" in toks[max(0, f0 - 2):f0]:
            add("factor_measured")
        elif not MEASURED_AFTER.isdisjoint(toks[f1:f1 + 2]):
            add("factor_measured")
        near = toks[max(0, f0 - 4):f0] + toks[f1:f1 + 4]
        if near.count(",") >= 2 or (near.count(",") >= 1 and ("and" in near or "or" in near) and not resolved
                                     and abs(f0 - (obj.start - seg.start if fac is subj else s0)) > 3):
            add("factor_enumerated")
    if not resolved and hi - lo - len(subj) - len(obj) <= 4:
        mid = toks[min(s1, o1):max(s0, o0)]
        if mid and set(mid) <= COORDINATION:
            add("coordinated")
    if pred in EFFECT_PREDICATES:
        oc = doc_info["concept"](obj)
        add(f"obj={oc}")
        memo = doc_info["memo"]
        key = ("harm", obj.start, obj.end)
        if key not in memo:
            memo[key] = cues.is_harm_outcome(view.text[view.start[obj.start]:view.end[obj.end - 1]], oc)
        if memo[key]:
            add("obj_harm")
    if doc_info["hedges"].any_in(c_lo, c_hi):
        add("hedge")
    return Candidate(pred, subj, obj, seg, subj_seg, resolved, f, (c_lo, c_hi), toks)


class SegmentFlags(NamedTuple):
    """What a segment is about, read once per segment (_segment_flags)."""
    enrolment: bool        # who took part
    control_arm: bool      # the control arm alone
    prognostic: bool       # what predicts the disease course
    other_agent: bool      # another agent named
    analysis_rule: bool    # censoring or imputation: `patients were censored at tracheostomy`
    names_cells: bool      # a word for the cells or their doses (CELL_WORDS), with or without a cell type
    model_spans: tuple[tuple[int, int], ...]   # characters of clauses on what the disease model does (MODEL_CLAUSE)


ANALYSIS_RULE = re.compile(r"\b(?:censor|imput)")


def _segment_flags(c: Candidate, view: TokenView, memo: dict[int, SegmentFlags]) -> SegmentFlags:
    flags = memo.get(c.seg.index)
    if flags is None:
        text = view.span_lower(c.seg.start, c.seg.end)
        flags = memo[c.seg.index] = SegmentFlags(
            _enrolment(text), _control_arm_only(text), PROGNOSTIC.search(text) is not None,
            OTHER_AGENT_SENTENCE.search(text) is not None, ANALYSIS_RULE.search(text) is not None,
            CELL_WORDS.search(text) is not None, tuple(m.span() for m in MODEL_CLAUSE.finditer(text)))
    return flags


def _in_model_clause(c: Candidate, view: TokenView, flags: SegmentFlags) -> bool:
    at = view.start[c.obj.start] - view.start[c.seg.start]
    return any(a <= at < b for a, b in flags.model_spans)


def _gated(c: Candidate, view: TokenView, seg_memo: dict[int, SegmentFlags]) -> bool:
    """Hard constraints that no weight should overrule (seg_memo: _segment_flags per segment)."""
    if c.resolved and f"{c.predicate}|other_treatment" in c.features:
        return False
    if c.predicate in EFFECT_PREDICATES and (THRESHOLD.match(view.text, view.end[c.obj.end - 1])
                                             or SCALE_RANGE.match(view.text, view.end[c.obj.end - 1])):
        return False   # `patients with FVC above 70%`, `an ALSFRS-R score of at least 30`: who was enrolled
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|treatment_context" not in c.features and \
            "AFFECTS|anaphor" not in c.features and _segment_flags(c, view, seg_memo).prognostic:
        return False   # `bulbar onset and older age predicted shorter survival`: what the disease course depends on
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and _native_actor(c, view):
        return False   # `M1 microglia accelerate motor neuron loss`: the body's own cells act; no graft is named
    if c.predicate == "AFFECTS" and not c.resolved and MODELLING.search(view.span_lower(c.seg.start, c.seg.end)):
        return False   # `patient iPSCs have been used to model motor neuron degeneration`: a model, no therapy
    if c.predicate in EFFECT_PREDICATES and _in_model_clause(c, view, _segment_flags(c, view, seg_memo)):
        return False   # `SOD1G93A mice, a model that recapitulates motor neuron loss`: what the model does
    if c.predicate == "AFFECTS" and concept_of(c.obj) != "outcome:safety" and _drawback(c):
        return False   # `its use is limited by a low survival rate` (`limited by tumorigenicity`: a safety finding)
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and _induced_harm(c):
        return False   # `LPS was injected to induce neuroinflammation`: what the model's agent does, no cell named
    if c.predicate == "AFFECTS" and not c.resolved and _made_by_the_cells(c):
        return False   # `the MSC secretome contained high levels of IL-6`: what the cells make, not what they changed
    if c.predicate in EFFECT_PREDICATES and _describes_who(c.toks, c.obj.start - c.seg.start):
        return False   # `patients with early respiratory impairment who received BDNF`: a subgroup
    if c.predicate in EFFECT_PREDICATES and _marker_of(c.toks, c.obj.start - c.seg.start, c.obj.end - c.seg.start):
        return False   # `NfL, a biomarker of disease progression, decreased`: the marker is the result
    if c.predicate in EFFECT_PREDICATES and concept_of(c.obj) != "outcome:safety" and (
            _segment_flags(c, view, seg_memo).analysis_rule
            or cues.withdrawal_reason(c.toks, c.obj.start - c.seg.start)):
        # `discontinued because of rapid disease progression`, `censored at tracheostomy`, `missing ALSFRS-R
        # data were imputed`: a reason for leaving or a rule of the analysis (`discontinued because of
        # adverse events` is a safety finding)
        return False
    if c.predicate in EFFECT_PREDICATES:
        flags = _segment_flags(c, view, seg_memo)
        enrolment, control_arm = flags.enrolment, flags.control_arm
        if enrolment or (c.predicate == "AFFECTS" and c.resolved and (control_arm or _factor_is_agent(c, view))):
            return False
    if c.predicate == "ADMINISTERED_VIA" and _route_of_other_agent(c, view):
        return False
    if c.predicate != "SECRETES" and not c.resolved and (_across_contrast(c) or _not_respectively(c)):
        return False   # `GDNF promoted X, whereas VEGF enhanced Y`; `A and B were given IT and IV, respectively`
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _gapped_route_pairs(c):
        return False
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_after_other_cell(c):
        return False   # `received BM-MNCs intrathecally and MSCs intravenously`: each its own route
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _premodifies_other_cell(c):
        return False   # `intravenous BM-MSCs or intrathecal UC-MSCs`: each route is the cell it stands before
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_of_contrasted_cell(c):
        return False   # `Intraspinal NSC grafts improved X, whereas MSCs reduced Y`: the route is the NSCs'
    if c.predicate == "ADMINISTERED_VIA" and c.resolved and "ADMINISTERED_VIA|anaphor" not in c.features and (
            _segment_flags(c, view, seg_memo).other_agent or not _segment_flags(c, view, seg_memo).names_cells):
        # `Cyclosporine A (10 mg/kg) was given intraperitoneally`, `Scopolamine was injected intraperitoneally`:
        # a sentence that names no cells gives a route to something else (the gold: 1 of 81 routes, with `cells`)
        return False
    if c.predicate == "SECRETES":
        lo, hi = c.seg.start + c.scope[0], c.seg.start + c.scope[1]
        clause = view.span_lower(lo, hi)
        if not SECRETE_GATE.search(clause):
            return False
        if c.resolved and c.seg.index - c.subj_seg.index > 1 and not (
                GRAFT_ANAPHOR.match(view.span_lower(c.seg.start, c.seg.end))
                and (RESOLVED_SECRETION.search(clause) or STATED_SECRETION.search(clause))):
            # (`The transplanted cells ... expressed BDNF` speaks of the graft however many result sentences
            # came between)
            return False
        if c.resolved and "SECRETES|anaphor" not in c.features and not RESOLVED_SECRETION.search(clause) and not any(
                e.label_ == "CELL_TYPE" for e in c.subj.doc[c.seg.start:c.seg.end].ents):
            # `GDNF expression is increased in the muscle of ALS patients` after a sentence on MSCs: a factor
            # of the body, not the cells'; a sentence that names no cells credits them only with a secretion
            # verb (`They released BDNF`, `BDNF was secreted at high levels`)
            return False
        # `delivery of MSCs and IGF-1`: cells given together with a factor do not secrete it
        if "SECRETES|coordinated" in c.features and not _secretion_verb(c.toks[c.scope[0]:c.scope[1]]):
            return False
        if _given_to_cells(c.toks, c.obj.start - c.seg.start, c):
            return False
        if not c.resolved and _factor_acts_on_cell(c.toks, c.obj.end - c.seg.start, c.subj.start - c.seg.start):
            return False
        if not c.resolved:   # `A secreted HGF, whereas B released BDNF`: each cell its own factors
            a, b = sorted((c.subj.start - c.seg.start, c.obj.start - c.seg.start))
            if not cues.CONTRAST_BREAKS.isdisjoint(c.toks[a:b]) and not _denied_after_contrast(c):
                return False
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _measured_level(c.toks, c.subj.start - c.seg.start,
                                                                             c.subj.end - c.seg.start):
        return False
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and (
            _measured_object(c.toks, view.ent_type[c.seg.start:c.seg.end], c.subj.start - c.seg.start)
            or _factor_variant(c.toks, c.subj.end - c.seg.start)):
        return False   # `We measured VEGF, BDNF and NfL`; `the BDNF Val66Met polymorphism and disease course`
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and VECTOR_WORDS.search(
                view.span_lower(c.seg.start, c.seg.end)):
        return False   # `AAV vectors have been developed as a gene delivery system with proven safety`: the vector's
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            PATHWAY_AGENT.search(" ".join(t for t, e in zip(c.toks, view.ent_type[c.seg.start:c.seg.end])
                                          if e != OUTCOME_HASH)):
        # `A TrkB agonist delayed onset`, `Bevacizumab, an anti-VEGF antibody, accelerated motor neuron loss`
        # after a title on the factor: another agent acts on the factor's pathway; what it did is not the
        # factor's (the factor, named in the sentence, still pairs as usual; `antibodies to CNTF were found in
        # sera`, an end point, is no agent)
        return False
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and DISEASE_CAUSES.search(
                view.span_lower(c.seg.start, c.obj.start)):
        return False   # `SOD1 mutations lead to motor neuron degeneration` after a title on the factor: the disease acts
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            _antecedent_made_by_cells(c, view):
        return False   # `Human MSCs engineered to secrete VEGF` (title). `Motor neuron loss begins ...`: the cells' product
    if c.predicate == "FACTOR_AFFECTS" and _outcome_as_place(c.toks, c.obj.start - c.seg.start):
        return False   # `transgenic GDNF was concentrated at the sites of neuromuscular junctions`: where, not what
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _readout_measured(c):
        return False   # `VEGF expression and motor performance were assessed`: two read-outs, no agent
    if c.predicate in EFFECT_PREDICATES and not c.resolved and _associated_only(c):
        return False   # `higher serum VEGF correlated with longer survival`: a marker of the course, not an agent
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and any(
                ASSOCIATION.fullmatch(t) for t in c.toks[c.scope[0]:c.scope[1]]):
        return False   # `We measured VEGF and GDNF. CSF NfL correlated with the ALSFRS-R slope`: no factor acts
    fac = c.obj if c.predicate == "SECRETES" else c.subj if c.predicate == "FACTOR_AFFECTS" and not c.resolved else None
    if fac is not None and _in_marker_list(c.toks, view.ent_type[c.seg.start:c.seg.end],
                                           fac.start - c.seg.start, fac.end - c.seg.start):
        return False
    return True


# the disease, its mutation or an injury named as what brings an end point about
DISEASE_CAUSES = re.compile(r"\b(?:als|disease|disorder|injury|sci|sclerosis|mutations?|mutant \w+|lesions?|insult|"
                            r"ischemia|stroke|hemorrhage|trauma)\b,? (?:[\w-]+ ){0,2}?(?:causes?|caused|induces?|induced|"
                            r"leads? to|led to|results? in|resulted in|triggers?|triggered|produces?)\b")
# a sentence whose agent is a reagent or drug acting on a factor's pathway (receptor agonists and antagonists,
# blocking antibodies, inhibitors, `-mab` antibodies and `-nib` kinase inhibitors, mimetics)
PATHWAY_AGENT = re.compile(r"\b(?:agonists?|antagonists?|antibod(?:y|ies)|inhibitors?|blockers?|blockade|blocking|mimetics?|"
                           r"neutrali[sz]\w*|sirna|shrna|knock-?down|anti-[\w-]+|[a-z]{3,}(?:mab|tinib|anib))\b")
# what makes a factor a property of the cells it follows or precedes: `MSCs hypersecreting BDNF`, `MSCs
# transduced with an adenovirus encoding VEGF`, `MSC-NTF cells, induced to secrete NTFs`, `IGF-1 overexpressing MSCs`
CELL_MODIFIER = re.compile(r"(?:hyper-?|over-?)?(?:secreting|expressing|producing|releasing|encoding|carrying)|"
                           r"(?:engineered|induced|modified|transduced|transfected|programmed|designed|"
                           r"manipulated|infected)")
CELL_MODIFIER_OPENERS = frozenset({",", "genetically", "stably", "transiently", "(", "that", "which", "were",
                                   "was", "are", "been", "being", "to", "with"})


def _factor_of_the_cells(c: Candidate) -> bool:
    """The factor is named as what the cells were made to make, in a phrase that names the cells
    (`hMSCs hypersecreting BDNF improved ...`, `MSCs engineered to secrete GDNF delayed onset`, `IGF-1
    overexpressing MSCs reduced ...`): the cells are the agent of the sentence's result (the gold gives the
    cells' AFFECTS, no FACTOR_AFFECTS), unless a relative clause makes the factor the agent (`MSCs secreting
    GDNF, which protects motor neurons`)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    if any(t in ("which", "that") for t in toks[f1:f1 + 4]):
        return False
    seg_ents = c.subj.doc[c.seg.start:c.seg.end].ents
    # `MSCs overexpressing VEGF and IGF-1`: the later members of the list of factors the cells were made to make
    factor_toks = {i - c.seg.start for x in seg_ents if x.label_ == "NEUROTROPHIC_FACTOR" for i in range(x.start, x.end)}
    for e in seg_ents:
        if e.label_ != "CELL_TYPE":
            continue
        e0, e1 = e.start - c.seg.start, e.end - c.seg.start
        if e1 <= f0 and f0 - e1 <= 8 and not e1 <= o0 < f0:
            k = e1
            while k < f0 and toks[k] in CELL_MODIFIER_OPENERS and toks[k] not in ("that", "which", "to", "with"):
                k += 1
            # (a list of factors ending at this one: only its first member need follow the modifier plainly)
            j0 = next((j for j in range(k + 1, f0) if j in factor_toks), f0)
            if not all(j in factor_toks or toks[j] in COORDINATORS for j in range(j0, f0)):
                j0 = f0
            if k < f0 and CELL_MODIFIER.fullmatch(toks[k]) and not any(
                    t in (";", "which", "that", "whereas", "while", "but", "and", "were", "was") for t in toks[k:j0]):
                return True
        m = f1 + (f1 < len(toks) and toks[f1] == "-")
        if e0 > m and e0 - m <= 4 and CELL_MODIFIER.fullmatch(toks[m]) and not any(
                t in (";", "which", "that", "was", "were", "is", "are", "to", "into", "in", "of") for t in toks[m:e0]):
            return True   # `IGF-1 overexpressing MSCs`, `IGF-1 overexpressing or wild-type BMMSCs`
    return False


def _antecedent_made_by_cells(c: Candidate, view: TokenView) -> bool:
    """A resolved factor whose antecedent mention names it as what the cells were made to make (`MSCs
    overexpressing VEGF and IGF-1`, `hNPCs engineered to release GDNF`): no therapy of its own to carry
    into a later sentence (the cells' rows are the study's)."""
    ante = Candidate(c.predicate, c.subj, c.subj, c.subj_seg, c.subj_seg, False, {}, (0, 0),
                     view.words(c.subj_seg.start, c.subj_seg.end))
    return _factor_of_the_cells(ante)


SECRETION_FINITE = re.compile(r"(?:hyper-?|over-?)?(?:secrete[sd]?|release[sd]?|produce[sd]?|express(?:es|ed)?)")


def _secreted_then_cells_act(c: Candidate) -> bool:
    """`NSCs secrete GDNF, BDNF and IGF-1 and protect motor neurons`, `WJ-MSCs released BDNF and VEGF and
    improved neurite outgrowth`: the factors are the object of the cells' verb of secretion, and the
    cells are also the subject of the verb of change coordinated after the list (the gold gives the cells'
    AFFECTS, no FACTOR_AFFECTS; `MSCs secrete GDNF, which protects motor neurons` makes the factor the agent)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    if o0 < f1:
        return False
    # after the list the factor stands in: `and` and a word of change, the outcome after it in one clause
    # (or the outcome opens with it: `and protect motor neurons`)
    k = f1
    while k < o0 and (toks[k] in (",", "and", "or") or _factor_tok(c, k)):
        k += 1
    if k > o0 or toks[k - 1] != "and" or not cues.cue_kind(toks[k], False) or any(
            t in (";", ".", "which", "that", "whereas", "while", "but") for t in toks[k:o0]):
        return False
    # before the list: the cells and their finite verb of secretion (a few words of amount between)
    j = f0 - 1
    while j >= 0 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    for v in range(j, max(-1, j - 5), -1):
        if SECRETION_FINITE.fullmatch(toks[v]):
            break
        if toks[v] in (";", ".", ",", "which", "that", "whereas", "while", "but", "and"):
            return False
    else:
        return False
    return v > 0 and c.subj.doc[c.seg.start + v - 1].ent_type_ == "CELL_TYPE"


# a sentence on the vehicle of a gene therapy, which names no factor: what it says is the vehicle's
VECTOR_WORDS = re.compile(r"\b(?:vectors?|viruse?s?|viral|adeno-associated|lentivir\w*|adenovir\w*|aav\d*|plasmids?"
                          r"|gene (?:delivery|transfer))\b")
PLACE_BEFORE = frozenset({"at", "near", "around", "toward", "towards"})
PLACE_NOUNS = frozenset({"site", "sites", "vicinity", "region", "regions", "area", "areas"})


def _outcome_as_place(toks: list[str], o0: int) -> bool:
    """The outcome at toks[o0] names where something is (`concentrated at neuromuscular junctions`, `in the
    vicinity of the NMJs`, `at the sites of neuromuscular junctions (NMJs)`), not what changed."""
    starts = [o0]
    if o0 >= 2 and toks[o0 - 1] == "(":   # a short form: the place words stand before its long form
        starts = [k for k in range(o0 - 2, max(-1, o0 - 6), -1) if toks[k][:1].isalpha()]
    for p in starts:
        if p >= 1 and toks[p - 1] in PLACE_BEFORE:
            return True
        k = p - 1 - (p >= 2 and toks[p - 1] in ("the", "its", "their"))
        if k >= 2 and toks[k] == "of" and toks[k - 1] in PLACE_NOUNS:
            return True
    return False


def _readout_measured(c: Candidate, before_form: bool = False) -> bool:
    """The factor is named as a tissue read-out (`VEGF expression`, `BDNF mRNA`, `GDNF immunoreactivity`)
    and its clause holds no word of change, only of measuring (`were assessed`) or none: the factor was
    looked at beside the outcome, it did not act on it (`GDNF expression in muscle delayed onset` acts)."""
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    # ... or before it (`expression of BDNF was measured`, `Effect of MSCs on motor function and expression of VEGF`)
    before = before_form and f0 >= 2 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] in READOUT_NOUNS
    if not before and (f1 >= len(c.toks) or c.toks[f1] not in READOUT_NOUNS):
        return False
    skip = set(range(f0, f1)) | set(range(c.obj.start - c.seg.start, c.obj.end - c.seg.start))
    for k in range(c.scope[0], c.scope[1]):
        t = c.toks[k]
        if k in skip or t in READOUT_NOUNS:
            continue
        if t in cues.NEGATORS:
            return False
        found = cues.cue_kind(t, False)
        if found is not None and found[0] != "unclear":
            return False
    return True


# between a factor and an end point: a link the text observes (a level that goes with, predicts or
# mirrors the course), not a change the factor makes; biomarker studies state no FACTOR_AFFECTS (the gold
# gives none from such sentences; `CSF neurotrophic factors increased` is itself an outcome)
ASSOCIATION = re.compile(r"associat\w*|correlat\w*|predict\w*|prognos\w*|linked|link|parallel\w*|accompan\w*|"
                         r"reflect\w*|mirror\w*|(?:bio)?markers?|indicators?|hallmarks?|surrogates?|"
                         r"coincid\w*")


def _associated_only(c: Candidate) -> bool:
    """A factor and an end point joined by a word of association (`GDNF expression was associated with
    slower progression`, `BDNF may serve as a prognostic biomarker`, `reduced NGF paralleled motor neuron
    loss`), the factor not named as given (`VEGF treatment was associated with longer survival`)."""
    if "FACTOR_AFFECTS|factor_delivered" in c.features or "AFFECTS|subj_treatment" in c.features:
        return False
    s0, s1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    between = c.toks[min(s1, o1):max(s0, o0)]
    if len(between) > 12:
        return False
    for k, t in enumerate(between):
        if ASSOCIATION.fullmatch(t) or (t == "risk" and between[k + 1:k + 2] in (["factor"], ["factors"])):
            # `GDNF promoted motor neuron survival, accompanied by preserved NMJs`: the factor acted first
            return s0 > o0 or not any(cues.cue_kind(w, False) for w in between[:k])
    return False


# what a contrast clause opened by a factor says of the cells' own output: it was looked for and not
# found, or it was measured and did not change (`whereas GDNF and NT-3 production remained unchanged`)
UNCHANGED_OUTPUT = re.compile(r"^(?:secretion|production|release|expression|levels?|concentrations?|mrna|protein|amounts?)"
                              r"(?: levels?)? (?:was|were|remained|did|was not|were not)\b.{0,30}?"
                              r"\b(?:unchanged|unaffected|not (?:\w+ )?(?:changed|altered|affected|modified|increased|different)"
                              r"|similar|comparable|not differ|stable)\b")


def _factor_tok(c: Candidate, k: int) -> bool:
    """The segment's token k lies inside a factor mention (or is the bracket of its short form)."""
    if c.toks[k] in ("(", ")"):
        return True
    return c.subj.doc[c.seg.start + k].ent_type_ == "NEUROTROPHIC_FACTOR"


def _denied_after_contrast(c: Candidate) -> bool:
    """`MSCs secreted VEGF, but not GDNF`, `... but no detectable GDNF`: the contrast denies the cells'
    factor (a negated row), it does not hand the factor to another cell. Likewise a contrast clause that
    the factor opens and that names no cell of its own: `whereas IGF-1 was below the limit of detection`
    (negated), `while BDNF secretion was not changed` (the cells' output, measured)."""
    s1, o0, o1 = c.subj.end - c.seg.start, c.obj.start - c.seg.start, c.obj.end - c.seg.start
    if o0 < 2 or o0 <= s1:
        return False
    toks = c.toks
    k = o0 - 1 - (toks[o0 - 1] in ("detectable", "measurable") and toks[o0 - 2] == "no")
    if k >= 1 and toks[k] in ("not", "no") and toks[k - 1] in ("but", ","):
        return not any(e.label_ == "CELL_TYPE" for e in c.subj.doc[c.subj.end:c.obj.start].ents)
    # the factor (or a list of factors it ends or begins) right after the contrast word
    j = o0 - 1
    while j > s1 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    if toks[j] not in ("whereas", "while", "but") or any(t in (";", ".") for t in toks[s1:j]):
        return False
    end = next((k for k in range(o1, len(toks)) if toks[k] in cues.CLAUSE_BREAKS or toks[k] in (".", ",")), len(toks))
    k = o1
    while k < end and (toks[k] in (",", "and", "or") or _factor_tok(c, k)):
        k += 1
    rest = " ".join(toks[k:end])
    if any(e.label_ == "CELL_TYPE" for e in c.subj.doc[c.seg.start + j:c.seg.start + end].ents):
        return False   # `whereas B released BDNF`, `while BDNF was released by B`: another cell's clause
    return UNDETECTED.search(rest) is not None or UNCHANGED_OUTPUT.search(rest) is not None


FACTOR_HASH = hash_string("NEUROTROPHIC_FACTOR")
LIST_SEPARATORS = frozenset({",", "and", "or", ";"})


# an end point followed by a threshold is an eligibility criterion or a stratum, not a result
THRESHOLD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:of\s+)?(?:(?:at least|at most|more than|less than|"
                       r"greater than|lower than|higher than|fewer than|above|below|over|under|within|between|"
                       r"[≥≤><]=?)\s*\d(?![\d.,]*\s*(?:-|to\s+|and\s+)?\d*\s*(?:months?|weeks?|days?|years?|hours?|h|mo|wk)\b)"
                       r"|\d+(?:\.\d+)?\s*%?\s*(?:points\s+)?or\s+(?:more|greater|higher|less|lower|"
                       r"above|below|fewer|better|worse)\b)", re.I)
# (`over 6 months`, `within 2 weeks`, `between 3 and 6 months`: a time, not a threshold)
# ... or by a range of the scale (`an NIHSS score of 6-20`, `EDSS 2.0-6.5`, `GMFCS levels III-V`, `AIS grade A
# or B`): who was eligible (not `a decline of 0.5-1.0 points/month`, `at 3-6 months`)
SCALE_RANGE = re.compile(r"\s*(?:[Ss]cale\s+)?(?:(?:total|motor|sum|sensory)\s+)?(?:(?:scores?|grades?|levels?)\s+)?(?:of\s+|between\s+)?"
                         r"(?:\d+(?:\.\d+)?\s*(?:-|–|to|and)\s*\d+(?:\.\d+)?(?![\d.]*\s*(?:%|points?|pts|months?|weeks?|"
                         r"days?|years?|hours?|mo|wk|per\b|/))|[IV]{1,3}\s*(?:-|–|to)\s*[IV]{1,3}\b|[A-E]\s+(?:or|to|-)\s+[A-E]\b)")
# a sentence about who took part (eligibility, baseline values, strata) states no result: the gold holds
# no relation from one (values gone back to, or changed from, are a result: `returned to baseline values`)
# (not a caveat: `a placebo effect cannot be excluded`)
ENROLMENT = re.compile(r"\b(?:at baseline|(?<!to )(?<!from )(?<!with )baseline (?:characteristics|values|demographics|features)|"
                       r"(?:mean|median) baseline|(?<!be )(?<!fully )(?<!completely )(?<!entirely )excluded|exclusion|"
                       r"inclusion criteria|eligible|eligibility|matched (?:for|by|on|according to)|adjusted for|"
                       r"stratified by|stratification|lead-in|run-in|at (?:screening|enrol?lment|inclusion)|"
                       r"(?:months?|weeks?|period|years?) (?:preceding|prior to|before) (?:the )?(?:[\w-]+ ){0,2}?"
                       r"(?:treatment|transplantation|injection|infusion|enrol?lment)|"
                       # `Before treatment, his ALSFRS-R had declined ...`: the history that led to the treatment
                       r"^(?:before|prior to) (?:the )?(?:[\w-]+ ){0,2}?(?:treatment|transplantation|injection|infusion|"
                       r"therapy|administration|enrol?lment)|pre-?treatment period)\b")
# a result stated beside a matching or adjustment clause
MATCHED_RESULT = re.compile(r"\b(?:slower|faster|longer|shorter|higher|lower|greater|smaller|improv\w*|declin\w*|"
                            r"reduc\w*|increas\w*|decreas\w*|prolong\w*|significant\w*|differ\w*|ratio|hr|benefit\w*)\b")
# ... unless the result is measured against that time: a change from baseline (`increased from 32 at
# baseline to 35`, `higher than at baseline`), a slope compared with the lead-in's
FROM_BASELINE = re.compile(r"\bfrom\b[^;]{0,40}\bat baseline\b|\b(?:than|relative to|compared (?:with|to))"
                           r"(?: (?:levels|values|that|those|the values))? at baseline\b")
# a value followed from one time to the next: a result, whatever word names the first time
FROM_TO = re.compile(r"\bfrom [-−]?\d[^;]{0,60}?\bto [-−]?\d")
# a schedule of assessments from baseline on (`assessed at baseline and every 3 months`, `at baseline and at 4,
# 12 and 24 weeks`): what was measured, not who took part
SCHEDULE = re.compile(r"\bat baseline(?:,| and) (?:at |every |after |then |monthly|weekly|\d)")
TWO_TIMES = re.compile(r"\bat (?:baseline|inclusion|enrol?lment|screening) (?:and|to|vs\.?|versus) [-−]?\d[\d.]*\s*%?"
                       r"[^;]{0,25}?\b(?:at|after)\b")
AFTER_PERIOD = re.compile(r"\b(?:after|following|post-?)\s*(?:the )?(?:[\w-]+ ){0,2}?(?:treatment|transplantation|"
                          r"injections?|infusions?|administration|grafting|implantation)\b|\bthereafter\b")
SENSITIVITY = re.compile(r"\bsensitivity analys[ie]s\b|\bafter exclu")
COMPARED = re.compile(r"\b(?:relative|compared|than|versus|vs)\b")
# what a culture gives the cells: `a medium containing bFGF`, `primed with IGF-1`, `in the presence of NGF`
GIVEN_TO_CELLS = frozenset({"containing", "supplemented", "presence", "exposure", "exposed", "primed", "pretreated",
                            "preconditioned", "stimulated", "cocktail", "addition", "added", "plus", "treated",
                            "incubated", "cultured", "cultivated", "culturing", "incubating", "exposing", "treating",
                            "priming", "stimulating", "supplementing",
                            # what the cells sense, not what they make: `receptors for VEGF`, `respond to BDNF`
                            "receptor", "receptors", "respond", "responded", "responsive"})


PROGNOSTIC = re.compile(r"\b(?:(?<!of )(?<!% )(?<!%)(?<!percent )predict(?:ed|s|or|ors|ive)?|prognostic|prognosis was|risk factors?|"
                        r"independent(?:ly)? (?:associated|predict\w*)|hazard of death increased|"
                        r"correlat(?:ed|es|ion|ions) (?:with|between)|(?:was|were|is|are) associated with|"
                        # the same said of no link: `serum BDNF was not associated with survival`
                        r"(?:was|were|is|are) not associated with|no (?:significant )?(?:association|correlation)s?|"
                        r"(?:did|does|do) not correlate|associations? between|"
                        # who fares worse by nature: `patients with bulbar onset had shorter survival`, `survival was
                        # shorter in older patients`
                        r"(?:patients|subjects|individuals|those) with (?:bulbar|spinal|limb|early|late|older|younger|"
                        r"a |an |higher |lower |faster |slower |rapid |more |less )[\w\s-]{0,30}?(?:had|have|showed|show)"
                        r" (?:a )?(?:shorter|longer|worse|better|poorer|faster|slower)|"
                        r"(?:shorter|longer|worse|better|poorer) in (?:older|younger|male|female|men|women)\b)\b")
MAKE_WORDS = frozenset({"contained", "contains", "contain", "containing", "secreted", "secrete", "secretes",
                        "released", "release", "releases", "produced", "produce", "produces", "expressed", "express",
                        "expresses", "rich"})


def _made_by_the_cells(c: Candidate) -> bool:
    """Between the cells and the outcome stands a verb of making and no change word: the outcome is a
    product of the cells (`MSCs secreted IL-6`), not a result of giving them."""
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if o0 <= s1 or o0 - s1 > 8:
        return False
    between = c.toks[s1:o0]
    return not MAKE_WORDS.isdisjoint(between) and not any(
        cues.cue_kind(w, False) for w in between if w not in MAKE_WORDS and w not in ("high", "higher", "levels"))


# `its application is limited by a low survival rate and immune rejection`: what follows names the therapy's
# drawbacks, not an end point it changed (the gold keeps a harm to safety named so: `limited by tumorigenicity`)
DRAWBACK_VERBS = frozenset({"limited", "hampered", "hindered", "restricted", "compromised", "impeded", "constrained"})


def _drawback(c: Candidate) -> bool:
    """`limited by` (and the like) stands before the outcome, after the cells when they are in the same
    sentence: the outcome is named as a limitation of the treatment."""
    o0 = c.obj.start - c.seg.start
    lo = c.subj.end - c.seg.start if not c.resolved else c.scope[0]
    if o0 <= lo:
        return False
    between = c.toks[max(lo, 0):o0]
    return any(w in DRAWBACK_VERBS and nxt == "by" for w, nxt in zip(between, between[1:]))


POPULATION = frozenset({"patients", "subjects", "participants", "individuals", "mice", "rats", "animals", "those",
                        "people", "cases", "subgroup", "cohort"})


MARKER_NOUNS = frozenset({"marker", "markers", "biomarker", "biomarkers", "predictor", "predictors", "indicator",
                          "indicators", "hallmark", "hallmarks", "surrogate", "measure", "index"})


def _marker_of(toks: list[str], o0: int, o1: int) -> bool:
    """The outcome names what a marker stands for (`a biomarker of disease progression`) or is the
    marker noun of such a phrase."""
    return (o0 >= 2 and toks[o0 - 1] == "of" and toks[o0 - 2] in MARKER_NOUNS and not (
        o0 >= 3 and toks[o0 - 3] in ("the", "this", "these", "our") and toks[o0 - 2] == "measure")) or (
        o1 < len(toks) and toks[o1] == "of" and toks[o1 - 1] in MARKER_NOUNS - {"measure", "index"})


DECLINE_STEMS = ("declin", "worsen", "deteriorat", "decreas", "lost", "progress", "fell", "dropped")


def _control_declined_after(toks: list[str], end: int) -> bool:
    """The clause after `end` (opened by `whereas`/`while`/`but`) says the control arm declined."""
    if end >= len(toks) or toks[end] not in cues.CONTRAST_BREAKS:
        return False
    rest = toks[end + 1:]
    stop = next((k for k, t in enumerate(rest) if t in cues.CLAUSE_BREAKS), len(rest))
    rest = rest[:stop]
    return not cues.CONTROL_WORDS.isdisjoint(rest) and any(t.startswith(DECLINE_STEMS) for t in rest) and \
        cues.NEGATORS.isdisjoint(rest)


LOSS_BEFORE = frozenset({"lack", "loss", "deficiency", "withdrawal", "depletion", "knockdown", "knockout", "silencing",
                         "neutralization", "neutralisation", "deprivation", "absence", "inhibition", "blockade"})
LOSS_AFTER = ("deficien", "knockdown", "knockout", "withdrawal", "depletion", "deprivation", "-deficient", "-null",
              "-knockout", "loss", "neutraliz", "neutralis")
# the passive that takes a factor away after its name (`HGF was neutralized`, `BDNF was knocked down`)
TAKEN_AWAY_VERBS = ("neutrali", "knocked", "silenced", "depleted", "blocked", "withdrawn", "removed", "deleted")


def _factor_taken_away(toks: list[str], f0: int, f1: int) -> bool:
    """The factor is named by its absence: `lack of VEGF`, `withdrawal of BDNF`, `VEGF deficiency`,
    `mice lacking VEGF`, `BDNF-deficient mice`."""
    if f0 >= 2 and toks[f0 - 1] == "of" and toks[f0 - 2] in LOSS_BEFORE:
        return True
    if f0 >= 1 and toks[f0 - 1] in ("lacking", "without", "deprived"):
        return True
    if f1 + 1 < len(toks) and toks[f1] == "-" and toks[f1 + 1] in ("deficient", "deficiency", "null", "knockout", "ko",
                                                                    "neutralizing", "neutralising", "blocking"):
        return True   # `BDNF-deficient mice`, `CNTF-null mice` (the tokenizer splits the factor's symbol off)
    if f1 + 1 < len(toks) and toks[f1] in ("was", "were") and toks[f1 + 1].startswith(TAKEN_AWAY_VERBS):
        return True   # `(the benefit was lost) when HGF was neutralized`, `once BDNF was knocked down`
    return f1 < len(toks) and (toks[f1].startswith(LOSS_AFTER) or toks[f1] in ("ko", "-/-", "+/-")) \
        or toks[f1 - 1].endswith(("-deficient", "-null"))


BENEFIT_REDUCERS = ("reduc", "abolish", "abrogat", "attenuat", "diminish", "block", "prevent", "impair", "decreas",
                    "lessen", "eliminat", "revers", "negat", "blunt", "weaken", "cancel")


def _benefit_taken_away(toks: list[str], clause: tuple[int, int], cue: str | None) -> bool:
    """The clause's cue is a word of benefit that a verb of reducing governs (`reduced the protective
    effect`, `abrogated their beneficial effect`, `abolished the neuroprotection`)."""
    if not cue:
        return False
    cue = cue.lower()
    for i in range(clause[0], clause[1]):
        if toks[i] == cue and (cues.cue_kind(cue, False) or ("",))[0] == "favorable":
            return any(t.startswith(BENEFIT_REDUCERS) for t in toks[max(clause[0], i - 3):i])
    return False


def _describes_who(toks: list[str], o0: int) -> bool:
    """The outcome at toks[o0] describes whom a result is about: `patients with (severe) muscle weakness`,
    `mice with early onset`, `the subgroup with faster progression` (at most three words between)."""
    for k in range(o0 - 1, max(-1, o0 - 5), -1):
        if toks[k] == "with":
            return k > 0 and toks[k - 1] in POPULATION
        if not toks[k].isalpha() and "-" not in toks[k] or cues.cue_kind(toks[k], False):
            return False   # (`mice with improved motor function`: a result)
    return False


def _secretion_verb(toks: list[str]) -> bool:
    """A verb of secretion in the clause, not one that only brings about a change (`produced an additive
    increase in lifespan`, `induced a significant improvement`)."""
    for i, t in enumerate(toks):
        if SECRETE_VERB.match(t) and not any(cues.cue_kind(w, False) or w.startswith(cues.SAFETY_WORDS)
                                             for w in toks[i + 1:i + 4] if w not in cues.CAUSAL_FILLERS):
            return True
    return False


def _factor_acts_on_cell(toks: list[str], f1: int, c0: int) -> bool:
    """The cell named after the factor is what the factor acts on, in a clause the factor opens
    (`GDNF that may protect dopaminergic neurons`, `trophic factors, which promote oligodendrocyte
    maturation`, `BDNF to support neurons`): its target, not its maker (no verb of secretion between)."""
    if c0 <= f1:
        return False
    between = toks[f1:c0]
    opener = next((k for k, t in enumerate(between) if t in ("that", "which", "to")), None)
    if opener is None or any(SECRETE_VERB.match(t) for t in between) or any(t in (";", ".") for t in between):
        return False
    return any((cues.cue_kind(t, False) or ("",))[0] == "favorable" for t in between[opener + 1:])


def _given_to_cells(toks: list[str], f0: int, c: Candidate | None = None) -> bool:
    """The factor at toks[f0] is what the cells were cultured with (a word of GIVEN_TO_CELLS at most
    five words before it, no verb of secretion between; the other factors of a supplement list and their
    bracketed short forms not counted: `a medium supplemented with dbcAMP, basic fibroblast growth factor
    (bFGF), PDGF and heregulin`), or what they were induced with (`pre-induced with bFGF`): not
    something they secrete."""
    n = 0
    for j in range(f0 - 1, max(-1, f0 - 25), -1):
        t = toks[j]
        if t in GIVEN_TO_CELLS or t == "with" and j > 0 and toks[j - 1].endswith("induced"):
            return True
        if SECRETE_VERB.match(t) or t in (";", "whereas", "but", "which", "that"):
            return False
        if c is None or not _factor_tok(c, j):
            n += 1
            if n >= 6:
                return False
    return False


# a sentence about the control arm alone (`In the placebo group, ALSFRS-R declined by 1.2 points per
# month`, `Vehicle-treated mice lost weight`): what it reports is no result of the cells
_AGENTS = "|".join(sorted(cues.CONTROL_AGENTS))
CONTROL_ARM = re.compile(rf"\b(?:standard|usual|supportive|best supportive) care(?: alone)?\b|\bnatural history (?:cohort|"
                         r"group|controls?|data)\b|\bhistorical cohort\b|\b(?:placebo|sham|saline|vehicle)[- ](?:recipients|"
                         r"response|surgery|operation)\b|\b(?:who|that) received (?:placebo|saline|vehicle|sham)\b|"
                         rf"\b(?:{_AGENTS}|historical control|control|non-?transplanted|non-?treated|non-?grafted|"
                         r"wild-?type|wt|age-matched|littermate)"
                         r"(?:-treated|-injected|-operated)?\s+(?:[\w-]+\s+){0,2}?(?:group|groups|arm|arms|mice|rats|"
                         r"animals|patients|subjects|cohort|participants|controls|littermates)\b"
                         r"|\b(?:vehicle|sham|saline|pbs)-(?:treated|injected|operated)\b"
                         r"|\b(?:mice|rats|animals|patients) (?:receiving|given|injected with|treated with) "
                         rf"(?:{_AGENTS}|medium|vehicle)\b|\bhistorical controls\b")
TREATED_ARM = re.compile(r"\b(?:treated|treatment|active|transplanted|grafted|injected|infused|cells?|versus|vs|"
                         r"compared|than|whereas|while|both|(?:transplantation|transplant|observation|experimental|"
                         r"study|intervention|therapy) (?:group|arm|cohort)|differ\w*|similar to|relative to|"
                         r"from that|to that|same|as in|as did|as with)\b")


def _enrolment(seg_text: str) -> bool:
    m = ENROLMENT.search(seg_text)
    if m is None:
        return False
    if FROM_TO.search(seg_text) or TWO_TIMES.search(seg_text):
        return False   # `from 1.2 points/month before treatment to 0.6`, `78% at baseline and 71% at 12 months`
    if m.group(0) == "at baseline":
        return FROM_BASELINE.search(seg_text) is None and SCHEDULE.search(seg_text) is None
    if m.group(0) in ("lead-in", "run-in") or m.group(0).startswith(("month", "week", "period", "year", "before",
                                                                        "prior", "pre")):
        # (`1.1 points/month before treatment and 0.45 after treatment`: the two periods compared)
        return COMPARED.search(seg_text) is None and AFTER_PERIOD.search(seg_text) is None
    if m.group(0).startswith(("matched", "adjusted")):
        # `patients were matched for age, sex and baseline ALSFRS-R`: how arms were made alike, unless the
        # sentence goes on to the result (`compared with controls matched for age, survival was longer`)
        return MATCHED_RESULT.search(seg_text) is None
    if m.group(0) in ("excluded", "exclusion") and SENSITIVITY.search(seg_text):
        return False   # `a sensitivity analysis excluding ... confirmed the benefit`: a result
    return True


def _control_arm_only(seg_text: str) -> bool:
    m = CONTROL_ARM.search(seg_text)
    if m is None:
        return False
    rest = seg_text[:m.start()] + " " + seg_text[m.end():]
    return TREATED_ARM.search(rest) is None


CELL_HASH = hash_string("CELL_TYPE")
# agents given beside the cells (comparators, co-medication): a route named with one is theirs
OTHER_AGENTS = frozenset({"placebo", "saline", "vehicle", "pbs", "sham", "medium", "riluzole", "edaravone",
                          "cyclosporine", "cyclosporin", "ciclosporin", "tacrolimus", "g-csf", "erythropoietin", "epo",
                          "methylprednisolone", "dexamethasone", "prednisolone", "immunosuppressants", "antibiotics",
                          "interleukin-2", "il-2", "drug", "drugs", "mannitol",
                          # premedication, co-medication and tracers given beside cell grafts
                          "chlorpheniramine", "hydrocortisone", "cyclophosphamide", "gadolinium", "immunoglobulin",
                          "ivig", "valproic", "valproate", "lithium", "minocycline", "rapamycin", "filgrastim",
                          "plerixafor", "interferon", "baclofen", "hydration", "fluids", "antihistamine",
                          "paracetamol", "acetaminophen", "heparin", "contrast"})
# a sentence naming no cell whose route belongs to another agent: the agents above, drugs dosed by
# weight, labels and tracers, what induces the disease model
_SENTENCE_AGENTS = sorted(OTHER_AGENTS - {"medium"} | {   # (`the medium` of a conditioned-medium study is the therapy)
    "cyclosporin\\w*", "fk506", "brdu", "bromodeoxyuridine", "tamoxifen", "evans blue", "dye", "lps",
    "lipopolysaccharide", "pertussis", "toxin", "kainic", "kainate", "quinolinic", "fluoro-?gold", "tracer",
    "steroids?", "antibiotic", "immuniz\\w*", "mog", "freund", "anesthe\\w*", "anaesthe\\w*", "ketamine", "xylazine",
    "pentobarbital", "isoflurane", "6-ohda", "mptp", "streptozotocin", "cuprizone", "capsaicin", "formalin",
    "carrageenan"})
OTHER_AGENT_SENTENCE = re.compile(rf"\bmg/kg\b|\bmg\b|\b(?:{'|'.join(_SENTENCE_AGENTS)})\b")
ROUTE_NOUNS = frozenset({"injection", "injections", "infusion", "infusions", "administration", "delivery", "dose",
                         "doses", "bolus"})
SAMPLED = ("obtain", "collect", "sampl", "drawn", "withdrawn", "aspirat")
GIVEN_VERBS = frozenset({"given", "administered", "injected", "infused", "delivered", "received"})


def _route_of_other_agent(c: Candidate, view: TokenView) -> bool:
    """`daily intraperitoneal injections of cyclosporine`, `intravenous placebo`, `subcutaneous IL-2`,
    `G-CSF was given subcutaneously`: the route of another agent, not the cells'."""
    toks, etypes = c.toks, view.ent_type[c.seg.start:c.seg.end]
    r0, r1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    n = len(toks)
    if any(t.startswith(ANAESTHESIA) for t in toks[max(0, r0 - 4):r0]):
        return True   # `anesthetized by intraperitoneal injection of chloral hydrate`
    before = toks[max(0, r0 - 3):r0]
    given = max((k + 1 for k, t in enumerate(before) if t in GIVEN_VERBS or t.startswith(P.GIVING_STEMS)), default=0)
    if any(t.startswith(SAMPLED) for t in before[given:]) or any(
            t.startswith(SAMPLED) or t == "csf" for t in toks[r1:min(n, r1 + 5)]):
        # `CSF was obtained by lumbar puncture`, `lumbar punctures to collect CSF`: a sample taken (not
        # `MSCs from bone marrow aspirates were injected intrathecally`: the cells' giving comes between)
        return True
    lo = next((k + 1 for k in range(r0 - 1, -1, -1) if toks[k] in (",", ";")), 0)
    hi = next((k for k in range(r1, n) if toks[k] in (",", ";")), n)
    if not any(etypes[k] == CELL_HASH or toks[k] in ("cells", "cell", "grafts") for k in range(lo, hi)) and \
            OTHER_AGENT_SENTENCE.search(" ".join(toks[lo:r0] + toks[r1:hi])):
        # `LPS was injected intraperitoneally, and MSC-EVs were given intranasally`: the route's own clause
        # names another agent and no cells
        return True
    if _dosed_in_brackets(toks, r0):
        return True   # `cyclosporine A (10 mg/kg, i.p.)`: cells are not dosed by weight of drug
    j = r1
    if j < n and toks[j] in ROUTE_NOUNS:
        j += 1
        if j < n and toks[j] == "of":
            j += 1
            # the cells may come after their modifiers: `injections of autologous bone marrow MSCs`
            # (not after the agent's own phrase ends: `of chloral hydrate and MSCs were ...`)
            while j < n and (DOSE_WORD.match(toks[j]) or toks[j] in DOSE_FILLERS):
                j += 1    # `injection of 5 × 10^5 WJ-MSCs`, `of a total of 1 × 10^8 cells`: the dose first
            own = next((k for k in range(j, min(n, j + 5)) if toks[k] in ("and", ",", ";", "was", "were")), min(n, j + 5))
            return j < n and not any(etypes[k] == CELL_HASH or toks[k] in ("cells", "cell") for k in range(j, own))
    if j < n and (toks[j] in OTHER_AGENTS or etypes[j] == FACTOR_HASH):
        return True
    if r0 >= 1 and toks[r0 - 1] in OTHER_AGENTS and toks[r0 - 1] != "medium" and not any(
            etypes[x] == CELL_HASH for x in range(max(0, r0 - 5), r0 - 1)):
        return True   # `patients received G-CSF subcutaneously`: the agent right before the route is what it gives
    # `G-CSF was given subcutaneously`: the subject of the verb before the route
    k = r0 - 1
    while k >= 0 and r0 - k <= 3 and toks[k] not in GIVEN_VERBS:
        k -= 1
    if k >= 1 and toks[k] in GIVEN_VERBS and toks[k - 1] not in ("was", "were", "is", "are") and any(
            toks[x] in OTHER_AGENTS and not any(toks[y] in ("and", ",", "or", "then") for y in range(x + 1, k))
            for x in range(max(0, k - 3), k)) and not any(etypes[x] == CELL_HASH for x in range(max(0, k - 3), k)):
        # `cyclosporine A given intraperitoneally`: the agent's reduced relative (not `the cells were
        # suspended in PBS and injected intrathecally`, where the verb is the cells')
        return True
    if k >= 1 and toks[k] in GIVEN_VERBS and toks[k - 1] in ("was", "were", "is", "are"):
        subj = k - 2
        # (`MSCs or saline was administered intracerebrally`: the cells share the verb)
        return subj >= 0 and (toks[subj] in OTHER_AGENTS or etypes[subj] == FACTOR_HASH) and not any(
            etypes[x] == CELL_HASH for x in range(max(0, subj - 6), subj))
    return False


def _across_contrast(c: Candidate) -> bool:
    """Subject and object stand in two clauses set against each other, and each clause has its own
    agent and its own object of that kind: `GDNF promoted motor neuron survival, whereas VEGF enhanced
    angiogenesis`, `Exosomes were given intranasally, whereas MSCs were injected intravenously` (not `A
    reduced X, whereas B had no effect`: B's clause names no object, so X is B's too)."""
    seg_start = c.seg.start
    s0, s1 = c.subj.start - seg_start, c.subj.end - seg_start
    o0, o1 = c.obj.start - seg_start, c.obj.end - seg_start
    a, b = (s1, o0) if s1 <= o0 else (o1, s0)
    if cues.CONTRAST_BREAKS.isdisjoint(c.toks[a:b]) and "contrast" not in c.toks[a:b]:
        return False
    s_clause = cues.clause_scope(c.toks, s0, s1)
    o_clause = cues.clause_scope(c.toks, o0, o1)
    if s_clause == o_clause:
        return False
    doc = c.subj.doc
    s_label, o_label = c.subj.label_, c.obj.label_
    s_concept = concept_of(c.subj)

    def inside(e: Span, clause: tuple[int, int]) -> bool:
        return clause[0] <= e.start - seg_start < clause[1]
    ents = doc[c.seg.start:c.seg.end].ents
    rival = any(e.label_ == s_label and concept_of(e) != s_concept and inside(e, o_clause) for e in ents)
    own = any(e.label_ == o_label and e.start != c.obj.start and inside(e, s_clause) for e in ents)
    return rival and own


def _not_respectively(c: Candidate) -> bool:
    """`BM-MSCs and NSCs were administered intrathecally and intraspinally, respectively`: the n-th
    subject goes with the n-th object only."""
    if "respectively" not in c.toks:
        return False
    ents = [e for e in c.subj.doc[c.seg.start:c.seg.end].ents
            if e.start - c.seg.start < c.toks.index("respectively")]
    subjects, objects = [], []
    for e in ents:
        group = subjects if e.label_ == c.subj.label_ else objects if e.label_ == c.obj.label_ else None
        if group is not None and concept_of(e) not in {concept_of(x) for x in group}:
            group.append(e)
    if len(subjects) < 2 or len(subjects) != len(objects):
        return False
    s_at = next((k for k, e in enumerate(subjects) if concept_of(e) == concept_of(c.subj)), None)
    o_at = next((k for k, e in enumerate(objects) if concept_of(e) == concept_of(c.obj)), None)
    return s_at is not None and o_at is not None and s_at != o_at


def _route_after_other_cell(c: Candidate) -> bool:
    """The route (an adverb) stands right after another cell than the subject, and the subject has a
    route of its own right after it: `BM-MNCs intrathecally and MSCs intravenously`."""
    doc, k = c.obj.doc, c.obj.start - 1
    if k < 0 or doc[k].ent_type_ != "CELL_TYPE":
        return False
    prev = next(e for e in doc.ents if e.start <= k < e.end)
    if concept_of(prev) == concept_of(c.subj):
        return False
    nxt = c.subj.end
    return nxt < len(doc) and doc[nxt].ent_type_ == "ROUTE" and doc[nxt].ent_iob_ == "B" and nxt != c.obj.start


def _route_owner(ents: list[Span], route: Span) -> Span | None:
    """The cell mention a route follows closely (at most four words between, no route or cell between):
    `the UC-MSCs by lumbar puncture`, `BM-MNCs were given intravenously`."""
    before = [e for e in ents if e.end <= route.start and e.label_ in ("CELL_TYPE", "ROUTE")]
    if not before or before[-1].label_ != "CELL_TYPE" or route.start - before[-1].end > 4:
        return None
    return before[-1]


def _gapped_route_pairs(c: Candidate) -> bool:
    """Two cells each followed by its own route in one sentence: `the MNCs were given intravenously and
    the UC-MSCs by lumbar puncture`, `BM-MNCs were given intravenously and UC-MSCs intrathecally`: the
    route goes with the cell it follows, not with the other."""
    ents = list(c.subj.doc[c.seg.start:c.seg.end].ents)
    routes = [e for e in ents if e.label_ == "ROUTE"]
    if len({concept_of(e) for e in routes}) < 2:
        return False
    owner = _route_owner(ents, c.obj)
    if owner is None or concept_of(owner) == concept_of(c.subj):
        return False
    own = [r for r in routes if concept_of(r) != concept_of(c.obj) and (o := _route_owner(ents, r)) is not None
           and concept_of(o) == concept_of(c.subj)]
    return bool(own)


def _premodifies_other_cell(c: Candidate) -> bool:
    """The route stands right before another cell mention than the subject (`intravenous BM-MSCs or
    intrathecal UC-MSCs`), its modifiers aside (`intravenous autologous BM-MSCs`)."""
    doc, end = c.obj.doc, c.obj.end
    k = end
    while k < min(len(doc), end + 3) and doc[k].lower_ in CELL_PREMODIFIERS:
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "CELL_TYPE" or doc[k].ent_iob_ != "B":
        return False
    nxt = next(e for e in doc.ents if e.start == k)
    if (nxt.start, nxt.end) == (c.subj.start, c.subj.end) \
            or concept_of(nxt) == concept_of(c.subj):
        return False
    # ... and the subject has a route of its own before it (`intrathecal A and B`: one route for both)
    j = c.subj.start - 1
    while j > 0 and doc[j].lower_ in CELL_PREMODIFIERS:
        j -= 1
    return j >= 0 and doc[j].ent_type_ == "ROUTE" and not (c.obj.start <= j < c.obj.end)


ROUTE_HEADS = frozenset({"injection", "injections", "infusion", "infusions", "delivery", "administration",
                         "transplantation", "grafts", "graft", "of", "the"})


def _route_of_contrasted_cell(c: Candidate) -> bool:
    """The route stands right before another cell than the subject (`intraspinal NSC grafts`, `intraspinal
    injection of NSCs`), and the subject stands in a clause set against the route's (`whereas`, `while`,
    `but`): the route is that other cell's (`Intraspinal NSC grafts improved X, whereas MSCs reduced Y`)."""
    doc, seg_start = c.obj.doc, c.seg.start
    k = c.obj.end
    while k < min(len(doc), c.obj.end + 4) and (doc[k].lower_ in CELL_PREMODIFIERS or doc[k].lower_ in ROUTE_HEADS):
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "CELL_TYPE" or doc[k].ent_iob_ != "B":
        return False
    nxt = next(e for e in doc.ents if e.start == k)
    if concept_of(nxt) == concept_of(c.subj):
        return False
    a, b = sorted((c.subj.start - seg_start, c.obj.start - seg_start))
    if cues.CONTRAST_BREAKS.isdisjoint(c.toks[a:b]):
        return False
    s_clause = cues.clause_scope(c.toks, c.subj.start - seg_start, c.subj.end - seg_start)
    o_clause = cues.clause_scope(c.toks, c.obj.start - seg_start, nxt.end - seg_start)
    return s_clause != o_clause and not (o_clause[0] <= c.subj.start - seg_start < o_clause[1])


CELL_PREMODIFIERS = frozenset({"autologous", "allogeneic", "allogenic", "human", "single", "repeated", "the", "of",
                               "fresh", "cryopreserved", "expanded", "xenogeneic", "syngeneic"})
ANAESTHESIA = ("anesthe", "anaesthe", "sedat")
DOSE_WORD = re.compile(r"^[\d.,^×xX*±~–-]+$|^10\^?\d+$|^\d+(?:\.\d+)?[x×]$")
DOSE_FILLERS = frozenset({"approximately", "about", "a", "an", "total", "of", "single", "million", "billion", "up",
                          "to", "±", "×", "x"})
DRUG_DOSE = re.compile(r"^(?:[mµμn]g|mg/kg|[µμ]g/kg|ng/kg|mg/kg/day|mg/kg/d|iu/kg|u/kg|ml/kg)$")


def _dosed_in_brackets(toks: list[str], r0: int) -> bool:
    """The route stands in brackets with a dose by weight: `(10 mg/kg, i.p.)`."""
    for k in range(r0 - 1, max(-1, r0 - 7), -1):
        if toks[k] in (")", "]"):
            return False
        if toks[k] in ("(", "["):
            return any(DRUG_DOSE.match(t) for t in toks[k + 1:r0])
    return False


def _factor_is_agent(c: Candidate, view: TokenView) -> bool:
    """`GDNF has been shown to delay disease onset`: a sentence with no cell whose factor, named
    before the end point and not as a measured level, is what acted; the study's cells are not
    carried into it unless the sentence refers back to them (`the cells`, `this treatment`, a generic
    cell mention: the segment's `anaphor` feature)."""
    etypes = view.ent_type[c.seg.start:c.seg.end]
    o0 = c.obj.start - c.seg.start
    k = 0
    while k < o0:
        if etypes[k] == FACTOR_HASH:
            e = k
            while e < o0 and etypes[e] == FACTOR_HASH:
                e += 1
            if not _measured_level(c.toks, k, e):
                # (an anaphor only after the end point refers to the factor: `NTFs support motor neuron
                # survival, but their delivery to the CNS is difficult`)
                return "AFFECTS|anaphor" not in c.features or _anaphor_only_after(c, view)
            k = e
        else:
            k += 1
    return False


def _anaphor_only_after(c: Candidate, view: TokenView) -> bool:
    """The segment names no cell and its words that refer back (STRONG_ANAPHOR) all stand after the end
    point: what comes before, the factor's result, is not carried to the study's cells."""
    if any(e.label_ == "CELL_TYPE" for e in c.subj.doc[c.seg.start:c.seg.end].ents):
        return False
    return not STRONG_ANAPHOR.search(view.span_lower(c.seg.start, c.obj.end))


def _measured_level(toks: list[str], f0: int, f1: int) -> bool:
    """The factor at toks[f0:f1] is named as a measured level (`CSF levels of VEGF`, `serum BDNF`,
    `VEGF concentrations`): a read-out that changed beside the outcome, not an agent that changed it."""
    k = f0
    while k > 1 and toks[k - 1] in (",", "and", "or") and k - 2 >= 0 and toks[k - 2][:1].isalnum():
        k -= 2    # back over a list of factors: `CSF levels of VEGF and HGF`
    before = toks[max(0, k - 3):k]
    if before and before[-1] in P.FLUID_WORDS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in P.LEVEL_WORDS:
        return True
    if f1 < len(toks) and (toks[f1] in P.LEVEL_WORDS or toks[f1] in LEVEL_GROUPS):
        return True   # `VEGF levels`; `patients in the lowest VEGF tertile`: a group by the factor's level
    if f1 + 1 < len(toks) and toks[f1] in READOUT_NOUNS and toks[f1 + 1] in P.LEVEL_WORDS:
        return True   # `VEGF mRNA levels`, `BDNF protein concentrations`
    # `VEGF, HGF and LIF increased after each treatment`, `BDNF was elevated in the CSF`: the factor's own
    # change, said with no object (not `BDNF increased motor neuron survival`)
    k = f1
    while k + 1 < len(toks) and toks[k] in (",", "and", "or") and toks[k + 1][:1].isalnum() and k - f1 < 8:
        k += 2
    while k < len(toks) and toks[k] in READOUT_NOUNS:
        k += 1    # `GDNF expression increased in the spinal cord`, `BDNF mRNA was upregulated`
    while k < len(toks) and toks[k] in ("was", "were", "also", "significantly", "markedly", "further", "all"):
        k += 1
    if k + 1 <= len(toks) and k < len(toks) and toks[k].startswith(LEVEL_CHANGES) and (
            k + 1 == len(toks) or toks[k + 1] in NO_OBJECT_AFTER):
        return True
    # `MSC treatment increased spinal BDNF and reduced motor neuron loss`, `showed increased BDNF, reduced
    # astrogliosis`: the factor is what a change verb changed, reported beside the outcome (not `..., which
    # promoted motor neuron survival`: a stated cause)
    j = f0 - 1
    while j > 0 and toks[j] in ("spinal", "serum", "plasma", "csf", "the", "of", "levels", "level", "expression"):
        j -= 1
    after = toks[f1:f1 + 8]
    return j >= 0 and toks[j].startswith(LEVEL_CHANGES + ("enhanc", "restor", "boost", "rais", "induc")) and \
        bool(after) and after[0] in (",", "and") and CAUSAL_LINKS.isdisjoint(after)


# groups of patients by the level of a factor (`the lowest VEGF tertile had shorter survival`)
LEVEL_GROUPS = frozenset({"tertile", "tertiles", "quartile", "quartiles", "quintile", "quintiles"})
# verbs whose object is a read-out (`We measured VEGF, BDNF and NfL in CSF`)
MEASURE_VERBS = frozenset({"measured", "quantified", "assayed", "determined", "analysed", "analyzed"})
# what a factor's name may stand after within a list of measured items
MEASURED_LIST_WORDS = frozenset({",", "and", "or", "(", ")", "the", "of", "levels", "level", "concentrations",
                                 "concentration", "serum", "plasma", "csf", "also", "both"})


def _measured_object(toks: list[str], etypes: list[int], f0: int) -> bool:
    """The factor at toks[f0] is one object of a verb of measuring (`We measured vascular endothelial
    growth factor (VEGF), BDNF and NfL in CSF`): a read-out listed with others, not an agent. Between the
    verb and the factor stand only names (of factors or end points) and list words."""
    for j in range(f0 - 1, max(-1, f0 - 40), -1):
        if toks[j] in MEASURE_VERBS:
            return j == 0 or toks[j - 1] not in ("be", "been", "is", "are", "was", "were")
        if etypes[j] == 0 and toks[j] not in MEASURED_LIST_WORDS:
            return False
    return False


# a gene variant of the factor (`the BDNF Val66Met polymorphism`, `VEGF promoter haplotypes`): what goes with
# the course is the genotype, not the factor acting
VARIANT_WORDS = re.compile(r"polymorphisms?|variants?|genotypes?|alleles?|haplotypes?|snps?|rs\d+|"
                           r"val66met|carriers?")


VARIANT_AFTER = re.compile(r"\s*(?:gene\s+|\w+\s+)?(?:polymorphisms?|variants?|genotypes?|alleles?|haplotypes?|snps?"
                           r"|rs\d+|val66met)\b")


def _factor_variant(toks: list[str], f1: int) -> bool:
    """The factor at ..toks[f1] names a gene variant: a variant word follows within three words."""
    for t in toks[f1:f1 + 3]:
        if VARIANT_WORDS.fullmatch(t):
            return True
        if t in (",", ".", ";", "and", "or"):
            return False
    return False


CAUSAL_LINKS = frozenset({"which", "thereby", "thus", "leading", "resulting", "through", "via", "mediated", "that"})


# what names a factor as measured in tissue (not `IGF-1 expression and rescue of motor neurons`: no change verb)
READOUT_NOUNS = frozenset({"expression", "mrna", "protein", "immunoreactivity", "gene", "transcripts", "secretion",
                           "production"})
LEVEL_CHANGES = ("increas", "decreas", "rose", "risen", "fell", "elevat", "reduc", "upregulat", "up-regulat",
                 "downregulat", "down-regulat", "declin", "drop")
NO_OBJECT_AFTER = frozenset({"after", "in", "at", ",", ".", "by", "from", "over", "following", "during", "compared",
                             "relative", "versus", "vs", "vs.", "and", "(", ";", "whereas", "while", "but", "with",
                             "significantly", "markedly", "within", "to", "between", "post-treatment"})


def _in_marker_list(toks: list[str], etypes: list[int], f0: int, f1: int) -> bool:
    """The factor at toks[f0:f1] is one item of a parenthesised list of measured markers
    (`expression of host genes (versican, bax, bdnf, igf-1 and casp-3)`): a list of three or more
    items, some of them not factors. Such a factor is a read-out, neither secreted nor an agent;
    a list of factors only (`four neurotrophins (BDNF, NGF, GDNF and VEGF)`) is not one."""
    opening = next((i for i in range(f0 - 1, -1, -1) if toks[i] in ("(", ")")), None)
    if opening is None or toks[opening] != "(":
        return False
    closing = next((i for i in range(f1, len(toks)) if toks[i] in ("(", ")")), None)
    if closing is None or toks[closing] != ")":
        return False
    items: list[list[int]] = [[]]
    for i in range(opening + 1, closing):
        if toks[i] in LIST_SEPARATORS:
            if items[-1]:
                items.append([])
        else:
            items[-1].append(i)
    items = [it for it in items if it]
    return len(items) >= 3 and any(all(etypes[i] != FACTOR_HASH for i in it) for it in items)


def _may_name_secretion(cell: Span) -> bool:
    """The cheap test before name_secretes: the cell's concept or text can say it secretes."""
    low = cell.text.lower()
    return cell._.concept_id == "cell:msc_ntf" or bool(SECRETING_NAME.search(low)) and not NOT_SECRETING_NAME.search(low)


def name_secretes(doc: Doc, ents: list[Span] | None = None, concepts: dict[tuple[int, int], str] | None = None,
                  view: TokenView | None = None) -> list[tuple[Span, str]]:
    """Cells whose own name says what they secrete: (cell mention, factor concept)."""
    out = []
    for e in (ents if ents is not None else doc.ents):
        if e.label_ != "CELL_TYPE":
            continue
        low = (view.text_lower[view.start[e.start]:view.end[e.end - 1]] if view is not None else e.text.lower())
        c = concepts[(e.start, e.end)] if concepts else concept_of(e)
        if c != "cell:msc_ntf" and (not SECRETING_NAME.search(low) or NOT_SECRETING_NAME.search(low)):
            continue
        if c == "cell:msc_ntf" or (SECRETING_NAME.search(low) and any(rx.search(low) for rx, _ in FACTOR_NAMES)):
            found = {fc for rx, fc in FACTOR_NAMES if rx.search(low)}
            for fc in sorted(found or {"factor:ntf"}):
                out.append((e, fc))
    return out


# `safe`, `well tolerated`: the text states the safety end point without naming it (SPEC: `well
# tolerated` for safety is favorable; the dev gold records such relations but lists no such word as
# a mention). The word is an object of relations only, never a row of the entities table.
SAFE, TOLERATED, WELL, WELL_TOLERATED = (hash_string(w) for w in ("safe", "tolerated", "well", "well-tolerated"))
# a word after `safe` that lets it close a predicate (`safe and feasible`, `safe in patients`); any
# other word makes it an attribute (`a safe dose`, `safe therapeutic intervention`): no claim
PREDICATE_AFTER = frozenset({"and", "or", "for", "in", "to", "with", "when", "at", "after", "up", "over", "during",
                             "throughout", "without", "as", "but", "while", "whereas", "even", "than", "both", "by"})


def implied_safety(doc: Doc, low: list[int] | None = None) -> list[Span]:
    """Spans that state safety without naming it, outside every entity: `safe`, `well tolerated`,
    `well-tolerated`, `tolerated well` (a bare `tolerated` says too little)."""
    low = low if low is not None else doc.to_array(LOWER).tolist()   # hashes: most documents hold none
    if SAFE not in low and TOLERATED not in low and WELL_TOLERATED not in low:
        return []
    n = len(low)
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for i, h in enumerate(low):
        if h == SAFE:
            nxt = doc[i + 1] if i + 1 < n else None
            if nxt is None or not nxt.is_alpha or nxt.lower_ in PREDICATE_AFTER:
                found.append((i, i + 1))
        elif h == WELL_TOLERATED:
            found.append((i, i + 1))
        elif h == TOLERATED and i > 0 and low[i - 1] == WELL:
            found.append((i - 1, i + 1))
        elif h == TOLERATED and i + 1 < n and low[i + 1] == WELL:
            found.append((i, i + 2))
    out = []
    for a, b in found:
        if taken.isdisjoint(range(a, b)):
            span = Span(doc, a, b, label="OUTCOME", kb_id="outcome:safety")
            span._.concept_id = "outcome:safety"
            out.append(span)
    return out


# `the primary end point was X` ... `did not meet the primary end point (p = 0.45)`: a trial names its
# primary end point once, then speaks of it by that role; the later mentions are objects of relation
# rows with X's concept (never entities rows: the gold lists the end point under its own name)
PRIMARY = hash_string("primary")


def implied_primary(doc: Doc, low: list[int], ents: list[Span]) -> list[Span]:
    """Later mentions of a defined primary end point, as spans with its concept."""
    if PRIMARY not in low:
        return []
    words = [t.lower_ for t in doc]
    names = [(i, cues.end_point_name(words, i)) for i, h in enumerate(low) if h == PRIMARY]
    names = [(a, b) for a, b in names if b > 0]
    outcomes = [e for e in ents if e.label_ == "OUTCOME"]
    concept, defined_in = None, None
    has_sents = doc.has_annotation("SENT_START")   # a Doc without sentences is one sentence
    for a, b in names:
        if cues.defines(words, b):
            sent = doc[a].sent if has_sents else doc[:]
            named = next((e for e in outcomes if b < e.start < min(sent.end, b + 30)), None)
            if named is not None:
                concept, defined_in = concept_of(named), (sent.start, sent.end)
                break
    if concept is None:
        return []
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for a, b in names:
        if not defined_in[0] <= a < defined_in[1] and taken.isdisjoint(range(a, b)):
            span = Span(doc, a, b, label="OUTCOME", kb_id=concept)
            span._.concept_id = concept
            out.append(span)
    return out


def argument_spans(doc: Doc) -> list[Span]:
    """What relations are built from: the entities of the relation labels, implied safety and the
    later mentions of a defined primary end point."""
    ents = [e for e in doc.ents if e.label_ in ARGUMENT_LABELS]
    low = doc.to_array(LOWER).tolist()
    implied = implied_safety(doc, low) + implied_primary(doc, low, ents)
    return sorted(ents + implied, key=lambda e: e.start) if implied else ents


# --- the model ------------------------------------------------------------------------------

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
        w = self.weights
        return sum(w.get(k, 0.0) * v for k, v in features.items())

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


# --- the component --------------------------------------------------------------------------

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
        ents = argument_spans(doc)
        labels = {e.label_ for e in ents}
        # no subject and object label pair: no candidate can arise; only a cell named for what it
        # secretes is its own pair, and most documents have none
        possible = any(s in labels and o in labels for s, o in PREDICATES.values()) or (
            "CELL_TYPE" in labels and any(e.label_ == "CELL_TYPE" and _may_name_secretion(e) for e in ents))
        view = token_view(doc) if possible else None
        doc._.relations = self.extract(doc, view=view, ents=ents) if possible else []
        # study design and species only go into relation rows: decided when there are some
        if doc._.relations and (doc._.study_design is None or doc._.species is None):
            text, words = view.text, word_set(WORD.findall(view.text_lower))
            if doc._.study_design is None:
                doc._.study_design = study_design(text, doc._.publication_types, doc._.mesh_terms, words)
            if doc._.species is None:
                doc._.species = species(text, doc._.study_design, doc._.mesh_terms, words)
        return doc

    def extract(self, doc: Doc, keep_all: bool = False, view: TokenView | None = None,
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
                    and not _arms_anaphor_result(cand) \
                    and not _stated_secretion(cand):
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
        for key, (_, cand, p) in chosen.items():
            m = mention(doc, cand, p, view, concepts, masks)
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
            best[key] = RelationMention(
                "SECRETES", view.text[c0:c1], cell.label_, concepts[(cell.start, cell.end)], c0, c1,
                view.text[c0:c1], "NEUROTROPHIC_FACTOR", factor, c0, c1, None, False, False,
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


COORDINATORS = frozenset({"and", "or", ",", "as", "well"})
SOURCE_GAP = re.compile(r"^(?:derived|differentiated|generated|obtained|produced|made|isolated) from"
                        r"(?: (?:the|human|mouse|murine|rat|autologous|allogeneic|healthy|donor))*$")
# what may stand between two members of one list of factors (`NTFs such as GDNF, BDNF (brain-derived ...)`)
FACTOR_LIST_WORDS = COORDINATORS | {"such", "including", "e.g.", "namely", "(", ")", "especially", "particularly"}


def factor_lists(ents: list[Span], view: TokenView, concepts: dict[tuple[int, int], str]) -> dict[tuple[int, int], int]:
    """Named factors that stand in one list of two or more (only list words between neighbours),
    keyed by token offsets, valued by the list's first token. A class word (`NTFs such as`) is no
    member: what the class does is not said of each factor, nor the reverse."""
    out: dict[tuple[int, int], int] = {}
    run: list[Span] = []
    for e in sorted((e for e in ents if e.label_ == "NEUROTROPHIC_FACTOR" and concepts[(e.start, e.end)] != "factor:ntf"),
                    key=lambda e: e.start):
        if run and not (0 <= e.start - run[-1].end <= 3
                        and all(view.words(run[-1].end, e.start)[k] in FACTOR_LIST_WORDS
                                for k in range(e.start - run[-1].end))):
            if len(run) >= 2:
                out.update({(x.start, x.end): run[0].start for x in run})
            run = []
        run.append(e)
    if len(run) >= 2:
        out.update({(x.start, x.end): run[0].start for x in run})
    return out


CELL_LIST_WORDS = frozenset({"and", "or", ",", "the"})


def cell_lists(ents: list[Span], view: TokenView, concepts: dict[tuple[int, int], str]) -> dict[tuple[int, int], int]:
    """Cell mentions of two or more distinct concepts that stand in one list (only `,`, `and`, `or`, `the`
    between neighbours: `BM-MSCs, AD-MSCs and UC-MSCs`, `in the BM-MSC and the UC-MSC groups`), keyed by
    token offsets, valued by the list's first token."""
    out: dict[tuple[int, int], int] = {}
    run: list[Span] = []

    def close() -> None:
        if len({concepts[(x.start, x.end)] for x in run}) >= 2:
            out.update({(x.start, x.end): run[0].start for x in run})

    for e in sorted((e for e in ents if e.label_ == "CELL_TYPE"), key=lambda e: e.start):
        if run and not (0 < e.start - run[-1].end <= 2
                        and all(w in CELL_LIST_WORDS for w in view.words(run[-1].end, e.start))
                        and any(w in ("and", "or", ",") for w in view.words(run[-1].end, e.start))):
            close()
            run = []
        run.append(e)
    close()
    return out


def _cells_result(c: Candidate) -> bool:
    """Decided after scoring (the scorer still learns from these pairs as negatives): a factor named as
    what the cells were made to make (`hMSCs hypersecreting BDNF improved locomotion`: the engineered cells
    act, AFFECTS) or as a read-out named before the end point it is measured beside (`Effect of MSCs on
    neurologic function and expression of VEGF`)."""
    if c.predicate != "FACTOR_AFFECTS" or c.resolved:
        return False
    if _factor_of_the_cells(c) or _secreted_then_cells_act(c):
        return True
    f0 = c.subj.start - c.seg.start
    return f0 >= 2 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] in READOUT_NOUNS and \
        _readout_measured(c, before_form=True)


# the nouns for a group of the cells named before (`the three cell types`, `neither population`)
GROUP_NOUNS = "types|populations|cells|sources|products|preparations|lines|grafts|groups|arms|treatments|therapies"
GROUP_NOUN_SINGULARS = "type|population|source|product|preparation|line|graft|group|arm|treatment|therapy"
# a group of the cells named before, denied at the opening of its sentence (`Neither cell type ...`,
# `None of the three MSC sources ...`, `However, neither population ...`)
DENIED_GROUP = re.compile(r"^(?:(?:however|in contrast) , |.* (?:, but|;|whereas|while) )?(?:neither|none)(?: of)?(?: the| these)?(?: (?:two|three|four))?"
                          rf"(?: [\w-]+)?(?: cell)? (?:{GROUP_NOUNS}|{GROUP_NOUN_SINGULARS})\b")
# a group of the cells named before, as the subject that opens its sentence (`Both cell types ...`,
# `All three populations ...`, `Each of the grafts ...`)
ARMS_SUBJECT = re.compile(r"^(?:both|all|each)(?: of)?(?: the| these)?(?: (?:two|three|four))?(?: [\w-]+)?(?: cell)? "
                          rf"(?:{GROUP_NOUNS})\b|^both (?:cell type|population|source|graft|preparation)\b")


def _denied_group(toks: list[str], o0: int) -> bool:
    """The sentence opens on a denied group of cells (DENIED_GROUP) before the object at o0."""
    return DENIED_GROUP.match(" ".join(toks[:o0])) is not None


def _arms_anaphor_result(c: Candidate) -> bool:
    """`Both populations delayed disease onset`, `All three cell types improved motor function`: a group of the
    cells compared just before is the subject of a change word in its clause. Kept whatever the scorer makes of
    it (trained on few such groups, it leaves them near the threshold), as _factor_anaphor_result."""
    return (c.predicate == "AFFECTS" and c.resolved and "AFFECTS|clause_effect" in c.features
            and (ARMS_SUBJECT.match(" ".join(c.toks[:c.obj.start - c.seg.start])) is not None
                 or _denied_group(c.toks, c.obj.start - c.seg.start)))


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
        for e in c.subj.doc[c.subj.end:c.obj.start].ents:
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


STATED_SECRETION = re.compile(r"(?:secret|releas|produc|express|synthesi[sz])(?:es|ed|e|s|ing)?")
RECEPTOR_WORDS = frozenset({"receptor", "receptors", "-receptor", "signalling", "signaling", "pathway"})


def _stated_secretion(c: Candidate) -> bool:
    """`Schwann cells in the cultures expressed NGF mRNA`, `astrocytes secrete GDNF`: a cell, a verb of
    secretion and the factor within a few words of one clause, no other name between. Stated so plainly,
    the secretion is kept whatever the scorer makes of the cell (trained mostly on grafted MSCs, it
    leaves the body's own cells low)."""
    if c.predicate != "SECRETES" or c.resolved:
        return False
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if not 0 < o0 - s1 <= 6 or c.subj.doc[c.subj.end:c.obj.start].ents:
        return False
    o1 = c.obj.end - c.seg.start
    if o1 < len(c.toks) and c.toks[o1] in RECEPTOR_WORDS:
        return False
    s0 = c.subj.start - c.seg.start
    if s0 > 0 and c.toks[s0 - 1] in ("into", "to", "of", "from", "with", "by", "than"):
        return False   # `differentiate into neuronal cells and release NTFs`: the cells named are not the subject
    between = c.toks[s1:o0]
    return any(STATED_SECRETION.fullmatch(w) for w in between) and cues.CLAUSE_BREAKS.isdisjoint(between) and \
        cues.NEGATORS.isdisjoint(between) and not STATED_SECRETION_STOPS & set(between)


STATED_SECRETION_STOPS = frozenset({",", "(", "which", "that", "to", "and", "or", "through", "by", "via"})


def _rank(m: RelationMention) -> tuple[float, int]:
    """Which of two mentions of one relation in one sentence to keep: surer, then closer."""
    return (m.confidence, -abs(m.subject_start - m.object_start))


# a next sentence that only judges the difference before it
NEXT_NOT_SIGNIFICANT = re.compile(
    r"\s*(?:However|But|Nevertheless|Yet),?\s+(?:this|the|these|such|that)\s+(?:\w+\s+)?(?:differences?|improvements?|"
    r"effects?|changes?|trends?|increases?|decreases?|reductions?|benefits?|gains?)\s+(?:was|were|did|does|do)\s+not\s+"
    r"(?:statistically\s+)?(?:significant|reach|achieve)")


# the patients split by how they responded: no single direction for the outcome
RESPONSE_SPLIT = re.compile(r"\bnon-?responders?\b|\bresponse (?:types|patterns)\b|\b(?:types|patterns) of response\b"
                            r"|\bdid not respond\b")


def _masked(seg: Segment, toks: list[str], etypes: list[int], cache: dict | None) -> list[str]:
    """The segment's words with OUTCOME and DISEASE tokens blanked and cue words in cell names
    neutralised, once per segment."""
    if cache is not None and seg.index in cache:
        return cache[seg.index]
    # a word inside a cell's name is no cue either (`induced pluripotent stem cells`, `enhanced MSCs`)
    out = ["" if e in OUTCOME_OR_DISEASE else "cells" if e == CELL_HASH and cues.cue_kind(t, False) else t
           for t, e in zip(toks, etypes)]
    if cache is not None:
        cache[seg.index] = out
    return out


OUTCOME_HASH = hash_string("OUTCOME")


def _head_of_complement(toks: list[str], etypes: list[int], o0: int) -> int:
    """Where the end point that the one at toks[o0] completes begins (`denervation of [neuromuscular
    junctions]`, `loss of the [NMJs]`), or o0 when it completes none."""
    k = o0 - 1
    if k >= 1 and toks[k] in ("the", "their", "its"):
        k -= 1
    if k < 1 or toks[k] != "of" or etypes[k - 1] != OUTCOME_HASH:
        return o0
    k -= 1
    while k > 0 and etypes[k - 1] == OUTCOME_HASH:
        k -= 1
    return k


def mention(doc: Doc, cand: Candidate, confidence: float, view: TokenView | None = None,
            concepts: dict[tuple[int, int], str] | None = None, masks: dict | None = None) -> RelationMention:
    """A scored candidate -> RelationMention with its effect, negation and hedge (cue scope)."""
    seg = cand.seg
    toks = cand.toks
    view = view or token_view(doc)
    s, o = cand.subj, cand.obj
    s_id = concepts[(s.start, s.end)] if concepts else concept_of(s)
    s0c, s1c = view.start[s.start], view.end[s.end - 1]
    o0c, o1c = view.start[o.start], view.end[o.end - 1]
    o_text = view.text[o0c:o1c]
    o_id = concepts[(o.start, o.end)] if concepts else concept_of(o)
    etypes = view.ent_type[seg.start:seg.end]
    o0, o1 = cand.obj.start - seg.start, cand.obj.end - seg.start
    c_lo, c_hi = cand.scope
    subj_in_seg = not cand.resolved
    s0 = cand.subj.start - seg.start if subj_in_seg else None
    later = max(o1, cand.subj.end - seg.start) if subj_in_seg else o1
    effect = cue = None
    if cand.predicate in EFFECT_PREDICATES:
        # other outcomes and diseases are not cue words (`motor neuron loss` is no cue for survival)
        masked = _masked(seg, toks, etypes, masks)
        # `reduced denervation of neuromuscular junctions`: the end point named after `of` is read with the
        # end point it completes (its own reading made the junctions the thing reduced)
        h0 = _head_of_complement(toks, etypes, o0)
        h_text = o_text if h0 == o0 else view.text[view.start[seg.start + h0]:o1c]
        if o1 > h0:
            masked = masked[:h0] + toks[h0:o1] + masked[o1:]
        o_clause = cues.clause_scope(toks, h0, o1)
        ec = cues.effect_in_scope(masked, (h0, o1), o_clause, h_text, o_id)
        if s0 is not None and s0 >= o_clause[1] and toks[o_clause[1]] in cues.CONTRAST_BREAKS and any(
                etypes[k] in (CELL_HASH, FACTOR_HASH) for k in range(o_clause[0], o_clause[1])) and not all(
                (concepts[(e.start, e.end)] if concepts and (e.start, e.end) in concepts else concept_of(e)) == s_id
                for e in doc[seg.start + o_clause[0]:seg.start + o_clause[1]].ents
                if e.label_ in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")):
            # `A reduced X, whereas B had no effect`: B's own clause says what B did to X (not `Survival
            # was prolonged, but onset was not delayed in MSC-treated mice`: X's clause names no agent; not
            # `GDNF aids recovery; however, GDNF crosses the barrier poorly, which limits its use`: X's clause
            # names the same agent, whose own words on X stand there)
            s_clause = cues.clause_scope(toks, s0, cand.subj.end - seg.start)
            # X stands at the end of B's clause, where `it`/`so`/nothing refers to it
            own = cues.effect_in_scope(masked, (s_clause[1], s_clause[1]), s_clause, o_text, o_id, elsewhere=True)
            if own.cue is not None:
                ec = own
        effect, cue = ec.effect, ec.cue
        benefit_shown = False
        if effect in ("favorable", "unfavorable") and o_id == "outcome:survival" and cues.is_harm_outcome(o_text, o_id) \
                and cues.in_composite(toks, o_clause[0], o0):
            # `the time to death or permanent ventilation was longer`: the event is a member of one survival
            # end point, whose change the cue states (read as a harm, its direction came out inverted)
            effect = "favorable" if effect == "unfavorable" else "unfavorable"
        if s0 is not None and effect in ("favorable", "null") and (s0 > 0 and toks[s0 - 1] == "unlike" or s0 > 1 and (
                toks[s0 - 2], toks[s0 - 1]) in (("contrast", "to"), ("contrast", "with"))):
            # `Unlike GDNF, BDNF failed to preserve motor neurons`, `GDNF improved X, unlike BDNF`: the agent
            # set against the clause's own had the other result
            effect, cue = ("null" if effect == "favorable" else "favorable"), "unlike"
        if effect in ("favorable", "unfavorable", "null") and toks and toks[-1] == "?":
            effect, cue = "unclear", "question"   # `Do MSCs improve survival in ALS?`: asked, not found
        if effect in ("favorable", "unfavorable", "null") and o_id != "outcome:safety" and RESPONSE_SPLIT.search(
                view.span_lower(seg.start, seg.end)):
            # `responders improved, whereas non-responders declined`, `three response types: slower, unchanged and
            # faster progression`: a result that went both ways across patients, SPEC's mixed
            effect, cue = "unclear", "responders"
        if effect in ("favorable", "unfavorable") and NEXT_NOT_SIGNIFICANT.match(view.text, view.end[seg.end - 1]):
            effect, cue = "null", "not significant"   # `X improved. However, this difference was not significant.`
        if effect in ("unfavorable", "favorable") and cue and cue.startswith(P.BLOCKING) and \
                BLOCKING_REAGENT.search(" ".join(toks[o_clause[0]:o_clause[1]])):
            # `the survival benefit was abolished by anti-VEGF antibodies`: blocking the factor takes away a
            # benefit, which shows the benefit (of the cells, through the factor)
            effect, benefit_shown = "favorable", True
        if effect == "null" and _control_declined_after(toks, o_clause[1]):
            # `FVC remained unchanged in treated patients, whereas it declined by 15% in the placebo group`: no
            # decline where the control declined is the benefit
            effect, cue = "favorable", "control declined"
        if cand.predicate == "FACTOR_AFFECTS" and s0 is not None and effect in ("favorable", "unfavorable") and \
                _factor_taken_away(toks, s0, cand.subj.end - seg.start):
            # `VEGF deficiency causes motor neuron degeneration`, `withdrawal of BDNF increased death`: what
            # the factor's absence does shows what the factor does
            if benefit_shown or _benefit_taken_away(toks, o_clause, cue):
                pass   # `Knockdown of BDNF reduced the protective effect on cell viability`: the benefit the
                # factor's absence took away is the factor's (the cue word already reads favorable)
            elif (cue is None or cue.lower() in cues.MILD_WORDS) and cues.is_harm_outcome(o_text, o_id):
                # `BDNF withdrawal leads to motor neuron death`, `VEGF-deficient mice develop motor neuron
                # degeneration`: with no cue word the absence brought the harm about, so the factor prevents it
                # (`CNTF-null mice develop mild motor neuron loss`: `mild` grades the harm, it does not lessen it)
                effect = "favorable"
            else:
                effect = "favorable" if effect == "unfavorable" else "unfavorable"
        if cue is None and seg.section == "methods" and seg.section_source != "position":
            effect = "unclear"   # a methods sentence names what was measured, not how it came out
    hedge = cues.hedge_in_scope(toks, c_lo, later)
    if hedge is None:
        # `a strategy of AAV-GDNF delivery to protect motoneurons as a possible means of ALS treatment`: the
        # whole proposal is only a possibility, said after both arguments
        hedge = cues.proposed_as_possible(toks, later, c_hi, min(o0, s0) if subj_in_seg else c_lo)
    if hedge is None and cand.predicate in EFFECT_PREDICATES:
        # `MSCs hold promise for delaying onset`, `a promising option for promoting recovery is ...`
        hedge = cues.promise_for(toks, c_lo, later)
    negation = None
    if cand.predicate in ("ADMINISTERED_VIA", "SECRETES"):
        prefixes = TRIGGERS["treat" if cand.predicate == "ADMINISTERED_VIA" else "secrete"][:10]
        trig = [i for i in range(c_lo, c_hi) if toks[i].startswith(prefixes)]
        trig_at = min(trig, key=lambda i: abs(i - o0)) if trig else None
        negation = cues.negation_of_trigger(toks, trig_at, o0, window=2)
        if negation is None and cand.predicate == "ADMINISTERED_VIA" and o0 >= 2 and (
                tuple(toks[o0 - 2:o0]) in (("instead", "of"), ("rather", "than"), ("opposed", "to"))
                or any(t.startswith("avoid") for t in toks[max(0, o0 - 3):o0])):
            negation = toks[o0 - 2]   # `intrathecally instead of intravenously`, `avoids intrathecal injection`
        if negation is None and cand.predicate == "SECRETES":
            lo, hi = cues.clause_scope(toks, o0, o1)
            found = UNDETECTED.search(" ".join(toks[lo:hi]))
            negation = found.group(0) if found else None
    elif s0 is not None:
        negation = cues.negation_of_trigger(toks, None, s0, window=2)
        if negation is not None and cand.predicate in EFFECT_PREDICATES:
            # `neither A nor B affected X`, `A, but not B, reduced X`: B left X unchanged (SPEC: an
            # outcome that did not change is effect null, not a negated relation); `high- but not
            # low-dose A` excludes a dose, not A
            k = s0 - 1 - (s0 > 1 and toks[s0 - 1] in ("for", "in", "with", "after", "by"))   # `but not for B`
            if k >= 0 and toks[k] in ("not", "neither", "nor"):
                effect, cue = "null", toks[k]
            negation = None
    if negation is None and _denied_group(toks, o0):
        # `Neither cell type secreted NT-3`, `None of the three MSC sources produced NGF`: the group that
        # opens the sentence takes in every cell named before, and denies each one's relation (an effect
        # denied so is an outcome that did not change: null, SPEC)
        if cand.predicate in ("ADMINISTERED_VIA", "SECRETES"):
            negation = toks[0] if toks[0] in cues.NO_SUBJECT else toks[1]
        elif effect in ("favorable", "unfavorable"):
            effect, cue = "null", toks[0] if toks[0] in cues.NO_SUBJECT else toks[1]
    if cand.resolved and seg.index - cand.subj_seg.index <= 1:
        ev_start = view.strip(cand.subj_seg.start, cand.subj_seg.end)[0]
        ev_end = view.strip(seg.start, seg.end)[1]
    else:
        ev_start, ev_end = view.strip(seg.start, seg.end)
    return RelationMention(
        cand.predicate, view.text[s0c:s1c], s.label_, s_id, s0c, s1c,
        o_text, o.label_, o_id, o0c, o1c,
        effect, negation is not None, hedge is not None, round(float(confidence), 4),
        ev_start, ev_end, seg.index, seg.section, cand.resolved, cue, hedge, negation)


# --- rows ---------------------------------------------------------------------------------------

def relation_rows(doc: Doc, pipeline_version: str) -> list[dict]:
    """Doc._.relations as rows of pipeline.schema.RELATIONS."""
    out = []
    text = None     # Doc.text joins every token: only for mentions made without their evidence
    for m in doc._.relations or ():
        evidence = m.evidence
        if evidence is None:
            text = doc.text if text is None else text
            evidence = text[m.evidence_start:m.evidence_end]
        out.append({
            "pmid": doc._.pmid,
            "predicate": m.predicate,
            "subject_text": m.subject_text, "subject_label": m.subject_label, "subject_id": m.subject_id,
            "subject_start": m.subject_start, "subject_end": m.subject_end,
            "object_text": m.object_text, "object_label": m.object_label, "object_id": m.object_id,
            "object_start": m.object_start, "object_end": m.object_end,
            "effect": m.effect if m.predicate in EFFECT_PREDICATES else None,
            "negated": bool(m.negated), "hedged": bool(m.hedged), "confidence": float(m.confidence),
            "evidence": evidence,
            "evidence_start": m.evidence_start, "evidence_end": m.evidence_end,
            "section": m.section,
            "study_design": doc._.study_design,
            "species": doc._.species,
            "year": doc._.year,
            "pipeline_version": pipeline_version,
        })
    return out


def iter_rows(docs: Iterable[Doc], pipeline_version: str) -> Iterable[dict]:
    for doc in docs:
        yield from relation_rows(doc, pipeline_version)
