"""(helper FH, s28) Entity leftovers found by the session's probes: marrow's mononuclear cells named with the tissue
before them, deaths compared between groups, the tissue before an MSC-NTF description, tumour cells, and a route
adjective before a chain of adjectives. Invented text, the real pipeline."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def ents(doc, label):
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == label]


@pytest.mark.parametrize("text", [
    "Findings\nThe grafted cells exert systemic anti-inflammatory actions in the treated rats.",
    "Findings\nUC-MSCs showed systemic anti-inflammatory and immunomodulatory effects after the second dose.",
])
def test_route_adjective_before_adjectives_and_an_action_is_no_route(nlp, text):
    assert ents(nlp(text), "ROUTE") == []


def test_route_adjective_before_a_giving_stays_a_route(nlp):
    doc = nlp("Methods\nThe cells were given by systemic injection, and autologous MSCs by intrathecal autologous "
              "cell delivery.")
    assert ("systemic", "route:other") in ents(doc, "ROUTE"), ents(doc, "ROUTE")


@pytest.mark.parametrize("text, word", [
    ("Results\nDeaths were more frequent among rats given HSCs than among rats given saline.", "Deaths"),
    ("Results\nThere were fewer deaths in the grafted group than in the sham group.", "deaths"),
])
def test_deaths_compared_between_groups_are_survival(nlp, text, word):
    assert (word, "outcome:survival") in ents(nlp(text), "OUTCOME"), ents(nlp(text), "OUTCOME")


def test_deaths_as_a_safety_finding_or_a_cause_stay_as_they_were(nlp):
    assert ("deaths", "outcome:safety") in ents(nlp("Results\nNo deaths occurred after the cell injections."), "OUTCOME")
    assert ents(nlp("Results\nMore deaths were due to pneumonia than to falls."), "OUTCOME") == []
