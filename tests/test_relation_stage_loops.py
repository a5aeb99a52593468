"""The relation stage's cheaper loops give what the plain loops gave (invented sentences and word lists).

The section cue and word_set tests count work and fail on the slower code; the others hold each faster
loop to a plain reference, since only the cost changed.
"""
from __future__ import annotations

import re

import pytest

from pipeline.nlp import context
from pipeline.nlp.cues import lexicon
from pipeline.nlp.cues.effect import NOT_BETTER, _NOT_BETTER_INDEX
from pipeline.nlp.relation_model import oracle_nlp
from pipeline.nlp.relations.text import fast_text


class _Counted:
    def __init__(self, rx: re.Pattern):
        self.rx, self.searches = rx, 0

    def search(self, *args):
        self.searches += 1
        return self.rx.search(*args)


@pytest.fixture
def counted_results(monkeypatch):
    rxs = [(name, keys, _Counted(rx) if name == "results" else rx) for name, keys, rx in context._SENT_CUE_RX]
    monkeypatch.setattr(context, "_SENT_CUE_RX", rxs)
    return next(rx for name, _, rx in rxs if name == "results")


def test_the_results_cue_is_not_searched_for_in_a_sentence_without_a_p_value(counted_results):
    # `p` in `improved`, `performance`, `grip`: no p-value operator, so the results pattern cannot match
    assert context.section_of_sentence("Grip performance improved over the spring.", 0.6) == "results"
    assert counted_results.searches == 0


def test_a_p_value_still_makes_a_sentence_a_result(counted_results):
    for sentence in ("Grip strength rose (p < 0.05).", "Grip strength rose (p=0.03).", "Grip strength rose, p >0.2."):
        assert context.section_of_sentence(sentence, 0.1) == "results"
    assert counted_results.searches == 3


def test_word_set_splits_compounds_without_a_regex_per_word(monkeypatch):
    words = ["sod1-g93a", "mice/rats", "a-b/c", "plain", "-lead", "trail/"]
    expected = set(words)
    for w in words:
        expected.update(re.split(r"[-/]", w))

    class NoSplit:
        def __getattr__(self, name):
            if name == "split":
                raise AssertionError("re.split called per word")
            return getattr(re, name)

    monkeypatch.setattr(context, "re", NoSplit())
    assert context.word_set(words) == frozenset(expected)


def test_phrases_in_finds_every_phrase_in_order():
    toks = ["x", "not", "more", "effective", "than", "not", "superior", "to", "not"]

    def plain(lo, hi):
        lo, hi = max(lo, 0), min(hi, len(toks))
        return [(i, ph) for i in range(lo, hi) for ph in _NOT_BETTER_INDEX.get(toks[i], ())
                if i + len(ph) <= hi and tuple(toks[i:i + len(ph)]) == ph]

    assert NOT_BETTER   # (the index is built from it)
    for lo, hi in ((0, 9), (1, 4), (2, 9), (-3, 20), (5, 7), (8, 9)):
        assert lexicon._phrases_in(toks, lo, hi, _NOT_BETTER_INDEX) == plain(lo, hi)


def test_fast_text_rebuilds_the_text_with_its_spaces_and_newlines():
    nlp = oracle_nlp()
    text = "Wharton jelly cells  were given.\nGrip rose (p = 0.04) ; falls fell.  "
    for _ in range(2):   # (the second pass reads every token from the caches)
        doc = nlp(text)
        assert fast_text(doc) == doc.text == text
