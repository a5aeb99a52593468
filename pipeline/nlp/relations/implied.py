"""Relation arguments that no entity pair supplies: safety stated without naming it (`safe`, `well
tolerated`), later mentions of a defined primary end point (`did not meet the primary end point`), a protection
referred back to in a blocking experiment (`factor_blocking.implied_protection`), and
cells whose own name says what they secrete (`GDNF-secreting MSCs`, `MSC-NTF cells`). `argument_spans`
adds the first two to the entities a document's relations are built from; `name_secretes` gives
SECRETES rows of its own.
"""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import nested_factor_end
from pipeline.nlp.ruler import NESTED_KEY
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import ARGUMENT_LABELS, concept_of
from pipeline.nlp.relations.factor_blocking import PROTECTION_HASHES, implied_protection

FACTOR_NAMES = (
    (re.compile(r"\bntfs?\b|neurotrophic"), "factor:ntf"), (re.compile(r"gdnf"), "factor:GDNF"),
    (re.compile(r"bdnf"), "factor:BDNF"), (re.compile(r"vegf"), "factor:VEGFA"),
    (re.compile(r"igf-?(?:1|i\b)"), "factor:IGF1"), (re.compile(r"\bngf"), "factor:NGF"),
    (re.compile(r"\bhgf"), "factor:HGF"), (re.compile(r"cntf"), "factor:CNTF"),
    (re.compile(r"nt-?3\b|neurotrophin-?3\b"), "factor:NTF3"), (re.compile(r"fgf-?2|bfgf"), "factor:FGF2"),
)

# a cell name that says what the cells make: `GDNF-secreting MSCs`, `MSC-NTF`, `MSC-HGF`, `BDNF-MSCs`,
# `HGF-transfected MSCs` (not cells given a factor: `VEGF-primed MSCs`, NOT_SECRETING_NAME)
_FACTOR_TAGS = r"gdnf|bdnf|vegf\w*|igf-?(?:1|i)|hgf|ngf|cntf|nt-?3|bfgf|fgf-?2"
# (helper BB, s21) also the slash and dot joints and the plural of the engineered line (`hMSC/GDNF`, `iNPC-GDNFs`,
# `F3.VEGF`, `GDNF/MSCs`)
SECRETING_NAME = re.compile(r"secret|express|overexpress|produc|releas|engineer|transduc|transfect|modif|-ntf|ntf\b"
                            rf"|nurown|[-/.](?:{_FACTOR_TAGS})s?\b|^(?:{_FACTOR_TAGS})[-/]")
NOT_SECRETING_NAME = re.compile(r"prim|precondition|pre-condition|pretreat|pre-treat|stimulat|treated|expos|cultur")


def _may_name_secretion(cell: Span) -> bool:
    """The cheap test before name_secretes: the cell's concept or text can say it secretes."""
    low = cell.text.lower()
    return cell._.concept_id == "cell:msc_ntf" or bool(SECRETING_NAME.search(low)) and not NOT_SECRETING_NAME.search(low)


def name_secretes(doc: Doc, ents: list[Span] | None = None, concepts: dict[tuple[int, int], str] | None = None,
                  view: TokenOffsets | None = None) -> list[tuple[Span, str]]:
    """Cells whose own name says what they secrete: (cell mention, factor concept)."""
    out = []
    for e in (ents if ents is not None else doc.ents):
        if e.label_ != "CELL_TYPE":
            continue
        low = (view.text_lower[view.start[e.start]:view.end[e.end - 1]] if view is not None else e.text.lower())
        c = concepts[(e.start, e.end)] if concepts else concept_of(e)
        if c != "cell:msc_ntf" and (not SECRETING_NAME.search(low) or NOT_SECRETING_NAME.search(low)):
            continue
        # a factor written out inside the name (`glial cell line-derived neurotrophic factor-overexpressing
        # NSCs`), as the ruler found it from the vocabulary: its own concept, and its `neurotrophic` names
        # no class of factors
        inside = [] if c == "cell:msc_ntf" else [
            s for s in doc.spans.get(NESTED_KEY, ()) if len(s) > 1 and e.start <= s.start and s.end <= e.end
            and s.label_ == "NEUROTROPHIC_FACTOR"]
        spelled = {s.kb_id_ for s in inside}
        for s in inside:
            a, b = s.start_char - e.start_char, nested_factor_end(s) - e.start_char
            low = low[:a] + " " * (b - a) + low[b:]
        if c == "cell:msc_ntf" or (SECRETING_NAME.search(low) and any(rx.search(low) for rx, _ in FACTOR_NAMES)) or spelled:
            found = spelled | {fc for rx, fc in FACTOR_NAMES if rx.search(low)}
            for fc in sorted(found or {"factor:ntf"}):
                out.append((e, fc))
        if c == "cell:msc_ntf":
            out.extend((src, "factor:ntf") for src in _induced_into(doc, e, ents, concepts))
    return out


def factor_in_name(doc: Doc, cell: Span, factor: str, c0: int, c1: int, low: str) -> tuple[int, int]:
    """(helper DP, s25) Character offsets of the factor a cell's name says it secretes (`BDNF` of `BDNF-hMSC`,
    `glial cell line-derived neurotrophic factor` of `glial cell line-derived neurotrophic factor-overexpressing
    NSCs`): the SECRETES row's object, not the whole cell name. `c0, c1`: the cell's offsets, `low` the lower-cased
    document text. The whole name where it spells no factor (`NurOwn`)."""
    for s in doc.spans.get(NESTED_KEY, ()):
        if s.kb_id_ == factor and cell.start <= s.start and s.end <= cell.end:
            return s.start_char, nested_factor_end(s)
    for rx, fc in FACTOR_NAMES:
        if fc == factor:
            m = rx.search(low, c0, c1)
            if m:
                return m.start(), m.end()
    return c0, c1


# (helper AD, s19) `MSCs were induced into NTF-secreting cells`, `the capacity of placental MSC to differentiate
# into neurotrophic factor-producing cells`: the source cells induced to secrete (SPEC: SECRETES)
INDUCED_INTO = re.compile(r"\b(?:induc|differentiat|convert|transdifferentiat)\w*")
MSC_SOURCES = frozenset(P.MSC_FAMILY) - {"cell:msc_ntf"}   # the cells, not what they are induced into


def _induced_into(doc: Doc, target: Span, ents, concepts) -> list[Span]:
    """The MSCs a sentence says were induced or differentiated into the MSC-NTF cells at `target`
    (`into`/`to` right before them, a verb of induction between, no clause break; coordinated sources all)."""
    if target.start == 0 or doc[target.start - 1].lower_ not in ("into", "to"):
        return []
    lo = target.sent.start if doc.has_annotation("SENT_START") else 0
    cells = [x for x in (ents if ents is not None else doc.ents) if x.label_ == "CELL_TYPE"
             and lo <= x.start and x.end <= target.start]
    if not cells:
        return []
    last = cells[-1]
    between = doc[last.end:target.start]
    if len(between) > 8 or any(t.text in (";", ".", ",") or t.lower_ in ("which", "that", "whereas", "but")
                               for t in between) or not INDUCED_INTO.search(between.text.lower()):
        return []
    found = []
    for x in reversed(cells):   # `ADSCs and BMSCs were induced to`: the coordinated sources before
        if found and not all(t.lower_ in ("and", "or", ",", "both", "the", "human", "rat") for t in doc[x.end:found[-1].start]):
            break
        cid = concepts[(x.start, x.end)] if concepts else concept_of(x)
        if cid not in MSC_SOURCES:
            break
        found.append(x)
    return found


# `safe`, `well tolerated`: the text states the safety end point without naming it (SPEC: `well
# tolerated` for safety is favorable; the dev gold records such relations but lists no such word as
# a mention). The word is an object of relations only, never a row of the entities table.
SAFE, TOLERATED, WELL, WELL_TOLERATED = (hash_string(w) for w in ("safe", "tolerated", "well", "well-tolerated"))
# a word after `safe` that lets it close a predicate (`safe and feasible`, `safe in patients`); any
# other word makes it an attribute (`a safe dose`, `safe therapeutic intervention`): no claim
PREDICATE_AFTER = frozenset({"and", "or", "for", "in", "to", "with", "when", "at", "after", "up", "over", "during",
                             "throughout", "without", "as", "but", "while", "whereas", "even", "than", "both", "by"})
# `the intramuscular injection of BMMCs is a safe procedure`, `proved to be a safe option`: after a copula and
# `a`, the attribute is the claim itself
COPULA_A = frozenset({"is", "was", "are", "were", "be", "been", "remains", "represents"})


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
            if nxt is None or not nxt.is_alpha or nxt.lower_ in PREDICATE_AFTER or (
                    i >= 2 and doc[i - 1].lower_ in ("a", "an") and doc[i - 2].lower_ in COPULA_A):
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
# rows with X's concept (never entities rows: the gold lists the end point under its own name). So for the
# secondary end points (`secondary outcomes included Y and Z` ... `secondary outcomes did not differ`) and a
# mention of both roles (`no difference in the primary or secondary outcome measures`).
PRIMARY = hash_string("primary")
SECONDARY = hash_string("secondary")
BOTH_ROLES = ("or", "and", "and/or")


def _role_mentions(words: list[str], role: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, roles) of each `<role> <end point name>` and `primary or secondary <name>`."""
    out = []
    for i, w in enumerate(words):
        if w != role or i > 1 and words[i - 1] in BOTH_ROLES and words[i - 2] == "primary":
            continue    # (`primary or secondary outcomes`: the mention of both roles, below)
        b = cues.end_point_name(words, i)
        if b > 0:
            out.append((i, b, (role,)))
        elif role == "primary" and i + 2 < len(words) and words[i + 1] in BOTH_ROLES and words[i + 2] == "secondary":
            b = cues.end_point_name(words, i + 2)
            if b > 0:
                out.append((i, b, ("primary", "secondary")))
    return out


def implied_primary(doc: Doc, low: list[int], ents: list[Span]) -> list[Span]:
    """Later mentions of a defined primary (or secondary) end point, as spans with its concept(s)."""
    if PRIMARY not in low and SECONDARY not in low:
        return []
    strings = doc.vocab.strings
    words = [strings[h] for h in low]   # Token.lower_, without a Token object per token
    outcomes = [e for e in ents if e.label_ == "OUTCOME"]
    has_sents = doc.has_annotation("SENT_START")   # a Doc without sentences is one sentence
    defined: dict[str, tuple[list[str], tuple[int, int]]] = {}
    mentions = _role_mentions(words, "primary") + _role_mentions(words, "secondary")
    for role in ("primary", "secondary"):
        for a, b, roles in mentions:
            if roles != (role,) or not cues.defines(words, b):
                continue
            sent = doc[a].sent if has_sents else doc[:]
            named = [e for e in outcomes if b < e.start < min(sent.end, b + 30)]
            if named:
                # the primary end point is the first outcome named; the secondary ones are all of them
                concepts = [concept_of(named[0])] if role == "primary" else list(dict.fromkeys(map(concept_of, named)))
                defined[role] = (concepts, (sent.start, sent.end))
                break
    if not defined:
        return []
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for a, b, roles in mentions:
        if not taken.isdisjoint(range(a, b)):
            continue
        concepts = list(dict.fromkeys(c for role in roles if role in defined and not (
            defined[role][1][0] <= a < defined[role][1][1]) for c in defined[role][0]))
        # a span's concept is kept by its offsets: each concept gets its own part of the mention, those that
        # keep the end point's name first (`... outcome measures`, `secondary outcome measures`, ...)
        spans = ([(k, b) for k in range(a, b)] + [(a, k) for k in range(b - 1, a, -1)])[:len(concepts)]
        for (s, e), concept in zip(spans, concepts):
            span = Span(doc, s, e, label="OUTCOME", kb_id=concept)
            span._.concept_id = concept
            out.append(span)
    return out


# the words implied_safety and implied_primary look for first: without one, neither finds anything
IMPLIED_WORDS = frozenset({SAFE, TOLERATED, WELL_TOLERATED, PRIMARY, SECONDARY})


def argument_spans(doc: Doc, ents: list[Span] | None = None) -> list[Span]:
    """What relations are built from: the entities of the relation labels, implied safety and the
    later mentions of a defined primary end point (`ents`: the first, when the caller has them)."""
    if ents is None:
        ents = [e for e in doc.ents if e.label_ in ARGUMENT_LABELS]
    low = doc.to_array(LOWER).tolist()
    if IMPLIED_WORDS.isdisjoint(low) and PROTECTION_HASHES.isdisjoint(low):
        return ents   # (one pass over the hashes: most documents hold none of the words these look for)
    implied = implied_safety(doc, low) + implied_primary(doc, low, ents) + implied_protection(doc, low, ents)
    return sorted(ents + implied, key=lambda e: e.start) if implied else ents
