"""Which subject goes with which object when one sentence names several: each cell its own route
(`BM-MNCs intravenously and MSCs intrathecally`, `intravenous BM-MSCs or intrathecal UC-MSCs`), the
routes of other agents (placebo, drugs, anaesthesia, samples taken), clauses set against each other
(`whereas`) and `respectively`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import CELL_HASH, FACTOR_HASH, concept_of, hash_string

ROUTE_HASH = hash_string("ROUTE")
from pipeline.nlp.relations.features import Candidate

# agents given beside the cells (comparators, co-medication): a route named with one is theirs
OTHER_AGENTS = frozenset({"placebo", "saline", "vehicle", "pbs", "sham", "medium", "riluzole", "edaravone",
                          "cyclosporine", "cyclosporin", "ciclosporin", "tacrolimus", "g-csf", "erythropoietin", "epo",
                          "methylprednisolone", "dexamethasone", "prednisolone", "immunosuppressants", "antibiotics",
                          "interleukin-2", "il-2", "drug", "drugs", "mannitol",
                          # premedication, co-medication and tracers given beside cell grafts
                          "chlorpheniramine", "hydrocortisone", "cyclophosphamide", "gadolinium", "immunoglobulin",
                          "ivig", "valproic", "valproate", "lithium", "minocycline", "rapamycin", "filgrastim",
                          "plerixafor", "interferon", "baclofen", "hydration", "fluids", "antihistamine",
                          "paracetamol", "acetaminophen", "heparin", "contrast",
                          # drugs, sedation and feeding of other trials and models (`intravenous tPA and
                          # intracerebral NSC grafts`, `subcutaneous insulin`, `fed nicotinamide orally`)
                          "tpa", "alteplase", "thrombolysis", "midazolam", "propofol", "botulinum",
                          "tocilizumab", "natalizumab", "rituximab", "nusinersen", "tofersen", "masitinib",
                          "nicotinamide", "gavage", "diet", "chow", "fed"})
# a sentence naming no cell whose route belongs to another agent: the agents above, drugs dosed by
# weight, labels and tracers, what induces the disease model
_SENTENCE_AGENTS = sorted(OTHER_AGENTS - {"medium"} | {   # (`the medium` of a conditioned-medium study is the therapy)
    "cyclosporin\\w*", "fk506", "brdu", "bromodeoxyuridine", "tamoxifen", "evans blue", "dye", "lps",
    "lipopolysaccharide", "pertussis", "toxin", "kainic", "kainate", "quinolinic", "fluoro-?gold", "tracer",
    "steroids?", "antibiotic", "immuniz\\w*", "mog", "freund", "anesthe\\w*", "anaesthe\\w*", "ketamine", "xylazine",
    "pentobarbital", "isoflurane", "6-ohda", "mptp", "streptozotocin", "cuprizone", "capsaicin", "formalin",
    "carrageenan", "insulin(?![- ]+like)",
    # (helper CE, s22) what makes a stroke, demyelination, parkinsonism or seizure model, and axon tracers
    # (`stroke was induced by injection of endothelin-1 into the striatum`, `BDA was injected into the cortex`)
    "endothelin(?:-1)?", "et-1", "lysolecithin", "lysophosphatidylcholine", "ethidium", "rotenone", "paraquat",
    "collagenase", "ibotenic", "3-nitropropionic", "3-np", "pilocarpine", "bda", "biotinylated", "cholera",
    "ctb", "true blue", "fast blue",
    # (helper CL, s22) labels, tracers and imaging substrates given beside the cells (`D-luciferin was injected
    # intraperitoneally before imaging`, `EdU was given intraperitoneally`, `intravenous [18F]FDG`)
    "d-luciferin", "luciferin", "edu", "ethynyl\\w*", "\\S*fdg", "fluorodeoxyglucose", "fluorescein", "hoechst",
    # (helper CL, s22) molecular agents and carriers of other therapies (`intrathecal antisense oligonucleotides`,
    # `a neutralizing antibody was given intraperitoneally`, `intravenous nanoparticles`, `a BDNF-loaded hydrogel`)
    "antibod(?:y|ies)", "antisense", "oligonucleotides?", "asos?", "sirnas?", "shrnas?", "peptides?",
    "nanoparticles?", "liposom\\w*", "\\S*-loaded", "hydrogels?"})
# (helper CL, s22) a device in a clause of its own that names no cells (`a subcutaneous pump delivered IGF-1, while
# NSCs were transplanted`); not an agent word (`MSCs were delivered via an intrathecal pump`)
DEVICE = re.compile(r"\b(?:mini-?)?pumps?\b")
OTHER_AGENT_SENTENCE = re.compile(rf"\bmg/kg\b|\bmg\b|\b(?:{'|'.join(_SENTENCE_AGENTS)})\b")
ROUTE_NOUNS = frozenset({"injection", "injections", "infusion", "infusions", "administration", "delivery", "dose",
                         "doses", "bolus"})
SAMPLED = ("obtain", "collect", "sampl", "drawn", "withdrawn", "aspirat")
# vectors, tracers and particles given beside the cells (`AAV9-IGF1 was given intramuscularly`)
VECTOR_STEMS = ("aav", "lentivir", "adenovir", "microsphere", "bead")
# words that end the route's own clause: a new clause with its own subject (`MSCs were injected
# intrathecally while tacrolimus was given orally`, `LPS was injected intraperitoneally before intravenous
# MSC administration`); `and` only after the route (`given BrdU intraperitoneally and NPCs intraspinally`),
# since before it the agent may share the cells' route (`MSCs or saline was administered intracerebrally`)
CLAUSE_ENDS = frozenset({",", ";", "while", "whereas", "but", "before", "after"})


def _agent_word(tok: str) -> bool:
    """A word naming another agent than cells: a drug, tracer, label or vector (not `medium`, which is a
    conditioned-medium study's therapy); a drug also by its name's stem class (`omeprazole`, `sirolimus`,
    `lidocaine`, `ocrelizumab`: helper BC, s21), so drugs the list does not name count too."""
    return tok != "medium" and (tok in OTHER_AGENTS or tok.startswith(VECTOR_STEMS + ANAESTHESIA)
                                or OTHER_AGENT_SENTENCE.fullmatch(tok) is not None
                                or len(tok) >= 7 and DRUG_STEM.search(tok) is not None)


# (helper BC, s21) the WHO stems of drug names (international nonproprietary names), for drugs no list names
DRUG_STEM = re.compile(r"(?:zole|pril|sartan|olol|mab|tinib|statin|cillin|mycin|micin|cycline|floxacin|parin|azepam|"
                       r"barbital|caine|profen|fenac|setron|tidine|triptan|dipine|limus|sporin|sporine|olone|asone|"
                       r"ciclovir|navir|platin|rubicin|taxel|trexate|phosphamide|semide|thiazide|gliptin|glitazone|"
                       r"formin|xaban|gatran|dronate|lukast|tadine|oxetine|triptyline|apine|idone|amivir|pram|"
                       # (helper CL, s22) immunomodulators and kinase inhibitors: fingolimod, azathioprine,
                       # etanercept, anakinra, mycophenolate mofetil, sorafenib
                       r"imod|prine|(?<!con)cept|kinra|mofetil|nib)$")
# words between the cells and an agent that make the agent a new object or clause (`MSCs were also given
# riluzole orally`, `intravenous MSCs, and BrdU was injected`), not a vehicle (`MSCs or saline was given`)
AGENT_APART = frozenset({"was", "were", "is", "are", "also", "then", "given", "received", "receiving", "received",
                         ";", "whereas", "while", "but"})


def _apart(toks: list[str], x: int, k: int) -> bool:
    """A new clause or object lies between the cell at x and the agent at k."""
    between = toks[x + 1:k]
    return any(t in AGENT_APART for t in between) or any(
        between[i] == "," and between[i + 1] in ("and", "but", "while") for i in range(len(between) - 1))
# (helper CL, s22) the control arm as the recipient of a route's clause
CONTROL_RECIPIENTS = frozenset({"control", "controls", "sham", "sham-operated", "vehicle-treated", "untreated",
                                "placebo-treated", "saline-treated", "medium-treated", "pbs-treated"})
GIVEN_VERBS = frozenset({"given", "administered", "injected", "infused", "delivered", "received"})


def _route_of_other_agent(c: Candidate, view: TokenOffsets) -> bool:
    """`daily intraperitoneal injections of cyclosporine`, `intravenous placebo`, `subcutaneous IL-2`,
    `G-CSF was given subcutaneously`: the route of another agent, not the cells'."""
    toks, etypes = c.toks, view.ent_type[c.seg.start:c.seg.end]
    r0, r1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    n = len(toks)
    if any(t.startswith(ANAESTHESIA) for t in toks[max(0, r0 - 4):r0]):
        return True   # `anesthetized by intraperitoneal injection of chloral hydrate`
    before = toks[max(0, r0 - 3):r0]
    given = max((k + 1 for k, t in enumerate(before) if t in GIVEN_VERBS or t.startswith(P.GIVING_STEMS)), default=0)
    # (helper CL, s22) what follows the route counts only up to the cells it gives or the clause's end
    # (`received intravenous UC-MSCs, and CSF was obtained by lumbar puncture`: the CSF is the next clause's)
    after = next((k for k in range(r1, min(n, r1 + 5)) if etypes[k] == CELL_HASH or toks[k] in CLAUSE_ENDS
                  or toks[k] == "and"), min(n, r1 + 5))
    if any(t.startswith(SAMPLED) for t in before[given:]) or any(
            t.startswith(SAMPLED) or t == "csf" for t in toks[r1:after]):
        # `CSF was obtained by lumbar puncture`, `lumbar punctures to collect CSF`: a sample taken (not
        # `MSCs from bone marrow aspirates were injected intrathecally`: the cells' giving comes between)
        return True
    lo = next((k + 1 for k in range(r0 - 1, -1, -1) if toks[k] in CLAUSE_ENDS), 0)
    hi = next((k for k in range(r1, n) if toks[k] in CLAUSE_ENDS or toks[k] == "and"), n)
    if "respectively" not in toks and not any(
            etypes[k] == CELL_HASH or toks[k] in ("cells", "cell", "grafts") for k in range(lo, hi)) and \
            (OTHER_AGENT_SENTENCE.search(" ".join(toks[lo:r0] + toks[r1:hi]))
             or DEVICE.search(" ".join(toks[lo:r0] + toks[r1:hi]))):
        # `LPS was injected intraperitoneally, and MSC-EVs were given intranasally`: the route's own clause
        # names another agent and no cells
        return True
    if lo < r0 and any(t in CONTROL_RECIPIENTS for t in toks[lo:r0] + toks[r1:hi]) and not any(
            etypes[k] == CELL_HASH or toks[k] in ("cells", "cell", "grafts") for k in range(lo, hi)):
        # (helper CL, s22) `and control mice were given culture medium intrathecally`, `sham animals received an
        # intrathecal injection`: the route's own clause gives to the control arm and names no cells
        return True
    if 2 <= lo < r0 and toks[lo] in ("which", "that") and toks[lo - 1] == "," and _agent_word(toks[lo - 2]):
        return True   # `In contrast to IVIG, which is given intravenously, the MSCs ...`: the agent's route
    if _dosed_in_brackets(toks, r0):
        return True   # `cyclosporine A (10 mg/kg, i.p.)`: cells are not dosed by weight of drug
    j = r1
    while j + 1 < n and toks[j] in ("and", "or", ",", "and/or") and etypes[j + 1] == ROUTE_HASH:
        # (helper CL, s22) a list of routes before the agent: `oral and intravenous edaravone`
        j += 1
        while j < n and etypes[j] == ROUTE_HASH:
            j += 1
    if j < n and toks[j] in ROUTE_NOUNS:
        j += 1
        if j < n and toks[j] == "of":
            j += 1
            # the cells may come after their modifiers: `injections of autologous bone marrow MSCs`
            # (not after the agent's own phrase ends: `of chloral hydrate and MSCs were ...`)
            while j < n and (DOSE_WORD.match(toks[j]) or toks[j] in DOSE_FILLERS):
                j += 1    # `injection of 5 × 10^5 WJ-MSCs`, `of a total of 1 × 10^8 cells`: the dose first
            own = next((k for k in range(j, min(n, j + 5)) if toks[k] in ("and", ",", ";", "was", "were")), min(n, j + 5))
            return j < n and not any(etypes[k] == CELL_HASH or toks[k] in ("cells", "cell") for k in range(j, own))
    if j < n and (_agent_word(toks[j]) or etypes[j] == FACTOR_HASH):
        return True   # `intraperitoneal tamoxifen`, `intramuscular AAV-GDNF`
    if r0 >= 1 and _agent_word(toks[r0 - 1]) and not any(
            etypes[x] == CELL_HASH and not _apart(toks, x, r0 - 1) for x in range(max(0, r0 - 5), r0 - 1)):
        return True   # `patients received G-CSF subcutaneously`: the agent right before the route is what it gives
    # `G-CSF was given subcutaneously`: the subject of the verb before the route
    k = r0 - 1
    while k >= 0 and r0 - k <= 3 and toks[k] not in GIVEN_VERBS:
        k -= 1
    if k >= 2 and toks[k] in GIVEN_VERBS and toks[k] != "received" and toks[k - 1] == "," and _agent_word(toks[k - 2]):
        return True   # (helper CL, s22) `all patients were on riluzole, given orally, and received MSC-NTF cells`
    if k >= 2 and toks[k - 1] in ("respectively", "also", "then", "subsequently") and toks[k - 2] in ("was", "were"):
        # (helper CL, s22) an adverb between the auxiliary and the verb: `UC-MSCs, an anti-TNF antibody and an
        # anti-CD20 antibody were respectively injected intraperitoneally` (the cells head the subjects' list)
        subj = k - 3
        return subj >= 0 and (_agent_word(toks[subj]) or etypes[subj] == FACTOR_HASH) and not any(
            etypes[x] == CELL_HASH and not _apart(toks, x, subj) for x in range(max(0, subj - 20), subj))
    if k >= 1 and toks[k] in GIVEN_VERBS and toks[k] != "received" and toks[k - 1] not in ("was", "were", "is", "are") and any(
            _agent_word(toks[x]) and not any(toks[y] in ("and", ",", "or", "then") for y in range(x + 1, k))
            for x in range(max(0, k - 3), k)) and not any(etypes[x] == CELL_HASH for x in range(max(0, k - 3), k)):
        # `cyclosporine A given intraperitoneally`: the agent's reduced relative (not `the cells were
        # suspended in PBS and injected intrathecally`, where the verb is the cells'; nor `rats lesioned with 6-OHDA
        # received intrastriatal grafts`, where the agent made the recipients: helper CE, s22)
        return True
    if k >= 1 and toks[k] in GIVEN_VERBS and toks[k - 1] in ("was", "were", "is", "are"):
        subj = k - 2
        # (`MSCs or saline was administered intracerebrally`: the cells share the verb)
        return subj >= 0 and (_agent_word(toks[subj]) or etypes[subj] == FACTOR_HASH) and not any(
            etypes[x] == CELL_HASH and not _apart(toks, x, subj) for x in range(max(0, subj - 6), subj))
    return False


def _across_contrast(c: Candidate) -> bool:
    """Subject and object stand in two clauses set against each other, and each clause has its own
    agent and its own object of that kind: `GDNF promoted motor neuron survival, whereas VEGF enhanced
    angiogenesis`, `Exosomes were given intranasally, whereas MSCs were injected intravenously` (not `A
    reduced X, whereas B had no effect`: B's clause names no object, so X is B's too)."""
    seg_start = c.seg.start
    s0, s1 = c.subj.start - seg_start, c.subj.end - seg_start
    o0, o1 = c.obj.start - seg_start, c.obj.end - seg_start
    a, b = (s1, o0) if s1 <= o0 else (o1, s0)
    if cues.CONTRAST_BREAKS.isdisjoint(c.toks[a:b]) and "contrast" not in c.toks[a:b]:
        return False
    s_clause = cues.clause_scope(c.toks, s0, s1)
    o_clause = cues.clause_scope(c.toks, o0, o1)
    if s_clause == o_clause:
        return False
    s_label, o_label = c.subj.label_, c.obj.label_
    s_concept = concept_of(c.subj)

    def inside(e: Span, clause: tuple[int, int]) -> bool:
        return clause[0] <= e.start - seg_start < clause[1]
    ents = c.view.ents_in(c.seg.start, c.seg.end)
    rival = any(e.label_ == s_label and concept_of(e) != s_concept and inside(e, o_clause) for e in ents)
    own = any(e.label_ == o_label and e.start != c.obj.start and inside(e, s_clause) for e in ents)
    return rival and own


# (helper FR, s29) words that show a name after `, and` is not the next clause's own subject: a verb, preposition or
# pronoun before it (`, and these effects were similar to those of MSCs`, `, and patients receiving MSCs`); determiners,
# modifiers and the other names of a list may stand there (`, and grafted NPCs`, `, and myoblasts or MSCs`)
_NOT_OPENER = frozenset({"of", "in", "to", "from", "with", "by", "for", "on", "at", "than", "as", "after", "into",
                         "is", "are", "was", "were", "be", "been", "has", "have", "had", "did", "do", "does",
                         "received", "receiving", "that", "which", "who", "this", "these", "those", "it", "they", "their", "its", "such", "similar", "effect",
                         "effects", "same"})


def _opens_clause(c: Candidate, e: Span, joint: int) -> bool:
    """Whether entity `e` is the subject that opens the clause after the `, and` at segment offset `joint`."""
    seg_start = c.seg.start
    names = {i for f in c.view.ents_in(c.seg.start, c.seg.end) if f.label_ == e.label_
             for i in range(f.start - seg_start, f.end - seg_start)}
    gap = [c.toks[i] for i in range(joint + 2, e.start - seg_start) if i not in names]
    return len(gap) <= 4 and _NOT_OPENER.isdisjoint(gap)


def _list_up_to(c: Candidate, e: Span, joint: int) -> bool:
    """Whether only names of `e`'s label, commas and `and`/`or` stand between `e` and the `, and` at `joint`."""
    seg_start = c.seg.start
    names = {i for f in c.view.ents_in(c.seg.start, c.seg.end) if f.label_ == e.label_
             for i in range(f.start - seg_start, f.end - seg_start)}
    return all(i in names or c.toks[i] in (",", "and", "or") for i in range(e.end - seg_start, joint))


def _across_coordination(c: Candidate) -> bool:
    """Subject and outcome stand in two clauses joined by `, and`, each with its own subject before its
    own outcome: `BDNF did not improve survival, and CNTF caused weight loss` (not BDNF -> weight loss);
    `GDNF may preserve NMJs, and delivery of GDNF with VEGF could improve motor function` (not VEGF ->
    NMJs). A clause with no factor of its own (`..., and survival was prolonged`) shares the first one's.
    (helper FR, s29) The same for cells and for a later clause opened by its own subject: `NPCs may protect
    motor neurons, and MSCs producing GDNF could preserve NMJs` (neither NPCs -> NMJs nor MSCs -> motor
    neurons); `IGF-1 gave mixed results, and BDNF did not change survival` (not IGF-1 -> survival). A later
    clause that refers back to the first one's results keeps them for its cells (`X promoted neurogenesis,
    and these effects were similar to those of MSCs`: MSCs -> neurogenesis)."""
    if c.predicate not in ("FACTOR_AFFECTS", "AFFECTS"):
        return False
    seg_start = c.seg.start
    s0, o0 = c.subj.start - seg_start, c.obj.start - seg_start
    lo, hi = min(s0, o0), max(c.subj.end, c.obj.end) - seg_start
    joint = next((j for j in range(lo, hi - 1) if c.toks[j] == "," and c.toks[j + 1] == "and"), None)
    if joint is None:
        return False
    s_concept, s_label = concept_of(c.subj), c.subj.label_
    ents = c.view.ents_in(c.seg.start, c.seg.end)
    first = [e for e in ents if e.start - seg_start < joint]
    second = [e for e in ents if e.start - seg_start > joint]
    first_clause = cues.clause_scope(c.toks, joint - 1, joint)
    first = [e for e in first if e.start - seg_start >= first_clause[0]]

    def own_pair(side: list[Span], subj_concept: str | None) -> bool:
        # a subject (of the given concept, or any) before an outcome on that side
        for f in side:
            if f.label_ == s_label and (subj_concept is None or concept_of(f) == subj_concept):
                if any(o.label_ == "OUTCOME" and o.start > f.start and o.start != c.obj.start for o in side):
                    return True
        return False
    if s0 < joint:      # the subject in the first clause, the outcome in the second
        if _list_up_to(c, c.subj, joint):
            return False    # `A, B, and C have shown safety`: the `, and` ends a list of subjects, not a clause
        rivals = [f for f in second if f.label_ == s_label and concept_of(f) != s_concept and f.start < c.obj.start]
        if c.predicate == "AFFECTS" or not own_pair(first, s_concept):
            return any(_opens_clause(c, f, joint) for f in rivals)
        return bool(rivals)
    rival = any(f.label_ == s_label and concept_of(f) != s_concept and f.start < c.obj.start for f in first)
    if c.predicate == "AFFECTS":
        return rival and _opens_clause(c, c.subj, joint)
    return rival and any(o.label_ == "OUTCOME" and o.start > c.subj.start for o in second)


def _not_respectively(c: Candidate) -> bool:
    """`BM-MSCs and NSCs were administered intrathecally and intraspinally, respectively`: the n-th
    subject goes with the n-th object only."""
    if "respectively" not in c.toks:
        return False
    ents = [e for e in c.view.ents_in(c.seg.start, c.seg.end)
            if e.start - c.seg.start < c.toks.index("respectively")]
    subjects, objects = [], []
    for e in ents:
        group = subjects if e.label_ == c.subj.label_ else objects if e.label_ == c.obj.label_ else None
        if group is not None and concept_of(e) not in {concept_of(x) for x in group}:
            group.append(e)
    if len(subjects) < 2 or len(subjects) != len(objects):
        return False
    s_at = next((k for k, e in enumerate(subjects) if concept_of(e) == concept_of(c.subj)), None)
    o_at = next((k for k, e in enumerate(objects) if concept_of(e) == concept_of(c.obj)), None)
    return s_at is not None and o_at is not None and s_at != o_at


def _route_after_other_cell(c: Candidate) -> bool:
    """The route (an adverb) stands right after another cell than the subject, and the subject has a
    route of its own right after it: `BM-MNCs intrathecally and MSCs intravenously`."""
    doc, k = c.obj.doc, c.obj.start - 1
    if k < 0 or doc[k].ent_type_ != "CELL_TYPE":
        return False
    prev = next(e for e in c.view.ents if e.start <= k < e.end)
    if concept_of(prev) == concept_of(c.subj):
        return False
    nxt = c.subj.end
    return nxt < len(doc) and doc[nxt].ent_type_ == "ROUTE" and doc[nxt].ent_iob_ == "B" and nxt != c.obj.start


def _route_in_other_cells_clause(c: Candidate) -> bool:
    """(helper BC, s21) A semicolon comes between the subject and its route, and the route's clause names
    other cells of its own: `We compared UC-MSCs and BM-MSCs in vitro; UC-MSCs were then injected
    intravenously` (the route is the UC-MSCs' only)."""
    if c.subj.end > c.obj.start:
        return False
    doc = c.obj.doc
    semis = [k for k in range(c.subj.end, c.obj.start) if doc[k].text == ";"]
    if not semis:
        return False
    cells = [e for e in c.view.ents if e.label_ == "CELL_TYPE" and semis[-1] < e.start and e.end <= c.obj.start]
    return bool(cells) and all(concept_of(e) != concept_of(c.subj) for e in cells)


def _route_owner(ents: list[Span], route: Span, doc_ents: tuple[Span, ...]) -> Span | None:
    """The cell mention a route follows closely (at most four words between, no route or cell between):
    `the UC-MSCs by lumbar puncture`, `BM-MNCs were given intravenously`."""
    k = route.end
    while k < min(len(route.doc), route.end + 3) and route.doc[k].lower_ in CELL_PREMODIFIERS:
        k += 1
    if (cell := _cell_starting_at(route.doc, k, doc_ents)) is not None:
        return cell   # `Intraspinal NSC transplantation, intrathecal MSC injection`: the cell it premodifies
    before = [e for e in ents if e.end <= route.start and e.label_ in ("CELL_TYPE", "ROUTE")]
    head = route
    # a list of routes goes with the cell before its first one: `MSCs by intrathecal, intravenous and
    # intramuscular routes`
    while before and before[-1].label_ == "ROUTE" and 0 < head.start - before[-1].end <= 2 and all(
            t.lower_ in (",", "and", "or", "and/or") for t in route.doc[before[-1].end:head.start]):
        head = before.pop()
    if not before or before[-1].label_ != "CELL_TYPE" or head.start - before[-1].end > 4:
        return None
    return before[-1]


def _gapped_route_pairs(c: Candidate) -> bool:
    """Two cells each followed by its own route in one sentence: `the MNCs were given intravenously and
    the UC-MSCs by lumbar puncture`, `BM-MNCs were given intravenously and UC-MSCs intrathecally`: the
    route goes with the cell it follows, not with the other."""
    ents = list(c.view.ents_in(c.seg.start, c.seg.end))
    routes = [e for e in ents if e.label_ == "ROUTE"]
    if len({concept_of(e) for e in routes}) < 2:
        return False
    owner = _route_owner(ents, c.obj, c.view.ents)
    if owner is None or concept_of(owner) == concept_of(c.subj):
        return False
    own = [r for r in routes if concept_of(r) != concept_of(c.obj) and (o := _route_owner(ents, r, c.view.ents)) is not None
           and concept_of(o) == concept_of(c.subj)]
    return bool(own)


def _cell_starting_at(doc: Doc, k: int, ents: tuple[Span, ...]) -> Span | None:
    """The cell mention that starts at token k, if one does (`ents`: doc.ents as TokenOffsets.ents holds them;
    the doc.ents getter builds a Span per entity on every read)."""
    if k >= len(doc) or doc[k].ent_type_ != "CELL_TYPE" or doc[k].ent_iob_ != "B":
        return None
    return next(e for e in ents if e.start == k)


def _premodifies_other_cell(c: Candidate) -> bool:
    """The route stands right before another cell mention than the subject (`intravenous BM-MSCs or
    intrathecal UC-MSCs`), its modifiers aside (`intravenous autologous BM-MSCs`)."""
    doc, end = c.obj.doc, c.obj.end
    k = end
    # (`intravenous delivery of HSCs ..., intrathecal MSCs`: through the route's head noun too)
    while k < min(len(doc), end + 4) and (doc[k].lower_ in CELL_PREMODIFIERS or doc[k].lower_ in ROUTE_HEADS):
        k += 1
    nxt = _cell_starting_at(doc, k, c.view.ents)
    if nxt is None:
        return False
    if (nxt.start, nxt.end) == (c.subj.start, c.subj.end) \
            or concept_of(nxt) == concept_of(c.subj):
        return False
    # ... and the subject has a route of its own before it (`intrathecal A and B`: one route for both)
    j = c.subj.start - 1
    while j > 0 and (doc[j].lower_ in CELL_PREMODIFIERS or doc[j].lower_ in ROUTE_HEADS) and c.subj.start - j <= 4:
        j -= 1
    return j >= 0 and doc[j].ent_type_ == "ROUTE" and not (c.obj.start <= j < c.obj.end)


ROUTE_HEADS = frozenset({"injection", "injections", "infusion", "infusions", "delivery", "administration",
                         "transplantation", "grafts", "graft", "of", "the"})


def _cell_after_route(c: Candidate) -> Span | None:
    """The cell mention right after the route, past the cells' premodifiers and the words that head the giving
    (`intraspinal NSC grafts`, `intrathecal injection of NSCs`), if one stands there."""
    doc = c.obj.doc
    k = c.obj.end
    # (over a second route coordinated with it: `intramuscular and intrathecal administration of MSC-NTF cells`)
    while k < min(len(doc), c.obj.end + 8) and (doc[k].lower_ in CELL_PREMODIFIERS or doc[k].lower_ in ROUTE_HEADS
                                                or doc[k].lower_ in ("and", "or") or doc[k].ent_type_ == "ROUTE"):
        k += 1
    return _cell_starting_at(doc, k, c.view.ents)


def _route_of_contrasted_cell(c: Candidate) -> bool:
    """The route stands right before another cell than the subject (`intraspinal NSC grafts`, `intraspinal
    injection of NSCs`), and the subject stands in a clause set against the route's (`whereas`, `while`,
    `but`): the route is that other cell's (`Intraspinal NSC grafts improved X, whereas MSCs reduced Y`)."""
    seg_start = c.seg.start
    nxt = _cell_after_route(c)
    if nxt is None or concept_of(nxt) == concept_of(c.subj):
        return False
    a, b = sorted((c.subj.start - seg_start, c.obj.start - seg_start))
    if cues.CONTRAST_BREAKS.isdisjoint(c.toks[a:b]):
        return False
    s_clause = cues.clause_scope(c.toks, c.subj.start - seg_start, c.subj.end - seg_start)
    o_clause = cues.clause_scope(c.toks, c.obj.start - seg_start, nxt.end - seg_start)
    return s_clause != o_clause and not (o_clause[0] <= c.subj.start - seg_start < o_clause[1])


def _product_given_instead(c: Candidate) -> bool:
    """The subject cells have their own predicate, and their product is what the route gives: `MSCs were
    cultured under hypoxia and their exosomes were injected intravenously` (the train gold: the product
    only; not `MSCs and their exosomes were injected`, where both are given)."""
    if c.subj.end > c.obj.start or concept_of(c.subj) == "cell:msc_ev":
        return False
    doc = c.subj.doc
    product = next((e for e in c.view.ents if c.subj.end <= e.start and e.end <= c.obj.start
                    and e.label_ == "CELL_TYPE" and concept_of(e) == "cell:msc_ev"), None)
    return product is not None and any(t.lower_ in ("was", "were", "had", "have", "has")
                                       for t in doc[c.subj.end:product.start])


FRONTING = frozenset({"after", "following", "upon", "post"})


def _route_of_fronted_cell(c: Candidate) -> bool:
    """The route stands right before another cell than the subject (`intravenous MSC infusion`,
    `intrathecal injection of NSCs`) in a phrase that opens the sentence (`After ..., `), and the subject
    comes after it in the main clause: `After intravenous MSC infusion, regulatory T cells increased` (the
    host's cells, measured, not given by the route)."""
    doc, seg_start = c.obj.doc, c.seg.start
    if c.subj.start < c.obj.end:
        return False
    nxt = _cell_after_route(c)
    if nxt is None or concept_of(nxt) == concept_of(c.subj) or nxt.end > c.subj.start:
        return False
    between = [t.lower_ for t in doc[nxt.end:c.subj.start]]
    if any(w in ("and", "or", "/", "plus", "versus", "vs", "then", "together", "combined", "with", "followed",
                 "and/or", "(", ")", "given", "received") or w.startswith(P.GIVING_STEMS) and w.endswith("ed")
           for w in between):
        return False   # `intravenous MSCs and NSCs`, `intrathecal MSCs followed by NSCs`: given alike
    opener = c.obj.start - 1
    while opener >= seg_start and doc[opener].lower_ in ("the", "a", "an", "single", "repeated"):
        opener -= 1
    # `After intravenous MSC infusion, Tregs increased`
    return opener >= seg_start and doc[opener].lower_ in FRONTING and "," in between


CELL_PREMODIFIERS = frozenset({"autologous", "allogeneic", "allogenic", "human", "single", "repeated", "the", "of",
                               "fresh", "cryopreserved", "expanded", "xenogeneic", "syngeneic"})
ANAESTHESIA = ("anesthe", "anaesthe", "sedat")
DOSE_WORD = re.compile(r"^[\d.,^×xX*±~–-]+$|^10\^?\d+$|^\d+(?:\.\d+)?[x×]$")
DOSE_FILLERS = frozenset({"approximately", "about", "a", "an", "total", "of", "single", "million", "billion", "up",
                          "to", "±", "×", "x"})
DRUG_DOSE = re.compile(r"^(?:[mµμn]g|mg/kg|[µμ]g/kg|ng/kg|mg/kg/day|mg/kg/d|iu/kg|u/kg|ml/kg)$")


def _dosed_in_brackets(toks: list[str], r0: int) -> bool:
    """The route stands in brackets with a dose by weight: `(10 mg/kg, i.p.)`."""
    for k in range(r0 - 1, max(-1, r0 - 7), -1):
        if toks[k] in (")", "]"):
            return False
        if toks[k] in ("(", "["):
            return any(DRUG_DOSE.match(t) for t in toks[k + 1:r0])
    return False


MADE_INTO = ("differentiat", "convert", "reprogramm", "transdifferentiat")
MAY_BECOME = frozenset({"can", "could", "may", "might", "capable", "able", "ability", "potential", "potentially"})
GIVEN_AFTER = GIVEN_VERBS | {"transplanted", "grafted", "implanted", "transplant", "inject", "injected"}


def _source_of_other_cell(c: Candidate) -> bool:
    """The subject is the source a culture step made another cell from, and the made cells are given by the
    route: `we differentiated human iPSCs into astrocytes and transplanted them into the spinal cord`, `ESCs were
    differentiated into motor neurons, which were injected intrathecally` (not `MSCs, which can differentiate
    into neurons, were injected`, nor `MSCs differentiated into astrocytes after intraspinal injection`)."""
    doc = c.subj.doc
    if c.obj.start < c.subj.end:
        return False
    verb = next((k for k in range(max(c.seg.start, c.subj.start - 8), min(c.obj.start, c.subj.end + 5))
                 if doc[k].lower_.startswith(MADE_INTO)), None)
    if verb is None:
        return False
    into = next((k for k in range(max(verb, c.subj.end), min(c.obj.start, max(verb, c.subj.end) + 6))
                 if doc[k].lower_ == "into"), None)
    if into is None or not MAY_BECOME.isdisjoint(t.lower_ for t in doc[max(c.seg.start, verb - 3):into]):
        return False
    made = next((e for e in c.view.ents if into < e.start <= into + 4 and e.label_ == "CELL_TYPE"), None)
    if made is None or made.end > c.obj.start or concept_of(made) == concept_of(c.subj):
        return False
    return any(t.lower_ in GIVEN_AFTER for t in doc[made.end:c.obj.start])


# drugs that act of themselves in a sentence that also names cells (`MSCs are under investigation, and
# riluzole prolongs survival`): not the comparators (`compared with placebo`) nor co-medication of a graft
DRUG_AGENTS = frozenset({"riluzole", "edaravone", "lithium", "minocycline", "masitinib", "tofersen", "nusinersen",
                         "rapamycin", "valproate", "valproic", "tocilizumab", "natalizumab", "rituximab"})
CLAUSE_OPENERS = frozenset({",", ";", "while", "whereas", "but"})


def _outcome_of_other_drug(c: Candidate) -> bool:
    """A drug named between the cells and the outcome heads a clause of its own (after a comma, semicolon
    or contrast word): `Stem cells are under investigation; edaravone slows functional decline`, `Besides
    MSCs, riluzole prolongs survival`. What the outcome does is the drug's (not `MSCs combined with
    riluzole prolonged survival`, `MSCs and riluzole`: given together)."""
    s1 = c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    toks = c.toks
    if s1 > o0:
        s0 = c.subj.start - c.seg.start
        return _in_drug_relative_clause(toks, o0, s0) or _drug_clause_before_cells(toks, o0, s0, s1)
    for k in range(s1, o0):
        if toks[k] in DRUG_AGENTS:
            prev = toks[k - 1] if k > 0 else ""
            # the drug opens its clause (not `patients, who continued riluzole, declined more slowly`)
            if prev not in CLAUSE_OPENERS and not (prev == "and" and k > 1 and toks[k - 2] == ","):
                continue
            if not any(
                    c.subj.doc[c.seg.start + j].ent_type == CELL_HASH for j in range(k, o0)):
                return True
    return False


def _drug_clause_before_cells(toks: list[str], o0: int, s0: int, s1: int) -> bool:
    """(helper EY, s28) The drug heads the outcome's clause and the cells come after, in a clause of their own that
    states no result of theirs: `Edaravone slowed ALSFRS-R decline, and MSCs are now being tested`, `Riluzole
    prolongs survival; UC-MSCs are under study` (not `..., but UC-MSCs did not`, `..., and MSCs extended it
    further`: the cells' own clause speaks of the outcome)."""
    k = next((k for k in range(o0 - 1, max(-1, o0 - 10), -1)
              if toks[k] in DRUG_AGENTS or toks[k] in CLAUSE_OPENERS), None)
    if k is None or toks[k] not in DRUG_AGENTS or (k > 0 and toks[k - 1] not in CLAUSE_OPENERS):
        return False
    if not any(toks[j] in (";", "while", "whereas", "but") or toks[j] == "and" and toks[j - 1] == ","
               for j in range(o0 + 1, s0)):
        return False
    end = next((j for j in range(s1, len(toks)) if toks[j] in cues.CLAUSE_BREAKS), len(toks))
    # (a study word, `tested`, `assessed`, reads `unclear`: no result)
    return all((cues.cue_kind(t, False) or ("unclear",))[0] == "unclear" and t not in cues.NEGATORS
               for t in toks[s1:end])


RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def _in_drug_relative_clause(toks: list[str], o0: int, s0: int) -> bool:
    """(helper BK, s21) The outcome stands in a relative clause on a drug, closed by a comma before the cells:
    `In contrast to edaravone, which slowed ALSFRS-R decline, UC-MSCs had no effect`, `Unlike riluzole, which
    prolongs survival, MSCs ...` (the drug's result, not the cells')."""
    for k in range(o0 - 1, max(-1, o0 - 12), -1):
        if toks[k] in (";", ":") or (toks[k] == "," and k + 1 < len(toks) and toks[k + 1] not in RELATIVE_PRONOUNS):
            return False
        if toks[k] in RELATIVE_PRONOUNS and k >= 1 and (toks[k - 1] in DRUG_AGENTS or (
                toks[k - 1] == "," and k >= 2 and toks[k - 2] in DRUG_AGENTS)):
            return "," in toks[o0:s0]
    return False


# (helper CL, s22) words before a cell mention that make it the given cells' culture partner or their fate,
# not what was given: `MSCs primed by co-culture with astrocytes`, `the NSCs differentiated into mature neurons`
PARTNER_LEADS = re.compile(r"\b(?:co-?cultur\w*|cultured|primed|preconditioned|exposed|stimulated) (?:with|to|by)"
                           r"(?: (?:the|activated|reactive|primary|cultured|human|murine|mouse|rat|\w+-derived))*$")
FATE_LEADS = re.compile(r"\b(?:differentiat\w* (?:in)?to|gave rise to|give rise to|giving rise to|became|become|"
                        r"becoming|turned into|matured into|replac\w*|transdifferentiat\w* (?:in)?to)"
                        r"(?: (?:\w+ly|\w+-like|mature|immature|functional|new|the|lost|host|endogenous|degenerat\w*|"
                        r"active|[a-z]+ly))*$")


def _partner_or_fate_cell(c: Candidate) -> bool:
    """(helper CL, s22) The subject is the given cells' culture partner or what they became or replace:
    `MSCs primed by co-culture with astrocytes were injected intrathecally`, `after transplantation into the
    striatum, the NSCs differentiated into mature neurons` (no astrocyte or neuron row), unless the fate cells
    are themselves given next (`... into motor neurons, which were then transplanted`)."""
    s0, s1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    before = " ".join(c.toks[max(0, s0 - 8):s0])
    if PARTNER_LEADS.search(before) is None and FATE_LEADS.search(before) is None:
        return False
    return not any(t in ("which", "that") for t in c.toks[s1:s1 + 2])


# (helper CL, s22) a route's own clause that judges the route (`intraspinal injection is invasive`), set off by
# these words from the clause that gives the cells by another route
JUDGED_CLAUSE_BREAKS = frozenset({",", ";", "so", "therefore", "thus", "hence", "whereas", "while", "but", "and"})
JUDGING_VERBS = frozenset({"is", "are", "remains", "remain", "has", "have", "carries", "carry", "requires", "require",
                           "poses", "pose", "involves", "involve", "causes", "cause", "leads", "lead"})


def _judged_route_of_no_cells(c: Candidate) -> bool:
    """(helper CL, s22) The route stands in a clause of its own that names no cells and judges the route rather
    than giving anything, and the subject's clause has another route: `Intraspinal injection is invasive, so we
    delivered BM-MSCs intrathecally` (no BM-MSC -> intraspinal row); not `MSCs were given intravenously and,
    two weeks later, intrathecally` (no judging verb)."""
    toks = c.toks
    n = len(toks)
    r0, r1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    s0 = c.subj.start - c.seg.start
    lo = next((k + 1 for k in range(r0 - 1, -1, -1) if toks[k] in JUDGED_CLAUSE_BREAKS), 0)
    hi = next((k for k in range(r1, n) if toks[k] in JUDGED_CLAUSE_BREAKS), n)
    if lo <= s0 < hi:
        return False
    ents = list(c.view.ents_in(c.seg.start, c.seg.end))
    inside = [e for e in ents if lo <= e.start - c.seg.start < hi]
    if any(e.label_ == "CELL_TYPE" for e in inside) or any(
            t in ("cells", "cell", "grafts", "graft", "they", "them", "it") for t in toks[lo:hi]):
        return False
    words = toks[lo:hi]
    if not any(w in JUDGING_VERBS for w in words) or any(
            w.startswith(P.GIVING_STEMS + ("given", "receiv")) and w.endswith("ed") for w in words):
        return False
    slo = next((k + 1 for k in range(s0 - 1, -1, -1) if toks[k] in JUDGED_CLAUSE_BREAKS - {"and"}), 0)
    shi = next((k for k in range(s0, n) if toks[k] in JUDGED_CLAUSE_BREAKS - {"and"}), n)
    return any(e.label_ == "ROUTE" and concept_of(e) != concept_of(c.obj) and slo <= e.start - c.seg.start < shi
               for e in ents)


# (helper FI, s28) the noun that heads a list of routes (`routes were intrathecal and intravenous`, `Routes:
# intrathecal 62%, intravenous 31%`, `which route (intramuscular or intrathecal)`)
LISTED_ROUTE_NOUNS = frozenset({"route", "routes"})
ASKED_ROUTE = frozenset({"which", "what", "whichever"})
ROUTE_LIST_VERBS = frozenset({"were", "was", "are", "is", "included", "comprised", "used", ":"})


def _route_listed_apart(c: Candidate) -> bool:
    """(helper FI, s28) The route is an item of a list headed by `route(s)` that names no cells, after a list of
    several cell types (`6 used bone marrow MSCs, 2 umbilical cord MSCs and 1 adipose MSCs; routes were intrathecal
    (k = 7) and intravenous (k = 1)`): the text does not say which cells went by which route, so none of the listed
    ones is its subject; or the list is asked about (`we discuss which route (intramuscular or intrathecal) fits
    best`), which says no cells were given by any."""
    toks = c.toks
    r0 = c.obj.start - c.seg.start
    head = next((k for k in range(r0 - 1, max(-1, r0 - 40), -1)
                 if toks[k] in LISTED_ROUTE_NOUNS or toks[k] in (";", ".")), None)
    if head is None or toks[head] not in LISTED_ROUTE_NOUNS:
        return False
    between = [e for e in c.view.ents_in(c.seg.start + head, c.obj.start) if e.label_ == "CELL_TYPE"]
    if between:
        return False
    if head > 0 and toks[head - 1] in ASKED_ROUTE:
        return True
    s0 = c.subj.start - c.seg.start
    # (the list's own subject, `routes were ...`, `Routes: ...`; not `given by two routes, X and Y`: the cells' own)
    if c.resolved or not 0 <= s0 < head or head + 1 >= len(toks) or toks[head + 1] not in ROUTE_LIST_VERBS:
        return False
    listed = {concept_of(e) for e in c.view.ents_in(c.seg.start, c.seg.start + head) if e.label_ == "CELL_TYPE"}
    return len(listed) >= 2
