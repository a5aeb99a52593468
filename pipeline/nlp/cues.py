"""Cue lexicons and their scope: effect direction, negation and hedging of a relation mention.

Everything works on lower-cased token strings of one sentence, so it is cheap and testable
without a parser. Scope is the *clause* that holds the relation: the tokens between the nearest
clause breaks (`;`, `whereas`, `but`, ...) around the two arguments, never the whole sentence,
so that `A improved X, whereas B failed to` gives B no credit for A's improvement.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# --- clause breaks -------------------------------------------------------------------------
CLAUSE_BREAKS = frozenset({";", "whereas", "while", "but", "although", "though", "however", "except"})
# breaks that set a second subject against the first: `A reduced X, whereas B did not`
CONTRAST_BREAKS = frozenset({";", "whereas", "while", "but"})

# --- effect ---------------------------------------------------------------------------------
# Prefixes, matched against the start of a token ("improv" covers improve/improved/improvement).
FAVORABLE = (
    "improv", "amelior", "benefi", "protect", "neuroprotect", "preserv", "rescu", "restor",
    "effective", "normaliz", "normalis", "positive", "safe", "tolera", "feasib",
    "prolong", "extend", "delay", "slow", "attenuat", "promot", "enhanc", "recover",
    "favorabl", "favourabl", "better", "superior", "regenerat", "spar", "revers", "revert", "evidenc", "demonstrat", "confirm",
    "ameliorat", "mitigat", "alleviat", "stabiliz", "stabilis", "stable", "prevent", "support",
    "maintain", "mild", "transient", "lessen", "well-tolerat", "amend",
    "favoring", "favouring", "favor", "favour",   # `a treatment difference favoring liatermin`, `in favour of MSCs`
    "counteract",
)
UNFAVORABLE = (
    "worsen", "exacerbat", "aggravat", "harm", "detriment", "deteriorat", "poor", "toxic",
    "impair", "unfavo", "fatal",
)
# shorter survival is worse, a shorter escape latency better: a decrease, read against the outcome
SHORTEN = ("shorten", "shorter")
# an end point named with its gain (`survival benefit`): a negator before it denies the gain
GAIN_HEADS = ("benefit", "benefits", "advantage", "improvement", "improvements", "gain", "gains")
# favorable words that, after `to (be)`, say what is still to be shown
UNSETTLED = ("confirm", "establish", "prov", "demonstrat", "verif", "validat")
# favorable only of what should be small (`adverse events were mild and transient`)
MILD_WORDS = frozenset({"mild", "mildly", "transient", "transiently"})
# Speed words follow the outcome: `accelerated recovery` is good, `accelerated decline` bad.
SPEED_UP = ("accelerat", "hasten", "speed", "faster", "quicker")
INCREASE = ("increas", "elevat", "higher", "greater", "upregulat", "up-regulat", "augment", "rais", "more", "longer", "boost", "induc", "stimulat", "caus",
            "progressed", "progresses",   # `muscle atrophy progressed`
            "steeper", "rose", "rise", "rising", "risen", "doubled", "tripled")
DECREASE = ("reduc", "decreas", "lower", "less", "diminish", "inhibit", "suppress", "downregulat",
            "down-regulat", "declin", "fewer", "attenuat", "limit", "block", "abolish", "turned",
            "flatter", "shallower", "fell", "fall", "dropped", "halved",
            "smaller",   # `the decline in ALSFRS-R was smaller with MSCs`, `a smaller loss of strength`
            "lost", "lose", "loses", "losing")   # `mice lost body weight more slowly`
# A relation only measured or planned: the result is not stated.
MEASURED = (
    "evaluat", "assess", "investigat", "measur", "examin", "determin", "aim", "endpoint",
    "end-point", "tested", "studied", "monitor", "record", "analy", "explor", "compar",
    "followed", "quantif", "purpose", "objective", "test", "characteriz", "summariz", "summaris", "discuss",
    "review", "describ", "collected", "outcome",   # `secondary outcomes included FVC`
)
# Phrases that state that nothing changed (matched as token sequences in scope).
NULL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("no", "significant"), ("not", "significant"), ("not", "significantly"), ("no", "change"),
    ("no", "between-group"), ("no", "between", "group"), ("no", "group"), ("no", "treatment", "difference"),
    ("no", "treatment", "effect"),
    ("no", "changes"), ("no", "difference"), ("no", "differences"), ("did", "not"), ("does", "not"),
    ("do", "not"), ("failed", "to"), ("fail", "to"), ("no", "effect"), ("no", "effects"),
    ("not", "differ"), ("not", "different"), ("not", "remarkable"), ("no", "benefit"),
    ("no", "improvement"), ("no", "reduction"), ("no", "decrease"), ("no", "prolongation"), ("no", "slowing"),
    ("was", "similar"), ("were", "similar"), ("similar", "in"),
    ("unchanged",), ("nonsignificant",), ("non-significant",), ("not", "improve"),
    ("non-significantly",), ("nonsignificantly",), ("insignificantly",),
    ("no", "evidence"), ("not", "altered"), ("not", "affect"), ("not", "affected"), ("ineffective",),
    ("no", "protective", "effect"), ("no", "beneficial", "effect"), ("no", "therapeutic", "effect"),
    ("no", "protective", "effects"), ("no", "beneficial", "effects"), ("no", "therapeutic", "effects"),
    ("not", "modified"), ("not", "changed"), ("not", "associated"), ("not", "influenced"), ("not", "alter"),
    ("lack", "of", "efficacy"), ("comparable", "to"), ("comparable", "between"), ("similar", "to"),
    ("not", "statistically"), ("no", "statistically"), ("did", "not", "reach"),
    # a trial's verdict on its end point: `the primary end point was not met`
    ("not", "met"), ("not", "achieved"),
    # `were also similar between groups`, `remained similar`
    ("similar", "between"), ("similar", "among"), ("similar", "across"), ("also", "similar"), ("remained", "similar"),
    # `were comparable in both groups`, `a similar decline`
    ("were", "comparable"), ("was", "comparable"), ("comparable", "in"), ("comparable", "among"),
    ("comparable", "across"), ("comparable", "with"), ("a", "similar"), ("equivalent", "in"), ("identical", "in"),
    # `had similar survival`, `a negligible effect on X`, `statistically indistinguishable from placebo`
    ("had", "similar"), ("showed", "similar"), ("exhibited", "similar"), ("displayed", "similar"), ("negligible",),
    ("indistinguishable",), ("unaffected",), ("not", "superior"), ("insignificant",), ("equivalent", "between"),
    ("were", "equivalent"), ("was", "equivalent"),
    # `the results on ALSFRS-R were negative`, `negative trials`
    ("were", "negative"), ("was", "negative"), ("negative", "results"), ("negative", "result"), ("negative", "trials"),
)
# a comparison that denies the treatment did better than the control
NOT_BETTER: tuple[tuple[str, ...], ...] = (("not", "superior"), ("not", "better"), ("no", "better"),
                                          ("not", "more", "effective"))
# amounts next to none before an effect noun (`little effect on X`, `minimal effects on X`): no effect
SCANT = frozenset({"little", "minimal"})
NO_EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "influence", "benefit", "benefits", "efficacy",
                             "change", "changes", "difference", "differences", "improvement", "advantage"})
# words of a review's verdict on its evidence, not on the treatment
APPRAISAL_CUES = frozenset({"certainty", "inconclusive", "powered", "underpowered", "heterogeneity", "funnel",
                            "low-certainty", "low-quality", "very-low", "insufficient", "bias"})
# Two-word names of a measure (single-word ones are in MEASURED): `secondary end points included FVC`.
MEASURED_PHRASES: tuple[tuple[str, ...], ...] = (("end", "point"), ("end", "points"))
# Words that make the clause a question or an aim, not a result: `we examined whether X improves Y`,
# `to determine if X delays Y`. A result cue after one of them is only what was asked: unclear.
QUESTION = frozenset({"whether", "if"})
AIM_VERBS = ("investigat", "determin", "examin", "evaluat", "assess", "explor", "test", "aim", "stud", "address",
             "shed", "clarif", "elucidat", "verif", "validat", "establish", "understand")
# Harm attributed to the treatment: `treatment-related adverse events`, `adverse events related to`.
ATTRIBUTED = ("related", "attributed", "attributable", "caused", "due")
# late events of the disease and the verbs that say a patient reached one (`required tracheostomy`)
LATE_EVENTS = ("tracheost", "gastrost", "peg", "invasive ventilation", "mechanical ventilation", "permanent ventilation",
               "ventilat", "intubat", "niv")
EVENT_VERBS = ("requir", "need", "underw", "underg", "receiv", "start", "began", "initiat")
# the same events in the passive after them
DONE_VERBS = ("perform", "placed", "inserted", "needed", "required", "initiated", "started")
# verbs right before a harm that say it happened (`Eight patients experienced adverse events`)
HAD_VERBS = frozenset({"experienced", "developed", "suffered", "had", "reported", "presented"})
# verbs right after a harm that say it happened: `adverse events included ...`, `... occurred in two patients`
OCCURRED = frozenset({"included", "include", "includes", "including", "occurred", "developed", "consisted",
                      "comprised", "reported", "observed", "noted", "experienced"})
# Negators that, in front of a harm outcome (`no adverse events`), mean the harm was absent.
# words between adverse events and the word that attributes them: a causality grade
CAUSALITY_FILLERS = frozenset({"", "was", "were", "considered", "judged", "deemed", "assessed", "as", "possibly",
                               "probably", "likely", "definitely", "to", "be", "all", "most", "mostly", "mainly",
                               "largely", "primarily", "both"})
ABSENCE = frozenset({"no", "not", "without", "none", "neither", "nor", "absence", "free", "lack", "never"})
# harms said to be scarce: `few serious adverse events`, `rare complications`, `adverse events were rare`
# (not `a few adverse events`: some happened)
SCARCE_HARM = frozenset({"few", "rare", "minimal", "infrequent", "uncommon", "negligible"})

# Words in an outcome's text that make *less* of it good (`motor neuron loss`, `inflammation`).
HARM_WORDS = (
    "loss", "death", "declin", "degenerat", "damage", "atroph", "deficit", "impair", "dysfunct",
    "injur", "apopto", "toxic", "infiltrat", "activat", "gliosis", "inflamm", "progress",
    "adverse", "side effect", "complication", "weight loss", "paralysis", "onset", "cytokine",
    "oxidative", "stress", "agglomerat", "accumulat", "lesion", "disabilit", "deterioration",
    "mortality", "hazard", "denervat", "dying", "aggregat", "fibrillation", "sharp wave", "reactive", "astrocytosis", "slope",
    "severity", "rate of", "symptom", "weakness", "paresis", "cramp", "fasciculation", "dysphagia", "dysarthria",
    # scales and measures of damage, where lower is better (`reduced infarct volume`, `lower mRS scores`)
    "infarct", "mnss", "scar", "cavit", "edema", "oedema", "nihss", "rankin", "mrs", "updrs", "edss", "ashworth",
    "alsaq", "appel",   # (the ALSAQ-40 and the Appel ALS score rise as the disease worsens)
    "spasticity", "escape latency", "pain", "tremor", "rigidity", "hemorrhag", "haemorrhag",
    # T cells that drive the immune response: less of them is the benefit
    "reaction", "t cell prolif", "t-cell prolif", "lymphocyte prolif", "proliferation of t", "th17", "th1 cells",
    # the ALSFRS-R points lost per month since onset (ΔFS): a progression rate
    "δfs", "∆fs", "delta-fs", "deltafs", "delta fs",
    # fluid markers of axonal damage and inflammation (SPEC's biomarker example: neurofilament light)
    "neurofilament", "nf-l", "mcp-1", "chemoattractant", "chitotriosidase", "chi3l1", "ykl-40",
    # pathology of models, where less is better (`reduced hindlimb clasping`, `fewer ubiquitin inclusions`)
    "abnormalit", "clasping", "wasting", "fibrosis", "deformit", "inclusion", "mislocaliz", "vacuol", "swelling",
    "demyelinat", "plaque", "hyperphosphorylat", "amyloid",
    # toxic proteins of the disease models and brain oedema, where less is better
    "tdp-43", "tdp43", "misfolded", "phosphorylated tau", "tau phosphorylation", "p-tau", "aβ", "abeta",
    "water content", "foot fault", "errors",
    # pain, mood and behaviour read-outs where a lower value is the benefit (`reduced mechanical allodynia`,
    # `CARS scores decreased`, `a shorter hospital stay`)
    "allodynia", "hyperalgesia", "hypersensitivity", "depressi", "anxiety", "irritability", "hyperactivity",
    "fatigue", "cars", "childhood autism rating", "hamilton", "hamd", "dementia rating", "hospital stay",
    "length of stay", "hematoma", "haematoma", "pyroptosis", "leakage", "disruption", "permeability",
    "hydrocephalus", "leukomalacia", "encephalopathy", "hypomyelinat", "excitotoxic", "seizure", "relapse",
    "eae score", "clinical score", "neurological score", "bederson", "stereotyp",
    # motor signs of parkinsonian models and patients, where less is better (`reduced apomorphine-induced
    # rotational behavior`, `fewer freezing episodes`, `less forelimb asymmetry`)
    "rotation", "asymmetr", "dyskinesi", "bradykinesi", "akinesi", "freezing", "spasm",
    # growths that grafted cells may form (`induced tumor formation`)
    "tumor", "tumour", "teratoma",
    # severity scores and damage of other organs in MSC trials, where lower is better (`the MELD score
    # decreased`, `lowered the Crohn's Disease Activity Index`, `attenuated alveolar simplification`)
    "meld", "child-pugh", "sofa score", "apache", "nyha", "activity index", "simplification",
    "collagen deposition", "bilirubin", "aminotransferase", "transaminase", "hba1c", "insulin requirement",
    "ventricular remodel", "cardiac remodel", "graft-versus-host", "gvhd",
)
# events of late disease that a treatment should spare or delay (not `tracheostomy-free survival`)
# words that judge a safety profile good (`had a favorable / acceptable safety profile`)
GOOD_PROFILE = frozenset({"favorable", "favourable", "good", "acceptable", "excellent", "benign", "tolerable",
                          "reassuring", "satisfactory", "clean", "optimal", "positive", "encouraging"})
HARM_EVENT = re.compile(r"\b(?:tracheostom\w*|gastrostom\w*|peg|niv|(?:mechanical|invasive|non-invasive|noninvasive|"
                        r"permanent|assisted) ventilation|intubation)\b(?![- ]?free)")
SAFETY_WORDS = ("adverse", "side effect", "toxic", "complication", "safety", "tumor", "tumour", "death")
SEEN = ("observ", "detect", "report", "found", "seen", "occur", "record", "note", "identif")
HARM_CONCEPTS = frozenset({
    "outcome:inflammation", "outcome:oxidative_stress", "outcome:disease_progression", "outcome:disease_onset",
})

# --- hedging and negation ----------------------------------------------------------------------
HEDGE_WORDS = frozenset({
    "may", "might", "could", "potential", "potentially", "possible", "possibly", "putative",
    "putatively", "hypothesize", "hypothesized", "hypothesise", "hypothesised", "hypothesis",
    "speculate", "speculated", "perhaps", "presumably", "conceivably",
})
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("is", "thought", "to"), ("are", "thought", "to"), ("is", "believed", "to"), ("are", "believed", "to"),
    ("we", "propose"), ("is", "proposed"), ("are", "proposed"), ("is", "likely"), ("are", "likely"),
    # the impersonal forms: `It is thought that MSCs act through ...`
    ("is", "thought", "that"), ("is", "believed", "that"), ("is", "suggested", "that"),
    # perfect and past forms of the same: `It has been proposed that MSCs protect motor neurons by ...`,
    # `MSCs have been proposed to act through ...`, `it was hypothesised that`
    ("been", "proposed"), ("was", "proposed"), ("were", "proposed"), ("been", "suggested", "that"),
    ("been", "suggested", "to"), ("been", "thought", "to"), ("been", "believed", "to"),
    ("been", "postulated"), ("is", "postulated"), ("are", "postulated"), ("was", "postulated"),
)
NEGATORS = frozenset({"not", "no", "never", "neither", "nor", "without", "n't", "cannot"})


# words that begin like a cue and are none: the gene's control regions (`the VEGF promoter`, `an enhancer`)
NOT_CUES = frozenset({"promoter", "promoters", "enhancer", "enhancers"})


def _starts(tok: str, prefixes: Sequence[str]) -> bool:
    return tok.startswith(tuple(prefixes))


@lru_cache(maxsize=1 << 16)
def cue_kind(tok: str, harm: bool) -> tuple[str, float] | None:
    """What a word says about an outcome (harm: less of it is good): (effect, distance penalty)."""
    if not tok or tok in NOT_CUES:
        return None
    if _starts(tok, UNFAVORABLE):
        return "unfavorable", 0.0
    if _starts(tok, SPEED_UP) or tok == "earlier":   # `an earlier onset` is bad, `earlier recovery` good
        return ("unfavorable" if harm else "favorable"), 0.0
    if _starts(tok, SHORTEN):
        return ("favorable" if harm else "unfavorable"), 0.0
    if _starts(tok, DECREASE):
        return ("favorable" if harm else "unfavorable"), 0.0
    if _starts(tok, INCREASE):
        return ("unfavorable" if harm else "favorable"), 0.0
    if tok in MILD_WORDS and not harm:
        return None   # `a transient deterioration in ALSFRS-R`: the worsening speaks, not its duration
    if _starts(tok, FAVORABLE):
        return "favorable", 0.0
    if _starts(tok, CHANGE):
        return "unclear", 0.0
    if _starts(tok, MEASURED):
        return "unclear", 3.0
    return None


def _has_phrase(toks: Sequence[str], phrase: Sequence[str], lo: int, hi: int) -> int | None:
    """Index of the first occurrence of `phrase` starting in toks[lo:hi], or None."""
    n = len(phrase)
    for i in range(max(lo, 0), min(hi, len(toks)) - n + 1):
        if tuple(toks[i:i + n]) == tuple(phrase):
            return i
    return None


def _by_first(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list] = {}
    for ph in phrases:
        out.setdefault(ph[0], []).append(tuple(ph))
    return {k: tuple(v) for k, v in out.items()}


def _phrases_in(toks: Sequence[str], lo: int, hi: int, index: dict) -> list[tuple[int, tuple[str, ...]]]:
    """Every (position, phrase) of an indexed phrase list that starts in toks[lo:hi], in order."""
    found = []
    lo, hi = max(lo, 0), min(hi, len(toks))
    if index.keys().isdisjoint(toks[lo:hi]):    # the common case, at C speed
        return found
    for i in range(lo, hi):
        for ph in index.get(toks[i], ()):
            if i + len(ph) <= hi and tuple(toks[i:i + len(ph)]) == ph:
                found.append((i, ph))
    return found


SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "if", "because", "since"})


_NULL_INDEX = _by_first(NULL_PHRASES)
# a change that both arms shared, or that the study calls not significant, is no effect of the treatment
# whatever verb names it
PARALLEL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("same", "rate"), ("similarly", "in"), ("in", "both", "groups"), ("in", "both", "arms"), ("non-significant",),
    ("nonsignificant",), ("similar", "rate"), ("similar", "rates"), ("equally", "in"),
    # `declined at a rate similar to the pre-treatment slope`, `at a rate comparable to that of controls`
    ("rate", "similar"), ("rates", "similar"), ("rate", "comparable"), ("rates", "comparable"), ("comparable", "rate"))
_PARALLEL_INDEX = _by_first(PARALLEL_PHRASES)
# a gain that did not last: SPEC's `mixed` result, unclear
WANED_PHRASES: tuple[tuple[str, ...], ...] = (
    ("returned", "to", "baseline"), ("returned", "to", "pre-treatment"), ("returned", "to", "pretreatment"),
    ("waned",), ("not", "sustained"), ("was", "lost"), ("were", "lost"), ("accelerated", "afterwards"),
    # a gain that other studies or later times did not bear out: `not maintained`, `not confirmed in RCTs`
    ("not", "maintained"), ("not", "confirmed"), ("not", "replicated"), ("not", "reproduced"), ("no", "longer"),
    ("lasted", "only"), ("but", "not", "in", "others"), ("not", "in", "other", "studies"),
    ("diminished", "thereafter"), ("gradually", "diminished"), ("declined", "thereafter"), ("increased", "again"),
    ("disappeared",), ("faded",), ("wore", "off"), ("diminished", "over", "time"), ("declined", "over", "time"),
    ("accelerated", "thereafter"), ("accelerated", "again"), ("declined", "again"),
    # `remained stable for 6 months and then declined`, `improved at 3 months but subsequently deteriorated`
    ("then", "declined"), ("then", "deteriorated"), ("then", "worsened"), ("subsequently", "declined"),
    ("subsequently", "deteriorated"), ("subsequently", "worsened"), ("later", "declined"), ("later", "deteriorated"),
    ("before", "declining"), ("before", "deteriorating"), ("thereafter", "declined"), ("thereafter", "deteriorated"))
_WANED_INDEX = _by_first(WANED_PHRASES)
LATER_TIMES = frozenset({"month", "months", "week", "weeks", "day", "days", "year", "years", "end", "follow-up",
                         "later"})


def _not_at_another_time(toks: Sequence[str], lo: int, hi: int) -> bool:
    """`slowed at 3 months, but not at 6 months`: a gain at one time point only is mixed, like a waned one."""
    for i in range(max(lo, 0), min(hi, len(toks)) - 3):
        if toks[i] == "but" and toks[i + 1] == "not" and toks[i + 2] in ("at", "after", "by", "beyond", "during") \
                and not LATER_TIMES.isdisjoint(toks[i + 3:i + 7]):
            return True
    return False
# a gain said not to last (`a transient improvement in X`, `X improved temporarily`, `the benefit was short-lived`)
SHORT_LIVED = frozenset({"transient", "transiently", "temporary", "temporarily", "short-lived", "short-lasting",
                         "shortlived"})


def _short_lived(toks: Sequence[str], cue: int, o_end: int, hi: int) -> bool:
    """The favorable change at `cue` is called short-lived: the word next to it, or `was transient` after the outcome."""
    if cue > 0 and toks[cue - 1] in SHORT_LIVED or cue + 1 < len(toks) and toks[cue + 1] in SHORT_LIVED:
        return True
    return any(toks[k] in SHORT_LIVED and toks[k - 1] in ("was", "were", "only", "but") for k in range(max(o_end, 1), hi))


# a result that went both ways, with no change word: unclear
MIXED_WORDS = frozenset({"mixed", "varied", "inconsistent", "variable", "conflicting", "heterogeneous", "ranged"})
# a review's verdict that the result is not settled: `their efficacy on ALSFRS-R remains unclear`,
# `evidence of benefit on survival is still limited`, `an effect on FVC has yet to be shown`
UNSETTLED_WORDS = frozenset({"unclear", "uncertain", "unknown", "unproven", "unestablished", "controversial",
                             "debated", "elusive", "inconclusive", "limited", "lacking", "scarce", "equivocal"})
UNSETTLED_VERBS = frozenset({"remains", "remain", "remained", "is", "are", "still", "largely"})


def _unsettled_after(toks: Sequence[str], o_end: int, hi: int) -> str | None:
    """`<the efficacy of X on Y> remains unclear / is still limited / has yet to be established`: after the
    outcome, in its clause, the result is called unsettled (no change word said it)."""
    for i in range(max(o_end, 1), min(hi, len(toks))):
        if toks[i] in UNSETTLED_WORDS and toks[i - 1] in UNSETTLED_VERBS:
            return toks[i]
        if toks[i] == "yet" and i + 2 < len(toks) and toks[i + 1] == "to" and toks[i + 2] == "be":
            return "yet to be"
        if toks[i] in ("remains", "remain") and i + 2 < len(toks) and toks[i + 1] == "to" and toks[i + 2] == "be":
            return "remains to be"
    return None
_HEDGE_INDEX = _by_first(HEDGE_PHRASES)
_MEASURED_INDEX = _by_first(MEASURED_PHRASES)


def _aside(toks: Sequence[str], i: int) -> bool:
    """`Survival, however, was not prolonged`: a connective set off by commas inside a clause, no break."""
    return toks[i] in ("however", "though") and 0 < i < len(toks) - 1 and toks[i - 1] == "," and toks[i + 1] == ","


def clause_scope(toks: Sequence[str], lo: int, hi: int) -> tuple[int, int]:
    """The clause around tokens lo..hi (exclusive hi): widened to the nearest clause breaks.

    A clause opened by a subordinator (`Although A might do B, C did D`) ends at its comma.
    """
    start = lo
    while start > 0 and (toks[start - 1] not in CLAUSE_BREAKS and toks[start - 1] not in SUBORDINATORS
                         or _aside(toks, start - 1)):
        start -= 1
    end = hi
    while end < len(toks) and (toks[end] not in CLAUSE_BREAKS or _aside(toks, end)):
        end += 1
    opened = start > 0 and toks[start - 1] in SUBORDINATORS
    if opened:
        comma = next((i for i in range(start, len(toks)) if toks[i] == ","), None)
        if comma is not None and comma < lo:
            # our pair lies after the subordinate clause: the main clause starts after its comma
            start = comma + 1
        elif comma is not None and comma >= hi:
            end = min(end, comma)
    return start, end


class ClauseIndex:
    """clause_scope for many pairs of one segment: the break positions found once, then bisected
    (walking token by token from every pair cost more than the features it feeds)."""

    def __init__(self, toks: Sequence[str]):
        self.n = len(toks)
        self.opens = [i for i, t in enumerate(toks) if (t in CLAUSE_BREAKS or t in SUBORDINATORS) and not _aside(toks, i)]
        self.breaks = [i for i in self.opens if toks[i] in CLAUSE_BREAKS]
        self.subordinator = {i for i in self.opens if toks[i] in SUBORDINATORS}
        self.commas = [i for i, t in enumerate(toks) if t == ","]

    def scope(self, lo: int, hi: int) -> tuple[int, int]:
        """Exactly clause_scope(toks, lo, hi)."""
        k = bisect.bisect_left(self.opens, lo) - 1          # the last opener before lo
        start = self.opens[k] + 1 if k >= 0 else 0
        k = bisect.bisect_left(self.breaks, hi)             # the first break at or after hi
        end = self.breaks[k] if k < len(self.breaks) else self.n
        if start > 0 and start - 1 in self.subordinator:
            k = bisect.bisect_left(self.commas, start)
            comma = self.commas[k] if k < len(self.commas) else None
            if comma is not None and comma < lo:
                start = comma + 1
            elif comma is not None and comma >= hi:
                end = min(end, comma)
        return start, end


# inflammation end points of which more is good: anti-inflammatory cytokines and cells
ANTI_INFLAMMATORY = re.compile(r"anti-?inflammat|\b(?:il|interleukin)-?(?:10|4|13|1ra)\b|\btgf|\bm2\b|\bregulatory t")
# antioxidant defences: more is better although SPEC files them under oxidative stress
ANTIOXIDANT = re.compile(r"antioxid|glutathione|\bgsh\b|catalase|\bsod\b|superoxide dismutase activity|\bnrf2|"
                         r"heme oxygenase|\bho-1\b")
# markers of damage, cell death and inflammation named by their symbols (word-bounded: `nfl` is
# inside `inflammation`, `ros` inside `across`): less of them is better
HARM_MARKER = re.compile(r"\b(?:nfl|pnf-?h|ccl2|interleukin|il-?1\w*|il-?6|il-?17|il-?18|tnf\w*|ifn\w*|tunel\w*|ldh|"
                         r"bax|caspase\w*|inos|cox-?2|nlrp3|nitric oxide|mda|malondialdehyde|ros|lipid peroxidation|"
                         r"8-ohdg|disruption|breakdown|leakage|permeability|hmgb1|nf-κb|nf-kb|glutamate release|excitotoxic\w*)\b")


@lru_cache(maxsize=1 << 14)
def is_harm_outcome(text: str, concept: str | None) -> bool:
    """True when less of this outcome is good: adverse events, inflammation, neuron loss, decline."""
    t = text.lower()
    if concept in ("outcome:inflammation", "outcome:biomarker", "outcome:other") and ANTI_INFLAMMATORY.search(t):
        return False
    if ANTIOXIDANT.search(t) and "sod1" not in t:
        return False
    if "bcl" in t and "ratio" in t:
        return False    # `Bcl-2/Bax ratio`: the survival side is on top
    if concept in HARM_CONCEPTS:
        return True
    if HARM_EVENT.search(t):
        return True
    return any(w in t for w in HARM_WORDS) or HARM_MARKER.search(t) is not None


def _next_outcomes_cue(toks: Sequence[str], o_end: int, i: int, harm: bool) -> bool:
    """`X improved and Y did not change`: X's own verb came first, and the cue at i follows another
    outcome (a masked token) after `and`."""
    a = o_end + toks[o_end:i].index("and")
    return "" in toks[a:i] and any(t and cue_kind(t, harm) for t in toks[o_end:a])


def _to_the_disease(toks: Sequence[str], at: int, hi: int) -> bool:
    """`attributed to disease progression`, `due to the natural course of ALS`: events the disease caused
    (a masked token there is a disease or an outcome named, not the treatment)."""
    for t in toks[at + 1:min(hi, at + 7)]:
        if t in ("to", "the", "natural", "underlying", "its", "their", "of"):
            continue
        return t == "" or t in ("disease", "progression", "course", "als")
    return False


def _not_the_cells(toks: Sequence[str], at: int, hi: int) -> bool:
    """`related to the lumbar puncture rather than to the cells`, `... and not to the MSCs`: events
    put on something else and denied to the treatment."""
    for k in range(at + 1, min(hi, at + 10) - 1):
        if (toks[k], toks[k + 1]) in (("rather", "than"), ("and", "not"), (",", "not")) or toks[k] == "unlike":
            return True
    return False


@dataclass(frozen=True)
class EffectCue:
    effect: str      # favorable | unfavorable | null | unclear
    cue: str | None  # the word(s) that decided it, None for the default


AUX_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
COORD = frozenset({"and", ",", "or", "as", "with"})
# Nouns that turn the outcome next to them into a harm: `decline in X`, `loss of X`, `X reduction`.
HARM_MARKERS = ("declin", "loss", "deteriorat", "decreas", "reduction", "worsening", "deficit", "rate",
                "slope", "progression")
HARM_NOUNS = frozenset({"decline", "declines", "loss", "deterioration", "reduction", "worsening", "slope", "slopes",
                        "progression", "rate", "deficit", "deficits"})
# end points whose rate is good to raise (`rate of survival`, not `rate of decline`)
GOOD_RATES = ("survival", "tracheostomy-free", "event-free", "functional recovery", "recovery", "response",
              "improvement", "remission", "success")
NEED_MARKERS = ("need", "risk", "hazard", "requirement")
LIST_WORDS = frozenset({"", "and", ",", "or", "of", "in", "the", "a", "both", "as", "well"})
NEGATED_RESULT = frozenset({"not", "no", "failed", "fail", "fails", "without", "neither", "nor", "never"})
# words that deny the change they govern: `ineffective in prolonging X`, `unable to prevent X`,
# `a lack of benefit on X`
DENYING = NEGATED_RESULT | {"ineffective", "unable", "insufficient", "inadequate", "lack", "lacked", "lacks", "absence", "unlikely"}
# verbs by which a study reports (or fails to report) a change: `failed to show any benefit`
SHOWING = frozenset({"show", "shows", "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "achieve",
                     "achieved", "provide", "provided", "produce", "produced", "yield", "yielded", "confer",
                     "conferred", "reveal", "revealed", "confirm", "confirmed", "detect", "detected", "find",
                     "found", "observe", "observed", "establish", "established", "offer", "offered", "have", "had"})
# what may stand between a negator and the change it denies: `did not result in (a) significant
# improvement`, `did not lead to any improvement`, `failed to demonstrate a clinically meaningful benefit`
NEGATION_FILLERS = frozenset({"result", "in", "lead", "to", "a", "an", "any", "significant", "significantly",
                              "statistically", "meaningful", "clinically", "relevant", "further", "of", "treatment",
                              "therapeutic", "consistent", "clear", "convincing", "sustained", "measurable",
                              "detectable", "obvious", "substantial",
                              # `not efficacious in slowing X`, `lacked efficacy in slowing X`, `of no benefit in`
                              "efficacious", "effective", "beneficial", "successful", "useful", "able", "efficacy",
                              "benefit", "effect", "effects", "clinical"}) | SHOWING
# the verbs that report a result of the outcome before them (`Survival showed no difference`)
REPORTING = SHOWING | {"exhibited", "displayed"}
# why patients left a trial (`discontinued`, `withdrew`, `dropped out`, `were excluded`), and the words that
# give the reason (withdrawal_reason: relations' gate and the harms' effect)
LEAVING_STEMS = ("discontinu", "withdr", "dropped", "drop-out", "dropout", "stopped", "terminated", "excluded", "lost")
REASON_WORDS = frozenset({"because", "due", "owing", "for"})
# a subject that denies what the study showed: `no trial showed a benefit`, `none of the patients improved`
NO_SUBJECT = frozenset({"no", "none", "neither"})
CHANGE = ("chang", "alter", "modulat", "affect", "influenc")
# Nouns that, right after an outcome, name the measure itself (`FVC change`, `QoL measures`)
MEASURE_NOUNS = frozenset({"change", "changes", "measure", "measures", "measurement", "measurements",
                           "assessment", "assessments", "evaluation", "evaluations", "analysis", "analyses",
                           "test", "tests", "testing", "examination", "examinations"})
# what may stand between an outcome and its measure noun: other outcomes (masked), brackets, the
# measure's own head (`ALSFRS-R slope change`, `FVC (a [X] score) change`)
MEASURE_FILLERS = frozenset({"", "(", ")", "[", "]", "slope", "slopes", "score", "scores", "rate", "total"})
# `Effect of X on Y`, `Influence of X on Y`: a clause that names what was studied, not what was found
TOPIC_NOUNS = frozenset({"effect", "effects", "influence", "impact", "role", "roles", "efficacy"})
DETERMINERS = frozenset({"the", "a", "an", "of", "in", "on", "with", "these", "those", "its", "their"})
# After a change word these say the change was smaller: `FVC declined less`, `declined more slowly`
TEMPERING = frozenset({"less", "slower", "slowly", "lesser"})
TEMPER_FILLERS = frozenset({"more", "at", "a", "an", "the", "to", "significantly", "considerably", "markedly",
                            "substantially", "much", "far", "somewhat", "slightly", "statistically", "clearly"})


def _tempered(toks: Sequence[str], i: int, hi: int, obj: tuple[int, int]) -> int | None:
    """Position of the word that tempers the change word at i (`declined [more] slowly`, `lost body weight
    more slowly` past its object), or None."""
    k = obj[1] if i + 1 == obj[0] else i + 1
    j = k
    while j < hi and j - k < 4 and toks[j] in TEMPER_FILLERS:
        j += 1    # `declined at a slower rate`, `declined significantly less`, `decreased to a lesser extent`
    return j if j < hi and toks[j] in TEMPERING else None


# after a change word, `only` and a small amount say the loss was small: `decreased by only 3 points`
ONLY_SMALL = frozenset({"slightly", "marginally", "minimally", "modestly", "mildly", "a", "one", "two", "three"})


def _only_a_little(toks: Sequence[str], i: int, hi: int, obj: tuple[int, int]) -> bool:
    """`the ALSFRS-R score decreased by only 2 points`, `FVC declined only slightly`: a worsening change word at i
    that `only` and an amount make small (the authors' slowing, read against the disease's course)."""
    if not _starts(toks[i], INCREASE + DECREASE):
        return False
    k = obj[1] if i + 1 == obj[0] else i + 1
    if k < hi and toks[k] == "by":
        k += 1
    return k + 1 < hi and toks[k] == "only" and (AMOUNT.match(toks[k + 1]) is not None or toks[k + 1] in ONLY_SMALL)


def effect_in_scope(toks: Sequence[str], obj: tuple[int, int], scope: tuple[int, int],
                    obj_text: str, obj_concept: str | None, elsewhere: bool = False) -> EffectCue:
    """The effect a clause states on an outcome at toks[obj[0]:obj[1]], from cues inside `scope`.

    The nearest cue wins. Distances are adjusted so that a cue belongs to its own phrase: a cue
    that a passive auxiliary precedes (`A were reduced and B ...`) or that a coordinator separates
    from the outcome (`A increased and B decreased`) counts for B only at a penalty. A negator
    before the winning cue (`failed to prolong`, `did not improve`) makes it null; a negator right
    before a harm outcome (`no serious adverse events`) makes it favorable. `elsewhere`: the outcome is
    named in another clause and `obj` is an empty position standing for it (no words around it are
    its own).
    """
    lo, hi = scope
    o_start, o_end = obj
    obj_low = obj_text.lower()
    if o_start > lo and toks[o_start - 1] in ("no", "without") and obj_low.endswith(GAIN_HEADS):
        return EffectCue("null", toks[o_start - 1])    # `no survival benefit`, `without functional improvement`
    harm = is_harm_outcome(obj_text, obj_concept)
    if obj_low.startswith(LATE_EVENTS):
        # `Six patients required tracheostomy`: the event happened; `did not need gastrostomy`: it was spared
        verb = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1) if toks[k].startswith(EVENT_VERBS)
                     and toks[k + 1] != "for" and (k == 0 or toks[k - 1] not in DETERMINERS)), None)
        if verb is None:
            # `Gastrostomy was performed in two patients`, `tracheostomy was needed at month 8`
            verb = next((k for k in range(o_end, min(hi, o_end + 4)) if toks[k].startswith(DONE_VERBS)
                         and toks[k - 1] in ("was", "were", "been")), None)
        if verb is not None:
            denied = any(t in NEGATORS for t in toks[max(lo, verb - 3):verb]) or any(
                t in ("fewer", "none", "less") for t in toks[lo:verb])   # `Fewer treated patients needed ventilation`
            return EffectCue("favorable" if denied else "unfavorable", toks[verb])
    if harm and withdrawal_reason(toks, o_start):
        return EffectCue("unfavorable", "discontinued")   # `two patients discontinued because of adverse events`
    marker_at: set[int] = set()
    for i in range(max(lo, o_start - 14), o_start):
        if _caused_change(toks, lo, i):
            continue    # `caused a reduction in X`: the noun is the change itself, not a harm named
        if toks[i] in ("rate", "rates") and obj_low.startswith(GOOD_RATES):
            continue    # `a higher rate of survival`: the rate of something good
        if harm and _starts(toks[i], ("decreas", "reduction")):
            continue    # `a greater reduction in spasticity`: less of a harm, said by the cue words around it
        if _starts(toks[i], HARM_MARKERS) and i + 1 < len(toks) and (i + 1 == o_start or toks[i + 1] in ("in", "of")):
            if i + 1 == o_start and toks[i].endswith("ed") and not (i > 0 and toks[i - 1] in ("the", "a", "an")):
                continue    # `MSCs decreased astrogliosis`: the verb, not a state (`the decreased counts`)
            if all(t in LIST_WORDS for t in _outside_brackets(toks[i + 2:o_start])) and not (
                    i + 2 < o_start and o_end - o_start == 1 and obj_low.endswith("ed")):
                # (`the decline in FVC (P = 0.18) and ALSFRS-R`: statistics aside; not `... and lived longer`,
                # a verb, not a listed measure)
                marker_at.add(i)
        # `the need for (mechanical) ventilation`, `a lower risk of tracheostomy`: an event to be spared
        elif _starts(toks[i], NEED_MARKERS) and i + 1 < o_start and toks[i + 1] in ("for", "of") and \
                o_start - i - 2 <= 2 and all(t.isalpha() or "-" in t for t in toks[i + 2:o_start]):
            marker_at.add(i)
    after = [i for i in range(o_end, min(hi, o_end + 6)) if toks[i] not in ("", "(", ")")][:1]
    for i in after:
        if toks[i] in HARM_NOUNS:
            marker_at.add(i)
    harm = harm or bool(marker_at)
    risk_named = None
    if (o_start >= 2 and toks[o_start - 2] == "time" and toks[o_start - 1] == "to"
            or obj_low.startswith("time to")) and not marker_at:
        harm = False   # `time to symptom onset was longer`: a time to an event, where longer is better
    if not elsewhere and (obj_concept == "outcome:safety" or any(w in obj_low for w in SAFETY_WORDS)):
        judged = next((t for t in toks[max(lo, o_start - 3):o_start] if t in GOOD_PROFILE), None)
        if judged and NEGATORS.isdisjoint(toks[max(lo, o_start - 5):o_start]):
            return EffectCue("favorable", judged)   # `had a favorable safety profile`: a verdict, no harm had
        for i in range(max(lo, o_start - 4), o_start):            # `no serious adverse events`
            if toks[i] in ABSENCE and not any((cue_kind(t, True) or ("",))[0] == "favorable" for t in toks[i + 1:o_start]
                                              if t not in ("evidence", "evidences")):   # `no evidence of tumour formation`
                return EffectCue("favorable", toks[i])    # (`did not reduce death`: a change denied, below)
        scarce = next((k for k in range(max(lo, o_start - 3), o_start) if toks[k] in SCARCE_HARM), None)
        if scarce is not None and not (scarce > 0 and toks[scarce - 1] in ("a", "an")) and all(
                t and not cue_kind(t, True) for t in toks[scarce + 1:o_start]):
            return EffectCue("favorable", toks[scarce])   # `reported few serious adverse events`
        if o_end + 1 < hi and toks[o_end] in AUX_BE and toks[o_end + 1] in SCARCE_HARM:
            return EffectCue("favorable", toks[o_end + 1])   # `adverse events were rare`
        # `MSC therapy carries a risk of tumor formation`, `safety concerns include ...`, `potential adverse
        # effects of MSC therapy include ...`: a harm the therapy may bring, not a safe result (when no cue
        # word says more: `the risk of adverse events was similar`)
        risk_named = _named_as_risk(toks, lo, hi, o_start, o_end)
        for i in range(o_end, min(hi, o_end + 4)):                # `adverse events were not observed`
            if toks[i] in ABSENCE and i + 1 < len(toks) and toks[i + 1].startswith(SEEN):
                return EffectCue("favorable", toks[i])
        # `treatment-related adverse events`, `adverse events related to the cells` (not `unrelated`)
        near = [t for t in toks[max(lo, o_start - 2):min(hi, o_end + 3)] if t]
        # (`were considered possibly related to`: a causality grade between the events and the word)
        # (`One serious adverse event, aseptic meningitis, was considered related`: past an aside)
        after = o_end
        if o_end < hi and toks[o_end] in (",", "("):
            close = next((k for k in range(o_end + 1, min(hi, o_end + 10)) if toks[k] in (",", ")")), None)
            after = close + 1 if close is not None else o_end
        graded = next((k for k in range(after, min(hi, after + 7)) if toks[k].startswith(ATTRIBUTED)), None)
        if graded is not None and set(toks[after:graded]) <= CAUSALITY_FILLERS:
            near.append(toks[graded])
            if _not_the_cells(toks, graded, hi):
                return EffectCue("favorable", "rather than")   # `attributed to the lumbar puncture rather than the MSCs`
            if _to_the_disease(toks, graded, hi):
                return EffectCue("favorable", "disease")   # `all deaths were attributed to disease progression`
        occurred = next((toks[k] for k in range(o_end, min(hi, o_end + 3)) if toks[k] in OCCURRED), None) or (
            "most common" if not {"common", "frequent"}.isdisjoint(toks[max(lo, o_start - 3):o_start]) and (
                o_end < hi and toks[o_end] in ("were", "was")      # `the most common adverse events were headache ...`
                or "most" in toks[max(lo, o_start - 3):o_start]) else None) or next(   # `Headache was the most common AE`
            (toks[k] for k in range(max(lo, o_start - 3), o_start) if toks[k] in HAD_VERBS), None)   # `patients developed AEs`
        blamed = next((k for k in range(o_end, hi) if toks[k].startswith(ATTRIBUTED)), None)
        if occurred and blamed is not None and _to_the_disease(toks, blamed, hi):
            return EffectCue("favorable", "disease")   # `Three deaths occurred, all attributed to progression of ALS`
        if occurred and blamed is not None and _not_the_cells(toks, blamed, hi):
            return EffectCue("favorable", "rather than")
        if occurred and blamed is not None and any(toks[k] in ABSENCE for k in range(max(o_end, blamed - 6), blamed)):
            # `Three adverse events occurred, none of which was considered related to the treatment`
            return EffectCue("favorable", "unrelated")
        if occurred and blamed is None and any(toks[k].startswith("unrelat") for k in range(o_end, hi)):
            # `Two deaths occurred during follow-up, both unrelated to the treatment`: events put off the cells
            return EffectCue("favorable", "unrelated")
        if occurred and (_phrases_in(toks, lo, hi, _PARALLEL_INDEX) or not {"similar", "comparable"}.isdisjoint(
                toks[lo:hi])):
            return EffectCue("null", "similar")   # `adverse events occurred at similar rates in both arms`
        if occurred and NEGATORS.isdisjoint(toks[lo:min(hi, o_end + 4)]) and ABSENCE.isdisjoint(toks[lo:o_start]):
            # `Side effects included headache and transient meningismus`, `Serious adverse events occurred in two
            # patients`: harms that happened (the mild words of a listed symptom are not the verdict)
            return EffectCue("unfavorable", occurred)
        if any(t.startswith(ATTRIBUTED) or t.endswith("-related") for t in near) and ABSENCE.isdisjoint(
                toks[max(lo, o_start - 8):min(hi, o_end + 4)]) and not any(t.startswith("unrelat") for t in near):
            return EffectCue("unfavorable", "related")
    best: tuple[float, str, str, int] | None = None
    # words (non-masked tokens) before each position: distances in O(1), not O(n) per cue
    words = [0] * (len(toks) + 1)
    for i, t in enumerate(toks):
        words[i + 1] = words[i] + (1 if t else 0)
    # `A delayed onset and did not affect survival`: the outcome is the object of a verb before it, and
    # what follows `and` is the subject's next predicate, not said of the outcome
    k = o_start - 1 - (o_start > lo + 1 and toks[o_start - 1] in ("the", "a", "an"))
    object_of_verb = k >= lo and toks[k].endswith("ed") and (cue_kind(toks[k], harm) or ("",))[0] in (
        "favorable", "unfavorable")
    # `a slower decline in X and lived longer`: X's cue stands before it, so the verb after `and` is another's
    cued_before = any(t and cue_kind(t, harm) for t in toks[max(lo, o_start - 3):o_start])

    def consider(i: int, kind: str, cue: str, bonus: float = 0.0) -> None:
        # Distance counts words, not other entities' tokens ("" = masked), so that a coordinated
        # list (`improved survival and motor function`) shares its verb.
        nonlocal best
        if i < o_start:
            dist = 1.0 + max(0, words[o_start] - words[i + 1])
            # the cue is the predicate of what precedes it: `A were reduced and B`, `A increased and B`
            if i > 0 and (toks[i - 1] in AUX_BE or not toks[i - 1] or (
                    i > 1 and toks[i - 2] in AUX_BE and toks[i - 1].endswith("ly"))):
                dist += 4
        else:
            dist = 1.0 + max(0, words[i] - words[o_end])
            if i + 1 < len(toks) and not toks[i + 1] and i + 1 < hi:   # `increased [animal survival]`
                dist += 4
            elif i > 0 and toks[i - 1] in AUX_BE:                     # `X ... were higher`
                dist -= 1
            if "and" in toks[o_end:i] and (object_of_verb or cued_before and "" in toks[o_end:i]
                                           or _next_outcomes_cue(toks, o_end, i, harm)):
                dist += 4
            if i > 0 and toks[i - 1] == "by" and toks[i].endswith("ing") and i >= o_end:
                return       # `confer neuroprotection by reducing X`: the means, said of X, not of the outcome
                             # (not the outcome's own verb: `by protecting motor neurons`)
        dist -= bonus
        if best is None or dist < best[0]:
            best = (dist, kind, cue, i)

    seen_null: set[tuple[str, ...]] = set()
    named: str | None = None
    for at, phrase in _phrases_in(toks, lo, hi, _NULL_INDEX):
        # first occurrence of each phrase; `no change in X` speaks of what follows it only
        if phrase in seen_null:
            continue
        seen_null.add(phrase)
        if at >= o_end and at + 2 < len(toks) and toks[at + 2].startswith("translat"):
            continue    # `the preservation of motor neurons did not translate into survival`: said of what follows
        if not (phrase[0] == "no" and at > o_start and not _stated_of(toks, lo, o_start, o_end, at)) \
                and not _other_clause(toks, lo, hi, at, o_start, o_end):
            consider(at, "null", " ".join(phrase), bonus=2.0)
    for at in range(lo, o_start):    # `no (appreciable / measurable / clinical) effect on X`, `no impact on X`
        if (toks[at] in ("no", "without") or toks[at] in SCANT and (at == lo or toks[at - 1] not in ("a", "an"))) \
                and any(toks[k] in NO_EFFECT_NOUNS for k in range(at + 1, min(at + 4, o_start))) \
                and not _other_clause(toks, lo, hi, at, o_start, o_end):
            # (`had little / minimal effect on X`: next to none, as no effect; not `a little improvement`)
            consider(at, "null", "no effect", bonus=2.0)
            break
    for at, phrase in _phrases_in(toks, lo, hi, _MEASURED_INDEX):
        met = next((k for k in range(max(lo, at - 3), at) if toks[k] in END_POINT_MET), None)
        if met is not None and phrase[-1] in ("point", "points", "endpoint", "endpoints") \
                and NEGATORS.isdisjoint(toks[max(lo, met - 3):met]):
            consider(at, "favorable", "met")    # `the trial met its primary end point of X`: the result
        else:
            consider(at, "unclear", " ".join(phrase), bonus=-3.0)   # as a MEASURED word
    tempering: set[int] = set()
    verdict_named = "tolerated" in obj_low or obj_low in ("safe", "safely")
    if verdict_named and not elsewhere and NEGATORS.isdisjoint(toks[max(lo, o_start - 3):o_start]) and not _asked(
            toks, lo, o_start):
        # `were safe and attenuated inflammation`: the next verb is the other outcome's
        return EffectCue("favorable", obj_low)
    # `neither X nor Y differed / was improved`: the negation stands before the outcomes, not the verb
    before = [t for t in toks[max(lo, o_start - 3):o_start] if t not in DETERMINERS]
    neg_at = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1) if toks[k] == "not"), None)
    paired_negation = bool(before) and (before[-1] in ("neither", "nor") or (
        before[-1] == "not" and neg_at is not None and neg_at > 0 and toks[neg_at - 1] in ("but", ",", "and")))   # `..., but not (in) X`
    ignored = _not_the_result(toks, lo, o_start, o_end, marker_at)
    changes_named = False
    for i in range(lo, hi):
        if i in marker_at or i in tempering or i in ignored:
            continue
        if toks[i].startswith("limit") and i > 0 and toks[i - 1] in ("normal", "reference", "acceptable"):
            consider(i, "favorable", "within normal limits")   # `remained within normal limits`: nothing went wrong
            continue
        if toks[i] in MILD_WORDS and i + 1 in marker_at:
            continue    # `a transient deterioration in X`: the deterioration is the result, however brief
        if o_start <= i < o_end and not _starts(toks[i], ("improv", "preserv", "protect", "rescu")):
            continue
        t = toks[i]
        found = cue_kind(t, harm)
        if found is None and t in STATED_RESULT and i > 0 and toks[i - 1] in AUX_BE:
            found = ("favorable", 0.0)   # `safety has been established`, `the end point was met`
        if found is None:
            continue
        kind, penalty = found
        if t in ("less", "fewer") and i > 0 and toks[i - 1] in ("lost", "lose", "losing", "loses"):
            kind = "favorable"   # `treated mice lost less body weight`: less of a loss
        if kind == "unclear" and _parenthetical_measure(toks, i, o_end, hi):
            continue    # `X, assessed by Iba1 immunostaining, was reduced`: how X was measured, aside
        if t in ("change", "changes") and i + 1 < o_start and toks[i + 1] in ("in", "of", "from") and \
                all(w in DETERMINERS or w in ("mean", "median", "total") for w in toks[i + 2:o_start]):
            changes_named = True   # with no other cue, `changes in X were noted`: a change of no stated direction
            continue    # `the change in ALSFRS-R ... did not differ`: the measure's name, not a result
        if kind == "favorable" and t.startswith(UNSETTLED) and i > 0 and toks[i - 1] in ("to", "be"):
            kind = "unclear"   # `remains to be confirmed`, `studies are needed to establish`: not yet a result
        if t == "limited" and i > 0 and toks[i - 1] in JUDGED and (i + 1 >= len(toks) or toks[i + 1] != "by"):
            kind = "unclear"    # `evidence of efficacy remains limited`: a verdict on the evidence, not a decrease
        if t.startswith("limit") and i + 1 < o_start and toks[i + 1] == "by":
            kind = "unfavorable"   # `its use is limited by tumorigenicity`: the outcome is the drawback that limits
        if t.startswith("limit") and i >= o_end and harm and not {"use", "application", "applications", "translation",
                                                                  "utility"}.isdisjoint(toks[i + 1:i + 4]):
            kind = "unfavorable"   # `the risk of tumorigenesis limits the clinical use of ESCs`: the same drawback
        if kind == "unclear" and t.endswith("ed") and i > 0 and toks[i - 1] in DETERMINERS:
            continue    # `the structure of altered nets`: an adjective naming a state, no cue
        if kind == "unclear" and o_end <= i < o_end + 8 and t in MEASURE_NOUNS and all(
                toks[j] in MEASURE_FILLERS for j in range(o_end, i)):
            named = named or t  # `ALSFRS-R slope change`, `QoL measures`: the measure's name, not a result;
            continue            # with no other cue the result is still unstated (below)
        if penalty and _quantified(toks, i):
            continue    # `no differences for any (secondary) outcome, including X`: a scope, not a measurement
        if penalty and (abs(i - o_start) > 10 and not _listed(toks, i, o_start, o_end) or verdict_named):
            continue    # `was well tolerated at the doses tested`: the outcome's own words are the result
        if penalty and i + 1 < len(toks) and (t.startswith("compar") and toks[i + 1] in ("with", "to") or
                                              t == "followed" and toks[i + 1] == "by"):
            continue    # `improved X compared with controls`, `is followed by recovery`: no aim, no measurement
        if kind in ("favorable", "unfavorable") and not penalty:
            at = _tempered(toks, i, hi, obj)
            if at is not None:    # less of the change: the other direction
                tempering.add(at)
                kind = "unfavorable" if kind == "favorable" else "favorable"
            elif kind == "unfavorable" and _only_a_little(toks, i, hi, obj):
                kind = "favorable"
        if kind in ("favorable", "unfavorable") and (any(
                toks[j] in NEGATED_RESULT and not _excluding(toks, j, i) for j in range(max(lo, i - 3), i))
                or _negated_through_fillers(toks, i, lo) or _negated_past_aside(toks, i, lo)
                or _denied_by_subject(toks, i, lo) or _no_evidence(toks, i, lo)
                or _negated_by_coordination(toks, i, lo) or paired_negation):
            kind = "null"
        elif kind == "unclear" and not penalty and (toks[i - 1] == "any" or paired_negation or any(
                toks[j] in NEGATED_RESULT and not _excluding(toks, j, i) for j in range(max(lo, i - 4), i))):
            kind = "null"    # `was not associated with any change in X`, `without altering X`
        consider(i, kind, t, bonus=-penalty)
    if best is None or best[2].startswith("evidenc") or best[1] == "unclear":
        appraisal = next((t for t in toks[lo:hi] if t in APPRAISAL_CUES), None) or next(
            ("quality" for k in range(lo, hi - 2) if toks[k] == "quality" and toks[k + 1] == "of"
             and toks[k + 2] in ("evidence", "the", "studies", "included")), None)
        if appraisal:    # `the certainty of evidence was low for ALSFRS-R`: a verdict on studies
            return EffectCue("unclear", appraisal)
    if _definition_before(toks, lo, o_start) and not (best is not None and best[1] == "null"):
        return EffectCue("unclear", "end point")   # (`did not achieve a benefit on the primary end point of X`: null)
    ns_at = p_verdict(toks, lo, hi, o_end)
    if ns_at is not None and (best is None or best[1] in ("favorable", "unfavorable", "unclear")):
        return EffectCue("null", toks[ns_at])   # a difference the study itself calls not significant
    if best is None:
        if paired_negation:
            return EffectCue("null", before[-1])
        verdict = _verdict_after(toks, hi)
        if verdict:    # `X was compared with controls; no significant difference was found`
            return EffectCue("null", verdict)
        if _phrases_in(toks, lo, hi, _WANED_INDEX):
            return EffectCue("unclear", "waned")   # `FVC returned to pretreatment levels by month 6`
        if not BEFORE_TREATMENT.isdisjoint(toks[o_end:min(hi, o_end + 3)]):
            return EffectCue("unclear", "before")   # `the mean ALSFRS-R score before transplantation was 35.4`
        went_on = next((t for t in toks[o_end:min(hi, o_end + 3)] if t.startswith(("continu", "persist"))), None)
        if went_on:
            return EffectCue("null", went_on)   # `disease progression continued in all patients`
        worse = next((i for i in sorted(marker_at) if _starts(toks[i], ("worsen", "deteriorat"))), None)
        if worse is not None and toks[worse - 1] in ABSENCE:
            return EffectCue("favorable", toks[worse - 1])   # `no deterioration of FVC was observed`
        if worse is not None:
            return EffectCue("unfavorable", toks[worse])   # `resulted in a worsening of X`
        drop = next((i for i in sorted(marker_at) if i < o_start and _starts(toks[i], ("declin", "decreas", "reduc", "loss"))
                     and toks[i - 1] not in ABSENCE), None)
        if drop is not None and not is_harm_outcome(obj_text, obj_concept):
            return EffectCue("unfavorable", toks[drop])    # `showed a decrease in ALSFRS-R score`: it fell
        mixed = next((t for t in toks[lo:hi] if t in MIXED_WORDS), None)
        if mixed:
            return EffectCue("unclear", mixed)    # `strength results were mixed`: SPEC's mixed result
        unsettled = _unsettled_after(toks, o_end, hi)
        if unsettled:
            return EffectCue("unclear", unsettled)
        if risk_named is not None:
            return EffectCue("unfavorable", risk_named)
        if named:
            return EffectCue("unclear", named)
        if _asked(toks, lo, o_start):    # `whether MSCs can modify disease progression`
            return EffectCue("unclear", "whether")
        head = [t for t in toks[lo:min(hi, lo + 4)] if t and t not in ("the", "a", "an")][:2]
        if len(head) == 2 and head[0] in TOPIC_NOUNS and head[1] == "of":
            return EffectCue("unclear", head[0])    # `Effect of X on Y` (a title naming its topic)
        topic = _topic_before(toks, lo, o_start)
        if topic and "significant" not in toks[o_end:min(hi, o_end + 4)]:   # (`... was significant`: a result)
            return EffectCue("unclear", topic)      # `we report the effect of MSCs on X`: what it was, unsaid
        be = _be_after(toks, o_end, hi)   # `survival (at 18 months) was 71% ...`
        if be + 1 < hi and AMOUNT.match(toks[be + 1]) and VALUE_RATIO_WORDS.isdisjoint(
                toks[lo:o_start]):    # (`the hazard ratio for death was 0.48` is a result)
            arms = _arm_values(toks, be + 1, hi)
            if arms is not None and arms[0] != arms[1]:
                # `median survival was 38 months with MSCs and 31 months in controls`: more than the control
                if arms[0] < 0 and arms[1] < 0:    # two declines (`-0.52 vs -1.04 points/month`): the smaller
                    better = abs(arms[0]) < abs(arms[1])
                else:
                    # (an onset given as an age or a day, `onset was 118 days in treated mice`: later is better)
                    timed = obj_concept == "outcome:disease_onset" and not TIME_UNITS.isdisjoint(toks[be + 1:hi])
                    better = (arms[0] < arms[1]) if harm and not timed else (arms[0] > arms[1])
                return EffectCue("favorable" if better else "unfavorable", toks[be + 1])
            return EffectCue("unclear", toks[be + 1])   # `ALSFRS-R was 32 at six months`: a value, no change
        if any(toks[k] == "compared" and toks[k - 1] in AUX_BE for k in range(o_end + 1, min(hi, o_end + 4))):
            return EffectCue("unclear", "compared")   # `disease progression was compared with PRO-ACT patients`
        if changes_named:
            return EffectCue("unclear", "changes")   # `changes in cytokine levels were noted`: which way, unsaid
        return EffectCue("favorable", None)
    if best[1] in ("favorable", "unfavorable") and any(
            _has_phrase(toks, ph, lo, best[3]) is not None for ph in NOT_BETTER):
        return EffectCue("null", "not superior")   # `not superior to placebo in slowing X`
    if best[1] in ("favorable", "unfavorable") and best[3] >= o_end and _both_ways(toks, o_end, hi, harm):
        return EffectCue("unclear", "mixed")   # `FVC improved in four patients and declined in eight`
    if best[1] in ("favorable", "unfavorable") and (best[3] < o_end or toks[best[3]].startswith(GAIN_HEADS)):
        judged_mixed = next((toks[k] for k in range(o_end + 1, hi) if toks[k] in MIXED_WORDS
                             and toks[k - 1] in JUDGED), None)
        if judged_mixed:   # `improvement of the ALSFRS-R was inconsistent`, `the benefit on survival was variable`
            return EffectCue("unclear", judged_mixed)
    if best[1] in ("favorable", "unfavorable") and _asked(toks, lo, o_start):
        return EffectCue("unclear", "whether")
    if best[1] in ("favorable", "unfavorable"):
        verdict = _verdict_after(toks, hi)
        if verdict:    # `a trend toward longer survival, but it was not significant`
            return EffectCue("null", verdict)
        if best[1] == "favorable" and not _starts(obj_low, SAFETY_WORDS) and (
                _phrases_in(toks, lo, hi, _WANED_INDEX) or _phrases_in(toks, hi, min(len(toks), hi + 10), _WANED_INDEX)
                or _not_at_another_time(toks, best[3], min(len(toks), hi + 10)) or _short_lived(toks, best[3], o_end, hi)):
            return EffectCue("unclear", "waned")   # `improved transiently, then returned to baseline`: mixed
        if not TREND.isdisjoint(toks[lo:hi]) and any(
                _has_phrase(toks, ph, best[3], hi) is not None for ph in VERDICT_NULL):
            return EffectCue("null", "trend")    # `a trend toward slower decline, which was not significant`
        if _relative_verdict(toks, max(best[3], o_end), hi):
            return EffectCue("null", "which")    # `survival was extended by 5 days, which was not significant`
        if any(_has_phrase(toks, ph, best[3], min(len(toks), hi + 1)) is not None for ph in SHORT_OF_SIGNIFICANCE):
            return EffectCue("null", "without significance")   # `improved without reaching statistical significance`
        same = _phrases_in(toks, lo, hi, _PARALLEL_INDEX)
        larger = _larger_in_one_arm(toks, hi, best[1]) if same else None
        if larger is not None:   # `improved in both groups, but significantly more with MSCs`
            return EffectCue(larger, "more in one arm")
        if same:   # `declined at the same rate in both arms`, `a non-significant trend toward slower decline`
            return EffectCue("null", " ".join(same[0][1]))
    if best[1] == "unfavorable" and "despite" in toks[lo:hi]:
        return EffectCue("null", "despite")    # `FVC continued to decline despite the treatment`
    if best[1] == "unfavorable" and best[3] >= o_end and any(
            t.startswith(("continu", "persist")) for t in toks[max(lo, best[3] - 3):best[3]]):
        # `the ALSFRS-R score continued to decline in all patients`: the disease went on its course, the
        # treatment did not stop it (no effect), as `progression continued` (not a harm of the treatment)
        return EffectCue("null", "continued")
    if best[1] in ("favorable", "unfavorable") and _control_first(toks, lo, hi, best[3]):
        # `FVC was lower in the placebo group than in the MSC group`: said of the control arm
        return EffectCue("unfavorable" if best[1] == "favorable" else "favorable", best[2])
    if best[1] in ("favorable", "unfavorable") and _starts(best[2], INCREASE + DECREASE):
        arms = _arm_amounts(toks, best[3], hi)
        if arms is not None and arms[0] != arms[1]:
            # `declined by 2.1 points in the MSC group versus 3.4 with placebo`: less of the change than the control
            flip = {"favorable": "unfavorable", "unfavorable": "favorable"}
            return EffectCue(best[1] if arms[0] > arms[1] else flip[best[1]], best[2])
    return EffectCue(best[1], best[2])


# a ratio or risk before an outcome makes its value a result (`the hazard ratio for death was 0.48`)
VALUE_RATIO_WORDS = frozenset({"ratio", "ratios", "hazard", "risk", "odds", "hr", "rr", "irr"})


def _both_ways(toks: Sequence[str], o_end: int, hi: int, harm: bool) -> bool:
    """The outcome went both ways after it, for different patients or parts: `improved in three
    patients and declined in four`, `increased in the upper limbs but decreased in the lower limbs`
    (each change followed by `in`; no other outcome between them)."""
    kinds = set()
    for i in range(o_end, hi):
        if not toks[i]:
            return False   # another outcome takes over
        found = cue_kind(toks[i], harm)
        if found and not found[1] and found[0] in ("favorable", "unfavorable") and i + 1 < hi and toks[i + 1] == "in":
            kinds.add(found[0])
    return len(kinds) == 2


def _outside_brackets(words: Sequence[str]) -> list[str]:
    """The words not inside round brackets (statistics, short forms)."""
    out, depth = [], 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(w)
    return out


def _topic_before(toks: Sequence[str], lo: int, o_start: int) -> str | None:
    """`the effect of MSCs on X`: a topic noun with `of`, then `on` right before the outcome."""
    k = o_start - 1
    while k > lo and toks[k] in ("the", "a", "an"):
        k -= 1
    j = k    # `the effect of MSCs on X and Y`: Y shares X's `on` (X is blanked, another outcome)
    while j > lo and (not toks[j] or toks[j] in ("and", "or", ",", "the", "a", "an", "as", "well")):
        j -= 1
    if j < k and toks[j] == "on" and "" in toks[j + 1:k + 1]:
        k = j
    if k <= lo or toks[k] != "on":
        return None
    return next((toks[j] for j in range(k - 1, max(lo, k - 10) - 1, -1)
                 if toks[j] in TOPIC_NOUNS and j + 1 < k and toks[j + 1] == "of"), None)


VERSUS = frozenset({"versus", "vs", "vs.", "compared", "against"})
# what a control arm was given or called (relations.CONTROL_ARM builds its phrases from CONTROL_AGENTS)
CONTROL_AGENTS = frozenset({"placebo", "vehicle", "sham", "saline", "pbs", "untreated"})
CONTROL_WORDS = CONTROL_AGENTS | {"control", "controls", "historical"}
AMOUNT = re.compile(r"^[-−]?\d+(?:\.\d+)?%?$")


def _control_first(toks: Sequence[str], lo: int, hi: int, cue: int) -> bool:
    """A comparison whose first arm is the control: a control word before `than`, none after it."""
    than = next((k for k in range(cue, hi) if toks[k] == "than"), None)
    if than is None or not CONTROL_WORDS.isdisjoint(toks[than:min(hi, than + 6)]):
        return False
    # (not one named as the reference: `compared with controls, ... than expected`)
    return any(toks[k] in CONTROL_WORDS and (k == lo or toks[k - 1] not in ("with", "to", "versus", "vs", "vs.", "than"))
               for k in range(max(lo, than - 10), than))


def _arm_amounts(toks: Sequence[str], cue: int, hi: int) -> tuple[float, float] | None:
    """(treated, control) sizes of a change stated for both arms after its cue word, the treated
    arm first: `declined by 2.1 points/month in the MSC group versus 3.4 in the placebo group`,
    `decreased by 9% compared with 21% with placebo`. None unless both are there."""
    first = next((k for k in range(cue + 1, hi) if AMOUNT.match(toks[k])), None)
    if first is not None and toks[first - 1] == "from":
        return None   # `reduced the rate from 1.2 to 0.6`: one measure's two levels, not two arms' changes
    arms = _arm_values(toks, first, hi) if first is not None else None
    return None if arms is None else (abs(arms[0]), abs(arms[1]))


def _arm_values(toks: Sequence[str], first: int, hi: int) -> tuple[float, float] | None:
    """(treated, control) values given for both arms from toks[first] on: `38.2 months in the MSC
    group and 31.5 months in controls`, `65% ... versus 78% with placebo`. None unless the second
    value is the control arm's and the first is not."""
    second = next((k for k in range(first + 1, hi) if AMOUNT.match(toks[k])
                   and toks[k - 1] in ("and", "versus", "vs", "vs.", "compared", "with", "to", ",", "than")), None)
    if second is None:
        return None
    a, b = (float(toks[k].rstrip("%").replace("−", "-")) for k in (first, second))
    # the words that name the second value's arm (past its spread: `128 ± 5 days in the vehicle group`)
    spread = 2 if second + 2 < hi and toks[second + 1] in SPREAD and AMOUNT.match(toks[second + 2]) else 0
    named = toks[second:min(hi, second + 6 + spread)]
    if CONTROL_WORDS.isdisjoint(toks[first:second]) and not CONTROL_WORDS.isdisjoint(named):
        return a, b
    if not CONTROL_WORDS.isdisjoint(toks[first:second]) and CONTROL_WORDS.isdisjoint(named) \
            and not TREATED_ARM_WORDS.isdisjoint(named):
        return b, a   # `18.6 months in the placebo group and 24.2 months in the MSC group`: the control first
    # one arm over two periods: `-1.1 points/month before and -0.5 after the injection`, `0.4 versus 1.0
    # points/month in the lead-in`: the time before treatment is the control
    periods = [_period(toks[first + 1:second]), _period(toks[second + 1:min(hi, second + 10)])]
    if periods[0] is None and periods[1] is not None:
        periods[0] = not periods[1]
    if periods[1] is None and periods[0] is not None:
        periods[1] = not periods[0]
    if periods[0] is None or periods[0] == periods[1]:
        return None
    return (a, b) if periods[0] else (b, a)


# a value's spread after it (`142 ± 6 days`)
SPREAD = frozenset({"±", "+/-", "+/−"})
# words that name an arm after its value (`24.2 months in the MSC group`)
TREATED_ARM_WORDS = frozenset({"group", "groups", "arm", "mice", "rats", "patients", "animals", "cohort", "treated",
                               "transplanted", "grafted", "injected", "infused"})
TIME_UNITS = frozenset({"days", "day", "weeks", "week", "months", "month", "years", "year", "d", "wk", "wks"})
BEFORE_TREATMENT = frozenset({"baseline", "inclusion", "enrolment", "enrollment", "screening",
                              "before", "prior", "pre-treatment", "pretreatment", "pre-transplantation", "pre-injection",
                              "pre-transplant", "lead-in", "run-in", "preceding", "pre-infusion"})
AFTER_TREATMENT = frozenset({"after", "following", "post-treatment", "posttreatment", "post-transplantation",
                             "post-injection", "post-transplant", "post-infusion", "thereafter", "afterwards"})


TIME_QUALIFIERS = frozenset({"at", "after", "following", "during", "over", "within", "by"})
# words that open the arm or group a value is given for (`survival in the MSC group was`, `counts of treated mice were`)
ARM_QUALIFIERS = frozenset({"in", "of", "for", "among"})


def _be_after(toks: Sequence[str], o_end: int, hi: int) -> int:
    """Position of the `was`/`were` that the outcome's value follows: right after it, or after a time
    qualifier (`survival at 18 months was`, `ALSFRS-R after MSC injection was`) or a group's (`survival in
    the MSC group was`); the `of` of `a mean survival of 135 days`; -1 when none."""
    if o_end < hi and toks[o_end] in AUX_BE:
        return o_end
    if o_end + 1 < hi and toks[o_end] == "of" and AMOUNT.match(toks[o_end + 1]) and o_end + 2 < hi and \
            toks[o_end + 2] in TIME_UNITS:
        return o_end    # `had a mean survival of 135 days`: the value itself
    if o_end < hi and (toks[o_end] in TIME_QUALIFIERS or toks[o_end] in ARM_QUALIFIERS):
        for k in range(o_end + 1, min(hi, o_end + 6)):
            if toks[k] in AUX_BE:
                return k
            if not toks[k] or cue_kind(toks[k], False) is not None or toks[k] in CLAUSE_BREAKS:
                break
    return -1


# what opens a period's length, not another value: `in the 6 months before`, `during the first 3 months after`
PERIOD_OPENERS = frozenset({"the", "first", "last", "previous", "preceding", "following", "initial"})


def _period(words: Sequence[str]) -> bool | None:
    """True when a value's own words place it after treatment, False before it, None when they do not say."""
    for k, w in enumerate(words):
        if AMOUNT.match(w):
            if 0 < k < len(words) - 1 and words[k - 1] in PERIOD_OPENERS and words[k + 1] in TIME_UNITS:
                continue    # `1.02 points per month in the 6 months before the injection`: the period's length
            break
        if w in AFTER_TREATMENT:
            return True
        if w in BEFORE_TREATMENT:
            return False
    return None


TREND = frozenset({"trend", "trends", "tendency", "tended", "trended"})
# a change said to fall short of significance in its own clause
SHORT_OF_SIGNIFICANCE = (("without", "reaching"), ("without", "statistical", "significance"), ("without", "significance"),
                         ("with", "no", "statistical"), ("with", "no", "significant"), ("not", "reaching"),
                         ("without", "achieving"), ("no", "statistical", "significance"))
# the next clause judging the previous one's difference: `..., but it was not significant`
VERDICT_NULL: tuple[tuple[str, ...], ...] = (
    ("not", "significant"), ("not", "statistically"), ("not", "reach"), ("non-significant",), ("nonsignificant",),
    ("failed", "to", "reach"), ("not", "significantly"), ("no", "significant"), ("no", "statistically"))
VERDICT_OPENERS = frozenset({"no", "it", "this", "which", "the", "these", "that", "difference", "differences", "effect",
                             "trend", "was", "were", "did", "not", "statistically", "significant", "reach", "failed",
                             "to", "non-significant", "nonsignificant", "significantly", "although", "though",
                             "remained", "its", "effects", "comparison", "comparisons",
                             "so",    # `..., though not significantly so`
                             # `..., but the change / improvement was not significant`: the change before, named
                             "change", "changes", "improvement", "improvements", "increase", "increases", "decrease",
                             "decreases", "reduction", "reductions", "benefit", "benefits", "gain", "gains",
                             "prolongation", "extension", "slowing", "delay"})


def _verdict_after(toks: Sequence[str], hi: int) -> str | None:
    """A short clause right after `hi` (`but it was not significant`, `although this did not reach
    significance`) that calls the difference before it not significant: its cue, else None."""
    if hi >= len(toks) or toks[hi] not in ("but", "however", ";", "although", "though", ","):
        return None
    j = hi + 1
    while j < len(toks) and toks[j] in (",", "however"):
        j += 1
    window = toks[j:j + 7]
    if window[:2] in (["not", "significantly"], ["not", "statistically"]) or window[:1] in (
            ["non-significantly"], ["nonsignificantly"], ["insignificantly"]):
        return "not significantly"   # `Survival was slightly but not significantly longer`: the same change, denied
    if not window or any(t not in VERDICT_OPENERS for t in window[:3] if t[:1].isalpha()):
        return None
    for ph in VERDICT_NULL:
        at = _has_phrase(window, ph, 0, len(window))
        if at is not None:
            nxt = window[at + len(ph):at + len(ph) + 1]
            if nxt and cue_kind(nxt[0], False) is not None:
                return None   # `..., but did not significantly prolong Y`: a claim of its own, not a verdict
            return " ".join(ph)
    return None


CONTROL_ARMS = frozenset({"placebo", "control", "controls", "sham", "vehicle", "untreated"})


def _larger_in_one_arm(toks: Sequence[str], hi: int, kind: str) -> str | None:
    """`..., but (the improvement was) significantly greater in the MSC group` right after `hi`: a change
    (of effect `kind`) seen in both arms, larger in one; the effect that gives, else None. `declined in both,
    but more slowly with MSCs`: the change's brake is the other effect; `but more in the placebo group`: the
    control's."""
    if hi >= len(toks) or toks[hi] not in ("but", "although", "though", "whereas", "while", ","):
        return None
    window = toks[hi + 1:hi + 10]
    if not any(w in ("more", "greater", "larger", "bigger", "better") for w in window) or "in" not in window \
            or not NEGATORS.isdisjoint(window):
        return None
    flip = {"favorable": "unfavorable", "unfavorable": "favorable"}
    if any(w.startswith("slow") or w in ("less", "smaller", "fewer") for w in window):
        kind = flip[kind]
    if not CONTROL_ARMS.isdisjoint(window):
        kind = flip[kind]
    return kind


def _relative_verdict(toks: Sequence[str], start: int, hi: int) -> bool:
    """`, which was not statistically significant` after `start`, within the clause."""
    for k in range(start, hi):
        if toks[k] in ("which", "that") and k > 0 and toks[k - 1] == ",":
            window = toks[k + 1:min(hi, k + 5)]
            return any(_has_phrase(window, ph, 0, len(window)) == 1 for ph in VERDICT_NULL)
    return False


# a p-value, whole in one token (`p=0.32`) or split (`p`, `=`, `0.09`)
P_VALUE = re.compile(r"p(?:-value)?(<=|>=|=|<|>|≤|≥)(0?\.\d+)$")


def p_verdict(toks: Sequence[str], lo: int, hi: int, after: int) -> int | None:
    """Where a clause reports only non-significant p-values (`(p = 0.09)`, `P > 0.05`, `; NS)`)
    after position `after`: the first such position, else None. One significant p-value in the
    clause (`p = 0.09 and p = 0.01, respectively`) leaves the verdict to the words."""
    first, significant = None, False
    # statistics in brackets belong to the clause before them, whatever they hold (`(OR 1.3; p = 0.45)`)
    depth = sum(1 if t == "(" else -1 if t == ")" else 0 for t in toks[max(lo, after):hi])
    while depth > 0 and hi < len(toks):
        depth += 1 if toks[hi] == "(" else -1 if toks[hi] == ")" else 0
        hi += 1
    # `delayed onset and a trend toward longer survival (p = 0.07)`: statistics after another
    # coordinated outcome are that outcome's
    hi = next((i for i in range(max(lo, after), hi) if toks[i] in ("and", ",") and any(
        not toks[k] for k in range(i + 1, min(hi, i + 8)))), hi)
    ci = _ratio_interval(toks, max(lo, after), hi)
    if ci is not None:
        return ci
    for i in range(max(lo, after), hi):
        t = toks[i]
        if t in ("ns", "n.s.", "n.s") and i > 0 and toks[i - 1] in ("(", ";", ",", "=", ":") and (
                i + 1 >= len(toks) or toks[i + 1] in (")", ";", ",", ".")):
            first = i if first is None else first
            continue
        if not (t.startswith("p") and (t in ("p", "p-value", "p-values") or P_VALUE.match(t))):
            continue
        if t in ("p", "p-value", "p-values"):
            # `p = 0.09`, `p value = 0.32`, `P: 0.32`, `p-value 0.41`: the operator and number after it
            rest = [w for w in toks[i + 1:i + 5] if w not in ("value", "values")][:2]
            joined = "".join(rest).replace(":", "=")
            if rest and NUMBER.match(rest[0]):
                joined = "=" + rest[0]
            m = P_VALUE.match("p" + joined)
        else:
            m = P_VALUE.match(t)
        if m is None:
            continue
        op, value = m.group(1), float(m.group(2))
        if value <= 0.05 and op in ("<", "<=", "≤", "="):
            significant = True
        elif op in ("=", ">", ">=", "≥"):
            first = i if first is None else first
    return None if significant else first


RATIO_WORDS = frozenset({"hr", "or", "rr", "ratio", "ratios", "irr"})
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def _ratio_interval(toks: Sequence[str], lo: int, hi: int) -> int | None:
    """A ratio whose confidence interval holds 1 (`HR 0.88, 95% CI 0.41-1.90`): no difference; the
    position of `ci`, else None (an interval without 1 leaves the verdict to the words)."""
    ratio = not RATIO_WORDS.isdisjoint(toks[max(0, lo - 12):hi])
    if not ratio and DIFFERENCE_WORDS.isdisjoint(toks[max(0, lo - 12):hi]):
        return None
    null = 1.0 if ratio else 0.0    # a difference (`MD 2.1, 95% CI -1.8 to 6.0`) holds no change at 0
    for i in range(lo, hi):
        if toks[i] not in ("ci", "95%ci") and not (toks[i] == "interval" and toks[i - 1] == "confidence"):
            continue
        m = INTERVAL.search(" ".join(toks[i + 1:min(len(toks), i + 9)]))
        if m:
            a, b = (float(x.replace("−", "-")) for x in m.groups())
            return i if min(a, b) < null < max(a, b) else None
    return None


DIFFERENCE_WORDS = frozenset({"md", "smd", "wmd", "difference", "differences"})
# the two bounds of an interval: `0.41-1.90`, `-1.8 to 6.0`, `( -0.05 , 0.61 )`
INTERVAL = re.compile(r"([-−]?\d+(?:\.\d+)?)\s*(?:to|,|–|—|-(?=\s*[-−]?\d)|−)\s*([-−]?\d+(?:\.\d+)?)")


# a passive that states a result (`has been established`, `was met`); not `an established model`
STATED_RESULT = frozenset({"established", "proven", "proved", "met", "achieved"})
# `primary end point`, `secondary outcomes` ...: what a trial measures, named by its role
END_POINT_ROLES = frozenset({"primary", "secondary", "main", "co-primary", "coprimary"})
END_POINT_NAMES = (("end", "point"), ("end", "points"), ("endpoint",), ("endpoints",), ("end-point",), ("outcome",),
                   ("outcomes",), ("efficacy", "end", "point"), ("efficacy", "endpoint"), ("efficacy", "outcome"),
                   ("outcome", "measure"), ("outcome", "measures"))
DEFINING = frozenset({"was", "were", "is", "are", "included", "comprised", "consisted", "being", ":"})
# an end point reached: `the primary end point was met`, `the trial met its primary end point`
END_POINT_MET = frozenset({"met", "meet", "meets", "achieved", "achieves", "reached", "reaches"})
NOT_DEFINING = END_POINT_MET | {"not", "significantly", "significant", "similar", "improved"}


def end_point_name(toks: Sequence[str], i: int) -> int:
    """End of `<role> <end point name>` starting at toks[i] (the role word), else -1."""
    for name in END_POINT_NAMES:
        j = i + 1 + len(name)
        if j <= len(toks) and tuple(toks[i + 1:j]) == name:
            return j
    return -1


def defines(toks: Sequence[str], j: int) -> bool:
    """Whether an end point named up to toks[j] is being defined there (`... end point was the change
    in X`), not judged (`... was met`, `... was not reached`)."""
    return j < len(toks) and toks[j] in DEFINING and not (j + 1 < len(toks) and toks[j + 1] in NOT_DEFINING)


def _definition_before(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """`The primary end point was the proportion of patients with an improvement in X`: the clause
    defines what is measured, so a change word in it states no result."""
    window = range(max(lo, o_start - 30), o_start)
    if any(toks[i] == "defined" and toks[i + 1] in ("as", "by") for i in range(window.start, window.stop - 1)):
        return True    # `responders were defined as patients with an improvement in X`
    if END_POINT_ROLES.isdisjoint(toks[window.start:window.stop]):
        return False
    for i in window:
        if toks[i] in END_POINT_ROLES and END_POINT_MET.isdisjoint(toks[max(lo, i - 4):i]):
            # (`the trial met its primary end point of X`: a result, not a definition)
            j = end_point_name(toks, i)
            if 0 < j <= o_start and defines(toks, j):
                return True
    return False


def _listed(toks: Sequence[str], i: int, o_start: int, o_end: int) -> bool:
    """The outcome is an item of a list that the word at i opens or closes (`outcomes included X, Y,
    the Z scale of W, and V`; `X, Y, W and V were assessed`): only other outcomes (masked) and list
    words stand between."""
    between = toks[i + 1:o_start] if i < o_start else toks[o_end:i]
    return all(not t or t in LIST_WORDS or t in LIST_OPENERS for t in between)


LIST_OPENERS = frozenset({"(", ")", ":", "included", "including", "include", "includes", "were", "was", "are", "is",
                          "comprised", "secondary", "primary", "measures", "outcomes", "end", "points"})


QUANTIFIERS = frozenset({"any", "all", "either", "each"})


def _quantified(toks: Sequence[str], i: int) -> bool:
    """The word at i is quantified (`any outcome`, `all secondary outcomes`)."""
    return i > 0 and toks[i - 1] in QUANTIFIERS or (
        i > 1 and toks[i - 2] in QUANTIFIERS and toks[i - 1] in END_POINT_ROLES)


def _excluding(toks: Sequence[str], j: int, i: int) -> bool:
    """`A, but not B, reduced X`, `high- but not low-dose cells delayed X`: the negator at j excludes
    what stands between it and the cue at i from the claim; it does not deny the verb (`but not
    significantly improved` does)."""
    return toks[j] == "not" and j > 0 and toks[j - 1] in ("but", "and") and any(
        t and not t.endswith("ly") and t not in AUX_BE and t not in VERDICT_ADJECTIVES for t in toks[j + 1:i])


# `safe but not efficacious in slowing X`: a verdict on the treatment, not a second arm excluded
VERDICT_ADJECTIVES = frozenset({"efficacious", "effective", "beneficial", "successful", "useful", "able", "in", "to",
                                "significant", "clinically", "meaningful"})


# words before `limited` that make it a verdict (`remains limited`, `was limited`)
JUDGED = frozenset({"remains", "remain", "remained", "is", "was", "are", "were", "been", "be", "still", "very", "rather"})
# a rise named as a noun: `attenuated the increase in IL-1β`
RISE_NOUNS = frozenset({"increase", "increases", "rise", "elevation", "elevations", "upregulation", "up-regulation",
                        "accumulation", "overexpression", "overproduction", "induction"})
# verbs of an insult named after its outcome: `apoptosis induced by H2O2`
INSULT_VERBS = frozenset({"induced", "caused", "mediated", "triggered", "evoked", "elicited", "provoked"})


def _not_the_result(toks: Sequence[str], lo: int, o_start: int, o_end: int, marker_at: set[int]) -> set[int]:
    """Change words around the outcome that are not the result's cue:
    - a rise named as a noun that another cue acts on (`attenuated the increase in IL-1β`: the
      verb's cue then reads the outcome itself);
    - a state adjective after a determiner and a cue (`improved the impaired motor performance`);
    - the insult of a reduced relative clause (`apoptosis induced by H2O2`)."""
    out: set[int] = set()
    for j in range(max(lo, o_start - 8), o_start):
        t = toks[j]
        if t in RISE_NOUNS and j + 1 < o_start and toks[j + 1] in ("in", "of") and o_start - j <= 5 and all(
                w in LIST_WORDS or cue_kind(w, False) is None for w in toks[j + 2:o_start]):   # `in serum X`
            k = j - 1
            while k >= lo and toks[k] in ("the", "a", "an"):
                k -= 1
            if k >= lo and cue_kind(toks[k], False) is not None:
                out.add(j)
        elif j + 1 == o_start and t.endswith("ed") and j >= lo + 2 and toks[j - 1] in ("the", "a", "an") and \
                cue_kind(toks[j - 2], False) is not None and j not in marker_at:
            out.add(j)
    if o_end + 1 < len(toks) and toks[o_end] in INSULT_VERBS and toks[o_end + 1] == "by":
        out.add(o_end)
    for j in range(max(lo, o_start - 8), o_start):
        if _caused_change(toks, lo, j):
            out.update(k for k in range(max(lo, j - 4), j) if toks[k] in CAUSAL)
    return out


# verbs that only bring about the change their object names: `caused a reduction in X`, `led to an increase`
CAUSAL = frozenset({"caused", "causes", "cause", "induced", "induces", "produced", "produces", "resulted", "results",
                    "led", "leads", "triggered", "elicited", "brought"})
CAUSAL_FILLERS = frozenset({"a", "an", "the", "to", "in", "about", "significant", "marked", "substantial", "further",
                            "dramatic", "notable", "clear", "modest", "slight"})


def _caused_change(toks: Sequence[str], lo: int, i: int) -> bool:
    """toks[i] is a change noun that a causal verb before it brings about (`induced a decrease`)."""
    if cue_kind(toks[i], False) is None:
        return False
    k = i - 1
    while k >= lo and i - k <= 4 and toks[k] in CAUSAL_FILLERS:
        k -= 1
    return k >= lo and k < i - 1 and toks[k] in CAUSAL


JOINERS = frozenset({"and", "with"})


def _other_clause(toks: Sequence[str], lo: int, hi: int, at: int, o_start: int, o_end: int) -> bool:
    """The `no change` phrase at `at` is another clause's, joined by `, and` / `, with`, while the
    outcome has a change word of its own on its side: `improved X, and body weight was not
    affected`; `survival did not differ, and FVC declined`. (A plain list, `X, Y and Z were
    unchanged`, has no cue of its own and keeps the phrase.)"""
    a, b = (o_end, at) if at >= o_end else (at, o_start)
    joint = next((k for k in range(a, b - 1) if toks[k] == "," and toks[k + 1] in JOINERS), None)
    if joint is None:
        return False
    own = range(lo, o_start) if at >= o_end else range(o_end, min(hi, o_end + 6))
    return any(toks[k] and (found := cue_kind(toks[k], False)) is not None and found[1] == 0.0 for k in own)


def _negated_through_fillers(toks: Sequence[str], i: int, lo: int) -> bool:
    """`did not result in significant improvement`: a negator before the cue at i with only
    NEGATION_FILLERS (at most five) between them."""
    j = i - 1
    while j >= max(lo, i - 6) and toks[j] in NEGATION_FILLERS:
        j -= 1
    return j >= lo and i - j > 1 and toks[j] in DENYING and not _excluding(toks, j, i)


COMPOSITE_WORDS = frozenset({"(", ")", "or", "and", ",", "to", "of", "free", "the", "permanent", "invasive",
                             "non-invasive", "noninvasive", "mechanical", "assisted", "death", "deaths", "survival",
                             "ventilation", "tracheostomy", "tracheotomy", "gastrostomy", "intubation"})


def in_composite(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """The outcome is a member of a composite survival end point: `time to death or tracheostomy`,
    `survival free of tracheostomy or permanent ventilation`, `event-free survival (death, ...)`
    (toks unmasked: the end point's own name is read)."""
    for k in range(max(lo, o_start - 8), o_start):
        t = toks[k]
        if (t == "time" and toks[k + 1] == "to" or t == "free" and toks[k + 1] == "of"
                or t.endswith("-free") and k + 1 < len(toks) and toks[k + 1] in ("survival", "")):
            return all(w in LIST_WORDS or not w or w in COMPOSITE_WORDS or w.endswith("-free") or HARM_EVENT.match(w)
                       for w in toks[k + 2:o_start])
    return False


def _negated_past_aside(toks: Sequence[str], i: int, lo: int) -> bool:
    """`BDNF did not, however, prolong survival`: a negator, then a comma aside of at most three words,
    then the cue at i."""
    if i - 2 < lo or toks[i - 1] != ",":
        return False
    opened = next((k for k in range(i - 2, max(lo, i - 6) - 1, -1) if toks[k] == ","), None)
    return opened is not None and opened - 1 >= lo and toks[opened - 1] in NEGATED_RESULT


def _denied_by_subject(toks: Sequence[str], i: int, lo: int) -> bool:
    """`No trial of MSCs showed a benefit on X`, `none of the studies demonstrated an improvement`: a
    showing verb (after fillers) before the cue at i whose subject is denied."""
    j = i - 1
    while j >= max(lo, i - 6) and toks[j] in NEGATION_FILLERS and toks[j] not in SHOWING:
        j -= 1
    if j < lo or toks[j] not in SHOWING:
        return False
    for k in range(j - 1, max(lo, j - 10) - 1, -1):
        if toks[k] in NO_SUBJECT:
            return True
        if toks[k] in (",", ";", "and", "but", "whereas", "while") or toks[k] in NEGATED_RESULT:
            return False
    return False


# what may stand between an outcome and the verb that reports it (`X and Y scores showed no ...`)
SUBJECT_TAIL = frozenset({"", "and", ",", "score", "scores", "value", "values", "level", "levels", "rate", "rates",
                          "slope", "slopes", "measures", "data", "results", "outcomes", "analysis", "analyses", "curve",
                          "curves"})
# a clause that opens by naming its topic: `For FVC, there was no treatment effect`
TOPIC_OPENERS: tuple[tuple[str, ...], ...] = (
    ("for",), ("regarding",), ("concerning",), ("as", "for"), ("as", "regards"), ("as", "to"),
    ("with", "respect", "to"), ("with", "regard", "to"), ("in", "regard", "to"), ("in", "terms", "of"))


def _stated_of(toks: Sequence[str], lo: int, o_start: int, o_end: int, at: int) -> bool:
    """A `no ...` phrase after the outcome that is still said of it: the outcome is the subject of
    the verb reporting it (`Survival showed no difference`) or the clause's fronted topic (`With
    respect to survival, no significant difference was observed`)."""
    between = toks[o_end:at]
    if 0 < len(between) <= 5 and not REPORTING.isdisjoint(between) and all(
            t in SUBJECT_TAIL or t in REPORTING for t in between):
        return True
    if o_end < len(toks) and toks[o_end] == "," and at - o_end <= 4:
        head = [t for t in toks[lo:o_start] if t not in DETERMINERS or t in ("in", "of", "with")]
        return any(tuple(head) == opener for opener in TOPIC_OPENERS)
    return False


def withdrawal_reason(toks: Sequence[str], o_start: int) -> bool:
    """`discontinued (the cells) because of / due to X`, `withdrew for X`, `did not receive the second
    injection because of X`: X made a patient leave. (`because` opens a clause of its own: the words
    before it are read whatever the clause scope.)"""
    window = toks[max(0, o_start - 12):o_start]
    reason = next((k for k in range(len(window) - 1, max(-1, len(window) - 6), -1) if window[k] in REASON_WORDS), None)
    if reason is None or window[reason] == "for" and not any(
            t.startswith(("withdr", "discontinu")) for t in window[max(0, reason - 2):reason]):
        return False
    return any(t.startswith(LEAVING_STEMS) or t == "receive" and "not" in window for t in window[:reason])


def _parenthetical_measure(toks: Sequence[str], i: int, o_end: int, hi: int) -> bool:
    """The measuring word at i opens an aside set off by commas right after the outcome (`, assessed
    by`, `, as measured by`) that closes before the clause ends."""
    opening = i - 1 if toks[i - 1] == "," else i - 2 if toks[i - 1] == "as" and toks[i - 2] == "," else None
    if opening is None or opening - o_end > 2:
        return False
    return "," in toks[i + 1:hi]


def _no_evidence(toks: Sequence[str], i: int, lo: int) -> bool:
    """`There is no (convincing) evidence that MSCs improve X`, `our findings do not support the use of
    MSCs to slow X`, `argue against a benefit`: the change at i is what was not shown."""
    for k in range(i - 1, max(lo - 1, i - 12) - 1, -1):
        if toks[k].startswith("support") and k > 0 and toks[k - 1] in ("not", "n't") or \
                toks[k] == "against" and k > 0 and toks[k - 1].startswith("argu"):
            return True
        if toks[k].startswith("evidenc") and k + 1 < i and toks[k + 1] in ("that", "for", "of"):
            return any(toks[m] in DENYING | {"insufficient", "little", "limited"} for m in range(max(0, k - 4), k))
        if toks[k] in (";", "but", "whereas", "while"):
            return False
    return False


def _negated_by_coordination(toks: Sequence[str], i: int, lo: int) -> bool:
    """`did not improve X or extend Y`: the negator of the first verb covers the verb after `or`."""
    if i < 2 or toks[i - 1] != "or":
        return False
    for j in range(i - 2, max(lo, i - 12) - 1, -1):
        if toks[j] in NEGATED_RESULT:
            return True
        if toks[j] in (",", ";", "but", "and", "whereas", "while"):
            return False
    return False


# a harm named as what the therapy risks: `a (potential) risk of tumor formation`, `safety concerns`, `tumorigenicity
# is a major concern`, `potential adverse effects of MSC therapy include ...`
RISK_NOUNS = frozenset({"risk", "risks", "concern", "concerns", "hazard", "hazards", "danger", "dangers"})
RISK_FILLERS = frozenset({"", "of", "for", "about", "regarding", "over", "the", "a", "an", "such", "as", "like", ",",
                          "and", "or", "including", "increased", "potential", "possible", "major", "main", "serious"})
# words that change the risk (`a lower risk of`, `reduces the risk of`, `avoids the risks of`): a result, said elsewhere
RISK_CHANGED = ("lower", "low", "less", "reduc", "decreas", "minim", "avoid", "eliminat", "mitigat", "diminish",
                "negligib", "circumvent", "overcom", "bypass", "without", "no", "free")
LIST_VERBS = frozenset({"include", "includes", "included", "including", "are", "were", "is", "such", "comprise"})


def _named_as_risk(toks: Sequence[str], lo: int, hi: int, o_start: int, o_end: int) -> str | None:
    """The safety outcome at toks[o_start:o_end] is named as a risk of the therapy (a word of RISK_NOUNS
    before it across fillers, or after it: `safety concerns`, `X is a potential risk`), or as a potential
    harm listed (`potential adverse effects of X include ...`), and no word lowers the risk."""
    def changed(at: int) -> bool:
        return any(t.startswith(RISK_CHANGED) for t in toks[max(lo, at - 3):at])
    for k in range(o_start - 1, max(lo, o_start - 6) - 1, -1):
        if toks[k] in RISK_NOUNS:
            return None if changed(k) else toks[k]
        if toks[k] not in RISK_FILLERS:
            break
    if o_end < hi and toks[o_end] in RISK_NOUNS and not changed(o_start):
        return toks[o_end]                       # `safety concerns`, `safety risks`
    after = toks[o_end:min(hi, o_end + 5)]
    if after[:1] and after[0] in AUX_BE and any(t in RISK_NOUNS for t in after[1:]) and not changed(o_start):
        return next(t for t in after[1:] if t in RISK_NOUNS)   # `tumor formation is a potential risk`
    if any(t in ("potential", "possible") for t in toks[max(lo, o_start - 2):o_start]) or (
            o_end < hi and toks[o_end] == "of" and NEGATORS.isdisjoint(toks[lo:hi])):
        # `(potential) adverse effects of MSC therapy include`: the verb of a listing after the therapy's name
        for k in range(o_end, min(hi, o_end + 6)):
            if toks[k] in ("include", "includes", "included", "including", "are"):
                return toks[k]
            if toks[k] in (".", ";") or cue_kind(toks[k], True):
                break
    # `potential adverse effects include fever, headache and tumor formation`: a listed member
    for k in range(o_start - 1, max(lo, o_start - 12) - 1, -1):
        if toks[k] in ("include", "includes", "included", "including", "are", "were"):
            head = toks[max(lo, k - 6):k]
            if any(t in RISK_NOUNS or t in ("potential", "possible") for t in head):
                return toks[k]
            break
        if toks[k] not in RISK_FILLERS and toks[k].isalpha() and k < o_start - 1 and toks[k + 1] not in (",", "and", "or"):
            break
    return None


def _asked(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """A question or an aim governs the outcome: `whether`/`if` before it in the clause, or an aim
    verb (`to determine`, `we examined`) at most 8 words before it with no result verb between."""
    window = toks[max(0, lo - 1, o_start - 12):o_start]     # lo - 1: the clause may open with `if`
    if not QUESTION.isdisjoint(window):
        return True
    for j, t in enumerate(window[:-1]):
        if t == "to" and window[j + 1].startswith(AIM_VERBS):
            return True
    return False


# `compound muscle action potential`, `motor evoked potentials`: a measure's name, not a hedge
ELECTRIC_POTENTIAL = frozenset({"action", "evoked", "membrane", "end-plate", "endplate", "field", "resting",
                                "unit", "fibrillation", "fasciculation", "sensory", "nerve"})


def _is_hedge_word(toks: Sequence[str], i: int) -> bool:
    t = toks[i]
    if t not in HEDGE_WORDS:
        return False
    if t in ("possibly", "probably") and i + 1 < len(toks) and toks[i + 1].startswith(ATTRIBUTED):
        return False   # `possibly related to the cells`: a causality grade of an observed event, no proposal
    if t == "could" and i + 1 < len(toks) and toks[i + 1] in ("not", "n't"):
        return False   # `we could not confirm a benefit`: a negative result, not a proposal
    return not (t == "potential" and i > 0 and toks[i - 1] in ELECTRIC_POTENTIAL)


class HedgeIndex:
    """Whether hedge_in_scope would find a cue, for many clauses of one segment: the cue positions
    are found once, then bisected (like ClauseIndex)."""

    def __init__(self, toks: Sequence[str]):
        self.words = [i for i in range(len(toks)) if _is_hedge_word(toks, i)]
        self.phrases = [(i, i + len(ph)) for i, ph in _phrases_in(toks, 0, len(toks), _HEDGE_INDEX)]

    def any_in(self, lo: int, hi: int) -> bool:
        """Exactly `hedge_in_scope(toks, lo, hi) is not None`."""
        k = bisect.bisect_left(self.words, lo)
        return (k < len(self.words) and self.words[k] < hi) or any(lo <= a and b <= hi for a, b in self.phrases)


def hedge_in_scope(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """The hedge cue governing tokens lo..hi: inside the clause, before the later argument."""
    if not HEDGE_WORDS.isdisjoint(toks[lo:hi]):
        for i in range(lo, hi):
            if _is_hedge_word(toks, i):
                return toks[i]
    found = _phrases_in(toks, lo, hi, _HEDGE_INDEX)
    if found:
        return " ".join(found[0][1])
    return None


PROPOSED_AS = frozenset({"possible", "potential", "putative", "prospective"})


def proposed_as_possible(toks: Sequence[str], lo: int, hi: int, first: int = 0) -> str | None:
    """`a strategy of AAV-GDNF delivery to protect motoneurons as a possible means of treatment`: after the
    relation's arguments (from `lo`), the clause offers a purpose (`to protect`, between `first` and `lo`) as
    no more than a possibility. A stated result (`MSCs prolonged survival, which supports them as a
    potential therapy`) is no proposal: without the purpose's `to` + change verb there is no hedge."""
    if not any(toks[k] == "to" and cue_kind(toks[k + 1], False) is not None
               for k in range(max(first, 0), min(lo, len(toks)) - 1)):
        return None
    for i in range(max(lo, 0), min(hi, len(toks)) - 1):
        if toks[i] == "as" and (toks[i + 1] in PROPOSED_AS or toks[i + 1] in ("a", "an") and i + 2 < min(hi, len(toks))
                                and toks[i + 2] in PROPOSED_AS):
            return " ".join(toks[i:i + 2 + (toks[i + 1] in ("a", "an"))])
    return None


PROMISE_NOUNS = frozenset({
    "option", "options", "approach", "approaches", "strategy", "strategies", "candidate", "candidates",
    "therapy", "therapies", "treatment", "treatments", "tool", "tools", "avenue", "avenues", "alternative",
    "alternatives", "means", "way", "ways", "modality", "modalities", "intervention", "interventions"})
HOLD_FORMS = frozenset({"hold", "holds", "held", "holding"})
PROMISE_DEGREE = frozenset({"great", "much", "considerable", "significant", "high", "some", "particular"})


def promise_for(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """`One of the promising options for promoting recovery is MSC transplantation`, `MSCs hold promise
    for delaying onset`: a therapy offered as a promise for a change, a proposal as in reviews and
    backgrounds. Without the purpose (`for`/`to`/`in` + a change word) `promising` grades a result
    (`promising signs of efficacy`) or names a study's premise (`evaluated as a promising modality`)."""
    lo, hi = max(lo, 0), min(hi, len(toks))
    for i in range(lo, hi):
        t = toks[i]
        if t == "promising":
            js = [j for j in range(i + 1, min(i + 4, hi)) if toks[j] in PROMISE_NOUNS]
        elif t == "promise" and i > lo and (toks[i - 1] in HOLD_FORMS or toks[i - 1] in PROMISE_DEGREE
                                             and i - 1 > lo and toks[i - 2] in HOLD_FORMS):
            js = [i]
        else:
            continue
        for j in js[:1]:
            if j + 2 < len(toks) and toks[j + 1] in ("for", "to", "in") and cue_kind(toks[j + 2], False) is not None:
                return " ".join(toks[i:j + 3])
    return None


def negation_of_trigger(toks: Sequence[str], trigger_at: int | None, arg_start: int,
                        window: int = 3) -> str | None:
    """A negator that denies the relation itself: right before its trigger verb
    (`were not given`, `did not secrete`), or right before the object (`without GDNF`)."""
    spots = [arg_start] + ([trigger_at] if trigger_at is not None else [])
    for at in spots:
        for i in range(max(0, at - window), at):
            if toks[i] in NEGATORS:
                # `not only` does not deny
                if i + 1 < len(toks) and toks[i + 1] == "only":
                    continue
                return toks[i]
    return None
