"""`TokenStrings`: the token strings every rule walks, read once per doc; `_sentence`, `_sentence_words`:
a token's sentence (the whole doc where no sentences are set).

Its own module because every other module of the ruler reads tokens through it and it depends on
nothing of theirs (the bottom of the package's import order).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

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
    marked: bool = True   # whether the doc has sentence boundaries (without, it is one sentence)

    @classmethod
    def of(cls, doc: Doc) -> "TokenStrings":
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER, SENT_START])
        starts = (arr[:, 2] == 1).tolist()
        if starts:
            starts[0] = True
        return cls([strings[h] for h in arr[:, 0].tolist()], [strings[h] for h in arr[:, 1].tolist()], starts,
                   doc.has_annotation("SENT_START"))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [i for i, start in enumerate(self.starts) if start] if self.marked else [0]

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) of token i's sentence, as `doc[i].sent` has them (the whole doc without boundaries)."""
        starts = self._sentence_starts
        k = bisect_right(starts, i)
        return starts[k - 1], starts[k] if k < len(starts) else len(self.lowers)


def _sentence(doc: Doc, i: int, view: TokenStrings | None = None) -> Span:
    """Token i's sentence (the whole doc without sentence boundaries); read off the view where one is given."""
    if view is not None:
        start, end = view.sentence(i)
        return doc[start:end]
    return doc[i].sent if doc.has_annotation("SENT_START") else doc[:]


def _sentence_words(doc: Doc, i: int, view: TokenStrings | None = None) -> list[str]:
    """The lower-cased words of token i's sentence (the whole doc without sentence boundaries)."""
    if view is not None:
        start, end = view.sentence(i)
        return view.lowers[start:end]
    return [t.lower_ for t in _sentence(doc, i)]
