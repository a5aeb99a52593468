"""Outcome polarity: whether less of an outcome is good (`motor neuron loss`, `inflammation`, `NfL`).

`effect_in_scope` reads change words against this (`reduced` is favorable of a harm); the word lists
are long and grow with every new end point, so they sit apart from the cue logic that uses them.
Also the nouns that turn the outcome next to them into a harm (`decline in X`) and the composite
survival end points (`time to death or tracheostomy`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.nlp.cues.lexicon import LIST_WORDS

# Words in an outcome's text that make *less* of it good (`motor neuron loss`, `inflammation`).
HARM_WORDS = (
    "loss", "death", "declin", "degenerat", "damage", "atroph", "deficit", "impair", "dysfunct",
    "injur", "apopto", "toxic", "infiltrat", "activat", "gliosis", "inflamm", "progress",
    "adverse", "side effect", "complication", "weight loss", "paralysis", "onset", "cytokine",
    "oxidative", "stress", "agglomerat", "accumulat", "lesion", "disabilit", "deterioration",
    "mortality", "hazard", "denervat", "dying", "aggregat", "fibrillation", "sharp wave", "reactive", "astrocytosis", "slope",
    "severity", "rate of", "destruct", "symptom", "weakness", "paresis", "cramp", "fasciculation", "dysphagia", "dysarthria",
    # scales and measures of damage, where lower is better (`reduced infarct volume`, `lower mRS scores`)
    "infarct", "mnss", "scar", "cavit", "edema", "oedema", "nihss", "rankin", "mrs", "updrs", "edss", "ashworth",
    "alsaq", "appel",   # (the ALSAQ-40 and the Appel ALS score rise as the disease worsens)
    "spasticity", "escape latency", "pain", "tremor", "rigidity", "hemorrhag", "haemorrhag",
    # latencies of nerve conduction and evoked potentials, where shorter is better (`the distal motor
    # latency shortened`; not `latency to fall`, where longer is better)
    "distal latenc", "sensory latenc", "motor latenc", "onset latenc", "peak latenc", "conduction latenc",
    "sep latenc", "mep latenc", "vep latenc", "p100 latenc",
    # the pain scales of the nerve-injury and neuropathy trials (`VAS scores decreased from 7 to 3`)
    "visual analog", "numeric rating scale", "numerical rating scale",
    # T cells that drive the immune response: less of them is the benefit
    "reaction", "t cell prolif", "t-cell prolif", "lymphocyte prolif", "proliferation of t", "th17", "th1 cells",
    # (and the immune cells of MSC immunosuppression assays: `suppressed the proliferation of mitogen-stimulated
    # lymphocytes`, `inhibited PBMC proliferation`)
    "proliferation of lymphocyte", "proliferation of mitogen", "proliferation of activated", "proliferation of stimulated",
    "proliferation of pbmc", "proliferation of peripheral blood", "proliferation of splenocyte", "pbmc prolif",
    "splenocyte prolif", "lymphoproliferat",
    # the ALSFRS-R points lost per month since onset (ΔFS): a progression rate
    "δfs", "∆fs", "delta-fs", "deltafs", "delta fs",
    # fluid markers of axonal damage and inflammation (SPEC's biomarker example: neurofilament light)
    "neurofilament", "nf-l", "mcp-1", "chemoattractant", "chitotriosidase", "chi3l1", "ykl-40",
    # pathology of models, where less is better (`reduced hindlimb clasping`, `fewer ubiquitin inclusions`)
    "abnormalit", "clasping", "wasting", "fibrosis", "deformit", "inclusion", "mislocaliz", "vacuol", "swelling",
    "demyelinat", "plaque", "hyperphosphorylat", "amyloid",
    # (`reduced ALS neuropathology`, `attenuates the pathological activity of glia`)
    "patholog",
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
    "contralateral turn", "ipsilateral turn",   # (helper U, s19) `a decrease in contralateral turns`
    "neurofibrillary tangle",   # (helper U, s19) `reduced neurofibrillary tangles`
    "immunogen", "rejection",   # (helper U, s19) `vesicles have lower immunogenicity`, `less immune rejection`
    # growths that grafted cells may form (`induced tumor formation`)
    "tumor", "tumour", "teratoma",
    # severity scores and damage of other organs in MSC trials, where lower is better (`the MELD score
    # decreased`, `lowered the Crohn's Disease Activity Index`, `attenuated alveolar simplification`)
    "meld", "child-pugh", "sofa score", "apache", "nyha", "activity index", "simplification",
    "collagen deposition", "bilirubin", "aminotransferase", "transaminase", "hba1c", "insulin requirement",
    "ventricular remodel", "cardiac remodel", "graft-versus-host", "gvhd",
    # organ damage and disease scores of MSC studies in kidney, skin, joint, lung, bone and eye disease,
    # where lower is better (`reduced serum creatinine`, `attenuated tubular necrosis`, `lowered DAS28`,
    # `reduced the wound area`, `fewer fractures`, `decreased corneal fluorescein staining`)
    "creatinine", "urea nitrogen", "proteinuria", "albuminuria", "necros", "necrot", "cast formation",
    "glomerular hypertroph", "mesangial", "sledai", "das28", "dsdna", "autoantibod", "swollen joint",
    "tender joint", "pasi", "epidermal thickness", "scorad", "wound area", "wound size", "bacterial load",
    "bacterial count", "bacterial burden", "wet-to-dry", "wet/dry", "myeloperoxidase", "fractur",
    "fluorescein staining", "corneal staining", "osdi", "ocular surface disease index", "collagen content",
    "hydroxyproline", "ashcroft", "graft failure", "graft rejection", "blood glucose", "hyperglyc",
    "insulin dose", "colon shortening", "follicle-stimulating", "fsh",
    # events and returns of disease that MSC trials in limb ischaemia, ulcers and heart disease count
    # (`the amputation rate fell`, `fewer rehospitalizations`, `ulcer recurrence`)
    "amputation", "hospitaliz", "hospitalis", "recurrence",
    # markers of heart muscle damage and strain (`troponin T fell`, `lower NT-proBNP`)
    "troponin", "bnp", "natriuretic", "ck-mb",
    # disease scores, lab values and events of MSC trials in liver, joint, skin, bone, heart, tooth and
    # metabolic disease, where lower is better (`decreased the Model for End-Stage Liver Disease scores`,
    # `lower HAQ`, `fewer conversions to total hip arthroplasty`, `reduced periodontal pocket depth`)
    "end-stage liver disease", "ascites", "paracentes", "prothrombin time", "inr", "international normalized ratio",
    "haq", "health assessment questionnaire", "erythrocyte sedimentation", "esr", "rheumatoid factor", "anti-ccp",
    "hyperplasia", "ear thickness", "eosinophil", "pruritus", "itch", "erythema", "scaling",
    "conversion rate", "conversion to total hip", "conversion to tha", "clinical failure", "collapse",
    "pocket depth", "probing depth", "tooth mobility", "attachment loss", "bone defect",
    "end-systolic", "end-diastolic", "lvesv", "lvedv", "glycated", "glycosylated", "insulin resistance", "homa-ir",
    "arthritis score", "arthritic score", "arthritis index", "paw thickness",
    # signs and rating scales of the ataxias, parkinsonisms and dementias, where lower is better (`reduced
    # motor incoordination`, `lower SARA scores`, `the ADAS-Cog worsened less`, `Hoehn and Yahr stage`)
    "incoordinat", "discoordinat", "disorganiz", "ataxia", "sara", "icars", "umsars", "adas", "hoehn",
    "psp rating", "psprs", "cdr-sb",
    # (helper BN, s21) defects of function and structure, where less is better (`attenuated behavioral defects`,
    # `reduced motor defects`)
    "defect",
    # (helper BN, s21) fluid and tissue markers of muscle, neuron and glia damage in ALS trials, where less is
    # better (`lowered serum creatine kinase`, `reduced CSF GFAP`, `urinary p75ECD fell`)
    "creatine kinase", "creatine phosphokinase", "chitinase", "p75ecd", "p75 ecd", "gfap", "glial fibrillary",
    "s100b", "s100β", "total tau", "t-tau", "uch-l1",
)
# end points of which more is good although a harm word is in them (`creatinine clearance`,
# `bacterial clearance`, `glomerular filtration rate`)
GOOD_DESPITE_HARM = re.compile(r"clearance|filtration rate|\begfr\b|\bgfr\b|pain-free|painless|amputation-free|relief")
# events of late disease that a treatment should spare or delay (not `tracheostomy-free survival`)
HARM_EVENT = re.compile(r"\b(?:tracheostom\w*|gastrostom\w*|peg|niv|(?:mechanical|invasive|non-invasive|noninvasive|"
                        r"permanent|assisted) ventilation|intubation)\b(?![- ]?free)")
HARM_CONCEPTS = frozenset({
    "outcome:inflammation", "outcome:oxidative_stress", "outcome:disease_progression", "outcome:disease_onset",
})


# inflammation end points of which more is good: anti-inflammatory cytokines and cells
ANTI_INFLAMMATORY = re.compile(r"anti-?inflammat|\b(?:il|interleukin)-?(?:10|4|13|1ra)\b|\btgf|\bm2\b|\bregulatory t")
# antioxidant defences: more is better although SPEC files them under oxidative stress
ANTIOXIDANT = re.compile(r"antioxid|glutathione|\bgsh\b|catalase|\bsod\b|superoxide dismutase activity|\bnrf2|"
                         r"heme oxygenase|\bho-1\b")
# markers of damage, cell death and inflammation named by their symbols (word-bounded: `nfl` is
# inside `inflammation`, `ros` inside `across`): less of them is better
HARM_MARKER = re.compile(r"\b(?:nfl|pnf-?h|ccl2|interleukin|il-?1\w*|il-?6|il-?17|il-?18|tnf\w*|ifn\w*|tunel\w*|ldh|"
                         r"bax|caspase\w*|inos|cox-?2|nlrp3|nitric oxide|mda|malondialdehyde|ros|lipid peroxidation|"
                         r"8-ohdg|disruption|breakdown|leakage|permeability|hmgb1|nf-κb|nf-kb|glutamate release|excitotoxic\w*|"
                         r"bun|alt|ast|ige|mpo)\b")


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
    if concept == "outcome:disease_progression" and "duration" in t:
        return False    # `disease duration was longer in grafted rats`: the symptomatic phase lasted, a later death
    if concept in HARM_CONCEPTS:
        return True
    if GOOD_DESPITE_HARM.search(t):
        return False
    if HARM_EVENT.search(t):
        return True
    return any(w in t for w in HARM_WORDS) or HARM_MARKER.search(t) is not None


# (helper BN, s21) times of a timed motor task, where shorter is better: `time to descend in the pole test`,
# `the latency to cross the beam`, `time to reach the platform` (not `latency to fall`, where longer is better);
# the righting test of a mouse or pup laid on its back: `time to right`, `righting time`, `righting reflex latency`
TIMED_TASK = re.compile(r"\b(?:time|times|latency|latencies)\s+(?:\(\w+\)\s+)?(?:taken\s+|needed\s+)?to\s+"
                        r"(?:descend|turn|cross|traverse|reach|find|locate|complete|climb|initiate|remove|contact|"
                        r"orient|escape|finish|walk|right)\w*\b"
                        r"|\brighting\s+(?:reflex\s+)?(?:time|times|latency|latencies)\b")


def timed_task_before(toks: Sequence[str], lo: int, o_start: int, obj_low: str) -> bool:
    """The outcome is the test in which a task was timed (`time to descend in the pole test`) or itself
    names the time (`latency to cross the beam`): less is better."""
    if TIMED_TASK.search(obj_low):
        return True
    before = " ".join(t for t in toks[max(lo, o_start - 8):o_start] if t).lower()
    m = None
    for m in TIMED_TASK.finditer(before):
        pass
    if m is None:
        return False
    rest = before[m.end():].split()
    return all(w in ("in", "on", "the", "a", "of", "from", "down", "across", "along", "beam", "pole", "platform")
               for w in rest)


# Nouns that turn the outcome next to them into a harm: `decline in X`, `loss of X`, `X reduction`.
HARM_MARKERS = ("declin", "loss", "deteriorat", "decreas", "reduction", "worsening", "deficit", "rate",
                "slope", "progression",
                # (helper BN, s21) damage done to the outcome named after it: `degeneration of motor neurons`,
                # `damage to the neuromuscular junction`, `atrophy of the muscle`, `death of ...`
                "degenerat", "damage", "injur", "atroph", "apopto", "death", "destruct", "denervat")
# markers that take `to` before the outcome: `damage to the NMJ`, `injury to the spinal cord`
HARM_MARKERS_TO = ("damage", "injur")
HARM_NOUNS = frozenset({"decline", "declines", "loss", "deterioration", "reduction", "worsening", "slope", "slopes",
                        "progression", "rate", "deficit", "deficits",
                        # (helper CJ, s22) the plurals (`fewer motor neuron losses`)
                        "losses", "reductions", "deteriorations"})
# end points whose rate is good to raise (`rate of survival`, not `rate of decline`)
GOOD_RATES = ("survival", "tracheostomy-free", "event-free", "functional recovery", "recovery", "response",
              "improvement", "remission", "success")
NEED_MARKERS = ("need", "risk", "hazard", "requirement")


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
