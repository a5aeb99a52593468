"""Which cells and factor a document treats with, and which cell mentions never stand for the therapy.

The focus cell (the most salient treatment cell) is the antecedent of last resort; the focus factor is
the therapy of a cell-free study; a native cell type (neurons, glia, immune cells) is a treatment only
where the document names it as given (`given_natives`). The regexes for generic, host, native and
source cells (`exosomes derived from MSCs`) tell `candidates` which cells are targets or sources.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets, token_view
from pipeline.nlp.relations.labels import NATIVE_CELLS, concept_of

TREATMENT_CONTEXT = re.compile(
    r"(transplant|graft|inject|infus|administ|treated|treatment|therapy|implant|post-?transplant"
    r"|following|after|received|recipient|the cells|\bcells\b)")

GENERIC_CELL = re.compile(r"(?:(?:the|these|human|adult|autologous|allogen(?:e)?ic|transplanted|grafted|donor)[ -])*"
                          r"(?:stem[ -]|progenitor[ -]|precursor[ -])?cells?$")

# (helper CA, s22) cells named only by their genetic engineering (`genetically modified cells`): see candidates
ENGINEERED_CELL = re.compile(r"(?:genetically|gene)[ -](?:engineered|modified) cells?$")
HOST_CELL = re.compile(r"\b(?:endogenous|host|resident)\b")
# `cell:other` mentions of the body's own cells (`glial cells`, `vascular endothelial cells`,
# `B cells`, `myofibers`): like NATIVE_CELLS, what a therapy acts on unless named as given
NATIVE_OTHER = re.compile(r"\b(?:glia|glial|endothelial|hepatocytes?|fibroblasts?|myofib(?:er|re)s?|myocytes?|"
                          r"[bt][ -]cells?|nk cells?|natural killer|lymphocytes?|leukocytes?|neutrophils?|"
                          r"erythrocytes?|platelets?|keratinocytes?|epithelial|neural cells?|neuronal cells?|"
                          r"dopaminergic|cholinergic|pericytes?|ependymal|muscle cells?|satellite cells?|"
                          # immune and organ cells a drug or graft acts on in other diseases (`targets microglia and
                          # mast cells`, `protects cardiomyocytes`, `inhibits hepatic stellate cells`)
                          r"mast cells?|dendritic cells?|eosinophils?|basophils?|plasma cells?|cardiomyocytes?|"
                          r"stellate cells?|kupffer|islet cells?|beta cells?|β[ -]cells?|podocytes?|enterocytes?|"
                          r"tumou?r cells?|cancer cells?|osteoclasts?|"
                          # what MSCs are shown to differentiate into (`osteoblasts, adipocytes and chondrocytes`)
                          r"osteoblasts?|osteocytes?|adipocytes?|chondrocytes?|"
                          # (helper BU, s21) sensory cells of the ear and eye a graft protects, and the in-vitro
                          # cell lines an assay treats (`MSC-CM protected PC12 cells`, `HaCaT proliferation`)
                          r"hair cells?|m[üu]ller (?:cells?|glia)|goblet cells?|pc-?12|sh-sy5y|sk-n-sh|nsc-?34|"
                          r"neuro-?2a|n2a|ht-?22|hek-?293t?|hacat|c2c12)\b")
# (helpers CW and CU, s23) progenitors named by the native type they make (`endothelial progenitor cells`,
# `glial-restricted progenitors`, `muscle precursor cells`, `endothelial colony-forming cells`) and graft cells named by a
# native word of their source tissue (`amniotic epithelial cells`, `olfactory ensheathing glia`): a cell therapy of its
# own, given, not the body's own cells acted on
NATIVE_PROGENITOR = re.compile(r"\b(?:progenitors?|precursors?|colony-forming|outgrowth|stem|amniotic|amnion|ensheathing"
                               r"|restricted)\b")
NATIVE_TARGET_LINES = re.compile(r"\b(?:hair cells?|m[üu]ller (?:cells?|glia)|goblet cells?|pc-?12|sh-sy5y|sk-n-sh|"
                                 r"nsc-?34|neuro-?2a|n2a|ht-?22|hek-?293t?|hacat|c2c12)\b")
GIVING = "|".join(P.GIVING_STEMS)   # word stems of giving cells (one list with the ruler's route check)
NATIVE_GIVEN = re.compile(rf"{GIVING}|therap|treatment|-based|autologous|allogen|donor|expanded")
# a sentence that gives or treats (no native cell acts there on its own: cell_roles._native_actor)
TREATED_WORDS = re.compile(rf"\b(?:{GIVING}|treated|treatment|therapy|received|receiving|given|recipients?|"
                           r"(?:adoptive|passive)(?:ly)?\s+transfer)")   # (`the passive transfer of CD4+ T cells`)
# a native cell type named as the therapy itself (`infused Tregs`, `Treg infusion`, `microglia were
# transplanted`; not `microglia after transplantation`): the document's own treatment cell
# (`adoptively transferred Tregs`, `received intravenous Tregs`: a route word before the cells gives them too)
GIVEN_BEFORE = re.compile(rf"(?:{GIVING}|autologous|allogen|donor|expanded|engineered|transferr|"
                          r"intravenous|intrathecal|intraspinal|intramuscular|intracerebroventricular|intranasal|"
                          r"intraperitoneal)\w*(?:\s+of)?\W*$")   # (`injections of regulatory T cells`)
# `astrocytes engineered to secrete GDNF were transplanted`: the giving verb after the cells' own modifiers
# (helper EX, s28) an adverb between the auxiliary and the giving verb: `slowly`, `then`, `also`, `later`
# (`UC-MSCs were cultured. Astrocytes were then transplanted into the cord`: the astrocytes were given)
ADVERB = r"(?:\w+ly|then|also|later)\s+"
GIVEN_LATER = re.compile(rf"^[^.;]*?\b(?:were|was)\s+(?:{ADVERB})?(?:{GIVING})")
NOT_THEIRS = re.compile(r"\b(?:that|which|who|whose|of|in|from)\b")
GIVEN_AFTER = re.compile(rf"^[^\w.;]*(?:(?:were|was|are|is)\s+)?(?:{ADVERB})?(?:{GIVING}|therap|expan|transfer)")   # not past the sentence
# `the passive transfer of wild-type CD4+ T lymphocytes`, `adoptive transfer of endogenous Tregs from donor mice`:
# cells named as transferred (a few modifiers may stand between), the therapy even where called `endogenous`
TRANSFERRED_BEFORE = re.compile(r"\b(?:adoptive(?:ly)?|passive(?:ly)?)\s+transfer(?:red|ring|s)?(?:\s+of)?"
                                r"(?:\s+[\w+/-]+){0,4}?\s*$")


# (helper CW, s23) a native cell type given by replacing the host's own (`The replacement of microglia slowed disease
# progression`, `repopulation of the cord with wild-type microglia`, `replacing mutant microglia with wild-type
# microglia`): the donor-derived cells are the therapy. Not cells lost and replaced by a graft (`replace lost motor
# neurons`, `replacement of degenerated neurons by grafted stem cells`; neurons are never given so), and not the
# compound `astrocyte replacement` (cell replacement therapy: the train gold gives its rows to the grafted precursors)
REPLACED_BEFORE = re.compile(r"\b(?:replacement|repopulation|reconstitution)\s+of\s+(?:the\s+)?"
                             r"(?:(?!(?:lost|degenerat|damaged|dying|dead|injured|diseased|affected|host|endogenous|resident)\w*)"
                             r"[\w-]+\s+){0,2}$|\b(?:replac|repopulat|reconstitut)\w*\b[^.;]{0,50}\bwith\s+(?:[\w-]+\s+){0,2}$")
BY_OTHER_AFTER = re.compile(r"^\W*(?:cells?\s+)?(?:was|were|is|are)?\s*(?:\w+ly\s+)?(?:replaced\s+)?by\b")
NEVER_REPLACED = frozenset({"cell:motor_neuron", "cell:neuron"})


def replaced(view: TokenOffsets, e: Span, concept) -> bool:
    """(helper CW, s23) Whether the native cell mention is named as given by replacing the host's own cells."""
    if concept(e) in NEVER_REPLACED:
        return False
    before = view.span_lower(max(0, e.start - 12), e.start)
    if "replac" not in before and "repopulat" not in before and "reconstitut" not in before:
        return False   # (every REPLACED_BEFORE match holds one of them: most cells have none before them)
    after = view.span_lower(e.end, e.end + 6)
    if BY_OTHER_AFTER.search(after):
        return False   # `replacement of microglia by donor-derived cells`: the donor cells replace them
    return bool(REPLACED_BEFORE.search(before + " "))


def transferred(view: TokenOffsets, e: Span) -> bool:
    """Whether the cell mention is named as adoptively or passively transferred."""
    return bool(TRANSFERRED_BEFORE.search(view.span_lower(max(0, e.start - 8), e.start)))


# a native cell type made from stem cells (`Schwann-like cells`, `iPSC-derived astrocytes`, `motor neurons
# differentiated from ESCs`) is a product, the therapy (annotators give it the type it is named as)
DERIVED_NAME = re.compile(r"-like\b|derived\b")
# (helper Y, s19) native cells taken from the animal's own lymphoid organs for an assay (`lymph node-derived T
# cells`, `spleen-derived CD4+ T cells`): what the therapy acted on, not a derived product given
LYMPHOID_DERIVED = re.compile(r"\b(?:lymph|node|nodes|spleen|splenic|splenocyte|lymphoid|thymus|thymic)\W*derived\b")
DERIVED_AFTER = re.compile(r"^\W*(?:derived|differentiated|generated|induced|obtained|produced|made)\s+from\b")
# `MSCs differentiated into neuron-like cells`: what the graft became, not what was given
BECAME = re.compile(r"\b(?:into|toward|towards|to)\W*$")
# `the astrocytes' effect on hiPSC-derived motor neurons`: derived cells that something acts on, the assay's target
ACTED_ON = re.compile(r"\b(?:on|upon|against)\W*$")

FACTOR_DELIVERED = re.compile(r"deliver|inject|administ|infus|recombinant|treat|aav|gene|therap|dose")


def _given_later(after: str) -> bool:
    """`engineered to secrete GDNF were transplanted`: a giving verb whose subject the cells still are
    (no relative pronoun or preposition hands the verb to another noun on the way)."""
    m = GIVEN_LATER.search(after)
    return bool(m) and not NOT_THEIRS.search(after[:m.start(0) + len(m.group(0))])


def given_natives(ents: list[Span], view: TokenOffsets, concept) -> frozenset[str]:
    """Native cell types (NATIVE_CELLS) that the document names as given: its therapy, not its target."""
    out = set()
    for e in ents:
        if e.label_ != "CELL_TYPE" or concept(e) not in NATIVE_CELLS or concept(e) in out:
            continue
        # (the two words before, read by three patterns; (helper FK, s28) only the cells' own sentence's: `after
        # slowing the infusion. Treg counts rose` gives no Tregs)
        before = view.span_lower(max(e.start - 2, e.sent.start), e.start)
        if not BECAME.search(before) and not ACTED_ON.search(before) and (
                GIVEN_BEFORE.search(before)
                or GIVEN_AFTER.search(view.span_lower(e.end, e.end + 3))
                or _given_later(view.span_lower(e.end, e.end + 8))
                or transferred(view, e)
                or (DERIVED_NAME.search(view.span_lower(e.start, e.end))
                    or DERIVED_AFTER.search(view.span_lower(e.end, e.end + 3)))
                and not PATIENT_MODEL.search(view.span_lower(e.start - 2, e.end + 12))
                and not LYMPHOID_DERIVED.search(view.span_lower(e.start - 2, e.end))):
            out.add(concept(e))
    return frozenset(out)


# a native cell mention named as the patients' own or the model's (`ALS Tregs`, `FUS-ALS astrocytes`, `control
# Tregs`, `decreased regulatory T cells`): cells studied, not given, even where the document gives that type too
OWN_CELLS_BEFORE = re.compile(r"(?:\b(?:als|sals|fals|patient|patients'|control|healthy|isogenic|diseased|decreased|"
                              r"reduced|fewer|dysfunctional|mutant)|-als)[^\w\n]*\Z")
# (helper CU, s23: not across the title's line break: `Schwann-like cells in ALS\nSchwann-like cells were derived from
# ADSCs` opens the abstract on the cells given, not on the patients' own)


# native cells made from patients' cells are a disease model, not a therapy: `ALS iPSC-derived motor
# neurons`, `patient-derived astrocytes`, `iPSC-derived astrocytes from ALS patients`
# (never across the title's line break: a title ending `... in ALS` is no `ALS-derived` for the next line)
# (`ALS spinal cord-derived astrocytes`: up to two words of tissue between, none of giving; `astrocytes
# derived from FUS-ALS patients`: a hyphenated disease word before `patients`)
PATIENT_MODEL = re.compile(rf"\b(?:als|patients?|sals|fals|sod1|c9orf72|tdp-43|fus|diseased)[ \t-]+"
                           rf"(?:(?!(?:{GIVING}|receiv|given|treated))[\w]+[ \t-]+){{0,2}}"
                           r"derived\b|\bderived\b(?:(?!transplant|graft|inject|infus|administ|deliver|implant)[^.;\n]){0,60}"
                           r"\b(?:from|of)\s+(?:[\w-]+\s+){0,2}(?:patients\b|patient\s+(?:\w+\s+)?(?:ipscs?|fibroblasts?|cells)\b)")


def focus_cell(doc: Doc, ents: list[Span], title_end: int, view: TokenOffsets | None = None,
               concept=None, given: frozenset[str] = frozenset()) -> str | None:
    """The document's treatment cell: treatment cells weighted by frequency, title and triggers."""
    view = view or token_view(doc)
    concept = concept or concept_of
    score: dict[str, float] = {}
    for e in ents:
        if e.label_ != "CELL_TYPE":
            continue
        c = concept(e)
        if c in NATIVE_CELLS and c not in given:
            continue
        w = 1.0 + (2.0 if view.start[e.start] < title_end else 0.0)
        ctx = view.span_lower(e.start - 4, e.end + 4)
        if TREATMENT_CONTEXT.search(ctx):
            w += 1.0
        score[c] = score.get(c, 0.0) + w
    return max(score, key=score.get) if score else None


HOST_AFTER = re.compile(r"^\s*(?:(?:isolated|obtained|collected|taken|sampled)\s+)?(?:from|of)\s+(?:the\s+)?"
                        r"(?:[\w-]+-)?(?:treated|transplanted|grafted|injected|infused)\s+"
                        r"(?:patients|mice|rats|animals|subjects|participants)\b")
# the partner of a co-culture: cells the treatment cells act on in an assay (`in co-culture with
# stimulated peripheral blood mononuclear cells, MSCs suppressed T-cell proliferation`)
COCULTURE_BEFORE = re.compile(r"\bco-?cultur\w*\s+with\s+(?:[^\s.;,]+\s+){0,3}$")
# a product named with its source cells inside its mention (`conditioned medium from WJ-MSCs`)
PRODUCT_SOURCE_WORDS = re.compile(r"\b(?:from|of)\b|-derived\b|\bderived\b|\b(?:secreted|released|produced|shed) by\b")
SOURCE_OF_PRODUCT = re.compile(r"(?:\b(?:derived|differentiated|generated|obtained|produced|made|isolated|secreted|"
                               r"released|expanded|cultured|grown|established|propagated|prepared|reprogrammed|collected|harvested|"
                               r"purified|extracted|recovered)\s+|(?:cells|npcs|nscs|neurons|astrocytes|progenitors|precursors|exosomes|evs|vesicles|"
                               r"medium|media|secretome|supernatants?)(?:\s*\([^()]{1,20}\))?\s+)"
                               # (`derived from patient iPSCs`, `generated from ALS patient fibroblasts`)
                               r"from(?:\s+(?:the|human|patient|patients'?|als|sals|fals|healthy|donor|control))*\s*$"
                               # `exosomes released by neural stem cells`, `vesicles shed by astrocytes`
                               r"|\b(?:secreted|released|produced|shed|derived)\s+by(?:\s+(?:the|human))?\s*$")


PARENT_OF_PRODUCT = re.compile(r"\b(?:their|its)\s+parent(?:al)?\s*$")


def _product_before(ents: list[Span], e: Span) -> bool:
    """A cell or cell product named right before `<derived> from` e (`astrocytes derived from ESCs`)."""
    return any(x.label_ == "CELL_TYPE" and x.end <= e.start and e.start - x.end <= 4 and x is not e for x in ents)


def focus_factor(ents: list[Span], title_end: int, view: TokenOffsets, concept, seg_of=None) -> str | None:
    """The factor a cell-free study gives: named in the title or where it is delivered (`recombinant
    BDNF`, `AAV-GDNF`, `IGF-1 was given`), weighted by frequency; None when no mention is either. The class
    (`factor:ntf`) where the title names only it and the text several factors of it (a review or pooled trials)."""
    score: dict[str, float] = {}
    anchored: set[str] = set()
    title_factors: set[str] = set()
    for e in ents:
        if e.label_ != "NEUROTROPHIC_FACTOR":
            continue
        c = concept(e)
        if c == "factor:ntf":    # a class of factors is what reviews discuss, not a drug a study gives
            continue
        w = 1.0
        if VARIANT_AFTER.match(view.span_lower(e.end, min(e.end + 3, len(view.start)))):
            continue   # `The BDNF Val66Met polymorphism and disease course`: a genotype, not a factor given
        if LEVEL_AFTER.match(view.span_lower(e.end, min(e.end + 3, len(view.start)))) or \
                LEVEL_BEFORE.search(view.span_lower(max(0, e.start - 3), e.start)):
            continue   # `BDNF serum levels in ALS`, `CSF levels of VEGF`: a read-out measured, not a factor given
        if view.start[e.start] < title_end:
            w += 2.0
            anchored.add(c)
            title_factors.add(c)
        if FACTOR_DELIVERED.search(view.span_lower(e.start - 3, e.end + 3)):
            w += 1.0
            anchored.add(c)
        score[c] = score.get(c, 0.0) + w
    if seg_of is not None:
        # `Earlier attempts to treat ALS with BDNF delivered intrathecally did not improve survival`, then a trial
        # of a drug that is no entity: a factor named once, in one background sentence on past trials, is not
        # the study's therapy (its results would all be credited to it)
        for c in list(anchored):
            if c in title_factors:
                continue
            segs_c = {seg_of(e.start) for e in ents if e.label_ == "NEUROTROPHIC_FACTOR" and concept(e) == c}
            if len(segs_c) == 1:
                seg = next(iter(segs_c))
                if seg is not None and FACTOR_HISTORY.search(view.span_lower(seg.start, seg.end)):
                    anchored.discard(c)
    score = {c: v for c, v in score.items() if c in anchored}
    if not title_factors and len({concept(e) for e in ents if e.label_ == "NEUROTROPHIC_FACTOR"} - {"factor:ntf"}) > 1 \
            and any(concept(e) == "factor:ntf" and view.start[e.start] < title_end for e in ents):
        # (helper GB, s29) `Recombinant neurotrophic factors for ALS: a meta-analysis` over trials of CNTF, BDNF and
        # IGF-1: the title's class is what the pooled results (`The pooled hazard ratio for death was 1.01`) are of,
        # not whichever of its members the methods name first
        return "factor:ntf"
    return max(score, key=score.get) if score else None


# words of a background sentence on past attempts (`Earlier trials of CNTF failed`, `has been tested for decades`)
FACTOR_HISTORY = re.compile(r"\b(?:earlier|previous(?:ly)?|prior|past|decades?|failed|attempts?|"
                            r"(?:have|has|had)\s+been\s+(?:tested|tried|evaluated|investigated|studied))\b")


# a factor named as the level measured in a fluid (`BDNF serum levels`, `VEGF concentrations`, `serum levels of
# BDNF`, `plasma BDNF`): a biomarker study's read-out, not its therapy
LEVEL_AFTER = re.compile(r"\s*(?:(?:serum|plasma|csf|blood|sera|mrna|protein)\s+)?(?:levels?|concentrations?)\b")
LEVEL_BEFORE = re.compile(r"\b(?:(?:levels?|concentrations?)\s+of|serum|plasma|csf|sera|circulating)\s*$")


# a gene variant named right after a factor (`the BDNF Val66Met polymorphism`): no factor given
VARIANT_AFTER = re.compile(r"\s*(?:gene\s+|\w+\s+)?(?:polymorphisms?|variants?|genotypes?|alleles?|haplotypes?|snps?"
                           r"|rs\d+|val66met)\b")


# (helper EA, s26) SPEC §3: AFFECTS is what *the cell treatment* changed. A document that names no cell as given
# or as a therapy (`transplanted MSCs`, `injection of NSCs`, `BM-MNCs were infused`, `MSC therapy`, `treated with
# MSCs`, `the effects of MSCs on ...`, `cell transplantation`) studies cells only as the material it measures in
# (`T cells stimulated with IL-2`, `PBMC of patients`, `thymocytes of knockout mice`): it has no cell treatment, so
# no AFFECTS row. On a precision audit of 90 AFFECTS rows of bench abstracts, 70 were of such documents, most with
# the subject taken from sentences back. Not counted: cells acted on (`cells treated with X`, `treatment of cells
# with X`), cells as the doer of a verb (`T cells deliver a signal`), `allogeneic`/`autologous` cells of an assay.
# (`given` after a word, as in `mice given HSCs`, `rats were given NSCs`; not a clause's opening `Given MSCs' ...`)
THERAPY_BEFORE = re.compile(rf"(?:\b(?:{GIVING})\w*(?:\s+of)?|\b(?:treated|treatment|therapy|treating)\s+with|\breceiv(?:ed|ing)"
                            r"|\w\s+given"
                            r"|\btransferr\w*|\b(?:intravenous|intrathecal|intraspinal|intramuscular"
                            r"|intracerebroventricular|intranasal|intraarterial|intra-arterial)\w*)"
                            # (`received autologous bone marrow MNCs`, `injection of human donor NSCs`)
                            r"(?:\W+(?:autologous|allogen\w*|syngeneic|xenogen\w*|human|rat|mouse|murine|donor|the|these|fresh"
                            r"|cultured|expanded|genetically|engineered|modified))*\W*$")
# after the cells: a passive giving verb (`were infused`, `injected into`), a giving noun (`transplantation`, `grafts`,
# `delivery`), `therapy`, `transfer`; not an active verb with its object (`T cells delivered a signal`)
THERAPY_AFTER = re.compile(rf"^[^\w.;]*(?:(?:were|was|are|is|being|been)\s+(?:\w+ly\s+)?(?:{GIVING})"
                           rf"|(?:{GIVING})\w*ed\b(?!\s+(?:the|a|an|its|their|this|these|signals?)\b)"
                           r"|(?:transplant|graft|implant)(?:ation|ing|s)?\b|(?:micro)?injections?\b|infusions?\b"
                           r"|administrations?\b|delivery\b|instillations?\b|therap|transfer)"
                           r"|^-(?:treated|transplanted|injected|grafted)|^\W*treatment\b(?!\s+with)")
EFFECT_OF = re.compile(r"\beffects?\s+of\W*$")
# the same said of cells the ruler does not tag (`cell therapy`, `Rats received the cells`, `the cells were injected`,
# `transplantation of these cells`, `encapsulated cell biodelivery`)
CELL_THERAPY_WORDS = re.compile(rf"\b(?:marrow|cord blood)\s+transplant|\bcells?(?:[ -]based)?[ -](?:therap|transplant|graft|implant|infus|inject|administ|(?:bio)?deliver)"
                                rf"|\b(?:{GIVING})\w*\s+(?:of\s+)?(?:(?:the|these|those|such|stem|donor)\s+)*cells?\b"
                                r"|\b(?:received|receiving|given|treated\s+with)\s+(?:the|these|those)\s+cells?\b"
                                rf"|\bcells?\s+(?:were|was)\s+(?:\w+ly\s+)?(?:{GIVING}|given)")
# stem cells and their products are what the cell therapies of these texts give: a review or an in-vitro study that
# names them (`NSCs: a promising therapeutic strategy`, `MSCs may slow disease progression in patients`, `the impact
# of MSC-conditioned medium on astrocytes`) is about that treatment
THERAPY_CELLS = frozenset(P.MSC_FAMILY) | {"cell:msc_ev", "cell:nsc"}
# (vesicles not called an MSC product are `cell:other`: `stem cell-derived EVs`, `exosomes`)
PRODUCT_WORDS = re.compile(r"vesicle|exosom|\bevs?\b|secretome|conditioned medi")


def gives_cells(ents: list[Span], view: TokenOffsets, concept=concept_of) -> bool:
    """Whether the document names some cells as given or as a therapy (see THERAPY_BEFORE)."""
    # (the entities first: most documents of this literature name stem cells, and a search of the whole text for
    # CELL_THERAPY_WORDS costs more than the tests on them; each test alone can answer yes)
    # a named route (the ruler tags one only where something is given: `hAECs were injected intravenously`) in a
    # document that names cells
    cells = [e for e in ents if e.label_ == "CELL_TYPE"]
    if cells and any(e.label_ == "ROUTE" and concept(e) != "route:other" for e in ents):
        return True
    if any(concept(e) in THERAPY_CELLS or PRODUCT_WORDS.search(view.span_lower(e.start, e.end)) for e in cells):
        return True
    if CELL_THERAPY_WORDS.search(view.text_lower):
        return True
    return any((
        THERAPY_BEFORE.search(view.span_lower(max(0, e.start - 5), e.start))
        or THERAPY_AFTER.search(view.span_lower(e.end, e.end + 3))
        or _given_later(view.span_lower(e.end, e.end + 8))
        or transferred(view, e) or replaced(view, e, concept)
        # `the effects of MSC-derived exosomes on neurogenesis`: the cells as the treatment studied
        or EFFECT_OF.search(view.span_lower(max(0, e.start - 3), e.start))
        and re.search(r"\bon\b", view.span_lower(e.end, e.end + 8))) for e in cells)
