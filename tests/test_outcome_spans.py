"""(helper FB, s28) End-point spans that benchmarks/domain_probe.py's OUTCOME round found cut short; every
sentence is invented."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp
from pipeline.nlp.tables import entity_rows


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False)


def rows(nlp, text):
    doc = nlp(text)
    doc._.pmid = "1"
    return [(r["text"], r["label"], r["concept_id"]) for r in entity_rows(doc, "test")]


@pytest.mark.parametrize("text, span, concept", [
    # `time to onset` and `onset of ...` are both names of the onset: one mention, not the first one cut short
    ("The grafts delayed the time to onset of symptoms by nine days.", "time to onset of symptoms",
     "outcome:disease_onset"),
    ("Time to onset of paralysis was longer in the treated rats.", "Time to onset of paralysis",
     "outcome:disease_onset"),
    ("Mean survival time was 131 days in the treated mice.", "Mean survival time", "outcome:survival"),
])
def test_overlapping_names_of_one_end_point_are_one_mention(nlp, text, span, concept):
    got = rows(nlp, text)
    assert (span, "OUTCOME", concept) in got
    # `paralysis` is not left over as a motor-function end point of its own
    assert [r for r in got if r[1] == "OUTCOME"] == [(span, "OUTCOME", concept)]


@pytest.mark.parametrize("text, span", [
    ("Ventilator-free survival was longer after two doses.", "Ventilator-free survival"),
    ("Gastrostomy-free survival did not differ between the arms.", "Gastrostomy-free survival"),
])
def test_survival_free_of_any_event_is_one_survival_end_point(nlp, text, span):
    assert (span, "OUTCOME", "outcome:survival") in rows(nlp, text)


def test_a_word_ending_in_free_elsewhere_is_not_taken(nlp):
    got = rows(nlp, "The patients stayed ventilator-free, and survival was longer.")
    assert ("survival", "OUTCOME", "outcome:survival") in got
    assert not any("free" in r[0] for r in got)


@pytest.mark.parametrize("spelling", ["hind-limb paralysis", "hind limb paralysis", "hindlimb paralysis"])
def test_hind_limb_paralysis_in_every_spelling(nlp, spelling):
    assert (spelling, "OUTCOME", "outcome:motor_function") in rows(
        nlp, f"The treated rats developed {spelling} a week later.")


def test_a_rate_after_the_end_point_stays_out_as_the_gold_spans_it(nlp):
    got = rows(nlp, "One-year survival rates were 70 percent in the treated group.")
    assert ("One-year survival", "OUTCOME", "outcome:survival") in got
