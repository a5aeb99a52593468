"""benchmarks/disease_corpora.py's readers (NCBI-disease PubTator, BC5CDR IOB) and its two scores."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "disease_corpora.py"
spec = importlib.util.spec_from_file_location("disease_corpora", SCRIPT)
dc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dc)

# an invented abstract in PubTator form (offsets into title + " " + abstract), given twice
TITLE = "Cells for Krabbe disease."
ABSTRACT = "Mice with globoid cell leukodystrophy and anemia were treated."
PUBTATOR = f"""111|t|{TITLE}
111|a|{ABSTRACT}
111\t10\t24\tKrabbe disease\tSpecificDisease\tD007965
111\t36\t63\tgloboid cell leukodystrophy\tSpecificDisease\tD007965
111\t68\t74\tanemia\tDiseaseClass\tD000740

111|t|{TITLE}
111|a|{ABSTRACT}
111\t10\t24\tKrabbe disease\tSpecificDisease\tD007965
"""

# an invented pair of sentences in IOB form
IOB = """Rats\tO
with\tO
spinal\tB-Disease
cord\tI-Disease
injury\tI-Disease
(\tO
SCI\tB-Disease
)\tO
got\tO
lithium\tB-Chemical
.\tO

Stroke\tB-Disease
followed\tO
.\tO
"""


def test_pubtator_reader_keeps_offsets_and_drops_a_repeated_document():
    docs = dc.read_pubtator(PUBTATOR.splitlines(keepends=True))
    assert len(docs) == 1
    d = docs[0]
    assert d["text"] == TITLE + "\n" + ABSTRACT
    assert [d["text"][s:e] for s, e in d["diseases"]] == ["Krabbe disease", "globoid cell leukodystrophy", "anemia"]


def test_iob_reader_groups_sentences_and_reads_disease_runs():
    docs = dc.read_iob(IOB.splitlines(), group=10)
    assert len(docs) == 1
    d = docs[0]
    assert d["text"] == "Rats with spinal cord injury (SCI) got lithium. Stroke followed."
    assert [d["text"][s:e] for s, e in d["diseases"]] == ["spinal cord injury", "SCI", "Stroke"]
    assert len(dc.read_iob(IOB.splitlines(), group=1)) == 2


def test_scores_lenient_and_exact():
    d = dc.read_pubtator(PUBTATOR.splitlines())[0]
    text = d["text"]
    at = lambda w: (text.index(w), text.index(w) + len(w))  # noqa: E731
    pred = [at("Krabbe disease"), at("leukodystrophy"), at("Mice")]
    lenient, exact = dc.score([d], [pred])
    assert lenient == [2, 1, 1]      # `leukodystrophy` inside the gold span; `mice` false; `anemia` missed
    assert exact == [1, 2, 2]
