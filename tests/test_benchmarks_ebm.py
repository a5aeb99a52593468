"""benchmarks/ebm_outcomes.py's CoNLL reader: token offsets into the rebuilt text, I-OUT runs as spans."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "ebm_outcomes.py"
spec = importlib.util.spec_from_file_location("ebm_outcomes", SCRIPT)
ebm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ebm)

# an invented two-sentence abstract after a title, with a section heading
CONLL = """-DOCSTART- (111)

Cells NN O I-INT
for NN O O
ALS NN O I-PAR
. NN O O

RESULTS NN O O
Grip NN O I-OUT
strength NN O I-OUT
( NN O O
GS NN O I-OUT
) NN O O
improved NN O O
, NN O O
and NN O O
survival NN O I-OUT
rose NN O O
. NN O O

-DOCSTART- (222)

Safety NN O I-OUT
. NN O O
"""


def test_reader_rebuilds_text_and_offsets():
    docs = ebm.read_conll(CONLL.splitlines())
    assert [d["pmid"] for d in docs] == ["111", "222"]
    d = docs[0]
    assert d["text"] == "Cells for ALS.\nRESULTS\nGrip strength (GS) improved, and survival rose."
    lines = [line.split() for line in CONLL.splitlines()[2:19] if line.strip()]
    assert [d["text"][s:e] for s, e, _ in d["tokens"]] == [f[0] for f in lines]
    assert [lab for _, _, lab in d["tokens"]] == [f[-1] for f in lines]
    assert [d["text"][s:e] for s, e in d["outcomes"]] == ["Grip strength", "GS", "survival"]
    assert docs[1]["text"] == "Safety." and docs[1]["outcomes"] == [(0, 6)]


def test_scores_lenient_and_overlap():
    d = ebm.read_conll(CONLL.splitlines())[0]
    text = d["text"]
    pred = [(text.index("strength"), text.index("strength") + 8), (text.index("ALS"), text.index("ALS") + 3)]
    lenient, overlap = ebm.score([d], [pred])
    assert lenient == [1, 1, 2]          # `strength` in `grip strength`; `als` false; `gs`, `survival` missed
    assert overlap == [1, 1, 2]
