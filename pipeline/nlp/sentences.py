"""A fast rule-based sentence splitter (`litmine_sentences`).

scispaCy's pysbd splitter costs ~88% of a small pipeline's time (NOTES-stack); abstracts need
far less: split at every newline (title / sections) and after `.`, `!` or `?` when the next
word starts a sentence (a capital, a digit, a bracket, or a symbol such as `hMSCs` or `mRNA`
whose first letter is lower case), except after abbreviations such as `i.v.`, `e.g.`, `vs.`, `et al.`,
`Fig.` or `approx.` (the scispaCy tokenizer splits `i.v.` into `i.v` + `.` and keeps decimals
whole, so those never look like a full stop followed by a capital). A unit after a number ends a
sentence (`for 24 h. Rapamycin`), and so does `MS.` in capitals.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# Lower-cased tokens after which a full stop does not end the sentence.
NO_SPLIT_AFTER = frozenset({
    "i.v", "i.t", "i.p", "i.m", "i.c.v", "i.n", "i.a", "s.c", "e.g", "i.e", "vs", "v", "al", "fig", "figs", "approx",
    "ca", "cf", "resp", "no", "nos", "ref", "refs", "dr", "prof", "mr", "ms", "mrs", "st", "viz", "sp", "spp", "eq",
    "ed", "eds", "vol", "ch", "sec", "suppl", "tab", "inc", "ltd", "co", "corp", "dept", "univ", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "max",
})
# units that end a sentence after a number (`followed for 24 h. Rapamycin was ...`), and the disease short
# form that ends one in capitals (`... in aggressive MS. In EAE, ...`; `Ms.` the title stays)
UNITS = frozenset({"h", "d", "min", "mo", "wk", "s", "hr", "hrs", "wks", "yr", "yrs", "mos"})
ENDERS = frozenset({".", "!", "?"})
CLOSERS = frozenset({")", "]", '"', "'", "”", "’"})


def sentence_starts(doc: Doc) -> list[bool]:
    """One flag a token: does a sentence start there? (Pure: reads the doc, writes nothing.)"""
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
        glued_unit = len(text) > 1 and text[-1] == "." and text[:-1].lower() in UNITS and i > 0 \
            and texts[i - 1][:1].isdigit()
        if (text in ENDERS or glued_unit) and i + 1 < n:
            prev = texts[i - 1].lower() if i > 0 else ""
            after_number = prev in UNITS and i > 1 and texts[i - 2][:1].isdigit()
            if text == "." and not after_number and texts[i - 1] != "MS" and (
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
            flags = numpy.array([1 if s else -1 for s in sentence_starts(doc)], dtype=numpy.int64)
            doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
        return doc


@Language.factory("litmine_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
