"""Filters that read a mention's whole sentence: outcomes in a sentence that defines a disease or
tells its burden are dropped (`_drop_definitions`); symptoms in a sentence about adverse events are
dropped, and the concepts SPEC ties to the sentence (biomarker, neuromuscular, whose survival) are
decided (`_by_sentence`).

Separate from context_checks.py, which looks at a few words beside one mention: these look at
all mentions of a sentence at once.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import abbreviation_pairs
from pipeline.nlp.ruler.cell_names import _names_recipients
from pipeline.nlp.ruler.view import TokenStrings
from pipeline.vocabulary import Vocabulary


def _disease_pronoun(low: list[str], start: int) -> bool:
    """A sentence opening on the disease as a pronoun: `It is ...`, `This disease ...`,
    after a sentence adverb (`Pathologically, it is defined by ...`)."""
    if len(low) > start + 2 and low[start].endswith("ly") and low[start + 1] == ",":
        start += 2
    w = low[start:start + 2]
    return bool(w) and (w[0] == "it" and len(w) > 1 and w[1] in ("is", "was", "has", "causes", "remains")
                        or len(w) > 1 and w[0] in ("this", "the") and w[1] in P.DISEASE_HEADS)


def _has_pair(words: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether two neighbouring words form one of `pairs` (`is a`, `characterized by`)."""
    return not pairs.isdisjoint(zip(words, words[1:]))


# muscle words that do not also name nerve fibres (`serotonergic fibers`): where innervation is the motor unit's
MUSCLE_NOT_NERVE = P.MUSCLE_WORDS - {"fibers", "fibres"}
# (the word itself is no muscle: `reinnervation of the lesioned striatum`)
REINNERVATED_MUSCLE = MUSCLE_NOT_NERVE - {"reinnervation"}


def _drop_definitions(doc: Doc, view: TokenStrings, spans: list[tuple[int, int, str]],
                      concepts: Vocabulary) -> tuple[list, list]:
    """`ALS is a fatal disease characterized by motor neuron loss`: what defines a disease is
    not an end point (the annotators leave such outcomes out)."""
    low = view.lowers
    if not doc.has_annotation("SENT_START"):
        return spans, []
    diseases = [s for s, _, cid in spans if concepts.label_of(cid) == "DISEASE"]
    if not any(concepts.label_of(cid) == "OUTCOME" for _, _, cid in spans):
        return spans, []
    # a disease's short form (`Parkinson's disease (PD)` ... `PD is characterized by ...`) names it
    # too, though the abbreviation pipe labels it only later
    shorts = _disease_short_forms(doc, spans, concepts)
    if shorts:
        taken = {i for s, e, _ in spans for i in range(s, e)}
        diseases = sorted(set(diseases) | {i for i, t in enumerate(view.texts) if t in shorts and i not in taken})
    drop: set[tuple[int, int]] = set()
    for sent in doc.sents:
        if _model_course(low, sent, spans, concepts):
            drop.update((s, e) for s, e, cid in spans
                        if sent.start <= s < sent.end and concepts.label_of(cid) == "OUTCOME")
            continue
        if _unmet_need(low, sent, spans, concepts):
            drop.update((s, e) for s, e, cid in spans
                        if sent.start <= s < sent.end and concepts.label_of(cid) == "OUTCOME")
            continue
        if not diseases:
            continue   # (what follows reads a sentence by the disease it names or refers to)
        first = min((s for s in diseases if sent.start <= s < sent.end), default=None)
        if first is None:
            # `It is characterized by high morbidity and mortality`: the disease as a pronoun
            if _disease_pronoun(low, sent.start) and _has_pair(low[sent.start:sent.end], P.DEFINITION_CUES):
                drop.update((s, e) for s, e, cid in spans
                            if sent.start <= s < sent.end and concepts.label_of(cid) == "OUTCOME")
            elif _disease_pronoun(low, sent.start) and _describes_disease(low, sent, spans, concepts):
                drop.update(_unchanged_outcomes(low, sent, spans, concepts))
            continue
        # (`patients with ALS caused by SOD1 mutations`: which form of the disease, not what defines it)
        subtype = first > sent.start and low[first - 1] in ("with", "in", "of")
        cue = next((i for i in range(first + 1, sent.end - 1)
                    if ((low[i], low[i + 1]) in P.DEFINITION_CUES or low[i] in P.DEFINITION_VERBS
                        or _course_told(low, first, i, sent, spans, concepts)
                        or (low[i], low[i + 1]) in P.DISEASE_SUBJECT_CUES and _disease_is_subject(first, i, spans, concepts))
                    and not (subtype and (low[i], low[i + 1]) == ("caused", "by"))),
                   None)
        if cue is not None:
            drop.update((s, e) for s, e, cid in spans
                        if cue < s < sent.end and concepts.label_of(cid) == "OUTCOME")
        if _describes_disease(low, sent, spans, concepts):
            drop.update(_unchanged_outcomes(low, sent, spans, concepts))
        for a, b in _appositive_definitions(low, sent, spans, concepts):
            drop.update((s, e) for s, e, cid in spans if a < s < b and concepts.label_of(cid) == "OUTCOME")
    return [c for c in spans if (c[0], c[1]) not in drop], [c for c in spans if (c[0], c[1]) in drop]


def _disease_is_subject(first: int, cue: int, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> bool:
    """The disease named at `first` is what the cue at `cue` tells of: close before it (its short form and a
    verb between), with no cell or factor between them (`MS is known for ...`, not `In MS, MSCs are known for ...`)."""
    return cue - first <= 7 and not any(first < s < cue and concepts.label_of(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
                                        for s, _, cid in spans)


def _appositive_definitions(low: list[str], sent, spans: list[tuple[int, int, str]],
                            concepts: Vocabulary) -> list[tuple[int, int]]:
    """(helper AO, s20) `amyotrophic lateral sclerosis (ALS), a neurodegenerative disease involving progressive
    loss of motor neurons`: an appositive that defines the disease (like `ALS is a ...`); its end points
    describe the disease, not a result. The token ranges (head, clause end) of such appositives; the clause
    runs to the sentence's end when the disease opens the sentence (`HD, a genetic disorder, primarily
    affects ...`) and the sentence gives or compares no treatment."""
    out = []
    words = low[sent.start:sent.end]
    treated = any(w.startswith(P.GIVING_STEMS + ("treat", "receiv", "given", "compar")) for w in words)
    for s0, e0, cid in spans:
        if not (sent.start <= s0 < sent.end and concepts.label_of(cid) == "DISEASE"):
            continue
        k = e0
        if k < sent.end and low[k] == "(":   # the short form: `(ALS)`
            k = next((j + 1 for j in range(k + 1, min(k + 6, sent.end)) if low[j] == ")"), k)
        elif k < sent.end and low[k] == ")":
            k += 1
        if not (k + 2 < sent.end and low[k] == "," and low[k + 1] in ("a", "an")):
            continue
        head = next((j for j in range(k + 2, min(k + 9, sent.end)) if low[j] in P.DEFINED_DISEASE_HEADS
                     or low[j] in (",", ";", "(", ")")), None)
        if head is None or low[head] not in P.DEFINED_DISEASE_HEADS:
            continue
        end = next((j for j in range(head + 1, sent.end) if low[j] in (",", ";", ".")), sent.end)
        opens = s0 == sent.start or s0 - sent.start <= 2 and low[s0 - 1] == ":"   # (`Background: ALS, a ...`)
        if end < sent.end and low[end] == "," and opens and not treated:
            end = sent.end
        out.append((head, end))
    return out


def _model_course(low: list[str], sent, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> bool:
    """(helper T, s19) `The mice develop weakness of the hindlimbs and die during the sixth week`, `pmn/pmn
    homozygotes present severe loss of myelinated motor fibres`: the untreated model's course, told in the
    present tense by the animals opening the sentence, in a sentence that names no cell, factor or treatment."""
    words = low[sent.start:sent.end]
    if not any(words[i] in P.MODEL_ANIMALS and words[i + 1] in P.MODEL_COURSE_VERBS for i in range(min(len(words) - 1, 6))):
        return False
    if any(w.startswith(P.GIVING_STEMS + ("treat", "receiv", "given", "compar")) for w in words) or "than" in words \
            or _study_statement(words):
        return False   # `We report that double-transgenic mice show delayed motor neuron loss`: a finding
    return not any(sent.start <= s < sent.end and concepts.label_of(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
                   for s, _, cid in spans)


def _unmet_need(low: list[str], sent, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> bool:
    """(helper AM, s20) `There are no effective treatments that slow the progression of ...`, `Effective treatment
    to enable regeneration is lacking`, `there is a need for strategies that combine neuroprotection and ...`: the
    unmet need that motivates a study names what a therapy should do, no end point measured (in a sentence that
    names no cell or factor and is no statement of the study)."""
    words = low[sent.start:sent.end]
    if not _has_pair(words, P.UNMET_NEED_CUES) or not any(w.startswith(P.THERAPY_STEMS) for w in words):
        return False
    if _study_statement(words):
        return False
    return not any(sent.start <= s < sent.end and concepts.label_of(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
                   for s, _, cid in spans)


def _course_told(low: list[str], first: int, i: int, sent, spans: list[tuple[int, int, str]],
                 concepts: Vocabulary) -> bool:
    """`ALS is devastating, leading to paralysis and death`: `leading to` after the disease and its
    copula (the disease's course; not `cell therapy may promote recovery leading to a better quality
    of life`), in a sentence that names no cell or factor."""
    # (the copula may come before the disease's name: `It is a progressive neurodegenerative disease leading to`)
    return low[i] == "leading" and low[i + 1] == "to" and not {"is", "are"}.isdisjoint(low[sent.start:i]) and not any(
        sent.start <= s < sent.end and concepts.label_of(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
        for s, _, cid in spans)


def _disease_short_forms(doc: Doc, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> set[str]:
    """Texts of the short forms the document defines for a DISEASE mention."""
    ends = {e for _, e, cid in spans if concepts.label_of(cid) == "DISEASE"}
    return {doc[ss].text for ss, se, _, le in abbreviation_pairs(doc)
            if se - ss == 1 and (le in ends or le - 1 in ends)}


def _describes_disease(low: list[str], sent, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> bool:
    """A sentence about a disease's burden or course (P.BURDEN_CUES) that names no cell or factor."""
    if any(sent.start <= s < sent.end and concepts.label_of(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
           for s, _, cid in spans):
        return False
    words = low[sent.start:sent.end]
    if _study_statement(words):
        return False
    return any(w in P.BURDEN_WORDS for w in words) or _has_pair(words, P.BURDEN_CUES) or _feature_of(words)


def _feature_of(words: list[str]) -> bool:
    """(helper EU, s27) `X is a cardinal feature of AD`, `A common feature of all stages of atherosclerosis is X`: a
    trait that defines a disease, as `a hallmark of` does; not `had clinical features of X` or `the clinical features
    of X were recorded` (a copula close before, or the sentence opens on the one feature: `A common feature of`)."""
    for i, w in enumerate(words[:-1]):
        if w in ("feature", "features") and words[i + 1] == "of" and (
                not {"is", "are"}.isdisjoint(words[max(0, i - 4):i])
                or w == "feature" and i <= 3 and words[0] in ("a", "an", "the")):
            return True
    return False


def _unchanged_outcomes(low: list[str], sent, spans: list[tuple[int, int, str]],
                        concepts: Vocabulary) -> set[tuple[int, int]]:
    """(helper EU, s27) The end points of a sentence on a disease's burden, less those it says a treatment changed
    (`The prevalence of ALS is rising, and riluzole prolongs survival`, `Microgliosis, a hallmark of ALS, was
    reduced by X`): the annotators keep a change a background sentence reports, as SPEC does."""
    return {(s, e) for s, e, cid in spans if sent.start <= s < sent.end and concepts.label_of(cid) == "OUTCOME"
            and not _treatment_changed(low, s, e, sent.end)}


ADJECTIVE_BEFORE = frozenset({"a", "an", "the", "or", "and", "of", "with", "by", "in", "for", "from", ",", "("})
_TREATMENT_CHANGE = re.compile(r"^(?:%s)(?:%s)$" % ("|".join(P.TREATMENT_CHANGE_STEMS),
                                                      "|".join(sorted(P.VERB_ENDINGS, key=len, reverse=True))))
_TREATMENT_PARTICIPLE = re.compile(r"^(?:%s)(?:ed|d|ied)$" % "|".join(P.TREATMENT_CHANGE_STEMS))


def _treatment_changed(low: list[str], s: int, e: int, end: int) -> bool:
    """The end point at s..e is the object of a treatment's change verb (`prolongs (the) survival`) or the subject
    of one in the passive close after it (`microgliosis, a hallmark of ALS, was reduced`)."""
    k = s - 1
    while k >= 0 and (low[k] in P.OBJECT_FILLERS or low[k].endswith("ly")):
        k -= 1
    v = k   # (a participle after an article, a conjunction or a preposition is an adjective: `or reduced transcription`)
    while v > 0 and low[v - 1].endswith("ly"):
        v -= 1
    if k >= 0 and _TREATMENT_CHANGE.match(low[k]) and not (v > 0 and low[v - 1] in ADJECTIVE_BEFORE):
        return True
    aux = next((j for j in range(e, min(e + 8, end)) if low[j] in ("is", "are", "was", "were", "been")), None)
    if aux is None:
        return False
    verb = next((j for j in range(aux + 1, min(aux + 3, end)) if not low[j].endswith("ly")), None)
    return verb is not None and _TREATMENT_PARTICIPLE.match(low[verb]) is not None


def _study_statement(words: list[str]) -> bool:
    """`We studied the effect of X on body weight ...`, `Here we show that ...`: the authors say what their
    study did or found (in its first words), whatever the sentence also tells of the disease."""
    for i, w in enumerate(words[:6]):
        if w == "we":
            nxt = next((x for x in words[i + 1:i + 4] if not x.endswith("ly")), "")
            return nxt.startswith(P.STUDY_STATEMENT_VERBS)
    return False


# (helper Z, s19) the frame that guides a needle: the route is the site it reaches
STEREOTAXY = ("stereotact", "stereotax")


def _stereotaxy_site(low: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`stereotactic injection of X into the fourth ventricle`, `stereotactic injections into the
    spinal cord`: the stereotactic route is the site named after it in the sentence (the gold takes that
    site's concept); a later stereotactic injection with no site of its own reaches the same site. With
    no site named, stereotaxy stays SPEC's intracerebral (brain parenchyma)."""
    out, site = [], None
    for s, e, cid in spans:
        if cid == "route:intracerebral" and low[s].startswith(STEREOTAXY):
            own = next((c for cs, _, c in spans if e <= cs < e + 20 and c.startswith("route:")
                        and c not in ("route:intracerebral", "route:other") and "." not in low[e:cs]), None)
            site = own or site
            cid = site or cid
        out.append((s, e, cid))
    return out


def _by_sentence(doc: Doc, view: TokenStrings, spans: list[tuple[int, int, str]],
                 concepts: Vocabulary) -> list[tuple[int, int, str]]:
    """Concepts that SPEC ties to what the sentence is about: a marker is a `biomarker` only in
    CSF or blood (light and phosphorylated heavy neurofilament, measured only there, always);
    `innervation` is neuromuscular only with muscles or junctions in the sentence (and `reinnervation`
    is then neuromuscular too); a bare
    `survival` in a sentence about transplanted cells with no animal or patient is the cells'
    (other)."""
    low = view.lowers
    # (helper R, s18) `a candidate for progression into clinical studies`: a step of development, no end point
    spans = [(s, e, cid) for s, e, cid in spans if not (
        cid == "outcome:disease_progression" and low[e - 1] == "progression" and e + 1 < len(low)
        and low[e] in ("into", "to", "towards", "toward")
        and not {"clinical", "clinic", "trials", "trial"}.isdisjoint(low[e + 1:e + 4])
        and {"stage", "stages", "milestone", "milestones"}.isdisjoint(low[e + 1:e + 4]))]
    # (helper CZ, s23) `tumor progression`, `cell cycle progression`: a tumour's growth or the cell cycle, no disease course
    spans = [(s, e, "outcome:other" if cid == "outcome:disease_progression" and low[s] == "progression" and s > 0
              and low[s - 1] in P.NOT_DISEASE_PROGRESSION else cid) for s, e, cid in spans]
    if any(cid.startswith("outcome:") for _, _, cid in spans):
        spans = _drop_adverse_symptoms(doc, spans)
    # (helper DB, s23) `functional improvement` in a document that names no animals: other (P.ANIMAL_STUDY_MOTOR)
    if any(cid == "outcome:motor_function" and " ".join(low[s:e]) in P.ANIMAL_STUDY_MOTOR for s, e, cid in spans) \
            and P.ANIMAL_STUDY_WORDS.isdisjoint(low):
        spans = [(s, e, "outcome:other" if cid == "outcome:motor_function" and " ".join(low[s:e]) in P.ANIMAL_STUDY_MOTOR
                  else cid) for s, e, cid in spans]
    if any(cid == "route:intracerebral" and low[s].startswith(STEREOTAXY) for s, _, cid in spans):
        spans = _stereotaxy_site(low, spans)
    if not any(cid in P.SENTENCE_BOUND or low[e - 1] == "reinnervation" for _, e, cid in spans):
        return spans

    def fluid(s: int, e: int) -> bool:
        return bool(set(view.sentence_words(s)) & P.FLUID_WORDS) or bool(
            P.FLUID_MARKER_NAME.search(doc[s:e].text.lower()))
    # a document that measures neurofilament in CSF or blood measures it there throughout
    # (`serum neurofilament light ... Riluzole did not change neurofilament concentrations`)
    fluid_nf = any(cid == "outcome:biomarker" and "neurofilament" in doc[s:e].text.lower() and fluid(s, e)
                   for s, e, cid in spans)

    def amount(s: int, e: int) -> bool:   # `neurofilament levels`, not `neurofilament staining`
        return "neurofilament" in doc[s:e].text.lower() and bool(
            {t.lower_ for t in doc[s:min(e + 1, len(doc))]} & {"level", "levels", "concentration", "concentrations"})
    out = []
    for s, e, cid in spans:
        if cid == "outcome:other" and low[e - 1] == "reinnervation" and set(view.sentence_words(s)) \
                & REINNERVATED_MUSCLE:
            cid = "outcome:neuromuscular"   # `muscle reinnervation`, `reinnervation of the tibialis`: SPEC's
        if cid in P.SENTENCE_BOUND:         # denervation undone (`reinnervation of the striatum` stays other)
            lo, hi = view.sentence(s)
            words = set(low[lo:hi])
            if cid == "outcome:biomarker" and not fluid(s, e) \
                    and not (fluid_nf and amount(s, e)):
                cid = "outcome:other"
            elif cid == "outcome:neuromuscular" and doc[s:e].text.lower() == "innervation" \
                    and not words & MUSCLE_NOT_NERVE and not {p for w in words if "-" in w for p in w.split("-")} \
                    & MUSCLE_NOT_NERVE:   # (`serotonergic fibers`: nerve fibres, no muscle; (helper FK, s28) a muscle
                #                           in a hyphenated word counts: `muscle-delivered GDNF kept innervation`)
                cid = "outcome:other"
            elif cid == "outcome:survival" and (e - s == 1 or e - s == 2 and low[s + 1] in P.RATE_WORDS) and \
                    words & P.GRAFT_SENTENCE and \
                    not words & P.ORGANISM_WORDS and (s == 0 or low[s - 1] not in P.LIFE_EXTENDING) and \
                    _graft_owned(low, s, e, lo, hi) and any(
                    lo <= cs < hi and concepts.label_of(ccid) == "CELL_TYPE" for cs, _, ccid in spans):
                cid = "outcome:other"
            elif cid == "outcome:survival" and (owner := _cells_survival(low, s, e, spans, concepts)):
                cid = owner
            elif cid == "outcome:survival" and e - s == 1 and _with_cell_fate(low, s, e, lo, hi):
                cid = "outcome:other"
        out.append((s, e, cid))
    return out


def _lineage_gfap(doc: Doc, low: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CZ, s23) GFAP named beside the markers of neural lineages (`higher levels of nestin, GFAP and
    Tuj-1 differentiation`, `GFAP and S100 expression in the co-cultured ADSCs`, `in these cells NSE rose and GFAP
    fell`) is what the cells became (outcome:other), not the host's gliosis (SPEC: inflammation): only in a sentence
    about differentiating or cultured cells that does not speak of gliosis or inflammation."""
    gfap = [(s, e) for s, e, cid in spans if cid == "outcome:inflammation" and (
        "gfap" in low[s:e] or "fibrillary" in low[s:e] or ("glial" in low[s:e] and "filament" in low[s:e]))]
    if not gfap:
        return spans
    sents = doc.has_annotation("SENT_START")
    out = []
    for s, e, cid in spans:
        if (s, e) in gfap:
            sent = doc[s].sent if sents else doc[:]
            words = {w for t in sent for w in (t.lower_, t.lower_.rstrip("+"))}
            sl = [t.lower_ for t in sent]
            in_cells = bool(words & P.LINEAGE_CONTEXT) or any(
                sl[k] in ("these", "the", "such") and sl[k + 1] == "cells" for k in range(len(sl) - 1))
            if words & P.NEURAL_LINEAGE_MARKERS and in_cells and not words & P.GLIOSIS_CUES:
                cid = "outcome:other"
        out.append((s, e, cid))
    return out


def _as_adverse_events(low: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CZ, s23) An end point named as one of the adverse events (`signs of inflammation and other adverse
    events`, `fever or other side effects`) is a harm looked for: safety (29 sets: `signs of inflammation`)."""
    safety_at = {s for s, _, cid in spans if cid == "outcome:safety"}
    out = []
    for s, e, cid in spans:
        if cid.startswith("outcome:") and cid != "outcome:safety" and e + 2 < len(low) \
                and low[e] in ("and", "or") and low[e + 1] == "other" \
                and any(k in safety_at for k in (e + 2, e + 3)):
            cid = "outcome:safety"
        out.append((s, e, cid))
    return out


def _drop_adverse_symptoms(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A symptom in a sentence about adverse events is what the events were, no end point of its own:
    a sentence that names adverse events, or one where symptoms occurred after the treatment
    (`transient radicular pain occurred after the injection`)."""
    symptoms = [(s, e, cid) for s, e, cid in spans if cid.startswith("outcome:") and cid != "outcome:safety"
                and P.is_ae_symptom(doc[s:e].text.lower())]
    if not symptoms:
        return spans
    sents = doc.has_annotation("SENT_START")
    safety = {doc[s].sent.start if sents else 0 for s, _, cid in spans if cid == "outcome:safety"}

    def adverse(s: int) -> bool:
        sent = doc[s].sent if sents else doc[:]
        if sent.start in safety:
            return True
        words = {t.lower_ for t in sent}
        # (helper CH) a mild or passing symptom that went away (`mild back pain resolved within two days`) was a
        # harm too (not `pain resolved after the injections` of a pain trial: the end point)
        return bool(words & P.AE_VERBS) and bool(words & P.AE_CONTEXT) or \
            bool(words & P.AE_RESOLVED) and bool(words & P.AE_PASSING)
    drop = {(s, e) for s, e, _ in symptoms if adverse(s)}
    return [(s, e, cid) for s, e, cid in spans if (s, e) not in drop]


# what cells do, not organisms: a bare `survival` coordinated with one of these is the cells' (helper AF)
CELL_FATES = frozenset({"differentiation", "migration", "proliferation", "integration", "engraftment", "maturation"})


def _with_cell_fate(low: list[str], s: int, e: int, lo: int, hi: int) -> bool:
    """A bare `survival` coordinated with a cell's fate (`both survival and neuronal differentiation remained
    poor`, `the differentiation and survival ...`): the grafted cells' survival (SPEC: outcome:other), not the
    animals'."""
    if s > lo and low[s - 1] in P.LIFE_EXTENDING:
        return False    # `MSCs prolonged survival and differentiation of X was increased`: the animals'
    k = e
    if k < hi and low[k] == "and":
        k += 1
        if k < hi and low[k] in ("neuronal", "neural", "glial", "cell", "cellular"):
            k += 1
        if k < hi and low[k] in CELL_FATES:
            return True
    j = s - 1
    return j - 1 >= lo and low[j] == "and" and low[j - 1] in CELL_FATES


def _graft_owned(low: list[str], s: int, e: int, lo: int, hi: int) -> bool:
    """Whether a bare `survival` in a sentence about transplanted cells reads as the cells' own:
    they show it (`grafted MSCs exhibited increased survival`, `poor survival`) or it has a place
    in the host (`survival in the spinal cord`). The cells as the agent (`MSC transplantation
    improved survival`, `survival was not improved by MSC transplantation`) change the animals'."""
    # (helper AD, s19) `a low rate of survival`, `their enhanced rate of survival`: the rate's words
    if s - 2 >= lo and low[s - 1] == "of" and low[s - 2] in P.RATE_WORDS:
        s -= 2
    j = s - 1
    while j >= lo and low[j] in P.GRAFT_SURVIVAL_ADJ:
        j -= 1
    if j >= lo and low[j] in P.GRAFT_OWNING or s > lo and low[s - 1] in P.GRAFT_GRADES:
        return True
    if e < hi and low[e] in P.RATE_WORDS:
        e += 1   # `survival rate in the host`
    # (helper AD, s19) `survival (rate) after transplantation`, `subsequent to grafting`: the grafted cells'
    k = e + 1 if e + 1 < hi and low[e] == "subsequent" and low[e + 1] == "to" else e
    if k + 1 < hi and low[k] in ("after", "following", "post", "to") and low[k + 1] in P.GRAFT_SENTENCE | {
            "grafting"} and {"group", "groups", "arm", "arms"}.isdisjoint(low[lo:hi]):   # (a study group's)
        return True
    return e + 1 < hi and low[e] in ("in", "within", "at", "inside") and any(
        w in P.GRAFT_PLACES for w in low[e + 1:min(hi, e + 4)])


def _cells_survival(low: list[str], s: int, e: int, spans: list[tuple[int, int, str]],
                    concepts: Vocabulary) -> str | None:
    """The concept of survival that belongs to cells (SPEC: graft survival is `outcome:other`;
    motor neurons' is motor-neuron survival): `grafted-cell survival`, `a low survival rate of
    the cells`, `survival of the transplanted MSCs`, `the survival and therapeutic effects of
    OM-MSCs`, `the survival and axonal growth of motor neurons` (a coordinated head shares the
    cells). None when the survival is no cells'."""
    if s > 0 and (low[s - 1].endswith(("-cell", "-cells")) or low[s - 1] in ("cell", "cells")):
        return "outcome:other"   # (helper CZ, s23) also `decreased cells death`: the cells' own death
    if low[e - 1] in ("benefit", "benefits", "advantage"):
        return None   # `the survival benefit of hUC-MSCs`: the treated animals' survival, the cells' doing
    # (helper R, s18) a cell name right before: `RGC survival`, `sensory neuron survival`, `SGN survival`
    if e - s == 1 and low[s] == "survival" and (e >= len(low) or low[e] not in ("benefit", "benefits", "advantage")):
        cell = next((ccid for _, ce, ccid in spans if ce == s and concepts.label_of(ccid) == "CELL_TYPE"), None)
        if cell is not None:
            return "outcome:motor_neuron_survival" if cell == "cell:motor_neuron" else "outcome:other"
    # `(factors bind receptors on motor neurons and) promote their survival`: the pronoun's nearest antecedent
    # in the sentence is a native nerve cell, with no animal or patient between
    if s > 1 and low[s - 1] in ("their", "its"):
        k = s - 2
        while k >= 0 and low[k] not in (".", ";") and low[k] not in P.ORGANISM_WORDS:
            cell = next((ccid for _, ce, ccid in spans if ce == k + 1 and concepts.label_of(ccid) == "CELL_TYPE"), None)
            if cell is not None:
                if cell == "cell:motor_neuron":
                    return "outcome:motor_neuron_survival"
                return "outcome:other" if cell in P.NATIVE_NERVE_CELLS else None
            k -= 1
    # a cell name shared by a coordinated head before it: `motor neuron function and survival`,
    # `neuronal development and survival`
    if s > 3 and low[s - 1] == "and" and low[s - 2].isalpha():
        if low[s - 3] in ("motoneuron", "motoneurons", "motor-neuron") or (
                low[s - 3] in ("neuron", "neurons", "neuronal") and low[s - 4] == "motor"):
            return "outcome:motor_neuron_survival"
        if low[s - 3] in ("neuron", "neuronal", "neuronal-cell"):
            return "outcome:other"
    # coordinated with what only cells do: `survival and differentiation`, `proliferation and survival`,
    # a listed member (`(survival, proliferation, migration) in neurons`, `the development, survival and
    # maintenance of neuronal populations`)
    after = low[e + 1] if e + 1 < len(low) and low[e] in ("and", ",", "or") else ""
    before = low[s - 2] if s > 1 and low[s - 1] in ("and", ",", "or") else ""
    # (a neuron's life word counts on both sides only: `disability development and survival` is the patients')
    listed = after in P.CELL_PROCESSES or before in P.CELL_PROCESSES or (
        after in P.NEURON_LIFE_PROCESSES and before in P.NEURON_LIFE_PROCESSES)
    owner = _survival_of(low, e, spans, concepts)
    return owner if owner is not None or not listed else "outcome:other"


def _survival_of(low: list[str], e: int, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> str | None:
    """The cells named after a survival (`survival of the transplanted MSCs`, `the survival and axonal
    growth of motor neurons`): their survival concept, None when no cells are named."""
    j = e
    if j < len(low) and low[j] in ("and", ","):
        # `the survival and axonal growth of`, (helper R, s18) `the survival, growth, and maintenance of`
        # (helper CZ, s23) also `the survival and neurite outgrowth from grafted neurons`: the outgrowth's `from`
        k = next((k for k in range(j + 2, min(j + 7, len(low))) if low[k] in ("of", "from")), None)
        if k is not None and all(w.isalpha() or w == "," for w in low[j + 1:k]) and (
                low[j] == "and" and k <= j + 4 or "and" in low[j + 1:k]):
            j = k
    if j < len(low) and (low[j] == "of" or low[j] == "from" and j > e):
        j += 1
        while j < len(low) and low[j] in P.OF_CELL_FILLERS:
            j += 1
        # (helper R, s18) a share of the cells: `survival of a large percentage of sensory neurons`
        share = next((k for k in (j + 1, j + 2) if k + 1 < len(low) and low[k] in P.CELL_SHARES
                      and low[k + 1] == "of"), None) if j < len(low) and low[j] in ("a", "the") else None
        if share is not None:
            j = share + 2
            while j < len(low) and low[j] in P.OF_CELL_FILLERS:
                j += 1
        if j < len(low) and low[j] in ("cells", "cell", "grafts", "graft", "transplants"):
            return "outcome:other"
        hit = next(((ce, ccid) for cs, ce, ccid in spans if cs == j and concepts.label_of(ccid) == "CELL_TYPE"), None)
        if hit is not None and _names_recipients(low, hit[0]):
            return None   # `survival of MSC-treated mice`: the animals'
        cell = hit[1] if hit else None
        if cell is None and j < len(low):   # the cells may sit inside the coordinated head's span
            hits = concepts.lookup(low[j], "CELL_TYPE")   # (`proliferation of MSCs`)
            cell = hits[0].concept_id if hits else None
        if cell == "cell:motor_neuron":
            return "outcome:motor_neuron_survival"
        if cell is not None:
            return "outcome:other"
        if P.ORGANISM_WORDS.isdisjoint(low[j:j + 4]) and not P.CULTURED.isdisjoint(low[j:j + 4]):
            return "outcome:other"   # `survival of NSC-34 cells`, `of cultured neurons`: cells in a dish
    return None


# (helper J, s18) the organ a document's disease strikes, and the lab values and function of that organ,
# which a trial elsewhere reports as safety findings (train gold: `creatinine levels`, `serum alanine
# aminotransferase`) but a study of that organ's disease measures as its end points
ORGAN_DISEASE = (
    (re.compile(r"\b(?:kidney|renal|nephr\w*|glomerul\w*|aki|ckd)\b"),
     re.compile(r"\b(?:renal|kidney)\b.*\bfunction|creatinine|urea nitrogen|\bbun\b")),
    (re.compile(r"\b(?:liver|hepat\w*|cirrho\w*|acute-on-chronic)\b"),
     re.compile(r"\b(?:liver|hepatic)\b.*\bfunction|aminotransferase|transaminase|bilirubin|\balt\b|\bast\b|"
                r"liver enzyme")),
)


def _organ_end_points(doc: Doc, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> list[tuple[int, int, str]]:
    """In a document about a kidney or liver disease (`cisplatin-induced acute kidney injury`, `CCl4-induced
    liver fibrosis`), that organ's function and lab values are the end points the treatment should improve,
    not safety findings: `renal function` is outcome:other, `BUN and creatinine`, `ALT` a blood marker
    (SPEC biomarker)."""
    diseases = " ".join(doc[s:e].text.lower() for s, e, cid in spans if concepts.label_of(cid) == "DISEASE")
    if not diseases:
        return spans
    organs = [(disease, lab) for disease, lab in ORGAN_DISEASE if disease.search(diseases)]
    if not organs:
        return spans   # (most documents: no kidney or liver disease)
    out = []
    for s, e, cid in spans:
        if cid in ("outcome:safety", "outcome:other"):
            t = doc[s:e].text.lower()
            for disease, lab in organs:
                if lab.search(t):
                    cid = "outcome:other" if "function" in t else "outcome:biomarker"
                    break
        out.append((s, e, cid))
    return out
