"""A candidate pair and the features the scorer weighs: the `Candidate` record, trigger words per
predicate, the anaphor and treatment-context cues of a segment, and `_candidate`, which builds one
pair's feature dict. Feature names are `PRED|name`, as the trained model's weights are keyed: a name
changed here no longer matches models/relations/model.json.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from pipeline.nlp import cues
from pipeline.nlp.relations.text import Segment, TokenOffsets, _any_in
from pipeline.nlp.relations.labels import EFFECT_PREDICATES, NAMED_MSC_SOURCES, PREDICATES, cell_kind
from pipeline.nlp.relations.focus import FACTOR_DELIVERED, TREATMENT_CONTEXT


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
    view: TokenOffsets              # the document's (its `ents` for doc.ents: read once, not per candidate)


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
    r"|\b(?:both|neither|these|those) (?:two )?(?:(?:neuro)?trophic )?(?:factors?|neurotrophins|growth factors)\b")

# `evidence of efficacy on ALSFRS-R remains limited`, `their benefit on survival remains elusive`: a review's
# verdict on the cells' own effect, not a segment about other treatments (`treatment options remain limited`)
UNSETTLED_EFFICACY = re.compile(
    r"\b(?:efficacy|effectiveness|evidence|effects?|benefits?)\b(?: [\w-]+){1,12} remains? (?:limited|elusive)\b")
# a segment about other treatments (`current therapies fail to slow progression`, `no effective
# treatment exists`, `new strategies are needed`): what it says of an outcome is not the cells'
# doing, so no antecedent cell is resolved into it (the cell named in it still pairs as usual)
# (every alternative starts at a word boundary, the sentence openings too: `\b` is tested once per position,
# not once per alternative, which made this the costliest regex of the stage; only its truth is read)
OTHER_TREATMENT = re.compile(
    r"\b(?:(?:current|currently available|existing|available|conventional|approved|standard|medical|pharmacological"
    r"|symptomatic|traditional|present|drug) (?:therap|treatment|drug|medication|option|approach|strateg|management)"
    r"|no (?:effective|curative|disease-modifying|definitive|satisfactory) (?:treatment|therap|cure|drug)"
    r"|no cure\b|incurable\b"
    # (`Although useful to delay progression, they do not provide a definitive cure`: the drugs named before)
    r"|not (?:provide|offer|represent) (?:a |any )?(?:definitive |real |complete |lasting )?cure\b"
    # (not the study's own: `the treatment failed to slow X`, `this therapy did not ...`)
    r"|(?<!\bthe )(?<!\bthis )(?<!\bour )(?<!\bcell )(?<!\bcells )"
    r"(?:treatments?|therapies|drugs|medications|options|approaches|strategies) (?:only |currently |still )?"
    r"(?:offer|provide|are limited|is limited|remain limited|fail|have failed|cannot|can not|do not|does not|are unable)"
    r"|(?:new|novel|alternative|effective|better) (?:therap|treatment|strateg|approach)\w*"
    r"(?: [a-z-]+){0,12} (?:is|are|remains?) (?:urgently |still |therefore |thus )?"
    r"(?:needed|necessary|required|lacking|warranted)"
    r"|unmet (?:medical |clinical )?need|despite (?:\w+ )?efforts\b"
    r"|remains? (?:limited|elusive|poor|challenging|a (?:major |great |significant )?challenge)\b"
    # the approved drugs of ALS and a neighbour disease's, named as the agent
    r"|(?:riluzole|edaravone|tofersen|levodopa|l-dopa)\b"
    # other drugs and supportive care of the neurological diseases the field treats with cells
    r"|(?:masitinib|amx0035|sodium phenylbutyrate|nusinersen|natalizumab|fingolimod|ocrelizumab|interferon beta"
    r"|alteplase|thrombolysis|thrombectomy|donepezil|memantine|methylprednisolone)\b"
    # (helper GD, s29) ventilation as the agent, not as an end point (`time to non-invasive ventilation or death`,
    # `NIV-free survival`: what the cells are measured on)
    r"|(?<!time to )(?<!need for )(?<!needing )(?<!requiring )(?<!initiation of )(?<!start of )(?<!until )"
    r"(?:non-invasive|noninvasive) ventilation\b(?![- ]free)"
    # drug classes and standard care of those diseases, named as the agent (`Current disease-modifying
    # therapies reduce the relapse rate`, `Therapeutic hypothermia reduces death`, `Rehabilitation therapy
    # improves motor function only modestly`)
    r"|(?:disease-modifying|immunomodulatory|immunosuppressive|antiepileptic|anti-epileptic|antiseizure"
    r"|anticonvulsant|dopaminergic|dopamine replacement|thrombolytic|antiplatelet|anticoagulant|analgesic)"
    r" (?:therap(?:y|ies)|treatments?|drugs?|medications?|agents?)\b"
    r"|(?:therapeutic )?hypothermia (?:only |also |significantly )?(?:reduces|improves|decreases|lowers|is|has"
    r"|remains|provides|offers|can)\b"
    r"|(?:rehabilitation|physiotherapy|physical therapy)(?: therapy| training)? (?:only |also )?(?:improves?"
    r"|enhances?|promotes?|reduces?|can|is|are|remains?)\b"
    # drugs tried in ALS, named as the agent of a sentence with no cells (`Lithium did not improve survival`,
    # `Antisense oligonucleotides delayed disease onset`)
    r"|(?:lithium carbonate|ceftriaxone|dexpramipexole|tirasemtiv|reldesemtiv|arimoclomol|rasagiline|ibudilast"
    r"|methylcobalamin|celecoxib|pentoxifylline|topiramate|talampanel|olesoxime|ozanezumab|perampanel|mexiletine"
    r"|retigabine|ezogabine|taurursodiol|tudca|coenzyme q10|antisense oligonucleotides?|asos?)\b"
    r"|^(?:(?:oral|intravenous|intrathecal|daily|high-dose|low-dose) )?(?:treatment with |administration of )?"
    r"(?:lithium|minocycline|creatine|ivig|intravenous immunoglobulins?)\b"
    # (helper CF, s22) the same drugs as the subject of a reported clause (`Earlier trials showed that lithium did
    # not slow progression`, `..., but minocycline accelerated decline`)
    r"|(?:that|whether|but|whereas|while) (?:(?:oral|intravenous|intrathecal|daily|high-dose|low-dose) )?"
    r"(?:treatment with |administration of )?(?:lithium|minocycline|creatine|ivig)\b(?! (?:and|plus|with|combined|or)\b)"
    # immunosuppression given beside a graft (`tacrolimus was discontinued because of side effects`)
    r"|(?:tacrolimus|mycophenolate|cyclosporine|cyclosporin|ciclosporin|basiliximab|immunosuppressi\w*)\b"
    # a combination study's single agent (`Lithium alone did not prolong survival`, `rehabilitation only`)
    r"|(?:lithium|minocycline|rehabilitation|physiotherapy|physical therapy|exercise|g-csf|ivig|immunoglobulin"
    r"|drug|medication|pharmacotherapy)(?: treatment| therapy)? (?:alone|only|monotherapy)\b|monotherapy\b"
    # (helper BJ, s21) a reference to a drug as the subject that opens the sentence (`The drug did not prevent
    # weight loss`, `This compound delayed onset`): the drug named before acts, not the cells
    r"|^(?:[a-z]+ : )?(?:the|this|these|that|such|both|either) (?:study |investigational |oral )?"
    r"(?:drugs?|compounds?|medications?)\b"
    # (helper BJ, s21) the group given a control or the model's agent opens the sentence (`Placebo-treated patients
    # declined faster`, `OXL-treated mice presented allodynia`), unless set against the treated ones or said to
    # change after the treatment (`LPS-injected rats showed less microglial activation after treatment`: helper BK)
    r"|^(?:[a-z]+ : )?(?:the |all |in )?(?:vehicle|placebo|sham|saline|pbs|medium|control|untreated|lps|oxl|oxaliplatin"
    r"|cisplatin|paclitaxel|vincristine|riluzole|edaravone|drug|6-ohda|mptp|stz|streptozotocin|cuprizone|kainate)"
    r"[- ](?:treated|injected|exposed|operated)\b(?!.*\b(?:than|compared|versus|vs|whereas|while"
    r"|(?:after|following) (?:\w+ )?(?:treatment|transplantation|therapy|grafting|injection|infusion))\b))")

# (helper AZ) a sentence that states what the study set out to do or measured (`we assessed the safety of X`,
# `The aim of this study was to evaluate X`, `Y was evaluated by ...`): it names the pair, it reports no result
STUDY_AIM = re.compile(
    r"\b(?:(?:the |our )?(?:aims?|purposes?|objectives?|goals?) (?:of|was|is|were|are)\b"
    r"|(?:study|we|experiment|trial)s? (?:aimed|aims|sought|was designed|is designed|were designed)\b"
    r"|\bwe (?:investigated|examined|evaluated|assessed|explored|compared|tested|studied|determined|describe"
    r"|analy[sz]ed|asked|hypothesi[sz]ed)\b(?! that)"
    r"|\b(?:were|was) (?:examined|evaluated|assessed|investigated|studied|explored|compared|tested|analy[sz]ed"
    r"|measured|determined|recorded|monitored)\b"
    r"|^(?:to|in order to) (?:evaluate|assess|investigate|determine|examine|compare|explore|test|study"
    r"|characteri[sz]e|clarify|elucidate)\b)")

SUBJ_TREATMENT = re.compile(r"treated|transplanted|injected|grafted|-based|therapy|transplantation|treatment")

# a factor named as the thing measured (`expression of VEGF`, `BDNF levels`) is an outcome
# measure, rarely the agent of a change
MEASURED_BEFORE = frozenset({"expression", "level", "levels", "concentration", "concentrations", "secretion",
                             "release", "mrna", "content", "amount", "amounts", "production", "immunoreactivity"})
MEASURED_AFTER = MEASURED_BEFORE | {"protein", "gene", "genes", "positive", "+", "immunostaining", "staining"}
COORDINATION = frozenset({"and", "or", ",", "with", "plus", "/", "combined", "together", "in", "combination",
                          "along", "as", "well", "both"})


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


ARM_COPY = "arm_copy"   # feature of a candidate that a `both`-anaphor copies to a comparison's other arm


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
        add(f"resolved_in={seg.section}")
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
    bare = True
    for name, pos in doc_info["trig_pos"].items():
        if _any_in(pos, c_lo, c_hi):
            add(f"clause_{name}")
            bare = False
    if bare:
        add("clause_bare")
    if pred != "FACTOR_AFFECTS":
        add(f"cell={cell_kind(sc)}")
        # a bare `MSCs` in a study of UC-MSCs (BM-MSCs, ...) names the graft by its parent: the gold keeps
        # its own concept (cell:msc) as subject, and it is the document's treatment all the same
        if sc == focus or sc == "cell:msc" and focus in NAMED_MSC_SOURCES:
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
    memo = doc_info["memo"]
    key = ("aim", seg.start)
    if key not in memo:
        memo[key] = bool(STUDY_AIM.search(seg_text))
    if memo[key]:
        add("study_aim")
    return Candidate(pred, subj, obj, seg, subj_seg, resolved, f, (c_lo, c_hi), toks, view)
