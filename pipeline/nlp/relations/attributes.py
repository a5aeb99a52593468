"""A kept candidate as a `RelationMention` with its attributes (step 5 of the package docstring):
effect, negated and hedged from the cue lexicons (pipeline.nlp.cues) within the clause, and the readings
that turn an effect around (a factor's absence, a benefit taken away, a control arm that declined,
`unlike`, a difference judged not significant in the next sentence).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.cues.lexicon import AUX_BE
from pipeline.nlp.relations.text import Segment, TokenOffsets, token_view
from pipeline.nlp.relations.labels import (CELL_HASH, EFFECT_PREDICATES, FACTOR_HASH, OUTCOME_HASH, OUTCOME_OR_DISEASE,
                                           concept_of)
from pipeline.nlp.relations.rows import RelationMention
from pipeline.nlp.relations.lists import _denied_group
from pipeline.nlp.relations.features import Candidate, TRIGGERS
from pipeline.nlp.relations.factor_blocking import BLOCKING_REAGENT, blocked_benefit_of
from pipeline.nlp.relations.secretion import UNDETECTED



# an end point named by its benefit (`the survival benefit`): a verb of reducing takes the benefit away
# (helper GA, s29: `Depletion of BDNF reduced its protective effect`)
BENEFIT_HEADS = ("benefit", "benefits", "protection", "protective effect", "protective effects")

DECLINE_STEMS = ("declin", "worsen", "deteriorat", "decreas", "lost", "progress", "fell", "dropped")

# (helper U, s19) a therapy's harms named as its drawbacks, and what avoids them: `X may avoid the side effects of
# MSC-based therapy`, `X circumvents drawbacks regarding the direct administration of MSCs, such as tumor formation`,
# `MSC therapy has drawbacks including tumor formation, which can be avoided by the use of exosomes`
DRAWBACK_NOUNS = frozenset({"drawback", "drawbacks", "disadvantage", "disadvantages", "shortcoming", "shortcomings",
                            "limitation", "limitations", "pitfall", "pitfalls", "effects", "effect", "risks", "risk"})
DRAWBACK_FILLERS = frozenset({"of", "regarding", "associated", "with", "related", "to", "the", "a", "an", "direct",
                              "administration", "use", "application", "transplantation", "injection", "delivery",
                              "intact", "whole", "parent", "parental", "live", "living", "conventional", "cell",
                              "cells", "-", "based"})
STRONG_DRAWBACKS = frozenset({"drawback", "drawbacks", "disadvantage", "disadvantages", "shortcoming", "shortcomings",
                              "limitation", "limitations", "pitfall", "pitfalls"})
OWNER_FILLERS = frozenset({"therapy", "therapies", "treatment", "transplantation", "administration", "grafting", "has",
                           "have", "had", "some", "a", "few", "several", "many", "certain", "its", "their", "also",
                           "major", "important", "serious", "still", "-", "based"})
AVOIDING = ("avoid", "circumvent", "overcom", "overcam", "bypass", "eliminat", "obviat")
AVOIDED_BY_FILLERS = frozenset({"by", "the", "use", "using", "of", "application", "administration", "instead"})


# (helper DR, s25) what may stand between an excluding `not` (+ preposition) and the arm it excludes
EXCLUDED_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "this", "these", "those"})


ELLIPTIC_AUX = frozenset({"did", "do", "does", "could", "was", "were", "had", "have", "has"})


def _elliptic_not(toks: list[str], s1: int) -> bool:
    """(helper BK, s21) The cells close an elliptic denial: `..., but UC-MSCs did not.`, `..., whereas BM-MSCs
    did not do so`, `..., but not in the MSC group` is left alone."""
    if s1 + 1 >= len(toks) or toks[s1] not in ELLIPTIC_AUX or toks[s1 + 1] not in ("not", "n't"):
        return False
    rest = toks[s1 + 2:s1 + 4]
    return not rest or rest[0] in (".", ",", ";", ")") or rest == ["do", "so"] or rest[:1] == ["so"]


# end points whose name is a gain (`functional recovery`, `neuroprotection`, `nerve regeneration`): named in a title,
# the gain is the result
GAIN_NAMES = ("recovery", "protection", "regeneration", "restoration", "repair", "improvement", "benefit", "rescue")


def _subject_modifiers(toks: list[str], k: int) -> int:
    """How many (at most three) plain lower-case words end at toks[k] after `not with`/`not in`/... (`but not with
    unmodified MSCs`, `but not in the naive BM-MSC group`): words that qualify the subject named after them."""
    n = 0
    while n < 3 and k - n - 2 >= 0 and toks[k - n].isalpha() and toks[k - n].islower() and \
            toks[k - n] not in cues.NEGATORS and toks[k - n] not in ("for", "in", "with", "after", "by", "and", "or", "but"):
        n += 1
        if toks[k - n] in ("for", "in", "with", "after", "by") and toks[k - n - 1] == "not":
            return n
    return 0

def _first_of_or_list(toks: list[str], etypes: list[int], o0: int) -> int:
    """(helper FV, s29) The start of the first member of the `or` list of same-label names the object at o0 belongs to
    (`GDNF, BDNF or NGF`, `GDNF nor BDNF`); o0 itself when it is first or in no such list (`and` lists are left alone:
    `no GDNF and high BDNF`)."""
    kind, n = etypes[o0], len(toks)
    if not kind:
        return o0

    def joint(k: int, step: int) -> int:
        """The words of a list joint from k on in direction step (`,` `or` `nor` `, or`), 0 where none."""
        w = 0
        while 0 <= k + step * w < n and toks[k + step * w] in (",", "or", "nor") and w < 2:
            w += 1
        return w

    joints, first, k = [], o0, o0
    while (w := joint(k - 1, -1)) and k - 1 - w >= 0 and etypes[k - 1 - w] == kind:
        joints += toks[k - w:k]
        k -= w
        while k >= 1 and etypes[k - 1] == kind:
            k -= 1
        first = k
    k = o0
    while k < n and etypes[k] == kind:
        k += 1
        if etypes[k - 1] == kind and k < n and etypes[k] != kind and (w := joint(k, 1)) and k + w < n \
                and etypes[k + w] == kind:
            joints += toks[k:k + w]
            k += w
    return first if "or" in joints or "nor" in joints else o0


def _safety_owner(toks: list[str], s0: int, s1: int, o0: int, o1: int) -> str | None:
    """(helper U, s19) For a safety outcome: `favorable` when the subject is named as what avoids the harm
    (`... can be avoided by the use of MSC-derived exosomes`), `unfavorable` when the subject is the therapy whose
    drawbacks or side effects the harm is (`side effects of MSC-based therapy`, `drawbacks regarding the direct
    administration of MSCs, such as tumor formation`), else None."""
    avoiding = any(t.startswith(AVOIDING) for t in toks)
    k = s0 - 1
    while k >= 0 and toks[k] in AVOIDED_BY_FILLERS and s0 - k <= 6:
        if toks[k] == "by" and k > 0 and toks[k - 1].startswith(AVOIDING):
            return "favorable"   # `... can be avoided by the use of exosomes`
        k -= 1
    after = [t for t in toks[s1:s1 + 4] if t not in ("treatment", "therapy", "may", "can", "could", "might", "would")]
    if avoiding and after[:1] and after[0].startswith(AVOIDING):
        return "favorable"   # `exosome treatment circumvents drawbacks of ...`
    k = s1
    while k < len(toks) and k - s1 < 6 and toks[k] in OWNER_FILLERS:
        k += 1
    if k < len(toks) and toks[k] in STRONG_DRAWBACKS and k < o0 <= k + 8:
        return "unfavorable"   # `MSC therapy has a few drawbacks, including tumor formation`
    k = s0 - 1
    while k >= 0 and s0 - k <= 7 and toks[k] in DRAWBACK_FILLERS:
        k -= 1
    if k < 0 or k == s0 - 1 or toks[k] not in DRAWBACK_NOUNS or not (k - 2 <= o0 <= s1 + 8):
        return None
    if toks[k] in ("effects", "effect", "risks", "risk") and not (avoiding and k > 0 and toks[k - 1] in (
            "side", "undesirable", "unwanted", "deleterious", "the", "various", "many", "several")):
        return None   # `side effects of X` only where the sentence speaks of avoiding them
    if any(t in ("no", "not", "without", "none", "absence", "free", "lack") for t in toks[max(0, k - 5):k]):
        return None   # `no serious adverse effects of MSC transplantation`: a safety finding
    return "unfavorable"


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
                         "neutralization", "neutralisation", "deprivation", "absence", "inhibition", "blockade",
                         "deletion", "ablation", "inactivation", "removal"})   # `deletion of VEGF shortened survival`
LOSS_AFTER = ("deficien", "knockdown", "knockout", "withdrawal", "depletion", "deprivation", "-deficient", "-null",
              "-knockout", "loss", "neutraliz", "neutralis", "deletion", "ablation",
              # (helper CJ, s22) `VEGF blockade accelerated motor neuron loss`, `BDNF silencing`
              "blockade", "silencing")
# the passive that takes a factor away after its name (`HGF was neutralized`, `BDNF was knocked down`)
TAKEN_AWAY_VERBS = ("neutrali", "knocked", "silenced", "depleted", "blocked", "withdrawn", "removed", "deleted")


def _factor_taken_away(toks: list[str], f0: int, f1: int, obj: tuple[int, int] = (0, 0)) -> bool:
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
    if _factor_blocked(toks, f0, f1, obj):
        return True
    return f1 < len(toks) and (toks[f1].startswith(LOSS_AFTER) or toks[f1] in ("ko", "-/-", "+/-", "null")) \
        or toks[f1 - 1].endswith(("-deficient", "-null"))


# a reagent that blocks the factor named with it: `a VEGF antagonist`, `an inhibitor of VEGF`, `antibodies against BDNF`
BLOCKERS = frozenset({"antagonist", "antagonists", "inhibitor", "inhibitors", "blocker", "blockers"})
BLOCKING_GERUNDS = frozenset({"blocking", "neutralizing", "neutralising", "sequestering", "inhibiting", "silencing",
                              "depleting", "antagonizing", "antagonising"})


def _factor_blocked(toks: list[str], f0: int, f1: int, obj: tuple[int, int] = (0, 0)) -> bool:
    """The factor is named as what a reagent blocks (`Administration of a VEGF antagonist accelerated
    progression`, `an inhibitor of HGF`, `neutralizing antibodies against GDNF worsened motor performance`):
    what the reagent did is what the factor's absence did (not `VEGF receptor antagonists`: the receptor's;
    not `neutralizing antibodies to GDNF developed`, where the antibodies are the end point `obj`)."""
    if f1 < len(toks) and toks[f1] in BLOCKERS:
        return not obj[0] <= f1 < obj[1]
    if f0 >= 1 and toks[f0 - 1] in BLOCKING_GERUNDS:
        return not obj[0] <= f0 - 1 < obj[1]   # `Sequestering BDNF with TrkB-Fc reduced ...`, `Neutralizing HGF abolished ...`
    return f0 >= 2 and (toks[f0 - 1] == "of" and toks[f0 - 2] in BLOCKERS
                        or toks[f0 - 1] in ("against", "to") and toks[f0 - 2].startswith("antibod")) \
        and not obj[0] <= f0 - 2 < obj[1]


# the animals without the factor named again without it: `Knockout mice showed earlier onset`, `the double
# mutants died earlier`, `deficient animals`
KNOCKOUT_WORDS = frozenset({"knockout", "knockouts", "knock-out", "deficient", "-/-"})


def _null_genotype(t: str) -> bool:
    """(helper AC, s19) A token naming a null genotype written onto the symbol (`cntf−/−`, `bdnf-/-`, with the
    typographic minus that the tokenizer leaves attached)."""
    return t.replace("\u2212", "-").endswith("-/-")


def _knockout_animals_again(cand: Candidate, view: TokenOffsets) -> bool:
    """A factor resolved from a sentence that names it by its absence (`GDNF knockout mice were crossed with
    SOD1G93A mice`) into one that names those animals again without it (`Knockout mice showed earlier onset`,
    `The double mutant animals had reduced survival`): what became of them is what the factor's absence did."""
    if not cand.resolved:
        return False
    toks = cand.toks
    if KNOCKOUT_WORDS.isdisjoint(toks) and not any(_null_genotype(t) for t in toks) and not any(
            t == "double" and toks[k + 1].startswith(("mutant", "transgenic", "knockout"))
            for k, t in enumerate(toks[:-1])):
        return False
    ante = view.words(cand.subj_seg.start, cand.subj_seg.end)
    f0, f1 = cand.subj.start - cand.subj_seg.start, cand.subj.end - cand.subj_seg.start
    return _factor_taken_away(ante, f0, f1)


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
            # (not the gerund that takes the factor away: `blocking VEGF accelerated ...`)
            # (helper CC, s22: six words back, so a hyphenated agent between, `abolished the MSC-induced
            # protection` split as `msc - induced`, still leaves the verb in reach)
            return any(t.startswith(BENEFIT_REDUCERS) and t not in BLOCKING_GERUNDS
                       for t in toks[max(clause[0], i - 6):i])
    return False


# a next sentence that only judges the difference before it
NEXT_NOT_SIGNIFICANT = re.compile(
    r"\s*(?:However|But|Nevertheless|Yet),?\s+(?:this|the|these|such|that)\s+(?:\w+\s+)?(?:differences?|improvements?|"
    r"effects?|changes?|trends?|increases?|decreases?|reductions?|benefits?|gains?)\s+(?:was|were|did|does|do)\s+not\s+"
    r"(?:statistically\s+)?(?:significant|reach|achieve)")


# the patients split by how they responded: no single direction for the outcome
RESPONSE_SPLIT = re.compile(r"\bnon-?responders?\b|\bresponse (?:types|patterns)\b|\b(?:types|patterns) of response\b"
                            r"|\bdid not respond\b")


def _response_split(seg_text: str) -> bool:
    """RESPONSE_SPLIT, asked only where `respon` stands (every form of it holds the stem; most segments have none)."""
    return "respon" in seg_text and RESPONSE_SPLIT.search(seg_text) is not None


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


# words that list what the adverse events were (`adverse effects included X`, `side effects such as X`)
HARM_LISTS = frozenset({"included", "including", "include", "includes", "were", "was", "such", "comprised", "like"})


def _listed_harm(doc: Doc, seg: Segment, toks: list[str], o0: int, o_text: str, clause: tuple[int, int],
                 concepts: dict | None) -> bool:
    """The end point, named as a harm (`weight loss`), is listed among the adverse events its clause names
    before it (`Side effects of CNTF included anorexia, weight loss and cough`): a harm of the treatment."""
    words = o_text.lower().split()
    if not words or words[-1] not in cues.effect.HARM_NAMED:
        return False
    for e in doc[seg.start + clause[0]:seg.start + o0].ents:
        cid = concepts.get((e.start, e.end)) if concepts else None
        if e.label_ != "OUTCOME" or (cid or concept_of(e)) != "outcome:safety":
            continue
        k = e.end - seg.start
        if k + 1 < o0 and toks[k] == "of":   # `adverse effects of CNTF included`
            k += 2
            while k < o0 and doc[seg.start + k].ent_type_ in ("NEUROTROPHIC_FACTOR", "CELL_TYPE"):
                k += 1
        if k < o0 and toks[k] in HARM_LISTS and not any(t in cues.NEGATORS for t in toks[k:o0]):
            return True
    return False


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


def _objective_reading(doc: Doc, seg: Segment, toks: list[str], etypes: list[int], masks: dict | None,
                       o_clause: tuple[int, int], o_id: str,
                       concepts: dict[tuple[int, int], str] | None) -> tuple[str, str] | None:
    """(helper CT, s22) The effect read at another mention of the same end point in the sentence, outside the
    subjective report's clause, whose own clause says it was measured objectively (`no objective change in grip
    strength`); None when the sentence has no such mention."""
    base = _masked(seg, toks, etypes, masks)
    for e in doc[seg.start:seg.end].ents:
        if e.label_ != "OUTCOME":
            continue
        if ((concepts or {}).get((e.start, e.end)) or concept_of(e)) != o_id:
            continue
        p0, p1 = e.start - seg.start, e.end - seg.start
        if o_clause[0] <= p0 < o_clause[1]:
            continue
        clause = cues.clause_scope(toks, p0, p1)
        if cues.objective_in(toks, clause[0], clause[1]) is None:
            continue
        ec = cues.effect_in_scope(base[:p0] + toks[p0:p1] + base[p1:], (p0, p1), clause, e.text, o_id)
        if ec.effect in ("favorable", "unfavorable", "null"):
            return ec.effect, "objective"
    return None


def mention(doc: Doc, cand: Candidate, confidence: float, view: TokenOffsets | None = None,
            concepts: dict[tuple[int, int], str] | None = None, masks: dict | None = None,
            effects: dict | None = None) -> RelationMention:
    """A scored candidate -> RelationMention with its effect, negation and hedge (cue scope).

    `masks`, `effects`: the document's caches of _masked per segment and of the effect read at each object
    mention (`effects`: an end point with two subjects, `GDNF and BDNF reduced X`, is read once)."""
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
        # (what effect_in_scope reads depends on the segment and the object mention alone, not on the subject)
        key = (seg.index, o0, o1, o_id)
        ec = effects.get(key) if effects is not None else None
        if ec is None:
            ec = cues.effect_in_scope(masked, (h0, o1), o_clause, h_text, o_id)
            if effects is not None:
                effects[key] = ec
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
        if effect == "favorable" and _listed_harm(doc, seg, toks, o0, o_text, o_clause, concepts):
            effect, cue = "unfavorable", "included"   # `Side effects of CNTF included anorexia and weight loss`
        if o_id == "outcome:safety" and s0 is not None and (
                owned := _safety_owner(toks, s0, cand.subj.end - seg.start, o0, o1)) is not None:
            effect, cue = owned, "drawback"   # (helper U, s19) the therapy whose drawback the harm is, or what avoids it
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
        if s0 is not None and effect in ("favorable", "unfavorable") and s0 > o1 and \
                _elliptic_not(toks, cand.subj.end - seg.start):
            # (helper BK, s21) `Riluzole prolonged survival, but UC-MSCs did not`: the cells' clause denies
            # the other agent's result (the outcome did not change with the cells)
            effect, cue = "null", "did not"
        if effect in ("favorable", "unfavorable", "null") and toks and toks[-1] == "?":
            effect, cue = "unclear", "question"   # `Do MSCs improve survival in ALS?`: asked, not found
        if effect in ("favorable", "unfavorable", "null") and o_id != "outcome:safety" and _response_split(
                view.span_lower(seg.start, seg.end)):
            # `responders improved, whereas non-responders declined`, `three response types: slower, unchanged and
            # faster progression`: a result that went both ways across patients, SPEC's mixed
            effect, cue = "unclear", "responders"
        if effect in ("favorable", "unfavorable") and NEXT_NOT_SIGNIFICANT.match(view.text, view.end[seg.end - 1]):
            effect, cue = "null", "not significant"   # `X improved. However, this difference was not significant.`
        if effect in ("unfavorable", "favorable") and cue and (cue.startswith(P.BLOCKING) or cue.lower().startswith(
                ("reduc", "diminish", "lessen", "weaken")) and o_text.lower().endswith(BENEFIT_HEADS)) and \
                BLOCKING_REAGENT.search(" ".join(toks[o_clause[0]:o_clause[1]])):
            # `the survival benefit was abolished by anti-VEGF antibodies`: blocking the factor takes away a
            # benefit, which shows the benefit (of the cells, through the factor)
            effect, benefit_shown = "favorable", True
        if effect == "null" and _control_declined_after(toks, o_clause[1]):
            # `FVC remained unchanged in treated patients, whereas it declined by 15% in the placebo group`: no
            # decline where the control declined is the benefit
            effect, cue = "favorable", "control declined"
        blocked = blocked_benefit_of(toks, etypes, s0, cand.subj.end - seg.start, o0, o1) if (
            cand.predicate == "FACTOR_AFFECTS" and s0 is not None) else None
        if blocked is not None:
            # (helper GA, s29) `reduced the death of neurons; antibodies against BDNF cut this protection`, `GDNF
            # depletion had no effect`: what the block did to the benefit referred back to states the factor's own part
            effect, cue = blocked.effect, blocked.cue
        elif cand.predicate == "FACTOR_AFFECTS" and effect in ("favorable", "unfavorable") and (
                s0 is not None and _factor_taken_away(toks, s0, cand.subj.end - seg.start, (o0, o1))
                or s0 is None and _knockout_animals_again(cand, view)):
            # `VEGF deficiency causes motor neuron degeneration`, `withdrawal of BDNF increased death`: what
            # the factor's absence does shows what the factor does
            if benefit_shown or _benefit_taken_away(toks, o_clause, cue):
                # `Knockdown of BDNF reduced the protective effect on cell viability`: the benefit the
                # factor's absence took away is the factor's (helper CC, s22: also where the benefit noun
                # read the reducing verb as unfavorable, `Neutralizing VEGF abolished the MSC-induced protection`)
                effect = "favorable"
            elif (cue is None or cue.lower() in cues.MILD_WORDS) and cues.is_harm_outcome(o_text, o_id):
                # `BDNF withdrawal leads to motor neuron death`, `VEGF-deficient mice develop motor neuron
                # degeneration`: with no cue word the absence brought the harm about, so the factor prevents it
                # (`CNTF-null mice develop mild motor neuron loss`: `mild` grades the harm, it does not lessen it)
                effect = "favorable"
            else:
                effect = "favorable" if effect == "unfavorable" else "unfavorable"
        if cue is None and seg.section == "methods" and seg.section_source != "position":
            effect = "unclear"   # a methods sentence names what was measured, not how it came out
        if cue is None and effect == "favorable" and seg.section == "title" and not any(
                w.endswith(GAIN_NAMES) for w in o_text.lower().split()) and AUX_BE.isdisjoint(toks):
            # `Safety of intraspinal MSCs in ALS: a phase I study`: a title with no word of change names the study's
            # topics, no result (SOURCE's unclear, as `Evaluation of the safety and efficacy of ...`); not an end
            # point named by its gain (`Functional recovery after MSC transplantation`), nor a title with a verb
            # (`Safety of the cells was sustained for two years` states a result)
            effect = "unclear"
        if effect in ("favorable", "unfavorable", "null") and cues.subjective_report(toks, o_clause[0], h0):
            # (helper CT, s22) `patients subjectively reported improved strength, but grip strength showed no
            # objective change`: the same end point measured objectively in the sentence decides (SPEC §3)
            measured = _objective_reading(doc, seg, toks, etypes, masks, o_clause, o_id, concepts)
            if measured is not None and measured[0] != effect:
                effect, cue = measured
    h_lo = c_lo
    if subj_in_seg and s0 < o0:
        # (helper EY, s28) `BDNF might prolong survival, but in one trial it increased weight loss`: the object's
        # clause has a subject of its own (`it`), and the first clause's hedge does not reach it
        h_lo = max(c_lo, cues.restated_subject(toks, cand.subj.end - seg.start, o0) or c_lo)
    hedge = cues.hedge_in_scope(toks, h_lo, later)
    if hedge is not None and cues.modal_asked(toks, h_lo, later):
        hedge = None   # (helper AT) `we examined whether X could improve Y`: asked by the aim, not proposed
    if hedge is None:
        # `a strategy of AAV-GDNF delivery to protect motoneurons as a possible means of ALS treatment`: the
        # whole proposal is only a possibility, said after both arguments
        hedge = cues.proposed_as_possible(toks, later, c_hi, min(o0, s0) if subj_in_seg else h_lo)
    if hedge is None and cand.predicate in EFFECT_PREDICATES:
        # `MSCs hold promise for delaying onset`, `a promising option for promoting recovery is ...`
        hedge = cues.promise_for(toks, h_lo, later)
    if hedge is None and cand.predicate in EFFECT_PREDICATES:
        # (helper CI) `We hypothesize that Treg therapy can resolve inflammation`, `results suggest that GDNF can
        # reverse motor deficits`: the clause is put forward by a proposing verb before it
        hedge = cues.proposed_clause(toks, h_lo, later)
    negation = None
    if cand.predicate in ("ADMINISTERED_VIA", "SECRETES"):
        prefixes = TRIGGERS["treat" if cand.predicate == "ADMINISTERED_VIA" else "secrete"][:10]
        trig = [i for i in range(c_lo, c_hi) if toks[i].startswith(prefixes)]
        trig_at = min(trig, key=lambda i: abs(i - o0)) if trig else None
        negation = cues.negation_of_trigger(toks, trig_at, o0, window=2)
        if negation is None:
            # (helper FV, s29) `contained no measurable GDNF or BDNF`, `without GDNF, BDNF or NGF`: the negator
            # before the first member of an `or` list denies every member
            first = _first_of_or_list(toks, etypes, o0)
            if first < o0:
                negation = cues.negation_of_trigger(toks, None, first, window=2)
        if negation is not None and trig_at is not None and trig_at < o0 and "but" in toks[trig_at:o0] \
                and cues.NEGATORS.isdisjoint(toks[max(0, o0 - 2):o0]):
            # (helper EX, s28) `were not given intravenously but directly into the muscle`, `did not secrete GDNF but
            # BDNF`: the object after `but` is what was done instead; the negator denies only what came before it
            negation = None
        if negation is None and cand.predicate == "ADMINISTERED_VIA" and o0 >= 2 and (
                tuple(toks[o0 - 2:o0]) in (("instead", "of"), ("rather", "than"), ("opposed", "to"))
                or any(t.startswith("avoid") for t in toks[max(0, o0 - 3):o0])):
            negation = toks[o0 - 2]   # `intrathecally instead of intravenously`, `avoids intrathecal injection`
        if negation is None and cand.predicate == "SECRETES":
            lo, hi = cues.clause_scope(toks, o0, o1)
            found = UNDETECTED.search(" ".join(toks[lo:hi]))
            negation = found.group(0) if found else None
        if negation is None and s0 is not None:
            # (helper EX, s28) `UC-MSCs, but not fibroblasts, released BDNF`, `neither A nor B was given IV`: the cells
            # named after the negator are denied the relation the clause states of the others (as for effects below)
            k = s0 - 1 - (s0 > 1 and toks[s0 - 1] in EXCLUDED_DETERMINERS)
            negation = toks[k] if k >= 0 and toks[k] in ("not", "neither", "nor") else None
    elif s0 is not None:
        negation = cues.negation_of_trigger(toks, None, s0, window=2)
        if cand.predicate in EFFECT_PREDICATES:
            # `neither A nor B affected X`, `A, but not B, reduced X`: B left X unchanged (SPEC: an
            # outcome that did not change is effect null, not a negated relation); `high- but not
            # low-dose A` excludes a dose, not A
            # (helper DR, s25) past a determiner too: `X improved in the A group, but not in the B group`
            k = s0 - 1 - (s0 > 1 and toks[s0 - 1] in EXCLUDED_DETERMINERS)
            k -= _subject_modifiers(toks, k)   # `but not with unmodified MSCs`: past the words that qualify B
            k -= k > 0 and toks[k] in ("for", "in", "with", "after", "by")   # `but not for B`
            # (helper T, s19) not when the harm itself is what the denied subjects brought (`neither CNTF nor
            # the antibodies elicited any adverse side effects`: no harm done, favorable as `no adverse events`)
            if k >= 0 and toks[k] in ("not", "neither", "nor") and not (effect == "favorable" and cue == "none"):
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
