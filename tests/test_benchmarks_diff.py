"""benchmarks/diff_tables.py: rows only in one of two extractions, on Parquet files it reads from disk."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import ENTITIES, RELATIONS

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "diff_tables.py"
spec = importlib.util.spec_from_file_location("diff_tables", SCRIPT)
diff_tables = importlib.util.module_from_spec(spec)
spec.loader.exec_module(diff_tables)


def _entity(pmid: str, start: int, text: str, label: str, version: str, score: float = 1.0) -> dict:
    return {"pmid": pmid, "start": start, "end": start + len(text), "text": text, "label": label,
            "concept_id": None, "concept_name": None, "sentence": 0, "source": "rule", "score": score,
            "pipeline_version": version}


def _write(folder: Path, entities: list[dict]) -> Path:
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(entities, schema=ENTITIES), folder / "entities.parquet")
    pq.write_table(RELATIONS.empty_table(), folder / "relations.parquet")
    return folder


def test_reports_rows_only_on_one_side_and_ignores_the_version(tmp_path, capsys):
    a = _write(tmp_path / "a", [_entity("1", 0, "MSCs", "CELL_TYPE", "v1"),
                                _entity("1", 10, "BDNF", "NEUROTROPHIC_FACTOR", "v1", 0.70001),
                                _entity("3", 0, "ALS", "DISEASE", "v1")])
    b = _write(tmp_path / "b", [_entity("1", 0, "MSCs", "CELL_TYPE", "v2"),
                                _entity("1", 10, "BDNF", "NEUROTROPHIC_FACTOR", "v2", 0.70002),
                                _entity("1", 20, "survival", "OUTCOME", "v2"),
                                _entity("2", 0, "GDNF", "NEUROTROPHIC_FACTOR", "v2")])
    assert diff_tables.main([str(a), str(b), "--show", "5"]) == 1
    out = capsys.readouterr().out
    # document 3 is only in A and document 2 only in B: neither is compared
    assert "entities: 2 rows in A, 3 in B over 1 documents; only in A 0, only in B 1" in out
    assert "only in B by label: OUTCOME 1" in out
    assert "B: 1 | 20 | 28 | survival | OUTCOME" in out


def test_same_rows_exit_zero_and_exclude_leaves_documents_out(tmp_path, capsys):
    a = _write(tmp_path / "a", [_entity("1", 0, "MSCs", "CELL_TYPE", "v1")])
    b = _write(tmp_path / "b", [_entity("1", 0, "MSCs", "CELL_TYPE", "v2"), _entity("1", 9, "ALS", "DISEASE", "v2")])
    gold = tmp_path / "held.jsonl"
    gold.write_text(json.dumps({"pmid": "1", "entities": []}) + "\n")
    assert diff_tables.main([str(a), str(b), "--exclude", str(gold)]) == 0
    assert "over 0 documents" in capsys.readouterr().out
    assert diff_tables.main([str(a), str(a)]) == 0


def test_a_document_that_lost_every_row_still_counts(tmp_path, capsys):
    """With the extractions table, a document extracted on both sides whose rows all went is compared too."""
    from pipeline.schema import EXTRACTIONS
    a = _write(tmp_path / "a", [_entity("1", 0, "MSCs", "CELL_TYPE", "v1"), _entity("2", 0, "ALS", "DISEASE", "v1")])
    b = _write(tmp_path / "b", [_entity("1", 0, "MSCs", "CELL_TYPE", "v2")])
    for folder in (a, b):
        pq.write_table(pa.Table.from_pylist([{"pmid": p, "content_hash": "h", "pipeline_version": "v",
                                              "n_entities": 1, "n_relations": 0, "extracted_at": None}
                                             for p in ("1", "2")], schema=EXTRACTIONS), folder / "extractions.parquet")
    assert diff_tables.main([str(a), str(b)]) == 1
    assert "entities: 2 rows in A, 1 in B over 2 documents; only in A 1, only in B 0" in capsys.readouterr().out
