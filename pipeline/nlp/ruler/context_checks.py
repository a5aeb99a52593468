"""Checks of one mention against the words around it (`_in_context`): a time point, an eligibility
criterion, a body's name, a dose, a culture condition, a place cells went, sampling rather than a
route are no mentions; a changed injury is an end point; a stereotactic injection in a
spinal-cord sentence is intraspinal. Also the baseline-characteristic tests (`_characteristic`,
`_covariate`) that the composition step reuses.

Kept apart from the component because the checks need only the vocabulary's lookups (`concepts`),
and together they are the ruler's longest single rule.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.context import study_design
from pipeline.nlp.cues.harms import in_composite
from pipeline.nlp.mentions import abbreviation_pairs
from pipeline.nlp.ruler.molecule_names import in_molecule_name
from pipeline.nlp.ruler.phrases import _PARTICIPLE, _np_word
from pipeline.nlp.ruler.trial_design import (SCALE_SIZE, _after_death_or, _cause_named, _covariate, _entry_threshold,
                                             _matching_covariate, _medical_history)
from pipeline.nlp.ruler.view import TokenStrings, _sentence
from pipeline.vocabulary import Vocabulary


# words that say a treatment changed a characteristic (`did not alter the age at onset`, `a longer disease duration`)
CHANGED = ("extend", "prolong", "lengthen", "increas", "long", "short", "delay", "alter", "affect", "chang", "advanc",
           "postpon", "influenc", "modif")


# (helper BI, s21) verbs by which an experiment sets up the harm it then treats
INSULT_MAKERS = frozenset({"induce", "model", "mimic", "trigger", "elicit", "provoke", "simulate", "evoke"})
# the harms so set up (not `to induce axonal regeneration`, `to induce neural differentiation`: what a treatment is for)
SET_UP_HARMS = frozenset({"stress", "toxicity", "excitotoxicity", "cytotoxicity", "neurotoxicity", "death", "apoptosis",
                          "injury", "damage", "inflammation", "neuroinflammation", "degeneration", "neurodegeneration",
                          "demyelination", "ischemia", "hypoxia"})


def _characteristic(low: list[str], s: int, e: int) -> bool:
    """`disease duration`, `age at onset`: a characteristic of the patients, unless a treatment changed
    it (`extended survival and disease duration`, `disease duration was prolonged`, `the age at onset
    was not altered`)."""
    return " ".join(low[s:e]) in P.PATIENT_CHARACTERISTICS and not any(
        w.startswith(CHANGED) or w in SHIFTED for w in low[max(0, s - 6):s]) and not _changed_after(low, e) \
        and not _genotypes_compared(low, s, e)


# (helper AC, s19) words that compare groups, and words that name the groups by genotype
COMPARED = frozenset({"difference", "differences", "differ", "differed", "differs", "different"})


def _genotypes_compared(low: list[str], s: int, e: int) -> bool:
    """`There was no difference in age of onset ... for carriers of the null allele`, `carriers did not
    differ in disease duration`: the characteristic compared between genotypes is the genetic study's end
    point (not `groups did not differ in age, sex or disease duration`, a baseline comparison)."""
    before = low[max(0, s - 16):s]   # (`no difference in age of onset, ..., or disease duration`)
    if COMPARED.isdisjoint(before) or any(w in P.BASELINE_SIGNS for w in low[max(0, s - 30):e + 30]):
        return False
    return any(w.startswith(P.GENOTYPE_STEMS) for w in low[max(0, s - 30):e + 30])


# `carriers had an earlier age at onset`: the characteristic shifted in one group, an end point of genetic studies
SHIFTED = frozenset({"earlier", "later"})


def _changed_after(low: list[str], e: int) -> bool:
    """`X was (not / significantly) prolonged`, `X were longer in treated mice` (not `longer than 2 years`),
    `X in NSC-grafted rats was longer` (past the group it is said of)."""
    # (helper CH) past a definition or unit in brackets or between commas (`disease duration (onset to end
    # stage) was extended`, `disease duration, from onset to death, was longer`)
    if e < len(low) and low[e] in ("(", ","):
        close = ")" if low[e] == "(" else ","
        e = next((k + 1 for k in range(e + 1, min(len(low), e + 10)) if low[k] == close), e)
    if e < len(low) and low[e] in ("in", "of", "for"):
        e = next((k for k in range(e + 1, min(len(low), e + 7)) if low[k] in ("was", "were", "is", "are")
                  or low[k] in (",", ";", ".", "and", "or")), e)
    if e >= len(low) or low[e] not in ("was", "were", "is", "are"):
        return False
    j = e + 1
    while j < len(low) and (low[j] in ("not", "also", "further", "slightly") or low[j].endswith("ly")):
        j += 1
    return j < len(low) and (low[j].startswith(CHANGED + ("unchang", "unaffect", "unalter")) and not (
        j + 1 < len(low) and low[j + 1] == "than" and not (   # (`longer than in sham rats`: a comparison of arms)
            j + 2 < len(low) and low[j + 2] in ARMS_COMPARED)))


# (helper BM, s21) the participles that make a cord or brain name the state of the animals or patients
# (`spinal cord-injured rats`, `spinal cord lesioned mice`), not a site
INJURED_PARTICIPLES = ("injured", "lesioned", "transected", "contused", "hemisected", "compressed", "damaged")


# nouns after a disease name that make it the name of a body (`National Cancer Institute`, `ALS Association`)
INSTITUTION_HEADS = frozenset({"institute", "institutes", "association", "society", "foundation", "center",
                               "centre", "council", "network", "consortium", "alliance", "registry"})


# what follows `longer than` when arms are compared (not `longer than 2 years`, an eligibility bound)
ARMS_COMPARED = frozenset({"in", "that", "those", "controls", "control", "sham", "vehicle", "untreated", "placebo"})


# heads of tissue damage: a disorder in a background, an end point where a treatment changed it
DAMAGE_HEADS = frozenset({"damage", "injury", "injuries", "atrophy", "degeneration"})
# findings named like a disorder that MSC studies of kidney and metabolic disease measure as end points
MEASURED_FINDINGS = frozenset({"proteinuria", "albuminuria", "microalbuminuria", "hematuria", "haematuria",
                               "hyperglycemia", "hyperglycaemia"})
# tissues whose `defects` are gaps that a graft or scaffold fills, not deficits a treatment changes
TISSUE_GAPS = frozenset({"tissue", "tissues", "nerve", "nerves", "bone", "cartilage", "osteochondral", "segmental"})
# what follows `safety` in the name of a body that watches over trials or approves products
# the words around a surface-marker panel (`expression of CD73`, `CD90 and CD105 expression`, `HLA-DR-negative`)
IMMUNOPHENOTYPE_WORDS = frozenset({"expression", "expressions", "of", "and", ",", "the", "surface", "marker",
                                   "markers", "positive", "negative", "levels", "level", "+", "-", "/"})
SAFETY_BODIES = frozenset({"board", "committee", "authority", "agency", "administration", "council",
                           "commission", "office"})
# care that patients are given (ventilation, feeding tubes), and words that say a sentence is about giving it
CARE_NAMES = frozenset({"ventilation", "niv", "gastrostomy", "peg"})
CARE_WORDS = frozenset({"supportive", "symptomatic", "palliative", "management", "managements", "mainstay",
                        "maintaining", "maintain", "nutritional", "offered", "users", "non-users", "recommended"})
# the care named as the studied intervention: what follows its name (`NIV users`, `gastrostomy timing`, `a PEG
# tube`), what precedes it (`effect of NIV on`, `patients who started NIV`) and what it does (`NIV prolongs
# survival`, `NIV is recommended when`); a need for it (`required NIV`, `time to NIV`) stays an end point
CARE_AFTER = frozenset({"tube", "tubes", "user", "users", "use", "usage", "timing", "placement", "insertion",
                        "adherence", "compliance"})
CARE_OF = frozenset({"effect", "effects", "impact", "benefit", "benefits", "use", "timing", "role", "adherence",
                     "placement", "insertion", "efficacy"})
CARE_BEFORE = frozenset({"started", "starting", "initiated", "initiating", "declined", "declining", "recommended",
                         "offered", "using", "through", "via", "tolerated"})
CARE_PASSIVE = frozenset({"recommended", "indicated", "used", "offered", "started", "initiated", "proposed"})
# words that name the kind of care (`percutaneous endoscopic gastrostomy`, `early NIV`, `home mechanical ventilation`)
CARE_MODIFIERS = frozenset({"non-invasive", "noninvasive", "mechanical", "percutaneous", "endoscopic", "radiologically",
                            "radiological", "inserted", "fluoroscopic", "early", "standard", "nocturnal", "home",
                            "positive", "pressure", "(", ")"})
# verbs whose object is care given (`patients who receive NIV`, `randomly assigned to NIV`)
CARE_GIVEN = frozenset({"receive", "receives", "received", "receiving", "underwent", "undergo", "undergoing",
                        "undergone"})
CARE_ASSIGNED = frozenset({"assigned", "randomized", "randomised", "allocated"})
CARE_NEED = ("need", "requir", "time", "delay", "risk", "free", "postpon")


# what may stand between `patients with` and the trait that makes them a subgroup (`patients with severe bulbar
# impairment`, `those with rapid progression`)
SUBGROUP_DEGREES = frozenset({"severe", "mild", "moderate", "marked", "predominant", "predominantly", "prominent",
                              "early", "advanced", "rapid", "rapidly", "fast", "faster", "slow", "slower", "slowly",
                              "pronounced", "pure", "isolated", "better", "worse", "poor", "good", "preserved",
                              "impaired"})


def _subgroup_trait(low: list[str], s: int) -> bool:
    """The mention names the trait of a subgroup of the people studied (`patients with severe bulbar
    impairment did not benefit`): who they are, no end point (the gold marks only diseases there)."""
    k = s - 1
    while k >= 0 and s - k <= 2 and low[k] in SUBGROUP_DEGREES:
        k -= 1
    # (not `the proportion of patients with motor improvement`, `12 patients with ...`: a count is a result)
    # (`the subgroup with better bulbar function`, `patients without severe bulbar dysfunction`)
    return k >= 1 and low[k] in ("with", "without") and (low[k - 1] in _COHORT_WORDS or low[k - 1] in (
        "those", "subgroup", "subgroups", "als", "sclerosis", "disease")) and not (
        k >= 2 and (low[k - 2] in ("of", "%") or low[k - 2][:1].isdigit() or low[k - 2] in _COUNT_WORDS))


# (helper Z, s19) the state the treated animals or patients were in when they were given the cells
# (`SOD1 mice demonstrating level 1 paralysis received ...`, `rats showing hindlimb weakness were injected`)
PRESENTING = frozenset({"showing", "demonstrating", "displaying", "exhibiting", "presenting"})
STATE_GRADES = frozenset({"level", "grade", "stage", "score"})


def _recipient_state(low: list[str], s: int, e: int) -> bool:
    """The mention names the state of the recipients as they were treated: `<cohort> showing X` with a
    giving verb right after (`received`, `were injected`); after `treated mice showing better rotarod
    performance` no giving verb follows, and the result stays an end point."""
    k = s - 1
    while k >= 0 and s - k <= 3 and (low[k] in SUBGROUP_DEGREES or low[k] in STATE_GRADES or low[k].isdigit()):
        k -= 1
    if not (k >= 1 and low[k] in PRESENTING and low[k - 1] in _COHORT_WORDS | {"animals"}):
        return False
    j = e + (e < len(low) and low[e] == ",")
    return j < len(low) and (low[j] in ("received", "receiving") or low[j] in ("were", "was") and j + 1 < len(low)
                             and low[j + 1] in P.RECIPIENT_MARKS | {"given"})


def _care_studied(low: list[str], s: int, e: int) -> bool:
    """Ventilation or a feeding tube named as the care a study gives or compares (see CARE_AFTER), not an
    event of the disease course that a treatment delays."""
    if any(w.startswith(CARE_NEED) for w in low[max(0, s - 4):s]):
        return False
    if e - s == 1 and s > 1 and low[s - 1] == "(" and low[s - 2] in CARE_NAMES:
        return _care_studied(low, s - 2, s - 1)   # `the impact of percutaneous endoscopic gastrostomy (PEG)`
    k = e
    if k < len(low) and low[k] == "(":
        k = next((j + 1 for j in range(k, min(len(low), k + 5)) if low[j] == ")"), k)
    elif k < len(low) and low[k] == ")":
        k += 1
    if k < len(low) and low[k] in CARE_AFTER:
        return True
    while s > 0 and low[s - 1] in CARE_MODIFIERS and low[s - 1] not in ("(", ")"):
        s -= 1   # `impact of percutaneous endoscopic gastrostomy`, `the benefits of early NIV`
    if s > 1 and low[s - 1] == "of" and low[s - 2] in CARE_OF or s > 0 and low[s - 1] in CARE_BEFORE:
        return True
    if s > 0 and low[s - 1] in CARE_GIVEN or s > 1 and low[s - 1] == "to" and low[s - 2] in CARE_ASSIGNED:
        return True   # `patients currently receive non-invasive ventilation`, `randomly assigned to NIV`
    if k + 1 < len(low) and low[k] in ("is", "was", "are", "were") and low[k + 1] in CARE_PASSIVE:
        return True
    denied = k + 1 < len(low) and low[k] in ("did", "does", "do") and low[k + 1] == "not"
    k += 2 * denied
    # `NIV prolongs survival`, `gastrostomy did not prolong survival`: the care acts (a finite verb, not
    # `ventilation was performed`)
    return k < len(low) and (denied or low[k].endswith(("s", "ed"))) and low[k].startswith(P.CHANGE_STEMS)


def _care_of_the_title(doc: Doc, view: TokenStrings, s: int, e: int) -> bool:
    """The title names this care as what the study gives or compares (`Effects of non-invasive ventilation on
    survival`, `Impact of early NIV in ALS`): each later mention of it is the intervention, unless a need or
    time word says it is an event (`time to NIV`)."""
    low = view.lowers
    if any(w.startswith(CARE_NEED) for w in low[max(0, s - 4):s]):
        return False
    title = _sentence(doc, 0, view)
    if s < title.end and all(w in CARE_MODIFIERS or not w.strip() for w in low[title.start:s]) and e < title.end \
            and low[e] in ("in", "for", "versus", "vs", "and"):
        return True   # `Gastrostomy in ALS`, `Early NIV versus standard care`: the title's topic
    for k in range(title.start, min(title.end, s)):
        if low[k] in CARE_NAMES and (low[k] == low[e - 1] or {low[k], low[e - 1]} <= {"niv", "ventilation"}
                                     or {low[k], low[e - 1]} <= {"peg", "gastrostomy"}) \
                and _care_studied(low[:title.end], k, k + 1):
            return True
    return False


# a change verb's base form (`prevent`, `reduce`, `attenuate`)
_BASE_CHANGE = re.compile(r"^(?:%s)e?$" % "|".join(P.CHANGE_STEMS))


def _changed(v: TokenStrings, s: int, e: int) -> bool:
    """The phrase s..e is the object of a change verb (`reduced (the) X`) or the subject of a passive one
    (`X was (significantly) reduced`)."""
    low = v.lowers
    k = s - 1 - (s > 1 and low[s - 1] in ("the", "a", "an"))
    if k >= 0 and not v.starts[s] and _PARTICIPLE.match(low[k]) and low[k] not in ("induced", "caused", "associated"):
        return True
    if k >= 1 and not v.starts[s] and low[k - 1] in ("not", "to") and _BASE_CHANGE.match(low[k]):
        return True   # `did not prevent striatal atrophy`, `failed to reduce brain damage`: a (null) result
    j = e
    if j + 1 < len(low) and low[j] in ("was", "were"):
        j += 1
        while j < len(low) and (low[j].endswith("ly") or low[j] == "not"):
            j += 1
        return j < len(low) and _PARTICIPLE.match(low[j]) is not None
    return False


def _names_disease(doc: Doc, s: int, e: int, concepts: Vocabulary) -> bool:
    """Tokens s..e name a disease (not a tumour, whose incidence is a safety end point): a vocabulary
    name, or a short form the document defines for a disease's long form."""
    text = doc[s:e].text
    if P.TUMOUR.match(doc[e - 1].lower_):
        return False
    if concepts.lookup(text, "DISEASE"):
        return True
    if e - s != 1:
        return False
    for ss, se, ls, le in abbreviation_pairs(doc):
        if doc[ss:se].text == text and (doc[le - 1].lower_ in P.DISEASE_HEADS
                                        or concepts.lookup(doc[ls:le].text, "DISEASE")):
            return True
    return False


def _reports_giving(low: list[str], j: int, s: int) -> bool:
    """(helper AF) The finding verb at j opens a reported clause whose giving stands before the site at s (`we
    found that MSC transplantation into the hippocampus reduced X`): the verb reports a result, it places no cells."""
    return j + 1 < s and low[j + 1] == "that" and any(w.startswith(P.GIVING_STEMS) for w in low[j + 2:s])


# (helper CE, s22) a study of an injured cord (a lesion route with no brain word in its sentence is the cord's)
SPINAL_INJURY_STUDY = ("spinal cord injur", "spinal cord contusion", "spinal cord transection", "spinal cord lesion",
                       "spinal cord hemisection", "spinal cord compression")
# (helper CE, s22) what axons do towards a site (`axons grew into the lesion`): no giving
GROWTH_STEMS = ("grew", "grow", "regrew", "regrow", "sprout", "elongat")
# (helper CE, s22) verbs of giving beside `locally` that GIVING_STEMS do not cover
LOCAL_GIVING = frozenset({"given", "applied", "placed", "grafted", "transplanted", "injected", "delivered"})


# adjective endings (no tagger runs before the ruler): `anti-inflammatory`, `glioproliferative`, `mesenchymal`
_ADJ_ENDINGS = ("al", "ic", "ive", "ory", "ous", "ary", "ar")


def _head_after_adjectives(low: list[str], e: int, most: int = 2) -> str:
    """The first word from e on past at most `most` adjective-like words (empty at the end of the doc)."""
    k = e
    while k < len(low) and k - e < most and low[k].endswith(_ADJ_ENDINGS) and low[k] not in P.NOT_A_ROUTE_AFTER:
        k += 1
    return low[k] if k < len(low) else ""


def _name_follows(low, e: int, names) -> bool:
    """(helper CA / CK, s22) The word after a cell word at e, or the two words after it (a hyphenated first one cut
    at its hyphen: `protein-1`, `factor-expressing`), are one of `names` (patterns.NOT_A_CELL_BEFORE_NAME,
    NOT_A_CELL_BEFORE_PRODUCT): the cell word opens a protein's or a product's name."""
    return tuple(low[e:e + 1]) in names or tuple(w.split("-")[0] or w for w in low[e:e + 2]) in names


def _given_before(low: list[str], s: int, window: int = 10) -> bool:
    """A verb of giving cells stands shortly before the `into` at s, and no verb of where cells went comes
    after it (`implanting fibroblasts modified to express NGF into the forebrain`; not `transplanted cells
    migrated into the lesion site`)."""
    for j in range(s - 1, max(-1, s - window - 1), -1):
        if low[j] in P.LOCATED_VERBS or low[j].startswith(P.WHEREABOUTS_STEMS) or low[j] == "." \
                or low[j].startswith(GROWTH_STEMS):
            return False   # (helper CE, s22) nor a giving verb of the sentence before, nor axons that grew there
        if low[j].startswith(P.GIVING_STEMS):
            return True
    # `transplantation of allogeneic adult human bone marrow-derived MSCs into the subventricular zone`: a
    # giving noun whose `of` names what was given, however long its name, with no clause between
    for j in range(s - 2, max(0, s - 16), -1):
        if low[j] in (",", ";", ".", "and", "or", "which", "that", "were", "was") or low[j] in P.LOCATED_VERBS:
            return False
        if low[j] == "of" and low[j - 1].startswith(P.GIVING_STEMS) and low[j - 1].endswith(("ion", "ions")):
            return True
    return False


def _given_noun_of(low: list[str], s: int) -> bool:
    """(helper AU, s20) `transplantation of OECs in spinal cord`, `injection of MSCs in the striatum`: a giving noun
    whose `of` names the cells given (a name of at most four words, no clause or other `of` between) stands right
    before the `in`/`to` at s."""
    for j in range(s - 2, max(0, s - 6), -1):
        if low[j] in (",", ";", ".", "and", "or", "which", "that", "were", "was", "in", "to", "with") or low[j] in P.LOCATED_VERBS:
            return False
        if low[j] == "of":
            return (low[j - 1].startswith(P.GIVING_STEMS) and low[j - 1].endswith(("ion", "ions"))
                    and low[s - 1].endswith(P.GIVEN_CELL_ENDINGS))   # cells, not `administration of drugs in the eye`
    return False


def _harm_listed(doc: Doc, i: int, view: TokenStrings) -> bool:
    """Does the sentence of token i list harms a treatment caused (`adverse events included ...`,
    `... was reported in two patients`, `one patient experienced ...`)?"""
    words = view.sentence_words(i)
    if any(w in ("adverse", "side", "side-effects", "complication", "complications", "experienced") for w in words):
        return True
    # (`reported in two patients`, not `mutations reported in melanoma pedigrees`)
    return any(w == "reported" and words[k + 1:k + 2] == ["in"] and (
        words[k + 2:k + 3] and (words[k + 2].isdigit() or words[k + 2] in _COUNT_WORDS)) for k, w in enumerate(words))


_COUNT_WORDS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "several", "some", "few", "both", "all", "most", "many", "only"})
# after the name: the disease of the people or animals studied (`chronic hepatitis C patients`), not a harm
_COHORT_WORDS = frozenset({"patient", "patients", "rats", "mice", "subjects", "individuals", "participants", "cases"})
# a disease word inside a pathogen's name (`human immunodeficiency virus`, `chicken anemia virus`) names no disease
PATHOGEN_WORDS = frozenset({"virus", "viruses", "virion", "virions"})


# the verbs that define a disease as a complication of another (`X is a serious complication of diabetes`)
_DEFINING_VERBS = frozenset({"is", "are", "remains", "remain", "represents", "represent", "constitutes",
                             "constitute", "becomes", "become"})


def _harm_symptom(doc: Doc, s: int, e: int, view: TokenStrings) -> bool:
    """A disease-shaped word listed as a harm of a treatment, not a disease the paper defines
    (`Diabetic cardiomyopathy (DCM) is a major complication`), whose patients it names (`patients with
    X`, `X patients`) or whose complication it names (`a complication of systemic sclerosis`)."""
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text in (")", ";", ","):
        return False
    if s > 0 and doc[s - 1].lower_ in ("with", "of"):
        return False
    if any(doc[k].lower_ in _COHORT_WORDS for k in range(e, min(e + 2, len(doc)))):
        return False
    if P.TUMOUR.match(doc[e - 1].lower_) and _denied_list_member(doc, s):
        return False   # (helper FZ, s29) `no adverse reactions or tumours were seen`: a denied tumour is a safety end point
    if _harm_listed(doc, s, view):
        return True
    # (a tumour denied after a graft is a safety end point: `no teratomas were detected`)
    return not P.TUMOUR.match(doc[e - 1].lower_) and (_finding_sentence(doc, s, view) or _no_finding(doc, s, e))


def _finding_sentence(doc: Doc, i: int, view: TokenStrings) -> bool:
    """Does the sentence of token i report what the treated patients' checks found: `laboratory tests
    showed mild anemia`, `one patient developed transient thrombocytopenia`, `renal failure developed
    after the infusion`, `one developed aseptic meningitis, which resolved` (not `developed cancer
    following chemotherapy`)?"""
    words = view.sentence_words(i)
    ws = set(words)
    return bool(ws & P.LAB_WORDS) or bool(ws & P.AE_ONSET_VERBS) and (bool(ws & P.AE_CONTEXT - {"after", "following"})
                                                                    or bool(ws & P.AE_RESOLVED)
                                                                    or any(w in ("after", "following") and any(
        x.startswith(P.GIVING_STEMS + P.TREATMENT_STEMS) for x in words[k + 1:k + 4]) for k, w in enumerate(words)))


# the heads of a class of diseases (`no neurological disease`), which a finding never is
_CLASS_HEADS = frozenset({"disease", "diseases", "disorder", "disorders", "syndrome", "syndromes", "condition",
                          "conditions"})


def _no_finding(doc: Doc, s: int, e: int) -> bool:
    """A finding said to be absent in the treated patients: `neutropenia was not observed in any patient`,
    `with no proteinuria or hematuria`, `showed no leukopenia, neutropenia or anemia` (only list items and
    adjectives between the `no` and the name; not `no cure for X`), but no class of diseases (`controls
    with no neurological disease`, `no therapy has been found for neurodegenerative disorders`)."""
    if doc[e - 1].lower_ in _CLASS_HEADS:
        return False
    seps = (",", "or", "and", "nor")
    j = s - 1
    while j >= max(0, s - 8) and (doc[j].lower_ in seps or P.ADJECTIVE.match(doc[j].lower_)
                                  or doc[j].lower_ in P.DISEASE_MODIFIERS
                                  or doc[j].is_alpha and j + 1 < s and doc[j + 1].lower_ in seps):
        j -= 1
    if j >= 0 and doc[j].lower_ == "no":
        return True
    # `X and Y were not observed`: the list the name ends, then a denied finding verb
    k = e
    while k < min(len(doc), e + 8) and (doc[k].lower_ in seps or doc[k].is_alpha and doc[k].lower_ not in (
            "was", "were", "is", "are") and (k + 1 < len(doc) and doc[k + 1].lower_ in seps + ("was", "were"))):
        k += 1
    if k < len(doc) and doc[k].lower_ in ("was", "were", "is", "are"):
        k += 1
        denied = False
        while k < len(doc) and (doc[k].lower_ in P.NO_WORDS or doc[k].lower_.endswith("ly")):
            denied = denied or doc[k].lower_ in P.NO_WORDS
            k += 1
        return denied and k < len(doc) and doc[k].lower_ in P.FINDING_VERBS
    return False


def _denied_list_member(doc: Doc, s: int) -> bool:
    """(helper FZ, s29) Is the name at s the last of a short list that `no` opens (`no local adverse reactions or
    tumours`): only nouns, adjectives and list joints between, no verb or preposition."""
    for j in range(s - 1, max(-1, s - 9), -1):
        w = doc[j].lower_
        if w == "no":
            return True
        if not (w in (",", "or", "and", "nor") or (doc[j].is_alpha or "-" in w) and w not in P.NP_STOP):
            return False
    return False


def _cells_only(doc: Doc) -> bool:
    """Is the document a study of cultured cells, with no patients or animals (its text's study design,
    pipeline.nlp.context.study_design, is `in_vitro`)? Read once per document."""
    found = doc.user_data.get(_IN_VITRO_KEY)
    if found is None:
        found = doc.user_data[_IN_VITRO_KEY] = study_design(doc.text) == "in_vitro" and not _ORGANISMS.search(
            doc.text.lower())
    return found


_IN_VITRO_KEY = "litmine_in_vitro_text"
# (the design rule lets animal words through when no treatment verb is found: `SOD1 mice received GDNF`)
_ORGANISMS = re.compile(r"\b(?:patients?|participants?|subjects|volunteers|mice|mouse|murine|rats?|rodents?|animals?|"
                        r"sod1|g93a|transgenic|lifespan|life span|dogs?|pigs?|monkeys?|primates?|rabbits?|zebrafish)\b")


# nouns after `onset` that make it the time of a treatment (`disease onset treatment`), not an end point
ONSET_TIMED = frozenset({"treatment", "treatments", "administration", "injection", "injections", "transplantation",
                         "stage", "phase", "period"})
# method words whose object is a marker made visible: `co-labeling of X and Y`, `immunostained for X`
STAIN_WORDS = frozenset({"labeling", "labelling", "co-labeling", "co-labelling", "colabeling", "double-labeling",
                         "immunolabeling", "immunolabelling", "staining", "stained", "immunostaining", "immunostained",
                         "co-staining", "costaining", "co-stained",
                         # what grafted cells were found to carry (`the engrafted MSCs were positive for cardiac
                         # markers: desmin, cardiac troponin T`): their phenotype, no end point
                         "positive", "negative", "immunopositive", "immunoreactive"})
# words that end the list of stained markers (a verb or a clause boundary between the method and the mention)
STAIN_LIST_END = frozenset({".", ";", "was", "were", "is", "are", "showed", "revealed", "demonstrated", "that",
                            "which", "to", "in", "from"})


def _stain_target(low: list[str], s: int) -> bool:
    """The mention at s stands in the object list of a staining method (`using co-labeling of
    neurofilament and post-synaptic acetylcholine receptors (AchR)`, `stained for GFAP and Iba1`)."""
    for k in range(s - 1, max(-1, s - 9), -1):
        if low[k] in ("of", "for", "with", "against") and k > 0 and low[k - 1] in STAIN_WORDS:
            return True
        if low[k] in STAIN_LIST_END:
            return False
    return False


_MYELIN_FIRST = tuple(sorted({name[0] for name in P.MYELIN_ANTIGENS}))
_MYELIN_LONGEST = max(len(name) for name in P.MYELIN_ANTIGENS)


def _in_myelin_antigen(low: list[str], s: int, e: int, immunizing: bool = False) -> bool:
    """The words s..e lie inside a myelin antigen's name (`myelin oligodendrocyte glycoprotein`); with
    `immunizing`, only where the name is the immunizing peptide (`myelin basic protein-specific T cells`,
    `immunized with proteolipid protein`), not a marker a cell expresses."""
    if not any(low[j].startswith(_MYELIN_FIRST) for j in range(max(0, e - _MYELIN_LONGEST), s + 1)):
        return False   # (most mentions: no name's first word where a name around s..e would start)
    for name in P.MYELIN_ANTIGENS:
        n = len(name)
        for j in range(max(0, e - n), s + 1):
            if j + n <= len(low) and j + n >= e and all(
                    low[j + k] == w if k < n - 1 else low[j + k].startswith(w) for k, w in enumerate(name)):
                if not immunizing:
                    return True
                last, after = low[j + n - 1], (low[j + n] if j + n < len(low) else "")
                if (last != name[-1] or after in P.ANTIGEN_AFTER or after == "(" and j + n + 2 < len(low)
                        and low[j + n + 2] == ")" and low[j + n + 3:j + n + 4] and low[j + n + 3] in P.ANTIGEN_AFTER
                        or any(w.startswith(("immuniz", "immunis")) for w in low[max(0, j - 4):j])):
                    return True
    return False


def procedure_named(low: list[str], s: int, e: int) -> bool:
    """(helper AM, s20) `efficacy outcomes were assessed`, `trial outcomes`, `immunohistochemical evaluations`,
    `histomorphometric analysis`, `radiologic examination`, `the 15-month evaluation`: a procedure or a visit named by
    its kind, not what it measured."""
    return e - s >= 2 and low[e - 1] in P.PROCEDURE_HEADS and all(
        w in P.PROCEDURE_MODS or P.TIME_POINT.match(w) for w in low[s:e - 1])


def technique_named(low: list[str], s: int, e: int) -> bool:
    """(helper BV, s21) `the severity of lung injury was evaluated using histopathology`, `by histopathology
    examination`, `followed with ALSFRS-R, FVC, laboratory tests and spinal MRI`: a tissue, laboratory or imaging
    technique named as the means, not what it measured (not `improved liver histopathology`: the organ names the
    end point; not a functional test: `behavioral tests`, `electromyography`)."""
    words = low[s:e]
    if not words or words[-1] not in P.TECHNIQUE_HEADS or not set(words) <= P.TECHNIQUE_WORDS | P.TECHNIQUE_HEADS:
        return False
    if words[-1] in ("examination", "examinations", "analysis", "analyses") and not set(words[:-1]) - {"and", ","}:
        return False
    i = s - 1
    # back over the list the technique stands in (`by histology and MRI`, `with ALSFRS-R, FVC, laboratory tests and`)
    while i >= 0 and s - i <= 14 and low[i] not in P.TECHNIQUE_CUES and low[i] not in (".", ";", ":") \
            and not (low[i] in ("was", "were", "is", "are") or low[i].endswith("ed") and low[i] not in P.TECHNIQUE_CUES):
        i -= 1
    return i >= 0 and low[i] in P.TECHNIQUE_CUES


def strain_named(low: list[str], texts: list[str], s: int, e: int) -> bool:
    """(helper BV, s21) `overproduction of CNTF in motor neuron degeneration (mnd) mutant mice`, `symptoms in mnd
    mice`: an animal strain named by its phenotype (its lower-case short form in brackets, then the animals), no end
    point (not `chronic post-ischemia pain (CPIP) mice`: a model named by its disease in capitals)."""
    def strain_short(k: int) -> bool:
        return texts[k].isalpha() and texts[k].islower() and len(texts[k]) <= 5
    j = e
    if j + 2 < len(low) and low[j] == "(" and low[j + 2] == ")" and strain_short(j + 1):
        j += 3   # the strain's short form (`(mnd)`, `(pmn)`)
    elif s > 0 and low[s - 1] == "(" and e < len(low) and low[e] == ")" and e - s == 1 and strain_short(s):
        j += 1   # the short form itself: `(mnd) mutant mice`
    elif not (e - s == 1 and strain_short(s) and any(
            low[k] == "(" and low[k + 1] == low[s] and low[k + 2] == ")" for k in range(0, s - 2))):
        return False   # a bare name before `mice` only as a short form defined before (`in mnd mice`)
    while j < len(low) and low[j] in P.STRAIN_MARKS:
        j += 1
    return j < len(low) and low[j] in P.STRAIN_ANIMALS and (j > e or e - s == 1)


def gene_name_start(low: list[str], texts: list[str], s: int, e: int) -> bool:
    """(helper BV, s21) `survival motor neuron 1 (SMN1) gene deletion`: the end point word opens the long form of a
    gene's symbol (the initials of the words spell the symbol, which holds a number), no end point."""
    k = e
    while k < len(low) and k - e < 4 and low[k] != "(" and (texts[k][:1].isalnum()):
        k += 1
    if not (k + 2 < len(low) and low[k] == "(" and low[k + 2] == ")" and k > e):   # (the name goes on past the span)
        return False
    symbol = texts[k + 1]
    letters = "".join(ch for ch in symbol if ch.isalpha()).lower()
    initials = "".join(t[0] for t in low[s:k] if t[:1].isalpha())
    has_digit = any(ch.isdigit() for ch in symbol)
    after = k + 3 < len(low) and low[k + 3] in P.GENE_AFTER
    # (a number in the symbol: `SMN1`, not a marker's name `cAMP response element binding (CREB)`)
    return symbol[:1].isupper() and len(letters) >= 2 and initials == letters and has_digit and (
        after or k + 3 < len(low) and low[k + 3] in (",", ".", ";", ")", "and", "or", "in", "of"))


def vague_amount(low: list[str], s: int, e: int) -> bool:
    """(helper AM, s20) `the protein expression in MCAO rats`, `for gene expression analysis`, `mitochondrial morphology,
    gene expression profile`: an amount named only by its kind of molecule, with nothing named beside it (not `iNOS
    protein expression`, `transcripts and protein levels`, `protein expression levels of GFAP`)."""
    # (helper DH, s24) also with a tail after the head (`gene expression profile`) and a head inside (`expression`)
    if e - s < 2 or low[e - 1] not in P.AMOUNT_HEADS | P.AMOUNT_TAILS \
            or not set(low[s:e - 1]) <= P.MOLECULE_KINDS | P.AMOUNT_HEADS or P.MOLECULE_KINDS.isdisjoint(low[s:e - 1]):
        return False
    before = low[s - 1] if s > 0 else "."
    if before in ("and", "or") and s > 1 and low[s - 2] in P.MOLECULE_KINDS:
        # (helper DH, s24) `IL-6 transcripts and protein levels` names IL-6; `assessed at transcript and protein
        # levels` names nothing: look past the coordinated kind
        before = low[s - 3] if s > 2 else "."
    elif before in ("and", "or") and s > 1 and low[s - 2] in (")", ","):
        before = "."   # (`receptors (AMPAR) and gene expression`: the conjunct before is another thing, not its name)
    if before == ")" or before in ("and", "or") or before[:1].isalnum() and before not in P.OF_STOP \
            and before not in P.NOT_OF_START and before not in ("for", "by", "at", "in", "on"):
        return False   # something named just before: `(iNOS) protein expression`, `transcripts and protein levels`
    return not (e < len(low) and (low[e] == "of" or low[e] in P.AMOUNT_HEADS))


def administered_cell_number(low: list[str], s: int, e: int) -> bool:
    """(helper DH, s24) `Mean total transplanted cell numbers were 2.5 x 10^8 cells`, `identify the optimal cell
    numbers, source and dosage`: how many cells were given (a dose), not a count of the host's cells (`microglial
    cell numbers` stays; no gold OUTCOME in train or the 29 sets is a bare `cell number(s)`)."""
    if low[s:e] not in (["cell", "numbers"], ["cell", "number"], ["cells", "numbers"]):
        return False
    if P.DOSE_CUE_WORDS.intersection(low[max(0, s - 3):s]):
        return True
    after = low[e:e + 4]
    return bool(after) and after[0] in ("was", "were", "of") and any(w[:1].isdigit() for w in after[1:])


# an adjective or a property noun of an earlier list member (`immunomodulatory`, `low immunogenicity`)
_PROPERTY_WORD = re.compile(r"^[a-z-]+(?:ic|ive|al|ous|ory|ity|ities|tion)$")


def _names_cells(doc: Doc, i: int, concepts: Vocabulary) -> bool:
    """Token i names cells (`MSCs`, `stem cells`, `fibroblasts`, `they`), or closes a parenthesised short form of them
    (`mesenchymal stem cells (MSCs)`)."""
    if doc[i].text == ")" and i >= 2 and doc[i - 2].text == "(":
        i -= 1
    w = doc[i].lower_
    return w in ("cells", "cell", "they") or w.endswith(("cells", "mscs", "msc", "scs")) \
        or bool(P.CELL_WORD.match(w)) or bool(concepts.lookup(doc[i].text, "CELL_TYPE"))


# (helper BO, s21) the words of a death, and the words that then name its cause
# (not singular `death`: `reduced neuronal death from oxidative stress` names an insult)
_DEATH_WORDS = frozenset({"died", "die", "dies", "deaths"})
_DEATH_CAUSE_CUES = (("due", "to"), ("secondary", "to"), ("owing", "to"), ("because", "of"), ("caused", "by"),
                     ("attributed", "to"), ("of",), ("from",))


def _cause_of_death(doc: Doc, view: TokenStrings, s: int) -> bool:
    """(helper BO, s21) `one patient died due to severe respiratory insufficiency and infection`, `died 8 months after
    surgery due to the progression of respiratory failure`, `died from pneumonia`: what a patient died of is reported
    as an event, no end point (the death is the finding; train and dev gold name no such cause)."""
    low = view.lowers
    lo = view.sentence(s)[0]
    i = s - 1
    # back over the list the cause may head (`respiratory insufficiency and infection`, `the progression of`)
    while i >= lo and s - i <= 8 and (low[i] in ("the", "a", "an", "severe", "acute", "progressive", "and", "or", ",",
                                                 "progression", "of", "complications", "complication")
                                      or _PROPERTY_WORD.match(low[i])):
        if low[i] == "of" and i > lo and low[i - 1] in _DEATH_WORDS:
            return True   # `died of pneumonia`
        i -= 1
    cue = next((c for c in _DEATH_CAUSE_CUES if len(c) == 2 and low[i - 1:i + 1] == list(c)
                or len(c) == 1 and low[i] == c[0]), None)
    if cue is None or i < lo:
        return False
    j = i - len(cue)   # the word before the cue: a death within a few words, no clause between
    for k in range(j, max(lo - 1, j - 7), -1):
        if low[k] in _DEATH_WORDS:
            return True
        if low[k] in (".", ";", ":", "but", "whereas", "while", "which", "that") or low[k] in ("was", "were", "is"):
            return False
    return False


def _properties_of(doc: Doc, view: TokenStrings, s: int, concepts: Vocabulary) -> bool:
    """`MSCs have properties of immunomodulation, anti-inflammation and low immunogenicity`: a member of the list
    after `properties of`, in a sentence that names cells before it."""
    low = view.lowers
    lo = view.sentence(s)[0]
    i = s - 1
    while i >= lo and (low[i] in (",", "and", "or", "low", "high") or _PROPERTY_WORD.match(low[i])):
        i -= 1
    return i > lo and low[i] == "of" and low[i - 1] in ("properties", "property") and any(
        _names_cells(doc, j, concepts) for j in range(lo, i - 1))


# (helper ES, s27) the words that give a reason and nothing else (P.CAPABILITY_REASONS less `for`, `by`, `through`,
# `via`, which also say what was measured or how), before `their` and a trait no capability word names
_TRAIT_REASONS = frozenset({"due", "because", "owing", "thanks", "given", "based"})


def _cell_capability(doc: Doc, view: TokenStrings, s: int, e: int, concepts: Vocabulary) -> bool:
    """(helper BO, s21) `MSCs have immunomodulatory properties`, `because of their immunomodulatory functions`, `given
    their high proliferation activity`, `a T cell subset with suppressive capacity`: what the cells are able to do,
    given as the reason they are used, is no end point (not `enhanced the proliferative capacity`, `regained
    suppressive abilities`, `improved their motor functions`)."""
    low = view.lowers
    lo = view.sentence(s)[0]
    if s - 2 >= lo and low[s - 1] in ("for", "towards", "toward") and low[s - 2] in P.CAPABILITY_HEADS:
        # (helper ES, s27) `MSCs have the capacity for neural differentiation`, `due to their predisposition towards
        # neural differentiation`: what the capability is for is read with it (not `enhanced the capacity for ...`)
        return _cell_capability(doc, view, s - 2, s - 1, concepts)
    heads = P.CAPABILITY_HEADS | P.CAPABILITY_TRAITS
    capability = low[e - 1] in heads or e < len(low) and low[e] in P.CAPABILITY_HEADS
    if not capability and _properties_of(doc, view, s, concepts):
        return True
    head = low[e - 1] if low[e - 1] in heads else low[e] if e < len(low) else ""
    i = s - 1
    # (back over fillers and earlier properties of the same list: `possess low immunogenicity and high ...`,
    # (helper ES, s27) `have excellent proliferative ability, differentiation ability, low immunogenicity`)
    while i >= lo and (low[i] in P.CAPABILITY_FILLERS or low[i] in (",", "and", "or", "low", "lower")
                       or _PROPERTY_WORD.match(low[i]) or low[i] in heads):
        i -= 1
    if i < lo:
        return False
    if not capability:
        # (helper ES, s27) any trait of the cells after `owing to their` (`their high proliferation rate`), in a
        # sentence that names cells before it (not `due to their reduced weight loss`: a participle ends the walk);
        # only a reason said as one (not `assayed for their expression of X`, `by their secretion of Y`)
        return low[i] in ("their", "its") and any(w in _TRAIT_REASONS for w in low[max(lo, i - 3):i]) \
            and any(_names_cells(doc, j, concepts) for j in range(lo, i))
    if low[i] == "of" and i > lo and low[i - 1] in ("properties", "property", "capacities", "abilities"):
        # `cells shown with properties of immunomodulation, anti-inflammation and low immunogenicity`
        return any(_names_cells(doc, j, concepts) for j in range(lo, i))
    if low[i] in ("their", "its"):
        # `due to their`, `because of their`, `based on their`, `given their`, `through their`
        return any(w in P.CAPABILITY_REASONS for w in low[max(lo, i - 3):i])
    if low[i] == "with" and head in P.CAPABILITY_WITH_HEADS and i > lo and (
            _names_cells(doc, i - 1, concepts) or low[i - 1] in P.CELL_SHARES):
        return True   # `a subpopulation with immunomodulatory properties`
    if low[i] in P.CAPABILITY_VERBS:
        j = i - 1
        while j >= lo and low[j] in ("also", "both", "all", "have", "has", "been", "to", "be", "known", "are", "is",
                                     "reportedly", "further", "not", "only", "well"):
            j -= 1
        if j >= lo and low[j] == "and":
            return _described_cells_before(doc, view, lo, j, concepts)
        return j >= lo and _names_cells(doc, j, concepts)
    return False


# (helper FY, s29) the verbs by which a sentence describes cells before `and have ...` (`MSCs are easy to expand and`)
_DESCRIBING_VERBS = frozenset({"are", "is", "were", "was", "can", "could", "remain", "remains"})
_CLAUSE_BREAKS = frozenset({";", ":", ".", "which", "that", "but", "whereas", "while", "because", "although"})


def _described_cells_before(doc: Doc, view: TokenStrings, lo: int, j: int, concepts: Vocabulary) -> bool:
    """(helper FY, s29) `WJ-MSCs are easy to expand and have low immunogenicity`: the capability verb's subject is
    the cells that an earlier predicate of the same clause describes (a cell name, then `are`/`can` ..., within
    twelve words of the `and` at j, commas between predicates allowed); not `patients received MSCs and showed no immunogenicity` (no verb of
    description after the cells)."""
    low = view.lowers
    for k in range(j - 1, max(lo - 1, j - 13), -1):
        if low[k] in _CLAUSE_BREAKS:
            return False
        if low[k] in _DESCRIBING_VERBS and k - 1 >= lo and (_names_cells(doc, k - 1, concepts) or (
                k - 4 >= lo and low[k - 1] == ")" and low[k - 3] == "(" and _names_cells(doc, k - 4, concepts))):
            return True   # (also the long form before a short form we do not know: `amniotic cells (AECs) are`)
    return False


def _therapy_goal(doc: Doc, view: TokenStrings, s: int, e: int) -> bool:
    """(helper CB, s22) `Tregs are a promising therapeutic target for neuroprotection`, `implications for broad
    neuroprotection`, `Neuroprotection and neuroregeneration are two of the most promising therapies`: the end point
    names what a kind of therapy aims at, in no experiment (not `MSCs provided neuroprotection`; not `The preservation
    of beta cell function remains a target` nor `a therapy for stroke recovery`, which the gold annotates)."""
    low = view.lowers
    sent = _sentence(doc, s, view)
    i = s - 1
    while i >= sent.start and s - i <= 3 and (low[i] in ("the", "a", "an", "-") or low[i].isalpha() and low[i] not in
                                              _GOAL_STOP and not low[i].endswith(("ed", "ing"))):
        i -= 1     # `for (broad | nerve | motor neuron) <goal>`
    if i > sent.start and low[i] == "for" and low[i - 1] in P.THERAPY_GOAL_NOUNS and low[i - 1] != "therapies":
        return True
    # the goal, or a list of goals, as the whole subject of its sentence, and a goal noun as what it is
    if any(not (low[k] in ("the", "both", "and", "or", ",") or low[k].endswith(_GOAL_SUFFIXES))
           for k in range(sent.start, s)):
        return False
    j = e
    while j < sent.end and j - e <= 6 and (low[j] in ("and", "or", ",") or low[j].endswith(_GOAL_SUFFIXES)):
        j += 1
    if j >= sent.end or low[j] not in P.THERAPY_GOAL_COPULAS:
        return False
    for k in range(j + 1, min(sent.end, j + 10)):
        if low[k] in P.THERAPY_GOAL_NOUNS:
            return True
        if not low[k].replace("-", "").isalpha() or low[k] in ("that", "which", "while", "in", "by", "for", "to", "when"):
            return False
    return False


# (helper EW, s27) nouns whose `of` names a topic of research (`the field of neuroregeneration`, `the future of
# neurorestoration`): the train and msc-neuro gold leave all 10 such phrases out; `approach to X` is mixed there (1 of 2 annotated)
TOPIC_NOUNS = frozenset({"field", "fields", "future"})


def _research_topic(view: TokenStrings, s: int, e: int) -> bool:
    """`the field of X`, `the future of (the) X`, `the fields of X, Y and Z`: X (and each topic listed with it) is
    what a research field is about, no end point measured (not `In the field of neurology, motor function was ...`:
    a comma with no `and`/`or` near it ends the topic)."""
    low = view.lowers
    k = s - 1
    while k > 0 and s - k <= 10 and not view.starts[k + 1] and (low[k] in (",", "and", "or") or _np_word(view, k)):
        k -= 1   # back over the topics listed before this one
    walked = low[k + 1:s]
    if "," in walked and not {"and", "or"} & set(walked + low[e:e + 1]):
        return False
    k -= low[k] == "the" and k > 0 and low[k - 1] == "of"
    return k > 0 and low[k] == "of" and low[k - 1] in TOPIC_NOUNS


def _co_medication_purpose(doc: Doc, view: TokenStrings, s: int) -> bool:
    """(helper CB, s22) `Tacrolimus was given to prevent immune rejection`, `Immunosuppression is required to allow
    long-term engraftment of xenogeneic cells`: what an immunosuppressant is given for, no end point of the study."""
    low = view.lowers
    lo = view.sentence(s)[0]
    i = s - 1
    while i >= lo and s - i <= 4 and low[i] not in P.CO_MEDICATION_PURPOSE:
        if low[i] in (".", ";", ",", "and", "or", "but", "was", "were", "is", "are"):
            return False
        i -= 1
    if i < lo or low[i] not in P.CO_MEDICATION_PURPOSE or i == lo or low[i - 1] != "to":
        return False
    return any(low[k] in P.CO_MEDICATION_WORDS for k in range(max(lo, i - 12), i - 1))


# (helper CB, s22) words that end the walk back from a goal to `for` (`target for neuroprotection`); the endings of
# process nouns that may stand in a list of goals (`Neuroprotection and neuroregeneration are ...`)
_GOAL_STOP = frozenset({"for", "of", "in", "on", "to", "with", "by", "and", "or", "is", "are", "was", "were", "be"})
_GOAL_SUFFIXES = ("tion", "sis", "ment")


# (helper FH, s28) the heads after a route adjective that name what given cells or drugs do, not what is given
_ACTION_HEADS = frozenset({"effects", "effect", "actions", "action", "mechanisms", "responses", "response",
                           "immunomodulation", "inflammation", "toxicity"})


def _effect_after_adjectives(low: list[str], e: int) -> bool:
    """A route adjective ending at e that opens a chain of adjectives (up to three, `and` between them) ending in an
    action head: `systemic anti-inflammatory actions`, `systemic anti-inflammatory and immunomodulatory effects`.
    The chain is needed: a head right after the adjective is NOT_A_ROUTE_AFTER's."""
    k = e
    while k < len(low) and k - e < 4 and (P.ADJECTIVE.match(low[k]) and low[k] not in P.ADJECTIVE_SHAPED_NOUNS
                                         or low[k] == "and" and k > e):
        k += 1
    return k > e and k < len(low) and low[k] in _ACTION_HEADS and low[k - 1] != "and"


def _in_context(doc: Doc, view: TokenStrings, s: int, e: int, cid: str, concepts: Vocabulary) -> tuple[int, int, str] | None:
    """Context checks: `after disease onset` is a time point, not an end point; a stereotactic
    injection in a sentence about the spinal cord is intraspinal."""
    low = view.lowers
    label = concepts.label_of(cid)
    if _characteristic(low, s, e):
        # `independent of age, site of onset and disease duration`, `Age at onset and disease duration were
        # associated with survival`: who the patients were (not `extended survival and disease duration`)
        return None
    if label == "DISEASE" and e < len(doc) and low[e].split("-")[0] in PATHOGEN_WORDS:
        return None   # `human immunodeficiency virus (HIV)`, `virus-1`, `virus-infected`: a virus, its disease word no disease
    if cid == "route:intraspinal" and low[s] in ("in", "into", "to", "within") and e < len(low) and (
            low[e].endswith(INJURED_PARTICIPLES) or low[e] == "-" and e + 1 < len(low)
            and low[e + 1].endswith(INJURED_PARTICIPLES)):
        return None   # (helper BM, s21) `transplanted in spinal cord-injured rats`, `into spinal cord injured
        #               mice`: the animals' injury, no site (not `into the injured spinal cord`, a site)
    if cid == "route:intraspinal" and low[e - 1] in ("spinal", "spinal-cord") and e < len(low) and low[e] in (
            "subarachnoid", "intrathecal", "canal", "csf", "cerebrospinal", "theca", "thecal", "dural", "epidural"):
        return None   # (helper CZ, s23) `into the spinal subarachnoid space`, `into the spinal canal`: the CSF space
        #               around the cord (SPEC: intrathecal), not its parenchyma; the space is named after it
    if cid == "disease:other" and low[s:e] == ["frailty"] and e < len(doc) and low[e] in ("cox", "model", "models"):
        return None   # (helper S, s19) `shared frailty Cox regression`, `a frailty model`: a statistical model
    if cid == "disease:other" and e < len(doc) and low[e].startswith("molecule"):
        return None   # `kidney injury molecule-1 (KIM-1)`: a marker's name, no disease
    if label == "OUTCOME" and cid not in (
            "outcome:disease_progression", "outcome:survival", "outcome:safety") and _cause_of_death(doc, view, s):
        return None   # (helper BO, s21) `one patient died due to respiratory insufficiency`: the cause of a death
    # (helper DB, s23) `anti-inflammation` is now an inflammation name: as a cells' property it is no end point either
    if (cid == "outcome:other" or low[e - 1] in P.CAPABILITY_TRAITS or low[e - 1] == "anti-inflammation") \
            and _cell_capability(doc, view, s, e, concepts):
        return None   # (helper BO, s21) `MSCs have immunomodulatory properties`: what the cells can do, no end point
    if cid == "outcome:other" and _therapy_goal(doc, view, s, e):
        return None   # (helper CB, s22) `a target for neuroprotection`: what a therapy aims at, no end point
    if label == "OUTCOME" and _research_topic(view, s, e):
        return None   # (helper EW, s27) `the field of neuroregeneration`: a topic of research, no end point
    if label == "OUTCOME" and _co_medication_purpose(doc, view, s):
        return None   # (helper CB, s22) `tacrolimus was given to prevent immune rejection`: the co-medication's aim
    if label == "OUTCOME" and _stain_target(low, s):
        return None   # `co-labeling of neurofilament and acetylcholine receptors`, `stained for synaptophysin`: the
                      # markers a method shows, not end points
    if cid == "outcome:neuromuscular" and all(w.startswith("electrophysiolog") for w in low[s:e]) and (
            words := set(view.sentence_words(s))) & P.CELL_ASSAY_WORDS and not words & P.BODY_ASSAY_WORDS:
        # (helper AO, s20) `the cells' functionality was determined by electrophysiology`, `neuron-like cells
        # exhibited electrophysiological properties`: a property of cultured cells (other), no patient's or
        # animal's neuromuscular end point
        return (s, e, "outcome:other")
    if cid == "disease:other" and (not concepts.lookup(doc[s:e].text, "DISEASE") or doc[s:e].text.lower()
                                   in P.AE_FINDING_NAMES) and _harm_symptom(doc, s, e, view):
        return None   # `hypoglycemia was reported in two patients`: an adverse-event symptom (SOURCE.md: not annotated)
    if cid == "outcome:biomarker" and e - s == 2 and low[s] in P.FLUID_WORDS \
            and low[s + 1] in ("level", "levels", "concentration", "concentrations") \
            and not (e < len(doc) and low[e] == "of") and P.LEVEL_WORDS.isdisjoint(low[max(0, s - 10):s]) \
            and not (s > 0 and (doc[s - 1].text[1:] != doc[s - 1].text[1:].lower()
                                or any(ch.isdigit() for ch in doc[s - 1].text))):
        # (`CSF levels of IL-6 but not serum levels`: the analyte said just before stays)
        return None   # `serum levels did not differ`: a fluid with no analyte named (`NfL serum levels`) is no end point
    if cid == "outcome:safety" and low[e - 1] in ("complication", "complications") and e < len(doc) \
            and low[e] == "of" and _DEFINING_VERBS.intersection(low[max(0, s - 5):s]):
        return None   # `AKI is a frequent complication of cisplatin therapy`: what the disease is, no harm measured
    if cid == "outcome:other" and low[s] in ("incidence", "prevalence") and e - s >= 3 and low[s + 1] == "of" \
            and _names_disease(doc, s + 2, e, concepts):
        return None   # `the high incidence of AD`: how common the disease is, no end point (the disease stays)
    if cid == "outcome:other" and e - s == 1 and low[s] in ("secretion", "release", "production", "synthesis") \
            and e < len(doc) and low[e] == "of":
        return None   # `promoted the secretion of neurotrophic factors`: what the cells make, no end point
    if cid == "outcome:other" and low[s] in ("secretion", "release", "production", "synthesis") and e - s >= 3 \
            and low[s + 1] == "of" and all(w in ("the", "this", "protein", "proteins", "factor", "factors", "trophic")
                                           for w in low[s + 2:e]):
        return None   # (helper T, s19) `capsules effect the slow release of the protein`: the delivered factor, no end point
    if cid == "disease:other" and low[e - 1] in DAMAGE_HEADS and e - s >= 2 and _changed(view, s, e) \
            and not concepts.lookup(doc[s:e].text, "DISEASE"):   # (a named injury stays: `SCI`)
        return (s, e, "outcome:other")   # `MSCs reduced white matter injury`, `brain damage was attenuated`: a result
    if cid == "disease:other" and low[e - 1] == "pain" and _changed(view, s, e):
        return (s, e, "outcome:other")   # `neuropathic pain was alleviated`, `the cells reduced neuropathic pain`: a result
    if cid == "disease:other" and e - s == 1 and low[s] in MEASURED_FINDINGS and _changed(view, s, e):
        return (s, e, "outcome:other")   # `AD-MSCs decreased proteinuria`: a finding measured, the result of a study
    if cid == "outcome:disease_onset" and s > 2 and low[s - 1] == "of" and low[s - 2] in P.ONSET_MEASURE_NOUNS \
            and low[s - 3] not in P.TIME_WORDS and not (low[s - 3] in ("the", "a") and s > 3 and low[s - 4] in P.TIME_WORDS):
        return (s - 2, e, cid)   # (helper DB, s23) `increased the rate of onset of paralysis` (not `at the time of onset`)
    if cid == "outcome:disease_onset" and s > 0 and (low[s - 1] in P.TIME_WORDS or s > 1 and low[s - 1] == "the"
                                                    and low[s - 2] in P.TIME_WORDS - {"of", "to"}) \
            and not (s > 1 and low[s - 1] == "to" and low[s - 2] == "time") \
            and not (s > 1 and low[s - 1] == "of" and low[s - 2] in P.ONSET_CHANGE_NOUNS):   # `time to onset` is one
        return None   # (`after the onset of clinical signs`, but `time to the onset`, `a delay of symptom onset` are end points)
    if cid == "outcome:disease_progression" and "course" in low[s:e] and s > 0 and (
            low[s - 1] in ("during", "throughout", "over") or s > 1 and low[s - 1] in ("the", "its")
            and low[s - 2] in ("during", "throughout", "over")):
        return None   # `during the course of the disease`: a time span, no end point
    if cid == "outcome:disease_onset" and e < len(doc) and low[e] in ONSET_TIMED:
        return None   # `early disease onset treatment`, `at the symptom onset stage`: when it was given, no end point
    if label == "OUTCOME" and low[e - 1] == "recovery" and e < len(doc) and low[e] in (
            "phase", "phases", "period", "stage"):
        return None   # `in the subacute-chronic recovery phase of stroke`: when the cells were given, no end point
    if cid in ("outcome:disease_onset", "outcome:disease_progression") and e < len(doc) and (
            low[e] in ("within", "<", "≤", "less", "shorter", "longer", "up") or (   # `between` only before a
            low[e] == "between" and e + 1 < len(doc) and (doc[e + 1].like_num    # number or a month: not
                                                          or low[e + 1] in P.MONTH_NAMES)) or (   # `between groups`
            doc[e].like_num and e + 1 < len(doc) and low[e + 1] in P.TIME_UNITS   # (not `onset 10 days later`)
            and low[e + 2:e + 3] not in (["later"], ["earlier"], ["sooner"], ["longer"], ["shorter"])) or (
            low[e] == "of" and e + 1 < len(doc) and low[e + 1] in ("less", "more", "at", "up", "<", "≤", "under"))):
        return None   # `onset of symptoms within 18 months`, `disease duration between 6 and 36 months`, `symptom
        #               onset 24 months or less before baseline`, `onset between May 2012 and June 2019`: eligibility
    if cid == "outcome:disease_progression" and low[s:e] == ["prognosis"] and any(
            w in ("diagnosis", "diagnoses", "diagnostic") for w in low[max(0, s - 4):e + 4]):
        return None   # `its role in diagnosis, prognosis and therapy`: a topic of a review, no end point
    if cid == "outcome:safety" and low[s:e] == ["safety"] and (
            low[e:e + 1] and low[e] in SAFETY_BODIES or low[e:e + 1] == ["monitoring"] and low[e + 1:e + 2] and
            low[e + 1] in SAFETY_BODIES or s > 0 and low[s - 1] == "drug" and doc[s].text == "Safety"):
        return None   # `Data and Safety Monitoring Board`, `Ministry of Food and Drug Safety`: a body's name
    if cid == "outcome:other" and P.MSC_SURFACE_MARKERS & set(low[s:e]) \
            and set(low[s:e]) <= P.MSC_SURFACE_MARKERS | IMMUNOPHENOTYPE_WORDS:
        return None   # `expression of CD73, CD90 and CD105`: what identifies the cells (ISCT panel), no end point
    if cid == "outcome:other" and low[e - 1] in ("defect", "defects") and not TISSUE_GAPS.isdisjoint(low[s:e]):
        return None   # `bridging nerve defects`, `tissue defects`: the gap a graft fills (`cognitive defects` stay)
    if label == "OUTCOME" and cid != "outcome:safety" and _subgroup_trait(low, s):
        return None   # `patients with severe bulbar impairment`: a subgroup's trait, no end point
    if label == "OUTCOME" and _recipient_state(low, s, e):
        return None   # `mice demonstrating level 1 paralysis received ...`: the recipients' state, no end point
    if cid in ("outcome:respiratory_function", "outcome:survival") and low[e - 1] in CARE_NAMES and (
            e - s == 1 or low[s] in ("non-invasive", "noninvasive", "mechanical")
            or set(low[s:e - 1]) <= CARE_MODIFIERS) and (_care_studied(low, s, e) or not
            CARE_WORDS.isdisjoint(view.sentence_words(s)) or _care_of_the_title(doc, view, s, e)):
        return None   # `symptomatic management such as ventilation and gastrostomy`: care given, no end point
    if cid == "outcome:respiratory_function" and low[e - 1] in ("ventilation", "intubation", "niv") \
            and (in_composite(low, view.sentence(s)[0], s) or _after_death_or(low, s)):
        return (s, e, "outcome:survival")   # `time to death or mechanical ventilation`: a member of one survival end point
    if cid == "outcome:inflammation" and e - s == 2 and low[s] in ("activated", "reactive") \
            and low[e - 1] in ACTING_GLIA and e < len(doc) and low[e] in ACTING_VERBS:
        return (s + 1, e, ACTING_GLIA[low[e - 1]])   # (helper N) `activated microglia induce BMSCs to produce
        #                                               GDNF`: the cells acting in a culture, no end point
    if cid == "outcome:safety" and e - s == 1 and low[s].startswith("toxicit") and _toxic_to_neurons(low, s, e):
        # `motor neuron toxicity`, `non-cell autonomous toxicity of astrocytes to motor neurons`: what kills
        # the (motor) neurons of a culture or a model, not the harm of a treatment
        return (s, e, _toxic_to_neurons(low, s, e))
    if cid == "outcome:safety" and s > 0 and (low[s - 1].endswith(("-induced", "-mediated")) or low[s - 1] in (
            "induced", "mediated") or (e - s == 1 and low[s].startswith("toxicit") and (
            low[s - 1] in P.INSULT_MODS or "against" in low[max(0, s - 4):s]
            or s > 1 and low[s - 1] == "of" and low[s - 2] == "gain"
            or low[e:e + 1] == ["of"] and P.INSULT_MODS & set(low[e + 1:e + 4])))):
        # `H2O2-induced toxicity`, `mutant SOD1 toxicity`, `protected against glutamate toxicity`, `the
        # toxicity of ALS astrocytes`: an insult to cultured cells or the disease's, not the treatment's
        return (s, e, "outcome:other")
    if cid in ("outcome:disease_progression", "outcome:disease_onset", "outcome:body_weight") and s > 0 and \
            low[s - 1] in ("mean", "median", "average") and e < len(doc) and (
            low[e] in ("was", "were", "of") and e + 1 < len(doc) and low[e + 1][:1].isdigit() or low[e][:1].isdigit()):
        return None   # `the mean disease duration was 18 months`, `mean BMI was 24.1`: who took part
    if cid == "outcome:disease_onset" and low[s] == "age" and e + 1 < len(doc) and low[e] in ("was", "were", "of") \
            and low[e + 1][:1].isdigit():
        return None   # `Age at onset was 55 years`: who took part (`did not alter the age at onset` is a result)
    if in_molecule_name(low, s, e, label, concepts):
        return None   # `stem cell factor`, `T cell receptor`, `neutrophil elastase`, `VEGF receptor 2`: a molecule's name
    if label == "DISEASE" and cid != "disease:als" and e < len(doc) and low[e] in INSTITUTION_HEADS:
        return None   # `National Cancer Institute`, `Stroke Association`: a body named for a disease
    if cid == "disease:als" and e - s >= 2 and e < len(doc) and low[e] in INSTITUTION_HEADS \
            and all(t.text.istitle() for t in doc[s:e + 1]):
        return None   # (helper S, s19) `German Motor Neuron Disease Network`: a body's name (`ALS Association` keeps
        #               its bare `ALS`)
    if label == "DISEASE" and e - s == 2 and low[e - 1] in ("injury", "injuries") and \
            low[s] in P.CELL_INSULTS:
        return None   # `protected from oxidative injury`: an insult to cells, not a disorder
    if label == "DISEASE" and e < len(doc) and P.TUMOUR_TYPE.search(low[e - 1]) and (
            low[e] in P.TUMOUR_CELL_WORDS):
        return None   # `SH-SY5Y neuroblastoma cells`, `the glioma cell line`: a cultured cell line, no patient's disease
    if label == "DISEASE" and P.TUMOUR.match(low[e - 1]) and (
            any(w in P.NO_TUMOUR_WORDS for w in low[max(0, s - (7 if low[s - 1:s] == ["of"] else 4)):s])
            or e + 2 < len(doc) and low[e] in ("was", "were") and (low[e + 1] == "not" or low[e + 2] == "not")
            or _denied_list_member(doc, s)):
        # `did not cause tumors`, `no teratomas were found`: a safety finding; (helper FZ, s29) also the last of a
        # denied list (`no local adverse reactions or tumours were seen`)
        return (s, e, "outcome:safety")
    if cid == "outcome:other" and low[e - 1].startswith("antibod") and (
            s > 0 and low[s - 1] in ("by", "with", "using", "of", "blocking") or
            any(k < len(doc) and low[k].startswith(P.BLOCKING) for k in (e, e + 2, e + 3))):
        return None   # `abolished by neutralizing antibodies against BDNF`: the reagent of a blocking experiment
    if cid == "outcome:other" and low[e - 1] in ("barrier", "bbb") and any(
            w.startswith(("cross", "bypass", "penetrat", "pass", "circumvent", "traverse")) or w == "through"
            for w in low[max(0, s - 3):s]):
        return None   # `exosomes can cross the blood-brain barrier`: a route to the target, no end point
    if label == "OUTCOME" and s >= 2 and low[s - 2] == "at" and low[s - 1] == "the" and e < len(doc) \
            and low[e] in ("level", "levels"):
        return None   # `factor release at the neuromuscular junction level`: where something acts, no end point
    if cid == "outcome:other" and low[e - 1] in ("barrier", "bbb"):
        words = view.sentence_words(s)
        if any(w.startswith(("hurdle", "obstacle", "challeng", "limitation", "impediment")) for w in words) and not any(
                w.startswith(("integrit", "permeab", "disrupt", "breakdown", "leak", "damage", "dysfunction", "impair",
                              "restor", "repair")) for w in words):
            return None   # `the blood-brain barrier (BBB) is the main obstacle to cell therapy`: no end point
    if cid == "outcome:body_weight" and s > 0 and (
            any(w == "per" or w.endswith(("/kg", "/g")) for w in low[max(0, s - 3):s])
            or s > 1 and low[s - 1] == "kg" and low[s - 2] in ("/", "per")
            or s > 1 and low[s - 1] in ("to", "for", "by") and low[s - 2].startswith(("adjust", "normali", "correct"))
            or s > 2 and low[s - 1] in ("to", "on", "from", "by") and (low[s - 2] in ("according", "based")
                                                                      or low[s - 2].startswith(("calculat", "stratif", "randomi", "dos")))):
        # `1 × 10^6 cells per kg body weight`, `cells/kg body weight`, `adjusted to body weight`, `according
        # to body weight`, `calculated from body weight`, `randomized by body weight`: a dose or a stratum
        return None
    if label == "OUTCOME" and s > 1 and low[s - 1] in ("by", "with", "on", "using") and any(
            w.startswith(("diagnos", "confirm")) for w in low[max(0, s - 4):s - 1]) and any(
            w.startswith("diagnos") for w in view.sentence_words(s)):
        return None   # `the diagnosis was confirmed by electromyography`: how ALS was diagnosed, no end point
    if label == "OUTCOME" and any(
            low[k] in ("model", "models") and low[k + 1] == "of" and (k + 2 == s or k + 4 == s and low[s - 1] in (
                "and", "or", ",") and low[k + 2].endswith(("tion", "sis", "ity", "ence", "ance", "age", "ment")))
            for k in range(max(0, s - 4), s - 1)):
        return None   # `models of neurodegeneration and neuroinflammation`: what a model models, no end point
    if label == "OUTCOME" and s > 1 and low[s - 2] == "to" and low[s - 1] in INSULT_MAKERS \
            and (s < 3 or low[s - 3] not in ("failed", "fail", "fails", "able", "unable", "not")) \
            and any(w in SET_UP_HARMS for w in low[s:e]):
        # (helper BI, s21) `exposed to H2O2 to induce oxidative stress`, `activated with LPS to model
        # neuroinflammation`: the harm the experimenters set up, no end point (not what a treatment failed
        # to induce: `the cells failed to induce apoptosis`)
        return None
    if label == "OUTCOME" and any(
            low[k] in ("model", "models") and low[k + 1] in ("of", "for") and k + 2 < s
            and all(w in P.MODELLED_MODS or P.ADJECTIVE.match(w) for w in low[k + 2:s])
            or low[k] in ("model", "models") and low[k + 1] == "for" and k + 2 == s
            for k in range(max(0, s - 5), s - 1)):
        # (helper AM, s20) `the model for excitotoxicity`, `models of both retinal degeneration and ALS`, `two
        # models of spinal neurodegeneration`, `a rat model of chronic intraocular pressure elevation`: what the
        # model models, however its name is qualified (not `a model of ALS delays onset of paralysis`)
        return None
    if label == "OUTCOME" and (
            P.CONSTRUCT_WORDS.intersection(low[s:e]) or e < len(low) and low[e] == "of"
            and P.CONSTRUCT_WORDS.intersection(low[e + 1:e + 4])
            or "therapeutic" in low[s:e] and low[e - 1] in ("protein", "proteins", "gene", "genes")):
        # (helper AM, s20) `stable expression of small-hairpin RNA`, `beta-galactosidase activity`, `neuronal expression
        # of a transgene`, `long-term expression of therapeutic proteins`: the delivered construct or its reporter
        # is the intervention, no end point
        return None
    if label == "OUTCOME" and (procedure_named(low, s, e) or vague_amount(low, s, e)):
        return None
    if cid == "outcome:other" and administered_cell_number(low, s, e):
        return None   # (helper DH, s24) `transplanted cell numbers were 2.5 x 10^8`: the dose given, no end point
    if label == "OUTCOME" and s > 2 and low[s - 1] == "of" and low[s - 2] in P.PLACE_NOUNS and (
            low[s - 3] in P.PLACE_PREPOSITIONS or s > 3 and low[s - 3] == "the" and low[s - 4] in P.PLACE_PREPOSITIONS):
        return None   # `homed to sites of inflammation`, `in areas of demyelination`: where cells went
    if label == "ROUTE" and low[s] in ("in", "to") and not any(
            low[j].startswith(P.GIVING_STEMS) and all(w.endswith("ly") for w in low[j + 1:s])
            for j in range(max(0, s - 3), s)) and not _given_noun_of(low, s):
        # `motor neurons in the lumbar cord`, `grafted cells in ischemic brain`: a place, where no giving
        # puts cells there (`were injected bilaterally in the striatum`, `transplantation in intact spinal cord`)
        return None
    if label == "ROUTE" and low[s] in ("in", "to", "into") and s > 0 and (
            low[s - 1].startswith(P.GIVING_STEMS) and low[s - 1].endswith(("ion", "ions", "ery", "eries"))) and any(
            w.startswith(("challeng", "difficult", "hurdle", "obstacle", "barrier", "limitation", "problem"))
            for w in view.sentence_words(s)):
        return None   # `delivery to the spinal cord remains a challenge`: a problem stated, nothing given there
    if label == "OUTCOME" and s > 0 and low[s - 1] in ("from", "against") and any(
            w.startswith(("protect", "rescu", "shield", "spar")) for w in low[max(0, s - 7):s - 1]) \
            and cid not in P.PROTECTED_FROM_END_POINTS and low[s] not in P.END_POINT_SITES:
        # ((helper CN, s22) a site word opening the name, `against dopaminergic cell death`, names a harm's place)
        # `protected motor neurons from glutamate excitotoxicity`: the insult, not the end point (but `protected
        # mice from loss of motor neurons`: the harm prevented is the end point)
        return None
    if cid == "outcome:other" and P.is_appraisal(low[s:e] + (low[e:e + 4] if low[e - 1] == "quality" and e < len(low)
                                                              and low[e] == "of" else [])):
        return None   # `study quality`, `Newcastle-Ottawa Scale`, `GRADE assessment`: how a review rated studies;
        #               (helper U, s19) a bare `quality` read with what follows: `assessed the quality of the studies`
    if label == "DISEASE" and e - s == 1 and low[s] == "hypoxia" and not (
            s > 0 and low[s - 1] in ("neonatal", "perinatal", "cerebral", "fetal", "foetal", "birth", "intrauterine")
            or e < len(doc) and low[e].lstrip("-/").startswith("isch")):
        return None   # `cultured under hypoxia`, `preconditioned with 1% hypoxia`: a culture condition
    if label == "DISEASE" and e < len(doc) and low[e] == "necrosis":
        return None   # `tumor necrosis factor-α`: a cytokine
    if s > 0 and low[s - 1] == "under" and label in ("OUTCOME", "DISEASE"):
        return None   # `cultured under hypoxia`, `viability under oxidative stress`: a condition
    if label == "ROUTE" and (any(low[j] in P.LOCATED_VERBS and not _reports_giving(low, j, s)
                                                 for j in range(max(0, s - 4), s)) or any(
            low[j] in P.INFILTRATION_NOUNS for j in range(max(0, s - 7), s))) and any(
            low[j] in ("in", "within", "throughout", "into") for j in range(max(0, s - 3), s + 1)):
        return None   # `MSCs were detected in the spinal cord parenchyma`: where cells went, not how
    if label == "ROUTE" and s > 0 and low[s - 1] in P.INTEGRATION_VERBS and low[s] in ("in", "into"):
        return None   # `the grafted cells integrated into the spinal cord gray matter`: where they went
    if cid == "outcome:disease_progression" and s > 1 and (low[s - 1] in ("from", "of") and low[s - 2] in (
            "died", "die", "dying", "death", "deaths") or (low[s - 1] == "to" and low[s - 2] in (
            "due", "attributed", "attributable", "owing")) or (s > 2 and low[s - 1] in ("natural", "the") and (
            low[s - 2] == "to" and low[s - 3] in ("due", "attributed", "attributable", "owing")))):
        return None   # `two patients died from disease progression`, `deaths were attributed to progression`: a cause
    if cid == "outcome:disease_progression" and _cause_named(low, s):
        return None   # (helper AF) `died for reasons not related to cell administration or to disease progression`
    if cid == "outcome:other" and P.LEVEL_WORDS & set(low[s:e]) and low[e:e + 1] == ["in"] and (
            P.FLUID_WORDS & set(low[e + 1:e + 4])):
        return (s, e, "outcome:biomarker")   # `SOD1 concentration in cerebrospinal fluid`: a fluid marker
    if cid == "outcome:survival" and e - s == 1 and e < len(doc) and low[e] in P.NOT_AN_END_POINT_AFTER:
        return None   # `survival factors`, `survival signaling`: what keeps cells alive, not an end point
    if cid == "outcome:survival" and e - s == 1 and low[e:e + 1] not in (["of"], ["and"]) and _cells_only(doc):
        # (`survival of ALS motor neurons`, `survival and growth of X`: whose survival, the sentence rules decide)
        return (s, e, "outcome:other")   # `survival was increased by 60% with GDNF` in a culture study: the cells'
        #                                  survival, no organism's (train gold: outcome:other)
    if label == "ROUTE" and (low[s].startswith("lumbar") and e - s == 2 or low[e - 1] in P.VESSELS):
        words = view.sentence_words(s)
        stems = P.SAMPLING_STEMS if low[s].startswith("lumbar") else P.VEIN_SAMPLING_STEMS
        if not any(w.startswith(P.GIVING_STEMS + ("given", "receiv")) for w in words) and any(
                w.startswith(stems + ("blood", "drawn")) for w in words):
            # `CSF was obtained by lumbar puncture`, `blood was drawn from a peripheral vein`: sampling
            return None
        after = []
        for w in low[e:e + 5]:
            if w in (",", ";", ".", "and", "but", "while", "whereas"):
                break
            after.append(w)
        if any(w.startswith(("collect", "obtain", "sampl", "withdr")) for w in after) and not any(
                w.startswith(P.GIVING_STEMS) for w in after):
            return None   # (helper DE, s23) `lumbar puncture was performed to collect CSF`: the sample's
        k = s - 1 if s > 0 and low[s - 1] not in ("the", "a", "each") else s - 2   # (helper CL, s22) `from the`
        if k > 0 and low[k] in ("by", "via", "through", "from") and low[k - 1].startswith(
                ("obtain", "collect", "sampl", "drawn", "withdr", "taken")):
            return None   # `CSF was collected by lumbar puncture after intravenous MSC infusion`: the sample's;
            #               `received intrathecal MSCs, and blood was drawn from the tail vein` (helper CL, s22)
    if label == "ROUTE" and low[e - 1] in P.ORGAN_VESSEL_WORDS and low[s] in P.ORGAN_VESSELS and not (
            s > 0 and low[s - 1] in ("into", "via", "through") or s > 1 and low[s - 1] == "the"
            and low[s - 2] in ("into", "via", "through")):
        # `through the hepatic artery`, `hepatic artery infusion`: a route where cells are given there;
        # `the hepatic artery was patent` is anatomy
        sent = _sentence(doc, s, view)
        if not any(t.lower_.startswith(P.GIVING_STEMS + ("given", "receiv")) for t in sent):
            return None
    if label == "ROUTE" and low[s] not in ("into", "via", "through") and low[e - 1] in P.SITE_HEADS:
        sent = _sentence(doc, s, view)
        words = [t.lower_ for t in sent]
        # (`grafted cells` names the cells; it gives nothing here)
        giving = [k for k, w in enumerate(words) if w.startswith(P.GIVING_STEMS + ("given", "receiv"))
                  and not (k + 1 < len(words) and (words[k + 1].endswith(("cells", "cell")) or sent[k + 1].text.isupper()))]
        if not giving and any(w.startswith(P.WHEREABOUTS_STEMS) for w in words):
            # `labelled cells were found in the spinal cord parenchyma`: where the cells went, no route
            return None
    if label == "ROUTE" and low[s] == "into" and any(
            low[j].startswith(P.WHEREABOUTS_STEMS) for j in range(max(0, s - 2), s)):
        # `only a few cells migrated into the lumbar spinal cord parenchyma`: where the cells went, no route
        return None
    if label == "ROUTE" and e - s == 1 and _head_after_adjectives(low, e) in P.NOT_A_ROUTE_AFTER - {"cell", "cells"}:
        return None   # (helper FE, s28) the same past adjectives: `systemic anti-inflammatory actions`, `an
        #               intramedullary glioproliferative lesion` (not `intravenous autologous cells`)
    if label == "ROUTE" and e - s == 1 and e < len(doc) and low[e] in P.NOT_A_ROUTE_AFTER and not (
            low[e] in ("cell", "cells") and e + 1 < len(doc) and low[e + 1].startswith(P.GIVING_STEMS + ("therap",))):
        # `subcutaneous fat`, `systemic blood flow`, `parenchymal cells`, `intravenous access`, `oral intake`,
        # `intrathecal IgG synthesis`: anatomy, equipment or a body function, not a route (`intrathecal cell
        # injection`, `intravenous cell therapy` is a giving)
        return None
    if label == "ROUTE" and e - s == 1 and e < len(doc) and low[e] in P.NATIVE_CELLS_AFTER_ROUTE and not any(
            w.startswith(P.GIVING_STEMS + ("therap",)) for w in low[e + 1:e + 4]):
        return None   # (helper GF, s29) `intramuscular Schwann cells`: where native cells live (`intraspinal motor
        #               neuron grafts` is a giving)
    if cid == "outcome:disease_progression" and e - s == 1 and low[s] == "progression" and e + 1 < len(low) \
            and low[e] in ("to", "through", "into", "across") and any(
            w.startswith(("king", "mitos", "milano")) for w in low[e + 1:e + 3]):
        return None   # (helper CH) `progression to King's stage 4`: the staging system named next is the end point
    if label == "ROUTE" and e - s == 1 and _effect_after_adjectives(low, e):
        # (helper FH, s28) `systemic anti-inflammatory actions`, `systemic neuroprotective effects`: what the cells do
        # throughout the body, as `systemic effects` is; the train gold marks `systemic` only before a giving
        return None
    if label == "ROUTE" and e - s == 1 and e + 2 < len(doc) and low[e] in ("and", "or") and (
            low[e + 1] in P.BODY_REGION_ADJ or low[e + 2] in P.NOT_A_ROUTE_AFTER and low[e + 2] not in ("cells", "cell")):
        # (helper CL, s22) a route adjective coordinated with a body region's or before a non-route head: `oral
        # and pharyngeal muscles`, `oral and written communication`, `intramuscular and subcutaneous fat`
        return None
    if cid in ("outcome:disease_onset", "outcome:disease_progression") and _covariate(low, s, e):
        return None
    if label == "OUTCOME" and (_medical_history(doc, view, s) or cid == "outcome:respiratory_function"
                                                and _entry_threshold(low, e)):
        return None   # (helper S, s19) `no history of noninvasive respiratory support and tracheostomy`, `a percent
        #               forced vital capacity greater than 60%`: who could enter a trial, no end point
    if cid == "outcome:safety" and s > 1 and low[s - 2:s] == ["criteria", "for"] \
            and all(w[:1].isupper() for w in view.texts[s:e] if w[:1].isalpha()):
        return None   # (helper BF, s21) `graded by the Common Terminology Criteria for Adverse Events`: the name of
        #               a grading standard, no end point
    if label == "OUTCOME" and e - s == 2 and low[e - 1] in ("scale", "scales") \
            and SCALE_SIZE.match(low[s]):
        return None   # (helper S, s19) `rated on a 100-unit scale`, `a 5-point scale`: the rating's range, no end point
    if label == "OUTCOME" and _matching_covariate(doc, view, s):
        return None   # (helper S, s19) `matched for covariates: age, ..., noninvasive ventilation, and all-cause
        #               hospitalisation`: what the compared patients were matched on, no end point
    if cid == "outcome:disease_progression" and "duration" not in low[s:e] and not any(
            w.startswith(P.OWN_PROGRESSION_MEASURES) for w in low[s:e]):
        # (its own name: `low`, the words, is read by the checks below)
        sent_text = _sentence(doc, s, view).text.lower()
        # (helper CH) `ΔFS` (delta functional score) is the ALSFRS-R's points lost per month since onset
        if "alsfrs" in sent_text or "als functional rating" in sent_text or "lateral sclerosis functional rating" \
                in sent_text or re.search(r"(?:δ|delta[ -]?)fs\b", sent_text):
            return (s, e, "outcome:alsfrs_r")   # SPEC: progression tied to the named scale is the scale's
    if label == "CELL_TYPE" and _in_myelin_antigen(low, s, e) or \
            label == "OUTCOME" and _in_myelin_antigen(low, s, e, immunizing=True):
        return None   # `myelin oligodendrocyte glycoprotein`, `myelin basic protein-specific T cells`: the antigen
    if label == "CELL_TYPE" and cid != "cell:other" and _name_follows(
            low, e, P.NOT_A_CELL_BEFORE_NAME):
        return None   # (helper CA, s22) `oligodendrocyte lineage transcription factor 2`, `T cell receptor`: a protein
    if label == "CELL_TYPE" and cid not in P.MSC_FAMILY and cid != "cell:msc_ev" and _name_follows(
            low, e, P.NOT_A_CELL_BEFORE_PRODUCT):
        return None   # (helper CK, s22) `hepatocyte growth factor-expressing`, `platelet lysates`: a product's name
    if label == "CELL_TYPE" and e < len(doc) and low[e] in P.NOT_A_CELL_AFTER and not (
            low[e] == "line" and low[e - 1] in ("cell", "cells") and cid in P.GRAFTED_CELL_LINES
            and not (e + 1 < len(doc) and low[e + 1].lstrip("-").startswith("derived"))):
        # (helper AF) `a human neural stem cell line`, `an MSC cell line` are grafts; `glial cell line derived ...`
        # is the factor, and a lymphoid or hematopoietic cell line is a laboratory model, no mention of its own
        return None   # `monocyte chemoattractant protein-1`
    if (cid == "cell:other" and e - s <= 2 and doc[s:e].text.lower() in ("stem cell", "stem-cell")
            and e < len(doc) and (low[e].lstrip("-") in P.CELL_AS_MODIFIER
                                  or low[e] == "-" and e + 1 < len(doc) and low[e + 1] in P.CELL_AS_MODIFIER)):
        return None   # `stem cell therapy`: the therapy, not a named cell type
    if label == "ROUTE" and low[s] == "into" and _named_route_follows(low, e, cid):
        return None   # (helper CL, s22) `BMSCs were transplanted into the brains of rats via intraventricular
        #               injection`: the organ reached; the route is the one named after `via`
    if cid == "route:intracerebral" and low[s] == "into" and not _given_before(low, s, 6):
        return None   # `substitute new cells into the damaged brain`: a site only where cells are given
    if cid == "route:intraspinal" and low[s] == "into" and low[e - 1] == "cord" and not any(
            w.startswith("spinal") for w in low[s:e]) and (not _given_before(low, s, 6) or e < len(doc) and low[e] in (
            "blood", "tissue", "vein", "vessels")):
        return None   # `transplanted into the (injured) cord`: the spinal cord only where cells are given (not `into
        #               the cord blood bank`)
    if cid == "route:other" and low[s] == "into" and ("nerve" in low[s:e] or "nerves" in low[s:e]) \
            and not _given_before(low, s):
        return None   # (helper AE, s19) `axons grew into the distal nerve stump`: a site only where cells are given
    if cid == "route:other" and low[e - 1] in P.ORGAN_SITES and (
            not _given_before(low, s, 6) or e < len(low) and low[e] in ("via", "through", "by", "under")):
        return None   # `fibrosis spread into the lungs`, `MSCs homed to the liver`: a site only where cells are
        #               given; `into the kidney via the renal capsule`: the route is what follows
    if cid == "route:other" and low[s] == "into" and low[e - 1] in P.LESION_PLACES and not _given_before(low, s):
        return None   # `cells migrated into the lesion site`: a site only where cells are given
    if cid == "route:intraarterial" and low[s] in ("via", "into", "through") and any(
            w.startswith(("filament", "monofilament", "suture", "occlu", "ligat"))
            for w in _sentence(doc, s, view).text.lower().split()):
        return None   # (helper CE, s22) `a filament was inserted into the internal carotid artery via the external
        #               carotid artery`: the stroke model's surgery, no route of cells
    if cid == "route:intramuscular" and not P.MUSCLE_STATES.isdisjoint(low[s:e]) and not _given_before(low, s, 6):
        return None   # (helper CE, s22) `axons regrew into the denervated muscle`: a site only where cells are given
    if cid == "route:other" and low[s] == "locally" and e - s == 1 and not (
            s > 0 and (low[s - 1].startswith(P.GIVING_STEMS) or low[s - 1] in LOCAL_GIVING)
            or e < len(low) and (low[e].startswith(P.GIVING_STEMS) or low[e] in LOCAL_GIVING)):
        return None   # (helper CE, s22) `injected locally`, `locally administered`: a route only beside a giving
        #               verb (not `locally advanced`, `GDNF produced locally`)
    if cid == "route:other" and (low[s].startswith(("intralesion", "intra-lesion", "perilesion", "peri-lesion"))
                                 or low[s] == "into" and low[e - 1] in P.LESION_PLACES):
        # `injected intralesionally`: into the lesion of the cord or of the brain the study injures
        sent = _sentence(doc, s, view)
        words, text = sent.text.lower(), doc.text.lower()
        if "spinal" in words or not any(w in words for w in P.BRAIN_WORDS) and (
                "spinal cord" in text and not any(w in text for w in P.BRAIN_WORDS)
                or any(w in text for w in SPINAL_INJURY_STUDY)):
            # (helper CE, s22) also a cord injury study whose other sentences name brain parts (`BDA was
            # injected into the motor cortex`): the lesion of that sentence is the cord's
            return (s, e, "route:intraspinal")
        if any(w in words for w in P.BRAIN_WORDS) or any(w in text for w in P.BRAIN_WORDS) and "spinal" not in text:
            return (s, e, "route:intracerebral")
    if cid == "route:intracerebral" and low[s] == "into" and "boundary" in low[s:e] and P.BRAIN_STROKE_SITE.isdisjoint(
            low[s:e]):
        # (helper W, s19) `transplanted into the boundary zone of the injured site` in a cord injury study: the
        # cord's parenchyma (`into the ischemic boundary zone`, `peri-infarct`: the brain's)
        sent = _sentence(doc, s, view)
        words = set(t.lower_ for t in sent)
        text = doc.text.lower()
        if "spinal" in words or "sci" in words or ("spinal cord" in text and not any(w in text for w in P.BRAIN_WORDS)):
            return (s, e, "route:intraspinal")
    if cid == "route:intracerebral" and low[s].startswith(("stereota", "intraparenchym", "intra-parenchym")):
        sent = _sentence(doc, s, view)
        words = sent.text.lower()
        after = doc[e:sent.end].text.lower()
        brain_at = min((after.find(w) for w in P.BRAIN_WORDS + ("cerebell",) if w in after), default=-1)
        cord_at = min((after.find(w) for w in ("spinal", "horn") if w in after), default=-1)
        if brain_at >= 0 and (cord_at < 0 or brain_at < cord_at):
            return (s, e, cid)   # `stereotaxic injection ... to the deep cerebellar nuclei, ... spinal cord connections`
        dtext = doc.text.lower()
        if "spinal" in words or "horn" in words or not any(w in words for w in P.BRAIN_WORDS) and (
                # (helper DE, s23) also a document whose only site is the cord's (`Intraspinal NSC grafts ...`)
                ("spinal cord" in dtext or "intraspinal" in dtext) and not any(w in dtext for w in P.BRAIN_WORDS)):
            return (s, e, "route:intraspinal")   # (a document about the cord that names no brain site)
    return (s, e, cid)


MN_WORDS = frozenset({"motoneuron", "motoneurons", "mn", "mns", "motor-neuron", "motor-neurons"})
TOXIC_TO = frozenset({"to", "toward", "towards", "on", "against"})


# (helper N, s18) glia named as the actor of a verb that acts on something else (`activated microglia promoted X`)
ACTING_GLIA = {"microglia": "cell:microglia", "astrocytes": "cell:astrocyte", "astrocyte": "cell:astrocyte"}
ACTING_VERBS = frozenset({"induce", "induces", "induced", "promote", "promotes", "promoted", "stimulate", "stimulates",
                          "stimulated", "produce", "produces", "produced", "release", "releases", "released", "secrete",
                          "secretes", "secreted", "trigger", "triggers", "triggered", "instruct", "instructs", "kill",
                          "kills", "killed", "drive", "drives", "drove"})


def _toxic_to_neurons(low: list[str], s: int, e: int) -> str | None:
    """`motor neuron toxicity` or `toxicity (of X) to motor neurons`: motor neurons' survival; `toxicity to
    neurons`: neurons' (outcome:other); else None."""
    if s >= 1 and low[s - 1] in MN_WORDS or s >= 2 and low[s - 2] == "motor" and low[s - 1] in ("neuron", "neurons"):
        return "outcome:motor_neuron_survival"
    for k in range(e, min(len(low), e + 5)):
        if low[k] in (".", ";"):
            return None
        if low[k] in TOXIC_TO:
            after = low[k + 1:k + 6]
            while after and after[0] in ("the", "cultured", "primary", "spinal", "cortical", "human", "healthy"):
                after = after[1:]   # (`toxicity toward cultured spinal motor neurons`)
            if after and (after[0] in MN_WORDS or after[0] == "motor" and after[1:2] and after[1].startswith("neuron")):
                return "outcome:motor_neuron_survival"
            if after and after[0] in ("neurons", "neuronal"):
                return "outcome:other"
            return None
    return None


# (helper CL, s22) route words that may follow `via`/`through`/`by` after an organ the cells were put into, and
# the route each names
NAMED_ROUTE_LEADS = (("intrathec", "route:intrathecal"), ("lumbar", "route:intrathecal"), ("i.t.", "route:intrathecal"),
                     ("intraventric", "route:intracerebroventricular"),
                     ("intracerebroventric", "route:intracerebroventricular"),
                     ("i.c.v", "route:intracerebroventricular"), ("icv", "route:intracerebroventricular"),
                     ("intraven", "route:intravenous"), ("tail", "route:intravenous"), ("i.v.", "route:intravenous"),
                     ("intraspinal", "route:intraspinal"), ("intra-arterial", "route:intraarterial"),
                     ("intraarterial", "route:intraarterial"), ("intracisternal", "route:intracisternal"))


def _named_route_follows(low: list[str], e: int, cid: str) -> bool:
    """(helper CL, s22) After `into the <organ> (of <animals>)`, `via`/`through`/`by` names another route:
    `into the brains of HIBD rats via intraventricular injection` (not `into the subarachnoid space by lumbar
    puncture`: the same route twice)."""
    k = e
    if k < len(low) and low[k] == "of":   # `of HIBD rats`, `of the mice`
        k += 1
        while k < len(low) and k - e <= 4 and low[k] not in ("via", "through", "by", ",", ".", ";", "and"):
            k += 1
    if k >= len(low) or low[k] not in ("via", "through", "by"):
        return False
    k += 1
    while k < len(low) and low[k] in ("the", "a", "an", "single", "bilateral", "unilateral"):
        k += 1
    if k >= len(low):
        return False
    named = next((c for lead, c in NAMED_ROUTE_LEADS if low[k].startswith(lead)), None)
    if named is None and low[k] in ("it", "iv"):
        named = "route:intrathecal" if low[k] == "it" else "route:intravenous"
    return named is not None and named != cid
