"""The invented abstracts of tests/fixtures (16 PubMed records of our own text, one or two per study design) through
`litmine ingest` and `litmine extract`: the study design and species of every document's relation rows, and relations
each abstract states plainly. The full score is `benchmarks/invented_abstracts.py`."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = [json.loads(line) for line in (FIXTURES / "invented_abstracts.gold.jsonl").open()]


@pytest.fixture(scope="module")
def relations(tmp_path_factory) -> pd.DataFrame:
    data = str(tmp_path_factory.mktemp("invented") / "data")
    assert main(["ingest", str(FIXTURES / "invented_abstracts.xml"), "--data", data, "--quiet"]) == 0
    assert main(["extract", "--data", data, "--quiet"]) == 0
    return pd.read_parquet(Path(data) / "relations.parquet")


@pytest.mark.parametrize("gold", GOLD, ids=[g["pmid"] for g in GOLD])
def test_study_design_and_species(relations, gold):
    rows = relations[relations["pmid"] == gold["pmid"]]
    assert len(rows), gold["pmid"]
    assert set(rows["study_design"]) == {gold["study_design"]}
    assert set(rows["species"]) == {gold["species"]}


@pytest.mark.parametrize("pmid, predicate, subject, obj, effect", [
    ("99000001", "ADMINISTERED_VIA", "cell:uc_msc", "route:intrathecal", None),
    ("99000001", "AFFECTS", "cell:uc_msc", "outcome:alsfrs_r", "favorable"),
    ("99000002", "AFFECTS", "cell:msc_ntf", "outcome:alsfrs_r", "null"),
    ("99000003", "ADMINISTERED_VIA", "cell:wj_msc", "route:intravenous", None),
    ("99000006", "AFFECTS", "cell:uc_msc", "outcome:survival", "null"),
    ("99000007", "AFFECTS", "cell:uc_msc", "outcome:disease_onset", "favorable"),
    ("99000009", "SECRETES", "cell:bm_msc", "factor:HGF", None),
    ("99000010", "ADMINISTERED_VIA", "cell:msc", "route:intramuscular", None),
    ("99000011", "SECRETES", "cell:msc_ev", "factor:IGF1", None),
    ("99000015", "ADMINISTERED_VIA", "cell:bm_msc", "route:intracerebral", None),
])
def test_plainly_stated_relations(relations, pmid, predicate, subject, obj, effect):
    rows = relations[(relations["pmid"] == pmid) & (relations["predicate"] == predicate)
                     & (relations["subject_id"] == subject) & (relations["object_id"] == obj)]
    assert len(rows), (pmid, predicate, subject, obj)
    if effect is not None:
        assert effect in set(rows["effect"]), set(rows["effect"])


def test_no_secretes_row_for_cells_the_makers_act_on(relations):
    # 99000012: `MSCs secrete VEGF, HGF and IGF-1 and modulate microglia and regulatory T cells`
    rows = relations[(relations["pmid"] == "99000012") & (relations["predicate"] == "SECRETES")]
    assert not set(rows["subject_id"]) & {"cell:microglia", "cell:treg"}, rows[["subject_id", "object_id"]]
