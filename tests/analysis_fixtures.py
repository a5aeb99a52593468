"""Small invented tables (documents, entities, relations) written as Parquet, for the analysis tests.

Every sentence here is made up for the tests. Counts the tests rely on:
- 10000001 states "UC-MSCs given intrathecally" in two sentences: one paper, two mentions;
- 10000005 is not about ALS (stroke), so its outcome is out of the ALS views;
- 10000006 negates a route: left out of every count;
- the relations of 10000004 have no year: it comes from the document (2021).
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import Document, Section
from pipeline.schema import DOCUMENTS, ENTITIES, RELATIONS, to_table

LABEL = {"cell": "CELL_TYPE", "route": "ROUTE", "factor": "NEUROTROPHIC_FACTOR", "outcome": "OUTCOME",
         "disease": "DISEASE"}

# pmid, year, design, species, disease (text, concept), sentences, relations:
# (sentence index, predicate, subject text, subject id, object text, object id, effect, negated, hedged)
PAPERS = [
    ("10000001", 2019, "rct", "human", ("ALS", "disease:als"), [
        "Patients with ALS received UC-MSCs intrathecally in a randomized trial.",
        "The UC-MSCs were injected intrathecally twice, four weeks apart.",
        "UC-MSCs slowed the decline of the ALSFRS-R score over six months.",
        "The UC-MSCs were safe and no serious adverse events occurred.",
    ], [
        (0, "ADMINISTERED_VIA", "UC-MSCs", "cell:uc_msc", "intrathecally", "route:intrathecal", None, False, False),
        (1, "ADMINISTERED_VIA", "UC-MSCs", "cell:uc_msc", "intrathecally", "route:intrathecal", None, False, False),
        (2, "AFFECTS", "UC-MSCs", "cell:uc_msc", "ALSFRS-R score", "outcome:alsfrs_r", "favorable", False, False),
        (3, "AFFECTS", "UC-MSCs", "cell:uc_msc", "adverse events", "outcome:safety", "favorable", False, False),
    ]),
    ("10000002", 2020, "clinical_trial", "human", ("amyotrophic lateral sclerosis", "disease:als"), [
        "In this open-label trial of amyotrophic lateral sclerosis, umbilical cord MSCs were delivered by lumbar puncture.",
        "Umbilical cord MSCs improved the ALSFRS-R score at month three.",
    ], [
        (0, "ADMINISTERED_VIA", "umbilical cord MSCs", "cell:uc_msc", "lumbar puncture", "route:intrathecal", None, False, False),
        (1, "AFFECTS", "Umbilical cord MSCs", "cell:uc_msc", "ALSFRS-R score", "outcome:alsfrs_r", "favorable", False, False),
    ]),
    ("10000003", 2021, "animal", "mouse", ("ALS", "disease:als"), [
        "SOD1 mice modelling ALS were given UC-MSCs by intravenous injection.",
        "The transplanted UC-MSCs secreted GDNF and BDNF in the spinal cord.",
        "UC-MSCs prolonged survival of the mice.",
        "UC-MSCs reduced motor neuron loss in the lumbar cord.",
    ], [
        (0, "ADMINISTERED_VIA", "UC-MSCs", "cell:uc_msc", "intravenous injection", "route:intravenous", None, False, False),
        (1, "SECRETES", "UC-MSCs", "cell:uc_msc", "GDNF", "factor:GDNF", None, False, False),
        (1, "SECRETES", "UC-MSCs", "cell:uc_msc", "BDNF", "factor:BDNF", None, False, False),
        (2, "AFFECTS", "UC-MSCs", "cell:uc_msc", "survival", "outcome:survival", "favorable", False, False),
        (3, "AFFECTS", "UC-MSCs", "cell:uc_msc", "motor neuron loss", "outcome:motor_neuron_survival", "favorable", False, False),
    ]),
    ("10000004", 2021, "in_vitro", None, ("ALS", "disease:als"), [
        "MSC-NTF cells released high levels of GDNF in culture, a candidate for ALS.",
        "Cord-derived MSCs also secreted GDNF.",
        "Under serum starvation the cord-derived MSCs secreted GDNF again.",
    ], [
        (0, "SECRETES", "MSC-NTF cells", "cell:msc_ntf", "GDNF", "factor:GDNF", None, False, False),
        (1, "SECRETES", "Cord-derived MSCs", "cell:uc_msc", "GDNF", "factor:GDNF", None, False, False),
        (2, "SECRETES", "cord-derived MSCs", "cell:uc_msc", "GDNF", "factor:GDNF", None, False, True),
    ]),
    ("10000005", 2022, "animal", "rat", ("stroke", "disease:other"), [
        "After stroke, rats received UC-MSCs by intravenous infusion.",
        "UC-MSCs improved motor function on the rotarod.",
    ], [
        (0, "ADMINISTERED_VIA", "UC-MSCs", "cell:uc_msc", "intravenous infusion", "route:intravenous", None, False, False),
        (1, "AFFECTS", "UC-MSCs", "cell:uc_msc", "motor function", "outcome:motor_function", "favorable", False, False),
    ]),
    ("10000006", 2022, "rct", "human", ("ALS", "disease:als"), [
        "Bone marrow MSCs were given intrathecally to people with ALS.",
        "Bone marrow MSCs did not change the ALSFRS-R score.",
        "The MSC-NTF cells were not given intramuscularly in this study.",
    ], [
        (0, "ADMINISTERED_VIA", "Bone marrow MSCs", "cell:bm_msc", "intrathecally", "route:intrathecal", None, False, False),
        (1, "AFFECTS", "Bone marrow MSCs", "cell:bm_msc", "ALSFRS-R score", "outcome:alsfrs_r", "null", False, False),
        (2, "ADMINISTERED_VIA", "MSC-NTF cells", "cell:msc_ntf", "intramuscularly", "route:intramuscular", None, True, False),
    ]),
]


# relations that carry no year of their own: analysis takes the document's
NO_RELATION_YEAR = {"10000004"}


def _label(concept: str) -> str:
    return LABEL[concept.split(":")[0]]


def build_rows() -> tuple[list[dict], list[dict], list[dict]]:
    documents, entities, relations = [], [], []
    for pmid, year, design, species, (disease_text, disease_id), sentences, rels in PAPERS:
        doc = Document(pmid=pmid, title=f"Invented study {pmid}", year=year, journal="Test J",
                       sections=(Section(label=None, category=None, text=" ".join(sentences)),))
        documents.append(doc.to_row())
        text = doc.text
        starts, pos = [], len(doc.title) + 1
        for s in sentences:
            starts.append(pos)
            pos += len(s) + 1
        d0 = text.index(disease_text)
        entities.append({"pmid": pmid, "start": d0, "end": d0 + len(disease_text), "text": disease_text,
                         "label": "DISEASE", "concept_id": disease_id, "source": "rule"})
        for i, pred, s_text, s_id, o_text, o_id, effect, negated, hedged in rels:
            sent, base = sentences[i], starts[i]
            s0, o0 = base + sent.index(s_text), base + sent.index(o_text)
            for t, start, cid in ((s_text, s0, s_id), (o_text, o0, o_id)):
                entities.append({"pmid": pmid, "start": start, "end": start + len(t), "text": t,
                                 "label": _label(cid), "concept_id": cid, "sentence": i, "source": "rule"})
            assert text[s0:s0 + len(s_text)] == s_text and text[base:base + len(sent)] == sent
            relations.append({
                "pmid": pmid, "predicate": pred,
                "subject_text": s_text, "subject_label": _label(s_id), "subject_id": s_id,
                "subject_start": s0, "subject_end": s0 + len(s_text),
                "object_text": o_text, "object_label": _label(o_id), "object_id": o_id,
                "object_start": o0, "object_end": o0 + len(o_text),
                "effect": effect, "negated": negated, "hedged": hedged, "confidence": 0.9 - 0.1 * i,
                "evidence": sent, "evidence_start": base, "evidence_end": base + len(sent),
                "section": "results", "study_design": design, "species": species,
                "year": None if pmid in NO_RELATION_YEAR else year,
                "pipeline_version": "test",
            })
    return documents, entities, relations


def write_tables(data_dir: Path, layout: str = "file", *, empty: bool = False) -> Path:
    """Write the three tables under `data_dir` in a layout the pipeline may produce.

    file: one Parquet file per table; dataset: a folder of two part files per table, the second
    lacking a column, plus a hidden temp file a reader must skip; symlink: `X.parquet` is a
    symlink to a dataset folder elsewhere (a snapshot store).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    rows = ([], [], []) if empty else build_rows()
    for name, schema, table_rows in zip(("documents", "entities", "relations"), (DOCUMENTS, ENTITIES, RELATIONS), rows):
        table = to_table(table_rows, schema)
        target = data_dir / f"{name}.parquet"
        if layout == "file":
            pq.write_table(table, target)
            continue
        folder = target if layout == "dataset" else data_dir / ".snapshots" / f"{name}-0001"
        folder.mkdir(parents=True)
        half = table.num_rows // 2
        pq.write_table(table.slice(0, half), folder / "part-00000.parquet")
        rest = table.slice(half)
        pq.write_table(rest.drop_columns(["pipeline_version"]) if "pipeline_version" in rest.column_names else rest,
                       folder / "part-00001.parquet")
        pq.write_table(pa.table({"pmid": ["99999999"]}), folder / ".part-00002.parquet.tmp")
        if layout == "symlink":
            os.symlink(os.path.relpath(folder, data_dir), target)
    return data_dir
