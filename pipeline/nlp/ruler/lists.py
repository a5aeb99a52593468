"""Lists of end points: a conjunct beside a named end point is an end point too (`survival, motor
abilities and glutamate release`), the members a class names (`cytokines such as TNF-α and
IL-1β`), and a kind modifier that shares a coordinated head (`motor and nonmotor symptoms`).

Separate because these rules run on the resolved mentions of the whole doc, after the context
checks, and need only the vocabulary's labels.
"""
from __future__ import annotations

from pipeline.nlp import patterns as P
from pipeline.nlp.ruler.phrases import _is_change_verb, _is_marker, _measure_head, _np_word, _of_object_end, _trim
from pipeline.nlp.ruler.view import TokenStrings
from pipeline.vocabulary import Vocabulary


# what a measure is taken in, when it runs straight into the next mention (`cerebrospinal fluid cytokine levels`)
WHERE_MEASURED = P.FLUID_WORDS | {"tissue", "brain", "cord", "muscle", "muscles"}


# class names whose members may follow: `pro-inflammatory cytokines TNF-α and IL-1β`
CLASS_HEADS = frozenset({"cytokines", "chemokines", "markers", "biomarkers", "mediators", "factors"})
# (helper BI, s21) processes whose markers may follow in brackets: `markers of apoptosis (Bax and Bim)`,
# `neuroinflammation (IL-1β, TNF-α)`
PROCESS_HEADS = frozenset({"apoptosis", "inflammation", "neuroinflammation", "gliosis", "astrogliosis",
                           "microgliosis", "stress", "activation"})
# verbs of change without an -ed (`pNfH and MCP-1 fell`): the predicate, never a list member's word
IRREGULAR_CHANGES = frozenset({"fell", "rose", "grew", "fall", "falls", "rise", "rises", "risen", "fallen"})
# (helper CH) a change said of the end point named next (`and slower decline in grip strength`, `a reduction in
# infarct volume`): the change, no end point of its own
CHANGE_HEADS = frozenset({"decline", "declines", "decrease", "decreases", "increase", "increases", "reduction",
                          "reductions", "improvement", "improvements", "deterioration", "delay", "delays", "slowing",
                          "worsening", "loss", "gain", "change", "changes", "drop", "fall", "rise", "extension",
                          "prolongation", "preservation", "attenuation", "progression"})


def _coordinated(view: TokenStrings, spans: list[tuple[int, int, str]], concepts: Vocabulary) -> list[tuple[int, int, str]]:
    """A list that holds an end point lists end points: `survival, motor abilities, histology and
    glutamate release`. A conjunct next to an OUTCOME mention, joined by `,`/`and`/`or`, that is a
    short noun phrase overlapping no other mention, becomes an OUTCOME too."""
    if not any(concepts.label_of(cid) == "OUTCOME" for _, _, cid in spans):
        return spans
    low, n = view.lowers, len(view.lowers)
    taken = bytearray(n)
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    found: list[tuple[int, int, str]] = []
    todo = [(s, e) for s, e, cid in spans if concepts.label_of(cid) == "OUTCOME"]
    while todo:
        s, e = todo.pop()
        # rightwards: `OUTCOME , X` / `OUTCOME and X` / `OUTCOME , and X`; the members a class names
        # (`pro-inflammatory cytokines (such as) TNF-α and IL-1β`)
        j = e
        if (low[e - 1] in CLASS_HEADS or low[e - 1] in PROCESS_HEADS and j + 1 < n and low[j] == "(") and j < n:
            j += 2 if low[j] == "such" and j + 1 < n and low[j + 1] == "as" else (
                1 if low[j] in ("including", "(", "namely", "e.g.") else 0)
            if j < n and P.MARKER_SYMBOL.match(low[j]) and not taken[j]:
                found.append((j, j + 1, P.outcome_concept(low[j:j + 1])))
                taken[j] = 1
                todo.append((j, j + 1))
                continue
            j = e
        if j < n and low[j] == ",":
            j += 1
        if j < n and low[j] in ("and", "or") and j > e - 1:
            j += 1
        if j > e and j < n and not view.starts[j]:
            k = j
            while k < n and k - j < 4 and not taken[k] and (k == j or not view.starts[k]) and _np_word(view, k):
                k += 1
            j1 = _trim(view, j, k)
            j2 = _opener_trim(view, j1, k)
            if j2 > j1 and not (k > j2 and _measure_head(view, j2, k)):
                continue   # (helper DH, s24) `and protect brain tissue`: a verb's object that names no measure
            if k + 1 < n and low[k] == "in" and k > j2 and low[k - 1] in CHANGE_HEADS and taken[
                    k + 1 + (k + 2 < n and low[k + 1] == "the")]:
                continue   # (helper CH) `..., and slower decline in grip strength`: the change of the next mention
            if k < n and low[k] == "of" and k > j2:   # `enhancement of X`: the phrase goes on
                end = _of_object_end(view, k + 1 + (k + 1 < n and low[k + 1] == "the"), low[k - 1])
                k = end if low[k - 1] in P.OF_HEADS and end > k + 2 else j2
            # (helper FK, s28) its short form may stand between: `FVC and cerebrospinal fluid (CSF) levels of IL-6`
            nxt = k + 3 if k + 3 < n and low[k] == "(" and low[k + 2] == ")" else k
            if k > j2 and _conjunct(view, j2, k) and not (nxt < n and taken[nxt] and low[k - 1] in WHERE_MEASURED):
                # (`survival and cerebrospinal fluid cytokine levels`: the fluid names where the next is measured)
                found.append((j2, k, P.outcome_concept(low[j2:k])))
                taken[j2:k] = b"\x01" * (k - j2)
                todo.append((j2, k))
        # leftwards: `X , OUTCOME` / `X and OUTCOME`
        j = s
        if j > 0 and low[j - 1] in ("and", "or") and not view.starts[j - 1]:
            j -= 1
        if j > 0 and low[j - 1] == "," and not view.starts[j - 1]:
            j -= 1
        if j < s and j > 0:
            k = j
            while k > 0 and j - k < 4 and not taken[k - 1] and _np_word(view, k - 1):
                k -= 1
                if view.starts[k]:
                    break
            k = _trim(view, k, j)
            if k < j and low[j] == "," and _introductory(view, k, j):
                continue   # (helper DH, s24) `After 22 h of reperfusion, cell viability`: when, not a list member
            k0 = k
            # (helper DH, s24) `induces neuronal and glial regeneration`, `carry and spread toxic amyloid-beta, and
            # tau`: a verb phrase; the verb is no list member's word, its object may be one (`toxic amyloid-beta`)
            k = _opener_trim(view, k, j) if k + 1 < j else k
            if k < j and k > 0 and low[k - 1] in P.FLUID_WORDS and not taken[k - 1] and P.MARKER_SYMBOL.match(low[k]):
                k -= 1   # `Serum TNF-α and IL-1β`: the fluid is said of both
            if k < j and _conjunct(view, k, j) and (k == 0 or k > k0 or low[k - 1] in P.LIST_LEFT_EDGE
                                                         or view.starts[k] or _is_change_verb(low[k - 1])):
                found.append((k, j, P.outcome_concept(low[k:j])))
                taken[k:j] = b"\x01" * (j - k)
                todo.append((k, j))
    return sorted(spans + found) if found else spans


def _opener_trim(view: TokenStrings, s: int, e: int) -> int:
    """(helper DH, s24) A conjunct that opens with a verb is a coordinated verb phrase (`promote neurogenesis and
    protect brain tissue`, `to reduce Abeta burden, transform effector to regulatory cells`): the verb is no part of
    an end point; what follows it is a list member only if it is one alone (`and confer immunomodulation`)."""
    while s + 1 < e and view.lowers[s] in P.VP_OPENERS:   # (a verb with its object after it: not `spread of X`)
        s += 1
    return s


def _introductory(view: TokenStrings, k: int, j: int) -> bool:
    """(helper DH, s24) Is k..j (followed by the comma at j) the end of an introductory adverbial that opens its
    sentence (`After 22 h of reperfusion,`, `Four weeks later,`, `In females,`), rather than a list's first member
    (`Renal function, histological changes and ...`)? Only the sentence's first comma counts."""
    low, starts = view.lowers, view.starts
    ss = k
    while ss > 0 and not starts[ss]:
        ss -= 1
    if "," in low[ss:k] or ";" in low[ss:k]:
        return False
    return low[ss] in P.INTRO_OPENERS or any(w in P.TIME_AFTER_WORDS for w in low[k:j])


def _shared_head(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`motor and neurological deficits`, `motor and nonmotor symptoms`: a modifier that names an
    end point's kind, coordinated with an unnamed end point, shares its head; the whole phrase
    takes the concept the modifier names (the unnamed one alone would be `outcome:other`)."""
    if not any(cid == "outcome:other" for _, _, cid in spans):
        return spans
    low, starts = view.lowers, view.starts
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = []
    for s, e, cid in spans:
        if cid == "outcome:other" and s >= 2 and low[s - 1] in ("and", "or", "/") and not starts[s - 1] \
                and not starts[s] and (s - 2) not in taken and low[s - 2] in P.KIND_MODIFIERS:
            named = P.outcome_concept(low[s - 2:e])
            if named != "outcome:other":
                s, cid = s - 2, named
        out.append((s, e, cid))
    return out


def _conjunct(view: TokenStrings, s: int, e: int) -> bool:
    """A list member that can be an end point: a measure or process noun (`histology` is not),
    or a lower-case noun phrase of two or more words (`glial scar`); no verb forms, no bare
    protein symbols (`P62`, `Beclin-1` listed as markers are not end points of their own)."""
    low, texts = view.lowers, view.texts
    head = low[e - 1]
    if head in P.NOT_MEASURE_HEAD or head in P.NOT_OF_OBJECT or (e - s == 1 and head in P.VAGUE_ALONE):
        return False
    if any((w.endswith("ed") and len(w) > 4 or w.endswith("ing") and len(w) > 5) and w not in P.OUTCOME_NOUN_MODS
           and not P.OUTCOME_WORD.match(w) or w in IRREGULAR_CHANGES for w in low[s:e]):
        return False
    if e - s == 1:
        # (a cytokine symbol beside another: `TNF-α and IL-1β were reduced` lists two end points)
        return (texts[s][:1].islower() or P.MARKER_SYMBOL.match(head) is not None) and _measure_head(view, s, e)
    return all(t[:1].islower() or _is_marker(t) or t.lower() in P.FLUID_WORDS for t in texts[s:e]) and (
        texts[e - 1][:1].islower() or P.MARKER_SYMBOL.match(head) is not None)   # (`CSF IL-6`)


def _suspended_hyphen(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CN, s22) `tyrosine hydroxylase- and NeuN-positive staining`, `the number of ChAT- and GFAP-positive
    cells`: a conjunct that ends in a hanging hyphen shares the next one's `-positive` head and is no end point of its
    own; the whole coordination is one mention, as the gold spans it (train: `number of choline acetyltransferase- and
    glutamate transporter type 1-positive cells`). A count or amount word with its `of` before it is kept; the concept
    stays the named right conjunct's."""
    low, texts, starts = view.lowers, view.texts, view.starts
    out = list(spans)
    for s, e, cid in spans:
        if not cid.startswith("outcome:") or s < 2 or low[s - 1] not in ("and", "or", ",") or starts[s - 1] \
                or len(texts[s - 2]) < 2 or not texts[s - 2].endswith("-") or not texts[s - 2][0].isalnum():
            continue
        k = s - 2
        while k > 0 and s - 2 - k < 4 and not starts[k] and texts[k - 1][:1].isalnum() \
                and low[k - 1] not in P.NP_STOP and low[k - 1] not in P.OF_STOP and not _is_change_verb(low[k - 1]):
            k -= 1
        if k >= 2 and low[k - 1] == "of" and not starts[k - 1] and low[k - 2] in P.OF_HEADS:
            k -= 2   # `the number of ChAT- and ...`
        inside = [sp for sp in out if sp[0] >= k and sp[1] <= s - 1]
        if any(sp[0] < s - 1 < sp[1] or (sp[0] < k < sp[1]) for sp in out if sp not in inside and sp != (s, e, cid)):
            continue   # another mention runs across the edge
        if any(not c.startswith("outcome:") for _, _, c in inside):
            continue
        out = [sp for sp in out if sp not in inside and sp != (s, e, cid)] + [(k, e, cid)]
    return sorted(out)
