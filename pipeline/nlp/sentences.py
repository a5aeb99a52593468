"""A fast rule-based sentence splitter (`litmine_sentences`).

scispaCy's pysbd splitter costs ~88% of a small pipeline's time (NOTES-stack); abstracts need
far less: split at every newline (title / sections) and after `.`, `!` or `?` when the next
word starts a sentence (a capital, a digit, a bracket, or a symbol such as `hMSCs` or `mRNA`
whose first letter is lower case), except after abbreviations such as `i.v.`, `e.g.`, `vs.`, `et al.`,
`Fig.` or `approx.` (the scispaCy tokenizer splits `i.v.` into `i.v` + `.` and keeps decimals
whole, so those never look like a full stop followed by a capital). A unit after a number ends a
sentence (`for 24 h. Rapamycin`), and so does `MS.` in capitals.

(helper DQ, s25) scispaCy keeps a period glued to one capital letter, as for initials (`J. Smith`, `E. coli`),
so `... activation of NF-kappa B. The cells ...`, `protein kinase C. However`, `in Group P. Plasma levels` never
ended a sentence there and a span ran on into the next one (or kept the full stop). Where the letter closes a
sentence the token is split into the letter and its full stop, and the sentence ends: before a line break or the
end of the text; and before a word that opens a sentence (a capital, a digit, a bracket; not a further initial)
when the word before the letter is in lower case (`kappa B.`, `kinase C.`, `cyclosporin A.`, `Group B.`: not a
capitalised first name, `John F. Kennedy`, nor `and`/`of`/`by`... before a name or a genus, `and M. Smith`,
`of C. Sub.`), or when that opening word is one that opens sentences (`The`, `These`, `However`, ...). Chosen on the
827 such tokens of the 3,380 bench abstracts: before a capitalised word 315 (author initials and sentence ends),
a lower-case word 101 (genus abbreviations: `E. coli`, kept), a comma 157 (`Smith, J.,`: kept), a line break 34,
the end 16. Only abstracts holding such a token (found in the pass that flags the starts) are split and read again.
`Drs.` (`Drs. J. Smith and ...`) ends no sentence, like `Dr.`.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# Lower-cased tokens after which a full stop does not end the sentence.
NO_SPLIT_AFTER = frozenset({
    "i.v", "i.t", "i.p", "i.m", "i.c.v", "i.n", "i.a", "s.c", "e.g", "i.e", "vs", "v", "al", "fig", "figs", "approx",
    "ca", "cf", "resp", "no", "nos", "ref", "refs", "dr", "drs", "prof", "mr", "ms", "mrs", "st", "viz", "sp", "spp", "eq",
    "ed", "eds", "vol", "ch", "sec", "suppl", "tab", "inc", "ltd", "co", "corp", "dept", "univ", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "max",
})
# units that end a sentence after a number (`followed for 24 h. Rapamycin was ...`), and the disease short
# form that ends one in capitals (`... in aggressive MS. In EAE, ...`; `Ms.` the title stays)
UNITS = frozenset({"h", "d", "min", "mo", "wk", "s", "hr", "hrs", "wks", "yr", "yrs", "mos"})
ENDERS = frozenset({".", "!", "?"})
CLOSERS = frozenset({")", "]", '"', "'", "”", "’"})
# words before a letter that is an initial or a genus, not a label (`and M. Smith`, `of E. Coli`, `by J. Smith`)
NAME_BEFORE = frozenset({"and", "or", "by", "of", "the", "a", "an", "to", "in", "at", "on", "from", "with", "for",
                         "et", "von", "van", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos"})
# capitalised words that take a letter as a label (`Group B.`, `Type I.`, `Site I.`), unlike first names
LABEL_NOUNS = frozenset({"group", "groups", "arm", "cohort", "type", "site", "phase", "grade", "stage", "class",
                         "part", "vitamin", "hepatitis", "complex", "kinase", "protein", "factor", "strain", "region"})
# words that open sentences (after a letter's full stop whatever stands before it: `G6PD A. In`, `10(-9) M. The`)
SENTENCE_OPENERS = frozenset({
    "The", "This", "These", "That", "Those", "There", "In", "We", "Our", "It", "Its", "A", "An", "To", "However",
    "Thus", "Therefore", "Furthermore", "Moreover", "Although", "Since", "Because", "Both", "All", "Here", "Finally",
    "Further", "Similarly", "Consistent", "When", "While", "With", "By", "As", "Using", "Likewise", "Within",
    "After", "Also", "One", "Two", "No", "Subsequently", "Previously", "Interestingly", "Indeed", "Taken", "Together",
    "Overall", "Hence", "Then", "CONCLUSION", "CONCLUSIONS", "RESULTS", "METHODS"})


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Does the glued `X.` at token i close a sentence (see the module's doc)?"""
    n = len(doc)
    j = i + 1
    if doc[i].whitespace_:
        while j < n and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
    elif j < n and not doc[j].is_space:
        return False                      # `B.),`, `J.,`: a glued closer or comma
    if j >= n or "\n" in doc[j].text:
        return True                       # before a line break or the end: the full stop is no part of a name
    nxt = doc[j].text
    if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "(["):
        return False                      # `E. coli`, `vitamin B. complex`
    if nxt in SENTENCE_OPENERS:
        return True
    if (len(nxt) == 1 or (len(nxt) == 2 and nxt[1] == ".")) and nxt[0].isupper():
        return False                      # `J. B.`, `U. S`: initials
    prev = doc[i - 1].text if i else ""
    if len(prev) < 2 or not prev[-1].islower() or prev.lower() in NAME_BEFORE:
        return False
    # a capitalised word before the letter is a first name (`John F. Kennedy`) unless it takes a label (`Group B.`)
    return not (prev[0].isupper() and prev[1:].isalpha() and prev[1:].islower()) or prev.lower() in LABEL_NOUNS


def split_glued_stops(doc: Doc, candidates: list[int]) -> frozenset[int]:
    """Split the full stop off a capital letter that closes a sentence (`NF-kappa B.` + `The`), retokenizing the
    doc in place; `candidates`: the indices of the `X.` tokens. Returns the indices of the split-off full stops."""
    at = [i for i in candidates if _ends_sentence(doc, i)]
    if not at:
        return frozenset()
    with doc.retokenize() as retokenizer:
        for i in at:
            token = doc[i]
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
    # each split adds one token: the k-th stop's full stop moves k places on, after its letter
    return frozenset(i + k + 1 for k, i in enumerate(at))


def sentence_starts(doc: Doc, stops: frozenset[int] = frozenset(), glued: list[int] | None = None) -> list[bool]:
    """One flag a token: does a sentence start there? (Reads the doc, writes nothing to it.) `stops`: full stops
    split off a letter by `split_glued_stops`, which end a sentence whatever the letter; `glued`, when given,
    collects the indices of the `X.` tokens (a capital with its period) for it."""
    texts = [t.text for t in doc]
    n = len(texts)
    starts = [False] * n
    if n == 0:
        return starts
    starts[0] = True
    pending = False  # a boundary was seen; the next real token starts a sentence
    for i, text in enumerate(texts):
        space = text.isspace()
        if pending and not space:
            starts[i] = True
            pending = False
            continue
        if space:
            pending = pending or "\n" in text
            continue
        # `24 h.` stays one token (scispaCy keeps a letter's period, as for initials): after a number it is
        # a full stop like any other
        if text[-1] == "." and len(text) > 1:
            glued_unit = text[:-1].lower() in UNITS and i > 0 and texts[i - 1][:1].isdigit()
            if len(text) == 2 and "A" <= text[0] <= "Z" and glued is not None:
                glued.append(i)
        else:
            glued_unit = False
        if (text in ENDERS or glued_unit) and i + 1 < n:
            prev = texts[i - 1].lower() if i > 0 else ""
            after_number = prev in UNITS and i > 1 and texts[i - 2][:1].isdigit()
            if text == "." and not after_number and texts[i - 1] != "MS" and i not in stops and (
                    prev in NO_SPLIT_AFTER or prev in UNITS or (len(prev) == 1 and prev.isalpha())):
                continue
            j = i + 1
            while j < n and texts[j] in CLOSERS:
                j += 1
            while j < n and texts[j].isspace() and "\n" not in texts[j]:
                j += 1
            if j >= n:
                continue
            first = texts[j][0]
            if texts[j].isspace():
                pending = True
            elif first.isupper() or first.isdigit() or first in "([\"“'":
                starts[j] = True
            elif first.islower() and doc[j - 1].whitespace_ and any(ch.isupper() for ch in texts[j][1:4]):
                starts[j] = True   # `hMSCs were injected.`, `mRNA levels rose.`: a symbol in lower case first
    return starts


class SentenceSplitter:
    def __init__(self, nlp: Language, name: str = "litmine_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            # one bulk write (setting token.is_sent_start one by one costs more than the splitting);
            # from_array reads uint64, so -1 ("not a start") goes in as its two's complement
            glued: list[int] = []
            starts = sentence_starts(doc, glued=glued)
            if glued:   # (a few abstracts in a hundred) a capital's glued period that may close a sentence
                stops = split_glued_stops(doc, glued)
                if stops:
                    starts = sentence_starts(doc, stops)
            flags = numpy.array([1 if s else -1 for s in starts], dtype=numpy.int64)
            doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
        return doc


@Language.factory("litmine_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
