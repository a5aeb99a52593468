"""The statistical NER: gold projection, annotation files, training, the shipped model."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import spacy

from pipeline.cli import main as cli_main
from pipeline.nlp.annotations import (
    LABELS, Mention, documents_table_from_jsonl, project_mentions, read_annotations, text_sha1,
    write_annotations,
)
from pipeline.nlp.train import TrainingDoc, annotation_docs, gather, to_doc, blank_scispacy

ROOT = Path(__file__).resolve().parents[1]

# Invented sentences (not from any corpus).
CELLS = ["umbilical cord mesenchymal stem cells", "bone marrow stromal cells", "neural progenitor cells",
         "adipose-derived stem cells", "Wharton's jelly mesenchymal stromal cells", "astrocytes"]
ROUTES = ["intrathecal", "intravenous", "intramuscular", "intraspinal"]
FACTORS = ["GDNF", "BDNF", "VEGF", "HGF"]
OUTCOMES = ["survival", "grip strength", "motor function", "body weight"]
DISEASES = ["ALS", "amyotrophic lateral sclerosis", "motor neuron disease", "stroke"]


def invented_record(i: int) -> tuple[dict, list[dict]]:
    cell, route = CELLS[i % len(CELLS)], ROUTES[i % len(ROUTES)]
    factor, outcome, disease = FACTORS[i % len(FACTORS)], OUTCOMES[(i + 1) % len(OUTCOMES)], DISEASES[i % len(DISEASES)]
    title = f"Repeated {route} grafts of {cell} in mice modelling {disease}"
    sections = [
        {"label": "METHODS", "text": f"Mice received {cell} by the {route} route at day {30 + i}."},
        {"label": "RESULTS", "text": f"The grafted cells released {factor} and improved {outcome} compared with saline."},
    ]
    ents = [{"text": cell, "label": "CELL_TYPE", "concept": "cell:other"},
            {"text": route, "label": "ROUTE", "concept": "route:other"},
            {"text": factor, "label": "NEUROTROPHIC_FACTOR", "concept": "factor:" + factor},
            {"text": outcome, "label": "OUTCOME", "concept": "outcome:other"},
            {"text": disease, "label": "DISEASE", "concept": "disease:other"}]
    return {"pmid": str(1000 + i), "title": title, "abstract": sections}, ents


def test_projection_finds_every_occurrence_longest_first_word_aware():
    text = ("Umbilical cord mesenchymal stem cells (UC-MSCs) in ALS\n"
            "Mesenchymal stem cells were given to ALS patients; ALSFRS-R and the MSC-NTF arm were "
            "followed. mesenchymal stem cells again.")
    gold = [{"text": "mesenchymal stem cells", "label": "CELL_TYPE", "concept": "cell:msc"},
            {"text": "Umbilical cord mesenchymal stem cells", "label": "CELL_TYPE", "concept": "cell:uc_msc"},
            {"text": "ALS", "label": "DISEASE", "concept": "disease:als"},
            {"text": "MSC", "label": "CELL_TYPE", "concept": "cell:msc"},
            {"text": "UC-MSCs", "label": "CELL_TYPE", "concept": "cell:uc_msc"},
            {"text": "absent phrase", "label": "OUTCOME"}]
    got = project_mentions(text, gold)
    spans = [(text[m.start:m.end], m.label, m.concept) for m in got]
    # the long form wins over the nested short one; ALS not inside ALSFRS-R; MSC inside MSC-NTF (hyphen)
    assert spans == [
        ("Umbilical cord mesenchymal stem cells", "CELL_TYPE", "cell:uc_msc"),
        ("UC-MSCs", "CELL_TYPE", "cell:uc_msc"),
        ("ALS", "DISEASE", "disease:als"),
        ("Mesenchymal stem cells", "CELL_TYPE", "cell:msc"),  # words match in any case
        ("ALS", "DISEASE", "disease:als"),
        ("MSC", "CELL_TYPE", "cell:msc"),
        ("mesenchymal stem cells", "CELL_TYPE", "cell:msc"),
    ]
    assert got[0].start == 0 and text.count("ALS") == 3  # the third "ALS" is the ALSFRS-R prefix
    # an acronym matches as written; other cases only when it is nowhere as written
    assert [(m.start, m.end) for m in project_mentions("als and ALS", [{"text": "ALS", "label": "DISEASE"}])] == [(8, 11)]
    assert [(m.start, m.end) for m in project_mentions("als only", [{"text": "ALS", "label": "DISEASE"}])] == [(0, 3)]


def test_misaligned_mention_is_missing_not_outside():
    nlp = blank_scispacy()
    text = "GDNF-secreting cells and GDNF alone"
    doc = to_doc(nlp, TrainingDoc("1", text, (Mention(0, 4, "NEUROTROPHIC_FACTOR"), Mention(25, 29, "NEUROTROPHIC_FACTOR")), "t"))
    assert doc[0].text == "GDNF-secreting" and doc[0].ent_iob_ == ""  # unknown, not "O"
    assert [(e.text, e.label_) for e in doc.ents] == [("GDNF", "NEUROTROPHIC_FACTOR")]
    assert doc[1].ent_iob_ == "O"


def test_annotation_files_round_trip_and_refuse_missing_texts(tmp_path):
    text = "Intrathecal MSCs in ALS"
    path = tmp_path / "a.jsonl"
    write_annotations(path, [("7", text, [Mention(0, 11, "ROUTE"), Mention(12, 16, "CELL_TYPE", "cell:msc")])])
    line = json.loads(path.read_text())
    assert "text" not in line and line["text_sha1"] == text_sha1(text)
    sha, mentions = read_annotations(path)["7"]
    assert sha == text_sha1(text) and mentions[1] == Mention(12, 16, "CELL_TYPE", "cell:msc")
    assert len(annotation_docs([path], {"7": text})[0].mentions) == 2
    assert annotation_docs([path], {"7": text + " changed"}) == []  # stale text: skipped
    with pytest.raises(ValueError, match="not in the documents given"):
        annotation_docs([path], {})


def test_training_a_tiny_corpus_gives_a_loadable_pipeline(tmp_path):
    gold_dir, data_dir = tmp_path / "gold", tmp_path / "data"
    gold_dir.mkdir()
    (data_dir / "annotations").mkdir(parents=True)
    records, golds = zip(*(invented_record(i) for i in range(12)))
    with open(gold_dir / "abstracts.jsonl", "w") as fh:
        for r in records[:8]:
            fh.write(json.dumps(r) + "\n")
    with open(gold_dir / "gold.jsonl", "w") as fh:
        for r, g in zip(records[:8], golds[:8]):
            fh.write(json.dumps({"pmid": r["pmid"], "entities": g, "relations": []}) + "\n")
    (gold_dir / "split.json").write_text(json.dumps({"train": [r["pmid"] for r in records[:7]], "report": [records[7]["pmid"]]}))
    # the last four documents come through our own annotation format and a documents table
    with open(tmp_path / "more.jsonl", "w") as fh:
        for r in records[8:]:
            fh.write(json.dumps(r) + "\n")
    table = documents_table_from_jsonl(tmp_path / "more.jsonl")
    pq.write_table(table, data_dir / "documents.parquet")
    texts = dict(zip(table.column("pmid").to_pylist(), table.column("text").to_pylist()))
    write_annotations(data_dir / "annotations" / "own.jsonl",
                      [(r["pmid"], texts[r["pmid"]], project_mentions(texts[r["pmid"]], g)) for r, g in zip(records[8:], golds[8:])])

    out = tmp_path / "model"
    rc = cli_main(["train", "ner", "--data", str(data_dir), "--gold", str(gold_dir), "--output", str(out),
                   "--seed", "1", "--holdout", "0.3", "--epochs", "25", "--quiet"])
    assert rc == 0
    meta = json.loads((out / "meta.json").read_text())
    assert meta["litmine"]["data"]["train"]["by_source"] == {"gold:gold/train": 5, "annotations:own.jsonl": 4}
    assert meta["litmine"]["data"]["dev"]["documents"] == 2 and "ents_f" in meta["litmine"]["dev_scores"]
    # the report split never reaches training
    assert records[7]["pmid"] not in {d.pmid for d in gather(data_dir, gold_dir, "train", holdout=0).train}

    # a fresh interpreter without our package on the path loads it: no custom code needed
    probe = ("import spacy, json, sys; nlp = spacy.load(sys.argv[1]); "
             "doc = nlp('Mice received neural progenitor cells by the intrathecal route at day 3.\\n"
             "The grafted cells released BDNF and improved survival compared with saline.'); "
             "print(json.dumps({'labels': list(nlp.get_pipe('ner').labels), "
             "'ents': [(e.text, e.label_) for e in doc.ents], 'tok': [t.text for t in doc]}))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    res = subprocess.run([sys.executable, "-c", probe, str(out)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert set(got["labels"]) == set(LABELS)
    assert got["ents"] and {label for _, label in got["ents"]} <= set(LABELS)
    assert "intrathecal" in [t for t, label in got["ents"] if label == "ROUTE"]


def test_shipped_model_loads_and_finds_a_cell_type():
    path = ROOT / "models" / "ner"
    if not (path / "meta.json").exists():
        pytest.fail("models/ner holds no trained pipeline: run `litmine train ner`")
    nlp = spacy.load(path)
    assert set(nlp.get_pipe("ner").labels) == set(LABELS)
    doc = nlp("In this open-label trial, patients with amyotrophic lateral sclerosis received two intrathecal "
              "injections of autologous bone marrow-derived mesenchymal stem cells, and their ALSFRS-R "
              "scores were followed for six months.")
    cells = [e.text for e in doc.ents if e.label_ == "CELL_TYPE"]
    assert any("mesenchymal stem cells" in c for c in cells), [(e.text, e.label_) for e in doc.ents]


def test_training_reads_entity_files_only_gold_over_silver_and_never_the_check_set(tmp_path):
    from pipeline.nlp.train import training_annotation_files
    text = "Intrathecal MSCs in ALS"
    ann = tmp_path / "annotations"
    write_annotations(ann / "x-silver.jsonl", [("7", text, [Mention(12, 16, "CELL_TYPE")])])
    write_annotations(ann / "x.gold.jsonl", [("7", text, [Mention(0, 11, "ROUTE"), Mention(12, 16, "CELL_TYPE")])])
    write_annotations(ann / "x-check.gold.jsonl", [("8", "held out", [])])
    (ann / "x-relations.jsonl").write_text(json.dumps({"pmid": "7", "predicate": None}) + "\n")
    files = training_annotation_files(ann)
    assert [p.name for p in files] == ["x-silver.jsonl", "x.gold.jsonl"]
    docs = annotation_docs(files, {"7": text})
    assert len(docs) == 1 and len(docs[0].mentions) == 2 and docs[0].source == "annotations:x.gold.jsonl"


def test_gather_never_trains_on_a_check_document_even_from_silver(tmp_path):
    from pipeline.nlp.train import gather, read_texts
    corpus = tmp_path / "abstracts.jsonl"
    corpus.write_text("".join(json.dumps({"pmid": p, "title": t, "abstract": "Cells were given."}) + "\n"
                              for p, t in {"7": "Intrathecal MSCs in ALS", "8": "Intravenous MSCs in stroke"}.items()))
    texts = read_texts([corpus])
    ann = tmp_path / "annotations"
    write_annotations(ann / "x-silver.jsonl", [(p, t, [Mention(12, 16, "CELL_TYPE")]) for p, t in texts.items()])
    write_annotations(ann / "x-check.gold.jsonl", [("8", texts["8"], [Mention(0, 11, "ROUTE")])])
    data = gather(tmp_path, gold_dir=None, documents=[corpus], holdout=0)
    assert [d.pmid for d in data.train] == ["7"]


# helper DU: `litmine train relations` on a bad corpus folder is a named error (exit 2), before any work.
def _rel_corpus(folder, gold_lines, split):
    folder.mkdir()
    (folder / "abstracts.jsonl").write_text(json.dumps({"pmid": "1", "title": "Invented", "abstract": "MSCs."}) + "\n")
    (folder / "gold.jsonl").write_text("".join(line + "\n" for line in gold_lines))
    (folder / "split.json").write_text(json.dumps(split))
    return folder


def test_train_relations_names_a_bad_corpus(tmp_path, caplog):
    cli = cli_main
    out = tmp_path / "out"
    ok = '{"pmid": "1", "entities": [], "relations": []}'
    cases = [
        (_rel_corpus(tmp_path / "nosplit", [ok], {"dev": ["1"]}), "split.json: no split 'train'; there are ['dev']"),
        (_rel_corpus(tmp_path / "lacking", [ok], {"train": ["1", "2"]}), "lists PMIDs with no gold record or no abstract: 2"),
        (_rel_corpus(tmp_path / "badline", [ok, "{oops"], {"train": ["1"]}), "gold.jsonl:2: not JSON"),
    ]
    for corpus, message in cases:
        caplog.clear()
        assert cli(["train", "relations", "--gold", str(corpus), "--output", str(out)]) == 2
        assert message in caplog.text
    assert not out.exists()
    out.write_text("a file")
    assert cli(["train", "relations", "--gold", str(cases[0][0]), "--output", str(out)]) == 2
    assert f"--output {out} is a file" in caplog.text
