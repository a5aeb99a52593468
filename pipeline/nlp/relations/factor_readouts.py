"""Gates on a factor named as something measured, not as an agent: a level or tissue read-out (`CSF levels
of VEGF`, `BDNF mRNA`), an object of a verb of measuring, one item of a list of markers, a gene variant,
what an effect was measured on. A factor measured changed beside the end point; it did not change it.
Read by `factor_roles`, `gates._gated` and `overrides`.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import FACTOR_HASH
from pipeline.nlp.relations.features import Candidate


# (helper T, s19) the words by which a factor's gene is given (`GDNF gene transfer / therapy / delivery`)
GENE_GIVING = ("transfer", "therap", "deliver", "transduc", "transfect")


def _readout_measured(c: Candidate, before_form: bool = False) -> bool:
    """The factor is named as a tissue read-out (`VEGF expression`, `BDNF mRNA`, `GDNF immunoreactivity`)
    and its clause holds no word of change, only of measuring (`were assessed`) or none: the factor was
    looked at beside the outcome, it did not act on it (`GDNF expression in muscle delayed onset` acts)."""
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    # ... or before it (`expression of BDNF was measured`, `Effect of MSCs on motor function and expression of VEGF`)
    before = before_form and f0 >= 2 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] in READOUT_NOUNS
    if not before and (f1 >= len(c.toks) or c.toks[f1] not in READOUT_NOUNS):
        return False
    if not before and c.toks[f1] == "gene" and f1 + 1 < len(c.toks) and c.toks[f1 + 1].startswith(GENE_GIVING):
        return False   # (helper T, s19) `GDNF gene transfer protected nigral neurons`: the factor given as a gene
    skip = set(range(f0, f1)) | set(range(c.obj.start - c.seg.start, c.obj.end - c.seg.start))
    return _only_measuring(c, skip, READOUT_NOUNS)


def _only_measuring(c: Candidate, skip: set[int], ignore: frozenset[str] = frozenset()) -> bool:
    """The candidate's scope, outside the token positions in `skip` and the words in `ignore`, holds no
    negation and no word of change (`reduced`, `improved`): it only measures, or says nothing."""
    for k in range(c.scope[0], c.scope[1]):
        t = c.toks[k]
        if k in skip or t in ignore:
            continue
        if t in cues.NEGATORS:
            return False
        found = cues.cue_kind(t, False)
        if found is not None and found[0] != "unclear":
            return False
    return True


POSSESSIVE_ANAPHORS = frozenset({"their", "its"})


def _anaphoric_level(toks: list[str]) -> bool:
    """The sentence points back at the factors named before only as their measured level (`HGF and IGF-1 are
    neurotrophic. Whether their circulating levels relate to the course of the disease is unknown`, `its
    serum concentration`): a read-out beside the end point, not an agent that changed it."""
    for k, t in enumerate(toks):
        if t in POSSESSIVE_ANAPHORS and any(
                w in P.LEVEL_WORDS or w in P.FLUID_WORDS for w in toks[k + 1:k + 4]):
            return True
    return False


LIST_SEPARATORS = frozenset({",", "and", "or", ";"})
LIST_OPENERS = frozenset({"e.g.", "e.g", "eg", "eg.", "i.e.", "i.e", "ie", "such", "as", "including", "namely", "like",
                          "incl."})


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
    if f0 >= 2 and toks[f0 - 1] == "(" and f1 < len(toks) and toks[f1] == ")":
        # the short form after a long form named as the level (`serum levels of brain-derived neurotrophic
        # factor (BDNF)`): the long form's words back to `levels of` or a fluid word
        for j in range(f0 - 2, max(-1, f0 - 9), -1):
            if toks[j] in P.FLUID_WORDS or (toks[j] == "of" and j >= 1 and toks[j - 1] in P.LEVEL_WORDS):
                return True
            if not toks[j][:1].isalnum():
                break
    if f1 < len(toks) and (toks[f1] in P.LEVEL_WORDS or toks[f1] in LEVEL_GROUPS):
        return True   # `VEGF levels`; `patients in the lowest VEGF tertile`: a group by the factor's level
    if f1 + 1 < len(toks) and toks[f1] in P.FLUID_WORDS and toks[f1 + 1] in P.LEVEL_WORDS:
        return True   # `BDNF serum levels`, `VEGF CSF concentrations`
    if f1 + 1 < len(toks) and toks[f1] in READOUT_NOUNS and toks[f1 + 1] in P.LEVEL_WORDS:
        return True   # `VEGF mRNA levels`, `BDNF protein concentrations`
    if _listed_before_level(toks, f1) or _in_fluid_after(toks, f1):
        return True
    # `VEGF, HGF and LIF increased after each treatment`, `BDNF was elevated in the CSF`: the factor's own
    # change, said with no object (not `BDNF increased motor neuron survival`)
    k = f1
    while k + 1 < len(toks) and toks[k] in (",", "and", "or") and toks[k + 1][:1].isalnum() and k - f1 < 8:
        k += 2
    while k < len(toks) and (toks[k] in READOUT_NOUNS or toks[k] in MADE_NOUNS):
        k += 1    # `GDNF expression increased in the spinal cord`, `BDNF mRNA was upregulated`
    k0 = k
    while k < len(toks) and toks[k] in ("was", "were", "also", "significantly", "markedly", "further", "all"):
        k += 1
    if k + 1 <= len(toks) and k < len(toks) and toks[k].startswith(LEVEL_CHANGES) and (
            k + 1 == len(toks) or toks[k + 1] in NO_OBJECT_AFTER):
        return True
    # (helper DA, s23) `GDNF expression was higher in treated mice`, `their VEGF secretion was confirmed, and motor
    # performance improved`, `BDNF was detected in the grafts`: a copula and a comparative or a word of finding,
    # with no object after it, name the factor's own level or presence (not `GDNF was more effective than BDNF`,
    # `GDNF was shown to protect`: an object or an infinitive follows)
    if k0 < k < len(toks) and (toks[k] in LEVEL_COMPARATIVES or FOUND_WORDS.fullmatch(toks[k])) and (
            k + 1 == len(toks) or toks[k + 1] in NO_OBJECT_AFTER and toks[k + 1] != "to"):
        return True
    # `MSC treatment increased spinal BDNF and reduced motor neuron loss`, `showed increased BDNF, reduced
    # astrogliosis`: the factor is what a change verb changed, reported beside the outcome (not `..., which
    # promoted motor neuron survival`: a stated cause)
    j = f0 - 1
    if f0 >= 2 and toks[f0 - 1] == "(" and f1 < len(toks) and toks[f1] == ")":
        # (helper BE, s21) the short form after its long form (`a higher expression of vascular endothelial growth
        # factor (VEGF)`): what stands before the long form
        j = next((k for k in range(f0 - 2, max(-1, f0 - 9), -1) if not toks[k][:1].isalnum() or toks[k] == "of"), j)
    while j > 0 and (toks[j] in ("spinal", "the", "of", "expression", "circulating", "endogenous", "muscle")
                     or toks[j] in P.FLUID_WORDS or toks[j] in P.LEVEL_WORDS):
        j -= 1
    # (`Riluzole upregulated GDNF expression in cultured astrocytes and prolonged survival`, `Exercise increased
    # circulating BDNF levels and improved quality of life`: the factor's read-out word and a short place
    # after it are still the changed thing)
    a = f1
    if a < len(toks) and toks[a] == ")":
        a += 1   # (the short form's closing bracket)
    elif a + 2 < len(toks) and toks[a] == "(" and toks[a + 2] == ")":
        a += 3   # (the long form's short form: `... factor (VEGF).`)
    while a < len(toks) and (toks[a] in READOUT_NOUNS or toks[a] in P.LEVEL_WORDS):
        a += 1
    a = _past_amount(toks, a)
    if a < len(toks) and toks[a] in ("in", "within"):
        b = next((k for k in range(a + 1, min(len(toks), a + 6)) if toks[k] in (",", "and", ";", ".")), None)
        if b is not None and toks[b] in (",", "and") and not any(
                t in CAUSAL_LINKS or cues.cue_kind(t, False) for t in toks[a + 1:b]):
            a = b
    after = toks[a:a + 8]
    # (helper BE, s21) `showed higher expression of GDNF and reduced motor neuron loss`, `an increase in collagen
    # content and a higher expression of VEGF.`: a comparative names the level too, and the last item of a list
    # of results ends the sentence (not `was enhanced by increased GDNF.`: no list item)
    last_item = bool(after) and after[0] in (".", ";") and j >= 1 and toks[j - 1] in ("a", "an", ",", "and")
    # (`Treatment with VEGF increased VEGF expression and delayed onset`: the factor given is the agent)
    # ((helper DA, s23) or a verb of finding with the factor placed after it: `Immunostaining revealed GDNF in the
    # grafts and reduced astrogliosis`, `We detected BDNF in the transplants and fewer activated microglia`: the
    # factor found where it was made, beside the result)
    found = j >= 0 and FINDING_VERBS.fullmatch(toks[j]) is not None and a > f1 + 1 and toks[f1] in ("in", "within")
    return j >= 0 and (toks[j].startswith(LEVEL_CHANGES + ("enhanc", "restor", "boost", "rais", "induc", "lower"))
                       or toks[j] in LEVEL_COMPARATIVES or found) and \
        bool(after) and (after[0] in (",", "and") or last_item) and CAUSAL_LINKS.isdisjoint(after) and \
        set(toks[f0:f1]).isdisjoint(toks[max(0, j - 6):j])


# (helper FO, s29) the size of a change said right after the changed factor (`lowered spinal IGF-1 protein by 70%`,
# `reduced GDNF mRNA by half`, `raised BDNF 3-fold`): part of naming the read-out, not a new clause
AMOUNT = re.compile(r"[\d.,]+(?:-fold)?|%|percent|fold|half|a|one|third|quarter|two-thirds|approximately|about|nearly")


def _past_amount(toks: list[str], a: int) -> int:
    """The index after an amount phrase (`by 70 %`, `by half`, `3-fold`) that starts at toks[a], else a."""
    k = a + 1 if a < len(toks) and toks[a] == "by" else a
    e = k
    while e < len(toks) and e - k < 4 and AMOUNT.fullmatch(toks[e]):
        e += 1
    return e if e > k and (k > a or toks[a].endswith("fold")) else a


def _bracketed_level(toks: list[str], f0: int, f1: int) -> bool:
    """(helper FM, s28) The factor at toks[f0:f1] is named as a measured level in a bracketed form `_measured_level`
    leaves to the scorer: a level word after the short form (`vascular endothelial growth factor (VEGF) level`), or the
    bracketed members of a class named as the level (`the concentration of two neurotrophins (NGF, VEGF)`). Read
    after scoring, so the scorer still learns from these pairs."""
    a = f1
    if a < len(toks) and toks[a] == ")" and f0 >= 1 and toks[f0 - 1] == "(":
        a += 1   # the short form's level ...
    elif a + 2 < len(toks) and toks[a] == "(" and toks[a + 2] == ")":
        a += 3   # ... and the long form's
    if a > f1 and a < len(toks) and toks[a] in P.LEVEL_WORDS:
        return True
    k = f0
    while k > 1 and toks[k - 1] in (",", "and", "or") and toks[k - 2][:1].isalnum():
        k -= 2    # back over the bracketed list
    while k > 0 and toks[k - 1] in COUNT_WORDS:
        k -= 1    # `the concentration of two neurotrophins`
    if k >= 2 and toks[k - 1] == "of" and toks[k - 2] in P.LEVEL_WORDS and k < f0:
        return True
    if not (k >= 2 and toks[k - 1] == "(" and _bracket_closes(toks, f1)):
        return False
    for j in range(k - 2, max(-1, k - 9), -1):
        if toks[j] in P.FLUID_WORDS or (toks[j] == "of" and j >= 1 and toks[j - 1] in P.LEVEL_WORDS):
            return True
        if not toks[j][:1].isalnum():
            break
    return False


# (helper FM, s28) counts before a class of factors named as a level (`the levels of two neurotrophins`)
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "several", "both", "all", "these", "the"})


def _bracket_closes(toks: list[str], f1: int) -> bool:
    """(helper FM, s28) A bracket opened before the factor closes after it with only other names and list words
    between (`(NGF, VEGF)`, `(BDNF)`)."""
    for k in range(f1, min(len(toks), f1 + 8)):
        if toks[k] == ")":
            return True
        if toks[k] not in LIST_SEPARATORS and not toks[k][:1].isalnum():
            return False
    return False


# lower-case words that may stand inside a listed factor's or marker's name (`brain-derived neurotrophic factor`)
NAME_WORDS = frozenset({"factor", "factors", "growth", "neurotrophic", "derived", "brain-derived", "nerve", "alpha",
                        "beta", "gamma"})
# short words that end such a list of names
LIST_STOPS = frozenset({"in", "with", "of", "was", "were", "is", "are", "be", "the", "a", "an", "to", "by", "that",
                        "which", "had", "has", "have", "than", "at", "on", "for", "from", "as", "but", "not", "no",
                        "both", "its", "their", "after", "into", "via", "could", "may", "can", "did", "does"})


def _listed_before_level(toks: list[str], f1: int) -> bool:
    """The factor is one item of a list that ends in a level word (`higher bFGF, VEGF, MIP-1 levels`,
    `GDNF and VEGF concentrations were higher`): each listed factor is named as a measured level."""
    if f1 >= len(toks) or toks[f1] not in (",", "and", "or"):
        return False
    for k in range(f1, min(len(toks), f1 + 12)):
        t = toks[k]
        if t in P.LEVEL_WORDS:
            return k > f1 + 1
        if t in (",", "and", "or", "?", "-", "/") or t in NAME_WORDS or (
                t not in LIST_STOPS and (len(t) <= 6 or not t.isalpha())):
            continue   # separators and short names (`il-8`, `mcp-1`, `tnf`, `nerve growth factor`)
        return False
    return False


def _in_fluid_after(toks: list[str], f1: int) -> bool:
    """The factor is placed in a body fluid (`higher levels of bFGF in CSF`, `VEGF in CSF and serum`, `BDNF in
    the serum of patients`): a measured level, not an agent."""
    k = f1
    if k < len(toks) and toks[k] == "in":
        k += 1
        while k < len(toks) and toks[k] in ("the", "both", "their", "patients'"):
            k += 1
        return k < len(toks) and toks[k] in P.FLUID_WORDS and toks[k] not in ("biomarker", "biomarkers")
    return False


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


def _factor_variant(toks: list[str], f1: int, f0: int) -> bool:
    """The factor at toks[f0:f1] names a gene variant: a variant word follows within three words ((helper DA, s23)
    or stands just before it: `the rs6265 SNP in the BDNF gene`, `polymorphisms of the VEGF gene`)."""
    if f0 >= 2 and f1 < len(toks) and toks[f1] in ("gene", "genes", "locus", "promoter"):
        j = f0 - 1
        while j >= 0 and toks[j] in ("the", "human"):
            j -= 1
        if j >= 1 and toks[j] in ("in", "of", "within") and VARIANT_WORDS.fullmatch(toks[j - 1]):
            return True
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
# (helper DA, s23) nouns that name a factor as what was made, after it (`their GDNF release`, `VEGF production`)
MADE_NOUNS = frozenset({"secretion", "release", "production", "synthesis"})
# (helper DA, s23) words of finding after a copula (`BDNF was detected in the grafts`, `their VEGF secretion was
# confirmed`) and verbs of finding before the factor (`Immunostaining revealed GDNF in the grafts`)
FOUND_WORDS = re.compile(r"detected|detectable|confirmed|observed|found|seen|present|evident|maintained|sustained|"
                         r"preserved|visuali[sz]ed|localized|localised|measurable")
FINDING_VERBS = re.compile(r"revealed|detected|showed|demonstrated|confirmed|found|visuali[sz]ed|localized|localised")
# (helper BE, s21) comparatives that name a factor's level as a result (`higher expression of GDNF`)
LEVEL_COMPARATIVES = frozenset({"higher", "greater", "lower", "more", "less"})
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
    # (helper DO, s25) not the word that opens the list (`trophic factors (e.g., BDNF, GDNF and VEGF)`)
    items = [it for it in items if it and not all(toks[i] in LIST_OPENERS for i in it)]
    return len(items) >= 3 and any(all(etypes[i] != FACTOR_HASH for i in it) for it in items)


# (helper AD, s19) a factor named as what a sentence measured (`The expression of HGF was measured by western
# blots.`): a read-out of its own sentence, no agent for the next sentence's read-outs
MEASURED_FACTOR = re.compile(r"\b(?:expression|levels?|concentrations?|amounts?|secretion|release|production|mrna|"
                             r"protein)\b[^.;]{0,60}\b(?:was|were)\s+(?:\w+ly\s+)?(?:measured|assessed|determined|"
                             r"detected|evaluated|quantified|analy[sz]ed|examined|estimated|tested)\b")


# (helper GB, s29) the same in the active voice, the factor the verb's object (`we measured BDNF and VEGF by ELISA in
# CSF`); not a question of the factor's effect (`we examined whether BDNF ...`, `we assessed the effect of GDNF`)
MEASURED_FACTOR_ACTIVE = re.compile(r"\bwe\s+(?:\w+ly\s+)?(?:measured|assessed|determined|quantified|analy[sz]ed|"
                                    r"evaluated|examined)\s+(?!(?:the\s+)?(?:effects?|impact|influence|role|"
                                    r"whether|if|how)\b)[^.;]{0,100}")


def _factor_measured_before(c: Candidate) -> bool:
    """The factor's own sentence only measures it (`The expression of HGF was measured by immunofluorescence.`,
    `We measured BDNF by ELISA in CSF samples.`) and the outcome's clause only measures too (`The expression of
    p-ERK and Bcl-2 was measured.`, `Progression rate was calculated from the ALSFRS-R`): two read-outs of a
    methods section, not a factor acting across sentences."""
    sent = c.subj.sent
    text = sent.text.lower()
    a = c.subj.start_char - sent.start_char
    m = MEASURED_FACTOR.search(text)
    if m is None or not (m.start() <= a <= m.end() + 2):
        # the active voice only where a body fluid is what was measured in (a biomarker study: `in CSF samples`), not
        # a culture's own engineered factor (`we evaluated NGF expression in the medium of transduced MSCs`)
        m = MEASURED_FACTOR_ACTIVE.search(text)
        if m is None or not (m.start() <= a <= m.end() + 2) or not P.FLUID_WORDS.intersection(re.findall(r"\w+", text)):
            return False
    return _only_measuring(c, set(range(c.obj.start - c.seg.start, c.obj.end - c.seg.start)))


# (helper DA, s23) what names the factor as a read-out after it (the plurals too: `neurotrophin genes expressions`)
READOUT_AFTER = READOUT_NOUNS | P.LEVEL_WORDS | frozenset({"genes", "expressions", "mrnas", "proteins",
                                                          "transcript", "immunostaining", "immunoreactivities"})
CELL_AGENT_WORD = re.compile(r"(?:[\w-]*-)?(?:cm|[a-z]*mscs?|[a-z]*scs?|cells?|exosomes?|evs?|secretomes?|grafts?)")
EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "impacts", "influence", "influences"})


def _effect_on_readout(c: Candidate) -> bool:
    """(helper DA, s23) `the neuroprotective effect of ASC-CM on neurotrophin genes expressions and cell density`,
    `the effects of MSCs on BDNF expression and motor function`: the factor is what the effect was measured on,
    a read-out beside the end point (not `the effect of BDNF on motor neuron survival`: the factor's effect)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    if f1 >= len(toks) or toks[f1] not in READOUT_AFTER:
        return False
    j = f0 - 1
    while j >= 0 and toks[j] in ("the", "spinal", "cerebral", "serum", "csf", "plasma", "endogenous"):
        j -= 1
    if j < 0 or toks[j] != "on":
        return False
    for k in range(j - 1, max(-1, j - 14), -1):
        if toks[k] in (";", ".", "which", "that", "on"):
            return False
        if toks[k] == "of" and k >= 1 and toks[k - 1] in EFFECT_NOUNS:
            # (the effect's agent between `of` and `on`: the cells or their product, no factor)
            # (or a cell word the entities missed: `ASC-CM`, `MSC transplantation`)
            agents = list(c.view.ents_in(c.seg.start + k + 1, c.seg.start + j))
            return (any(e.label_ == "CELL_TYPE" for e in agents) or any(
                CELL_AGENT_WORD.fullmatch(t) for t in toks[k + 1:j])) and not any(
                e.label_ == "NEUROTROPHIC_FACTOR" for e in agents)
    return False


# (helper AE, s19) what a factor's measured amount is called (`the expression levels of BDNF`)
READ_OUT_HEADS = frozenset({"level", "levels", "expression", "expressions", "concentration", "concentrations", "amount",
                            "amounts", "secretion", "production", "release", "content"})


def _read_out_factor(toks: list[str], f0: int) -> bool:
    """(helper AE, s19) `the expression levels of neurotrophic factors increased significantly in d-MSCs`: the
    factor is named as a measured amount, so the increase is in its amount, in the cells named after it;
    the factor acts on nothing."""
    return f0 >= 2 and toks[f0 - 1] == "of" and toks[f0 - 2] in READ_OUT_HEADS


# what may stand between the items of one list of read-outs (`markers of apoptosis (Bax and Bim), inflammation
# (IL-1β and IL-6, as well as IL-10 as an anti-inflammatory cytokine), trophic factors (BDNF, GDNF) ...`)
LISTED_WORDS = frozenset({",", ";", "and", "or", "(", ")", "the", "of", "as", "well", "a", "an", "also", "both",
                          "marker", "markers", "level", "levels", "expression", "expressions", "protein", "proteins",
                          "mrna", "gene", "genes", "cytokine", "cytokines", "anti-inflammatory", "pro-inflammatory",
                          "proinflammatory", "anti-apoptotic", "pro-apoptotic", "apoptotic", "inflammatory",
                          "concentration", "concentrations", "content"})


# the verbs of a methods sentence that lists its read-outs (`... were assessed`, `was measured by ELISA`)
LISTED_MEASURED = frozenset({"assessed", "measured", "evaluated", "analysed", "analyzed", "detected", "determined",
                             "examined", "quantified", "assayed"})


def _colisted(c: Candidate, view: TokenOffsets) -> bool:
    """The factor and the outcome are items of one list (only names and list words between them) in a
    clause that measures and says no change (`were assessed`): both are read-outs named side by side, the factor does
    not act on the outcome (not `adverse effects of NGF`: the outcome is the factor's)."""
    etypes = view.ent_type[c.seg.start:c.seg.end]
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    a, b = (f1, o0) if f1 <= o0 else (o1, f0)
    if b - a < 1 or not all(etypes[k] != 0 or c.toks[k] in LISTED_WORDS for k in range(a, b)):
        return False
    if b == f0 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] not in LISTED_WORDS:
        return False
    scope = c.toks[c.scope[0]:c.scope[1]]
    if LISTED_MEASURED.isdisjoint(scope):
        return False   # (`the effect of the cells on neurologic function and the expression of VEGF`: left to the weights)
    for t in scope:
        found = cues.cue_kind(t, False)
        if found is not None and found[0] != "unclear" or t in cues.NEGATORS:
            return False
    return True


# (helper FM, s28) words between an end point and a factor's read-out named after it that make the factor the cause
# of the end point (`survival was prolonged by expression of GDNF`, `improved after expression of VEGF`), so that the
# read-out is no mere co-result
CAUSE_BEFORE_READOUT = frozenset({"by", "via", "through", "mediated", "due", "owing", "after", "following", "upon",
                                  "because", "attributed", "attributable", "dependent", "depended", "required",
                                  "requires", "with", "from", "which", "that", "thereby", "leading", "resulting"})


def _readout_after_result(c: Candidate) -> bool:
    """(helper FM, s28) `Compound Z decreased tumour growth and expression of VEGF`, `... accompanied by induction of
    apoptosis and decreased expression of survivin and the angiogenic proteins VEGF and HGF`: the factor is named after
    the end point as the expression or level that changed beside it (the same agent's two results), not an agent of the
    end point; the end point may itself be the first item of the read-out (`expression of survivin and VEGF`). Not
    when a word of cause joins them (`prolonged by expression of GDNF`: _mediated_by_factor's)."""
    toks, doc = c.toks, c.subj.doc
    f0, o0, o1 = c.subj.start - c.seg.start, c.obj.start - c.seg.start, c.obj.end - c.seg.start
    if o1 > f0:
        return False
    # back over the factors listed before this one (`expression of BDNF, GDNF and VEGF`)
    k = f0
    while k >= 2 and toks[k - 1] in (",", "and", "or"):
        b = k - 1
        if b >= 3 and toks[b - 1] == ")" and toks[b - 3] == "(":
            b -= 3   # (a long form's short form: `vascular endothelial growth factor (VEGF) and HGF`)
        if doc[c.seg.start + b - 1].ent_type_ != "NEUROTROPHIC_FACTOR":
            break
        k = b
        while k >= 1 and doc[c.seg.start + k - 1].ent_type_ == "NEUROTROPHIC_FACTOR":
            k -= 1
    # the read-out head (`expression of`), reached back over plain words and list items (`the angiogenic proteins`,
    # `survivin and`), perhaps inside the end point's own words
    of = None
    for j in range(k - 1, max(0, k - 12), -1):
        if toks[j] == "of" and toks[j - 1] in READ_OUT_HEADS:
            of = j
            break
        if not (o0 <= j < o1 or toks[j] in LIST_SEPARATORS or toks[j].isalpha() and toks[j] not in CAUSE_BEFORE_READOUT
                and toks[j] not in COPULAS and doc[c.seg.start + j].ent_type_ in ("", "OUTCOME")):
            return False
    # (not the subject of a change: `expression of GDNF protected the remaining neurons`)
    f1 = c.subj.end - c.seg.start
    if of is None or any(cues.cue_kind(t, False) for t in toks[f1:f1 + 2]):
        return False
    if of - 1 < o1:   # the end point names the read-out's first item: the factor is listed after it
        return of - 1 >= o0 and any(t in (",", "and") for t in toks[o1:k])
    between = toks[o1:of - 1]
    if len(between) > 6 or not CAUSE_BEFORE_READOUT.isdisjoint(between) or not cues.NEGATORS.isdisjoint(between):
        return False
    # joined as a second item of what changed
    return any(t in (",", "and") for t in between)


COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
