"""`TokenStrings`: the token strings every rule walks, read once per doc; `_sentence`, `_sentence_words`:
a token's sentence (the whole doc where no sentences are set).

Its own module because every other module of the ruler reads tokens through it and it depends on
nothing of theirs (the bottom of the package's import order).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span


# (not relations.text.TokenOffsets, which holds offsets, entity types and line ends once entities are set)
@dataclass(frozen=True)
class TokenStrings:
    """Token strings and sentence starts read once per doc from the string store: the rules walk
    tokens many times, and building spaCy Token objects is the ruler's main cost."""
    texts: list[str]
    lowers: list[str]
    starts: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> "TokenStrings":
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER])
        starts = [x == 1 for x in doc.to_array(SENT_START).view("int64").reshape(-1).tolist()]
        if starts:
            starts[0] = True
        return cls([strings[h] for h in arr[:, 0].tolist()], [strings[h] for h in arr[:, 1].tolist()], starts)


def _sentence(doc: Doc, i: int) -> Span:
    """Token i's sentence (the whole doc without sentence boundaries)."""
    return doc[i].sent if doc.has_annotation("SENT_START") else doc[:]


def _sentence_words(doc: Doc, i: int) -> list[str]:
    """The lower-cased words of token i's sentence (the whole doc without sentence boundaries)."""
    return [t.lower_ for t in _sentence(doc, i)]
