"""Gates on cells named only as where something came from: the source of a product (`conditioned medium
derived from MSCs`, `the MSCs medium`), the stem cells other cells were made from (`BMSC-derived Schwann
cells`, `astrocytes differentiated from iPSCs`), other cells named as the factor's maker (`GDNF production
by BMSCs`), the body's own neurons. The product or the made cells act, not their source. Read by
`gates._gated`.
"""
from __future__ import annotations

import re

from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.labels import CELL_HASH, NATIVE_CELLS, concept_of
from pipeline.nlp.relations.cell_measures import CELL_LEAD_WORDS, CELL_LIST_JOINS
from pipeline.nlp.relations.cell_roles import STEM_SOURCES


# (helper N, s18) the cells named only as the source of a product (`conditioned medium derived from cultured
# MSCs`, `exosomes isolated from rapidly expanded hUC-MSCs`): the product acts, not the cells
SOURCE_VERBS = frozenset({"derived", "isolated", "obtained", "collected", "harvested", "secreted", "released",
                          "produced", "prepared", "generated", "purified", "conditioned"})
SOURCE_LEAD_WORDS = CELL_LEAD_WORDS | frozenset({"rapidly", "expanded", "hypoxic", "preconditioned", "stimulated",
                                                 "activated", "healthy", "young", "allogeneic", "autologous"})
# (helper CF, s22) what may stand between a product and its source cells in a list (`derived from BM-MSCs or AD-MSCs`)
SOURCE_LIST_WORDS = SOURCE_LEAD_WORDS | CELL_LIST_JOINS


# (helper AK, s20) the last word of a mention that names what cells release, not the cells
PRODUCT_WORDS = frozenset({"cm", "medium", "media", "secretome", "secretomes", "exosome", "exosomes", "exos", "evs",
                           "vesicles", "microvesicles", "supernatant", "supernatants", "lysate", "lysates"})
# the words that, right after a cell mention, make it the name of the cells' product (`the MSCs medium`)
PRODUCT_AFTER = frozenset({"medium", "media", "cm", "supernatant", "supernatants", "lysate", "lysates", "secretome",
                           "exosomes", "exosome", "evs", "vesicles"})


def _names_a_product(c: Candidate) -> bool:
    """(helper AK, s20) The cell mention only names a product of the cells: a product word follows it (`the MSCs
    medium restored X`), or it shares the product word of the next item (`both the hPMSC and hUCMSC exosomes
    reduced X`): the product acts, not the cells (SPEC: products are `cell:msc_ev`)."""
    doc = c.subj.doc
    k = c.subj.end
    if k < len(doc) and doc[k].lower_ in PRODUCT_AFTER:
        return True
    if k + 1 < len(doc) and doc[k].lower_ == "conditioned" and doc[k + 1].lower_ in ("medium", "media", "cm"):
        return True    # (helper CW, s23) `PL-DIFF conditioned medium had a superior effect` (not `MSCs conditioned with IFN-γ`)
    if k + 1 < len(doc) and doc[k].lower_ in ("and", "or") and doc[k + 1].ent_type_ == "CELL_TYPE" \
            and doc[k + 1].ent_iob_ == "B":
        nxt = next((e for e in c.view.ents if e.start == k + 1), None)
        return nxt is not None and len(nxt) > 1 and nxt[-1].lower_ in PRODUCT_WORDS and concept_of(nxt) != concept_of(c.subj)
    return False


def _source_of_product(c: Candidate) -> bool:
    """An MSC product's mention ends just before the subject cells, joined by `(derived|isolated ...) from|of|by`:
    the cells only say where the product came from."""
    doc, start = c.subj.doc, c.subj.start
    # (Span.ents builds a Span of every entity: first ask the tokens for the joining word; most candidates have none)
    # ((helper CF, s22) the source may be the second or third of a list: `CM from BM-MSCs, AD-MSCs and UC-MSCs`)
    # (the words before the cells as the segment's lower-cased words hold them: the cells stand in the segment)
    at = start - c.seg.start
    span = 16 if not CELL_LIST_JOINS.isdisjoint(c.toks[max(0, at - 16):at]) else 7
    if {"from", "of", "by"}.isdisjoint(c.toks[max(0, at - span):at]):
        return False
    # ((helper AK, s20) the product of other cells too: `CM from the ALS iPSCs was injected`, a `cell:other` product)
    # (where it stands first: the label, concept and last word cost a Span or Token read per entity of the document)
    product = next((e for e in reversed(c.view.ents) if start - span <= e.end <= start - 1 and e.start >= c.seg.start
                    and e.label_ == "CELL_TYPE" and (concept_of(e) == "cell:msc_ev" or e[-1].lower_ in PRODUCT_WORDS)),
                   None)
    if product is None:
        return _cells_made_from(c) or _unnamed_product_before(c)
    # ((helper AK, s20) a disease name may qualify the source cells: `CM from the ALS iPSCs`)
    between = [t.text.lower() for t in doc[product.end:start] if t.ent_type_ != "DISEASE"]
    if between[:1] == ["("] and ")" in between[:6]:
        between = between[between.index(")") + 1:]   # (the product's short form: `conditioned medium (CM) from`)
    elif between[:1] == [")"]:
        between = between[1:]
    if between and any(t.lower_ in ("from", "of", "by") for t in product[1:]) and \
            between[0] in ("and", "or", ",", "and/or") and SOURCE_LIST_WORDS.issuperset(between):
        return True   # (`exosomes derived from BM-MSCs or AD-MSCs`: the source named inside the product's mention)
    k = 1 if between[:1] and between[0] in SOURCE_VERBS else 0
    if not (k < len(between) and between[k] in ("from", "of", "by")):
        return False
    if SOURCE_LEAD_WORDS.issuperset(between[k + 1:]):
        return True
    # the earlier sources of a list: cells, their bracketed names (`hESCs (line H1)`), joins
    words = [t.text.lower() for t in doc[product.end:start]]
    i0 = product.end + words.index(between[k]) + 1 if between[k] in words else start
    depth, cells, joined = 0, 0, False
    for t in doc[i0:start]:
        w = t.text.lower()
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif depth > 0 or t.ent_type_ == "DISEASE" or w in SOURCE_LEAD_WORDS:
            continue
        elif t.ent_type_ == "CELL_TYPE":
            cells += t.ent_iob_ == "B"
        elif w in CELL_LIST_JOINS:
            joined = True
        else:
            return False
    return depth == 0 and cells > 0 and joined


def _unnamed_product_before(c: Candidate) -> bool:
    """(helper CF, s22) a product word that is no mention of its own stands before the cells, joined by
    `(derived|collected ...) of|from|by` (`the supernatant of BM-MSCs enhanced X`, `a lysate from UC-MSCs`)."""
    doc, k = c.subj.doc, c.subj.start - 1
    while k > c.seg.start and doc[k].text.lower() in SOURCE_LEAD_WORDS and doc[k].text.lower() not in ("of", "the"):
        k -= 1
    if k <= c.seg.start or doc[k].text.lower() not in ("of", "from", "by"):
        return False
    k -= 1
    if doc[k].text.lower() in SOURCE_VERBS:
        k -= 1
    return k >= c.seg.start and doc[k].text.lower() in PRODUCT_WORDS and not doc[k].ent_type_


# what may follow a made cell type's name before `from` (`NPC cell lines from iPSCs`)
MADE_CELL_HEADS = frozenset({"cell", "cells", "line", "lines", "cell-line", "cell-lines"})
# source cells that other cells are made from (the subject then only says where the graft came from)
SOURCE_CELLS = frozenset({"cell:ipsc", "cell:esc"})


def _cells_made_from(c: Candidate) -> bool:
    """(helper AF) Another cell type is named as made from the subject pluripotent cells (`monkey NPC cell lines
    from induced pluripotent stem cells (iPSCs) that can differentiate ... without tumor formation`, `neurons
    derived from iPSCs`): what follows is said of the made cells, the source was not given."""
    doc, start = c.subj.doc, c.subj.start
    if concept_of(c.subj) not in SOURCE_CELLS:
        return False
    if start > 1 and doc[start - 1].text == "(":   # `... from induced pluripotent stem cells (iPSCs)`: the long form's place
        long_form = next((e for e in c.view.ents if e.end == start - 1 and concept_of(e) == concept_of(c.subj)), None)
        start = long_form.start if long_form is not None else start
    made = next((e for e in c.view.ents if e.label_ == "CELL_TYPE" and concept_of(e) not in SOURCE_CELLS
                 and start - 7 <= e.end <= start - 1 and e.start >= c.seg.start), None)
    if made is None:
        return False
    between = [t.text.lower() for t in doc[made.end:start]]
    k = 0
    while k < len(between) and between[k] in MADE_CELL_HEADS:
        k += 1
    k += 1 if k < len(between) and between[k] in SOURCE_VERBS else 0
    return k < len(between) and between[k] == "from" and SOURCE_LEAD_WORDS.issuperset(between[k + 1:])


MADE_NOUNS = frozenset({"secretion", "release", "production", "expression", "synthesis"})


def _made_by_named_other(c: Candidate) -> bool:
    """(helper N, s18) The factor's making is said of other cells right after it (`GDNF production by BMSCs`,
    `BDNF secretion in co-cultured MSCs`): those cells make it, not the subject named elsewhere."""
    doc, k = c.obj.doc, c.obj.end
    if k + 1 >= len(doc) or doc[k].lower_ not in MADE_NOUNS or doc[k + 1].lower_ not in ("by", "in", "from"):
        return False
    maker = next((e for e in c.view.ents if e.label_ == "CELL_TYPE" and k + 2 <= e.start <= k + 5), None)
    if maker is not None and _maker_chain(c.subj, maker):
        return False   # (helper CU, s23) the subject is listed with the maker or named as its source or reference
    return maker is not None and maker.start != c.subj.start and concept_of(maker) != concept_of(c.subj)


# (helper CU, s23) the words that chain cells after `F secretion by <maker>`: a list (`by UC-MSCs, BM-MSCs and
# AD-MSCs`, `by adipose and bone marrow stem cells`), the made cells' source (`by NTF-secreting cells derived from
# human ADSCs`) or a comparison's reference (`was higher than by naive MSCs`): each of those cells makes it too
MAKER_CHAIN = frozenset({"and", "or", ",", "both", "either", "as", "well", "by", "from", "in", "of", "than", "versus",
                         "vs", "vs.", "derived", "isolated", "obtained", "induced", "differentiated", "human", "rat",
                         "murine", "mouse", "the", "naive", "naïve", "parental", "undifferentiated", "untreated",
                         "unmodified", "native", "-", "(", ")", "that", "those", "was", "were", "higher", "lower",
                         "greater", "more", "less"})


def _maker_chain(subj, maker) -> bool:
    """(helper CU, s23) `F secretion by A and B`, `F secretion by A derived from B`, `... by A was higher than by B`:
    the subject B stands after the maker A with only list, source or comparison words between them."""
    if subj.start < maker.end or subj.start - maker.end > 12 or concept_of(maker) in NATIVE_CELLS:
        return False
    doc = subj.doc
    inside = {i for e in doc[maker.end:subj.start].ents if e.label_ == "CELL_TYPE" for i in range(e.start, e.end)}
    words = [t.lower_ for t in doc[maker.end:subj.start] if t.i not in inside]
    if any(w not in MAKER_CHAIN for w in words):
        return False
    # `was higher than by`: a comparison only when `than` joins them; `was`/`were` otherwise closes the maker's phrase
    return not ({"was", "were", "higher", "lower", "greater", "more", "less"} & set(words)) or "than" in words


# (helper AK, s20) neurons are what factors and grafts act on, not what a therapy's factors come from nor the
# therapy: no gold row of the train split or of the 29 real sets has a neuron or motor neuron secreting, nor a
# native one changing an outcome (`Motor neurons were counted and rotarod was assessed`) (`neurite outgrowth of DRG neurons`
# after the factors, `a coculture of cortical neurons and MSCs`, `from the muscle to the motoneurons by GDNF`).
# Neurons made for grafting or given (`iPSC-derived motor neurons`, `engineered neurons`, `replacement of
# dopaminergic neurons`, `neurons were transplanted`) still may.
NEURON_CELLS = frozenset({"cell:neuron", "cell:motor_neuron"})
MADE_NEURON = re.compile(r"deriv|-like|induc|differentiat|engineer|transduc|modif|transplant|graft|implant|inject|infus|"
                         r"replac|ipsc|esc\b|stem|progenitor|precursor|overexpress|expressing|secreting|releasing|"
                         r"producing")


def _neuron_as_source(c: Candidate) -> bool:
    """(helper AK, s20) the secreting subject is the body's own neurons (not neurons made for grafting)."""
    if concept_of(c.subj) not in NEURON_CELLS:
        return False
    doc = c.subj.doc
    before = doc[max(c.subj.sent.start, c.subj.start - 5):c.subj.start]
    if any(t.lower_ in MADE_ABILITY for t in before):
        return True   # `stem cells, able to differentiate into neuronal cells`: neurons the cells could become
    near = " ".join(t.lower_ for t in doc[max(c.subj.sent.start, c.subj.start - 4):min(c.subj.sent.end, c.subj.end + 2)])
    return MADE_NEURON.search(near) is None


# (helper AK, s20) the stem cells another cell type is made from: `BMSC-derived Schwann cells`, `bone marrow
# stromal cell (BMSC)-derived TH+ cells`, `WJ-MSCs were differentiated into SCLCs, which promoted X`. What follows the made cells is theirs (SOURCE.md: cells
# derived from MSCs take the type they are named as), not the source's. (`MSCs, which can differentiate into
# neurons, improved X`: an ability, the MSCs were given; the MSC products, `MSC-derived exosomes`, have their own rule.)
MADE_FROM_WORDS = frozenset({"(", ")", "-", "derived", "-derived", "were", "was", "are", "is", "be", "been", "readily",
                             "successfully", "efficiently", "then", "first", "further", "differentiated", "differentiate",
                             "differentiating", "to", "into", "induced", "converted", "reprogrammed", "transdifferentiated"})
DERIVED_TOKEN = re.compile(r"^\(?[\w.+-]*\)?-?derived$")   # `(BMSC)-derived` as one token
# (helper FI, s28) verbs that make other cells of the stem cells that are their object (`differentiated iPSCs into`)
MAKING_VERBS = frozenset({"differentiated", "converted", "reprogrammed", "transdifferentiated", "induced", "directed"})
MADE_ABILITY = frozenset({"could", "may", "might", "capable", "able", "ability", "potential", "potentially"})


def _source_of_made_cell(c: Candidate) -> bool:
    """(helper AK, s20) The subject stem cells are named as what other cells (of another type) were made from,
    and the outcome or factor comes after the made cells."""
    if concept_of(c.subj) not in STEM_SOURCES or c.obj.start < c.subj.end:
        return False
    doc = c.subj.doc
    hi = min(c.obj.start, c.subj.end + 8)
    # (the tokens' entity types first, from the token view: this gate runs for most stem-cell pairs, and most have
    # no cell after the subject; a cell mention starting in the range has a cell token there)
    if CELL_HASH not in c.view.ent_type[c.subj.end:hi]:
        return False
    made = next((e for e in c.view.ents if c.subj.end <= e.start < hi and e.label_ == "CELL_TYPE"), None)
    if made is None or concept_of(made) in (concept_of(c.subj), "cell:msc_ev") or made.end > c.obj.start:
        return False
    between = [t.lower_ for t in doc[c.subj.end:made.start]]
    first = c.subj.start
    if first > 0 and doc[first - 1].lower_ == "(":   # (the short form after its long one: `hESCs (hESCs) into`)
        first = next((e.start for e in c.view.ents if e.end == first - 1 and concept_of(e) == concept_of(c.subj)), first)
    if [w for w in between if w != ")"] == ["into"] and first > c.seg.start and doc[first - 1].lower_ in MAKING_VERBS:
        return True    # (helper FI, s28) `we differentiated hESCs (made them) into astrocyte precursors and transduced them
        #               with BDNF`: the stem cells are the verb's object; what follows is done to the made cells
    if between == ["induced", "into"]:
        return True    # (helper CW, s23) `placental MSCs induced into NTF-producing cells protect neuronal cells`: the
        #               participle names what the stem cells were made into; the made cells act
    if not any(w.endswith("derived") or w.startswith(("differentiat", "convert", "reprogramm", "transdifferentiat"))
               for w in between) or not MADE_ABILITY.isdisjoint(between):
        return False
    # `(BMSC)-derived`: an abbreviation in brackets may stand between
    rest = [w for k, w in enumerate(between) if w not in MADE_FROM_WORDS and not DERIVED_TOKEN.match(w)
            and not (k and between[k - 1] == "(" and k + 1 < len(between) and between[k + 1] == ")")]
    if rest:
        return False
    # `NI-MSCs differentiate into neuron-like cells in vitro, release NGF and survive`: the stem cells stay the
    # subject of the verbs that follow; only a relative clause (`..., which promoted X`) speaks of the made cells
    return any(w.endswith("derived") for w in between) or any(
        t.lower_ in ("which", "that") for t in doc[made.end:c.obj.start])


# (helper BB, s21) the words between made cells and the stem cells named after them as their source
# (`Schwann-like cells derived from ADSCs`, `astrocytes differentiated from human iPSCs`)
MADE_FROM_AFTER = frozenset({"derived", "differentiated", "generated", "induced", "obtained", "converted", "reprogrammed",
                             "transdifferentiated", "from", "the", "human", "rat", "mouse", "murine", "adult", "autologous",
                             "cultured", "primary", "fetal", "embryonic", "neonatal", "donor", "transplanted", "grafted",
                             "(", ")", ","})
MADE_FROM_VERBS = frozenset({"derived", "differentiated", "generated", "induced", "obtained", "converted", "reprogrammed",
                             "transdifferentiated"})
# (helper FQ, s29) whose stem cells they were: a donor's disease or genotype (`astrocytes derived from C9orf72 ALS
# patient iPSCs`, `motor neurons made from SOD1-mutant iPSCs`) names the source, it does not end the phrase
MADE_FROM_DONOR = frozenset({"patient", "patients", "patient-derived", "healthy", "control", "mutant", "carrier",
                             "carriers", "-"})
GENE_LIKE = re.compile(r"^[a-z]+\d[a-z0-9]*$|^[a-z]\d+[a-z]$")   # `c9orf72`, `sod1`, `g93a`


def _donor_word(t) -> bool:
    """A word of the donor's disease or genotype (`SOD1-mutant` as one token too)."""
    return t.ent_type_ == "DISEASE" or all(w in MADE_FROM_DONOR or GENE_LIKE.match(w) for w in t.lower_.split("-") if w)


def _source_after_made_cell(c: Candidate) -> bool:
    """(helper BB, s21) The subject stem cells are named, after the cells made from them, as their source
    (`Schwann-like cells derived from ADSCs secreted NGF`, `neural progenitors generated from MSCs released BDNF`):
    the made cells secrete the factor named after both, not their source (the reverse order of
    _source_of_made_cell)."""
    if concept_of(c.subj) not in STEM_SOURCES | {"cell:nsc"} or c.obj.start < c.subj.end or c.subj.start < 2:
        return False
    doc = c.subj.doc
    start = c.subj.start
    if doc[start - 1].lower_ == "(":
        # (helper FI, s28) the short form after its long one (`astrocytes derived from induced pluripotent stem cells
        # (iPSCs) supply NT-3`): the long form's place says whether it is named as a source
        start = next((e.start for e in c.view.ents if e.end == start - 1 and e.label_ == "CELL_TYPE"
                      and concept_of(e) == concept_of(c.subj)), start)
    lo = max(c.seg.start, start - 7)
    if not any(t.ent_iob_ == "B" and t.ent_type_ == "CELL_TYPE" for t in doc[lo:start]):
        return False
    made = next((e for e in reversed(c.view.ents) if lo <= e.start and e.end <= start and e.label_ == "CELL_TYPE"),
                None)
    if made is None or concept_of(made) in (concept_of(c.subj), "cell:msc_ev"):
        return False
    between = [t.lower_ for t in doc[made.end:start]]
    if "by" in between:   # `astrocytes induced by MSCs secreted GDNF`, `microglia activated by MSCs released BDNF`
        return not CAUSED_BY_VERBS.isdisjoint(between) and all(w in MADE_FROM_AFTER | CAUSED_BY_VERBS | {"by"}
                                                               for w in between)
    return "from" in between and not MADE_FROM_VERBS.isdisjoint(between) and all(
        t.lower_ in MADE_FROM_AFTER or _donor_word(t) for t in doc[made.end:start])


CAUSED_BY_VERBS = frozenset({"induced", "activated", "stimulated", "primed", "polarized", "reprogrammed", "converted"})
