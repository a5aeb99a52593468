"""(helper EH, s26) A route adjective that names a body part, a lesion or a body process is no route.

Found by a precision audit of ROUTE rows written for unseen abstracts (`oral clefts`, `intravascular
coagulation`, `intravitreal neovascularization`, `systemic transporter`); texts here are invented.
"""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def routes(doc):
    return [(e.text.lower(), e._.concept_id) for e in doc.ents if e.label_ == "ROUTE"]


@pytest.mark.parametrize("text,word", [
    ("Gene X in families\nOral clefts segregated with the variant in three kindreds.", "oral"),
    ("Gene X in mice\nThe kinase was expressed in oral epithelial cells and in skin.", "oral"),
    ("Gene X in patients\nOral mucosal lesions were biopsied in ten patients.", "oral"),
    ("Thrombin in sepsis\nThrombin formed during intravascular coagulation activated platelets.", "intravascular"),
    ("Oxidases in retinopathy\nThe oxidase drove intravitreal neovascularization in rat pups.", "intravitreal"),
    ("Vitamin D in serum\nThe binding protein is the main systemic transporter of the hormone.", "systemic"),
    ("Gene Y in lymphoma\nThe deletion was rare in systemic lymphoma.", "systemic"),
])
def test_route_adjective_naming_the_body_is_no_route(nlp, text, word):
    assert word not in [w for w, _ in routes(nlp(text))]


def test_short_form_of_a_body_process_is_no_route(nlp):
    doc = nlp("Oxidases in retinopathy\nThe oxidase drove intravitreal neovascularization (IVN) in rat pups. "
              "IVN was smaller in knockout pups.")
    assert routes(doc) == []


@pytest.mark.parametrize("text,word,cid", [
    # near-misses: the same adjectives giving an agent
    ("Lithium in ALS\nPatients took oral lithium for a year.", "oral", "route:other"),
    ("MSCs in ALS\nMSCs were given by intravascular infusion.", "intravascular", "route:intravenous"),
    ("MSCs in ALS\nPatients received intravenous MSCs and oral riluzole.", "intravenous", "route:intravenous"),
])
def test_route_adjective_giving_an_agent_stays(nlp, text, word, cid):
    assert (word, cid) in routes(nlp(text))


# (helper FE, s28) the same, with adjectives between the route adjective and the head noun (blind invented abstracts)
@pytest.mark.parametrize("text,word", [
    ("MSCs in colitis\nMSCs exert systemic anti-inflammatory actions through their secretome.", "systemic"),
    ("Stem cells in ALS\nMRI showed an intramedullary glioproliferative lesion after the injections.", "intramedullary"),
    ("Stem cells in ALS\nMRI showed an enhancing intramedullary mass at T10.", "intramedullary"),
])
def test_route_adjective_before_adjectives_and_a_body_head_is_no_route(nlp, text, word):
    assert word not in [w for w, _ in routes(nlp(text))]


@pytest.mark.parametrize("text,word,cid", [
    # near-misses: adjectives before the cells or the product given
    ("MSCs in ALS\nPatients received intravenous autologous mesenchymal stem cells.", "intravenous", "route:intravenous"),
    ("MSCs in ALS\nPatients received intrathecal allogeneic cells twice.", "intrathecal", "route:intrathecal"),
    ("MSCs in ALS\nWe compared intraspinal and intrathecal autologous bone marrow MSCs.", "intrathecal", "route:intrathecal"),
])
def test_route_adjective_before_adjectives_and_the_cells_stays(nlp, text, word, cid):
    assert (word, cid) in routes(nlp(text))
