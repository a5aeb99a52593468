"""Document context for relation rows: study design, species, and the section a sentence is in.

Study design and species come from PubMed metadata first (publication types, MeSH), then from
the text. The component `litmine_context` stores them on `Doc._.study_design` / `Doc._.species`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import extensions as _extensions  # noqa: F401  (registers Doc._.*)

STUDY_DESIGNS = ("rct", "clinical_trial", "case_report", "case_series", "observational", "animal",
                 "in_vitro", "review", "meta_analysis", "other")
SPECIES = ("human", "mouse", "rat", "other")
SECTIONS = ("title", "background", "methods", "results", "conclusions")

# PubMed publication types, strongest first.
_PUBTYPE_DESIGN = (
    ("meta-analysis", "meta_analysis"),
    ("systematic review", "review"),
    ("randomized controlled trial", "rct"),
    ("clinical trial", "clinical_trial"),
    ("controlled clinical trial", "clinical_trial"),
    ("case reports", "case_report"),
    ("observational study", "observational"),
    ("review", "review"),
    # (helper FE, s28) opinion pieces: the trials they discuss are not their own design
    ("editorial", "other"),
    ("comment", "other"),
)
# Text cues, strongest first: (design, substrings one of which a match contains, regex over the lower-cased
# title + abstract)
_TEXT_DESIGN = (
    ("meta_analysis", ("meta",), r"\bmeta-?analys[ie]s\b"),
    # a review of patients' records is an observational study, not a review article
    ("observational", ("review",), r"\b(retrospective(ly)?|chart|records?) review|\breview(ed)? (of )?(the |their |all )?"
                                  r"(\w+ )?(medical |clinical |hospital )?(records|charts|case notes)\b"),
    ("review", ("review",), r"\b(this|our|the present|in this|a|systematic|narrative|mini-?) ?review\b|\bwe (review|summari[sz]e|discuss)\b|\breview(ed)? (of|the)\b"),
    ("rct", ("randomi", "placebo", "double-blind"), r"\brandomi[sz]ed\b.{0,60}\b(trial|study)\b|\bplacebo-controlled\b|\bdouble-blind"),
    ("case_report", ("case report",), r"\bcase report\b"),
    # (helper EZ, s28) a case series says so, also when it singles out `one patient`
    ("case_series", ("case series",), r"\bcase series\b"),
    # (before the trial cues: `in a patient ...: a pilot study` reports one patient; helper FE, s28, tried it after
    # them and lost such a case report on the bench corpus)
    ("case_report", ("year-old", "patient"), r"\b(a|one) (\d+-year-old|patient)\b"),
    # (a phase of a trial, not of a response or a pathway: `a biphasic response, phase 1 at 30 min`)
    ("clinical_trial", ("phase", "trial", "open-label", "pilot", "first-in-human"),
     r"\bphase (i{1,3}|iv|[1-4])(/(i{1,3}|[1-3]))?[ab]?,? ([\w-]+ ){0,3}?(trials?|study|studies)\b|\bclinical trial\b|\bopen-label\b|\bpilot (study|trial)\b|\bfirst-in-human\b"),
    ("case_series", ("case series", "patients"), r"\bcase series\b|\b\d+ (consecutive )?patients (were|who) (treated|received)\b"),
    # (immune surveillance is what cells do, no study design)
    ("observational", ("retrospective", "cohort", "case-control", "registry", "surveillance", "observational"),
     r"\bretrospective\b|\bcohort\b|\bcase-control\b|\bregistry\b|(?<!immune )(?<!cell )\bsurveillance\b|\bobservational\b"),
    # (not `sod1`: a human gene, studied in patients as much as in mice)
    ("animal", ("mice", "mouse", "rat", "murine", "rodent", "g93a", "animal", "transgenic", "dog", "pig", "monkey",
                "primate", "rabbit", "zebrafish"),
     r"\b(mice|mouse|rats?|murine|rodents?|g93a|animal models?|transgenic|dogs?|pigs?|monkeys?|primates?|rabbits?|zebrafish)\b"),
    ("in_vitro", ("vitro", "cultur", "elisa"), r"\bin vitro\b|\bco-?culture|\bcultured\b|\bculture medium\b|\belisa\b"),
)
_DESIGN_RX = [(d, keys, re.compile(rx)) for d, keys, rx in _TEXT_DESIGN]
# Whole words one of which a match needs (designs whose pattern is a list of words): with the
# document's word set at hand, `rat` in `administration` no longer sends the text to the regex.
_DESIGN_WORDS = {
    "animal": frozenset("mice mouse rat rats murine rodent rodents g93a animal animals transgenic dog dogs "
                        "pig pigs monkey monkeys primate primates rabbit rabbits zebrafish".split()),
}
_SPECIES_WORDS = {
    "mouse": frozenset({"mice", "mouse", "murine"}),
    "rat": frozenset({"rat", "rats", "sprague", "wistar"}),
    "other": frozenset("dog dogs canine pig pigs porcine swine monkey monkeys primate primates macaque macaques "
                       "rabbit rabbits zebrafish sheep ovine".split()),
}
_HUMAN_WORDS = frozenset("patient patients participant participants subjects volunteer volunteers healthy human "
                         "humans children adult adults men women".split())


def word_set(lower_tokens: Sequence[str]) -> frozenset[str]:
    """The lower-cased words of a text, hyphen/slash compounds also split (`sod1-g93a`)."""
    words = set(lower_tokens)
    for t in lower_tokens:
        if "-" in t or "/" in t:
            words.update(t.replace("/", "-").split("-"))   # (as re.split(r"[-/]", t), without a regex per word)
    return frozenset(words)
assert _DESIGN_RX[-1][0] == "in_vitro" and _DESIGN_RX[-2][0] == "animal"
# an animal given something: `treated` only of the animals themselves (helper EZ, s28: microglia `isolated from SOD1
# mice were treated with` exosomes in a dish make no animal study)
# (helper FE, s28) a route of administration too: vesicles from cultured cells `given intranasally to mice`
_TREATED_RX = re.compile(r"\b(transplant|inject|administ|graft)|\btreated\s+(\S+\s+)?(mice|rats?|animals)\b"
                         r"|\b(rat|mouse|murine|animal) models?\b"
                         r"|\b(intranasal|intravenous|intraperitoneal|intrathecal|intramuscular|subcutaneous)(ly)?\b")
_ANIMALS_TREATED = re.compile(r"\b(mice|rats?|animals)\s+(were\s+)?treated\b")


def _animals_treated(low: str) -> bool:
    """Whether the text gives the animals something (not cells taken `from` or `of` them) or names its animal
    model."""
    if _TREATED_RX.search(low):
        return True
    return any(not {"from", "of"} & set(low[max(0, m.start() - 30):m.start()].split()[-3:])
               for m in _ANIMALS_TREATED.finditer(low))
# (helper EZ, s28) a trial the authors ask for (`a randomized trial is warranted`) is not the study's own design
_PROPOSED_TRIAL = re.compile(r"\b(warrant\w*|needed|required|future|should)\b")
_PROPOSABLE = ("rct", "clinical_trial")


def _stated(rx: re.Pattern, low: str) -> bool:
    """Whether rx matches in a sentence of `low` that does not ask for the trial it names."""
    for m in rx.finditer(low):
        a = low.rfind(". ", 0, m.start()) + 1
        b = low.find(". ", m.end())
        if not _PROPOSED_TRIAL.search(low, a, b if b >= 0 else len(low)):
            return True
    return False
_HUMAN_TEXT = r"\b(patients?|participants?|subjects|volunteers?|healthy donors?|humans?|children|adults?|men|women)\b"
_SPECIES_TEXT = (
    ("mouse", r"\b(mice|mouse|murine)\b"),
    ("rat", r"\b(rats?|sprague[- ]dawley|wistar)\b"),
    ("other", r"\b(dogs?|canine|pigs?|porcine|swine|monkeys?|primates?|macaques?|rabbits?|zebrafish|sheep|ovine)\b"),
)
# one regex per species, run only when a cheap substring test says it can match (a combined
# alternation of \b-groups scans the whole text slowly)
_SPECIES_KEYS = {"mouse": ("mice", "mouse", "murine"), "rat": ("rat",),
                 "other": ("dog", "canine", "pig", "porcine", "swine", "monkey", "primate", "macaque", "rabbit",
                           "zebrafish", "sheep", "ovine")}
_SPECIES_RXS = [(n, _SPECIES_KEYS[n], re.compile(rx)) for n, rx in _SPECIES_TEXT]
_HUMAN_RX = re.compile(_HUMAN_TEXT)
# MeSH check tags: the indexers' word on whom a study is about (the text's words also name reagents and
# others' models); `Mice, Transgenic` and `Rats, Wistar` are mice and rats
_MESH_SPECIES = (("Mice", "mouse"), ("Rats", "rat"), ("Humans", "human"))
_HUMAN_DESIGNS = ("rct", "clinical_trial", "case_report", "case_series", "observational")
# an antibody's host or target, a lysate: a reagent, not the species studied (`mouse anti-human CD105 antibody`,
# `rabbit polyclonal antibodies`, `goat anti-rabbit IgG`, `rabbit reticulocyte lysate`)
_REAGENT_KEYS = ("anti", "clonal", "igg", "igm", "reticulocyte")
_REAGENT = re.compile(r"\b(?:mouse|mice|rats?|rabbits?|murine|goats?|sheep|donkeys?|chickens?|horses?|hamsters?|pigs?|"
                      r"porcine)\s+(?:anti-?[a-z]*|antibod\w*|antiser\w*|(?:mono|poly)clonal|ig[gmy]\w*|reticulocyte)"
                      r"|\banti-(?:mouse|mice|rats?|rabbits?|murine|goats?|sheep|human|dogs?|pigs?|porcine|monkeys?)\b")


def _without_reagents(low: str) -> str:
    return _REAGENT.sub(" ", low) if any(k in low for k in _REAGENT_KEYS) else low


def mesh_species(mesh_terms: Sequence[str] | None) -> tuple[str, ...]:
    """The species the MeSH check tags name (mouse, rat, human, then other for `Animals` naming neither mice
    nor rats); empty for a record without check tags (in-process records have no MeSH yet)."""
    mesh = tuple(mesh_terms or ())
    found = [name for term, name in _MESH_SPECIES if any(m == term or m.startswith(term + ",") for m in mesh)]
    if "Animals" in mesh and "mouse" not in found and "rat" not in found:
        found.append("other")
    return tuple(found)


# (helper FG, s28) a report that says it holds several cases (`an open-label case series`, `report of three cases`)
_SEVERAL_CASES = re.compile(r"\bcase series\b|\b(report|series) of (two|three|four|five|six|seven|eight|nine|ten|\d+) "
                            r"(cases|patients)\b")


def study_design(text: str, publication_types: Sequence[str] | None = (),
                 mesh_terms: Sequence[str] | None = (), words: frozenset[str] | None = None) -> str:
    """One of STUDY_DESIGNS: publication types first, then MeSH, then the text.

    `words` (word_set of the text), when given, skips the regexes that cannot match."""
    types = [t.lower() for t in (publication_types or ())]
    for name, design in _PUBTYPE_DESIGN:
        if any(t == name or t.startswith(name + ",") or t.startswith(name + " ") and "phase" in t for t in types):
            if design == "case_report" and _SEVERAL_CASES.search(text.lower()):
                return "case_series"   # (helper FG, s28) PubMed's `Case Reports` covers several cases too
            return design
    low = _without_reagents(text.lower())
    mesh = set(mesh_terms or ())
    humans_only = "Humans" in mesh and "Animals" not in mesh   # (MeSH: animals named only as others' models)
    # strongest first, stopping at the first hit; a cheap substring test before each regex
    for design, keys, rx in _DESIGN_RX:
        if words is not None and design in _DESIGN_WORDS and words.isdisjoint(_DESIGN_WORDS[design]):
            continue
        if design == "animal" and humans_only:
            continue
        if any(k in low for k in keys) and (_stated(rx, low) if design in _PROPOSABLE else rx.search(low)):
            if design == "animal":
                _, vkeys, vrx = _DESIGN_RX[-1]
                if any(k in low for k in vkeys) and vrx.search(low) and not _animals_treated(low):
                    return "in_vitro"
            return design
    if "Animals" in mesh and "Humans" not in mesh:
        return "animal"
    return "other"


def species(text: str, design: str | None = None, mesh_terms: Sequence[str] | None = (),
            words: frozenset[str] | None = None, publication_types: Sequence[str] | None = ()) -> str | None:
    """human | mouse | rat | other, or None when the text names no subject species.

    MeSH check tags first (the text decides only between several), then the design (a clinical design is
    about people, unless PubMed calls it veterinary: `Clinical Trial, Veterinary`), then the text."""
    tagged = mesh_species(mesh_terms)
    if len(tagged) == 1:
        return tagged[0]
    veterinary = any(t.lower().endswith(", veterinary") for t in publication_types or ())
    if design in _HUMAN_DESIGNS and not veterinary and (not tagged or "human" in tagged):
        return "human"
    low = _without_reagents(text.lower())
    counts = {name: (sum(1 for _ in rx.finditer(low)) if (not tagged or name in tagged) and any(k in low for k in keys)
                     and (words is None or not words.isdisjoint(_SPECIES_WORDS[name])) else 0)
              for name, keys, rx in _SPECIES_RXS}
    if any(counts.values()):
        return max(counts, key=lambda k: (counts[k], k == "mouse"))
    if tagged:
        return tagged[0]
    if (words is None or not words.isdisjoint(_HUMAN_WORDS)) and _HUMAN_RX.search(low):
        return "human"
    return None


# --- sections -----------------------------------------------------------------------------------
_CATEGORY = {
    "TITLE": "title", "BACKGROUND": "background", "OBJECTIVE": "background", "INTRODUCTION": "background",
    "METHODS": "methods", "RESULTS": "results", "CONCLUSIONS": "conclusions",
}
_LABEL_CUES = (
    ("background", r"background|introduc|objective|aim|purpose|context|rationale|importance|hypothes"),
    ("methods", r"method|material|design|setting|patient|participant|intervention|procedure|measure|subjects|study"),
    ("results", r"result|finding|outcome"),
    ("conclusions", r"conclu|interpret|discussion|significance|implication|summary|relevance|evidence"),
)
# Sentence cues for unlabelled abstracts.
_SENT_CUES = (
    ("conclusions", r"^(in conclusion|in summary|together|taken together|collectively|overall|thus|therefore|these (findings|results|data)|our (findings|results|data)|this study (demonstrat|show|provid|suggest))"
                    r"|\b(we conclude|findings suggest|results suggest|data suggest|results indicate|findings indicate|data indicate|findings demonstrate|results demonstrate|results support)\b"),
    ("results", r"\b(we (found|observed|show(ed)?|report)|results (showed|revealed|demonstrated)|was significantly|were significantly|significant(ly)? (higher|lower|improv|reduc|increas|decreas)|p ?[<=>] ?0?\.\d)"),
    ("methods", r"\b(we (transplanted|injected|enrolled|treated|administered|used|performed|measured|assessed|recruited|randomi[sz]ed|isolated|cultured|analy[sz]ed)|were (randomi[sz]ed|randomly assigned|enrolled|recruited|injected|transplanted|treated|assessed)|was (assessed|measured|evaluated)|primary (end ?point|outcome))"),
    ("background", r"^(to (determine|evaluate|assess|investigate|examine)|the (aim|purpose|objective)|we (aimed|sought|hypothesi[sz]ed)|here,? we)"),
)


# substrings one of which every match of the cue contains: a cheap test before the regex
_SENT_CUE_KEYS = {
    "conclusions": ("conclu", "summary", "together", "collectively", "overall", "thus", "therefore", "these ",
                    "our ", "this study", "suggest", "indicate", "demonstrate", "support"),
    # (`p ?[<=>]` spelled out: a bare "p" is in nearly every sentence, so the regex ran on all of them)
    "results": ("we ", "results ", "significant", "p<", "p=", "p>", "p <", "p =", "p >"),
    "methods": ("we ", "were ", "was ", "primary "),
    "background": ("to ", "the ", "we ", "here"),
}
_SENT_CUE_RX = [(name, _SENT_CUE_KEYS[name], re.compile(rx)) for name, rx in _SENT_CUES]


@lru_cache(maxsize=4096)
def section_of_label(label: str | None, category: str | None) -> str | None:
    """Map a structured-abstract section to SECTIONS, or None when it does not say."""
    if category and category.upper() in _CATEGORY:
        return _CATEGORY[category.upper()]
    if label:
        if label.upper() == "TITLE":
            return "title"
        low = label.lower()
        for name, rx in _LABEL_CUES:
            if re.search(rx, low):
                return name
    return None


def section_of_sentence(sentence: str, rel_pos: float) -> str:
    """Guess the section of a sentence of an unlabelled abstract: cue phrases, then position."""
    return _guess(sentence, rel_pos)[0]


def _guess(sentence: str, rel_pos: float) -> tuple[str, str]:
    low = sentence.strip().lower()
    for name, keys, rx in _SENT_CUE_RX:
        if any(map(low.__contains__, keys)) and rx.search(low):   # (no generator frame: asked per sentence)
            return name, "cue"
    if rel_pos < 0.25:
        return "background", "position"
    if rel_pos < 0.45:
        return "methods", "position"
    if rel_pos < 0.85:
        return "results", "position"
    return "conclusions", "position"


def sentence_sections(doc: Doc) -> list[str]:
    """The section (SECTIONS) of every sentence of `doc`, in order."""
    return [name for name, _ in sentence_sections_sourced(doc)]


def sentence_sections_sourced(doc: Doc) -> list[tuple[str, str]]:
    """(section, how it was decided: label | cue | position) for every sentence of `doc`."""
    return sections_of_spans(doc.text, doc._.sections, [(s.start_char, s.end_char) for s in doc.sents])


# (helper DR, s25) a section label written into an unstructured abstract's text, at the start of a line or sentence:
# `... in ALS. METHODS: Twelve patients ...`, `Results: Fourteen days after ...` (a label only where it names a section)
_INLINE_LABEL = re.compile(r"(?:(?<=\n)|(?<=[.!?] ))([A-Z][A-Za-z]+(?: (?:[Aa]nd |[Oo]f )?[A-Za-z]+){0,2}) ?: ")


@lru_cache(maxsize=256)
def _inline_labels(text: str, start: int, end: int) -> tuple[tuple[int, str | None], ...]:
    """(where, section) of each section label written into text[start:end]; an upper-case label that names no
    section (`CLINICAL FEATURES:`, `PROBLEM:`) ends the part before it (section None: guessed again)."""
    return tuple((m.start(1), name) for m in _INLINE_LABEL.finditer(text, start, end)
                 if (name := section_of_label(m.group(1), None)) is not None or m.group(1).isupper())


def _inline_section(text: str, sec: dict, a: int) -> str | None:
    """The section named by the last label written into the unlabelled section `sec` at or before `a`."""
    labels = _inline_labels(text, sec["start"], sec["end"])
    return next((name for at, name in reversed(labels) if at <= a), None)   # (None: no label, or one naming none)


def sections_of_spans(text: str, sections: list[dict] | None,
                      spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(section, how: label | cue | position) for every (start, end) character span of `text`.

    Uses `sections` (the documents table's list of label/category/start/end) when given;
    without it the first line is the title and the rest is one unlabelled section. In an unlabelled
    section, a label written into the text (`METHODS: ...`) names the section of what follows it.
    """
    if not sections:
        nl = text.find("\n")
        title_end = nl if nl >= 0 else len(text)
        sections = [{"label": "TITLE", "category": "TITLE", "start": 0, "end": title_end},
                    {"label": None, "category": None, "start": title_end + 1, "end": len(text)}]
    body_start = min((s["start"] for s in sections if (s.get("label") or "").upper() != "TITLE"), default=0)
    body_len = max(1, len(text) - body_start)
    out = []
    for a, b in spans:
        # a sentence belongs to the section holding its first non-space character
        while a < b and text[a].isspace():
            a += 1
        sec = next((s for s in sections if s["start"] <= a < max(s["end"], s["start"] + 1)), None)
        name = section_of_label(sec.get("label"), sec.get("category")) if sec else None
        if sec and not name and not sec.get("label") and not sec.get("category"):
            name = _inline_section(text, sec, a)   # (helper DR, s25) `... RESULTS: X improved.` in unlabelled text
        out.append((name, "label") if name else _guess(text[a:b], (a - body_start) / body_len))
    return out


@Language.factory("litmine_context")
def make_context(nlp: Language, name: str) -> "ContextComponent":
    return ContextComponent()


class ContextComponent:
    """Sets Doc._.study_design and Doc._.species from Doc._.publication_types, mesh_terms and text."""

    def __call__(self, doc: Doc) -> Doc:
        design = study_design(doc.text, doc._.publication_types, doc._.mesh_terms)
        doc._.study_design = design
        doc._.species = species(doc.text, design, doc._.mesh_terms, publication_types=doc._.publication_types)
        return doc
