"""`TokenStrings`: the token strings every rule walks, read once per doc, with each token's sentence (`sentence`,
`sentence_words`; `_sentence` gives it as a Span): the whole doc where no sentences are set.

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

    def sentence_words(self, i: int) -> list[str]:
        """The lower-cased words of token i's sentence (the whole doc without sentence boundaries)."""
        start, end = self.sentence(i)
        return self.lowers[start:end]


def _sentence(doc: Doc, i: int, view: TokenStrings) -> Span:
    """Token i's sentence as a Span (the whole doc without sentence boundaries)."""
    start, end = view.sentence(i)
    return doc[start:end]
