"""`litmine evaluate` scores by SPEC section 4 and agrees with the shared scorer."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.cli import main
from pipeline.evaluate import Counts, evaluate, mention_match, score
from tests.conftest import SHARED

GOLD = [
    {"pmid": "1", "entities": [
        {"text": "UC-MSCs", "label": "CELL_TYPE", "concept": "cell:uc_msc"},
        {"text": "umbilical cord-derived mesenchymal stem cells", "label": "CELL_TYPE", "concept": "cell:uc_msc"},
        {"text": "intrathecally", "label": "ROUTE", "concept": "route:intrathecal"},
        {"text": "ALSFRS-R score", "label": "OUTCOME", "concept": "outcome:alsfrs_r"},
        {"text": "perineuronal nets", "label": "OUTCOME", "concept": "outcome:other"},
        {"text": "ALS", "label": "DISEASE", "concept": "disease:als"}],
     "relations": [
        {"predicate": "ADMINISTERED_VIA", "subject": "cell:uc_msc", "object": "route:intrathecal", "effect": None,
         "negated": False, "hedged": False, "evidence": "x"},
        {"predicate": "AFFECTS", "subject": "cell:uc_msc", "object": "outcome:alsfrs_r", "effect": "favorable",
         "negated": False, "hedged": True, "evidence": "y"}]},
    {"pmid": "2", "entities": [
        {"text": "GDNF", "label": "NEUROTROPHIC_FACTOR", "concept": "factor:GDNF"},
        {"text": "bone marrow MSCs", "label": "CELL_TYPE", "concept": "cell:bm_msc"},
        {"text": "survival", "label": "OUTCOME", "concept": "outcome:survival"}],
     "relations": [
        {"predicate": "SECRETES", "subject": "cell:bm_msc", "object": "factor:GDNF", "effect": None,
         "negated": True, "hedged": False, "evidence": "z"}]},
]
ENTS = [
    ("1", "UC-MSCs", "CELL_TYPE", "cell:uc_msc"), ("1", "UC-MSCs", "CELL_TYPE", "cell:uc_msc"),
    ("1", "human umbilical cord-derived mesenchymal stem cells", "CELL_TYPE", "cell:uc_msc"),
    ("1", "intrathecal", "ROUTE", "route:intrathecal"), ("1", "ALSFRS-R", "OUTCOME", "outcome:alsfrs_r"),
    ("1", "nets", "OUTCOME", "outcome:other"), ("1", "motor neurons", "CELL_TYPE", "cell:motor_neuron"),
    ("2", "GDNF", "NEUROTROPHIC_FACTOR", "factor:GDNF"), ("2", "MSCs", "CELL_TYPE", "cell:msc"),
    ("2", "overall survival time", "OUTCOME", "outcome:survival"), ("2", "ALS", "DISEASE", "disease:als"),
    ("3", "ALS", "DISEASE", "disease:als"),   # not in gold: ignored
]
RELS = [
    ("1", "ADMINISTERED_VIA", "cell:uc_msc", "route:intrathecal", None, False, False),
    ("1", "AFFECTS", "cell:uc_msc", "outcome:alsfrs_r", "null", False, False),
    ("1", "AFFECTS", "cell:uc_msc", "outcome:alsfrs_r", "favorable", False, True),
    ("2", "SECRETES", "cell:msc", "factor:GDNF", None, False, False),
]


@pytest.fixture()
def data(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in GOLD), encoding="utf-8")
    ents = [{"pmid": p, "start": 0, "end": len(t), "text": t, "label": l, "concept_id": c} for p, t, l, c in ENTS]
    rels = [{"pmid": p, "predicate": pr, "subject_id": s, "object_id": o, "effect": e, "negated": n, "hedged": h}
            for p, pr, s, o, e, n, h in RELS]
    pq.write_table(schema.to_table(ents, schema.ENTITIES), tmp_path / "entities.parquet")
    pq.write_table(schema.to_table(rels, schema.RELATIONS), tmp_path / "relations.parquet")
    (tmp_path / "split.json").write_text(json.dumps({"a": ["1"], "b": ["2"]}))
    return tmp_path


def test_mention_matching_rules():
    assert mention_match("UC-MSCs", "uc-mscs")
    assert mention_match("nets", "perineuronal nets")                      # containment
    assert mention_match("survival time overall", "overall survival")      # half the words
    assert not mention_match("motor neurons", "motor neuron disease")      # 1 of 3 words


def test_scores_by_hand(data):
    s = evaluate(data / "gold.jsonl", data)
    assert s.documents == 2
    assert s.mentions["CELL_TYPE"] == Counts(3, 1, 0)
    assert s.mentions["OUTCOME"] == Counts(3, 0, 0)
    assert s.mentions["DISEASE"] == Counts(0, 1, 1)
    assert s.concepts["CELL_TYPE"] == Counts(1, 2, 1)
    assert s.concepts["OUTCOME"] == Counts(2, 0, 0)                      # outcome:other left out
    assert s.relations["ADMINISTERED_VIA"] == Counts(1, 0, 0)
    assert s.relations["SECRETES"] == Counts(0, 1, 1)
    assert s.attributes == {"effect": (1, 1), "negated": (2, 2), "hedged": (2, 2)}
    only_b = evaluate(data / "gold.jsonl", data, f"{data / 'split.json'}:b")
    assert only_b.documents == 1 and only_b.relations["ADMINISTERED_VIA"] == Counts(0, 0, 0)


def _shared_scorer():
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/tools/score.py is absent")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agrees_with_the_shared_scorer(data):
    ref = _shared_scorer()
    gold = ref.load_gold(data / "gold.jsonl")
    want = ref.score(gold, ref.read_table(data, "entities"), ref.read_table(data, "relations"))
    import pandas as pd
    got = score(gold, pd.read_parquet(data / "entities.parquet"), pd.read_parquet(data / "relations.parquet"))
    for block in ("mentions", "concepts", "relations"):
        assert {k: (c.tp, c.fp, c.fn) for k, c in getattr(got, block).items()} == want[block]
    assert got.attributes == want["attributes"]


def test_cli_prints_table_and_json(data, capsys):
    assert main(["evaluate", "--gold", str(data / "gold.jsonl"), "--data", str(data),
                 "--split", f"{data / 'split.json'}:a", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 gold documents"
    assert out[-2].startswith("entity concept F1")
    parsed = json.loads(out[-1])
    assert parsed["documents"] == 1 and parsed["mentions"]["CELL_TYPE"]["tp"] == 2


def test_cli_names_what_is_missing(data, tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path / "nope.jsonl"), "--data", str(data)]) == 2
    assert main(["evaluate", "--gold", str(data / "gold.jsonl"), "--data", str(tmp_path / "empty")]) == 2
    assert main(["evaluate", "--gold", str(data / "gold.jsonl"), "--data", str(data), "--split", "nosplit"]) == 2


# --- offset gold (data/annotations/*.gold.jsonl keeps offsets, never text) ------------------------
DOC_TEXT = {"7": ("Invented title on UC-MSCs", "UC-MSCs were given intrathecally; the ALSFRS-R score fell slowly.")}


def test_offset_gold_becomes_spec_gold_and_scores_through_the_cli(tmp_path, capsys):
    from pipeline.evaluate import spec_gold
    title, abstract = DOC_TEXT["7"]
    text = title + "\n" + abstract
    spans = [("UC-MSCs", "CELL_TYPE", "cell:uc_msc"), ("intrathecally", "ROUTE", "route:intrathecal"),
             ("ALSFRS-R score", "OUTCOME", "outcome:alsfrs_r")]
    ents = []
    for t, label, concept in spans:
        start = text.index(t, len(title))
        ents.append({"start": start, "end": start + len(t), "label": label, "concept": concept})
    ents.append({"start": text.index("UC-MSCs"), "end": text.index("UC-MSCs") + 7, "label": "CELL_TYPE",
                 "concept": "cell:uc_msc"})   # same text twice: one SPEC entity
    offset_doc = {"pmid": "7", "entities": ents, "relations": []}
    spec = spec_gold({"7": offset_doc}, {"7": text})["7"]
    assert sorted((e["text"], e["label"], e["concept"]) for e in spec["entities"]) == sorted(spans)

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(offset_doc) + "\n", encoding="utf-8")
    docs = [{"pmid": "7", "title": title, "abstract": abstract}]
    pq.write_table(schema.to_table(docs, schema.DOCUMENTS), tmp_path / "documents.parquet")
    pred = [{"pmid": "7", "start": 0, "end": 1, "text": t, "label": l, "concept_id": c} for t, l, c in spans[:2]]
    pq.write_table(schema.to_table(pred, schema.ENTITIES), tmp_path / "entities.parquet")
    pq.write_table(schema.to_table([], schema.RELATIONS), tmp_path / "relations.parquet")
    s = evaluate(gold, tmp_path)
    assert s.mentions["OUTCOME"] == Counts(0, 0, 1) and s.mentions["CELL_TYPE"] == Counts(1, 0, 0)


def test_offset_gold_outside_the_text_is_a_named_error():
    from pipeline.evaluate import spec_gold
    bad = {"pmid": "9", "entities": [{"start": 5, "end": 500, "label": "DISEASE", "concept": "disease:als"}]}
    with pytest.raises(ValueError, match="gold 9 entity 0: offsets 5-500 outside the text"):
        spec_gold({"9": bad}, {"9": "short text"})
    with pytest.raises(KeyError, match="9"):
        spec_gold({"9": bad}, {})


@pytest.mark.parametrize("name,at_least", [("msc-neuro-dev", 30), ("msc-neuro-check", 12),
                                                  ("msc-neuro-extra", 87)])
def test_msc_neuro_gold_fits_its_corpus(name, at_least):
    """The project's own golds: offsets into the corpus texts, labels and concepts of SPEC, no text stored."""
    from pipeline import vocabulary
    from pipeline.evaluate import load_gold, spec_gold
    from tests.conftest import need_corpus
    corpus = need_corpus("msc-neuro-unlabeled")
    gold_path = Path(__file__).resolve().parents[1] / "data" / "annotations" / f"{name}.gold.jsonl"
    gold = load_gold(gold_path)
    assert len(gold) >= at_least
    vocab = vocabulary.load()
    texts = {}
    for line in open(corpus / "abstracts.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if str(r["pmid"]) in gold:
            ab = r["abstract"] if isinstance(r["abstract"], str) else "\n".join(s["text"] for s in r["abstract"])
            texts[str(r["pmid"])] = (r["title"] or "") + "\n" + (ab or "")
    raw = gold_path.read_text(encoding="utf-8")
    assert '"text"' not in raw   # offsets only
    spec = spec_gold(gold, texts)
    for doc in spec.values():
        for e in doc["entities"]:
            assert e["concept"] in vocab and vocab.label_of(e["concept"]) == e["label"], e


def test_check_gold_shares_no_document_with_the_dev_golds():
    from pipeline.evaluate import load_gold
    folder = Path(__file__).resolve().parents[1] / "data" / "annotations"
    check = set(load_gold(folder / "msc-neuro-check.gold.jsonl"))
    dev = set(load_gold(folder / "msc-neuro-dev.gold.jsonl")) | set(load_gold(folder / "msc-neuro-extra.gold.jsonl"))
    relations = {json.loads(line)["pmid"] for line in open(folder / "msc-neuro-relations.jsonl", encoding="utf-8")}
    assert check and not check & dev and not check & relations


def test_unmatched_lists_only_texts_with_no_partner_and_counts_summarise():
    from pipeline.evaluate import Counts, unmatched
    missed, false = unmatched(["grip strength", "als"], ["strength", "survival"])
    assert missed == ["survival"] and false == ["als"]
    assert Counts(1, 1, 2).summary() == "P  50.0  R  33.3  F1  40.0   (tp 1 fp 1 fn 2)"


def test_span_counts_scores_one_document_three_ways():
    from pipeline.evaluate import span_counts
    text = "Grip strength and survival improved in ALS."
    gold = [(0, 13), (18, 26)]                       # `Grip strength`, `survival`
    pred = [(5, 13), (39, 42)]                       # `strength` (inside a gold span), `ALS` (false)
    c = span_counts(text, gold, pred)
    assert (c["lenient"].tp, c["lenient"].fp, c["lenient"].fn) == (1, 1, 1)
    assert (c["exact"].tp, c["exact"].fp, c["exact"].fn) == (0, 2, 2)
    assert (c["overlap"].tp, c["overlap"].fp, c["overlap"].fn) == (1, 1, 1)


# helper DU: bad gold / split / tables are named errors (exit 2), and gold the tables never
# extracted is said, not silently scored as misses.
def _extracted(data, pmids):
    rows = [{"pmid": p, "content_hash": "h", "pipeline_version": "v", "n_entities": 0, "n_relations": 0}
            for p in pmids]
    pq.write_table(schema.to_table(rows, schema.EXTRACTIONS), data / "extractions.parquet")


def test_gold_line_that_is_not_a_record_is_named(data, caplog):
    (data / "bad.jsonl").write_text(json.dumps(GOLD[0]) + "\n[1, 2]\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(data / "bad.jsonl"), "--data", str(data)]) == 2
    assert f"{data / 'bad.jsonl'}:2: not a gold record" in caplog.text
    (data / "empty.jsonl").write_text("\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(data / "empty.jsonl"), "--data", str(data)]) == 2
    assert f"{data / 'empty.jsonl'}: no gold documents" in caplog.text


@pytest.mark.parametrize("record, problem", [
    ({"pmid": "1"}, '"entities" must be a list of objects'),
    ({"pmid": "1", "entities": 5}, '"entities" must be a list of objects'),
    ({"pmid": "1", "entities": [{"start": 0}]}, 'entity 0 needs "label" and "text" (or "start" and "end")'),
    ({"pmid": "1", "entities": [], "relations": [{"predicate": "SECRETES"}]}, "relation 0 lacks 'subject', 'object'"),
])
def test_gold_record_missing_what_the_scorer_reads_is_named_not_a_traceback(data, caplog, record, problem):
    (data / "short.jsonl").write_text(json.dumps(GOLD[1]) + "\n\n" + json.dumps(record) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(data / "short.jsonl"), "--data", str(data)]) == 2
    assert f"{data / 'short.jsonl'}:3: gold record 1: {problem}" in caplog.text


def test_split_file_missing_or_not_a_split_is_named(data, caplog):
    gold = str(data / "gold.jsonl")
    assert main(["evaluate", "--gold", gold, "--data", str(data), "--split", f"{data / 'nope.json'}:a"]) == 2
    assert f"split file not found: {data / 'nope.json'}" in caplog.text
    (data / "list.json").write_text("[1]")
    assert main(["evaluate", "--gold", gold, "--data", str(data), "--split", f"{data / 'list.json'}:a"]) == 2
    assert f"{data / 'list.json'}: not a split file" in caplog.text


def test_gold_documents_never_extracted_are_an_error_or_a_warning(data, caplog):
    gold = str(data / "gold.jsonl")
    _extracted(data, ["3"])
    assert main(["evaluate", "--gold", gold, "--data", str(data)]) == 2
    assert "none of the 2 gold documents" in caplog.text and "PMIDs 1, 2" in caplog.text
    caplog.clear()
    _extracted(data, ["1", "3"])
    assert main(["evaluate", "--gold", gold, "--data", str(data)]) == 0
    assert "1 of 2 gold documents" in caplog.text and "count as misses: 2" in caplog.text


def test_table_of_an_older_schema_is_named(data, caplog):
    ents = pq.read_table(data / "entities.parquet").drop_columns(["concept_id"])
    pq.write_table(ents, data / "entities.parquet")
    assert main(["evaluate", "--gold", str(data / "gold.jsonl"), "--data", str(data)]) == 2
    assert f"{data / 'entities.parquet'}: no column concept_id" in caplog.text


def test_offset_gold_without_its_text_is_named_by_the_cli(tmp_path, caplog):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"pmid": "9", "entities": [{"start": 0, "end": 3, "label": "DISEASE",
                                                            "concept": "disease:als"}]}) + "\n")
    pq.write_table(schema.to_table([], schema.DOCUMENTS), tmp_path / "documents.parquet")
    pq.write_table(schema.to_table([], schema.ENTITIES), tmp_path / "entities.parquet")
    pq.write_table(schema.to_table([], schema.RELATIONS), tmp_path / "relations.parquet")
    assert main(["evaluate", "--gold", str(gold), "--data", str(tmp_path)]) == 2
    assert "gold document 9 is offset-annotated but its text is not in the documents table" in caplog.text
