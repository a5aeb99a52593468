"""Rule patterns generated from the vocabulary, and the word lists of compositional rules.

Pure functions: vocabulary in, pattern strings / token patterns out. `ruler/component.py` compiles them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.vocabulary import Concept, Vocabulary

MSC_FAMILY = ("cell:msc", "cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc", "cell:msc_ntf")

# Tokens (lower-case) that name MSC-derived products when they follow an MSC mention.
EV_HEADS = (
    ("exosomes",), ("exosome",), ("extracellular", "vesicles"), ("extracellular", "vesicle"), ("evs",), ("ev",),
    ("secretome",), ("secretomes",), ("conditioned", "medium"), ("conditioned", "media"), ("cm",), ("microvesicles",),
    ("small", "extracellular", "vesicles"), ("exos",), ("-derived", "exosomes"), ("-derived", "extracellular", "vesicles"),
    ("derived", "exosomes"), ("derived", "extracellular", "vesicles"), ("-derived", "evs"), ("derived", "evs"),
    ("-derived", "secretome"), ("-derived", "conditioned", "medium"), ("derived", "conditioned", "medium"),
    ("-conditioned", "medium"), ("-conditioned", "media"),
    # (helper N, s18) `mesenchymal stem cell (MSC)-secreted factors`, `BMSC-derived soluble factors`: the product
    ("nanovesicles",), ("-derived", "nanovesicles"),   # (helper CY, s23) `MSC-derived nanovesicles`
    ("-secreted", "factors"), ("-derived", "factors"), ("-secreted", "soluble", "factors"), ("-derived", "soluble", "factors"),
    # `BMSC sEV`, `MSC small EVs`, `MSC-derived sEVs`: the small-vesicle short forms
    ("sev",), ("sevs",), ("small", "evs"), ("-derived", "sev"), ("-derived", "sevs"), ("derived", "sevs"),
    ("-derived", "small", "extracellular", "vesicles"), ("derived", "small", "extracellular", "vesicles"),
) + tuple(
    # (helper CK, s22) the other glued participles of making (`BM-MSC-released extracellular vesicles`,
    # `MSC-secreted exosomes`, `hUC-MSC-produced sEVs`), as `-derived` above
    (glue,) + head for glue in ("-secreted", "-released", "-produced")
    for head in (("exosomes",), ("exosome",), ("extracellular", "vesicles"), ("evs",), ("sevs",), ("microvesicles",),
                 ("small", "extracellular", "vesicles"))
)
# Bare product words: MSC-derived only where the document is about MSCs (else cell:other).
BARE_EV = frozenset({"exosome", "exosomes", "extracellular vesicle", "extracellular vesicles", "evs", "secretome",
                     "secretomes", "conditioned medium", "conditioned media", "small extracellular vesicles", "sevs", "sev",
                     "microvesicles"})
EV_LINKERS = (("from",), ("of",), ("derived", "from"), ("-derived", "from"), ("secreted", "by"), ("released", "by"),
              ("released", "from"), ("produced", "by"), ("isolated", "from"), ("obtained", "from"),
              # (helper CK, s22) `conditioned medium collected/prepared/harvested from ...`, `EVs purified from ...`
              ("collected", "from"), ("prepared", "from"), ("harvested", "from"), ("purified", "from"),
              ("extracted", "from"), ("in",))
# (helper CK, s22) words that end the source phrase after a vesicle/medium linker (`conditioned medium from
# cultures of activated microglia, ...`): the source is what comes before them
EV_SOURCE_STOPS = frozenset({".", ",", ";", ":", ")", "(", "and", "or", "was", "were", "is", "are", "that", "which",
                             "to", "for", "with", "on", "into", "reduced", "increased", "protected", "improved"})
# (helper CK, s22) adjectives of native cells that name a culture as the medium's source (`conditioned medium
# from LPS-activated microglial cultures`, `astrocytic cultures`)
NATIVE_CELL_ADJECTIVES = {"microglial": "cell:microglia", "astrocytic": "cell:astrocyte", "astroglial": "cell:astrocyte",
                          "neuronal": "cell:neuron", "glial": "cell:other", "oligodendroglial": "cell:oligodendrocyte",
                          "myoblast": "cell:other", "fibroblast": "cell:other", "macrophage": "cell:macrophage"}
# (helper CK, s22) a body fluid or tissue preparation named as the vesicles' / medium's source (`exosomes isolated
# from the serum of ALS patients`, `plasma exosomes`, `EVs in the CSF`, `medium prepared from spinal cord
# extracts`): no product of the treatment cells, and no cell type at all
EV_NONCELL_SOURCES = frozenset({"serum", "plasma", "csf", "cerebrospinal", "urine", "saliva", "blood", "sera",
                                "extract", "extracts", "homogenate", "homogenates", "slice", "slices", "lysate",
                                "lysates", "biofluids", "biofluid", "milk"})

# A modifier token glued to a cell name: `GDNF-secreting MSCs`, `Ngn1-expressing MSCs`, `CB-derived neuronal cells`;
# not a negated one (`non-modified MSC`, `un-transfected cells`: the plain cells, named as a control).
# (helper DL, s24) not a tracer label either (`BrdU-labeled BMSCs`, `GFP-labelled MSCs`): the label tracks the cells
# and names no type of its own (SPEC 1: the smallest phrase naming the type); the dev golds drop it 4 times of 5.
CELL_MODIFIER = re.compile(
    r"^(?!(?:non|un|not|mock|sham)-)([\w()/+.-]+?)-(?:expressing|secreting|overexpressing|over-expressing|hypersecreting|hyper-secreting|"
    r"overproducing|releasing|producing|transduced|transfected|modified|transgenic|gene-modified|"
    r"engineered|primed|pretreated|preconditioned|pre-conditioned|treated|induced|loaded|derived|differentiated|enriched)$", re.I)
# the glued participles by which MSCs named as secreting the class of neurotrophic factors are MSC-NTF cells
NTF_SECRETING_PARTICIPLES = ("-secreting", "-hypersecreting", "-hyper-secreting", "-releasing", "-producing")
# (helper EN, s27) the glued participles by which bare `cells` are named for a factor they were made to give out
# (`GDNF-secreting cells`, `VEGF-overexpressing cells`): a cell product; not `-expressing` (cells a stain marks)
FACTOR_MAKING_PARTICIPLES = NTF_SECRETING_PARTICIPLES + ("-overexpressing", "-over-expressing", "-overproducing",
                                                         "-transduced", "-transfected", "-engineered", "-modified")
CELL_PREMODIFIERS = frozenset({"engineered", "genetically", "modified", "neurally", "induced", "primed", "transfected",
                               "transduced", "differentiated", "preconditioned", "pre-conditioned"})

# Outcome compositions around a motor-neuron mention.
MN_NOUNS_BEFORE = frozenset({"loss", "death", "degeneration", "number", "numbers", "survival", "rescue", "preservation",
                             "protection", "count", "counts", "sparing", "density", "dying", "preserved", "protect",
                             "protected", "protects", "protecting", "preserve", "preserves", "rescued", "rescues",
                             "degenerating", "surviving", "loss/death", "retained", "spared", "saved", "retain",
                             "spare", "save", "preserving", "rescuing",
                             # (helper BE, s21) the death of the neurons in other words (`apoptosis of cultured motor
                             # neurons`, `the viability of motor neurons`)
                             "apoptosis", "viability", "demise", "neurodegeneration"})
# (helper FY, s29) the neurons' state named as where something goes or lies (`places the cells close to degenerating
# motor neurons`, `migrate toward dying motor neurons`): the neurons (CELL_TYPE), no end point of their loss
MN_STATE_PARTICIPLES = frozenset({"degenerating", "dying"})
TOWARD_WORDS = frozenset({"to", "toward", "towards", "near", "around", "beside", "reach", "reaches", "reached",
                          "reaching", "surround", "surrounds", "surrounding"})
# (helper R, s18) verbs of rescue before other native neurons, which make them an end point (`outcome:other`)
NEURON_RESCUE_VERBS = frozenset({"protect", "protected", "protects", "protecting", "preserve", "preserved", "preserves",
                                 "preserving", "rescue", "rescued", "rescues", "rescuing", "spared", "spare", "spares"})
# (helper T, s19) the untreated model's course in the present tense (`the mice develop weakness and die`)
MODEL_ANIMALS = frozenset({"mice", "rats", "animals", "homozygotes", "pups"})
MODEL_COURSE_VERBS = frozenset({"develop", "present", "exhibit", "display", "show", "suffer", "die", "lose"})
# (helper T, s19) where rescued neurons lie, between the verb and their name (`protected nigral dopaminergic neurons`)
NEURON_PLACES = frozenset({"nigral", "striatal", "cortical", "hippocampal", "midbrain", "mesencephalic", "retinal",
                           "nigrostriatal", "septal", "cholinergic", "sensory", "the"})
# (helper AU, s20) how the name of given cells ends (`Schwann cells`, `MSCs`, `OECs`, `exosomes`), for a site after
# `<giving noun> of <cells>` (context_checks._given_noun_of)
GIVEN_CELL_ENDINGS = ("cell", "cells", "cs", "exosomes", "vesicles", "evs", "secretome", "medium", "media", "graft", "grafts")
# (helper AU, s20) the word between MSCs and the medium they conditioned (`MSC culture medium`)
MEDIUM_PARTICIPLES = frozenset({"conditioned", "culture", "cultured"})
# harm done to motor neurons as an end point: `reduce damage to motor neurons`, `injury to motoneurons`
MN_HARM_TO = frozenset({"damage", "injury", "toxicity"})
# the model's genotype between a verb of rescue and the motor neurons: `rescued SOD1 mutant motor neurons`
MN_GENOTYPE = frozenset({"mutant", "sod1", "sod1g93a", "g93a", "sod1-g93a", "sod1-mutant", "tdp-43", "transgenic",
                         "diseased", "vulnerable", "remaining"})
# `MSC-treated mice`: the cells name the animals or patients that received them
RECIPIENT_MARKS = frozenset({"treated", "injected", "transplanted", "grafted", "infused", "receiving", "recipient",
                             "recipients", "administered"})
# (helper AD, s19) what follows such a mark when it describes where the cells went, not who got them
# (`MSCs transplanted into the lesion`, `cells grafted in the striatum`)
PLACED_CELLS_AFTER = frozenset({"into", "in", "to", "at", "within", "onto", "via", "through", "intravenously",
                                "intrathecally", "intraspinally", "intracerebrally", "intramuscularly", "locally"})
# what a culture's survival is of (`survival of NSC-34 cells`), not an animal's or a patient's
# (unless ORGANISM_WORDS name animals or patients there)
CULTURED = frozenset({"cells", "cell", "cultures", "neurons", "explants", "neurites"})
# between such a verb and the motor neurons: `preserved 40% more motor neurons`
MN_AMOUNT_WORDS = frozenset({"more", "fewer", "significantly", "greater", "larger", "higher", "many", "%", "times",
                             "twice", "approximately", "about", "nearly"})
# what a motor neuron was made or went through, between an end point noun and the neurons: `survival of
# axotomized facial motor neurons`, `death of embryonic rat motor neurons`
MN_STATES = frozenset({"axotomized", "axotomised", "lesioned", "damaged", "denervated", "embryonic", "neonatal",
                       "adult", "purified", "isolated", "dissociated", "deprived"})
# a count said by its comparison: `had 30% fewer lumbar motor neurons`, `showed more motor neurons`
MN_COMPARATIVES = frozenset({"fewer", "more"})
# `motor neurons were preserved`: what happened to them is the end point
MN_PASSIVE_VERBS = frozenset({"preserved", "protected", "rescued", "spared", "lost", "saved", "retained"})
# what a treatment protects from that is itself the end point, the harm prevented (`protected mice from loss of
# motor neurons`, `protected against muscle denervation`, `spared them from weight loss`), unlike an insult
# (`protected motor neurons from glutamate excitotoxicity`, `from oxidative injury`)
PROTECTED_FROM_END_POINTS = frozenset({"outcome:motor_neuron_survival", "outcome:neuromuscular",
                                       "outcome:body_weight", "outcome:motor_function", "outcome:muscle_strength"})
MN_NOUNS_AFTER = frozenset({"loss", "death", "survival", "degeneration", "counts", "count", "number", "numbers",
                            "protection", "preservation", "sparing", "rescue", "density", "apoptosis", "viability"})
# (helper T, s19) what follows the SMA gene's name `survival motor neuron` (`1 (SMN1) gene`, `(SMN) protein levels`),
# and the words of its product's amount, an end point
SMN_LEVELS = frozenset({"protein", "proteins", "transcript", "transcripts", "mrna", "level", "levels", "expression"})
SMN_AFTER = SMN_LEVELS | {"1", "2", "(", ")", "smn", "smn1", "smn2", "gene", "genes", "and"}
GRAFT_WORDS = frozenset({"transplanted", "grafted", "engrafted", "injected", "implanted", "donor", "administered",
                         "infused", "the"})
# word stems of giving cells (a site after `into` is a route only after one of them)
GIVING_STEMS = ("transplant", "graft", "inject", "infus", "administ", "deliver", "implant", "microinject", "instil")
# words that put a graft in the brain (not the cord)
BRAIN_WORDS = ("brain", "cerebr", "striat", "hippocamp", "cortex", "cortical", "putamen", "nigra", "thalam", "caudate",
               "ventricle", "penumbra", "infarct", "stroke")
VESSELS = frozenset({"vein", "veins", "artery", "arteries"})
# vessels of other organs that cells are infused into (`through the hepatic artery`, `into the portal vein`):
# routes only where the sentence gives something (ruler)
ORGAN_VESSELS = frozenset({"hepatic", "splenic", "portal", "intrahepatic"})
ORGAN_VESSEL_WORDS = frozenset({"artery", "arterial", "vein"})
# what is done to take a sample, not to give cells (`CSF was obtained by lumbar puncture`)
SAMPLING_STEMS = ("obtain", "collect", "sampl", "perform", "drawn", "withdr", "taken", "csf", "cerebrospinal",
                  "analy", "measur")
# (helper DE, s23) a vein's sample is drawn, collected or taken: tests performed, analysed or measured after cells
# given through a vein sample nothing
VEIN_SAMPLING_STEMS = tuple(x for x in SAMPLING_STEMS if x not in ("perform", "analy", "measur"))
# brain parenchyma sites a graft is put into (token_patterns: route:intracerebral)
BRAIN_SITES = frozenset({"striatum", "striata", "hippocampus", "hippocampi", "cortex", "cortices", "cortexes", "putamen", "caudate", "thalamus",
                         "nigra", "penumbra", "brain", "brains", "hemisphere", "parenchyma", "brainstem",
                         "cerebellum", "lobe", "lobes", "forebrain",
                         # (helper CE, s22) white matter tracts and other brain parts grafts are put into
                         "callosum", "midbrain", "neocortex", "cerebrum", "mesencephalon", "hemispheres",
                         # (helper DE, s23) more brain parts grafts are put into
                         "neostriatum", "hypothalamus", "medulla", "pons", "diencephalon", "amygdala"})
# (helper DE, s23) what may stand before the head of a second, coordinated site (`into the muscle and the lumbar
# spinal cord`, `... and both hindlimb muscles`, `... and the left lateral ventricle`)
COORDINATED_SITE_MODIFIERS = frozenset({"lumbar", "cervical", "thoracic", "lumbosacral", "ventral", "dorsal", "left",
                                        "right", "bilateral", "ipsilateral", "contralateral", "hind", "hindlimb",
                                        "forelimb", "limb", "skeletal", "lateral", "fourth", "third", "two", "several",
                                        "motor", "frontal", "primary"})
# a verb after that second site makes it a new clause's subject (`into the ventricle and the spinal cord was removed`)
CLAUSE_VERBS_AFTER_SITE = frozenset({"was", "were", "is", "are", "had", "has", "have", "showed", "show", "shows",
                                     "displayed", "exhibited", "revealed", "contained", "received", "remained"})
# (helper DE, s23) words that name a brain nucleus before `nucleus`/`nuclei` (`into the facial nucleus`)
BRAIN_NUCLEUS_NAMES = frozenset({"facial", "hypoglossal", "caudate", "subthalamic", "cerebellar", "deep", "red",
                                 "trigeminal", "vestibular", "oculomotor", "pontine", "raphe", "arcuate",
                                 "paraventricular", "thalamic", "septal", "lentiform", "interpositus", "motor",
                                 "suprachiasmatic", "spinal"})
BRAIN_SITE_MODIFIERS = frozenset({"ipsilateral", "contralateral", "left", "right", "lesioned", "injured", "ischemic",
                                  "ischaemic", "infarcted", "damaged", "motor", "cerebral", "brain", "substantia",
                                  "dorsal", "posterior", "anterior", "rat", "mouse", "host", "bilateral", "primary",
                                  "frontal", "premotor", "sensorimotor", "basal", "corpus"})
# (helper W, s19) words that put a boundary zone in the brain (`into the ischemic boundary zone`)
BRAIN_STROKE_SITE = frozenset({"ischemic", "ischaemic", "infarcted", "infarct", "peri-infarct", "periinfarct", "cerebral",
                               "brain", "cortical", "striatal"})
# the injured tissue a graft is put into (`transplanted into the lesion site`, `into an injured area`): a
# route resolved to the cord or the brain the study injures (ruler, like `intralesionally`)
LESION_WORDS = frozenset({"lesion", "lesioned", "injury", "injured", "contused", "contusion", "damaged", "transection",
                          "hemisection", "lesional"})
LESION_SITE_HEADS = frozenset({"site", "sites", "area", "areas", "region", "epicenter", "epicentre", "cavity", "cavities",
                               "segment"})
# (helper CE, s22) the lesion a graft is put into, named by its own noun (`injected into the lesion`, `into the
# infarct`, `into the syrinx`), and the infarct or stroke as the injured tissue (`into the infarct cavity`,
# `into the ischemic area`): a lesion route like `into the lesion site` (resolved to the cord or the brain)
LESION_NOUNS = frozenset({"lesion", "lesions", "infarct", "infarcts", "cavity", "syrinx"})
STROKE_LESION_WORDS = frozenset({"infarct", "infarcted", "ischemic", "ischaemic", "stroke", "stroke-damaged"})
LESION_PLACES = LESION_SITE_HEADS | LESION_NOUNS | {"core", "zone", "zones"}
# (helper CE, s22) the state of a muscle cells are injected into (`into the denervated gastrocnemius muscle`)
MUSCLE_STATES = frozenset({"denervated", "injured", "affected", "atrophic", "atrophied", "paretic", "dystrophic",
                           "weak", "weakened"})
# (helper GF, s29) native cells of a tissue named by a route adjective (`intramuscular Schwann cells`, `intraspinal
# motor neurons`, `intramuscular macrophages`): the place the cells live, no giving (unless a giving word follows)
NATIVE_CELLS_AFTER_ROUTE = frozenset({"schwann", "macrophage", "macrophages", "microglia", "microglial", "astrocytes",
                                      "motor", "motoneurons", "neurons", "satellite", "myofibers", "myofibres"})
# (helper AE, s19) words before `nerve` that make `into the ... nerve` a site of local injection
NERVE_SITE_MODIFIERS = frozenset({"sciatic", "facial", "peroneal", "tibial", "median", "ulnar", "radial", "femoral",
                                  "cavernous", "cavernosal", "pudendal", "injured", "crushed", "transected", "severed",
                                  "damaged", "repaired", "distal", "proximal", "left", "right", "ipsilateral"})
# organs and body sites outside the nervous system that cells are put into (`instilled into the trachea`,
# `injected into the vitreous`, `into the knee joint`): route:other, like their `intra-` adjectives; a route
# only where cells are given (context_checks)
ORGAN_SITES = frozenset({"trachea", "airway", "airways", "lung", "lungs", "vitreous", "eye", "eyes", "retina", "kidney",
                         "kidneys", "liver", "spleen", "pancreas", "ovary", "ovaries", "uterus", "heart", "myocardium",
                         "joint", "joints", "knee", "knees", "bladder", "skin", "wound", "wounds", "testis", "testes",
                         "cochlea", "footpad", "footpads", "paw", "paws", "periodontium", "dermis", "colon", "rectum",
                         "stomach", "intestine", "bone", "cartilage", "disc", "discs", "gland", "glands", "tumor",
                         "tumour", "tumors", "tumours"})
ORGAN_SITE_MODIFIERS = frozenset({"left", "right", "ipsilateral", "contralateral", "injured", "damaged", "affected",
                                  "diseased", "ischemic", "ischaemic", "infarcted", "fibrotic", "renal", "subretinal",
                                  "vitreous", "knee", "intervertebral", "salivary", "lacrimal", "hind", "cavernous",
                                  "peri-infarct", "border", "both"})
# a site after `in`/`to` is a route only right after a verb of giving (`transplanted in the lumbar cord`;
# not `motor neurons in the lumbar cord`)
SITE_PREPOSITIONS = ["into", "in", "to"]
# named motor neuron pools (`failed to preserve phrenic motor neurons`, `hypoglossal motoneuron counts`)
MN_POOLS = frozenset({"phrenic", "hypoglossal", "facial", "trigeminal", "oculomotor", "brainstem", "bulbar", "sacral",
                      "lumbosacral", "spinal", "cortical", "upper", "lower"})
# the words that join the items of a list (`A, B and/or C`, `A/B`); the lists below take what their items need
LIST_JOINERS = frozenset({",", "and", "or", "and/or", "/"})
# words that coordinate spinal levels (`cervical and lumbar`, `lumbar and/or cervical`)
LEVEL_JOINERS = LIST_JOINERS - {","}
# (helper CE, s22) the state of an injured cord cells are put into (`transplanted into the contused spinal cord`,
# `grafted in the hemisected cord`)
CORD_STATES = frozenset({"injured", "damaged", "lesioned", "contused", "transected", "hemisected", "compressed",
                         "traumatized", "traumatised"})
# (helper DE, s23) a cord segment named by its level (`L3-L5`, `T10`, `C4–C6`)
SPINAL_SEGMENT_NAME = r"^[CTLS][1-9][0-9]?([-–][CTLS]?[1-9][0-9]?)?$"
SPINAL_LEVELS = frozenset({"lumbar", "cervical", "thoracic", "ventral", "dorsal", "injured", "intact", "host", "rat",
                           "mouse", "lumbosacral", "anterior"})

# `after disease onset`, `within 2 years of symptom onset`: a time point, not an end point.
TIME_WORDS = frozenset({"after", "before", "at", "from", "since", "following", "post", "of", "within", "prior", "near",
                        "around", "until", "to", "by"})
# (helper BE, s21) `a delay of paralysis onset`, `postponement of symptom onset`: a noun of change before `of` makes
# the onset what changed, an end point (not `within 2 years of symptom onset`); also what a treatment did to onset
# (outcome_context, helper BD)
ONSET_CHANGE_NOUNS = frozenset({"delay", "delays", "delaying", "postponement", "postponing", "retardation", "retarding",
                                "acceleration", "accelerating", "hastening", "advancement", "advancing", "prevention",
                                "preventing", "prolongation", "shift"})

# (helper DB, s23) measures of an onset before its `of`: `the rate of onset of motor symptoms`, `the age of symptom
# onset`, `time of disease onset` are the end point (not after a time word: `at the time of symptom onset`)
ONSET_MEASURE_NOUNS = frozenset({"rate", "time", "timing", "age", "day", "date"})

# (helper S, s19) `symptom onset 24 months or less before baseline`, `onset between May 2012 and June 2019`:
# a time bound of an eligibility criterion
TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "mo", "yr", "yrs"})
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})

# `matched for age, sex, site of onset and disease duration`, `adjusted for ...`: the list names the
# patients' baseline characteristics, not end points (checked for onset and progression terms)
COVARIATE_VERBS = frozenset({"matched", "adjusted", "stratified", "balanced", "controlled", "corrected",
                             "comparable", "similar", "characteristics", "demographics", "covariates"})
# lower-case function words that open no name (a case-blind match of `hAD MSCs` on `had MSCs` is none)
FUNCTION_WORDS = frozenset({"had", "has", "was", "as", "at", "in", "is", "it", "or", "an", "on", "to", "of", "and",
                            "the", "for", "by", "with"})
# the patients' characteristics that read like end points
PATIENT_CHARACTERISTICS = frozenset({"disease duration", "duration of disease", "duration of the disease",
                                     "age at onset", "age of onset", "age at disease onset", "site of onset",
                                     "onset site", "diagnostic delay", "time from onset", "time since onset"})
# (helper AC, s19) groups named by genotype (`carriers of the null allele`, `the -2578AA genotype`), and
# words of a baseline comparison (`at baseline the groups did not differ in age, sex or disease duration`)
GENOTYPE_STEMS = ("genotype", "allele", "carrier", "homozyg", "heterozyg", "polymorphism", "haplotype",
                  "variant")
BASELINE_SIGNS = frozenset({"baseline", "sex", "gender", "demographic", "demographics", "characteristics",
                            "randomized", "randomised", "placebo", "bmi"})
COVARIATE_PREPS = frozenset({"for", "by", "on", "in", "regarding", "of", "including", "(", ":"})
COVARIATE_LIST = frozenset({",", "and", "or", "(", ")", "/", "the", "at", "of", "baseline", "age", "sex", "gender",
                            "site", "onset", "disease", "duration", "bulbar", "spinal", "limb", "race", "ethnicity",
                            "weight", "body", "mass", "index", "bmi", "riluzole", "use", "diagnosis", "time", "from",
                            "symptom", "symptoms", "stage", "score", "scores", "education", "height", "status"})

NOT_A_CELL_AFTER = frozenset({"chemoattractant", "chemotactic", "colony-stimulating", "marker", "markers", "colony",
                              "line-derived", "line"})   # `granulocyte colony ...`, `glial cell line-derived ...`
# (helper CA, s22) a native cell's word opening a protein's or gene's name (`oligodendrocyte lineage transcription
# factor 2`, `macrophage inflammatory protein-1`, `macrophage migration inhibitory factor`, `motor neuron and pancreas
# homeobox 1`, `T cell receptor`): the next one or two words, no cell type
NOT_A_CELL_BEFORE_NAME = frozenset({("lineage", "transcription"), ("inflammatory", "protein"), ("inflammatory", "proteins"),
                                    ("migration", "inhibitory"), ("and", "pancreas"), ("receptor",), ("receptors",),
                                    ("-specific", "enolase"), ("specific", "enolase")})
# (helper CK, s22) a cell word opening a growth factor's or a blood product's name (`hepatocyte growth
# factor-expressing`, `basic Fibroblast Growth Factor-`, `Human Platelet Lysates`): the words after it, no cell type
# and `B cell lymphoma-2` (Bcl-2), a protein named by a tumour of the cell
NOT_A_CELL_BEFORE_PRODUCT = frozenset({("growth", "factor"), ("growth", "factors"), ("lysate",), ("lysates",),
                                       ("lymphoma",), ("lymphoma-2",), ("lymphoma-extra",),
                                       ("adhesion", "molecule"), ("adhesion", "molecules")})   # `neural cell adhesion molecule`

# (helper Y, s19) the myelin antigens that induce EAE (`myelin oligodendrocyte glycoprotein (MOG) 35-55`,
# `myelin basic protein-specific T cells`, `proteolipid protein`): a peptide's name, not the cell type or the
# end point its words name. The last word is a prefix (`protein-specific`, `glycoprotein-reactive`).
MYELIN_ANTIGENS = (("myelin", "basic", "protein"), ("myelin", "oligodendrocyte", "glycoprotein"),
                   ("myelin", "oligodendroglial", "glycoprotein"), ("myelin-oligodendrocyte", "glycoprotein"),
                   ("myelin-associated", "glycoprotein"), ("myelin", "associated", "glycoprotein"),
                   ("myelin", "proteolipid", "protein"), ("proteolipid", "protein"))
# words that make such a name the immunizing peptide (`MBP-specific`, `MOG peptide`, `immunized with`); without
# them an end point may keep it (`cells expressed myelin basic protein`)
ANTIGEN_AFTER = frozenset({"specific", "-specific", "reactive", "-reactive", "peptide", "peptides", "induced",
                           "-induced", "immunization", "immunisation", "35-55", "35–55", "(35-55)", "(35–55)"})

# stem cells whose lines are grafted as a therapy (`a human neural stem cell line`, `an MSC line`); the lines of
# other cell types (`a lymphoid cell line`, `a hematopoietic progenitor cell line`) are laboratory models
GRAFTED_CELL_LINES = frozenset(MSC_FAMILY) | {"cell:nsc", "cell:ipsc", "cell:esc"}

CELL_AS_MODIFIER = frozenset({"therapy", "therapies", "transplantation", "transplantations", "transplant", "treatment",
                              "treatments", "research", "based", "trials", "trial", "field", "biology", "technology",
                              "products", "product", "niche", "interventions", "intervention", "approaches", "approach",
                              "injection", "infusion", "sources", "source", "types", "type", "mobilization", "medicine"})

# adjectives that describe a disease's course or the study, not a disease
NOT_DISEASE_ADJ = frozenset({"various", "normal", "lethal", "systemic", "several", "clinical", "experimental", "similar",
                             "pathological", "fatal", "typical", "general", "special", "potential", "original", "final",
                             "natural", "total", "initial", "individual", "critical", "successful", "terminal",
                             "functional", "historical", "additional", "usual", "serious", "progressive", "this",
                             "whole", "spinal", "physical", "periodic", "specific", "therapeutic", "public",
                             "medical", "surgical", "economic", "genetic", "familial", "sporadic", "bulbar",
                             # (helper CO, s22) a disease's stage or activity, its host, its variety: no name of a
                             # disease (`active disease`, `symptomatic disease stage`, `animal disease models`,
                             # `a heterogeneous disease`)
                             "active", "inactive", "symptomatic", "presymptomatic", "pre-symptomatic",
                             "asymptomatic", "heterogeneous", "multifactorial", "animal"})
# (helper CO, s22) an infarct named by its age is the lesion a patient or an animal lives with (`patients with chronic
# infarcts`, `rats with a subacute infarct`); one measured is an end point (`chronic infarct volume`)
INFARCT_AGES = frozenset({"chronic", "subacute", "acute", "old", "lacunar"})
INFARCT_MEASURES = frozenset({"volume", "volumes", "size", "sizes", "area", "areas", "core", "border", "borders",
                              "boundary", "region", "regions", "zone", "zones", "tissue", "rim", "penumbra", "cavity",
                              "growth", "expansion", "ratio", "extent", "lesion", "lesions"})
# (helper CO, s22) nouns after `disease` that make it a modifier: the disease's mechanism or stage, no name of a
# disease (`a central disease mechanism`, `at a late disease stage`); only shapes no vocabulary lists
DISEASE_AS_MODIFIER_NOUNS = frozenset({"mechanism", "mechanisms", "stage", "stages", "process", "processes",
                                       "pathogenesis", "phase", "phases", "state", "states", "activity", "course",
                                       "severity", "burden", "modification", "modifying", "trajectory"})
# (helper CO, s22) words right after a disease-shaped word (`-oma`, `-emia`) that make the phrase a gene or protein
# name (`B-cell lymphoma 2`, `myeloid cell leukemia 1`, `B-cell lymphoma protein`)
GENE_AFTER_DISEASE_WORD = re.compile(r"^(\d+[a-z]?|-?\d+|protein|proteins|gene|genes|extra-large)$")
# (helper CO, s22) a tissue or an organ before `atrophy`: the tissue's atrophy is an end point (`grey matter
# atrophy`, `striatal atrophy`, `brain atrophy`, `muscle atrophy`), not a disease; named atrophies come from the
# vocabulary (`spinal muscular atrophy`, `multiple system atrophy`)
TISSUE_ATROPHY_WORDS = frozenset({"matter", "brain", "cortical", "cortex", "hippocampal", "striatal", "cerebral",
                                  "cerebellar", "muscle", "muscles", "muscular", "thymic", "testicular", "dendritic",
                                  "neuronal", "axonal", "myofiber", "fiber", "fibre", "hindlimb", "limb", "tissue",
                                  "whole-brain", "spinal", "cord"})
# pattern keys whose matches give way to any vocabulary match they overlap
WEAK_KEYS = frozenset({"disease:other", "outcome:other"})

DISEASE_HEADS = frozenset({"disease", "diseases", "disorder", "disorders", "syndrome", "syndromes", "injury", "injuries",
                           "dystrophy", "dystrophies", "atrophy", "palsy", "neuropathy", "neuropathies", "myopathy",
                           "myopathies", "encephalopathy", "encephalomyelitis", "ataxia", "dementia", "anemia",
                           "anaemia", "immunodeficiency", "cancers", "neoplasm", "neoplasms", "sarcoma", "sarcomas",
                           "carcinoma", "carcinomas"})
# the last words of a long form that names a disease, a lesion or the procedure that makes a disease model
# (`middle cerebral artery occlusion`, `spinal nerve ligation`), beside the ruler's disease heads and endings
LESION_HEADS = frozenset({"occlusion", "ischemia", "ischaemia", "infarction", "infarct", "stroke", "ligation",
                          "transection", "contusion", "compression", "trauma", "sclerosis", "failure", "lesion",
                          "lesions", "degeneration", "hemorrhage", "haemorrhage"})
# a long form's last word past its disease name: the short form names a gene, protein or virus
NAMED_AFTER_DISEASE = frozenset({"protein", "proteins", "gene", "genes", "virus", "viruses", "antigen", "receptor",
                                 "locus", "kinase"})
# a participle ending a long form after the name found in it (`B-cell derived (Bcd) oncogene`): the short form
# names what comes of the cells, not the cells
DERIVED_TAILS = frozenset({"derived", "based", "secreted", "secreting", "produced", "conditioned", "mediated",
                           "induced", "specific", "dependent", "associated", "like"})
# words after a marker's short form that make it the gene, no end point (`the IL-6 gene`, `IL-6 promoter`)
GENE_SENSE = frozenset({"gene", "genes", "promoter", "promoters", "locus", "loci", "allele", "alleles",
                        "polymorphism", "polymorphisms", "construct", "constructs", "reporter", "enhancer",
                        "knockout", "variant", "variants", "genotype", "genotypes"})
DISEASE_NOUN_MODIFIERS = frozenset({"brain", "nerve", "spinal", "cord", "muscle", "nervous", "system",
                                    # (helper CO, s22) how a nerve is injured: `crush injury`, `sciatic nerve crush injury`
                                    "crush",
                                    # organs: `polycystic kidney disease`, `coronary heart disease`
                                    "kidney", "heart", "liver", "lung", "bowel", "skin", "eye", "bone", "joint", "breast",
                                    # what a disorder disturbs: `seizure disorder`, `lysosomal storage disorder`
                                    "seizure", "personality", "bleeding", "storage", "sleep", "mood"})
EPONYM_HEADS = frozenset({"disease", "syndrome", "palsy", "ataxia", "dystrophy"})
NOT_EPONYM = frozenset({"the", "this", "a", "an", "in", "of", "and", "motor", "neuron", "neurone", "for", "with", "each"})
ADJECTIVE = re.compile(r"^[a-z][a-z-]*(al|ic|ive|ous|ary|ar|atory|otic|ile|oid)$")
DISEASE_WORD = re.compile(r"^[a-z-]{4,}(opathy|opathies|itis|plegia|emia|aemia|osis|omas?)$"
                          # `dysplasia`, `thrombocytopenia`, `myotonia`, `phenylketonuria`, `leukodystrophy`,
                          # `ataxia-telangiectasia`, `aniridia` (any length of stem; the word is > 7 letters)
                          r"|^[a-z-]{2,}(plasias?|penias?|tonias?|urias?|ectasias?|iridias?|[a-z]dystroph(y|ies))$")
# `-osis`/`-oma` words that name a process, a finding or a structure, not a disease
NOT_DISEASE_WORD = frozenset({"apoptosis", "necrosis", "fibrosis", "gliosis", "astrogliosis", "microgliosis", "diagnosis",
                              "macrogliosis",
                              "diagnoses", "prognosis", "mitosis", "osmosis", "anastomosis", "anastomoses", "symbiosis",
                              "homeostasis", "hypnosis", "efferocytosis", "phagocytosis", "endocytosis", "exocytosis",
                              "transcytosis", "pinocytosis", "ferroptosis", "pyroptosis", "necroptosis", "netosis",
                              "parthanatos", "stroma", "stromas", "genoma", "chiasma", "plasma", "soma", "somas",
                              "leukocytosis", "lymphocytosis", "meiosis", "misdiagnosis", "heterozygosis",
                              "orthosis",   # (`walk with an orthosis`: a brace)
                              "hybridoma", "hybridomas",   # (helper EF, s26) a fused cell line, no tumour of a patient
                              # (helper CO, s22) a blood value or a bleed's clot, measured or removed: an end point or a
                              # lesion, no disease (`ameliorated hyperglycemia`, `severity of hypoxaemia`,
                              # `hematoma aspiration`)
                              "hyperglycemia", "hyperglycaemia", "hypoglycemia", "hypoglycaemia", "hypoxemia",
                              "hypoxaemia", "hyperemia", "hyperaemia", "hypercapnia", "hematoma", "hematomas",
                              "haematoma", "haematomas"})
INSTRUMENT_HEADS = frozenset({"scale", "score", "index", "questionnaire", "inventory", "measure", "test", "checklist",
                              "impression", "battery"})
# the last word of a rating instrument's long form whatever its case (`treatment emergent symptom scale
# (TESS)`, `social disability screening schedule (SDSS)`; ruler._instrument_long_forms)
INSTRUMENT_LONG_HEADS = frozenset({"scale", "scales", "questionnaire", "inventory", "schedule", "scaling", "checklist",
                                   "battery",
                                   # clinical indices and scores outside neurology (`Western Ontario and McMaster
                                   # Universities Osteoarthritis Index (WOMAC)`, `Systemic Lupus Erythematosus Disease
                                   # Activity Index (SLEDAI)`, `Knee injury and Osteoarthritis Outcome Score (KOOS)`)
                                   "index", "score"})
# title-case names of statistical tests are no instruments (`Mann-Whitney U Test`, `Fisher Exact Test`)
STATISTICAL_TEST_WORDS = frozenset({"student", "student's", "wilcoxon", "mann-whitney", "mann", "whitney", "fisher",
                                    "fisher's", "kruskal-wallis", "chi-square", "chi-squared", "exact", "signed-rank",
                                    "rank", "log-rank", "t", "u", "tukey", "bonferroni", "dunnett", "kolmogorov-smirnov",
                                    "shapiro-wilk", "mcnemar", "friedman", "anova", "post", "hoc", "sum"})

# `MSCs derived from human bone marrow`: the source named after the cells makes the concept specific
# (helper BH, s21: the participles by which papers say where the cells came from: `collected from`, `generated from`)
SOURCE_LINKERS = frozenset({"from", "derived", "-derived", "isolated", "obtained", "harvested", "expanded", "collected",
                            "generated", "cultured", "prepared", "sourced", "extracted", "purified", "originating",
                            "established", "produced", "procured", "separated"})
SOURCE_WORDS = (
    (("bone", "marrow"), "cell:bm_msc"), (("bone-marrow",), "cell:bm_msc"), (("marrow",), "cell:bm_msc"),
    (("umbilical", "cord", "blood"), "cell:uc_msc"), (("umbilical", "cord"), "cell:uc_msc"), (("umbilical-cord",), "cell:uc_msc"),
    (("cord", "blood"), "cell:uc_msc"), (("wharton's", "jelly"), "cell:wj_msc"), (("wharton’s", "jelly"), "cell:wj_msc"),
    (("wharton", "'s", "jelly"), "cell:wj_msc"), (("wharton", "’s", "jelly"), "cell:wj_msc"), (("wharton", "jelly"), "cell:wj_msc"),
    (("adipose", "tissue"), "cell:ad_msc"), (("adipose",), "cell:ad_msc"), (("fat",), "cell:ad_msc"),
    (("lipoaspirate",), "cell:ad_msc"), (("placenta",), "cell:pl_msc"), (("placentas",), "cell:pl_msc"),
    (("amnion",), "cell:pl_msc"), (("amniotic", "membrane"), "cell:pl_msc"), (("chorion",), "cell:pl_msc"),
    (("amniotic", "fluid"), "cell:pl_msc"), (("chorionic", "villi"), "cell:pl_msc"), (("decidua",), "cell:pl_msc"),
    (("placental",), "cell:pl_msc"),
    # (helper BH, s21) the other names of the birth tissues
    (("chorionic", "villus"), "cell:pl_msc"), (("chorionic", "plate"), "cell:pl_msc"), (("chorionic", "membrane"), "cell:pl_msc"),
    (("amniotic", "tissue"), "cell:pl_msc"), (("adipose-tissue",), "cell:ad_msc"),
    (("lipoaspirates",), "cell:ad_msc"), (("liposuction", "material"), "cell:ad_msc"),
    # (helper CK, s22) plural tissues (`MSCs derived from the umbilical cords of healthy donors`)
    (("umbilical", "cords"), "cell:uc_msc"), (("adipose", "tissues"), "cell:ad_msc"), (("placentae",), "cell:pl_msc"),
    # (helper CY, s23) the tissue's short form (`MSCs from BM`, `MSCs isolated from WJ`, `BM-derived hMSCs`; not before
    # `patients`: SOURCE_SHORT_NOT_BEFORE), the marrow's harvest site (`MSCs harvested from the iliac crest`) and the
    # jelly's other spellings (`Wharton´s jelly`, `Whartons jelly`, `Warton's jelly`)
    (("bm",), "cell:bm_msc"), (("wj",), "cell:wj_msc"), (("uc",), "cell:uc_msc"), (("iliac", "crest"), "cell:bm_msc"),
    (("wharton´s", "jelly"), "cell:wj_msc"), (("wharton`s", "jelly"), "cell:wj_msc"), (("whartons", "jelly"), "cell:wj_msc"),
    (("warton", "'s", "jelly"), "cell:wj_msc"), (("warton", "’s", "jelly"), "cell:wj_msc"), (("warton's", "jelly"), "cell:wj_msc"),
)
# (helper CY, s23) a tissue's short form names no source before these (`MSCs from UC patients`: ulcerative colitis)
SOURCE_SHORTS = frozenset({"bm", "wj", "uc"})
SOURCE_SHORT_NOT_BEFORE = frozenset({"patients", "patient", "subjects", "cases", "group", "groups", "cohort", "mice",
                                     "rats", "model", "models", "activity", "severity", "score"})
# (helper CY, s23) `MSCs obtained by bone marrow aspiration`, `... through iliac crest puncture`: the harvest names the tissue
SOURCE_BY_LINKERS = frozenset({"by", "through", "via", "after", "following"})
SOURCE_HARVESTS = frozenset({"aspiration", "aspirations", "aspirate", "aspirates", "harvest", "harvesting", "biopsy",
                             "biopsies", "puncture", "sampling", "collection"})
# (`MSCs isolated from the patient's own bone marrow`, `... from abdominal subcutaneous adipose tissue`)
SOURCE_FILLERS = frozenset({"the", "human", "rat", "mouse", "murine", "adult", "healthy", "autologous", "allogeneic",
                            "donor", "donors", "patients'", "neonatal", "patient", "patients", "'s", "’s", "own",
                            "their", "abdominal", "subcutaneous"})
# (helper BH, s21) words between `from` and the tissue after the cells (`from the iliac crest bone marrow`, `from
# full-term placenta`, `from a healthy donor's adipose tissue`): before a name they would take in determiners or `ALS`
SOURCE_AFTER_FILLERS = SOURCE_FILLERS | frozenset({"iliac", "crest", "a", "an", "fetal", "foetal", "term", "full-term", "newborn", "young", "aged",
                            "elderly", "fresh", "discarded", "postpartum", "post-partum", "als", "same", "each", "donated",
                            "porcine", "canine", "equine", "rabbit", "monkey", "primate", "infant", "infants'", "donor's",
                            # (helper CY, s23) a plural possessive's split apostrophe (`from the patients' bone marrow`)
                            # and the crest's sides (`from the posterior iliac crest`)
                            "'", "’", "posterior", "anterior", "superior"})

# (helper BH, s21) the international nonproprietary names of MSC products (`remestemcel-L`, `rexlemestrocel-L`,
# `darvadstrocel`): the `-cel` of a cell therapy after the stem for mesenchymal stromal or stem cells
CELL_INN = re.compile(r"^[a-z]{2,}(?:mestrocel|mestemcel|stemcel|temcel|adstrocel|strocel)$", re.I)

LABEL_PRIORITY = {"DISEASE": 0, "OUTCOME": 1, "CELL_TYPE": 2, "NEUROTROPHIC_FACTOR": 3, "ROUTE": 4}


def case_sensitive(alias: str, concept: Concept) -> bool:
    """Short upper-case aliases (`ALS`, `MS`, `PaGE`, `SHED`) match only as written; factor
    symbols are the exception (abstracts write `Vegf`, `bdnf`)."""
    core = alias[:-1] if alias.endswith("s") else alias
    if concept.label == "NEUROTROPHIC_FACTOR" and any(ch.isdigit() or ch.isupper() for ch in alias) and len(core) <= 6:
        return False
    if concept.label == "CELL_TYPE" and LETTER_HYPHEN_NAME.match(alias):
        return True   # (helper DZ, s26) `B-cells` as written: `b-cells` are beta cells that lost their `β`
    return len(core) <= 5 and any(ch.isupper() for ch in alias) and " " not in alias


# a cell named by one capital letter glued by a hyphen (`B-cell`, `T-lymphocytes`, `T-Cell` in a title)
LETTER_HYPHEN_NAME = re.compile(r"^[A-Z]-[A-Za-z]")


def _swap(text: str, a: str, b: str) -> set[str]:
    return {text, text.replace(a, b), text.replace(b, a)}


# American / British spellings: every alias is matched in both (`ischemic stroke` / `ischaemic stroke`)
SPELLINGS = (("ischemi", "ischaemi"), ("hemorrh", "haemorrh"), ("hematopoie", "haematopoie"), ("hemato", "haemato"),
             ("tumor", "tumour"), ("edema", "oedema"), ("behavior", "behaviour"), ("fetal", "foetal"),
             ("pediatric", "paediatric"), ("anemi", "anaemi"), ("leukemi", "leukaemi"), ("anesthe", "anaesthe"),
             ("esophag", "oesophag"), ("glycemi", "glycaemi"), ("hypoxemi", "hypoxaemi"), ("localiz", "localis"),
             ("tumorigen", "tumourigen"), ("paralyz", "paralys"), ("fiber", "fibre"), ("labeled", "labelled"))


def spelling_variants(text: str) -> set[str]:
    """`text` (lower-cased) in the other spelling of each American/British pair it contains."""
    low = text.lower()
    out = set()
    for us, gb in SPELLINGS:
        if gb in low:
            out.add(low.replace(gb, us))
        elif us in low:
            out.add(low.replace(us, gb))
    return out


# an eponym before a disease head (`Parkinson's disease`, `Guillain-Barré syndrome`, `Friedreich's ataxia`)
EPONYM_DISEASE = re.compile(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(['’´]s)? (disease|diseases|syndrome|ataxia|chorea|palsy|"
                            r"dementia|dystrophy|disorder)$")


def alias_variants(alias: str) -> set[str]:
    """Spelling variants the text may use for one alias (quotes, `-derived`, hyphen/space,
    American/British spelling)."""
    out = {alias} | spelling_variants(alias)
    for a, b in (("’", "'"), ("'", "′"), ("-derived", " derived"), ("bone marrow", "bone-marrow"), ("stem cell", "stem-cell"),
                 ("stem/stromal", "stem or stromal"), ("stem/stromal", "stromal/stem"),
                 ("stem/progenitor", "stem or progenitor"), ("stem/progenitor", "progenitor/stem"),
                 ("stem/progenitor", "stem/precursor"), ("stem/progenitor", "stem and progenitor"), ("umbilical cord", "umbilical-cord"), ("spinal cord", "spinal-cord"),
                 ("wharton's jelly", "wharton jelly"), ("Wharton's jelly", "Wharton jelly"),
                 # (helper CY, s23) the possessive without its apostrophe (`Whartons jelly stem cells`)
                 ("wharton's jelly", "whartons jelly"), ("Wharton's jelly", "Whartons jelly")):
        out = set().union(*(_swap(x, a, b) for x in out))
    # (helper BM, s21) an eponym's disease with or without the possessive (`Kennedy's disease` / `Kennedy disease`,
    # `Friedreich ataxia`, `Huntington´s chorea`, `Parkinsons disease`)
    m = EPONYM_DISEASE.match(alias)
    if m:
        out |= {f"{m.group(1)}{p} {m.group(3)}" for p in ("", "'s", "’s", "´s", "s")}
    if LETTER_HYPHEN_NAME.match(alias):
        out.add(alias.title())   # matched as written (case_sensitive), so also in a title's capitals: `T-Cell`
    if "-" in alias and " " not in alias and len(alias) > 5:   # `UC-MSCs` / `UCMSCs`, `ALS-FRS`
        out.add(alias.replace("-", ""))
    # the writer's choice, not the name's: a list's last comma (`Basso, Beattie, and Bresnahan`) and the
    # number of a read-out's last word (`BBB score` / `BBB scores`)
    if ", " in alias and " and " in alias and ", and " not in alias:
        head, _, tail = alias.rpartition(" and ")
        out |= {v.replace(head + " and ", head + ", and ") for v in out}
    words = alias.split(" ")
    if len(words) >= 2:
        last = words[-1]
        other = (last + "s" if last.lower() in COUNTED_READOUTS else
                 last[:-1] if last.endswith("s") and last[:-1].lower() in COUNTED_READOUTS else None)
        if other:
            out |= {v[: len(v) - len(last)] + other for v in out if v.endswith(last)}
    return out


# read-out nouns whose plural is the singular plus `s`, for alias_variants
COUNTED_READOUTS = frozenset({"score", "scale", "test", "level", "rate", "count", "grade", "rating", "assessment",
                              "measurement", "subscore", "latency", "amplitude", "concentration", "volume"})


def phrase_entries(vocab: Vocabulary) -> Iterator[tuple[str, str, bool]]:
    """(text, concept_id, case_sensitive) for every alias variant the phrase matcher should know."""
    for concept in vocab:
        if concept.is_other and concept.label == "NEUROTROPHIC_FACTOR":
            continue   # a placeholder concept: nothing to match
        for alias in concept.names():
            variants = alias_variants(alias)
            if concept.label == "DISEASE":
                variants |= {v for a in variants for v in (disease_number_variant(a),) if v}
            for variant in variants:
                yield variant, concept.concept_id, case_sensitive(variant, concept)


# (helper BM, s21) a disease name's head in the singular and the plural (`strokes`, `ischemic strokes`,
# `Parkinson's diseases`, `peripheral neuropathies`, `spinocerebellar ataxia`): the writer's choice, not the name's
DISEASE_PLURALS = {"stroke": "strokes", "disease": "diseases", "disorder": "disorders", "syndrome": "syndromes",
                   "infarct": "infarcts", "injury": "injuries", "neuropathy": "neuropathies", "dystrophy": "dystrophies",
                   "ataxia": "ataxias", "degeneration": "degenerations", "encephalopathy": "encephalopathies",
                   "myopathy": "myopathies", "tumor": "tumors", "tumour": "tumours", "condition": "conditions",
                   "insult": "insults", "leukodystrophy": "leukodystrophies", "tauopathy": "tauopathies"}
_DISEASE_SINGULARS = {b: a for a, b in DISEASE_PLURALS.items()}


def disease_number_variant(alias: str) -> str | None:
    """`ischemic stroke` -> `ischemic strokes`, `neurological disorders` -> `neurological disorder`, `stroke` ->
    `strokes` (None: no counted head)."""
    if EPONYM_DISEASE.match(alias):
        return None   # one disease (`Alzheimer's and Parkinson's diseases`: the eponyms, the project's choice)
    head, sep, last = alias.rpartition(" ")
    other = DISEASE_PLURALS.get(last) or _DISEASE_SINGULARS.get(last)
    return f"{head}{sep}{other}" if other else None


# what only cells do: survival coordinated with one of these is the cells' (graft survival: outcome:other)
CELL_PROCESSES = frozenset({"differentiation", "proliferation", "migration", "engraftment", "homing", "integration",
                            "viability", "self-renewal", "adhesion", "expansion"})
# what neurotrophic factors do for neurons beside keeping them alive (`the development, survival and maintenance
# of neuronal populations`): a bare `survival` listed between two of them is the cells'
NEURON_LIFE_PROCESSES = frozenset({"development", "maintenance", "growth", "outgrowth"})
# the nervous system's own cells, whose survival a factor or a graft supports (`promote their survival`)
NATIVE_NERVE_CELLS = frozenset({"cell:neuron", "cell:astrocyte", "cell:oligodendrocyte", "cell:schwann_cell"})

# words that make an undefined route short form (`IV`, `IT`, `IM`) a route: `administered IV`, `IT injection`
ROUTE_SHORT_BEFORE = frozenset({"administered", "given", "injected", "infused", "delivered", "received", "via", "by",
                                "transplanted", "applied", "dosed"})
ROUTE_SHORT_AFTER = frozenset({"infusion", "infusions", "injection", "injections", "administration", "administrations",
                               "delivery", "bolus", "route", "dose", "doses", "application",
                               "applications", "infused", "injected", "administered", "delivered"})
# (helper BC, s21) a route's short form glued to a giving word (`IT-injected MSCs`, `IV-treated mice`), and the
# words that join route short forms into a list (`IV or IT`, `IT, IV and/or IM`, `IV vs. IT`)
ROUTE_SHORT_HYPHENED = ROUTE_SHORT_AFTER | frozenset({"treated", "transplanted", "grafted", "implanted", "transplantation",
                                                     "treatment", "group", "groups", "administrated"})
# what may follow a short form right after the cells given (`1x10^6 MSCs IV at 90 days`, `MSCs IT twice`), not a noun
# (`MSCs IV passage`)
ROUTE_SHORT_NEXT = frozenset({"at", "on", "to", "in", "into", "or", "and", "every", "once", "twice", "thrice", "weekly",
                              "daily", "monthly", "for", "with", "after", "before", "over", "via", "from", "per", "until",
                              "during", "versus", "vs", "alone", "only", "respectively"})
ROUTE_SHORT_JOINERS = LIST_JOINERS | {"+", "vs", "vs.", "versus", "plus", "&"}

# muscles that cell and gene therapies for ALS are injected into, and the words before them
NAMED_MUSCLES = frozenset({"gastrocnemius", "tibialis", "anterior", "quadriceps", "femoris", "biceps", "triceps", "soleus",
                           "extensor", "digitorum", "longus", "diaphragm", "deltoid", "intercostal"})
# what may stand before the muscles a graft goes into (`into the`, `into both`, `into two hindlimb muscles`)
MUSCLE_COUNTS = ["the", "both", "each", "two", "three", "four", "several", "multiple"]
LIMB_SIDES = frozenset({"left", "right", "bilateral", "ipsilateral", "contralateral", "hind", "upper", "lower"})
LIMB_WORDS = frozenset({"hindlimb", "forelimb", "limb", "hind-limb", "leg", "arm", "calf", "skeletal", "distal",
                        "proximal", "lumbar", "respiratory"})
# what an animal's disease onset is read by (`onset of hindlimb paralysis`, `onset of neurological signs`)
ONSET_SIGNS = frozenset({"paralysis", "paresis", "symptoms", "signs", "deficits", "dysfunction", "weakness",
                         "impairment", "tremor", "tremors", "disease", "als", "phenotype", "decline", "clasping"})
# signs by which a model animal's onset is read (`age at onset of hindlimb tremor`): no patient characteristic
ANIMAL_ONSET_SIGNS = frozenset({"hindlimb", "hind-limb", "forelimb", "tremor", "tremors", "paralysis", "paresis",
                                "clasping"})
# `onset was delayed`
ONSET_CHANGES = frozenset({"delayed", "postponed", "retarded", "accelerated", "hastened", "prolonged", "advanced"})
# what a treatment does to a bare onset (`delayed the onset`, `had no effect on onset`), and the end
# points it is coordinated with (`onset and survival`): there it is the end point, not a site of onset
ONSET_VERBS = ONSET_CHANGES | frozenset({"delay", "delays", "delaying", "postpone", "postpones", "postponing",
                                         "alter", "altered", "alters", "affect", "affected", "affects", "change",
                                         "changed", "influence", "influenced", "accelerate", "hasten", "hastens",
                                         "modify", "modified",
                                         "earlier", "later"})   # `knockout mice showed earlier onset`: compared
ONSET_TOPICS = frozenset({"effect", "effects", "impact", "influence"})
ONSET_PARTNERS = frozenset({"survival", "lifespan", "life-span", "progression", "duration", "death"})
ONSET_MODIFIERS = frozenset({"hindlimb", "hind-limb", "hind", "limb", "forelimb", "motor", "clinical", "neurological",
                             "neurologic", "behavioral", "behavioural", "overt", "first", "visible", "muscle",
                             "bulbar", "disease", "als-like", "clinically", "detectable", "evident", "progressive"})


def token_patterns() -> list[tuple[str, list[dict]]]:
    """Matcher patterns for compositional names; the key says what the match becomes."""
    spinal = [{"LOWER": {"IN": ["spinal", "spinal-cord"]}}, {"LOWER": "cord", "OP": "?"}]
    csf_level = [{"LOWER": {"IN": ["lumbar", "spinal", "cervical", "thoracic"]}, "OP": "?"}]
    return [
        ("route:intraspinal", [{"LOWER": {"IN": ["into", "within", "onto", "in", "to"]}}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS | CORD_STATES)}, "OP": "*"}, *spinal,
                               {"LOWER": {"IN": ["parenchyma", "gray", "grey", "tissue"]}, "OP": "?"}]),
        # `into the lumbar cord`: the cord named by its level alone; `transplanted into the (injured) cord`: by
        # its state, in spinal cord injury trials
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": {"IN": sorted({"lumbar", "cervical", "thoracic", "lumbosacral"} | CORD_STATES)},
                                "OP": "*"}, {"LOWER": "cord"}]),
        # (`delivered through the CSF`, `via the cerebrospinal fluid`)
        # (`administered in the CSF`: `in` only before the fluid, only after a giving word: the site Matcher)
        # (helper FG, s28) the fluid may carry its level (`implanted in the lumbar CSF`, `into the spinal CSF`)
        ("route:intrathecal", [{"LOWER": {"IN": ["in"]}}, {"LOWER": "the", "OP": "?"}, *csf_level,
                               {"LOWER": {"IN": ["csf", "cerebrospinal"]}}, {"LOWER": "fluid", "OP": "?"}]),
        ("route:intrathecal", [{"LOWER": {"IN": ["into", "through", "via"]}}, {"LOWER": "the", "OP": "?"}, *csf_level,
                               {"LOWER": {"IN": ["csf", "cerebrospinal", "subarachnoid", "intrathecal"]}},
                               {"LOWER": {"IN": ["fluid", "space"]}, "OP": "?"}]),
        # (helper FI, s28) `injected into the spinal fluid`: the CSF in lay words (without `fluid` the
        # intraspinal pattern above would take `into the spinal`)
        ("route:intrathecal", [{"LOWER": {"IN": ["into", "through", "via"]}}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": "spinal"}, {"LOWER": "fluid"}]),
        # (helper FI, s28) `injected into a vein`, `through the veins`: a vein not named (named ones, `tail vein`,
        # are aliases; `portal vein` is an organ's, `umbilical vein` a cell source, neither a bare vein)
        ("route:intravenous", [{"LOWER": {"IN": ["into", "through", "via"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
                               {"LOWER": {"IN": ["vein", "veins"]}}]),
        ("route:intracisternal", [{"LOWER": "into"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "cisterna"},
                                  {"LOWER": "magna"}]),
        # `into the gastrocnemius`, `into the hindlimb muscles`, `into the tibialis anterior muscle`
        ("route:intramuscular", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": MUSCLE_COUNTS}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(LIMB_SIDES | MUSCLE_STATES)}, "OP": "*"},
                                 {"LOWER": {"IN": sorted(NAMED_MUSCLES)}, "OP": "+"},
                                 {"LOWER": {"IN": ["muscle", "muscles"]}, "OP": "?"}]),
        # (helper AU, s20) `in the muscle` too, kept only after a giving word (`transplantation in the muscle`)
        ("route:intramuscular", [{"LOWER": {"IN": ["into", "in"]}}, {"LOWER": {"IN": MUSCLE_COUNTS}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(LIMB_SIDES | {"skeletal", "limb", "hindlimb", "forelimb",
                                                                       "hind-limb", "leg", "arm", "calf"})}, "OP": "*"},
                                 {"LOWER": {"IN": ["muscle", "muscles"]}}]),
        # `into the ipsilateral striatum`, `into the ischemic boundary zone`: the brain parenchyma (SPEC)
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": "either", "OP": "?"},
                                 {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITES)}}]),
        ("route:other", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both", "each", "a"]}, "OP": "?"},
                         {"LOWER": {"IN": sorted(ORGAN_SITE_MODIFIERS)}, "OP": "*"},
                         {"LOWER": {"IN": sorted(ORGAN_SITES)}}]),
        ("route:intracerebral", [{"LOWER": "into"}, {"LOWER": "the", "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": ["subventricular", "boundary", "peri-infarct", "periinfarct"]}},
                                 {"LOWER": {"IN": ["zone", "zones", "area", "areas", "region", "cortex"]}}]),
        # (helper DE, s23) `into the dentate gyrus`, `into the basal ganglia`: brain parts named by two words
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": ["dentate", "cingulate", "hippocampal", "precentral"]}},
                                 {"LOWER": {"IN": ["gyrus", "gyri", "formation"]}}]),
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both"]}, "OP": "?"},
                                 {"LOWER": {"IN": ["left", "right", "bilateral", "ipsilateral"]}, "OP": "*"},
                                 {"LOWER": "basal"}, {"LOWER": "ganglia"}]),
        # (helper DE, s23) a named brain nucleus or tract (`into the facial nucleus`, `into the deep cerebellar
        # nuclei`, `into the globus pallidus`, `into the olfactory bulb`; not `into the nucleus`, nor the medial
        # forebrain bundle, where 6-OHDA makes the lesion)
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": sorted(BRAIN_NUCLEUS_NAMES)}, "OP": "+"},
                                 {"LOWER": {"IN": ["nucleus", "nuclei"]}}]),
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": ["nucleus", "nuclei"]}},
                                 {"LOWER": {"IN": ["accumbens", "ambiguus", "basalis"]}}]),
        ("route:intracerebral", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": ["globus", "olfactory"]}},
                                 {"LOWER": {"IN": ["pallidus", "bulb", "bulbs"]}}]),
        # (helper DE, s23) `into the CA1 region of the hippocampus`, `into the motor area of the cortex`: a part
        # of a brain site (like `into the lumbar portion of the spinal cord`)
        ("route:intracerebral", [{"LOWER": "into"}, {"LOWER": "the", "OP": "?"},
                                 {"TEXT": {"REGEX": r"^(CA[1-4]|[a-z]+)$"}, "OP": "?"},
                                 {"LOWER": {"IN": ["region", "regions", "area", "areas", "part", "portion", "subfield",
                                                   "layer", "layers"]}},
                                 {"LOWER": "of"}, {"LOWER": {"IN": ["the", "both"]}, "OP": "?"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITE_MODIFIERS)}, "OP": "*"},
                                 {"LOWER": {"IN": sorted(BRAIN_SITES - {"parenchyma", "hemisphere", "hemispheres"})}}]),
        ("route:other", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "an", "a", "each"]}, "OP": "?"},
                         {"LOWER": {"IN": sorted(LESION_WORDS | STROKE_LESION_WORDS)}},
                         {"LOWER": {"IN": sorted(LESION_SITE_HEADS | {"core", "zone", "zones"})}}]),
        # (helper CE, s22) `injected into the lesion`, `into the infarct`, `into the syrinx`: the lesion's own noun
        ("route:other", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "an", "a", "each", "both"]}, "OP": "?"},
                         {"LOWER": {"IN": sorted(LESION_NOUNS)}}]),
        # (helper DE, s23) the cord's own cavity (`into the SC cavity`, `into the spinal cord cavity`)
        ("route:other", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "an", "a", "each", "both"]}, "OP": "?"},
                         {"LOWER": {"IN": ["sc", "spinal", "cord", "cystic", "syrinx"]}, "OP": "+"},
                         {"LOWER": {"IN": ["cavity", "cavities", "cyst", "cysts"]}}]),
        # (helper AE, s19) `injected into the sciatic nerve region`, `into the injured nerve`: a peripheral
        # nerve as the site of a local injection (kept only after a verb of giving, context_checks)
        ("route:other", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                         {"LOWER": {"IN": sorted(NERVE_SITE_MODIFIERS)}, "OP": "*"},
                         {"LOWER": {"IN": ["nerve", "nerves"]}},
                         {"LOWER": {"IN": ["region", "site", "stump", "stumps", "gap", "trunk"]}, "OP": "?"}]),
        ("route:intracerebroventricular", [{"LOWER": {"IN": SITE_PREPOSITIONS}}, {"LOWER": {"IN": ["the", "both"]}, "OP": "?"},
                                           {"LOWER": {"IN": ["lateral", "cerebral", "left", "right", "fourth", "third"]},
                                            "OP": "*"},
                                           {"LOWER": {"IN": ["ventricle", "ventricles"]}}]),
        # `into the ventral horns of the lumbar cord`, `into the lumbar enlargement`: the cord's grey matter
        # (only `into`: `neurons within the ventral horn` is where cells were counted)
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "both"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS)}, "OP": "*"},
                               {"LOWER": {"IN": ["ventral", "anterior"]}},
                               {"LOWER": {"IN": ["horn", "horns", "gray", "grey"]}},
                               {"LOWER": "matter", "OP": "?"}]),
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": {"IN": ["lumbar", "cervical"]}}, {"LOWER": "enlargement"}]),
        # (helper DE, s23) `into both the spinal cord and the brain`
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": {"IN": ["both", "each"]}}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS)}, "OP": "*"},
                               {"LOWER": {"IN": ["spinal", "spinal-cord"]}}, {"LOWER": "cord"}]),
        # `into cervical and lumbar cord`, `into lumbar and/or cervical spinal cord regions`: levels coordinated
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "both"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS | LEVEL_JOINERS)}, "OP": "*"},
                               {"LOWER": {"IN": ["lumbar", "cervical", "thoracic", "lumbosacral"]}},
                               {"LOWER": {"IN": ["spinal", "spinal-cord"]}, "OP": "?"}, {"LOWER": "cord"},
                               {"LOWER": {"IN": ["region", "regions", "segment", "segments"]}, "OP": "?"}]),
        # (helper FG, s28) `into the C4-C6 ventral horns`, `into the lumbar anterior horn`: the horns are the cord's
        # gray matter, so the site is the cord even when the cord is not named
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS - {"ventral", "dorsal", "anterior"})}, "OP": "*"},
                               {"TEXT": {"REGEX": SPINAL_SEGMENT_NAME}, "OP": "?"},
                               {"LOWER": {"IN": ["ventral", "anterior"]}}, {"LOWER": {"IN": ["horn", "horns"]}}]),
        # `into the lumbar portion of the spinal cord`, `into the gray matter tracts of the cervical spinal cord`
        ("route:intraspinal", [{"LOWER": "into"}, {"LOWER": {"IN": ["the", "both", "each"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS)}, "OP": "*"},
                               # (helper DE, s23) `into the L3-L5 segments of the spinal cord`, `into the C4 segment`,
                               # `into both sides of the lumbar spinal cord`
                               {"TEXT": {"REGEX": SPINAL_SEGMENT_NAME}, "OP": "?"},
                               {"LOWER": {"IN": ["portion", "part", "segment", "segments", "region", "regions",
                                                 "gray", "grey", "side", "sides"]}},
                               {"LOWER": {"IN": ["matter", "tracts", "tract"]}, "OP": "*"},
                               {"LOWER": "of"}, {"LOWER": "the", "OP": "?"},
                               {"LOWER": {"IN": sorted(SPINAL_LEVELS | LEVEL_JOINERS)}, "OP": "*"},
                               {"LOWER": {"IN": ["spinal", "spinal-cord"]}}, {"LOWER": "cord", "OP": "?"}]),
        # `via the internal carotid artery` (not `carotid artery occlusion`, the stroke model); `by infusion into
        # the cerebral arteries`, `into the middle cerebral artery`
        ("route:intraarterial", [{"LOWER": {"IN": ["via", "into", "through"]}}, {"LOWER": "the", "OP": "?"},
                                 {"LOWER": {"IN": ["internal", "external", "common", "left", "right", "middle", "both",
                                                   "ipsilateral", "contralateral"]}, "OP": "*"},
                                 {"LOWER": {"IN": ["carotid", "femoral", "vertebral", "cerebral", "basilar"]}},
                                 {"LOWER": {"IN": ["artery", "arteries"]}}]),
        # `onset of hindlimb paralysis`, `onset of clinical symptoms`: the onset is the end point
        ("outcome:disease_onset", [{"LOWER": "onset"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"},
                                   {"LOWER": {"IN": sorted(ONSET_MODIFIERS)}, "OP": "*"},
                                   {"LOWER": {"IN": sorted(ONSET_SIGNS)}}]),
        # `the age at onset of hindlimb tremor`: a model animal's onset, an end point (not `age at onset of
        # symptoms`, a patient characteristic)
        ("outcome:disease_onset", [{"LOWER": "age"}, {"LOWER": {"IN": ["at", "of"]}}, {"LOWER": "onset"}, {"LOWER": "of"},
                                   {"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": sorted(ONSET_MODIFIERS)}, "OP": "*"},
                                   {"LOWER": {"IN": sorted(ANIMAL_ONSET_SIGNS - {"hindlimb", "hind-limb", "forelimb"})}}]),
        # `the appearance of tremor`, `the emergence of hindlimb paralysis`: when the disease shows, its onset
        ("outcome:disease_onset", [{"LOWER": {"IN": ["appearance", "emergence"]}}, {"LOWER": "of"},
                                   {"LOWER": "the", "OP": "?"}, {"LOWER": "first", "OP": "?"},
                                   {"LOWER": {"IN": sorted(ONSET_MODIFIERS)}, "OP": "*"},
                                   {"LOWER": {"IN": sorted(ONSET_SIGNS)}}]),
        # `atrophy of the gastrocnemius muscle`: muscle atrophy
        ("outcome:neuromuscular", [{"LOWER": "atrophy"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"},
                                   {"LOWER": {"IN": sorted(LIMB_SIDES | NAMED_MUSCLES | LIMB_WORDS)}, "OP": "*"},
                                   {"LOWER": {"IN": ["muscle", "muscles", "myofibers", "myofibres"]}}]),
    ]


# --- generic shapes of names no vocabulary lists (ruler.generic_candidates) ---------------------
# Measure heads: `<modifier>+ HEAD` names an end point (`TNF-α levels`, `axonal loss`, `open-field
# tests`, `cystic cavity area`, `neurological severity scores`) when a content modifier precedes it.
OUTCOME_HEADS = frozenset({
    "levels", "concentration", "concentrations", "expression", "volume", "volumes", "area", "size", "density",
    "densities", "counts", "count", "numbers", "scores", "score", "ratings", "rating", "uptake", "infiltration",
    "activation", "reactivity",
    "loss", "death", "degeneration", "sprouting", "outgrowth", "regeneration", "repair", "apoptosis",
    "proliferation", "differentiation", "impairment", "impairments", "deficit", "deficits", "dysfunction",
    "function", "functions", "recovery", "improvement", "performance", "outcome", "outcomes", "behavior",
    "behaviour", "plasticity", "connectivity", "remodeling", "remodelling", "tests", "test", "symptoms",
    "hypersensitivity", "formation", "thickness", "latency", "amplitude", "amplitudes", "velocity", "defects",
    "disability", "activity", "scale", "scales", "questionnaire", "inventory", "examination", "evaluation",
    "assessment", "grade", "staging", "length", "lengths",
    "capacity", "viability", "integrity", "myelination",
    # third pass: heads of end points that neither dev set shows much of (`immune responses`,
    # `brain water content`, `long-term prognosis`, `relapse rate`)
    "response", "responses", "content", "prognosis", "rate", "rates", "index", "signs", "findings",
    "restoration", "preservation", "protection",
    # what a monitor reads (`intraocular pressure`, `oxygen saturation`)
    "pressure", "saturation",
    # (helper FC, s28) how fast a movement is done (`walking speed`, `speed of hand movements`)
    "speed"})
# an examination named by its method only (`radiographic evaluation`, `immunohistochemical assessment`) says how
# a study looked, not what it measured (train gold: no end point); `neurological examination` names what
APPRAISAL_HEADS = frozenset({"evaluation", "evaluations", "assessment", "assessments", "examination", "examinations",
                             "analysis", "analyses"})
METHOD_MODIFIERS = frozenset({"radiographic", "radiological", "radiologic", "histologic", "histological",
                              "histopathologic", "histopathological", "immunohistochemical", "immunohistologic",
                              "immunohistological", "immunofluorescent", "immunofluorescence", "microscopic",
                              "ultrastructural", "morphologic", "morphological", "morphometric", "stereological",
                              "stereologic", "imaging", "echocardiographic", "ultrasonographic", "biochemical",
                              "molecular", "statistical", "and", "/",
                              # how or when patients were looked at (`objective evaluation consisted of X`,
                              # `following metabolic assessment`)
                              "objective", "subjective", "metabolic", "nutritional", "baseline", "periodic"})
# a series of amounts a study gave (`increasing concentrations of H2O2`, `various concentrations of glutamate`):
# an exposure, not an end point (not after `by`: `acted by increasing concentrations of IL-10`)
DOSED_AMOUNTS = frozenset({"concentration", "concentrations", "doses", "dosages", "amounts"})
DOSE_SERIES = frozenset({"increasing", "decreasing", "different", "various", "varying", "graded", "escalating",
                         "several", "multiple", "indicated", "subtoxic", "sublethal", "ascending", "serial"})
# the surface markers that define MSCs (ISCT: CD73, CD90, CD105 on; CD34, CD45, CD14/CD11b, CD19/CD79a, HLA-DR
# off) and their usual companions: a cell's identity in its characterisation, no end point
MSC_SURFACE_MARKERS = frozenset({"cd73", "cd90", "cd105", "cd44", "cd29", "cd166", "cd146", "cd271", "stro-1",
                                 "cd34", "cd45", "cd14", "cd11b", "cd19", "cd79a", "cd31", "hla-dr", "hla-abc",
                                 "cd73+", "cd90+", "cd105+", "cd44+", "cd29+", "cd34-", "cd45-", "hla-dr-"})
# words before `pressure` that make it a figure of speech, no reading (`selective pressure`, `evolutionary
# pressure of the drug`): no end point
FIGURATIVE_PRESSURE = frozenset({"selective", "selection", "evolutionary", "immune", "social", "economic", "peer",
                                 "time", "environmental", "competitive", "drug", "antibiotic", "resistance"})
# words of a promoter or transcription assay: what a reporter measured is a mechanism, no end point
# (`a 3-fold increase in promoter activity`, `an increase in transcription rate`)
ASSAY_WORDS = frozenset({"promoter", "enhancer", "transcription", "transcriptional", "reporter", "luciferase"})
# what a saturation is of when it is no breathing read-out (`serum transferrin saturation`: iron)
NOT_OXYGEN_SATURATION = frozenset({"transferrin", "iron", "ferritin", "receptor", "binding"})
# heads of what tissue makes: an end point only for an inflammatory marker or a transmitter (`TNF-α
# release`, `IL-6 production`, `glutamate release`), not for what the cells make (`EV production`)
PRODUCT_HEADS = frozenset({"release", "production", "secretion"})
PRODUCT_MODS = frozenset({"glutamate", "neuronal", "neurotransmitter", "transmitter", "cytokine", "cytokines",
                          "chemokine", "chemokines", "dopamine", "acetylcholine"})
# how a review rates the studies it pools: no end point of the treatment
APPRAISAL_WORDS = frozenset({"heterogeneity", "newcastle-ottawa", "newcastle", "jadad", "amstar", "cochrane",
                             "bias", "i2", "i²", "funnel", "egger", "egger's", "prisma", "robins-i", "certainty"})
APPRAISAL_QUALITY = frozenset({"study", "studies", "methodological", "methodologic", "evidence", "reporting",
                               "assessment", "score", "scores", "scale",
                               # (helper U, s19) `the quality of the included trials / articles`
                               "trials", "articles", "papers", "publications", "literature"})


def is_appraisal(words: list[str]) -> bool:
    """`study quality`, `methodological quality and quality assessment`, `the Newcastle-Ottawa Scale`."""
    ws = set(words)
    if "grade" in ws and ws & {"assessment", "approach", "system", "certainty", "evidence"}:
        return True    # the GRADE system (not `Frankel grade`, `ASIA grade`)
    return bool(ws & APPRAISAL_WORDS) or ("quality" in ws and bool(ws & APPRAISAL_QUALITY) and "life" not in ws)


# what harms cells in disease models: `mutant SOD1 toxicity`, `the toxicity of ALS astrocytes`
INSULT_MODS = frozenset({"glutamate", "sod1", "mutant", "h2o2", "kainate", "kainic", "nmda", "amyloid", "aβ",
                         "tdp-43", "excitatory", "astrocyte", "astrocytes", "astrocytic", "microglia", "microglial",
                         "als", "staurosporine", "peroxide", "6-ohda", "mptp", "rotenone", "lps", "sod1g93a",
                         "g93a",
                         # the genetic forms' toxic species: `RNA toxicity`, `DPR toxicity`, `FUS toxicity`, and a
                         # mutation's `gain of toxicity` (the disease's mechanism, not a harm of the treatment)
                         "rna", "dpr", "dprs", "dipeptide", "repeat", "fus", "c9orf72", "gain"})
TNF_WORDS = frozenset({"tumor", "tumour", "necrosis", "factor"})
# words naming parts of the spine: `levels` after or of them are segments (`two spinal levels`), not amounts
SPINE_SEGMENT_WORDS = frozenset({"spinal", "vertebral", "segmental", "cervical", "thoracic", "lumbar", "sacral",
                                 "cord"})
# what `the level of` names as a place in a spinal cord injury (`sensation below the level of injury`)
INJURY_SITE_WORDS = frozenset({"injury", "lesion"})
# a named region of the cortex, not a measured area (`the supplementary motor area`, `premotor areas`)
BRAIN_AREA_MODS = frozenset({"motor", "premotor", "sensorimotor", "somatosensory", "sensory", "visual", "auditory",
                             "association", "speech", "language", "brodmann"})
# `HEAD of X`: `levels of synaptophysin`, `number of serotonergic fibers`, `volume of lesion`
OF_HEADS = frozenset({"levels", "level", "concentration", "concentrations", "expression", "number", "numbers",
                      "volume", "area", "size", "density", "densities", "loss", "death", "degeneration", "amelioration",
                      "infiltration", "activation", "proliferation", "differentiation", "accumulation", "release",
                      "viability", "protection", "preservation", "regeneration", "recovery", "content", "percentage",
                      "proportion", "deposition", "phosphorylation", "secretion",
                      # third pass: `extent of demyelination`, `incidence of tumors`
                      "incidence", "extent", "production", "activity", "formation",
                      "restoration", "integrity", "thickness", "length",
                      # (helper FC, s28) `speed of hand movements`
                      "speed"})
# (helper FY, s29) what a `level of` names when it is a degree, not an amount (`the level of clinical benefit`)
DEGREE_NOUNS = frozenset({"benefit", "benefits", "improvement", "improvements", "efficiency", "efficacy", "evidence",
                          "significance", "confidence", "certainty", "detail", "expertise", "understanding"})
# heads of a measured amount: `CSF levels of IL-6` names what was measured (ruler._extends_with_of)
MEASURED_AMOUNTS = frozenset({"levels", "level", "concentration", "concentrations", "expression", "content"})
# (helper AD, s19) what cells put out, after `levels of` (`levels of expression and secretion of BDNF`)
CELL_OUTPUTS = frozenset({"expression", "secretion", "production", "release", "synthesis"})
# words that are never a measure's modifier though they look like adjectives
NOT_OUTCOME_MOD = frozenset({
    "significant", "significantly", "further", "marked", "great", "greater", "better", "mild", "substantial", "overall",
    "possible", "potential", "total", "several", "various", "similar", "original", "final", "additional", "general",
    "clinical", "experimental", "therapeutic", "beneficial", "positive", "negative", "statistical", "critical",
    "essential", "crucial", "central", "important", "normal", "typical", "initial", "individual", "special",
    "natural", "usual", "serious", "successful", "principal", "primary", "secondary", "original", "physical",
    "complete", "partial", "optimal", "maximal", "minimal", "real", "actual", "local", "global", "practical", "their",
    "its", "our", "this", "these", "that", "those", "the", "a", "an", "and", "or", "of", "in", "on", "for", "with",
    "by", "to", "at", "from", "as", "no", "not", "all", "both", "each", "other", "more", "less", "high", "low",
    "higher", "lower", "early", "late", "long", "short", "new", "small", "large", "same", "different", "specific",
    "relevant", "remarkable", "dramatic", "modest", "slight", "sustained", "lasting", "long-lasting", "long-term",
    # (helper B, s18) how long or how much, not what: `a temporary improvement in motor function`
    "temporary", "transient", "transitory", "considerable", "notable", "steady",
    "short-term", "medical", "surgical", "functional-", "subsequent", "previous", "current", "recent", "annual",
    "abnormal", "mean", "median", "baseline", "pre", "post", "paracrine", "trophic", "neurotrophic", "stem", "cells",
    "subjective", "lethal", "endogenous", "progressive", "gradual", "devastating", "biological", "regulatory",
    "lumbar", "cervical", "thoracic", "sacral", "lower", "upper", "dose", "doses",
    # verbs and other words that only look like adjectives to ADJECTIVE (`drive disability`, `clear improvement`)
    "drive", "derive", "involve", "achieve", "receive", "survive", "thrive", "arrive", "give", "live", "avoid",
    "while", "clear", "appear", "near", "signal", "synergistic",
    # how a study rates its own results (`these preliminary findings`): no end point
    "preliminary", "exploratory", "encouraging", "promising", "present", "main", "key", "major",
    # (helper CB, s22) how sure, how visible or how large a result is (`objective improvement`, `no definitive
    # findings`, `obvious proliferation`): a rating, not what was measured (no gold mention of the 29 sets or the
    # train gold opens with one of these words); `effective` only before a dose word (ruler.phrases)
    "objective", "definitive", "definite", "conclusive", "inconclusive", "meaningful", "clinically-meaningful",
    "obvious", "evident", "visible", "noticeable", "appreciable", "measurable", "detectable",
    "discernible", "perceptible", "tangible", "striking", "pronounced", "noteworthy", "moderate", "minor",
    "robust", "sufficient", "insufficient", "favorable", "favourable", "unfavorable", "unfavourable", "desirable",
    "desired", "expected", "unexpected", "genuine", "true"})
# (helper Z, s19) nouns that ADJECTIVE reads as adjectives, which end an end point of their own before `and`
# (`motoneuron survival and glial cell reactivity`: two end points, no shared head)
NOUNS_LIKE_ADJECTIVES = frozenset({"survival", "removal", "interval", "trial", "withdrawal", "arrival", "renewal",
                                   "approval", "referral"})
# `number of X` counts an end point only when X is a countable structure (not `number of patients`)
COUNTABLE = frozenset({"neurons", "cells", "fibers", "fibres", "axons", "synapses", "vessels", "capillaries",
                       "motoneurons", "mns", "neurites", "spines", "plaques", "microglia", "astrocytes",
                       "oligodendrocytes", "macrophages", "lymphocytes", "myelinated", "nodes", "endplates",
                       "junctions", "nmjs", "foci", "aggregates", "inclusions", "tangles", "cysts", "lesions"})
COUNT_HEADS = frozenset({"number", "numbers", "proportion", "percentage"})
# `thromboembolic events`, `major adverse cardiac events`, `serious bleeding events`: the kinds of clinical
# event a trial counts as harms (SPEC's safety), and the grades before them (ruler.generic_candidates)
EVENT_KINDS = frozenset({"adverse", "thromboembolic", "thrombo-embolic", "thrombotic", "embolic", "bleeding",
                         "hemorrhagic", "haemorrhagic", "cardiac", "cardiovascular", "cerebrovascular", "coronary",
                         "respiratory", "hypoglycemic", "hypoglycaemic", "ischemic", "ischaemic", "infectious",
                         "neurological", "neurologic", "gastrointestinal", "pulmonary", "cardiopulmonary", "septic"})
EVENT_GRADES = frozenset({"serious", "severe", "major", "fatal", "non-fatal", "nonfatal", "life-threatening",
                          "treatment-emergent", "treatment-related", "procedure-related", "drug-related"})
# (helper FZ, s29) grades that put an event down to the treatment: such events are harms even with no kind named
EVENT_CAUSES = frozenset({"treatment-emergent", "treatment-related", "procedure-related", "drug-related"})
# nouns that often modify a measure head (besides adjectives and marker symbols)
OUTCOME_NOUN_MODS = frozenset({
    "motor", "sensorimotor", "sensory-motor", "memory", "cell", "tissue", "brain", "lesion", "infarct", "cavity",
    "cystic", "limb", "hind", "hindlimb",
    "forelimb", "fore-limb", "white", "matter", "gray", "grey", "cytokine", "protein", "gene", "mrna", "neurite",
    "axon", "myelin", "nerve", "muscle", "synapse", "synaptic", "dendritic", "spine", "hand", "gait", "learning",
    "sensory", "bladder", "bowel", "pain", "fibrosis", "scar", "glial", "astrocyte", "microglia", "microglial",
    "neuron", "neuronal", "serum", "plasma", "csf", "blood", "lesions", "damage", "walking", "swimming", "maze",
    "water", "open-field", "beam", "grip", "rotarod", "cortical", "hippocampal", "spinal", "cord", "tau", "amyloid",
    "severity", "function", "behavior", "behaviour", "stroke", "infarction", "edema", "oedema", "apoptotic",
    "inflammatory", "immune", "t", "b", "mitochondrial", "metabolic", "body", "weight", "sleep", "depression",
    "anxiety", "quality", "life", "balance", "coordination", "strength", "electrophysiological", "evoked",
    "potential", "potentials", "conduction", "dopamine", "dopaminergic", "cholinergic", "serotonergic", "rating",
    "disability", "status", "impact", "independence", "ability", "daily", "living", "pain", "fatigue", "spasticity",
    "stroke", "dyskinesia", "tremor", "rigidity", "bradykinesia", "swallowing", "speech", "urinary",
    # what a clinical laboratory or a monitor measures (`blood glucose concentration`, `serum urea levels`,
    # `absolute neutrophil count`, `heart rate`)
    "glucose", "creatinine", "urea", "bilirubin", "cholesterol", "triglyceride", "triglycerides", "hemoglobin",
    "haemoglobin", "albumin", "lactate", "insulin", "cortisol", "catecholamine", "ferritin", "neutrophil",
    "lymphocyte", "platelet", "leukocyte", "leucocyte", "heart", "pulse", "oxygen"})
OF_STOP = frozenset({"and", "or", "was", "were", "is", "are", "in", "at", "after", "before", "by", "with", "to", "from",
                     "on", "for", "than", "that", "which", "as", "between", "during", "compared", "versus", "vs",
                     "while", "whereas", "but", "when", "of", "the", "a", "an", "via", "through", "within", "been",
                     "had", "has", "have", "not", "also", "both", "only", "significantly", "markedly", "fell", "rose",
                     "remained", "into", "onto", "across", "throughout"})
# (helper DX, s26) a modal verb ends the phrase after `X of` (`the activity of NF-kappa B | may be beneficial`)
MODAL_VERBS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
NOT_OF_OBJECT = frozenset({"patients", "participants", "subjects", "animals", "mice", "rats", "studies", "cases",
                           "trials", "people", "individuals", "injections", "doses", "times", "days", "weeks",
                           "months", "years", "groups", "papers", "articles", "reports", "publications", "sessions",
                           "treatments", "transplantations", "factors", "genes", "cell", "cells", "the", "a"})
# stand-alone process words that the gold counts as end points (`neurogenesis`, `autophagy`)
OUTCOME_WORD = re.compile(r"^(?:[a-z]+genesis|[a-z]+plasticity|autophagy|apoptosis|senescence|cognition|"
                          r"neurodegeneration|neuropathology|neuroprotection|remyelination|demyelination|neurorestoration|"
                          r"neuroregeneration|tumorigenicity|neurotoxicity|astrogliosis|microgliosis|macrogliosis|"
                          r"gliosis|sprouting|proliferation|engraftment|homing|memory|"
                          r"tremor|weakness|morbidity|"
                          r"neurovascularization|revascularization|vascularization|myelination|reinnervation|"
                          r"allodynia|hyperalgesia)$")
NOT_OUTCOME_WORD = frozenset({"pathogenesis", "etiopathogenesis", "biogenesis", "carcinogenesis", "ontogenesis",
                              })
# single-word disease heads that name a disease on their own (`encephalomyelitis`, `dementia`)
# (helper CO, s22) no `palsy` alone: `sphincter palsy` is a sign; named palsies come with their words
# (`cerebral palsy`, `pseudobulbar palsy`, `facial nerve palsy`, `Bell's palsy`)
DISEASE_SOLO = frozenset({"encephalomyelitis", "dementia", "ataxia", "neuropathy", "neuropathies", "myopathy",
                          "myopathies", "encephalopathy", "dystrophy", "anemia", "anaemia", "immunodeficiency",
                          "cancers", "sarcoma", "sarcomas", "carcinoma", "carcinomas"})
DISEASE_MODIFIERS = frozenset({"autoimmune", "ischemic", "ischaemic", "hemorrhagic", "haemorrhagic", "traumatic",
                               "neonatal", "acute", "chronic", "subacute", "hypoxic", "hypoxic-ischemic", "diabetic",
                               "peripheral", "neurodegenerative", "degenerative", "demyelinating",
                               "inflammatory", "injured", "damaged", "contused", "transected", "lesioned",
                               # how a disease is inherited or behaves: `an autosomal dominant disorder`, `malignant neoplasms`
                               "inherited", "x-linked", "dominant", "recessive", "malignant", "cardiac"})
# (helper BA, s20) words before a vocabulary disease name that the gold keeps in the mention (`subacute stroke`,
# `traumatic cervical SCI`, `thoracolumbar spinal cord injury`; the train gold: `chronic spinal cord injury`,
# `familial ALS`): the course and the level of the disease (not `X-induced` models: the gold keeps the disease only)
DISEASE_NAME_MODIFIERS = frozenset({"acute", "subacute", "chronic", "traumatic", "sporadic", "familial",
                                    "cervical", "thoracic", "lumbar", "thoracolumbar", "diabetic", "sensory"})
# (helper BM, s21) the words before `ALS` (or its long form) that name its subtype, which the gold keeps in the
# mention (`SOD1-related ALS`, `FUS-ALS`, `inherited ALS`, `familial and sporadic ALS`): its inheritance, age and
# site of onset, and the gene whose mutation causes it (`SOD1 ALS`, `C9orf72-associated ALS`, `SOD1 mutant ALS`)
ALS_SUBTYPE_WORDS = frozenset({"sporadic", "familial", "inherited", "hereditary", "juvenile", "adult-onset",
                               "early-onset", "late-onset", "bulbar-onset", "limb-onset", "spinal-onset", "bulbar",
                               "limb", "spinal"})
ALS_GENES = frozenset({"sod1", "c9orf72", "c9", "tardbp", "tdp-43", "tdp43", "fus", "fus/tls", "optn", "vcp", "setx",
                       "ang", "vapb", "als2", "sqstm1", "tbk1", "nek1", "kif5a", "ubqln2", "pfn1", "chchd10", "matr3",
                       "spg11", "ccnf", "tuba4a", "hnrnpa1"})
# what joins a gene to the disease it causes (`SOD1-linked`, `C9orf72 mutant`, `TDP-43-related`)
GENE_DISEASE_LINKS = frozenset({"linked", "related", "associated", "mediated", "mutant", "mutated", "positive",
                                "dependent"})


def als_subtype_word(word: str) -> bool:
    """`familial`, `bulbar-onset`, `SOD1`, `SOD1-linked`, `C9orf72-associated`, `TDP-43-related` (lower-cased)."""
    if word in ALS_SUBTYPE_WORDS or word in ALS_GENES:
        return True
    head, _, link = word.rpartition("-")
    return bool(head) and head in ALS_GENES and link in GENE_DISEASE_LINKS


# (helper BM, s21) what joins the diseases of a list (`PD, HD and ALS`, `AD or PD`, `ALS, and/or MS`)
DISEASE_LIST_JOINERS = LIST_JOINERS | {";"}
# (helper BM, s21) the number of a disease's type (`type 1A`, `type II`, `type 3`)
DISEASE_TYPE_NUMBER = re.compile(r"^(?:[0-9]{1,2}[a-e]?|i{1,3}|iv|v|vi{1,3})$")
# heads that make a disease only with an anatomical noun before them: `brain damage`, `spinal cord lesions`
ANATOMY_DAMAGE = frozenset({"damage", "lesion", "lesions", "injury", "injuries", "trauma", "ischemia", "ischaemia",
                            "infarction", "hemorrhage", "haemorrhage",
                            "crush"})   # (helper CO, s22) `nerve crush`, `optic nerve crush` (the noun is needed)
ANATOMY = frozenset({"brain", "nerve", "nerves", "cord", "spinal", "cerebral", "cerebellar", "retinal", "cns", "head",
                     "axonal", "hippocampal", "cortical", "white", "matter", "peripheral", "sciatic", "optic",
                     "facial", "root", "plexus",
                     # site adjectives of bleeds and lesions: `intracerebral hemorrhage`, `intracranial injury`
                     "intracerebral", "intracranial", "subarachnoid", "intraventricular", "cerebrovascular",
                     "hypoxic-ischemic", "neural"})
# generic cell shapes: `hepatocytes`, `fibroblasts`, `keratinocytes`
CELL_WORD = re.compile(r"^[a-z]{3,}(?:cytes?|blasts?)$")
# A route adjective followed by one of these names anatomy, not administration: `subcutaneous fat`
NOT_A_ROUTE_AFTER = frozenset({"half-life", "half-lives", "half", "clearance", "bioavailability",   # (helper T, s19) PK
                               "fat", "tissue", "tissues", "adipose", "cells", "cell", "blood", "flow", "flowmetry",
                               "vessels", "vessel", "edema", "inflammation", "lipoaspirate", "lipoaspirates",
                               "circulation", "levels", "immune", "immunity", "effects", "lupus", "disease",
                               "diseases", "sclerosis", "inflammatory", "symptoms", "toxicity", "exposure",
                               "hemorrhage", "haemorrhage", "hemorrhages", "bleeding", "hematoma",
                               "immunomodulation", "immunomodulatory", "response", "responses", "action",
                               "actions", "mechanisms", "signaling", "signalling", "factors", "milieu",
                               # equipment, pressures, body functions and anatomy named by a route adjective
                               "access", "pressure", "pressures", "intake", "feeding", "cavity", "mucosa",
                               "hygiene", "secretions", "nerve", "nerves", "synthesis", "igg",
                               # (helper U, s19) stroke care and vessels named by a site adjective: `endovascular
                               # intracranial thrombectomy`, `intracranial aneurysm / stenosis / hypertension`
                               "thrombectomy", "thrombolysis", "aneurysm", "aneurysms", "stenosis", "atherosclerosis",
                               "hypertension", "artery", "arteries", "occlusion", "tumor", "tumors", "tumour", "tumours",
                               # (helper AC, s19) `the IGF-1 system in the intrathecal compartment`: the CSF space
                               "compartment", "compartments",
                               # (helper CL, s22) a talk, a recording device, the body's own circuits, a cell's
                               # fate or a body state named by a route adjective: `oral presentation`,
                               # `intramuscular electrodes`, `intraspinal circuits`, `poor intracranial
                               # survivability`, `systemic autoimmune disease`, `intrathecal IgG production`
                               # (not `intrathecal protein delivery`: an agent given)
                               "presentation", "presentations", "poster", "electrode", "electrodes",
                               "recording", "recordings", "emg", "electromyography", "circuit", "circuits",
                               "circuitry", "network", "networks", "interneurons", "interneuron",
                               "survivability", "autoimmune", "autoimmunity", "recurrence", "temperature", "ph",
                               "production", "phase", "communication", "ill", "line", "lines", "nodule",
                               "nodules", "swelling", "regulation", "state", "states", "status", "involvement",
                               "manifestation", "manifestations", "features", "signs", "metabolism",
                               # (helper EH, s26) a body part, a lesion or a body process named by a route
                               # adjective: `oral clefts`, `oral mucosal lesions`, `oral epithelial cells`,
                               # `intravascular coagulation`, `intravitreal neovascularization`, `systemic
                               # transporter`, `systemic lymphoma` (precision audit of unseen abstracts)
                               "cleft", "clefts", "mucosal", "epithelial", "epithelium", "lesion", "lesions",
                               "leukoplakia", "coagulation", "neovascularization", "neovascularisation",
                               "transporter", "transporters", "lymphoma", "lymphomas",
                               # (helper FE, s28) `an intramedullary mass` (a case report's lesion)
                               "mass", "masses"})
# (helper CL, s22) body regions and faculties coordinated with a route adjective in a non-route sense (`oral and
# pharyngeal muscles`, `oral and written communication`)
BODY_REGION_ADJ = frozenset({"pharyngeal", "oropharyngeal", "laryngeal", "facial", "dental", "maxillofacial", "bulbar",
                             "lingual", "written", "verbal", "motor", "respiratory", "limb"})
# blood analytes that MSC trials in diabetes, lupus or ovarian failure measure (`Stimulated C-peptide declined
# less`, `Serum albumin and complement C3 rose`): a measure's head, and SPEC's blood marker
BLOOD_ANALYTES = frozenset({"c-peptide", "hba1c", "hb1ac", "glucose", "estradiol", "oestradiol", "fsh", "amh",
                            "albumin", "c3", "anti-dsdna"})
# (helper AO, s20) a sentence that records cultured cells' electrophysiology (context_checks._in_context):
# cell words, and no organism, nerve, muscle or treatment word
CELL_ASSAY_WORDS = frozenset({"cells", "cell", "neuron-like", "induction", "differentiation", "differentiated",
                              "patch", "patch-clamp", "clamp", "cultured", "culture", "cultures", "vitro"})
BODY_ASSAY_WORDS = frozenset({"mice", "mouse", "rats", "rat", "patients", "patient", "animals", "animal", "nerve",
                              "nerves", "muscle", "muscles", "sciatic", "phrenic", "spinal", "limb", "limbs",
                              "hindlimb", "motor", "surgery", "transplantation", "transplanted", "grafted",
                              "injection", "injected", "treated", "group", "groups", "cmap", "emg", "vivo"})
# (helper AO, s20) `behavioral <head>` read as motor performance (outcome_concept)
BEHAVIOR_ADJ = frozenset({"behavioral", "behavioural", "neurobehavioral", "neurobehavioural"})
BEHAVIOR_MOTOR_HEADS = frozenset({"deficit", "deficits", "defects", "improvement", "improvements", "function",
                                  "functions", "score", "scores", "performance", "recovery"})
# A generic end point takes a specific concept when one of its words says which (SPEC section 2);
# checked in this order, the first hit wins, else `outcome:other`.
OUTCOME_KEYWORDS = (
    ("outcome:safety", frozenset({"adverse", "safety", "tolerability", "toxicity", "toxicities", "side-effects",
                                  "complications", "tumorigenicity", "tumorigenesis", "teratoma", "rejection"})),
    ("outcome:oxidative_stress", frozenset({"oxidative", "antioxidant", "ros", "mda", "malondialdehyde", "sod",
                                            "glutathione", "peroxidation", "nitrosative", "8-ohdg", "catalase",
                                            "peroxides", "nitrotyrosine", "3-nitrotyrosine"})),
    ("outcome:inflammation", frozenset({"tnf-α", "tnf-alpha", "tnfα", "il-1β", "il-1beta", "il-6", "il-10", "il-17",
                                        "ifn-γ", "cytokine", "cytokines", "inflammatory", "pro-inflammatory",
                                        "proinflammatory", "anti-inflammatory", "inflammation", "neuroinflammation",
                                        # (helper CZ, s23) chemokines are inflammatory mediators measured like cytokines
                                        # (29 sets: `levels of proinflammatory cytokines and chemokines`, `MDC and TARC
                                        # inflammatory cytokine levels` are inflammation, also in serum)
                                        "chemokine", "chemokines",
                                        "gfap", "gfap+", "iba1", "iba-1", "cd68", "microglial", "microglia",
                                        "astrocytic", "astroglial", "gliosis", "immune",
                                        # (`densities of astrocytes and microglia`: gliosis counted)
                                        "astrocytes", "glial", "leukocyte", "macrophage",
                                        "neutrophil", "nf-κb", "inflammasome", "astrogliosis", "microgliosis", "macrogliosis",
                                        # SPEC's inflammatory markers: C-reactive protein (`serum CRP levels`)
                                        "crp", "hs-crp", "c-reactive",
                                        # the inducible NO synthase of activated microglia and macrophages
                                        "inos"})),
    # before `neuromuscular`: `muscle strength`, `muscle force` are strength, not the junction
    ("outcome:muscle_strength", frozenset({"grip", "strength", "dynamometry", "force"})),
    ("outcome:neuromuscular", frozenset({"cmap", "nmj", "nmjs", "neuromuscular", "denervation", "endplate",
                                         "end-plate", "endplates", "end-plates", "electromyographic", "emg", "mune", "electrophysiological",
                                         "electrophysiology", "electromyography", "muscle", "muscles", "muscular",
                                         # (helper CZ, s23) the motor unit indices of CMAP studies (29 sets: `D50
                                         # index` neuromuscular)
                                         "d50", "munix",
                                         "myofiber", "myofibers", "myofibre", "myofibres", "conduction"})),
    ("outcome:respiratory_function", frozenset({"respiratory", "pulmonary", "breathing", "fvc", "vital", "svc",
                                                "ventilation", "ventilatory", "spirometry", "inspiratory",
                                                "expiratory", "saturation", "oximetry"})),
    ("outcome:disease_onset", frozenset({"onset"})),
    ("outcome:motor_function", frozenset({"motor", "sensorimotor", "sensory-motor", "locomotor", "locomotion",
                                          "hindlimb", "forelimb", "hind-limb",
                                          "gait", "walking", "rotarod", "coordination", "balance", "bbb", "bms",
                                          "open-field", "ambulation", "paralysis", "stepping", "footprint"})),
    ("outcome:quality_of_life", frozenset({"qol", "hrqol", "well-being", "wellbeing", "quality-of-life"})),
    ("outcome:disease_progression", frozenset({"progression"})),
    ("outcome:body_weight", frozenset({"weight", "bmi"})),
    # (MCP-1 and the chitinases are the CSF markers of ALS cell trials: train gold `CSF monocyte chemoattractant
    # protein-1 levels` is biomarker, so `levels of MCP-1` is too; beside a cytokine, inflammation comes first)
    ("outcome:biomarker", frozenset({"serum", "plasma", "csf", "blood", "neurofilament", "nfl", "biomarker",
                                     "biomarkers", "mcp-1", "mcp1", "ccl2", "chitotriosidase", "chit1", "chi3l1",
                                     "ykl-40"}) | BLOOD_ANALYTES),
)
# cytokines written out (their symbols are OUTCOME_KEYWORDS): `interleukin-1β`, `interferon-γ`
SPELLED_CYTOKINE = re.compile(r"^(?:interleukin|interferon)(?:s|-?\d|-?[α-ωa-z]|$)")
# a cytokine, chemokine or glial marker named by its symbol alone: an end point where a change verb
# takes it (`reduced TNF-α, IL-1β and IL-6`, `IL-10 was increased`), with no `levels` after it
MARKER_SYMBOL = re.compile(r"^(?:il-?\d{1,2}[a-zα-ω]?|tnf-?(?:α|alpha|a)|tnfα|ifn-?(?:γ|gamma|g)|ifnγ|tgf-?(?:β|beta|b)\d?|"
                           r"mcp-?1|mip-?1(?:α|β|alpha|beta|a|b)?|ccl\d{1,2}|cxcl\d{1,2}|hs-?crp|crp|chi3l1|ykl-40|gfap|iba-?1|cd68|nf-?κb|"
                           r"nlrp3|cox-?2|inos|pnf-?h|"
                           # apoptosis markers of brain-injury studies (`reduced Bax and caspase-3, raised Bcl-2`)
                           # (helper BI, s21) the rest of the Bcl-2 family and p53, measured the same way (`raised
                           # Bcl-2 and p53`, `lowered Bim`); other caspases stay out (test_entity_context: a list of
                           # proteins `Apoptosis, Bax and Caspase-9 were studied` is no list of end points)
                           r"bax|bak|bim|bcl-?2|bcl-?xl|p53|caspase-?3)$")
INFLAMMATORY_SYMBOL = re.compile(r"^(?:il-?\d|tnf|ifn|tgf|nf-?κb|nlrp3|cox-?2|inos)")
MOTOR_UNIT_WORDS = frozenset({"unit", "units", "axon", "axons", "axonal", "fiber", "fibers", "fibre", "fibres",
                              "nerve", "nerves", "endplate", "endplates", "end-plate", "end-plates"})
# a limb's atrophy is its muscles' (`hindlimb atrophy`: SPEC's muscle atrophy, not motor function)
LIMBS = frozenset({"limb", "limbs", "hindlimb", "hindlimbs", "forelimb", "forelimbs", "hind-limb", "fore-limb"})
MOTONEURONS = frozenset({"motoneuron", "motoneurons", "mns", "mn", "motorneurons", "motorneuron"})
MN_NOUNS = MN_NOUNS_BEFORE | MN_NOUNS_AFTER
# adjectives that name an end point's kind and can share a coordinated head (ruler._shared_head)
KIND_MODIFIERS = frozenset({"motor", "locomotor", "respiratory", "pulmonary", "ventilatory", "neuromuscular",
                            "electrophysiological", "inflammatory", "oxidative"})
# words that make a fluid word name no marker (`blood pressure`, `blood flow`, `blood-brain barrier`)
NOT_FLUID_MARKER = frozenset({"pressure", "flow", "barrier", "vessel", "vessels", "perfusion", "supply", "volume",
                              "brain", "cells", "cell", "receptor", "receptors"})
# (helper CZ, s23) what a muscle mention names when it is the muscle tissue's own state or supply, not the motor
# unit that SPEC's neuromuscular end points measure (29 sets: `muscle cramps`, `muscle tone`, `muscle tension` are
# outcome:other; `muscle atrophy`, `muscle mass`, `muscle innervation` neuromuscular)
MUSCLE_NOT_MOTOR_UNIT = frozenset({"fibrosis", "fibrotic", "regeneration", "regenerative", "repair", "healing",
                                   "necrosis", "necrotic", "blood", "perfusion", "flow", "vascularization",
                                   "vascularisation", "angiogenesis", "capillary", "capillaries", "glucose", "insulin",
                                   "metabolism", "metabolic", "mitochondrial", "satellite", "stem", "progenitor",
                                   "cramp", "cramps", "tone", "tension", "spasticity", "spasm", "spasms", "stiffness",
                                   "pain", "soreness", "disease", "diseases", "dystrophy", "dystrophic", "injury",
                                   "injuries", "damage"})
# (helper CZ, s23) harms that a treatment causes, named with an organ word (`pulmonary embolism`, `respiratory tract
# infection`): an adverse event (SPEC: safety), not the organ's function
HARM_EVENT_WORDS = frozenset({"embolism", "emboli", "embolus", "thrombosis", "thromboembolism", "thromboembolic",
                              "thrombus", "infection", "infections", "pneumonia"})
# (helper CZ, s23) the organ words such a harm is named with: the respiratory end point's keywords and the lungs
HARM_EVENT_ORGANS = dict(OUTCOME_KEYWORDS)["outcome:respiratory_function"] | {"lung", "lungs"}
# (helper CZ, s23) markers of neural lineages that cells in culture or grafts are stained for; GFAP beside them is the
# cells' astrocytic differentiation, not the host's gliosis (29 sets: GFAP with nestin and Tuj-1, with NSE and
# synaptophysin, with S100 in co-cultured stem cells: outcome:other; GFAP staining of the host cord: inflammation)
NEURAL_LINEAGE_MARKERS = frozenset({"nestin", "tuj-1", "tuj1", "tubulin", "map2", "map-2", "neun", "nse", "enolase",
                                    "syn", "synaptophysin", "s100", "s-100", "s100β", "s100b", "olig2", "o4", "dcx",
                                    "doublecortin", "mbp", "p75", "p75ntr", "sox2", "pax6"})
LINEAGE_CONTEXT = frozenset({"differentiation", "differentiated", "differentiate", "differentiates", "differentiating",
                             "co-cultured", "cocultured", "co-culture", "coculture", "co-cultures", "cultured", "culture",
                             "cultures", "vitro", "induction", "graft", "grafts"})
GLIOSIS_CUES = frozenset({"microglia", "microglial", "iba1", "iba-1", "cd68", "astrogliosis", "gliosis", "microgliosis",
                          "reactive", "activation", "activated", "inflammation", "inflammatory", "neuroinflammation",
                          "cytokines", "cytokine", "reactivity", "hypertrophy", "scar"})
# (helper CZ, s23) what a bare `progression` after these words is: a tumour's growth or the cell cycle, no disease course
NOT_DISEASE_PROGRESSION = frozenset({"tumor", "tumour", "tumors", "tumours", "cancer", "neoplastic", "malignant",
                                     "cycle", "cell-cycle"})
# an organ's weight is not the animal's (`brain weight`, `spleen weight`)
NOT_BODY = frozenset({"brain", "spleen", "liver", "organ", "heart", "kidney", "wet", "tumor", "tumour"})


IMMUNE_CELLS = frozenset({"glial", "glia", "astrocyte", "astrocytes", "macrophages", "lymphocytes", "lymphocyte",
                          "monocytes", "neutrophils", "t-cell", "t-cells", "microglia", "microglial", "leukocytes",
                          "leukocyte", "immune", "inflammatory", "cd4", "cd8", "cd3", "cd45", "cd68", "cd11b", "iba1",
                          "iba-1", "th17", "th1"})


# glial cells whose counts measure gliosis (`a decrease in astrocyte number`)
GLIA_COUNTED = frozenset({"astrocyte", "astrocytes", "microglia", "microglial", "glial", "glia"})


def outcome_concept(words: list[str]) -> str:
    """The concept a generic end point's lower-cased words name (`TNF-α levels` -> inflammation),
    by SPEC section 2's definitions; `outcome:other` when no word says which."""
    ws = set(words)
    ws |= {w.rstrip("+").rsplit("-", 1)[0] for w in words if w.endswith(("+", "-positive", "-immunoreactive"))}
    if {"quality", "life"} <= ws:
        return "outcome:quality_of_life"
    # motor neurons counted, lost or kept (SPEC: loss, survival or counts), not motor function:
    # `number of Nissl-stained motor neurons` (`MN dendritic atrophy` is neither)
    mn_at = [i for i, w in enumerate(words) if w in MOTONEURONS
             or w in ("neuron", "neurons") and i > 0 and (words[i - 1] == "motor" or words[i - 1].endswith("-motor"))]
    if not mn_at and ws & {"neuron", "neurons", "neuronal"} and ws & {"horn", "horns"}:
        mn_at = [len(words) - 1]   # `Nissl-stained neurons in the ventral horn`: the cord's motor neurons
    if mn_at and (mn_at[-1] == len(words) - 1 or ws & MN_NOUNS):
        return "outcome:motor_neuron_survival"
    if len(words) > 1 and words[-1] in BEHAVIOR_MOTOR_HEADS and set(words[:-1]) <= BEHAVIOR_ADJ:
        # (helper AO, s20) `behavioral deficits`, `behavioural scores`, `behavioral improvement`: the animals'
        # behaviour that cell studies score is their motor performance (train gold `behavioral recovery`);
        # not with a second kind beside it (`biochemical and behavioral deficits`), not `behavioral outcomes`
        return "outcome:motor_function"
    if words[0] == "first" and words[-1] in ("signs", "symptoms"):
        return "outcome:disease_onset"   # `delayed the first signs`: when the disease shows (a generic shape)
    if ws in ({"death"}, {"deaths"}):    # `time to tracheostomy or death`; `cell death` is not the patients'
        return "outcome:survival"
    if ws & {"nerve", "nerves"} and ws & {"function", "functions"} and ws & {"autonomic", "sensory"}:
        return "outcome:other"   # (helper CZ, s23) `sensory, motor and autonomic nerve function`: nerves of every kind,
        #                          no motor unit (29 sets: `autonomic nerve functions`, other)
    if ws & {"motor", "motoneuron"} and ws & MOTOR_UNIT_WORDS:
        return "outcome:neuromuscular"   # `motor unit loss`, `motor axon counts`: the units MUNE counts (SPEC)
    if any(SPELLED_CYTOKINE.match(w) or INFLAMMATORY_SYMBOL.match(w) and MARKER_SYMBOL.match(w) for w in words) \
            or {"necrosis", "tumor"} <= ws or {"necrosis", "tumour"} <= ws:
        return "outcome:inflammation"    # `interleukin-6 levels`, `tumor necrosis factor-α`: cytokines written out
    if {"inducible", "nitric", "synthase"} <= ws:
        return "outcome:inflammation"    # `inducible nitric oxide synthase (iNOS)`: activated microglia's enzyme
    if ws & {"activation", "activated", "reactivity", "reactive", "infiltration", "infiltrating"} and (
            ws & IMMUNE_CELLS or {"t", "cells"} <= ws or {"t", "cell"} <= ws):   # (`infiltration of T cells`)
        # ((helper DZ, s26) the singular too: `T cell activation` is what `T-cell activation` is)
        return "outcome:inflammation"    # `glial cell activation`, `activated macrophages`: SPEC's inflammation
    if ws & GLIA_COUNTED and ws & {"number", "numbers", "count", "counts"}:
        return "outcome:inflammation"    # `astrocyte numbers`, `microglia counts`: gliosis counted (SPEC)
    if ws & (MUSCLE_WORDS | LIMBS) and any(w.startswith(("atroph", "denervat", "wasting")) for w in words):
        return "outcome:neuromuscular"   # `gastrocnemius atrophy`, `denervation of the tibialis`: SPEC's muscle atrophy
    if ws & HARM_EVENT_WORDS and ws & HARM_EVENT_ORGANS:
        return "outcome:safety"   # (helper CZ, s23) `pulmonary embolism`, `respiratory tract infection`: a harm
    for cid, keys in OUTCOME_KEYWORDS:
        if ws & keys:
            if cid == "outcome:inflammation" and ws & keys <= {"chemokine", "chemokines"} \
                    and ws & {"mcp-1", "mcp1", "ccl2"}:
                continue   # (helper CZ, s23) `plasma levels of the chemokine MCP-1`: the train's CSF/blood marker
            if cid == "outcome:biomarker" and ws & NOT_FLUID_MARKER:
                continue
            if cid == "outcome:respiratory_function" and ws & keys == {"saturation"} and ws & NOT_OXYGEN_SATURATION:
                continue   # `transferrin saturation` is iron, not oxygen
            if cid == "outcome:body_weight" and ws & (NOT_BODY | {"muscle", "muscles", "gastrocnemius"}):
                continue
            if cid == "outcome:neuromuscular" and not ws & (keys - {"muscle", "muscles", "muscular"}) and any(
                    w.endswith("smooth") or w in ("cardiac", "heart") for w in words):
                continue   # `α-smooth muscle actin`, `cardiac muscle`: no skeletal muscle of the motor unit
            if cid == "outcome:neuromuscular" and not ws & (keys - {"muscle", "muscles", "muscular"}) \
                    and {p for w in words for p in w.split("-")} & MUSCLE_NOT_MOTOR_UNIT:
                continue   # (helper CZ, s23) `muscle fibrosis`, `muscle regeneration`, `muscle blood flow`: the muscle's
                #            own tissue, not its nerve supply (SPEC: CMAP, MUNE, junctions, atrophy, denervation)
            if cid == "outcome:disease_progression" and ws & keys == {"progression"} and ws & NOT_DISEASE_PROGRESSION:
                return "outcome:other"   # (helper CZ, s23) `tumor progression`, `cell cycle progression`
            return cid
    return "outcome:other"

# symptoms that, in a sentence about adverse events, are what the events were (`no adverse effects apart
# from a slight pain in the back`): the safety mention is the end point, the symptom is not (train gold)
AE_SYMPTOMS = frozenset({"pain", "back pain", "headache", "headaches", "fever", "nausea", "vomiting", "dizziness",
                         "rash", "fatigue", "neck pain", "local pain", "myalgia", "pyrexia", "chills", "weakness",
                         "muscle weakness", "muscular weakness", "falls", "constipation", "insomnia", "muscle spasms",
                         "injection site reactions", "injection-site reactions",
                         # the complaints of factor trials (`reported mild sensory symptoms`, `altered bowel function
                         # as an adverse effect`, `cough and fatigue`)
                         "sensory symptoms", "paraesthesias", "paresthesias", "paraesthesia", "paresthesia", "cough",
                         "bowel function", "altered bowel function", "sleep disturbance", "sleep disturbances",
                         "dry mouth", "agitation",
                         # (helper CH) the complaints after a lumbar puncture in intrathecal cell trials
                         "meningism", "meningismus", "meningeal irritation", "post-lumbar puncture headache",
                         "post-dural puncture headache", "post-puncture headache", "radicular pain", "leg pain"})
# a sentence where symptoms are adverse events without naming them: they occurred after the treatment
AE_VERBS = frozenset({"occurred", "developed", "experienced", "complained", "reported", "suffered", "had",
                      # (helper FY, s29) `headache and back pain were the commonest complaints`
                      "complaint", "complaints"})
AE_CONTEXT = frozenset({"after", "following", "transient", "transiently", "mild", "injection-site", "post-injection",
                        "procedure", "puncture", "infusion", "injection", "injections"})
# a sentence that reports what the treated patients' checks found (`laboratory abnormalities included mild
# anemia`, `neutropenia was not observed`, `with no proteinuria`): a disease-shaped finding there is a harm
# looked for, no disease (train gold: adverse-event findings are not annotated)
LAB_WORDS = frozenset({"laboratory", "laboratories", "lab", "labs"})
FINDING_VERBS = frozenset({"observed", "detected", "found", "seen", "noted", "recorded", "reported"})
NO_WORDS = frozenset({"no", "not", "without", "neither", "nor", "none"})
# verbs that say a harm began in the patients (not `had`, `suffered`: a disease's history, `brain damage
# suffered following the trauma`)
AE_ONSET_VERBS = frozenset({"occurred", "developed", "experienced", "complained", "reported"})
# words that say a harm went away (`which resolved with steroids`)
AE_RESOLVED = frozenset({"resolved", "resolving", "self-limiting", "self-limited", "subsided"})
# (helper CH) words that make a symptom that resolved a passing harm (`mild headache resolved spontaneously`)
AE_PASSING = frozenset({"mild", "transient", "transiently", "self-limiting", "self-limited", "spontaneously",
                        "puncture", "injection-site", "post-injection", "post-procedural"})
# what a harm follows in a cell trial beside the giving verbs (`after the procedure`, `following treatment`)
TREATMENT_STEMS = ("treatment", "procedure", "puncture", "surgery", "aspiration", "operation", "dose", "therapy",
                   "cell")
# vocabulary disease names that are also harms a treatment causes: in an adverse-event sentence a finding
AE_FINDING_NAMES = frozenset({"renal failure", "kidney failure", "acute renal failure", "acute kidney failure"})


def is_ae_symptom(text: str) -> bool:
    """`headache`, `back pain`, `transient radicular pain`: a symptom adverse events are made of."""
    words = text.split()
    return text in AE_SYMPTOMS or (len(words) <= 3 and words[-1] in ("pain", "headache", "headaches", "fever")) \
        or (len(words) == 2 and words[-1] == "weakness" and words[0] in AE_WEAK_PARTS)


# (helper FY, s29) the body parts of a weakness that, in a sentence about adverse events, is one of them (`two rats
# developed transient forelimb weakness after surgery`); the sentence test (sentence_filters) keeps ALS weakness
AE_WEAK_PARTS = frozenset({"arm", "leg", "hand", "foot", "limb", "forelimb", "hindlimb", "fore-limb", "hind-limb",
                           "facial", "transient"})


# (helper DB, s23) end points whose concept the study's kind decides: `functional improvement` is motor function
# in an animal study (the paw, the rotarod; 29 sets: 5 of 6 there), a global clinical result in a study of patients
# or a review that names no animals (29 sets: knee osteoarthritis; train gold: a trial in MSA; msc-neuro: a stroke
# review) (other)
ANIMAL_STUDY_MOTOR = frozenset({"functional improvement", "functional improvements"})
ANIMAL_STUDY_WORDS = frozenset({"mice", "mouse", "rats", "rat", "rodent", "rodents", "animal", "animals", "sod1g93a",
                                "g93a", "transgenic"})

# (helper DB, s23) nouns after an `anti-` end point that make it the name of an action, no end point
# (`anti-inflammation effect`, `anti-apoptosis mechanisms`; not `properties`: 29 sets `had superior anti-inflammation
# properties` compared with naive cells is an end point)
ACTION_NOUNS = frozenset({"effect", "effects", "mechanism", "mechanisms", "action", "actions", "role", "roles"})

# concepts that the sentence decides (ruler._by_sentence)
SENTENCE_BOUND = frozenset({"outcome:biomarker", "outcome:neuromuscular", "outcome:survival"})
# the fluid forms of neurofilament (light chain, phosphorylated heavy chain) are measured only in
# CSF or blood: a biomarker even when the sentence names no fluid (neurofilament staining is not);
# so are the hormones of ovarian-failure models and the heart-strain markers of infarction studies
# (`UC-MSCs lowered FSH and raised AMH`, `BNP fell after MSC infusion`)
FLUID_MARKER_NAME = re.compile(r"neurofilament light|phosphorylated neurofilament|\bnf-?l\b|\bpnf-?h\b|"
                               r"hormone|hormonal|\bo?estradiol|\bo?estrogen|\bfsh\b|\bamh\b|"
                               r"troponin|\bnt-probnp\b|\bbnp\b|natriuretic|\bck-mb\b|"
                               # (helper DB, s23) the muscle enzyme of ALS trials is a serum marker (29 sets: `creatine
                               # kinase`, `CK` biomarker 2 of 2)
                               r"creatine kinase|\bck\b|"
                               r"\bc-peptide\b|albumin\b|prothrombin|\binr\b|international normalized ratio")
# (helper CN, s22) where, in which tissue or in which cells an end point is measured, when said before a named end
# point (`peripheral nerve regeneration`, `skin wound healing`, `hippocampal neurogenesis`, `renal oxidative stress`,
# `neuronal cell death`, `endogenous cell proliferation`): the gold keeps the site in the mention (29 sets: 126
# mentions with the site word against 12 without), so the name widens over it (ruler.generic._site_widened)
END_POINT_SITES = frozenset({
    # organs and tissues
    "nerve", "nerves", "peripheral", "sciatic", "facial", "optic", "cochlear", "auditory", "retinal", "retina",
    "spinal", "cord", "brain", "cerebral", "cerebellar", "cortical", "hippocampal", "striatal", "nigral", "nigrostriatal",
    "cns", "pns", "skin", "cutaneous", "dermal", "epidermal", "liver", "hepatic", "renal", "kidney", "tubular",
    "cardiac", "myocardial", "intestinal", "colonic", "ovarian", "endothelial", "vascular", "tissue", "muscle",
    "skeletal",
    # cells and their parts
    "cell", "cellular", "neuronal", "neural", "neuron", "motoneuron", "axon", "axonal", "neurite", "glial",
    "microglial", "astrocytic", "dopaminergic", "t-cell",
    # an end point's own origin or course (`endogenous remyelination`, `chronic neuroinflammation`)
    "endogenous", "chronic", "humoral"})
# (helper DI, s24) words before a named end point that say WHICH end point it is: the modality (`motor neurite
# outgrowth`, `sensory functional recovery`), the fluid a blood marker is read in (`serum NfL`), the grade of a harm
# (`severe adverse events`), the level it is judged at (`functional neurological recovery`, `behavioral recovery`):
# the gold keeps them in the mention (29 sets, kept of all: motor 8/8, sensory 7/7, serum 6/6, severe 6/8,
# functional 5/5, serious 3/3, neuromotor 2/2, behavioral 2/2; train: `serious adverse events`, `serum alanine
# aminotransferase`, `behavioral recovery`); not `plasma`/`CSF` (29 sets: as often left out as kept), not a limb
# (msc-neuro-dev leaves `hind limb` out of `hind limb functional recovery`), not `clinical` (kept 5 of 6, but no
# form gained on the 29 sets and one lost: `Clinical feasibility` beside the gold's `feasibility`), not a result's
# direction (`improved`, `delayed`, `better`: train leaves them out)
END_POINT_QUALIFIERS = frozenset({
    "motor", "sensory", "neuromotor", "sensorimotor", "serum", "blood", "severe", "serious", "functional",
    "behavioral", "behavioural"})
# (helper CN, s22) processes whose `of` names where they happen (`regeneration of the sciatic nerve`, `apoptosis of
# neurons`, `progression of the paralysis`), and what such an `of` may name last: a tissue, a structure, cells, a sign
# (ruler.generic._of_site_widened; 29 sets: 54 gold mentions keep the `of` phrase; not `survival of the mice`)
OF_PROCESS_HEADS = frozenset({"regeneration", "degeneration", "apoptosis", "atrophy", "progression", "onset",
                              "myelination", "remyelination", "demyelination", "reinnervation", "denervation",
                              "neuroprotection", "protection", "preservation", "healing", "maturation", "gliosis",
                              "outgrowth", "repair", "loss", "death", "destruction", "proliferation"})
OF_SITE_OBJECTS = (END_POINT_SITES - {"tissue", "cell", "cellular"}) | COUNTABLE | frozenset({
    "nerves", "striatum", "cortex", "hippocampus", "retina", "wound", "wounds", "barrier", "dendrites", "muscle",
    "muscles", "junction", "junctions", "paralysis", "weakness", "disease", "symptoms",
    "deficits", "neurons", "neurites", "synapses"})
FLUID_WORDS = frozenset({"csf", "cerebrospinal", "serum", "plasma", "blood", "urine", "urinary", "biomarker",
                         "biomarkers", "sera", "fluid", "circulating"})
MUSCLE_WORDS = frozenset({"muscle", "muscles", "neuromuscular", "nmj", "nmjs", "endplate", "endplates", "end-plate",
                          "end-plates", "gastrocnemius", "tibialis", "diaphragm", "junction", "junctions", "myofibers",
                          "fibers", "fibres", "denervation", "reinnervation"})
ORGANISM_WORDS = frozenset({"mice", "mouse", "rats", "rat", "animals", "animal", "patients", "patient", "participants",
                            "subjects", "people", "individuals", "lifespan", "sod1", "g93a", "transgenic", "pups",
                            "dogs", "monkeys", "marmosets", "cohort", "median", "overall", "mortality", "death"})
GRAFT_SENTENCE = frozenset({"transplanted", "grafted", "engrafted", "graft", "grafts", "transplant", "implanted",
                            "donor", "transplantation"})
# a bare `survival` that transplanted cells own: they show it (`exhibited increased survival`), it is
# graded (`poor survival`), or it has a place in the host (`survival in the spinal cord`)
GRAFT_OWNING = frozenset({"showed", "show", "shows", "exhibited", "exhibit", "exhibits", "displayed", "display",
                          "displays", "had", "has", "have", "their", "its"})
GRAFT_GRADES = frozenset({"poor", "low", "limited", "robust"})
# (helper AD, s19) a rate of a graft's survival (`a low survival rate`, `their enhanced rate of survival`)
RATE_WORDS = frozenset({"rate", "rates", "ratio", "percentage"})
GRAFT_SURVIVAL_ADJ = GRAFT_GRADES | {"good", "long-term", "short-term", "high", "increased", "enhanced", "improved",
                                     "reduced", "decreased", "better", "prolonged"}
GRAFT_PLACES = frozenset({"spinal", "cord", "brain", "host", "lesion", "striatum", "tissue", "parenchyma", "site",
                          "graft", "injured", "vivo", "cns", "muscle", "muscles", "recipient", "recipients"})
# mononuclear cells named with no source: marrow's by the vocabulary, the document's blood source otherwise
BARE_MONONUCLEAR = frozenset({"mnc", "mncs", "mononuclear cell", "mononuclear cells"})
# (helper DX, s26) blood named after mononuclear cells (`MNCs isolated from peripheral blood`): blood's, like
# `peripheral blood mononuclear cells` (cord blood is in SOURCE_WORDS, marrow's MSCs have no blood source)
BLOOD_SOURCES = (("peripheral", "blood"), ("venous", "blood"), ("blood",))
# an MSC short form under a lower-case prefix the vocabulary does not list (`fMSCs` fetal, `hpMSCs`
# human placental, `hAMSCs`): MSCs all the same; the prefix, read in capitals, may name the source
PREFIXED_MSC = re.compile(r"^([a-z]{1,3})([A-Z]{0,4}-?MSCs?)$")
# the human prefix written in capitals (`HUMSCs`, `HBMSCs`, `HADSCs`): MSC short forms only (`HESCs` may be
# endometrial stromal cells)
CAPITAL_H_MSC = re.compile(r"^H[A-Z]{1,5}-?S?Cs?$")
# what an MSC product short form ends in (`hUC-MSC-Exos`, `ADSC-EVs`, `BMSC-CM`)
EV_SUFFIXES = frozenset({"exos", "exo", "exosome", "exosomes", "evs", "ev", "sevs", "sev", "cm", "secretome", "mvs",
                         "ex", "exs"})
# a gene symbol glued after a cell name names the transgene the cells carry (`MSCs-Ngn1`, `NSC-Olig2`):
# capital first, a digit inside, so that `MSC-CM`, `MSC-EVs`, `MSC-treated` stay out
GENE_SYMBOL = re.compile(r"^[A-Z][A-Za-z]{1,6}-?\d[0-9A-Za-zα-ω]*$")
# what makes a bare `death` an end point (`hazard ratio for death`); `cause of death` describes a disease
DEATH_AS_END_POINT = frozenset({("risk", "of"), ("ratio", "for"), ("ratio", "of"), ("hazard", "of"), ("time", "to"),
                                ("probability", "of"), ("odds", "of"), ("rate", "of"), ("rates", "of"),
                                ("incidence", "of"), ("number", "of")})
# (helper FH, s28) the comparisons that make bare deaths a counted end point (`fewer deaths`, `deaths were more frequent`)
DEATH_COMPARED = frozenset({"more", "fewer", "less", "higher", "lower", "rarer", "reduced", "increased", "decreased"})
# (helper BF, s21) the members of a composite survival end point (ruler._composite_survival): joiners, the
# ventilation names that count as an event, and words of a member that is survival itself, no event
EVENT_JOINERS = LIST_JOINERS - {"and"}
VENTILATION_EVENTS = frozenset({"ventilation", "ventilatory", "niv", "tracheostomy", "tracheotomy", "intubation"})
SURVIVAL_NOT_EVENT = frozenset({"survival", "lifespan", "life", "life-span", "longevity", "mortality"})
# (helper BF, s21) what is said of a bare `weight` that makes it the body's weight (ruler._bare_body_weight)
WEIGHT_CHANGE_VERBS = frozenset({"lost", "lose", "loses", "losing", "gained", "gain", "gains", "gaining", "stabilize",
                                 "stabilized", "stabilizes", "stabilise", "stabilised", "maintained", "maintain",
                                 "maintains", "preserved", "regained"})
WEIGHT_CHANGE_NOUNS = frozenset({"change", "changes", "loss", "gain", "decline", "decrease", "reduction", "increase",
                                 "maintenance", "stabilization", "stabilisation"})
# a sentence about safety findings, where deaths are one (`serious adverse events included two deaths`)
SAFETY_SENTENCE = frozenset({"adverse", "safety", "serious", "sae", "saes", "tolerability"})
# nouns that name a measured amount (`SOD1 concentration in CSF`, `CSF levels of VEGF`)
LEVEL_WORDS = frozenset({"level", "levels", "concentration", "concentrations", "content", "titer", "titers"})
# what a cell culture's insult is named for (`oxidative injury`, `excitotoxic injury`): no disease
CELL_INSULTS = frozenset({"oxidative", "excitotoxic", "glutamate-induced", "oxidant", "h2o2-induced", "cellular",
                          "neuronal", "mitochondrial"})
# words that attribute deaths to the treatment or not: `deaths unrelated to the infusion`
ATTRIBUTION = frozenset({"related", "unrelated", "attributed", "attributable", "judged", "considered"})
# verbs that say where cells went, not how they were given (`detected in the spinal cord`)
LOCATED_VERBS = frozenset({"detected", "found", "observed", "located", "localized", "localised", "migrated",
                           "homed", "distributed", "identified", "present", "seen", "tracked", "survived",
                           "engrafted", "accumulated", "persisted", "remained", "crossed", "entered", "penetrated",
                           "infiltrated", "recruited"})
# grafted cells that joined the tissue, right before the site (`integrated into the spinal cord gray matter`);
# `integrated after transplantation in the cord` still names the site of the giving
INTEGRATION_VERBS = frozenset({"integrated", "incorporated", "integrate", "incorporate", "integrating"})
# host immune cells moving in: `infiltration of CD4+ T cells into the spinal cord` (no route)
INFILTRATION_NOUNS = frozenset({"infiltration", "invasion", "extravasation", "trafficking", "recruitment"})
# nouns after a bare `survival` that make it a modifier, not an end point (`survival factors`)
NOT_AN_END_POINT_AFTER = frozenset({"factor", "factors", "signal", "signals", "signaling", "signalling", "pathway",
                                    "pathways", "gene", "genes", "advantage", "mechanisms", "cues"})
LIFE_EXTENDING = frozenset({"prolonged", "prolong", "prolongs", "extended", "extend", "extends", "longer", "median",
                            "mean", "overall", "prolonging", "extending"})
# `<disease> is a ... / is characterized by ...`: a sentence that defines the disease (ruler._drop_definitions)
DEFINITION_CUES = frozenset({("is", "a"), ("is", "an"), ("is", "the"), ("are", "a"), ("are", "the"),
                             ("characterized", "by"), ("characterised", "by"), ("results", "in"), ("result", "in"),
                             ("leads", "to"), ("lead", "to"), ("featured", "by"), ("refers", "to"),
                             ("manifests", "as"), ("defined", "by"), ("results", "from"), ("result", "from"),
                             ("caused", "by")})
DEFINITION_VERBS = frozenset({"causes", "entails"})
# (helper EO, s27) cues that define the disease only when it is their subject (`MS is known for its damage to myelin
# and neuronal loss`), not when cells come between (`In ALS mice, MSCs are known for reducing microgliosis`)
DISEASE_SUBJECT_CUES = frozenset({("known", "for")})
# (helper AO, s20) the head of an appositive that defines a disease (`ALS, a fatal motor neuron disease involving ...`)
DEFINED_DISEASE_HEADS = frozenset({"disease", "diseases", "disorder", "disorders", "condition", "syndrome"})
# What a disease costs or how it unfolds (`a leading cause of death`, `high morbidity and mortality`,
# `a heavy burden`): in a sentence that also names a disease, and names no cell or factor, its end
# points describe the disease, not a result (the annotators leave them out, like definitions).
BURDEN_CUES = frozenset({("leading", "cause"), ("cause", "of"), ("causes", "of"), ("is", "considered"),
                         ("are", "considered"), ("one", "of"), ("known", "as"), ("remains", "the"),
                         ("suffer", "from"), ("affects", "approximately"), ("affects", "about"),
                         # `invaluable in MSA due to its rapid progression with fatal prognosis`: the course
                         ("rapid", "progression"), ("fatal", "prognosis"), ("poor", "prognosis")})
# what the study did or found, said by its authors (`We studied the effect of exercise on body weight in a model of
# ALS that is a cause of familial ALS`): a sentence of the study, not of the disease's burden, whatever it names
STUDY_STATEMENT_VERBS = ("stud", "examin", "investigat", "test", "evaluat", "assess", "measur", "compar", "analy",
                         "report", "found", "find", "show", "observ", "demonstrat", "treat", "fed", "administ")
# (helper AM, s20) words that may qualify what a disease model models (`models of both retinal degeneration`,
# `a model of chronic ocular hypertension`) besides adjectives
MODELLED_MODS = frozenset({"both", "either", "a", "an", "the", "chronic", "acute", "experimental", "progressive",
                           "severe", "mild", "early", "late", "inherited", "induced", "spinal", "retinal"})
# (helper AM, s20) a therapy that does not exist yet (`no effective treatments`, `treatment ... is lacking`, `there
# is a need for`), in a sentence that names a therapy word (THERAPY_STEMS): the motivation, not a finding
UNMET_NEED_CUES = frozenset({("no", "effective"), ("no", "proven"), ("no", "adequate"), ("no", "curative"),
                             ("no", "cure"), ("no", "approved"), ("no", "disease-modifying"), ("no", "satisfactory"),
                             ("unmet", "need"), ("unmet", "needs"), ("a", "need"), ("urgent", "need"),
                             ("is", "lacking"), ("are", "lacking"), ("remain", "elusive"), ("remains", "elusive")})
THERAPY_STEMS = ("treatment", "therap", "cure", "curative", "drug", "strateg", "intervention")
# (helper AM, s20) what a gene transfer delivers or reports with: its expression is the intervention, no end point
CONSTRUCT_WORDS = frozenset({"shrna", "shrnas", "small-hairpin", "short-hairpin", "sirna", "sirnas", "transgene",
                             "transgenes", "reporter", "lacz", "β-galactosidase", "beta-galactosidase", "galactosidase",
                             "gfp", "egfp", "luciferase", "plasmid", "plasmids", "construct", "constructs"})
# (helper AM, s20) nouns shaped like adjectives (P.ADJECTIVE), which may end a noun phrase
ADJECTIVE_SHAPED_NOUNS = NOUNS_LIKE_ADJECTIVES | frozenset({"animal", "animals", "signal", "signals", "potential",
                                                            "potentials", "material", "hospital", "capillary",
                                                            "capillaries", "boundary", "summary", "steroid",
                                                            "steroids", "amyloid", "opioid", "opioids", "cannabinoid",
                                                            "cannabinoids", "collateral", "collaterals", "derivative",
                                                            "derivatives", "relative", "relatives", "individual",
                                                            "individuals", "professional", "arrival", "family",
                                                            "supply", "assembly", "anomaly", "polyfamily", "ally",
                                                            "jelly", "belly", "rally", "tally", "monopoly", "reply"})
# (helper AM, s20) a procedure named by its kind (`efficacy outcomes`, `immunohistochemical evaluations`,
# `histomorphometric analysis`, `15-month evaluation`): what kind of procedure, not what it measured
PROCEDURE_HEADS = frozenset({"outcome", "outcomes", "evaluation", "evaluations", "assessment", "assessments",
                             "analysis", "analyses", "examination", "examinations"})
PROCEDURE_MODS = frozenset({"efficacy", "trial", "study", "immunohistochemical", "immunohistochemistry",
                            "histomorphometric", "morphometric", "radiologic", "radiological", "imaging", "laboratory",
                            "follow-up", "baseline", "and", ","})
TIME_POINT = re.compile(r"^\d+-(?:day|week|month|year)s?$")
# (helper BV, s21) a laboratory, tissue or imaging technique named as the means a study looked by (`evaluated using
# histopathology`, `by histopathology examination`, `followed with laboratory tests and spinal MRI`, `assessed by
# light microscopy`): how the study looked, not what it measured (train and dev gold: no end point; `improved liver
# histopathology`, a functional test (`behavioral tests`, `electromyography`) and `brain imaging` as a result stay)
TECHNIQUE_WORDS = frozenset({"histopathology", "histopathologic", "histopathological", "histology", "histologic",
                             "histological", "histomorphometry", "immunohistochemistry", "immunohistochemical",
                             "immunocytochemistry", "immunocytochemical", "immunofluorescence", "immunohistology",
                             "immunostaining", "microscopy", "microscopic", "light", "electron", "confocal",
                             "transmission", "scanning", "mri", "fmri", "magnetic", "resonance", "imaging", "ct",
                             "tomography", "computed", "pet", "ultrasound", "ultrasonography", "elisa", "western",
                             "blot", "blotting", "pcr", "rt-pcr", "qpcr", "rt-qpcr", "flow", "cytometry", "tunel",
                             "staining", "stainings", "brain/spinal", "spinal", "cord", "brain", "and", "/", ","})
TECHNIQUE_HEADS = frozenset({"histopathology", "histology", "histomorphometry", "immunohistochemistry",
                             "immunocytochemistry", "immunofluorescence", "immunohistology", "immunostaining",
                             "microscopy", "mri", "fmri", "resonance", "imaging", "ct", "tomography", "pet",
                             "ultrasound", "ultrasonography", "elisa", "blot", "blotting", "pcr", "rt-pcr", "qpcr",
                             "rt-qpcr", "cytometry", "examination", "examinations", "analysis", "analyses"})
# (helper BV, s21) an animal strain named by its phenotype (`motor neuron degeneration (mnd) mutant mice`, `in mnd
# mice`, `progressive motor neuronopathy (pmn) mice`): the words name the animals, no end point
STRAIN_ANIMALS = frozenset({"mice", "mouse", "rats", "rat"})
STRAIN_MARKS = frozenset({"mutant", "mutants", "transgenic", "knockout", "homozygous", "heterozygous"})
# (helper BV, s21) what may follow a gene's or protein's short form (`survival motor neuron 1 (SMN1) gene`)
GENE_AFTER = frozenset({"gene", "genes", "protein", "proteins", "mrna", "locus", "mutation", "mutations",
                        "transcript", "transcripts", "deletion", "deletions", "copy", "allele", "alleles"})
# the words a means is given after (`evaluated using X`, `by X`, `underwent X`, `performed X`)
TECHNIQUE_CUES = frozenset({"by", "using", "with", "via", "through", "underwent", "performed", "undergo", "undergoing"})
# (helper AM, s20) an amount named by its kind of molecule only (`gene expression`, `protein levels`)
AMOUNT_HEADS = frozenset({"expression", "expressions", "levels", "level"})
MOLECULE_KINDS = frozenset({"protein", "proteins", "gene", "genes", "mrna", "mrnas", "genetic", "transcript",
                            "transcripts", "transcriptional"})
# (helper DH, s24) words before `cell numbers` that make it the number of cells GIVEN (a dose)
DOSE_CUE_WORDS = frozenset({"transplanted", "injected", "infused", "administered", "grafted", "implanted", "delivered",
                            "optimal", "total", "required", "effective", "therapeutic"})
# (helper DH, s24) a finite verb that ends the noun phrase before it (`the expression of X results in ...`)
LINKING_VERBS = frozenset({"results", "result", "leads", "lead", "contributes", "contribute", "accounts", "account",
                           "gives", "give", "belongs", "belong", "refers", "refer", "corresponds", "correspond"})
# (helper DH, s24) what such an amount may end in besides its head (`gene expression profile`)
AMOUNT_TAILS = frozenset({"profile", "profiles", "pattern", "patterns", "content", "contents"})
BURDEN_WORDS = frozenset({"burden", "incidence", "prevalence", "morbidity", "epidemiology", "epidemiological",
                          "worldwide", "characterized", "characterised", "hallmarks",
                          "hallmark", "pathogenesis", "pathophysiology", "etiology", "aetiology"})
# what may stand between `survival (rate) of` and the cells it belongs to
# (helper R, s18) a share of a cell population: `a large percentage of sensory neurons`, `a subset of RGCs`
CELL_SHARES = frozenset({"percentage", "proportion", "fraction", "number", "subset", "population", "subpopulation",
                         "majority"})
OF_CELL_FILLERS = frozenset({"the", "these", "those", "transplanted", "grafted", "engrafted", "injected", "implanted",
                             "donor", "exogenous", "human", "infused", "delivered", "cultured", "primary", "host", "endogenous",
                             # the disease the neurons come from: `survival of ALS motor neurons`
                             "als", "fals", "sals"})
# first words of token_patterns() and the ruler's own Matcher patterns (the Matcher runs only when one occurs)
TOKEN_PATTERN_FIRST = frozenset({"into", "within", "onto", "via", "through", "survival", "onset", "atrophy",
                                 "appearance", "emergence"})
# first words of site patterns that make a route only after a giving word (the ruler's site Matcher)
SITE_ONLY_AFTER_GIVING = ("in", "to")
# `<cell adjective> cells` names a cell type no vocabulary lists (`multipotent cells`, `dopaminergic cells`)
CELL_ADJ = frozenset({"multipotent", "pluripotent", "totipotent", "dopaminergic", "cholinergic", "gabaergic",
                      "glutamatergic", "serotonergic", "noradrenergic", "endothelial", "epithelial", "mononuclear",
                      "dendritic", "glial", "neural", "neuronal", "progenitor", "precursor", "stromal", "ensheathing",
                      "olfactory-ensheathing", "hematopoietic", "haematopoietic", "myeloid", "lymphoid", "immune",
                      "ependymal", "perivascular", "pericyte", "satellite", "osteogenic", "adipogenic",
                      "oligodendroglial", "astroglial", "microglial", "neuroepithelial", "mesodermal", "ectodermal",
                      "endodermal", "germ", "somatic", "embryonic", "fetal", "foetal", "adult", "autologous",
                      "allogeneic", "donor", "host", "nigral", "striatal", "cortical", "hippocampal", "retinal",
                      "spinal", "motor", "sensory", "cerebellar", "purkinje", "granule", "pyramidal", "thymic"})
# of these, the ones that leave a phrase too vague to be a type on their own (`adult cells`, `host cells`)
CELL_ADJ_WEAK = frozenset({"adult", "autologous", "allogeneic", "donor", "host", "somatic", "fetal", "foetal",
                           "embryonic", "spinal", "motor", "sensory", "cortical", "hippocampal", "striatal", "nigral",
                           "retinal", "cerebellar"})
# `HEAD of` followed by these is a quantity or a reference, not an end point (`concentrations of four ...`)
NOT_OF_START = frozenset({"the", "a", "an", "this", "these", "those", "their", "its", "our", "such", "each", "all",
                          "both", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "several", "many", "various", "different", "some", "any", "most", "more", "less", "up"})
# second words of those patterns (`into the`, `into lumbar`, `survival of`)
TOKEN_PATTERN_SECOND = BRAIN_SITES | BRAIN_SITE_MODIFIERS | LESION_WORDS | STROKE_LESION_WORDS | LESION_NOUNS | MUSCLE_STATES | ORGAN_SITES | ORGAN_SITE_MODIFIERS | frozenset({"either", "an", "a", "subventricular", "boundary", "peri-infarct", "periinfarct", "the", "of", "csf", "cerebrospinal", "subarachnoid", "intrathecal", "cisterna",
                                  "lateral", "cerebral", "left", "right", "ventricle", "ventricles", "spinal",
                                  "spinal-cord", "both", "each", "muscle", "muscles", "skeletal", "limb",
                                  "hindlimb", "forelimb", "hind-limb", "leg", "arm", "calf", "fourth", "third"}) \
    | SPINAL_LEVELS | CORD_STATES | {"nerve", "nerves", "external", "internal", "common"} | LIMB_SIDES | NAMED_MUSCLES | frozenset(MUSCLE_COUNTS)

# progression measures of their own, never the ALSFRS-R however near it stands (`King's staging`, `MiToS`)
OWN_PROGRESSION_MEASURES = ("king", "mitos", "stage", "staging", "worsening", "deteriorat", "milestone")
# species and origin words that may stand between a cell's engineered-factor modifier and its name
ORIGIN_WORDS = frozenset({"human", "rat", "murine", "mouse", "autologous", "allogeneic", "allogenic", "syngeneic"})
# tumours denied after a cell graft are a safety finding (`no tumors were found`, `did not form teratomas`)
# names of tumour types, which also name the cell lines grown from them (`neuroblastoma cells`)
TUMOUR_TYPE = re.compile(r"(?:omas?|cancers?|leuka?emias?|tumou?rs?)$")
# (helper EP, s27) the words after a tumour's name that make it the name of its cells (`glioma cell line`, `APL cells`)
TUMOUR_CELL_WORDS = frozenset({"cell", "cells", "line", "lines", "cell-line", "cell-lines"})
TUMOUR = re.compile(r"^(?:tumou?rs?|teratomas?|neoplasms?|tumou?rigenesis)$")
NO_TUMOUR_WORDS = frozenset({"no", "not", "without", "absence", "neither", "nor", "free"})
# (helper BA, s20) a disease name inside an end point that measures a lesion or a graft's safety is no
# disease mention of its own (`cerebral infarction volume`, `infarct area`, `tumor formation`, `tumor markers`):
# the word right after the disease inside the end point (tumour words inside an end point never name the disease)
DISEASE_MEASURE_WORDS = frozenset({"volume", "volumes", "area", "areas", "size", "sizes", "formation", "development",
                                   "growth", "marker", "markers"})
# a route named by its site (`spinal cord parenchyma`, `subarachnoid space`), and the verbs that say where
# cells went rather than where they were given
SITE_HEADS = frozenset({"parenchyma", "space", "horn", "horns", "ventricle", "ventricles", "magna", "cord", "enlargement"})
WHEREABOUTS_STEMS = ("found", "detect", "observ", "locat", "localiz", "localis", "migrat", "homed", "homing", "reach",
                     "distribut", "infiltrat", "enter", "engraft", "persist", "track", "present", "accumulat", "spread")
# verbs of a blocking experiment (`antibodies against BDNF abolished the protection`)
BLOCKING = ("abolish", "block", "revers", "prevent", "abrogat", "attenuat", "inhibit", "eliminat", "cancel")

# --- end points licensed by their context (ruler.context_outcomes) ------------------------------
# An annotator marks what a treatment is said to change or what a study measured: the noun phrase
# after a change verb (`attenuated leukocyte infiltration`) or before a passive one (`neurofilament
# levels were reduced`, `X was assessed`) is an end point even when no modifier list knows its words.
# The context licenses the phrase; the head noun must still look like a measure or a process.
CHANGE_STEMS = ("improv", "reduc", "increas", "decreas", "attenuat", "amelior", "alleviat", "enhanc", "promot",
                "inhibit", "suppress", "restor", "preserv", "prevent", "delay", "slow", "prolong", "rescu",
                "revers", "mitigat", "diminish", "elevat", "upregulat", "up-regulat", "downregulat", "down-regulat",
                "accelerat", "augment", "boost", "facilitat", "stimulat", "exacerbat", "worsen",
                "aggravat", "impair", "normaliz", "normalis", "potentiat", "abolish", "abrogat", "lessen",
                "modulat", "decelerat", "extend", "shorten", "hasten", "retard",
                # `lowered serum IL-6`, `lowering proteinuria` (not the comparative `lower`, a compared state)
                "lower(?=ed|ing|s)",
                # (helper ER, s27) `lowered IL-1β and raised IL-10`: the verb is no part of the end point it changed
                "rais(?=e|ing)")
# (helper EU, s27) what a treatment does to an end point (`riluzole prolongs survival`), not what a disease does to it
# (`impairs`, `worsens`, `hastens`, `increases mortality`): an end point so changed stays in a sentence on a disease's burden
TREATMENT_CHANGE_STEMS = tuple(s for s in CHANGE_STEMS if s not in (
    "impair", "worsen", "exacerbat", "aggravat", "accelerat", "hasten", "shorten", "modulat", "elevat", "increas"))
MEASURE_STEMS = ("measur", "assess", "evaluat", "examin", "quantif", "monitor", "determin", "analyz", "analys",
                 "detect", "investigat", "compar", "estimat", "observ")
# inflections the stems take as verbs (`improved`, `reduces`, `slowing`): not `improvement`, `reduction`
VERB_ENDINGS = ("e", "es", "ed", "ing", "s", "d", "", "y", "ies", "ied")
# words between the verb and its object: `improved the`, `significantly reduced both`
OBJECT_FILLERS = frozenset({"the", "both", "their", "its", "this", "these", "further", "also", "markedly",
                            "significantly", "greatly", "dramatically", "substantially", "partially", "partly",
                            "effectively", "strongly", "not", "only", "all", "considerably", "notably"})
# a noun phrase head that names an end point by its ending (processes, states, measures)
MEASURE_SUFFIX = re.compile(r"^[a-z][a-z-]{3,}(?:tion|sion|ment|ance|ence|ity|osis|esis|ness|ability|ism|ure|age|"
                            r"ation|phy|emia|aemia|trophy|pathy|ing)s?$")
# a statistical model, not an end point (`evaluated using Cox regression`, `in multivariable logistic regression`)
STATISTICAL_MODELS = frozenset({"cox", "logistic", "linear", "multivariate", "multivariable", "univariate",
                                "univariable", "poisson", "multiple", "stepwise", "penalized", "ordinal", "lasso"})
# words after an `-ing` form that make it a verb taking an object (ruler._measure_head)
AFTER_PARTICIPLE = frozenset({"in", "to", "that", "the", "a", "an", "from", "with", "its", "their", "this", "these"})
# nouns that are never an end point although the context would license them
NOT_MEASURE_HEAD = frozenset({
    "pooling", "label",   # (helper S, s19) `post hoc analyses pooling all treated patients`, `an open label, safety
    #                        and pharmacodynamic trial`
    "transplantation", "administration", "injection", "injections", "treatment", "treatments", "intervention",
    "interventions", "application", "applications", "combination", "population", "populations", "condition",
    "conditions", "conditioning", "preconditioning", "culture", "cultures", "procedure", "procedures", "dose", "doses",
    "dosage", "dosing", "therapy", "therapies", "transplant", "transplants", "infusion", "infusions", "delivery",
    "mechanism", "mechanisms", "role", "roles", "effect", "effects", "efficacy", "potential", "ability",
    "possibility", "capability", "approach", "approaches", "strategy", "strategies", "method", "methods",
    "technique", "techniques", "study", "studies", "trial", "trials", "model", "models", "group", "groups",
    "arm", "arms", "cohort", "cohorts", "control", "controls", "placebo",
    # `fewer motor neurons than SOD1G93A littermates, and denervation`: the animals compared with
    "littermates", "littermate", "counterparts", "siblings",
    # `inflammation in the spinal cord and survival`: a place, not a list member
    "cord", "cords", "brain", "brainstem", "cortex", "muscle", "muscles", "nerve", "nerves", "horn", "horns",
    "ventricle", "ventricles", "parenchyma", "segment", "segments",
    # `neurons in the substantia nigra and striatal dopamine`: brain regions named as places
    "nigra", "striatum", "striata", "hippocampus", "hemisphere", "hemispheres", "penumbra", "thalamus",
    # `, indicating reduced astrogliosis`: a verb of inference, not an end point
    "indicating", "suggesting", "reflecting", "demonstrating", "showing", "confirming", "supporting", "implying",
    "patients", "patient", "animals", "mice", "rats", "cells", "cell", "time", "risk", "need", "use", "usage",
    # (helper AC, s19) `increased susceptibility in male carriers`: the genetic study's disease risk, no end point
    "susceptibility",
    "understanding", "knowledge", "evidence", "literature", "review", "investigation", "investigations", "design",
    "analysis", "analyses", "data", "results", "result", "findings", "manufacturing", "production", "preparation",
    # `using an electrochemiluminescence immunoassay`, `measured by ELISA assay`: how it was measured
    "immunoassay", "immunoassays", "assay", "assays",
    "isolation", "expansion", "passage", "passaging", "storage", "transfection", "transduction", "labeling",
    "labelling", "staining", "imaging", "tracking", "sequencing", "screening", "engineering", "targeting",
    "funding", "dosing", "timing", "setting", "settings", "feature", "features", "number", "level", "levels",
    "amount", "amounts", "rate", "rates", "degree", "extent", "presence", "absence", "existence", "importance",
    "significance", "relevance", "translation", "implementation", "acquisition", "population", "generation",
    "selection", "identification", "characterization", "characterisation", "comparison", "correlation",
    "association", "relationship", "interaction", "interactions", "exposure", "insertion", "implantation",
    "distribution", "localization", "fate", "expression", "limit", "block", "record", "test", "tests",
    # nouns with a measure-like ending that name no end point
    "information", "attention", "question", "questions", "solution", "solutions", "contribution", "contributions",
    "section", "position", "direction", "directions", "addition", "collection", "prediction", "description",
    "recommendation", "recommendations", "indication", "indications", "limitation", "limitations", "option",
    "options", "session", "sessions", "decision", "discussion", "version", "situation", "institution",
    "organization", "foundation", "publication", "consideration", "relation", "operation", "training",
    "management", "environment", "experiment", "experiments", "equipment", "establishment", "involvement",
    "replacement", "requirement", "requirements", "majority", "minority", "quantity", "identity", "entity",
    "effectiveness", "usefulness", "awareness", "difference", "differences", "influence", "sequence", "sequences",
    "reference", "experience", "conference", "guidance", "substance", "substances", "average", "percentage",
    "language", "message", "coverage", "measurement", "measurements", "exercise", "university", "community",
    "progress", "advance", "advances", "challenge", "challenges", "hypothesis", "issue", "issues", "interest",
    "performing", "being", "following", "according", "regarding", "including", "something", "nothing",
    "beginning", "morning", "evening", "setting", "processing", "recording", "recordings", "sampling",
    "findings", "finding", "testing", "modeling", "modelling", "diagnosis", "diagnoses", "etiology",
    "aetiology", "rehabilitation", "support", "medication", "medications", "surgery", "pathogenesis",
    "pathophysiology", "influences", "advantage", "advantages", "disadvantages", "drawback", "drawbacks",
    "impediment", "impediments", "aspect", "aspects", "perspective", "perspectives", "implications", "prospects",
    "microenvironment", "microenvironments",
    # how a study relates or models its measures, not what it measured (`examined the agreement between`)
    "associations", "correlations", "relationships", "agreement", "equation", "equations", "availability",
    "measurability", "comparability", "equidistance",
    # (helper DH, s24) people and summary statistics named in a list (`superior proliferative capacity, and
    # disease-free donors`, `compared cohort medians and survival trends`): whom or how a study counted, no end
    # point (no gold OUTCOME in train or the 29 sets ends with one of them)
    "donor", "donors", "recipient", "recipients", "volunteer", "volunteers", "participant", "participants",
    "subject", "subjects", "individuals", "people", "children", "adults", "carriers", "medians", "means",
    "averages", "quartiles", "tertiles", "quintiles", "percentiles"})
# (helper DH, s24) a verb that opens a coordinated VERB PHRASE, not a noun phrase (`promote neurogenesis and protect
# brain tissue`, `reduce Abeta burden, transform effector to regulatory cells`, `induces neuronal and glial
# regeneration`, `and confer immunomodulation`): not a list member's word; the object after it may be one
VP_OPENERS = frozenset({"protect", "protects", "induce", "induces", "transform", "transforms", "confer", "confers",
                        "exert", "exerts", "elicit", "elicits", "provide", "provides", "produce", "produces",
                        "cause", "causes", "maintain", "maintains", "reverse", "reverses", "reduce", "reduces",
                        "promote", "promotes", "prevent", "prevents", "enhance", "enhances", "improve", "improves",
                        "restore", "restores", "inhibit", "inhibits", "suppress", "suppresses", "stimulate",
                        "stimulates", "attenuate", "attenuates", "alleviate", "alleviates", "ameliorate",
                        "ameliorates", "preserve", "preserves", "facilitate", "facilitates", "accelerate",
                        "accelerates", "mitigate", "mitigates", "regulate", "regulates", "modulate", "modulates",
                        "spread", "carry", "carries", "overcome", "overcomes", "show", "shows", "display", "displays",
                        "exhibit", "exhibits", "counteract", "counteracts", "activate", "activates", "recruit",
                        "recruits", "replace", "replaces", "secrete", "secretes", "express", "expresses", "avoid",
                        "avoids", "minimize", "minimise", "maximize", "maximise", "achieve", "achieves"})
# (helper DH, s24) words that open an introductory adverbial before the first comma of a sentence (`After 22 h of
# reperfusion, cell viability ...`, `Four weeks later, muscle morphology ...`): the phrase says when or where, and
# is no list member beside the end point after the comma
INTRO_OPENERS = frozenset({"after", "following", "at", "during", "within", "before", "upon", "since", "when",
                           "while", "although", "though", "because", "once", "until", "in", "on", "over",
                           "throughout", "by", "from", "prior", "post", "beyond"})
TIME_AFTER_WORDS = frozenset({"later", "earlier", "thereafter", "afterwards", "afterward", "ago", "subsequently",
                              "postoperatively", "post-operatively", "post-injection", "post-transplantation"})
# a word that cannot sit inside the object noun phrase
NP_STOP = frozenset({"and", "or", "but", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                     "in", "at", "after", "before", "by", "with", "to", "from", "on", "for", "than", "that", "which",
                     "as", "between", "during", "compared", "versus", "vs", "while", "whereas", "when", "of", "the",
                     "a", "an", "via", "through", "within", "not", "also", "both", "only", "into", "such", "including",
                     "among", "over", "under", "without", "across", "toward", "towards", "upon", "per", "who",
                     "whose", "where", "it", "they", "we", "our", "their", "its", "this", "these", "those", "there",
                     "can", "could", "may", "might", "would", "should", "will", "did", "do", "does", "more", "most",
                     "less", "no", "all", "each", "any", "some", "other", "same", "then", "thus", "however",
                     "significantly", "respectively", "following", "due", "because", "since", "if", "whether",
                     "until", "like", "about", "around", "against", "along", "beyond", "via", "i.e.", "e.g.",
                     "amongst", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "several", "many", "few", "various", "different", "showed", "shows", "show", "revealed", "throughout",
                     "despite", "unlike", "exists", "exist", "involve", "involves",
                     "demonstrated", "suggest", "suggests", "indicate", "indicates", "than", "so", "very",
                     # (helper ER, s27) `..., though ALS prevalence is not raised`: the conjunction opens the clause
                     "though", "although"})
# what may stand before the first member of a list of end points (ruler._coordinated, leftwards)
LIST_LEFT_EDGE = NP_STOP | {",", "(", ":"}
# (helper BO, s21) what cells are able to do, named as the reason they are used (`MSCs have immunomodulatory
# properties`, `because of their immunomodulatory functions`, `given their high proliferation activity`, `a T cell
# subset with suppressive capacity`): a property of the product, no end point (train gold: none of 20 such phrases;
# measured ones stay: `enhanced the proliferative capacity`, `regained suppressive abilities`)
CAPABILITY_HEADS = frozenset({"capacity", "capacities", "property", "properties", "potential", "potentials", "ability",
                              "abilities", "capability", "capabilities", "function", "functions", "activity",
                              "activities", "predisposition", "propensity"})
# traits of a cell product named as why it suits therapy (`UC-MSCs possess low immunogenicity`); measured ones stay
# (`no immunogenicity was detected`: not owned through CAPABILITY_VERBS or `their`)
CAPABILITY_TRAITS = frozenset({"immunogenicity", "tumorigenicity"})
# heads that name an owned capability even after `with` (`cells with immunomodulatory properties`); `function`
# and `activity` there are often the patients' (`patients with impaired motor function`)
CAPABILITY_WITH_HEADS = (CAPABILITY_HEADS | CAPABILITY_TRAITS) - {"function", "functions", "activity", "activities"}
# verbs by which cells own a capability (`MSCs possess ...`, `DPSCs show a high ...`)
CAPABILITY_VERBS = frozenset({"have", "has", "had", "having", "possess", "possesses", "possessed", "possessing",
                              "exhibit", "exhibits", "exhibited", "exhibiting", "display", "displays", "displayed",
                              "show", "shows", "showed", "shown", "exert", "exerts", "retain", "retains", "harbor",
                              "harbour", "harbors", "harbours", "hold", "holds", "combine", "combines", "endowed"})
# the reason words a few words before `their`/`its` (`due to their`, `based on their`, `given their`, `thanks to their`)
CAPABILITY_REASONS = frozenset({"due", "because", "based", "given", "thanks", "owing", "through", "via", "for", "by"})
# words between the owner and the capability (`a high`, `great`, `distinct`, `well-known`)
CAPABILITY_FILLERS = frozenset({"a", "an", "the", "high", "higher", "great", "greater", "superior", "strong", "excellent",
                                "good",
                                "potent", "distinct", "unique", "beneficial", "known", "well-known", "intrinsic",
                                "innate", "inherent", "remarkable", "considerable", "multiple", "several", "various",
                                "important", "powerful", "robust", "broad", "also", "both", "not", "only",
                                "been", "to", "be", "reported", "shown", "demonstrated", "found"})
# (helper CB, s22) nouns of a kind of therapy or of its aim: an end point named right after `<noun> for`
# (`a therapeutic target for neuroprotection`, `candidates for remyelination`) or as what such a noun is
# (`Neuroprotection and neuroregeneration are promising strategies`) is a goal, no measured end point
THERAPY_GOAL_NOUNS = frozenset({"target", "targets", "strategy", "strategies", "approach", "approaches", "candidate",
                                "candidates", "agent", "agents", "option", "options", "avenue", "avenues", "tool",
                                "tools", "implication", "implications", "goal", "goals", "paradigm", "paradigms",
                                "modality", "modalities",
                                # only as what a goal is (`are promising therapies`): `a therapy for stroke
                                # recovery` names its end point (gold)
                                "therapies"})
THERAPY_GOAL_COPULAS = frozenset({"is", "are", "represent", "represents", "remain", "remains", "constitute",
                                  "constitutes", "offer", "offers"})
# (helper CB, s22) the drugs given alongside a graft to keep it (`Tacrolimus was given to prevent immune rejection`,
# `immunosuppression is required to allow long-term engraftment`) and the verbs of what they are given for: the
# end point after them is the co-medication's purpose, no end point of the study
CO_MEDICATION_WORDS = frozenset({"immunosuppression", "immunosuppressive", "immunosuppressant", "immunosuppressants",
                                 "immune-suppression", "immunosuppressed", "tacrolimus", "fk506", "fk-506",
                                 "cyclosporine", "cyclosporin", "ciclosporin", "sirolimus", "rapamycin", "mycophenolate",
                                 "azathioprine", "basiliximab", "corticosteroids", "methylprednisolone"})
CO_MEDICATION_PURPOSE = frozenset({"prevent", "avoid", "allow", "permit", "enable", "ensure", "minimize", "minimise",
                                   "reduce", "suppress", "limit", "protect", "promote", "facilitate"})
# heads too vague to stand alone as an end point (`improvements`, `outcomes`); fine with a modifier
VAGUE_ALONE = frozenset({"outcome", "outcomes", "improvement", "improvements", "expression", "expressions",
                         "composition", "change", "changes", "repair", "function", "functions", "activity",
                         "activities", "response", "responses", "performance", "evaluation", "assessment",
                         "examination", "test", "tests", "scores", "score", "findings", "signs", "content",
                         "rate", "rates", "index", "protection", "preservation", "restoration", "formation",
                         "size", "area", "volume", "integrity", "capacity", "status", "condition",
                         "reduction", "reductions", "increase", "increases", "decrease", "decreases", "enhancement",
                         "development", "functionality", "tolerance",
                         # (helper CB, s22) an amount, a step or a change with nothing said of what (`the effective
                         # concentration`, `28 days after induction`, `the introduction of therapies in clinics`,
                         # `delay the evolution of the disease`, `assessed the quality`): 0 such gold mentions
                         "concentration", "concentrations", "induction", "introduction", "stimulation", "regulation",
                         "modulation", "elevation", "elevations", "alteration", "alterations", "evolution", "quality",
                         "grade", "grades", "percentage", "percentages"})
# `GFAP-positive area`, `Iba1+ cells`, `glial fibrillary acidic protein (GFAP) positive area`: a stained
# area or count is a histological end point
POSITIVE_HEADS = frozenset({"area", "areas", "cells", "staining", "immunoreactivity", "profiles", "density",
                            "aggregates", "inclusions", "inclusion", "deposits", "puncta"})
# glia counted by a marker of their activation (`Iba1-positive microglia`, `GFAP+ astrocytes`) are
# microgliosis / astrogliosis (SPEC: inflammation), unless cells are said to become them
GLIOSIS_MARK = re.compile(r"^(?:iba-?1|cd68|cd11b|ox-?42|ed-?1|gfap|f4/80|cd45)(?:-?positive|-immunoreactive|\+)$")
GLIOSIS_CELLS = frozenset({"cell:microglia", "cell:astrocyte"})
POSITIVE_MARK = re.compile(r"^(?:.+-(?:positive|immunoreactive|ir|labeled|labelled|stained)|.+\+|positive|immunoreactive)$")
# stem cells that other cells are made from (`iPSC-derived motor neurons`), and the words of their names
STEM_ORIGINS = frozenset({"cell:ipsc", "cell:esc"})
STEM_NAME_WORDS = frozenset({"human", "induced", "pluripotent", "embryonic", "stem", "patient", "patient-specific",
                             "mesenchymal", "stromal"})
# who lives and dies in a study: the subject of `lived longer`
RECIPIENTS = frozenset({"mice", "rats", "animals", "patients", "subjects", "participants", "pups", "individuals",
                        "monkeys", "dogs", "littermates"})
# `homed to sites of inflammation`, `accumulated in areas of demyelination`: a place the cells went
PLACE_NOUNS = frozenset({"site", "sites", "area", "areas", "region", "regions", "zone", "zones", "foci", "vicinity",
                         "border", "borders", "edge", "edges"})
PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "into", "toward", "towards", "within", "near", "around"})
# a label the grafted cells carry (`GFP-positive cells`, `PKH26-labelled cells`, `BrdU+ cells`): the graft
# tracked, not a histological end point; (helper EW, s27) also the male donor's chromosome in a female host
# (`Y chromosome-positive cells`, as `SRY`)
TRACER_MARK = re.compile(r"^(?:e?[gy]fp|rfp|mcherry|tdtomato|pkh-?26|pkh-?67|hna|hnu|brdu|dii|cm-?dii|hoechst|lacz|"
                         r"β-gal|beta-gal|x-gal|luciferase|luc|spio|sry|(?:y-)?chromosome|prelabell?ed|pre-labell?ed)"
                         r"(?:-(?:positive|immunoreactive|labeled|labelled|stained|expressing)|\+)$")
# leading words of a phrase that say how much or whether, not what (`smaller GFAP-positive area`, `lost function`)
NOT_MEASURE_MOD = frozenset({"lost", "overall", "smaller", "larger", "bigger", "fewer", "greater", "poorer",
                             "adequate", "proper", "improved", "reduced", "increased", "decreased", "enhanced"})
PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be"})

# (helper BU, s21) `<lineage> progenitor/precursor cells`: the cells a lineage's precursors name, by the
# lineage word before them (the gold: `motor neuron precursor cells` -> motor neurons, `oligodendroglial
# progenitor/precursor cells` -> oligodendrocytes, `retinal progenitor cells`, `endothelial progenitor cells`,
# `astrocyte precursors` -> other). Keys are lowercased words (one or two) directly before the precursor word.
PRECURSOR_WORDS = ("progenitor", "progenitors", "precursor", "precursors", "progenitor/precursor",
                   "precursor/progenitor", "progenitor/precursors", "precursor/progenitors")
PRECURSOR_LINEAGES = {
    "motor neuron": "cell:motor_neuron", "motor neuronal": "cell:motor_neuron", "motoneuron": "cell:motor_neuron",
    "motoneuronal": "cell:motor_neuron", "mn": "cell:motor_neuron",
    "oligodendrocyte": "cell:oligodendrocyte", "oligodendroglial": "cell:oligodendrocyte",
    "neuronal": "cell:nsc", "neural": "cell:nsc", "glial": "cell:nsc",
    "astrocyte": "cell:other", "astrocytic": "cell:other", "astroglial": "cell:other",
    "microglial": "cell:other", "microglia": "cell:other",
    "schwann cell": "cell:other", "muscle": "cell:other", "skeletal muscle": "cell:other", "myogenic": "cell:other",
    "retinal": "cell:other", "endothelial": "cell:other", "photoreceptor": "cell:other", "dopaminergic": "cell:other",
    "hematopoietic": "cell:hsc", "haematopoietic": "cell:hsc",
}
