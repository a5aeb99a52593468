"""The concept vocabulary: SPEC ids, parents, aliases, and scispaCy's KnowledgeBase shape."""
from __future__ import annotations

import json

import pytest
from scispacy.linking_utils import KnowledgeBase

from pipeline import vocabulary
from pipeline.vocabulary import LABELS

SPEC_IDS = {
    "cell:msc", "cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc", "cell:msc_ntf", "cell:msc_ev",
    "cell:bm_mnc", "cell:nsc", "cell:ipsc", "cell:esc", "cell:hsc", "cell:motor_neuron", "cell:neuron", "cell:astrocyte",
    "cell:microglia", "cell:oligodendrocyte", "cell:schwann_cell", "cell:t_cell", "cell:treg", "cell:macrophage",
    "cell:monocyte", "cell:other",
    "factor:GDNF", "factor:BDNF", "factor:NGF", "factor:NTF3", "factor:NTF4", "factor:CNTF", "factor:VEGFA", "factor:IGF1",
    "factor:HGF", "factor:FGF2", "factor:LIF", "factor:NRTN", "factor:ARTN", "factor:PSPN", "factor:CDNF", "factor:MANF",
    "factor:ntf", "factor:other",
    "route:intravenous", "route:intrathecal", "route:intramuscular", "route:intraspinal", "route:intracerebroventricular",
    "route:intracerebral", "route:intracisternal", "route:intranasal", "route:intraperitoneal", "route:intraarterial",
    "route:subcutaneous", "route:other",
    "outcome:alsfrs_r", "outcome:survival", "outcome:respiratory_function", "outcome:motor_function",
    "outcome:muscle_strength", "outcome:disease_progression", "outcome:disease_onset", "outcome:quality_of_life",
    "outcome:safety", "outcome:inflammation", "outcome:oxidative_stress", "outcome:motor_neuron_survival",
    "outcome:neuromuscular", "outcome:biomarker", "outcome:body_weight", "outcome:other",
    "disease:als", "disease:other",
}


@pytest.fixture(scope="module")
def vocab():
    return vocabulary.load()


def test_every_spec_id_is_there_and_nothing_else(vocab):
    assert {c.concept_id for c in vocab} == SPEC_IDS


def test_spec_parents(vocab):
    assert vocab.ancestors("cell:wj_msc") == ("cell:uc_msc", "cell:msc")
    for cid in ("cell:uc_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc", "cell:msc_ntf", "cell:msc_ev"):
        assert vocab.is_a(cid, "cell:msc"), cid
    assert not vocab.is_a("cell:nsc", "cell:msc")


def test_labels_and_other_ids(vocab):
    for label in LABELS:
        other = vocab.other_id(label)
        assert other in vocab and vocab.label_of(other) == label
    assert vocab.label_of("factor:GDNF") == "NEUROTROPHIC_FACTOR"
    with pytest.raises(KeyError, match="unknown label"):
        vocab.other_id("GENE")


def test_alias_lookup_folds_case_quotes_and_dashes(vocab):
    assert [c.concept_id for c in vocab.lookup("UC-MSCs")] == ["cell:uc_msc"]
    assert [c.concept_id for c in vocab.lookup("Wharton’s jelly-derived mesenchymal stem cells")] == ["cell:wj_msc"]
    assert [c.concept_id for c in vocab.lookup("glial cell line–derived neurotrophic factor")] == ["factor:GDNF"]
    assert [c.concept_id for c in vocab.lookup("Lou Gehrig's disease", "DISEASE")] == ["disease:als"]
    assert vocab.lookup("IT", "ROUTE")[0].concept_id == "route:intrathecal"   # a context alias
    assert vocab.lookup("no such thing") == ()


def test_no_alias_names_two_concepts(vocab):
    seen: dict[str, str] = {}
    for c in vocab:
        for name in c.names():
            key = vocabulary.normalize_alias(name)
            assert seen.setdefault(key, c.concept_id) == c.concept_id, (name, seen[key], c.concept_id)


def test_cross_references_are_well_formed(vocab):
    xrefs = {c.concept_id: dict(c.xrefs) for c in vocab}
    assert xrefs["cell:msc"]["CL"] == "CL:0000134"
    assert xrefs["factor:GDNF"]["HGNC"] == "HGNC:4232"
    assert xrefs["disease:als"]["MeSH"] == "D000690"
    for cid, refs in xrefs.items():
        for kind, value in refs.items():
            assert kind in {"CL", "HGNC", "MeSH", "NCIt"}, cid
            if kind in ("CL", "HGNC"):
                assert value.startswith(kind + ":"), (cid, value)


def test_scispacy_knowledge_base_loads_it(vocab, tmp_path):
    kb = vocab.knowledge_base()
    assert kb.cui_to_entity["cell:uc_msc"].canonical_name == vocab.name_of("cell:uc_msc")
    assert "cell:uc_msc" in kb.alias_to_cuis["UC-MSCs"]
    # scispaCy's own file loader, on the stripped JSONL
    kb2 = KnowledgeBase(str(vocab.write_kb_jsonl(tmp_path / "kb.jsonl")))
    assert set(kb2.cui_to_entity) == SPEC_IDS


def test_bad_files_are_named(tmp_path):
    bad = tmp_path / "concepts.jsonl"
    bad.write_text(json.dumps({"concept_id": "cell:x", "canonical_name": "x", "label": "GENE"}) + "\n")
    with pytest.raises(ValueError, match=r"concepts.jsonl:1: label 'GENE'"):
        vocabulary.load(bad)
    bad.write_text('{"concept_id": "cell:x",\n')
    with pytest.raises(ValueError, match="not JSON"):
        vocabulary.load(bad)
    with pytest.raises(FileNotFoundError):
        vocabulary.load(tmp_path / "absent.jsonl")
