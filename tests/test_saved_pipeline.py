"""A pipeline saved with `to_disk` and loaded with `spacy.load` (here, and in a fresh interpreter that finds our code
only through the package's entry points) tokenises and finds entities exactly as the built one: the tokenizer's
class (Unicode spaces read as plain ones) and the vocab's LOWER (en dash and Unicode hyphens read as hyphens) come
back with its rules."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

from pipeline.nlp.build import build_nlp
from pipeline.nlp.relations.rows import relation_rows
from pipeline.nlp.tokenizer import HYPHEN_LETTER_PERIOD

# invented sentences, one or more for every rule of pipeline/nlp/tokenizer.py
TEXTS = [
    "Patients were rated with the ALSFRS-R. Human umbilical cord\u2013derived mesenchymal\u00a0stem cells "
    "(hUC\u2010MSCs) were given i.v. and then intrathecally to patients with ALS.",
    "NF-\u03baB. Serum NfL. Mice received 1 \u00d7 10^6 UC-MSCs/kg. MSC-treated mice lived longer than BM-MSC- and "
    "AD-MSC-transplanted mice; MSC-induced repair was seen.",
    "NurOwn\u00ae was safe in amyotrophic lateral sclerosis/motor neuron disease. IT/IM administration and "
    "i.v./i.p. dosing of adipose stem cell (ASC)-based therapy lowered the ALSFRS\u2011R decline.",
    "AAV9-GDNF helped BDNF-deficient and GDNF-/- mice; GDNF/GFR\u03b11/RET signalling and NGF/NT-3 rose; "
    "BrdU+-astrocytes and microglia/macrophages were counted in ALS\u2009patients.",
    "Bone marrow\u2013derived MSCs were injected intrathecally\u202fin SOD1 mice with motor neuron disease-like signs.",
]


def tokens(doc):
    return [(t.text, t.lower_, t.whitespace_) for t in doc]


def ents(doc):
    return [(e.text, e.label_, e._.concept_id) for e in doc.ents]


@pytest.fixture(scope="module")
def built():
    return build_nlp(ner_path=None)


@pytest.fixture(scope="module")
def saved(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("saved") / "pipe"
    built.to_disk(path)
    return path


def test_the_built_pipeline_reads_the_rules_the_texts_exercise(built):
    doc = built(TEXTS[0])
    assert ("mesenchymal", "mesenchymal", " ") in tokens(doc)            # the no-break space read as a space
    assert ("cord\u2013derived", "cord-derived", " ") in tokens(doc)    # the en dash kept, LOWER a hyphen
    assert ("Human umbilical cord\u2013derived mesenchymal stem cells", "CELL_TYPE", "cell:uc_msc") in ents(doc)
    assert built.config["nlp"]["tokenizer"] == {"@tokenizers": "litmine.Tokenizer.v1"}


def test_saved_and_loaded_pipeline_tokenises_and_extracts_as_the_built_one(built, saved):
    loaded = spacy.load(saved)
    for text in TEXTS:
        a, b = built(text), loaded(text)
        assert tokens(b) == tokens(a), text
        assert ents(b) == ents(a), text
        assert relation_rows(b, "v", text) == relation_rows(a, "v", text), text
    assert type(loaded.tokenizer) is type(built.tokenizer)


def test_a_pipeline_built_on_an_installed_model_keeps_the_models_rules_and_ours_when_saved(tmp_path):
    other = spacy.blank("en")        # spaCy's own English rules: a hyphen between letters is a token
    other.add_pipe("sentencizer")
    other.to_disk(tmp_path / "model")
    nlp = build_nlp(str(tmp_path / "model"), relations=False, ner_path=None)
    assert [t.text for t in nlp("cord-derived cells")][:3] == ["cord", "-", "derived"]   # the model's rules
    assert HYPHEN_LETTER_PERIOD in nlp.tokenizer.suffix_search.__self__.pattern          # and ours
    assert [t.text for t in nlp("mesenchymal\u00a0stem cells")] == ["mesenchymal", "stem", "cells"]
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    for text in TEXTS:
        assert tokens(loaded(text)) == tokens(nlp(text)), text
        assert ents(loaded(text)) == ents(nlp(text)), text


def test_saved_pipeline_tokenises_alike_in_a_fresh_interpreter_by_entry_points(built, saved, tmp_path,
                                                                               fresh_interpreter_env):
    probe = ("import json, sys, spacy; nlp = spacy.load(sys.argv[1]); texts = json.loads(sys.argv[2]); "
             "print(json.dumps([[[(t.text, t.lower_, t.whitespace_) for t in d], "
             "[(e.text, e.label_, e._.concept_id) for e in d.ents]] for d in map(nlp, texts)]))")
    res = subprocess.run([sys.executable, "-c", probe, str(saved), json.dumps(TEXTS)], capture_output=True,
                         text=True, cwd=tmp_path, env=fresh_interpreter_env)
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    want = [[tokens(d), ents(d)] for d in map(built, TEXTS)]
    assert got == json.loads(json.dumps(want))


def test_building_the_tokenizer_warns_nothing_in_a_fresh_interpreter(fresh_interpreter_env, tmp_path):
    # `litmine train` builds the tokenizer without pipeline.nlp.build (whose module-level filter hid it):
    # scispaCy's suffix classes made `re` print a FutureWarning to the user. `re` caches compiled patterns,
    # so only a fresh interpreter sees the first compilation.
    code = "from pipeline.nlp.tokenizer import blank_litmine; blank_litmine()('MSCs (i.v.) were given.')"
    done = subprocess.run([sys.executable, "-W", "error::FutureWarning", "-c", code], cwd=tmp_path,
                          env=fresh_interpreter_env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Warning" not in done.stderr
