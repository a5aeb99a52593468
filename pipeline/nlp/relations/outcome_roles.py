"""Gates that read the outcome mention itself and the words around it: a term of a correlation, harm that
a verb of inducing makes (the disease model being made), the model's agent arm, a secretion named as the
means of action, a place, something the cells make, a drawback of the therapy, a subgroup (`patients with
...`), what a marker stands for, a clause that describes the disease, the control arm's own clause. What
such an outcome names is no result of the cells. Read by `gates._gated`.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.strings import hash_string

from pipeline.nlp import cues
from pipeline.nlp.cues.effect import GAIN_HEADS
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import OUTCOME_HASH
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.segment_flags import CONTROL_ARM, TREATED_ONLY


DISEASE_HASH = hash_string("DISEASE")   # as TokenOffsets.ent_type holds it


INDUCING = re.compile(r"(?:induc|caus|produc|provok|creat|generat)(?:e|es|ed|ing)|(?:trigger|elicit)(?:s|ed|ing)?")
# (`leads to`, `results in`: only with their preposition; `results of X` names a measure)
INDUCING_WITH = {"lead": "to", "leads": "to", "led": "to", "leading": "to", "result": "in", "results": "in",
                 "resulted": "in", "resulting": "in"}


CORRELATE = re.compile(r"(?:inversely |positively |negatively |significantly |closely |strongly )?correlat(?:ed|es|e)$")


def _correlate(toks: list[str], o0: int, o1: int) -> bool:
    """The outcome is a term of a correlation between measures: `X correlated with <outcome>`, `<outcome> was
    (inversely) correlated with X`, `a correlation between X and <outcome>` (not `no correlation`: a null finding
    the effect cues read)."""
    for k in range(max(0, o0 - 8), o0):
        if CORRELATE.match(toks[k]) and k + 1 < len(toks) and toks[k + 1] == "with" and "no" not in toks[max(0, k - 3):k] \
                and "not" not in toks[max(0, k - 3):k] and not set(toks[k + 2:o0]) & {",", ";", "and", "but", "whereas"}:
            return True    # `... correlated with the decline in <outcome>`
        if toks[k] == "correlation" and k + 1 < len(toks) and toks[k + 1] == "between" and \
                "no" not in toks[max(0, k - 3):k] and ";" not in toks[k:o0]:
            return True    # `a correlation between engraftment and <outcome>`
    j = o1
    while j < min(len(toks), o1 + 4) and toks[j] in ("was", "were", "is", "are", "inversely", "positively",
                                                      "negatively", "significantly", "closely", "strongly", "also"):
        j += 1
    return j < len(toks) and CORRELATE.match(toks[j]) is not None and j + 1 < len(toks) and toks[j + 1] == "with"


# (helper BK, s21) the disease model's own agent arm: `Cisplatin-treated mice developed allodynia`, `LPS-injected rats
# showed marked microglial activation`, `6-OHDA-lesioned rats exhibited rotational asymmetry`: what the model's
# agent does, when the sentence names no cells and no treatment, comparison or time after it
MODEL_AGENT_ARM = re.compile(r"^(?:in\s+)?(?:the\s+|all\s+|these\s+)?([\w()]+(?:-[\w()]+){0,2}?)-(?:treated|injected|induced|"
                             r"exposed|lesioned|intoxicated|challenged|fed|infused|immunized)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:mice|rats|animals|models?|dogs|monkeys|pigs|rabbits|zebrafish)\s+(?:(?:rapidly|consistently|"
                             r"progressively|also|all)\s+)?(?:developed|presented|showed|exhibited|displayed|had|suffered|"
                             r"manifested|experienced)\b")
NOT_MODEL_AGENT = re.compile(r"msc|cell|stem|graft|transplant|exo|secretom|\bcm\b|\bevs?\b|nsc|npc|ipsc|mnc|vesic|"
                             r"medi(?:um|a)|treg|vehicle|sham|saline|pbs|placebo|control|mock|drug|treatment|therap|dose")
AFTER_MODEL_AGENT = re.compile(r"\b(?:after|following|post|treated|treatment|therap\w*|transplant\w*|graft\w*|cells?|"
                               r"compared|than|versus|vs|relative|whereas|while|unlike|but|group|groups|arm)\b")


def _model_agent_arm(seg_text: str) -> bool:
    m = MODEL_AGENT_ARM.match(seg_text)
    return m is not None and NOT_MODEL_AGENT.search(m.group(1)) is None and \
        AFTER_MODEL_AGENT.search(seg_text[m.end():]) is None


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
    return at is not None and not cues.states_result(c.toks)


MEANS_BEFORE = frozenset({"through", "via"})
SECRETION_HEADS = frozenset({"secretion", "secretions", "release", "production"})


def _means_of_action(toks: list[str], o0: int) -> bool:
    """The outcome is a secretion named as the means of an effect: `through (the) secretion of X`, `via
    release of X`."""
    if o0 >= len(toks) or toks[o0] not in SECRETION_HEADS:
        return False
    k = o0 - 1 - (o0 >= 2 and toks[o0 - 1] in ("the", "a", "its", "their", "paracrine"))
    return k >= 0 and toks[k] in MEANS_BEFORE


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


MAKE_WORDS = frozenset({"contained", "contains", "contain", "containing", "secreted", "secrete", "secretes",
                        "released", "release", "releases", "produced", "produce", "produces", "expressed", "express",
                        "expresses", "rich"})


def _made_by_the_cells(c: Candidate) -> bool:
    """Between the cells and the outcome stands a verb of making and no change word: the outcome is a
    product of the cells (`MSCs secreted IL-6`), not a result of giving them."""
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    # (helper CF, s22) a coordinated later outcome shares the making: `express genes related to neuroprotection and
    # angiogenesis`
    while o0 - s1 > 8 and o0 > s1 + 1 and c.toks[o0 - 1] in ("and", "or", ",") and \
            c.obj.doc[c.seg.start + o0 - 2].ent_type == OUTCOME_HASH:
        o0 -= 2
        while o0 > s1 and c.obj.doc[c.seg.start + o0 - 1].ent_type == OUTCOME_HASH:
            o0 -= 1
    if o0 <= s1 or o0 - s1 > 8:
        return False
    if c.toks[c.obj.end - c.seg.start - 1] in GAIN_HEADS:
        return False   # (helper BD, s21) `produced a motor improvement`, `a survival benefit`: the end point named by its gain
    between = c.toks[s1:o0]
    return not MAKE_WORDS.isdisjoint(between) and not any(
        cues.cue_kind(w, False) for w in between if w not in MAKE_WORDS and w not in MADE_AMOUNT_WORDS)


# how much the cells make, not a change (`express higher levels of`, (helper CF, s22) `express more transcripts`)
MADE_AMOUNT_WORDS = frozenset({"high", "higher", "levels", "more", "greater", "larger", "amounts", "quantities"})


def _made_by_reference(c: Candidate) -> bool:
    """(helper CF, s22) `UC-MSCs express more genes related to neuroprotection than BM-MSCs`: the cells after
    `than` are the reference of what other cells make, named before the outcome."""
    s0, o1 = c.subj.start - c.seg.start, c.obj.end - c.seg.start
    if o1 > s0 or "than" not in c.toks[max(o1, s0 - 3):s0]:
        return False
    for e in c.view.ents_in(c.seg.start, c.obj.start):
        if e.label_ == "CELL_TYPE" and _made_by_the_cells(SimpleNamespace(subj=e, obj=c.obj, seg=c.seg, toks=c.toks, view=c.view)):
            return True
    return False


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


# (helper BD, s21) processes that are measured only through their markers (SPEC: `inflammatory cytokines or markers`):
# `reduced markers of oxidative stress`, `markers of inflammation decreased` are results on the process itself
MEASURED_BY_MARKERS = frozenset({"outcome:inflammation", "outcome:oxidative_stress"})
PLURAL_MARKERS = frozenset({"markers", "biomarkers", "indicators"})   # (not `NfL, a marker of neuroinflammation`)


def _changed_in(toks: list[str]) -> bool:
    """A word of change (not of measuring) in the segment: `reduced markers of X`, not `markers of X were measured`."""
    return any((k := cues.cue_kind(w, True)) is not None and k[0] != "unclear" for w in toks)


def _serves_as_marker(toks: list[str], o0: int) -> bool:
    """(helper U, s19) The biomarker outcome at o0 is what something is said to give or is used as: `a (rich)
    source of biomarkers`, `fMRI activity was employed as a motor recovery biomarker` (up to three modifiers
    between)."""
    k = o0 - 1
    while k >= 0 and o0 - k <= 4 and toks[k] not in ("of", "as") and toks[k].isalpha():
        k -= 1
    return k > 0 and (toks[k] == "of" and toks[k - 1] in ("source", "sources")
                      or toks[k] == "as" and toks[k - 1] in ("employed", "used", "utilized", "utilised", "adopted"))


def _marker_of(toks: list[str], o0: int, o1: int) -> bool:
    """The outcome names what a marker stands for (`a biomarker of disease progression`) or is the
    marker noun of such a phrase."""
    return (o0 >= 2 and toks[o0 - 1] == "of" and toks[o0 - 2] in MARKER_NOUNS and not (
        o0 >= 3 and toks[o0 - 3] in ("the", "this", "these", "our") and toks[o0 - 2] == "measure")) or (
        o1 < len(toks) and toks[o1] == "of" and toks[o1 - 1] in MARKER_NOUNS - {"measure", "index"})


# a relative clause or an apposition right after a disease's name, up to the next comma: what the disease is
# or does (`stroke, which carries a high mortality`, `ALS, a fatal disease with a median survival of 3 years`,
# `SCI, with its high disability rate`), not a result of the treatment named before it
DISEASE_CLAUSE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,?\s*(?:which|that)\s+(?:(?:is|are|often|usually|frequently|"
                            r"commonly|typically|still|also|eventually|inevitably|ultimately)\s+){0,2}"
                            r"(?:carr|caus|lead|result|characteri[sz]|affect|involv|manifest|present|feature|account|"
                            r"produc|has\b|have\b)\w*"
                            r"|,\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:diseases?|disorders?|conditions?|syndromes?|illness(?:es)?|"
                            r"cause)\b|,\s*with\s+(?:its|their)\b)[^,;.:]*$")


def _in_disease_clause(c: Candidate, view: TokenOffsets) -> bool:
    """The outcome lies in a clause that describes a disease named just before it (DISEASE_CLAUSE)."""
    o0 = c.obj.start
    # (doc.ents makes a Span of every entity, per candidate: first ask the token view whether a disease
    # entity can end in reach, i.e. has a token in max(segment start, o0 - 26)..o0; most have none)
    if DISEASE_HASH not in view.ent_type[max(c.seg.start, o0 - 26):o0]:
        return False
    for d in c.view.ents:
        if d.label_ == "DISEASE" and c.seg.start <= d.start and d.end <= o0 and o0 - d.end <= 25 and \
                DISEASE_CLAUSE.match(view.span_lower(d.end, o0)):
            # (a change stated in the clause is a result: `stroke, which was reduced by the grafts`)
            return not any((cues.cue_kind(t, False) or ("",))[0] in ("favorable", "null") for t in view.words(d.end, o0))
    return False


# (helper BK, s21) plain adjectives that name the kind of disease course a group has, not a change
KIND_OF_COURSE = frozenset({"slow", "slowly", "rapid", "rapidly", "fast", "aggressive"})


def _describes_who(toks: list[str], o0: int) -> bool:
    """The outcome at toks[o0] describes whom a result is about: `patients with (severe) muscle weakness`,
    `mice with early onset`, `the subgroup with faster progression` (at most three words between)."""
    for k in range(o0 - 1, max(-1, o0 - 5), -1):
        if toks[k] == "with":
            return k > 0 and toks[k - 1] in POPULATION
        if toks[k] in KIND_OF_COURSE:
            continue   # (helper BK, s21) `among patients with slow progression`, `rats with rapid disease progression`
        if not toks[k].isalpha() and "-" not in toks[k] or cues.cue_kind(toks[k], False):
            return False   # (`mice with improved motor function`: a result)
    return False


def _control_arm_clause(c: Candidate) -> bool:
    """(helper BP, s21) The outcome stands in a clause set against the cells' own (`;`, `whereas`, `while`,
    `but`) whose subject is the control arm and which names no cells: `MSCs prolonged survival in treated mice,
    whereas vehicle-treated mice showed marked weight loss`, `MSCs were injected at day 60; the vehicle group
    showed a rapid decline in grip strength`. What that clause reports is the control arm's course (not
    `Vehicle-treated mice lost weight, whereas MSC-treated mice maintained body weight`: the cells' clause)."""
    seg_start = c.seg.start
    s0, s1 = c.subj.start - seg_start, c.subj.end - seg_start
    o0, o1 = c.obj.start - seg_start, c.obj.end - seg_start
    if s1 > o0 or cues.CONTRAST_BREAKS.isdisjoint(c.toks[s1:o0]):
        return False
    clause = cues.clause_scope(c.toks, o0, o1)
    if clause[0] <= s0:
        return False
    if any(e.label_ == "CELL_TYPE" and clause[0] <= e.start - seg_start < clause[1]
           for e in c.view.ents_in(c.seg.start, c.seg.end)):
        return False
    head = " ".join(t for t in c.toks[clause[0]:o0] if t).replace(" - ", "-")
    return CONTROL_ARM.search(head) is not None and TREATED_ONLY.search(CONTROL_ARM.sub(" ", head)) is None
