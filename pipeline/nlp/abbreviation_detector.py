"""scispaCy's AbbreviationDetector with its two Matchers read off the document's ORTH ids
(`litmine_abbreviation_detector`, added under the name `abbreviation_detector`).

The algorithm and the results are scispaCy's own (`AbbreviationDetector.__call__`, `filter_matches`,
`find_matches_for` and `find_abbreviation` run unchanged); only the two token Matchers it consults are
replaced by equivalents that build no Token objects:

- the `( ... )` Matcher (`(`, any token one or more times, `)`): its `OP: +` wildcard keeps a state alive
  from every `(` to the end of the document. `BracketMatches` gives the same matches in the same order,
  less those `filter_matches` throws away at once (more than 8 tokens inside, or `(` first in the document);
- the per-document global Matcher, to which every found short form is added as an exact sequence of token
  texts and from which it is removed once found: `ExactSequences` finds the same occurrences (and, with
  no pattern, returns at once instead of warning W036 on every document without a short form).
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from scispacy.abbreviation import AbbreviationDetector

# filter_matches drops a bracketed span with more than this many tokens inside
MAX_INSIDE = 8


class BracketMatches:
    """Callable like scispaCy's `parenthesis` Matcher: (match_id, start, end) for every `(` ... `)` with one
    token or more between them (any tokens, brackets included), ordered as spaCy's Matcher orders them (by
    end; for one end, the latest `(` first), without the matches `filter_matches` skips."""

    def __init__(self, vocab) -> None:
        strings = vocab.strings
        self.key = strings.add("parenthesis")
        self.open = strings.add("(")
        self.close = strings.add(")")

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        out = []
        opens: list[int] = []
        op, cl, key = self.open, self.close, self.key
        for i, o in enumerate(doc.to_array(ORTH).tolist()):
            if o == cl:
                for s in reversed(opens):
                    if i - s - 1 > MAX_INSIDE:
                        break
                    if s < i - 1 and s > 0:
                        out.append((key, s, i + 1))
            elif o == op:
                opens.append(i)
        return out


class ExactSequences:
    """The part of spaCy's Matcher scispaCy's global matcher uses: `add(key, [[{"ORTH": text}, ...]])`,
    `remove(key)`, `vocab`, and a call giving (key id, start, end) for every occurrence of an added
    sequence of token texts, in text order."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._patterns: dict[int, list[tuple[int, ...]]] = {}

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        strings = self.vocab.strings
        self._patterns.setdefault(strings.add(key), []).extend(
            tuple(strings.add(tok["ORTH"]) for tok in pattern) for pattern in patterns)

    def remove(self, key: str) -> None:
        del self._patterns[self.vocab.strings[key]]

    def __len__(self) -> int:
        return len(self._patterns)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._patterns:
            return []
        orths = doc.to_array(ORTH).tolist()
        firsts = {p[0] for seqs in self._patterns.values() for p in seqs if p}
        out = []
        for i, o in enumerate(orths):
            if o not in firsts:
                continue
            for key, seqs in self._patterns.items():
                for p in seqs:
                    if p and tuple(orths[i:i + len(p)]) == p:
                        out.append((key, i, i + len(p)))
        return out


class LitmineAbbreviationDetector(AbbreviationDetector):
    def __init__(self, nlp: Language, name: str = "abbreviation_detector", make_serializable: bool = False) -> None:
        super().__init__(nlp, name, make_serializable)
        self.matcher = BracketMatches(nlp.vocab)
        self.global_matcher = ExactSequences(nlp.vocab)


@Language.factory("litmine_abbreviation_detector", default_config={"make_serializable": False})
def make_abbreviation_detector(nlp: Language, name: str, make_serializable: bool) -> LitmineAbbreviationDetector:
    return LitmineAbbreviationDetector(nlp, name, make_serializable)
