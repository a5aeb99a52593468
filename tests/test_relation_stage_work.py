"""What the relation stage computes once rather than per candidate (sentences written for these tests).

Each test counts the calls of one piece of work through the real component and the shipped model, and
checks that the rows are those the work gives when done per candidate.
"""
from __future__ import annotations

import re

import pytest

from pipeline.documents import Document, Section
from pipeline.nlp import cues
from pipeline.nlp.relation_model import oracle_nlp, project_entities
from pipeline.nlp.relations import DEFAULT_MODEL, RelationExtractor, RelationModel, token_view
from pipeline.nlp.relations import focus, gates

CELL, FACTOR, OUT, ROUTE = "CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"


@pytest.fixture(scope="module")
def nlp():
    return oracle_nlp()


@pytest.fixture(scope="module")
def extractor():
    return RelationExtractor(RelationModel.load(DEFAULT_MODEL))


def make_doc(nlp, title, body, entities):
    d = Document(pmid="1", title=title, sections=(Section("RESULTS", None, body),), year=2021)
    doc = nlp(d.text)
    doc._.pmid, doc._.sections, doc._.year = d.pmid, d.section_spans(), d.year
    project_entities(doc, [{"text": t, "label": l, "concept": c} for t, l, c in entities])
    return doc


class _Counted:
    """A compiled pattern whose `search` calls are counted (hashable, so a memo can key on it)."""

    def __init__(self, rx: re.Pattern):
        self.rx, self.searches = rx, 0

    def search(self, *args):
        self.searches += 1
        return self.rx.search(*args)


def test_an_end_point_with_two_subjects_is_read_once(nlp, extractor, monkeypatch):
    calls = []
    real = cues.effect_in_scope

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(cues, "effect_in_scope", counted)
    doc = make_doc(nlp, "Two factors in a rat model of nerve crush",
                   "Intrathecal GDNF and BDNF markedly reduced the loss of axons in treated rats.",
                   [("GDNF", FACTOR, "factor:gdnf"), ("BDNF", FACTOR, "factor:bdnf"),
                    ("loss of axons", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    rows = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]
    assert {m.subject_id for m in rows} == {"factor:gdnf", "factor:bdnf"}
    assert {m.effect for m in rows} == {"favorable"}
    assert len(calls) == len(set(calls)) == 1   # one reading of the one object mention


def test_a_sentence_wide_gate_pattern_is_asked_once_per_segment(nlp, extractor, monkeypatch):
    counted = _Counted(gates.MODELLING)
    monkeypatch.setattr(gates, "MODELLING", counted)
    doc = make_doc(nlp, "Stromal cells in a mouse model of nerve crush",
                   "Grafted MSCs improved grip strength and prolonged survival in treated mice.",
                   [("MSCs", CELL, "cell:msc"), ("grip strength", OUT, "outcome:muscle_strength"),
                    ("survival", OUT, "outcome:survival")])
    extractor(doc)
    rows = [m for m in doc._.relations if m.predicate == "AFFECTS"]
    assert {m.object_id for m in rows} == {"outcome:muscle_strength", "outcome:survival"}
    assert counted.searches == 1   # two unresolved AFFECTS candidates, one sentence


def test_cells_given_as_a_therapy_are_found_on_the_entities_before_the_whole_text(nlp, monkeypatch):
    counted = _Counted(focus.CELL_THERAPY_WORDS)
    monkeypatch.setattr(focus, "CELL_THERAPY_WORDS", counted)
    doc = make_doc(nlp, "Stromal cells in a mouse model of nerve crush",
                   "MSCs improved grip strength in treated mice.",
                   [("MSCs", CELL, "cell:msc"), ("grip strength", OUT, "outcome:muscle_strength")])
    assert focus.gives_cells(list(doc.ents), token_view(doc))
    assert counted.searches == 0   # the stem cells' concept answered
    # no therapy cell named: the text's words decide (`donor cells were infused`)
    doc = make_doc(nlp, "Glial cells after nerve crush",
                   "Donor cells were infused and astrocytes were counted.",
                   [("astrocytes", CELL, "cell:astrocyte")])
    assert focus.gives_cells(list(doc.ents), token_view(doc))
    assert counted.searches == 1


def test_the_cell_a_route_stands_before_comes_from_the_entity_list_given(nlp):
    from pipeline.nlp.relations.pairing import _cell_starting_at
    doc = make_doc(nlp, "Two routes", "Patients received intravenous BM-MSCs or intrathecal UC-MSCs.",
                   [("BM-MSCs", CELL, "cell:bm_msc"), ("UC-MSCs", CELL, "cell:uc_msc"),
                    ("intravenous", ROUTE, "route:intravenous"), ("intrathecal", ROUTE, "route:intrathecal")])
    view = token_view(doc)
    uc = next(e for e in view.ents if e.text == "UC-MSCs")
    assert _cell_starting_at(doc, uc.start, view.ents) is uc
    assert _cell_starting_at(doc, uc.start - 1, view.ents) is None


def test_the_document_extensions_are_read_a_fixed_number_of_times(nlp, extractor, monkeypatch):
    """Doc._ builds an Underscore object per access: the stage takes it a number of times that does not grow
    with the sentences that hold pairs."""
    from spacy.tokens import Doc
    from spacy.tokens.underscore import Underscore
    made = []
    real = Underscore.__init__

    def counted(self, extensions, obj, *args, **kwargs):
        if isinstance(obj, Doc):
            made.append(1)
        real(self, extensions, obj, *args, **kwargs)

    ents = [("MSCs", CELL, "cell:msc"), ("grip strength", OUT, "outcome:muscle_strength"),
            ("survival", OUT, "outcome:survival"), ("body weight", OUT, "outcome:body_weight")]
    one = make_doc(nlp, "Stromal cells in mice", "MSCs improved grip strength in treated mice.", ents)
    three = make_doc(nlp, "Stromal cells in mice", "MSCs improved grip strength in treated mice. MSCs prolonged "
                     "survival. MSCs preserved body weight.", ents)
    monkeypatch.setattr(Underscore, "__init__", counted)
    counts = []
    for doc in (one, three):
        made.clear()
        extractor(doc)
        counts.append(len(made))
    monkeypatch.undo()
    assert len(three._.relations) >= 3 > len(one._.relations)
    assert counts[0] == counts[1]
