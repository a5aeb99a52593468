"""The entity stage through the real pipeline (scispaCy tokenizer, abbreviation detector, our components)."""
from __future__ import annotations

import pickle

import pyarrow as pa
import pytest
import spacy

from pipeline import schema
from pipeline.nlp.build import build_nlp
from pipeline.nlp.mentions import Mention
from pipeline.nlp.merge import merge
from pipeline.nlp.tables import entity_rows

UC = ("Human umbilical cord-derived MSCs (UC-MSCs) were injected intrathecally (IT) into patients with "
      "amyotrophic lateral sclerosis. Twelve weeks after IT injection of UC-MSCs, the ALSFRS-R score and "
      "forced vital capacity had declined more slowly.")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def ents(doc):
    return [(e.text, e.label_, e._.concept_id) for e in doc.ents]


def test_abbreviations_take_their_long_form_concept_everywhere(nlp):
    got = ents(nlp(UC))
    assert ("Human umbilical cord-derived MSCs", "CELL_TYPE", "cell:uc_msc") in got
    assert got.count(("UC-MSCs", "CELL_TYPE", "cell:uc_msc")) == 2
    assert got.count(("IT", "ROUTE", "route:intrathecal")) == 2
    assert ("intrathecally", "ROUTE", "route:intrathecal") in got
    assert ("amyotrophic lateral sclerosis", "DISEASE", "disease:als") in got
    assert ("ALSFRS-R score", "OUTCOME", "outcome:alsfrs_r") in got
    assert ("forced vital capacity", "OUTCOME", "outcome:respiratory_function") in got
    sources = {e.text: e._.source for e in nlp(UC).ents}
    assert sources["UC-MSCs"] == "abbreviation" and sources["intrathecally"] == "rule"


def test_an_engineered_cells_short_form_names_the_cells_not_their_factor(nlp):
    got = ents(nlp("We grafted MSCs overexpressing GDNF (MSC-GDNF) into SOD1 rats. MSC-GDNF prolonged survival."))
    assert got.count(("MSC-GDNF", "CELL_TYPE", "cell:msc")) == 2, got
    got = ents(nlp("We grafted human bone marrow MSCs engineered to secrete GDNF (MSC-GDNF) into SOD1 rats. "
                   "MSC-GDNF prolonged survival."))
    assert got.count(("MSC-GDNF", "CELL_TYPE", "cell:bm_msc")) == 2, got


def test_a_short_form_that_names_its_concept_keeps_it_when_the_long_form_is_generic(nlp):
    doc = nlp("Stem cells (SCs) are studied in Parkinson disease. Adipose-derived mesenchymal SCs (AD-MSCs) "
              "secrete factors. The safety of AD-MSC transplantation was shown, and AD-MSCs were given.")
    cells = {(e.text, e._.concept_id) for e in doc.ents if e.label_ == "CELL_TYPE"}
    assert ("AD-MSCs", "cell:ad_msc") in cells and ("AD-MSC", "cell:ad_msc") in cells
    assert ("SCs", "cell:other") in cells   # the generic short form keeps its generic long form's concept


def test_a_short_form_defined_inside_an_end_point_names_the_cells(nlp):
    # the detector's long form is `motoneurons`, inside the outcome `number of dying motoneurons`
    doc = nlp("The grafts reduced the number of dying motoneurons (MNs) in the cord. MNs were counted.")
    got = ents(doc)
    assert ("number of dying motoneurons", "OUTCOME", "outcome:motor_neuron_survival") in got
    assert got.count(("MNs", "CELL_TYPE", "cell:motor_neuron")) == 2


def test_a_short_form_defined_inside_a_product_names_the_cells(nlp):
    doc = nlp("We compared the secretome of human umbilical cord-derived MSCs (UC-MSCs) with others. UC-MSCs secreted HGF.")
    got = ents(doc)
    assert ("secretome of human umbilical cord-derived MSCs", "CELL_TYPE", "cell:msc_ev") in got
    assert got.count(("UC-MSCs", "CELL_TYPE", "cell:uc_msc")) == 2
    # a short form of the product itself stays the product
    assert ("hUC-MSC-Exos", "CELL_TYPE", "cell:msc_ev") in ents(nlp(
        "Exosomes derived from hUC-MSCs (hUC-MSC-Exos) were given. hUC-MSC-Exos reduced gliosis."))


def test_source_specific_long_form_wins_only_where_defined(nlp):
    doc = nlp("Bone marrow mesenchymal stromal cells (MSCs) were expanded. MSCs secreted GDNF.")
    assert {(e.text, e._.concept_id) for e in doc.ents if e.label_ == "CELL_TYPE"} == {
        ("Bone marrow mesenchymal stromal cells", "cell:bm_msc"), ("MSCs", "cell:bm_msc")}
    doc = nlp("MSCs secreted GDNF in culture.")
    assert ("MSCs", "CELL_TYPE", "cell:msc") in ents(doc)


def test_factor_long_form_and_symbol_are_two_mentions(nlp):
    got = ents(nlp("Glial cell line-derived neurotrophic factor (GDNF) and brain-derived neurotrophic factor "
                   "acts on motor neurons; NT-3 and neurotrophic factors (NTFs) were measured."))
    assert ("Glial cell line-derived neurotrophic factor", "NEUROTROPHIC_FACTOR", "factor:GDNF") in got
    assert ("GDNF", "NEUROTROPHIC_FACTOR", "factor:GDNF") in got
    assert ("brain-derived neurotrophic factor", "NEUROTROPHIC_FACTOR", "factor:BDNF") in got
    assert ("NT-3", "NEUROTROPHIC_FACTOR", "factor:NTF3") in got
    assert ("NTFs", "NEUROTROPHIC_FACTOR", "factor:ntf") in got
    assert ("motor neurons", "CELL_TYPE", "cell:motor_neuron") in got


@pytest.mark.parametrize("text,span,concept", [
    ("We grafted human umbilical cord Wharton's jelly-derived mesenchymal stromal cells into rats.",
     "human umbilical cord Wharton's jelly-derived mesenchymal stromal cells", "cell:wj_msc"),
    ("Rats received bone marrow-derived MSCs by tail vein.", "bone marrow-derived MSCs", "cell:bm_msc"),
    ("Adipose tissue-derived mesenchymal stem cells were injected.", "Adipose tissue-derived mesenchymal stem cells",
     "cell:ad_msc"),
    ("MSC-derived exosomes reduced gliosis.", "MSC-derived exosomes", "cell:msc_ev"),
    ("Exosomes from bone marrow MSCs were given.", "Exosomes from bone marrow MSCs", "cell:msc_ev"),
    ("Patients received MSC-NTF cells (NurOwn) twice.", "MSC-NTF cells", "cell:msc_ntf"),
    ("Neural progenitor cells were transplanted.", "Neural progenitor cells", "cell:nsc"),
    # a short form between the cells and their product; a species letter before a glued short form
    ("Adipose-derived stem cell (ASC) exosomes were given.", "Adipose-derived stem cell (ASC) exosomes",
     "cell:msc_ev"),
    ("Rats received hNPC-GDNF grafts.", "hNPC-GDNF", "cell:nsc"),
    ("ADSC-Exos reduced gliosis.", "ADSC-Exos", "cell:msc_ev"),   # an MSC product's short form, glued
    ("MSC-derived GDNF protected motor neurons.", "MSC-derived", "cell:msc"),   # SPEC's `MSC-derived GDNF`
    ("Th1 cells fell after the grafts.", "Th1 cells", "cell:t_cell"),   # T-cell subsets are T cells
    ("Cytotoxic T lymphocytes were depleted.", "Cytotoxic T lymphocytes", "cell:t_cell"),
    ("Bone marrow MSC (BMSC)-derived exosomes were given.", "Bone marrow MSC (BMSC)-derived exosomes", "cell:msc_ev"),
    ("NI-MSC-CM promoted neurite outgrowth.", "NI-MSC-CM", "cell:msc_ev"),
    # conditioned medium and exosomes glued to the cells' short form
    ("BMSC-conditioned medium protected motor neurons.", "BMSC-conditioned medium", "cell:msc_ev"),
    ("hUC-MSC-conditioned media were injected.", "hUC-MSC-conditioned media", "cell:msc_ev"),
    ("MSC-Ex reduced gliosis.", "MSC-Ex", "cell:msc_ev"),
    ("hucMSC-Ex were injected.", "hucMSC-Ex", "cell:msc_ev"),
    ("Mice received MSCs-Ngn1 before onset.", "MSCs-Ngn1", "cell:msc"),   # a transgene glued to the cells
    # a negated modifier names the plain cells (a control), a real one stays in the name
    ("Rats received non-modified MSCs.", "MSCs", "cell:msc"),
    ("Rats received GDNF-modified MSCs.", "GDNF-modified MSCs", "cell:msc"),
    ("Patients received MSCs induced to secrete neurotrophic factors.",
     "MSCs induced to secrete neurotrophic factors", "cell:msc_ntf"),
    # sources written without the possessive, with their own short form, or as a plain tissue
    ("We grafted human Wharton jelly stem cells.", "human Wharton jelly stem cells", "cell:wj_msc"),
    ("WJ stem cells were given.", "WJ stem cells", "cell:wj_msc"),
    ("Mesenchymal precursor cells were given.", "Mesenchymal precursor cells", "cell:msc"),
    ("Fat-derived stem cells were given.", "Fat-derived stem cells", "cell:ad_msc"),
    ("Amnion-derived stem cells were given.", "Amnion-derived stem cells", "cell:pl_msc"),
    # a culture condition before the parent cells stays inside the vesicles' name (not a second subject)
    ("Exosomes derived from hypoxia-preconditioned MSCs were given.",
     "Exosomes derived from hypoxia-preconditioned MSCs", "cell:msc_ev"),
    ("Exosomes from preconditioned bone marrow MSCs were given.",
     "Exosomes from preconditioned bone marrow MSCs", "cell:msc_ev"),
    ("Hypoxia-preconditioned MSCs were transplanted.", "Hypoxia-preconditioned MSCs", "cell:msc"),
])
def test_compositional_cell_names(nlp, text, span, concept):
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, label, concept", [
    ("MSCs reduced forelimb asymmetry.", "forelimb asymmetry", "OUTCOME", "outcome:motor_function"),
    ("Tremors and bradykinesia improved.", "Tremors", "OUTCOME", "outcome:motor_function"),
    ("Patients with essential tremor were excluded.", "essential tremor", "DISEASE", "disease:other"),
])
def test_parkinsonian_motor_signs(nlp, text, span, label, concept):
    assert (span, label, concept) in ents(nlp(text))


def test_glued_factor_inside_a_cell_name_is_a_mention_too(nlp):
    doc = nlp("GDNF-secreting MSCs were delivered intramuscularly.")
    doc._.pmid = "1"
    assert ("GDNF-secreting MSCs", "CELL_TYPE", "cell:msc") in ents(doc)
    rows = entity_rows(doc, "test")
    assert any(r["label"] == "NEUROTROPHIC_FACTOR" and r["concept_id"] == "factor:GDNF" for r in rows)
    assert ("intramuscularly", "ROUTE", "route:intramuscular") in ents(doc)


@pytest.mark.parametrize("text, span, concept, factor", [
    ("GDNF-secreting human neural progenitor cells were grafted into the cord.",
     "GDNF-secreting human neural progenitor cells", "cell:nsc", "factor:GDNF"),
    ("VEGF-overexpressing rat MSCs were grafted into the cord.", "VEGF-overexpressing rat MSCs", "cell:msc",
     "factor:VEGFA"),
])
def test_a_species_between_the_engineered_factor_and_the_cells_stays_in_the_name(nlp, text, span, concept, factor):
    doc = nlp(text)
    doc._.pmid = "1"
    assert (span, "CELL_TYPE", concept) in ents(doc)
    assert any(r["label"] == "NEUROTROPHIC_FACTOR" and r["concept_id"] == factor for r in entity_rows(doc, "test"))


@pytest.mark.parametrize("text, factor_text, factor", [
    ("BDNF-hypersecreting MSCs were injected into the lesion.", "BDNF", "factor:BDNF"),
    ("GDNF-overexpressing NSCs were grafted into the cord.", "GDNF", "factor:GDNF"),
    # the factor spelled out, its last word glued to the participle: the whole name is the factor
    ("Glial cell line-derived neurotrophic factor-overexpressing human neural stem cells were grafted.",
     "Glial cell line-derived neurotrophic factor", "factor:GDNF"),
    ("Ciliary neurotrophic factor-secreting NSCs were grafted into the striatum.",
     "Ciliary neurotrophic factor", "factor:CNTF"),
])
def test_a_factor_glued_inside_a_cell_name_is_the_factors_name_alone(nlp, text, factor_text, factor):
    doc = nlp(text)
    doc._.pmid = "1"
    rows = [(r["text"], r["concept_id"]) for r in entity_rows(doc, "test") if r["label"] == "NEUROTROPHIC_FACTOR"]
    assert rows == [(factor_text, factor)]
    cells = [r["text"] for r in entity_rows(doc, "test") if r["label"] == "CELL_TYPE"]
    assert len(cells) == 1 and cells[0].startswith(text.split()[0])


@pytest.mark.parametrize("text, span", [
    ("Seeded conduits were used to bridge a 15-mm sciatic nerve defect in rabbits.", "sciatic nerve defect"),
    ("Repair of long nerve defects remains a clinical challenge.", "nerve defects"),
])
def test_a_nerve_defect_is_a_disease(nlp, text, span):
    assert (span, "DISEASE", "disease:other") in ents(nlp(text))


def test_outcomes_and_nested_cells(nlp):
    doc = nlp("Treatment delayed disease onset, reduced motor neuron loss and microgliosis, improved grip strength "
              "and prolonged survival without serious adverse events.")
    doc._.pmid = "2"
    got = ents(doc)
    for text, concept in [("disease onset", "outcome:disease_onset"), ("motor neuron loss", "outcome:motor_neuron_survival"),
                          ("microgliosis", "outcome:inflammation"), ("grip strength", "outcome:muscle_strength"),
                          ("survival", "outcome:survival"), ("serious adverse events", "outcome:safety")]:
        assert (text, "OUTCOME", concept) in got
    rows = entity_rows(doc, "test")
    # the singular modifier of a motor-neuron end point is no cell mention of its own (the gold
    # lists none); the cells named inside `loss of motor neurons` are
    assert not any(r["label"] == "CELL_TYPE" for r in rows)   # nor the `neuron` inside it
    doc = nlp("Treatment slowed the loss of motor neurons.")
    doc._.pmid = "3"
    rows = entity_rows(doc, "test")
    assert any(r["text"] == "motor neurons" and r["concept_id"] == "cell:motor_neuron" for r in rows)
    assert any(r["text"] == "loss of motor neurons" and r["concept_id"] == "outcome:motor_neuron_survival" for r in rows)
    # a time point is not an end point
    assert not [e for e in nlp("Cells were given after disease onset.").ents if e.label_ == "OUTCOME"]


def test_routes_spans_exclude_doses(nlp):
    got = ents(nlp("Cells (1 x 10^6 cells/kg) were given by lumbar puncture, then intravenously and into the "
                   "lumbar spinal cord; controls got i.v. saline."))
    assert ("lumbar puncture", "ROUTE", "route:intrathecal") in got
    assert ("intravenously", "ROUTE", "route:intravenous") in got
    assert ("into the lumbar spinal cord", "ROUTE", "route:intraspinal") in got
    assert ("i.v.", "ROUTE", "route:intravenous") in got


def test_a_source_split_by_its_short_form_still_names_the_cells(nlp):
    got = ents(nlp("Human umbilical cord (hUC) mesenchymal stem cells and cord blood (CB) mononuclear cells were given."))
    assert ("Human umbilical cord (hUC) mesenchymal stem cells", "CELL_TYPE", "cell:uc_msc") in got
    assert ("cord blood (CB) mononuclear cells", "CELL_TYPE", "cell:other") in got
    got = ents(nlp("The loss of dopaminergic (DA) neurons was slowed."))    # no source: the name stays as it was
    assert "dopaminergic (DA) neurons" not in {t for t, _, _ in got}


def test_a_fluid_level_names_what_was_measured(nlp):
    got = ents(nlp("The grafts lowered CSF levels of IL-6 but not serum levels."))
    assert ("CSF levels of IL-6", "OUTCOME", "outcome:inflammation") in got
    assert ("serum levels", "OUTCOME", "outcome:biomarker") in got


def test_injection_into_a_named_muscle_is_intramuscular(nlp):
    got = ents(nlp("Grafts were injected into the gastrocnemius muscle, then into the hindlimb muscles."))
    assert ("into the gastrocnemius muscle", "ROUTE", "route:intramuscular") in got
    assert ("into the hindlimb muscles", "ROUTE", "route:intramuscular") in got
    assert not [e for e in nlp("Biopsies came from the tibialis anterior muscle.").ents if e.label_ == "ROUTE"]


def test_glia_counted_by_an_activation_marker_are_inflammation(nlp):
    got = ents(nlp("Iba1-positive microglia and GFAP+ astrocytes were fewer in the grafted mice."))
    assert ("Iba1-positive microglia", "OUTCOME", "outcome:inflammation") in got
    assert ("GFAP+ astrocytes", "OUTCOME", "outcome:inflammation") in got
    # cells said to become astrocytes are cells, whatever their marker
    assert ("astrocytes", "CELL_TYPE", "cell:astrocyte") in ents(nlp("The progenitors differentiated into GFAP+ astrocytes."))


def test_diseases_of_other_organs_that_msc_reviews_list(nlp):
    got = ents(nlp("MSCs were tested in heart failure, liver cirrhosis, acute kidney injury and sepsis."))
    for name in ("heart failure", "liver cirrhosis", "acute kidney injury", "sepsis"):
        assert (name, "DISEASE", "disease:other") in got


def test_als_trial_measures(nlp):
    got = ents(nlp("The ΔFS, King's stage, handgrip and MRC megascore were recorded."))
    for text, concept in [("ΔFS", "outcome:alsfrs_r"), ("King's stage", "outcome:disease_progression"),
                          ("handgrip", "outcome:muscle_strength"), ("MRC megascore", "outcome:muscle_strength")]:
        assert (text, "OUTCOME", concept) in got


def test_baseline_characteristics_are_no_end_points(nlp):
    for text in ("Both groups were matched for age, sex, site of onset and disease duration.",
                 "The arms were matched in terms of sex, onset of symptoms (bulbar/spinal) and disease stage.",
                 "Baseline characteristics (age, disease duration, ALSFRS-R) did not differ."):
        got = ents(nlp(text))
        assert not [g for g in got if g[2] in ("outcome:disease_onset", "outcome:disease_progression",
                                                "outcome:other")], (text, got)
    # the scale named among them stays; in an animal study the same words are end points
    assert ("ALSFRS-R", "OUTCOME", "outcome:alsfrs_r") in ents(nlp(
        "Baseline characteristics (age, disease duration, ALSFRS-R) did not differ."))
    got = ents(nlp("Grafted mice had delayed disease onset and a longer disease duration."))
    assert ("disease onset", "OUTCOME", "outcome:disease_onset") in got
    assert ("disease duration", "OUTCOME", "outcome:disease_progression") in got


def test_a_route_short_form_counts_where_its_words_say_a_route(nlp):
    got = ents(nlp("The cells were administered IV, and IT injections followed."))
    assert ("IV", "ROUTE", "route:intravenous") in got and ("IT", "ROUTE", "route:intrathecal") in got
    for text in ("This phase IV study included type IV lesions.", "SC transplantation improved gait."):
        assert not [g for g in ents(nlp(text)) if g[1] == "ROUTE"], text


def test_stereotaxic_and_parenchymal_injections_follow_the_organ(nlp):
    assert ("stereotaxically", "ROUTE", "route:intracerebral") in ents(nlp("Cells were injected stereotaxically."))
    got = ents(nlp("Cells were injected intraparenchymally at L4."))
    assert ("intraparenchymally", "ROUTE", "route:intracerebral") in got
    got = ents(nlp("Cells were injected intraparenchymally into the lumbar spinal cord."))
    assert ("intraparenchymally", "ROUTE", "route:intraspinal") in got


def test_ambiguous_short_forms_count_only_where_defined(nlp):
    # `MS` undefined is no disease; `IV` beside `given by ... route` is a route (the test above)
    assert ents(nlp("It was given by IV route in MS patients.")) == [("IV", "ROUTE", "route:intravenous")]
    assert not ents(nlp("It was seen in MS patients with grade IV lesions."))
    got = ents(nlp("Multiple sclerosis (MS) patients and MS controls."))
    assert got.count(("MS", "DISEASE", "disease:other")) == 2


def test_sentences(nlp):
    doc = nlp("A title without stop\nCells were given i.v. and i.t. (e.g. in mice) vs. controls, et al. "
              "reported in Fig. 2 approx. 3.5 times more. Survival improved.\nConclusion: it works.")
    assert [s.text.strip() for s in doc.sents] == [
        "A title without stop",
        "Cells were given i.v. and i.t. (e.g. in mice) vs. controls, et al. reported in Fig. 2 approx. 3.5 times more.",
        "Survival improved.", "Conclusion: it works."]
    # a sentence may open with a symbol whose first letter is lower case
    doc = nlp("Riluzole did not extend survival. hMSCs were injected. The dose was 2.5 mg. mRNA levels rose.")
    assert [s.text.strip() for s in doc.sents] == [
        "Riluzole did not extend survival.", "hMSCs were injected.", "The dose was 2.5 mg.", "mRNA levels rose."]
    # a unit after a number ends a sentence, and so does the short form of multiple sclerosis
    doc = nlp("Cells were followed for 24 h. Rapamycin was injected. Mice died at 28 d. Patients had MS. In EAE, "
              "cells helped. Patients aged 45 y. or more took part. Ms. Jones wrote it.")
    assert [s.text.strip() for s in doc.sents] == [
        "Cells were followed for 24 h.", "Rapamycin was injected.", "Mice died at 28 d.", "Patients had MS.",
        "In EAE, cells helped.", "Patients aged 45 y. or more took part.", "Ms. Jones wrote it."]
    # ... before a symbol in lower case too, like any full stop
    assert [s.text.strip() for s in nlp("Reperfusion lasted 1 h. hBMSCs were then injected.").sents] == [
        "Reperfusion lasted 1 h.", "hBMSCs were then injected."]


def test_entity_rows_fit_the_schema_and_point_into_the_text(nlp):
    doc = nlp("Title about ALS\n" + UC)
    doc._.pmid = "123"
    rows = entity_rows(doc, "0.1.0")
    table = schema.to_table(rows, schema.ENTITIES)
    assert table.schema == schema.ENTITIES and table.num_rows == len(rows) > 5
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
        assert r["source"] in {"rule", "model", "linker", "abbreviation"} and r["pipeline_version"] == "0.1.0"
    assert rows[0]["sentence"] == 0 and rows[-1]["sentence"] == 2
    assert isinstance(pa.array([r["score"] for r in rows]), pa.Array)


def test_merge_policy():
    rule = Mention(2, 4, "CELL_TYPE", "cell:msc", "rule")
    inside = Mention(2, 3, "CELL_TYPE", None, "model")
    superset = Mention(1, 4, "CELL_TYPE", None, "model")
    elsewhere = Mention(6, 8, "OUTCOME", None, "model")
    assert merge([rule], [inside, elsewhere]) == [rule, elsewhere]
    assert merge([rule], [superset]) == [rule]
    assert merge([rule], [superset], model_supersets=True) == [superset.with_concept("cell:msc")]


def test_linker_normalises_free_mentions(nlp):
    linker = nlp.get_pipe("litmine_linker")
    got = linker.link(["human umbilical cord MSC", "brain derived neurotrophic factors", "qqqq zzzz"],
                      ["CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME"])
    assert [c for c, _ in got] == ["cell:uc_msc", "factor:BDNF", "outcome:other"]
    assert got[0][1] >= 0.6 and got[2][1] < 0.6


def test_model_proposals_are_merged_and_linked(tmp_path):
    # a stand-in `ner` (a real spaCy EntityRuler under that name) to exercise the sourcing path
    fake = spacy.blank("en")
    ruler = fake.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "CELL_TYPE", "pattern": "Kestrel cells"},
                        {"label": "OUTCOME", "pattern": [{"LOWER": "hindlimb"}, {"LOWER": "grip"}, {"LOWER": "strengths"}]}])
    fake.to_disk(tmp_path / "ner")
    nlp = build_nlp(relations=False, ner_path=tmp_path / "ner", model_labels=None)
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("litmine_entities")
    text = "Kestrel cells improved hindlimb grip strengths in ALS mice."
    # as built, a model span nothing can name (`*:other`) is dropped (README: NER ablation) ...
    assert "Kestrel cells" not in {e.text for e in nlp(text).ents}
    # ... and kept with the linker's `drop_unnamed_model` off
    nlp.get_pipe("litmine_linker").drop_unnamed_model = False
    doc = nlp(text)
    by_text = {e.text: (e.label_, e._.concept_id, e._.source) for e in doc.ents}
    assert by_text["Kestrel cells"] == ("CELL_TYPE", "cell:other", "model")
    assert by_text["hindlimb grip strengths"] == ("OUTCOME", "outcome:muscle_strength", "linker")
    assert by_text["ALS"] == ("DISEASE", "disease:als", "rule")


def test_model_by_name_keeps_its_ner_out_of_our_labels(tmp_path):
    other = spacy.blank("en")
    other.add_pipe("sentencizer")
    foreign = other.add_pipe("entity_ruler", name="ner")
    foreign.add_patterns([{"label": "ENTITY", "pattern": "patients"}])
    other.to_disk(tmp_path / "other_model")
    nlp = build_nlp(str(tmp_path / "other_model"), relations=False, ner_path=None)
    assert "model_ner" in nlp.component_names and "model_ner" in nlp.disabled
    assert "litmine_sentences" not in nlp.pipe_names        # the model's own sentencizer is used
    doc = nlp("ALS patients received MSCs intrathecally.")
    assert {e.label_ for e in doc.ents} == {"DISEASE", "CELL_TYPE", "ROUTE"}
    assert [t.text for t in nlp("They were scored with the ALSFRS-R.")][-1] == "."   # the project's suffix rule
    assert [t.text for t in nlp("MSC-treated mice")][:3] == ["MSC", "-", "treated"]   # and its infix rule


def test_save_load_pickle_and_two_processes(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    assert ents(loaded(UC)) == ents(nlp(UC))
    assert ents(pickle.loads(pickle.dumps(nlp))(UC)) == ents(nlp(UC))
    texts = [UC, "MSCs improved survival.", "", "Intravenous BM-MSCs were safe."]
    assert [ents(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)] == [ents(nlp(t)) for t in texts]



def test_value_key_is_where_spacy_keeps_span_values(nlp):
    """read_mentions, write_mentions and the relation stage read and write span values in doc.user_data under
    `value_key`: it must be the key spaCy's own `Span._` uses, or they would read defaults and write values no one
    sees."""
    from pipeline.nlp.mentions import value_key
    doc = nlp(UC)
    assert doc.ents
    for span in doc.ents:
        assert span._._get_key("concept_id") == value_key("concept_id", span.start_char, span.end_char)
        assert doc.user_data[value_key("concept_id", span.start_char, span.end_char)] == span._.concept_id
        assert span._.concept_id and span._.source

def test_saved_pipeline_loads_in_a_fresh_interpreter_by_entry_points(nlp, tmp_path, fresh_interpreter_env):
    """Someone else's `spacy.load(path)`: a fresh interpreter that never imports `pipeline` finds every litmine
    factory (the abbreviation detector included) through the package's `spacy_factories` entry points."""
    import json
    import subprocess
    import sys
    nlp.to_disk(tmp_path / "pipe")
    probe = ("import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
             "doc = nlp('Umbilical cord mesenchymal stem cells (UC-MSCs) were given intrathecally. UC-MSCs were safe.'); "
             "print(json.dumps({'pipes': nlp.pipe_names, 'ents': [(e.text, e.label_) for e in doc.ents]}))")
    res = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "pipe")], capture_output=True, text=True,
                         cwd=tmp_path, env=fresh_interpreter_env)
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["pipes"] == nlp.pipe_names
    assert [t for t, label in got["ents"] if label == "CELL_TYPE"].count("UC-MSCs") == 2   # the short form, twice

def test_every_litmine_factory_has_an_entry_point():
    """(helper EB, s26) README: all components are registered factories with entry points, so `spacy.load` of a
    saved pipeline needs no import; a factory missing from pyproject.toml breaks that for pipelines using it."""
    import importlib
    import tomllib
    from pathlib import Path

    from spacy import registry

    for module in ("pipeline.nlp.context", "pipeline.nlp.relations"):  # litmine_context: build_nlp does not add it
        importlib.import_module(module)

    ours = {name for name in registry.factories.get_all() if name.startswith("litmine_")}
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    points = pyproject["project"]["entry-points"]["spacy_factories"]
    assert ours == set(points)
    for name, target in points.items():
        module, func = target.split(":")
        assert registry.factories.get(name) is getattr(importlib.import_module(module), func)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "....", "()", "(", "x" * 50,
    "肌萎缩侧索硬化症患者接受了脐带间充质干细胞鞘内注射。",
    "Пациентам с БАС вводили мезенхимальные стволовые клетки интратекально.",
    "المرضى تلقوا الخلايا الجذعية",
    "MSCs \u200b\u200d (\ufeffUC-MSCs\u202e) 🧬🧫 were given i\u0301ntrathecally \x00\x07 to ALS \U0001F600 patients.",
    "A" + "\u0301" * 500,
    "(" * 300 + "ALS" + ")" * 300,
])
def test_bad_input_does_not_crash(nlp, text):
    doc = nlp(text)
    doc._.pmid = "x"
    for row in entity_rows(doc, "t"):
        assert text[row["start"]:row["end"]] == row["text"]


def test_very_long_text(nlp):
    sentence = "Umbilical cord MSCs (UC-MSCs) given intrathecally improved survival in ALS mice. "
    text = (sentence * 1300)[:100_000]
    doc = nlp(text)
    assert len(text) == 100_000
    assert sum(1 for e in doc.ents if e._.concept_id == "cell:uc_msc") > 1000


# --- generic shapes (names no vocabulary lists), written for these tests ---------------------------
@pytest.mark.parametrize("text,span,label,concept", [
    ("Grafted rats showed lower IL-1β levels in the cord.", "IL-1β levels", "OUTCOME", "outcome:inflammation"),
    ("We counted the number of nigral tyrosine hydroxylase neurons.", "number of nigral tyrosine hydroxylase neurons",
     "OUTCOME", "outcome:other"),
    ("The treatment reduced fibrotic scar thickness at day 28.", "fibrotic scar thickness", "OUTCOME", "outcome:other"),
    ("Exosomes enhanced synaptogenesis in the penumbra.", "synaptogenesis", "OUTCOME", "outcome:other"),
    ("Hindlimb coordination deficits eased after the graft.", "Hindlimb coordination deficits", "OUTCOME",
     "outcome:motor_function"),
    ("Cells were tested in a mouse model of autoimmune encephalomyelitis.", "autoimmune encephalomyelitis", "DISEASE",
     "disease:other"),
    ("The infusion limited optic nerve damage in the model.", "optic nerve damage", "DISEASE", "disease:other"),
    ("Co-culture with keratinocytes changed their shape.", "keratinocytes", "CELL_TYPE", "cell:other"),
    ("Grafts did not speed stroke recovery in aged rats.", "stroke recovery", "OUTCOME", "outcome:other"),
    # third pass: heads and words neither dev set showed much of, all invented here
    ("The vesicles damped humoral responses in treated mice.", "humoral responses", "OUTCOME", "outcome:other"),
    ("Treated rats had less cerebellar water content on day 3.", "cerebellar water content", "OUTCOME",
     "outcome:other"),
    ("The grafts improved bladder and bowel functions in old rats.", "bladder and bowel functions", "OUTCOME",
     "outcome:other"),
    ("Histological and radiological findings were unchanged.", "Histological and radiological findings", "OUTCOME",
     "outcome:other"),
    ("Secretome infusion promoted neuroregeneration in the lesion.", "neuroregeneration", "OUTCOME", "outcome:other"),
    ("Pups with intracranial hemorrhage received the cells.", "intracranial hemorrhage", "DISEASE", "disease:other"),
    ("Glial scarring follows brain damage in adults.", "brain damage", "DISEASE", "disease:other"),
    ("Neural stem or progenitor cells were grafted.", "Neural stem or progenitor cells", "CELL_TYPE", "cell:nsc"),
    # cytokines written out are inflammation, as their symbols are; what tissue releases is an end point
    ("Grafted rats had lower serum interleukin-6 concentrations.", "serum interleukin-6 concentrations", "OUTCOME",
     "outcome:inflammation"),
    ("Levels of tumour necrosis factor α fell in the cord.", "Levels of tumour necrosis factor α", "OUTCOME",
     "outcome:inflammation"),
    ("The medium lowered TNF-α release from microglia.", "TNF-α release", "OUTCOME", "outcome:inflammation"),
    ("The medium lowered IL-6 production by microglia.", "IL-6 production", "OUTCOME", "outcome:inflammation"),
    ("The medium lowered glutamate release in slices.", "glutamate release", "OUTCOME", "outcome:other"),
])
def test_generic_shapes(nlp, text, span, label, concept):
    assert (span, label, concept) in ents(nlp(text))


@pytest.mark.parametrize("text,absent", [
    ("The number of patients enrolled was small.", "number of patients"),
    ("Cells were given at a level of 2 million per kilogram.", "level of 2 million"),
    ("Subcutaneous fat was harvested from the abdomen.", "Subcutaneous"),
    ("Preterm pups with intraventricular hemorrhage were enrolled.", "intraventricular"),
    ("The rats were kept on systemic blood pressure monitoring.", "systemic"),
    ("The medium lowered tumor necrosis factor-α in microglia.", "tumor"),
    ("The cells raised EV production in culture.", "EV production"),
])
def test_generic_shapes_leave_look_alikes(nlp, text, absent):
    assert absent not in {t for t, _, _ in ents(nlp(text))}


def test_outcomes_that_define_a_disease_are_left_out(nlp):
    doc = nlp("Amyotrophic lateral sclerosis is a fatal disease characterized by motor neuron loss and paralysis. "
              "MSC injection reduced motor neuron loss in SOD1 mice.")
    got = [(e.text, e.label_, e.start_char) for e in doc.ents]
    losses = [s for t, l, s in got if t == "motor neuron loss" and l == "OUTCOME"]
    assert len(losses) == 1 and losses[0] > doc.text.index(". MSC")   # only the measured one
    assert ("paralysis", "OUTCOME") not in {(t, l) for t, l, _ in got}


@pytest.mark.parametrize("text, absent, kept", [
    # the disease named by its short form, defined in an earlier sentence
    ("Parkinson's disease (PD) is common. Pathologically, PD is characterized by the loss of dopaminergic "
     "neurons in the substantia nigra.", "loss of dopaminergic neurons", ("PD", "DISEASE")),
    ("Huntington's disease (HD) is rare. HD is caused by a CAG expansion and leads to the loss of striatal "
     "neurons.", "loss of striatal neurons", ("HD", "DISEASE")),
    # `results from`: what the disease comes from defines it too
    ("Parkinson's disease results from the loss of dopaminergic neurons in the substantia nigra.",
     "loss of dopaminergic neurons", ("Parkinson's disease", "DISEASE")),
    # how common a disease is: no end point, the disease stays a mention
    ("Alzheimer's disease (AD) affects the elderly. Because of the high incidence of AD, new strategies are "
     "needed.", "incidence of AD", ("AD", "DISEASE")),
    ("Multiple sclerosis (MS) is an autoimmune disease. The prevalence of MS is rising in young women.",
     "prevalence of MS", ("MS", "DISEASE")),
])
def test_outcomes_that_define_a_disease_by_short_form_are_left_out(nlp, text, absent, kept):
    got = ents(nlp(text))
    assert absent not in {t for t, _, _ in got}, got
    assert kept in {(t, l) for t, l, _ in got}, got


def test_incidence_of_tumours_stays_a_safety_end_point(nlp):
    got = ents(nlp("MSCs did not increase the incidence of tumors in transplanted mice."))
    assert any(l == "OUTCOME" or c == "outcome:safety" for t, l, c in got if "tumor" in t), got


@pytest.mark.parametrize("text", [
    "Twenty rats grafted with the cells were used for survival and differentiation studies.",
    "Hypoxic preconditioning improved the survival and proliferation of MSCs.",
    "Proliferation and survival were measured in culture.",
])
def test_survival_beside_what_only_cells_do_is_the_cells(nlp, text):
    got = ents(nlp(text))
    assert [g for g in got if g[0] == "survival"] == [("survival", "OUTCOME", "outcome:other")], got


def test_sentence_decides_biomarker_innervation_and_graft_survival(nlp):
    got = ents(nlp("Neurofilament light rose in the serum of treated patients. "
                   "Neurofilament staining of the dorsal horn was denser."))
    assert ("Neurofilament light", "OUTCOME", "outcome:biomarker") in got
    assert ("Neurofilament", "OUTCOME", "outcome:other") in got
    # the fluid forms are biomarkers even where the sentence names no fluid (SPEC's example)
    got = ents(nlp("MSC-NTF cells lowered NfL and pNfH over 24 weeks."))
    assert {("NfL", "outcome:biomarker"), ("pNfH", "outcome:biomarker")} <= {(t, c) for t, _, c in got}
    # at the end of a sentence too: scispaCy keeps the period on a mixed-case symbol, the suffix rule splits it
    doc = nlp("MSC treatment reduced CSF NfL. Survival was longer.")
    assert ("NfL", "OUTCOME", "outcome:biomarker") in ents(doc)
    assert [s.text for s in doc.sents] == ["MSC treatment reduced CSF NfL.", "Survival was longer."]
    got = ents(nlp("Transplanted MSCs showed poor survival in the host cord."))
    assert ("survival", "OUTCOME", "outcome:other") in got
    got = ents(nlp("MSC treatment prolonged survival of SOD1 mice."))
    assert any(c == "outcome:survival" for _, l, c in got if l == "OUTCOME")
    got = ents(nlp("Grafted BMSC survival was higher with hypoxic preconditioning."))
    assert ("BMSC survival", "OUTCOME", "outcome:other") in got


def test_progression_tied_to_the_alsfrs_is_the_scale(nlp):
    got = ents(nlp("The rate of disease progression measured by the ALSFRS-R slowed. "
                   "Disease progression was faster in bulbar patients."))
    assert ("rate of disease progression", "OUTCOME", "outcome:alsfrs_r") in got
    assert ("Disease progression", "OUTCOME", "outcome:disease_progression") in got


def test_eligibility_time_points_are_not_outcomes(nlp):
    got = ents(nlp("Patients with an onset of symptoms within 24 months were enrolled."))
    assert not [t for t, l, _ in got if l == "OUTCOME"]


def test_short_forms_in_parentheses_the_detector_misses(nlp):
    doc = nlp("We grafted cells derived from human exfoliated deciduous teeth and Wharton's jelly MSCs (hWJ-MSCs). "
              "The hWJ-MSCs survived. Umbilical cord-derived MSCs (huMSCs) were compared; huMSCs were safe.")
    got = ents(doc)
    assert got.count(("hWJ-MSCs", "CELL_TYPE", "cell:wj_msc")) == 2
    assert got.count(("huMSCs", "CELL_TYPE", "cell:uc_msc")) == 2


def test_glued_cell_short_forms_and_hyphenated_modifiers(nlp):
    got = ents(nlp("NT3-MSC grafts and OM-MSCs were compared with Neurotrophin-3-over-expressing MSCs."))
    assert ("NT3-MSC", "CELL_TYPE", "cell:msc") in got
    assert ("OM-MSCs", "CELL_TYPE", "cell:msc") in got
    got = ents(nlp("Grafted NSCs/NPCs and MSCs/GDNF were compared; the ALS/riluzole group was not."))
    assert ("NSCs/NPCs", "CELL_TYPE", "cell:nsc") in got and ("MSCs/GDNF", "CELL_TYPE", "cell:msc") in got
    assert ("ALS/riluzole", "DISEASE", "disease:als") in got
    rows = entity_rows(nlp("Neurotrophin-3-over-expressing MSCs were grafted."), "t")
    assert any(r["label"] == "NEUROTROPHIC_FACTOR" and r["concept_id"] == "factor:NTF3" for r in rows)


def test_synonyms_from_ontologies(nlp):
    got = ents(nlp("Human marrow stromal cells were given by lumbar tapping; liatermin was infused intraputaminally "
                   "and intraputamenal delivery was tolerated in Parkinson′s disease."))
    assert ("Human marrow stromal cells", "CELL_TYPE", "cell:bm_msc") in got or \
        ("marrow stromal cells", "CELL_TYPE", "cell:bm_msc") in got
    assert ("lumbar tapping", "ROUTE", "route:intrathecal") in got
    assert ("liatermin", "NEUROTROPHIC_FACTOR", "factor:GDNF") in got
    assert ("intraputamenal", "ROUTE", "route:intracerebral") in got
    assert ("Parkinson′s disease", "DISEASE", "disease:other") in got


@pytest.mark.parametrize("name, concept", [
    ("Myotrophin", "factor:IGF1"), ("somatomedin C", "factor:IGF1"), ("PEG-IGF-I", "factor:IGF1"),
    ("rhIGF-I", "factor:IGF1"), ("Ad-GDNF", "factor:GDNF"), ("VEGF164", "factor:VEGFA"), ("rhVEGF165", "factor:VEGFA"),
    ("mNGF", "factor:NGF"),
])
def test_drug_and_vector_names_of_factors(nlp, name, concept):
    assert (name, "NEUROTROPHIC_FACTOR", concept) in ents(nlp(f"Rats received {name} for six weeks."))


@pytest.mark.parametrize("text, span", [
    ("Motor-evoked potentials were unchanged after the grafts.", "Motor-evoked potentials"),
    ("Central motor conduction time did not change after the grafts.", "Central motor conduction time"),
    ("The split-hand index improved after the grafts.", "split-hand index"),
    ("Needle studies showed fewer fibrillation potentials after the grafts.", "fibrillation potentials"),
])
def test_clinical_electrophysiology_is_neuromuscular(nlp, text, span):
    assert (span, "OUTCOME", "outcome:neuromuscular") in ents(nlp(text))


def test_the_medical_research_council_sum_score_is_strength(nlp):
    assert ("Medical Research Council sum score", "OUTCOME", "outcome:muscle_strength") in ents(
        nlp("Outcome measures included the Medical Research Council sum score and grip strength."))


@pytest.mark.parametrize("text, concept", [
    ("The medium protected motor neurons against mutant SOD1 toxicity.", "outcome:other"),
    ("The grafts reduced glutamate toxicity in culture.", "outcome:other"),
    ("The vesicles attenuated the toxicity of ALS astrocytes.", "outcome:other"),
    ("The grafts showed no toxicity in treated mice.", "outcome:safety"),
])
def test_the_toxicity_of_an_insult_is_no_safety_end_point(nlp, text, concept):
    assert ("toxicity", "OUTCOME", concept) in ents(nlp(text))


def test_motor_neuron_viability_is_their_survival(nlp):
    assert ("motor neuron viability", "OUTCOME", "outcome:motor_neuron_survival") in ents(
        nlp("The medium raised motor neuron viability in culture."))


def test_cell_shapes_and_factor_names_that_start_like_cells(nlp):
    got = ents(nlp("Multipotent cells and dopaminergic cells were counted; glial cell line-derived neurotrophic factor "
                   "and granulocyte colony stimulating factor were added."))
    assert ("Multipotent cells", "CELL_TYPE", "cell:other") in got
    assert ("dopaminergic cells", "CELL_TYPE", "cell:neuron") in got
    assert ("glial cell line-derived neurotrophic factor", "NEUROTROPHIC_FACTOR", "factor:GDNF") in got
    assert not [t for t, l, _ in got if l == "CELL_TYPE" and t.lower() in ("glial cell", "granulocyte")]


def test_ambiguous_short_forms_count_where_the_long_form_is_named(nlp):
    got = ents(nlp("Cell therapy in Parkinson disease. Twelve PD patients received grafts; MS was not studied."))
    assert ("PD", "DISEASE", "disease:other") in got
    assert "MS" not in {t for t, _, _ in got}   # multiple sclerosis is never named here


def test_model_labels_choose_which_model_spans_fill_gaps(tmp_path):
    fake = spacy.blank("en")
    ruler = fake.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "CELL_TYPE", "pattern": "Kestrel cells"}, {"label": "DISEASE", "pattern": "amyotrophic laterel sclerosys"}])
    fake.to_disk(tmp_path / "ner")
    text = "Kestrel cells were given in amyotrophic laterel sclerosys."
    only_disease = build_nlp(relations=False, ner_path=tmp_path / "ner", model_labels=["DISEASE"])
    got = {(t, l) for t, l, _ in ents(only_disease(text))}
    assert ("amyotrophic laterel sclerosys", "DISEASE") in got and ("Kestrel cells", "CELL_TYPE") not in got
    default = build_nlp(relations=False, ner_path=tmp_path / "ner")   # DEFAULT_MODEL_LABELS: none, model not run
    assert "ner" not in default.pipe_names
    with pytest.raises(ValueError, match="CELLS"):
        build_nlp(relations=False, ner_path=tmp_path / "ner", model_labels=["CELLS"])


def test_tissue_source_after_the_cells_makes_the_concept_specific(nlp):
    got = ents(nlp("MSCs derived from human bone marrow were compared with MSCs isolated from adipose tissue "
                   "and with MSCs from the umbilical cord; MSCs in culture stayed generic."))
    assert ("MSCs derived from human bone marrow", "CELL_TYPE", "cell:bm_msc") in got
    assert ("MSCs isolated from adipose tissue", "CELL_TYPE", "cell:ad_msc") in got
    assert ("MSCs from the umbilical cord", "CELL_TYPE", "cell:uc_msc") in got
    assert ("MSCs", "CELL_TYPE", "cell:msc") in got
    assert ("MSCs derived from patients", "CELL_TYPE", "cell:msc") not in ents(nlp("MSCs derived from patients grew."))


def test_coordinated_end_points_are_two_mentions(nlp):
    got = ents(nlp("The trial assessed the feasibility and safety of intrathecal cells."))
    assert ("safety", "OUTCOME", "outcome:safety") in got
    assert ("feasibility", "OUTCOME", "outcome:other") in got


def test_disease_word_shapes_and_their_look_alikes(nlp):
    got = ents(nlp("Rats with neurofibromatosis or a medulloblastoma received the graft."))
    assert ("neurofibromatosis", "DISEASE", "disease:other") in got
    assert ("medulloblastoma", "DISEASE", "disease:other") in got
    got = ents(nlp("The graft limited anti-apoptosis signals, phagocytosis and stroma growth at several doses."))
    assert not [t for t, label, _ in got if label == "DISEASE"]


def test_a_short_form_counts_in_both_numbers(nlp):
    got = ents(nlp("Exosomes act in many chronic demyelinating disorders (CDDs). The commonest CDD starts early. "
                   "Olfactory ensheathing cells (OEC) were grafted; OECs survived."))
    assert ("CDD", "DISEASE", "disease:other") in got and ("CDDs", "DISEASE", "disease:other") in got
    assert ("OECs", "CELL_TYPE", "cell:other") in got


def test_astrocytosis_treadmill_and_redox_name_their_end_points(nlp):
    got = ents(nlp("UC-MSCs reduced reactive astrocytosis and improved treadmill performance in SOD1 mice."))
    assert ("reactive astrocytosis", "OUTCOME", "outcome:inflammation") in got
    assert ("treadmill performance", "OUTCOME", "outcome:motor_function") in got
    got = ents(nlp("BMMSC-IGF1 restored redox homeostasis and lowered nitrotyrosine."))
    assert {("redox homeostasis", "outcome:oxidative_stress"), ("nitrotyrosine", "outcome:oxidative_stress")} \
        <= {(t, c) for t, _, c in got}


def test_a_kind_modifier_shares_the_coordinated_head(nlp):
    got = ents(nlp("Marrow stromal cells significantly reduced motor and neurological deficits."))
    assert ("motor and neurological deficits", "OUTCOME", "outcome:motor_function") in got
    got = ents(nlp("Intranasal MSC treatment for neonatal brain damage: long-term sensorimotor improvement"))
    assert ("sensorimotor improvement", "OUTCOME", "outcome:motor_function") in got
    got = ents(nlp("The cells improved sensory and motor function."))   # the head is already named
    assert ("motor function", "OUTCOME", "outcome:motor_function") in got
    got = ents(nlp("The grafts eased motor and nonmotor symptoms of the patients."))   # `non-` names a kind too
    assert ("motor and nonmotor symptoms", "OUTCOME", "outcome:motor_function") in got


def test_a_hyphenated_name_ending_a_sentence_keeps_its_period_apart(nlp):
    # scispaCy glues the period to `-R` as to an initial: the scale would be lost with the sentence end
    doc = nlp("Patients were followed with the ALSFRS-R. The cells were given twice.")
    assert ("ALSFRS-R", "OUTCOME", "outcome:alsfrs_r") in ents(doc)
    assert [s.text for s in doc.sents] == ["Patients were followed with the ALSFRS-R.", "The cells were given twice."]
    assert [t.text for t in nlp("Dr. J. Smith gave e.g. two doses i.v. to them.")][:3] == ["Dr.", "J.", "Smith"]


def test_a_trademark_sign_is_no_part_of_the_name(nlp):
    doc = nlp("Patients received NurOwn® twice; Remestemcel-L™ was not given.")
    assert ("NurOwn", "CELL_TYPE", "cell:msc_ntf") in ents(doc)
    assert [t.text for t in doc][2:4] == ["NurOwn", "®"]


def test_cells_glued_to_what_was_done_with_them_are_mentions(nlp):
    # `MSC-treated mice`: scispaCy keeps the compound whole; the project's infix rule frees the cells
    got = ents(nlp("Motor function improved in hBMSC-transplanted rats but not in saline-injected rats."))
    assert ("hBMSC", "CELL_TYPE", "cell:bm_msc") in got
    # a cell glued to `-treated` before a cell name is a modifier of that cell, as before ...
    assert ("LPS-treated MSCs", "CELL_TYPE", "cell:msc") in ents(nlp("LPS-treated MSCs released more IL-10."))
    # ... unless the first part names cells itself: neurons the MSCs were given to
    got = ents(nlp("MSC-treated neurons survived longer."))
    assert ("MSC", "CELL_TYPE", "cell:msc") in got and ("neurons", "CELL_TYPE", "cell:neuron") in got
    assert [t.text for t in nlp("GDNF-secreting MSCs")][0] == "GDNF-secreting"   # a cell's own modifier stays whole


def test_a_short_form_defined_before_a_glued_participle_is_a_mention(nlp):
    # scispaCy keeps `(ASC)-based` whole (its parenthesis rule is for `(S)-ketamine`): no short form,
    # so every later `ASCs` was lost
    got = ents(nlp("Adipose-derived stem cell (ASC)-based therapy is promising. ASCs were injected."))
    assert ("ASC", "CELL_TYPE", "cell:ad_msc") in got and ("ASCs", "CELL_TYPE", "cell:ad_msc") in got
    got = ents(nlp("Brain-derived neurotrophic factor (BDNF)-overexpressing MSCs were grafted."))
    assert ("BDNF", "NEUROTROPHIC_FACTOR", "factor:BDNF") in got
    assert not [e for e in got if e[1] == "CELL_TYPE" and "BDNF" in e[0]], got
    # a source read with its `-derived` stays one name; a one-letter stereo prefix stays glued
    assert ("bone marrow (BM)-derived mesenchymal stem cells", "CELL_TYPE", "cell:bm_msc") in ents(
        nlp("We used bone marrow (BM)-derived mesenchymal stem cells."))
    assert [t.text for t in nlp("(S)-ketamine was given.")][0] == "(S)-ketamine"


@pytest.mark.parametrize("text, concept", [
    ("Mesenchymal stromal/stem cells were injected.", "cell:msc"),
    ("Umbilical cord-derived mesenchymal stromal/stem cells were injected.", "cell:uc_msc"),
    ("Neural stem/precursor cells were injected.", "cell:nsc"),
    ("Neural progenitor/stem cells were injected.", "cell:nsc"),
    ("Neural stem and progenitor cells were injected.", "cell:nsc"),
])
def test_the_order_of_stem_stromal_progenitor_in_a_name_does_not_matter(nlp, text, concept):
    assert (text.rsplit(" were", 1)[0], "CELL_TYPE", concept) in ents(nlp(text))


def test_sources_and_slashes_in_cell_and_disease_names(nlp):
    assert ("MSCs derived from Wharton's jelly", "CELL_TYPE", "cell:wj_msc") in ents(nlp(
        "MSCs derived from Wharton's jelly were injected."))
    got = ents(nlp("Cord blood mononuclear cells (CB-MNCs) and mononuclear cells from umbilical cord blood were given."))
    assert not any(concept == "cell:bm_mnc" for _, _, concept in got), got
    assert ("Bone marrow mononuclear cells", "CELL_TYPE", "cell:bm_mnc") in ents(nlp("Bone marrow mononuclear cells were given."))
    got = ents(nlp("Patients with amyotrophic lateral sclerosis/motor neuron disease (ALS/MND) were enrolled."))
    assert ("motor neuron disease", "DISEASE", "disease:als") in got and not any(l == "CELL_TYPE" for _, l, _ in got)
    assert ("neural stem/progenitor cells", "CELL_TYPE", "cell:nsc") in ents(nlp("We grafted neural stem/progenitor cells."))
    assert not any(l == "DISEASE" for _, l, _ in ents(nlp("BDNF protected the neurons from oxidative injury.")))


def test_a_receptor_named_for_its_factor_is_no_factor_mention(nlp):
    assert not any(label == "NEUROTROPHIC_FACTOR" for _, label, _ in ents(nlp("Motor neurons express VEGF receptor 2.")))
    assert not ents(nlp("The cells expressed S100 and the p75 neurotrophin receptor."))
    assert ("VEGF", "NEUROTROPHIC_FACTOR", "factor:VEGFA") in ents(nlp("VEGF protected the motor neurons."))


def test_a_defined_factor_short_form_before_receptor_names_no_factor(nlp):
    """(helper EE, s26) The short form's other occurrences are labelled by the abbreviation layer, which must
    leave a receptor named for the factor (`VEGF receptor 2`) and the receptor's own short form (`IGF-1R`)."""
    doc = nlp("Growth factors in hypoxia\nVascular endothelial growth factor (VEGF) raised capillary density. "
              "Knockdown of VEGF receptor 2 lowered endothelial proliferation. Insulin-like growth factor-1 (IGF-1) "
              "was added to the medium. The IGF-1 receptor (IGF-1R) was silenced, and IGF-1R overexpression raised "
              "cell viability.")
    factors = [(e.text, e.start_char) for e in doc.ents if e.label_ == "NEUROTROPHIC_FACTOR"]
    texts = [t for t, _ in factors]
    assert texts.count("VEGF") == 1 and texts.count("IGF-1") == 1 and "IGF-1R" not in texts, factors
    assert ("VEGF", doc.text.index("(VEGF") + 1) in factors


def test_a_vector_glued_to_its_factor_leaves_the_factor_a_mention(nlp):
    assert [t.text for t in nlp("AAV9-GDNF was injected.")][:3] == ["AAV9", "-", "GDNF"]
    assert ("GDNF", "NEUROTROPHIC_FACTOR", "factor:GDNF") in ents(nlp("Intramuscular rAAV2-GDNF was injected."))
    assert ("IGF-1", "NEUROTROPHIC_FACTOR", "factor:IGF1") in ents(nlp("LV-IGF-1 was injected."))
    assert [t.text for t in nlp("AAV-delivered genes")][0] == "AAV-delivered"   # no factor after it


def test_an_en_dash_joins_a_compound_like_a_hyphen(nlp):
    # AMA style: `umbilical cord–derived`; the text keeps its en dash, the concept is the hyphenated name's
    assert ents(nlp("Umbilical cord–derived mesenchymal stem cells were given.")) == [
        ("Umbilical cord–derived mesenchymal stem cells", "CELL_TYPE", "cell:uc_msc")]
    assert ("WHARTON’S JELLY–DERIVED MESENCHYMAL STEM CELLS", "CELL_TYPE", "cell:wj_msc") in ents(
        nlp("RECOVERY AFTER WHARTON’S JELLY–DERIVED MESENCHYMAL STEM CELLS"))
    doc = nlp("Patients aged 20–70 years received bone marrow–derived MSCs.")
    assert "marrow–derived" in [t.text for t in doc] and "20–70" in [t.text for t in doc]
    assert ("bone marrow–derived MSCs", "CELL_TYPE", "cell:bm_msc") in ents(doc)


@pytest.mark.parametrize("text, span, concept", [
    ("MSC-based therapy was safe in ALS patients.", "MSC", "cell:msc"),
    ("UC-MSC-based therapy improved ALSFRS-R scores.", "UC-MSC", "cell:uc_msc"),
    ("MSC-mediated neuroprotection was seen in the cord.", "MSC", "cell:msc"),
])
def test_cells_named_as_what_a_therapy_rests_on(nlp, text, span, concept):
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("Bone marrow (BM)-derived MSCs were given.", "Bone marrow (BM)-derived MSCs", "cell:bm_msc"),
    ("Human umbilical cord (hUC)-derived mesenchymal stem cells were given.",
     "Human umbilical cord (hUC)-derived mesenchymal stem cells", "cell:uc_msc"),
    ("Adipose tissue (AT)-derived MSCs were given.", "Adipose tissue (AT)-derived MSCs", "cell:ad_msc"),
])
def test_a_source_with_its_short_form_glued_to_the_cells(nlp, text, span, concept):
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


def test_how_a_review_rates_studies_is_no_end_point(nlp):
    got = ents(nlp("Study quality was rated with the Newcastle-Ottawa Scale and the GRADE assessment; "
                   "heterogeneity was moderate. The grafts improved the modified Frankel grade and quality of life."))
    outcomes = {t for t, label, _ in got if label == "OUTCOME"}
    assert not outcomes & {"Study quality", "Newcastle-Ottawa Scale", "GRADE assessment", "heterogeneity"}
    assert {"modified Frankel grade", "quality of life"} <= outcomes


def test_a_generic_stem_cell_based_therapy_names_no_cell(nlp):
    assert not [e for e in ents(nlp("Stem cell-based therapy is a hope for ALS.")) if e[1] == "CELL_TYPE"]


@pytest.mark.parametrize("text, concept", [
    ("NPCs were injected into the anterior horns of the lumbar cord.", "route:intraspinal"),
    ("NSCs were grafted into the ventral horn.", "route:intraspinal"),
    ("MSCs were transplanted into the lumbar enlargement.", "route:intraspinal"),
    ("MSCs were transplanted into the cervical cord.", "route:intraspinal"),
    ("MSCs were injected into the right lateral ventricle.", "route:intracerebroventricular"),
    ("MSCs were delivered via an Ommaya reservoir.", "route:intracerebroventricular"),
    ("MSCs were infused through a peripheral vein.", "route:intravenous"),
    ("MSCs were injected via the internal carotid artery.", "route:intraarterial"),
    ("MSCs were injected into the lumbar cistern.", "route:intrathecal"),
])
def test_sites_cells_are_given_into(nlp, text, concept):
    assert concept in {c for _, label, c in ents(nlp(text)) if label == "ROUTE"}


def test_the_carotid_artery_of_a_stroke_model_is_no_route(nlp):
    assert not [e for e in ents(nlp("Mice were subjected to unilateral carotid artery occlusion.")) if e[1] == "ROUTE"]


def test_an_intraparenchymal_graft_in_a_study_of_the_cord_is_intraspinal(nlp):
    doc = nlp("NPCs were transplanted into the lumbar spinal cord of SOD1 rats. "
              "Intraparenchymal transplantation of NPCs improved survival.")
    assert ("Intraparenchymal", "ROUTE", "route:intraspinal") in ents(doc)


def test_hypoxia_as_a_culture_condition_is_no_disease(nlp):
    assert not [e for e in ents(nlp("MSCs preconditioned with 1% hypoxia were transplanted.")) if e[1] == "DISEASE"]
    assert ("Neonatal hypoxia-ischemia", "DISEASE", "disease:other") in ents(nlp("Neonatal hypoxia-ischemia was induced."))


@pytest.mark.parametrize("name", ["Adipose-derived stromal/stem cells", "Adipose tissue-derived stromal cells", "ATSCs"])
def test_adipose_stromal_cells_in_their_other_spellings(nlp, name):
    assert (name, "CELL_TYPE", "cell:ad_msc") in ents(nlp(f"{name} were injected intrathecally."))


@pytest.mark.parametrize("name", ["CD34(+) cells", "CD34-positive cells", "CD133-positive cells"])
def test_cells_named_by_their_marker(nlp, name):
    assert (name, "CELL_TYPE", "cell:hsc") in ents(nlp(f"{name} were infused intravenously."))


def test_a_lumbar_puncture_to_sample_csf_is_no_route(nlp):
    assert not [e for e in ents(nlp("CSF samples were obtained by lumbar puncture before and after treatment."))
                if e[1] == "ROUTE"]
    assert ("lumbar puncture", "ROUTE", "route:intrathecal") in ents(nlp("MSCs were injected by lumbar puncture."))
    # a vein blood is drawn from is no route either
    assert not [e for e in ents(nlp("Blood samples were drawn from a peripheral vein at each visit."))
                if e[1] == "ROUTE"]
    # nor the horn where neurons were counted
    assert not [e for e in ents(nlp("Motor neurons within the ventral horn were counted.")) if e[1] == "ROUTE"]


def test_unicode_hyphens_join_names_like_a_hyphen(nlp):
    # U+2010 and U+2011, as some publishers write them in PubMed records; the text keeps them
    got = ents(nlp("Bone\u2010marrow\u2010derived mesenchymal stem cells (BM\u2010MSCs) were injected intrathecally. "
                   "hUC\u2011MSCs reduced the ALSFRS\u2010R decline."))
    assert ("Bone\u2010marrow\u2010derived mesenchymal stem cells", "CELL_TYPE", "cell:bm_msc") in got
    assert ("BM\u2010MSCs", "CELL_TYPE", "cell:bm_msc") in got
    assert ("hUC\u2011MSCs", "CELL_TYPE", "cell:uc_msc") in got
    assert any(t.startswith("ALSFRS\u2010R") and c == "outcome:alsfrs_r" for t, _, c in got)
    assert [t.text for t in nlp("MSC\u2010treated mice")][:3] == ["MSC", "\u2010", "treated"]


def test_cells_named_for_the_factors_they_secrete(nlp):
    got = ents(nlp("Patients received neurotrophic factor-secreting mesenchymal stem cells intrathecally."))
    assert ("neurotrophic factor-secreting mesenchymal stem cells", "CELL_TYPE", "cell:msc_ntf") in got
    # the factor in the cells' name is a mention of its own in the table (a nested span)
    doc = nlp("Patients received mesenchymal stem cells secreting neurotrophic factors.")
    assert [(s.text, s.kb_id_) for s in doc.spans["litmine_nested"]] == [("neurotrophic factors", "factor:ntf")]
    # a cell short form glued to a factor names the cells: `MSC-GDNF`
    assert ("MSC-GDNF", "CELL_TYPE", "cell:msc") in ents(nlp("MSC-GDNF prolonged survival of the rats."))


def test_activated_glia_are_an_inflammation_end_point(nlp):
    # SPEC: microgliosis and astrogliosis are inflammation; the activated cells counted are the same end point
    doc = nlp("MSCs reduced the number of reactive astrocytes and lowered activated microglia in the cord.")
    got = ents(doc)
    assert ("number of reactive astrocytes", "OUTCOME", "outcome:inflammation") in got   # a count of it, as the gold spans counts
    assert ("activated microglia", "OUTCOME", "outcome:inflammation") in got
    assert ("microglia", "CELL_TYPE", "cell:microglia") in ents(nlp("Primary microglia were cultured with MSCs."))


def test_scales_of_neighbouring_diseases(nlp):
    got = ents(nlp("The change in manual muscle testing score did not differ between the groups."))
    assert ("manual muscle testing score", "OUTCOME", "outcome:muscle_strength") in got
    got = ents(nlp("The grafts improved activities of daily living and the timed 25-foot walk."))
    assert ("activities of daily living", "OUTCOME", "outcome:quality_of_life") in got
    assert ("timed 25-foot walk", "OUTCOME", "outcome:motor_function") in got


def test_a_participle_with_an_object_is_no_end_point(nlp):
    got = ents(nlp("The device improved the internal scaffolding, resulting in production of NGF."))
    assert "resulting" not in {t for t, l, _ in got if l == "OUTCOME"}
    got = ents(nlp("Preconditioning improved graft survival, resulting in better motor function."))
    assert {"graft survival", "motor function"} <= {t for t, l, _ in got if l == "OUTCOME"}


def test_multiple_sclerosis_courses_are_whole_mentions(nlp):
    got = ents(nlp("Participants with relapsing-remitting multiple sclerosis or secondary progressive "
                   "multiple sclerosis were enrolled."))
    assert {"relapsing-remitting multiple sclerosis", "secondary progressive multiple sclerosis"} <= \
        {t for t, l, _ in got if l == "DISEASE"}


def test_cell_products_of_als_trials(nlp):
    got = ents(nlp("Patients received CD133+ cells, peripheral blood stem cells, AstroRx or Muse cells."))
    assert {("CD133+ cells", "cell:hsc"), ("peripheral blood stem cells", "cell:hsc"),
            ("AstroRx", "cell:astrocyte"), ("Muse cells", "cell:msc")} <= {(t, c) for t, _, c in got}


@pytest.mark.parametrize("text, expected", [
    ("We compared bone marrow- and adipose-derived MSCs in culture.",
     {("bone marrow-", "cell:bm_msc"), ("adipose-derived MSCs", "cell:ad_msc")}),
    ("Placenta-, adipose- and bone marrow-derived mesenchymal stem cells were expanded.",
     {("Placenta-", "cell:pl_msc"), ("adipose-", "cell:ad_msc"),
      ("bone marrow-derived mesenchymal stem cells", "cell:bm_msc")}),
    ("Rats received UC- or BM-MSCs by tail vein.", {("UC-", "cell:uc_msc"), ("BM-MSCs", "cell:bm_msc")}),
    ("We compared bone marrow and umbilical cord MSCs.",
     {("bone marrow", "cell:bm_msc"), ("umbilical cord MSCs", "cell:uc_msc")}),
])
def test_a_source_coordinated_before_a_sourced_name_names_its_own_cells(nlp, text, expected):
    # the shared head completes the first source: `bone marrow-` + `-derived MSCs`
    got = {(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"}
    assert got == expected


def test_a_coordinated_word_that_is_no_source_takes_no_head(nlp):
    got = {(t, c) for t, label, c in ents(nlp("Saline and BM-MSCs were compared with neurons and umbilical cord MSCs."))
           if label == "CELL_TYPE"}
    assert got == {("BM-MSCs", "cell:bm_msc"), ("neurons", "cell:neuron"), ("umbilical cord MSCs", "cell:uc_msc")}


@pytest.mark.parametrize("text, span, concept", [
    ("Human motor neuron progenitor cells were grafted into the lumbar cord.", "motor neuron progenitor cells",
     "cell:motor_neuron"),
    ("Motor neuron precursors were transplanted into SOD1 rats.", "Motor neuron precursors", "cell:motor_neuron"),
    # (`astrocyte precursors` stay cell:other, as the project's own annotations record them)
    ("Human astrocyte precursors were grafted into the cervical cord.", "astrocyte precursors", "cell:other"),
])
def test_a_lineage_named_progenitor_is_one_mention(nlp, text, span, concept):
    # like `oligodendrocyte progenitor cells`: a motor neuron progenitor is named for the cell it becomes
    got = [(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"]
    assert got == [(span, concept)]


@pytest.mark.parametrize("text, expected", [
    ("Grafted mice had reduced TNF-α, IL-1β and IL-6 in the lumbar cord.",
     {("TNF-α", "outcome:inflammation"), ("IL-1β", "outcome:inflammation"), ("IL-6", "outcome:inflammation")}),
    ("After the injections, CSF IL-6 was decreased.", {("CSF IL-6", "outcome:inflammation")}),
    ("The grafts reduced GFAP and Iba1 immunoreactivity.",
     {("GFAP", "outcome:inflammation"), ("Iba1 immunoreactivity", "outcome:inflammation")}),
])
def test_a_marker_named_by_its_symbol_alone_is_an_end_point_of_a_change_verb(nlp, text, expected):
    assert {(t, c) for t, label, c in ents(nlp(text)) if label == "OUTCOME"} == expected


def test_a_marker_symbol_without_a_change_is_no_end_point(nlp):
    assert not [e for e in ents(nlp("The stromal cells secrete IL-6 and TGF-β in culture.")) if e[1] == "OUTCOME"]


@pytest.mark.parametrize("text, span", [
    ("The grafts delayed the onset in SOD1 mice.", "onset"),
    ("The grafts did not delay onset in SOD1 mice.", "onset"),
    ("The grafts had no effect on onset in SOD1 mice.", "onset"),
    ("Onset was not delayed by the grafts.", "Onset"),
    ("Neither onset nor survival differed between the groups.", "onset"),
])
def test_a_bare_onset_that_a_treatment_acts_on_is_the_end_point(nlp, text, span):
    assert (span, "OUTCOME", "outcome:disease_onset") in ents(nlp(text))


@pytest.mark.parametrize("text", ["Patients with bulbar onset were enrolled.", "The grafts were given at onset.",
                                  "Age at onset was 55 years."])
def test_an_onset_that_describes_the_patients_is_no_end_point(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[2] == "outcome:disease_onset"]


@pytest.mark.parametrize("text, span, concept", [
    ("Rats received Bone marrow-MSCs by tail vein.", "Bone marrow-MSCs", "cell:bm_msc"),
    ("Rats received Adipose-MSCs by tail vein.", "Adipose-MSCs", "cell:ad_msc"),
    ("Rats received Umbilical cord-mesenchymal stem cells by tail vein.", "Umbilical cord-mesenchymal stem cells",
     "cell:uc_msc"),
    ("Rats received cord blood-derived mononuclear cells by tail vein.", "cord blood-derived mononuclear cells",
     "cell:other"),
    ("Rats received peripheral blood-derived mononuclear cells by tail vein.",
     "peripheral blood-derived mononuclear cells", "cell:other"),
])
def test_a_source_glued_by_a_hyphen_is_part_of_the_name(nlp, text, span, concept):
    # the hyphen hides the source from the name's matchers (`marrow-MSCs`); cord or peripheral blood
    # mononuclear cells are not bone marrow's
    assert [(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"] == [(span, concept)]


@pytest.mark.parametrize("text, absent", [
    ("CSF IL-6 levels decreased post-transplantation.", "post-transplantation"),
    ("Grip strength increased post-injection.", "post-injection"),
    ("In the active arm, survival was longer than with placebo.", "active arm"),
    ("In the treatment arm, FVC declined more slowly.", "treatment arm"),
])
def test_times_and_trial_arms_are_no_end_points(nlp, text, absent):
    assert absent not in {t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"}


@pytest.mark.parametrize("text, span, concept", [
    ("The grafts reduced motor unit loss.", "motor unit loss", "outcome:neuromuscular"),
    ("The grafts preserved motor axon counts in the L5 ventral root.", "motor axon counts", "outcome:neuromuscular"),
    ("Time to end stage was prolonged in grafted rats.", "Time to end stage", "outcome:survival"),
    ("The grafts conferred a survival advantage of 12 days.", "survival advantage", "outcome:survival"),
])
def test_motor_units_are_neuromuscular_and_end_stage_is_survival(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_the_antibodies_of_a_blocking_experiment_are_no_end_point(nlp):
    got = ents(nlp("The protection was abolished by neutralizing antibodies against GDNF."))
    assert not [e for e in got if e[0].lower().startswith("neutralizing")]
    got = ents(nlp("Neutralizing antibodies were detected in two of the treated patients."))
    assert ("Neutralizing antibodies", "OUTCOME", "outcome:other") in got


@pytest.mark.parametrize("text, span, concept", [
    ("The grafts increased spinal motor neuron (MN) survival.", "spinal motor neuron (MN) survival",
     "outcome:motor_neuron_survival"),
    ("The grafts reduced motor neuron (MN) loss.", "motor neuron (MN) loss", "outcome:motor_neuron_survival"),
    ("The grafts reduced interleukin-6 (IL-6) levels.", "interleukin-6 (IL-6) levels", "outcome:inflammation"),
    ("The grafts increased superoxide dismutase (SOD) activity.", "superoxide dismutase (SOD) activity",
     "outcome:oxidative_stress"),
])
def test_a_short_form_defined_inside_an_end_point_keeps_it_whole(nlp, text, span, concept):
    got = ents(nlp(text))
    assert (span, "OUTCOME", concept) in got
    assert not [e for e in got if e[2] in ("cell:motor_neuron", "outcome:survival")]


@pytest.mark.parametrize("text, span", [
    # no change verb before it: the name is found by its head, across the short form
    ("After grafting, serum interleukin-6 (IL-6) levels decreased.", "serum interleukin-6 (IL-6) levels"),
    ("Tumour necrosis factor-α (TNF-α) concentrations fell in treated mice.",
     "Tumour necrosis factor-α (TNF-α) concentrations"),
])
def test_a_cytokine_end_point_with_its_short_form_before_the_head_is_whole(nlp, text, span):
    assert (span, "OUTCOME", "outcome:inflammation") in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs reduced the levels of pro-inflammatory factors.", "pro-inflammatory factors", "outcome:inflammation"),
    ("Quality of life was rated with the Parkinson's Disease Questionnaire-39.",
     "Parkinson's Disease Questionnaire-39", "outcome:quality_of_life"),
    ("The Multiple Sclerosis Functional Composite improved.", "Multiple Sclerosis Functional Composite", "outcome:other"),
    ("Weakness progressed more slowly after MSC treatment.", "Weakness", "outcome:muscle_strength"),
    ("The compound motor action potential amplitude rose.", "compound motor action potential", "outcome:neuromuscular"),
    ("MSC-treated mice reached end stage 10 days later.", "end stage", "outcome:survival"),
    ("The grafts delayed the end-stage by 12 days.", "end-stage", "outcome:survival"),
])
def test_end_points_named_in_other_words_get_their_concept(nlp, text, span, concept):
    got = ents(nlp(text))
    assert (span, "OUTCOME", concept) in got
    assert not [e for e in got if e[1] == "DISEASE"], got   # a scale named for a disease is no disease mention


@pytest.mark.parametrize("text, span", [
    ("CSF levels of NfL decreased after treatment.", "CSF levels of NfL"),
    ("Plasma levels of pNfH and chitotriosidase rose.", "Plasma levels of pNfH"),
])
def test_a_fluid_level_of_a_named_marker_is_one_mention(nlp, text, span):
    got = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:biomarker") in got
    # no second end point for the fluid's level beside the marker, and the verb is no list member's word
    assert not [e for e in got if e[0].endswith(("levels", "rose", "fell"))], got


@pytest.mark.parametrize("text, spans", [
    ("TNF-α and IL-1β were reduced by MSCs.", ["TNF-α", "IL-1β"]),
    ("CSF IL-6 and TNF-α decreased after treatment.", ["CSF IL-6", "TNF-α"]),
    ("Serum TNF-α and IL-1β were lower after treatment.", ["Serum TNF-α", "IL-1β"]),
])
def test_every_cytokine_of_a_list_is_an_end_point(nlp, text, spans):
    got = ents(nlp(text))
    assert [e[0] for e in got if e[1] == "OUTCOME"] == spans, got
    assert all(e[2] == "outcome:inflammation" for e in got if e[1] == "OUTCOME")


def test_a_compared_state_names_its_subject_only(nlp):
    assert ("IL-6 levels", "OUTCOME", "outcome:inflammation") in ents(nlp("IL-6 levels were higher in the placebo group."))
    assert not [e for e in ents(nlp("A higher proportion of patients improved.")) if e[1] == "OUTCOME"]


@pytest.mark.parametrize("text", [
    "Levels of stem cell factor were measured.",
    "T cell receptor signalling was blocked.",
    "Macrophage migration inhibitory factor and neural cell adhesion molecule were measured.",
])
def test_a_molecule_named_for_a_cell_is_no_cell(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]


@pytest.mark.parametrize("text", [
    # (helper ED, s26) a second cell word inside the name, spaced or glued to the next word
    "Serum granulocyte macrophage colony-stimulating factor rose after the graft.",
    "Serum granulocyte macrophage-colony stimulating factor rose after the graft.",
    # an enzyme, a numbered factor and a stimulatory factor named for the cells
    "Human leukocyte elastase was inhibited by the serum.",
    "The B-cell stimulatory factor was purified.",
    "T cell factor-1 binds the enhancer.",
])
def test_a_cell_word_inside_a_molecules_name_is_no_cell(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "CELL_TYPE"], ents(nlp(text))


@pytest.mark.parametrize("text, word", [
    ("The graft lowered monocyte chemoattractant protein-1 levels in the serum.", "monocyte"),
    ("The toxin did not induce production of interleukin-6 and macrophage inflammatory protein-1alpha by monocytes.",
     "macrophage"),
])
def test_a_cell_word_inside_an_end_points_molecule_is_no_table_row(nlp, text, word):
    """(helper ED, s26) names nested inside an end point are table rows of their own: not a cell word of its molecule."""
    from pipeline.nlp.tables import entity_rows
    rows = entity_rows(nlp(text), "test")
    assert any(r["label"] == "OUTCOME" and word in r["text"] for r in rows), rows
    assert not [r for r in rows if r["label"] == "CELL_TYPE" and r["text"] == word], rows


def test_a_short_form_defined_by_a_molecule_is_no_cell_or_factor(nlp):
    """(helper ED, s26) the abbreviation stage reads a long form with a word of slack and labels every occurrence of
    a short form: neither may undo the ruler's molecule-name check."""
    got = ents(nlp("Neutrophil elastase (NE) was high in the sputum. NE activity fell after MSC infusion."))
    assert not [e for e in got if e[1] == "CELL_TYPE" and e[0] != "MSC"], got
    got = ents(nlp("T cell factor-1 (TCF-1) controls thymocyte maturation. TCF-1 binds DNA."))
    assert not [e for e in got if e[2] == "cell:t_cell"], got
    got = ents(nlp("Insulin-like growth factor-1 (IGF-1) binds the IGF-1 receptor (IGF-1R). IGF-1R was blocked."))
    assert [e[0] for e in got if e[1] == "NEUROTROPHIC_FACTOR"] == ["Insulin-like growth factor-1", "IGF-1"], got
    got = ents(nlp("Vascular endothelial growth factor (VEGF) and VEGF receptor 1 were measured. VEGF rose."))
    assert [e[0] for e in got if e[1] == "NEUROTROPHIC_FACTOR"] == ["Vascular endothelial growth factor", "VEGF",
                                                                     "VEGF"], got


@pytest.mark.parametrize("text, cell", [
    # near-misses: real cells beside such names
    ("T cell receptor signalling in T cells was blocked.", "T cells"),
    ("Granulocyte macrophage colony-stimulating factor recruited neutrophils.", "neutrophils"),
    ("Neutrophils and macrophage infiltration fell after the graft.", "Neutrophils"),
    ("Granulocytes and macrophages entered the spinal cord.", "macrophages"),
    ("Neutrophils release elastase in the lung.", "Neutrophils"),
])
def test_cells_beside_a_molecules_name_stay_cells(nlp, text, cell):
    assert cell in [e[0] for e in ents(nlp(text)) if e[1] == "CELL_TYPE"], ents(nlp(text))


@pytest.mark.parametrize("text, name", [
    # (helper EF, s26) a cell word inside a disease's name: a cell mention the ruler had, or a bare `X cell`
    ("Two recipients had adult T-cell leukemia before the graft.", "adult T-cell leukemia"),
    ("Mast cell leukemia was an exclusion criterion.", "Mast cell leukemia"),
    ("One donor had a CD8+ T cell prolymphocytic leukemia.", "CD8+ T cell prolymphocytic leukemia"),
    ("The bare lymphocyte syndrome is inherited.", "lymphocyte syndrome"),
    ("Renal cell carcinoma was found in one subject.", "Renal cell carcinoma"),
    ("Small cell lung cancer was an exclusion criterion.", "Small cell lung cancer"),
    ("A germ cell tumor was found in one donor.", "germ cell tumor"),
    # heads the ruler finds nowhere alone: a plural, `malignancies`, `disease` after a cell's name
    ("Patients with B-cell lymphomas were excluded.", "B-cell lymphomas"),
    ("Patients with T cell malignancies were excluded.", "T cell malignancies"),
    ("Sickle cell disease was an exclusion criterion.", "Sickle cell disease"),
    ("Langerhans cell histiocytosis was ruled out.", "Langerhans cell histiocytosis"),
    ("Plasma cell myeloma was ruled out.", "Plasma cell myeloma"),
])
def test_a_cell_word_inside_a_diseases_name_is_the_diseases_mention(nlp, text, name):
    got = ents(nlp(text))
    assert (name, "DISEASE", "disease:other") in got and not [e for e in got if e[1] == "CELL_TYPE"], got


@pytest.mark.parametrize("text", [
    # (helper EF, s26) the name goes on to a virus or to the tumour's cells: no cell, and no disease either (as for
    # `leukemia cells` alone)
    "Cells infected with human T-cell leukemia virus type 1 grew faster.",
    "Adult T-cell leukemia cells were cultured with the serum.",
    "Human T cell leukemia virus-I (HTLV-I) infects T-lymphoblasts.",
])
def test_a_cell_word_inside_a_virus_or_tumour_cells_name_is_no_cell(nlp, text):
    got = ents(nlp(text))
    assert not [e for e in got if e[1] in ("CELL_TYPE", "DISEASE")], got


def test_a_short_form_of_a_disease_named_after_cells_is_the_disease(nlp):
    """(helper EF, s26) the long form is the DISEASE now, so its short form is the disease everywhere."""
    got = ents(nlp("Adult T-cell leukemia (ATL) is rare. ATL relapsed after the graft."))
    assert [e for e in got if e[0] == "ATL"] == [("ATL", "DISEASE", "disease:other")] * 2, got
    assert not [e for e in got if e[1] == "CELL_TYPE"], got


@pytest.mark.parametrize("text, cell, disease", [
    # (helper EF, s26) near-misses: real cells beside a disease, and the vocabulary's name that holds its cell word
    ("T cells in lymphoma patients were counted.", "T cells", "lymphoma"),
    ("Leukocytes and tumor cells were stained.", "Leukocytes", None),
    ("Bone marrow mesenchymal stem cells were given for leukemia.", "Bone marrow mesenchymal stem cells", "leukemia"),
    ("Microglia in motor neuron disease were activated.", "Microglia", "motor neuron disease"),
])
def test_cells_beside_a_disease_stay_cells(nlp, text, cell, disease):
    got = ents(nlp(text))
    assert cell in [e[0] for e in got if e[1] == "CELL_TYPE"], got
    assert disease is None or disease in [e[0] for e in got if e[1] == "DISEASE"], got


def test_a_hybridoma_is_no_disease(nlp):
    """(helper EF, s26) `-oma` has a tumour's shape, but a hybridoma is a fused cell line: its cells stay cells."""
    got = ents(nlp("A T cell hybridoma was cloned; the hybridoma secreted antibody."))
    assert not [e for e in got if e[1] == "DISEASE"] and ("T cell", "CELL_TYPE", "cell:t_cell") in got, got


def test_a_cell_word_in_a_safety_finding_is_the_findings(nlp):
    """(helper EF, s26) `no B cell tumors`: the ruler made the tumours a safety finding, the cell word is in it;
    `MSC tumor formation` keeps its cells."""
    got = ents(nlp("No B cell tumors were found. Transplanted MSC tumor formation was not seen."))
    assert ("B cell tumors", "OUTCOME", "outcome:safety") in got and ("MSC", "CELL_TYPE", "cell:msc") in got, got
    assert not [e for e in got if e[0] == "B cell"], got


def test_cells_and_vesicles_named_by_a_source_that_is_no_msc(nlp):
    got = ents(nlp("Patients received hUCB mononuclear cells (hUCB-MNCs)."))
    assert ("hUCB mononuclear cells", "CELL_TYPE", "cell:other") in got and not [e for e in got if e[2] == "cell:bm_mnc"]
    assert ents(nlp("NSC-derived extracellular vesicles were injected.")) == [
        ("NSC-derived extracellular vesicles", "CELL_TYPE", "cell:other")]
    assert ents(nlp("MSC-derived extracellular vesicles were injected.")) == [
        ("MSC-derived extracellular vesicles", "CELL_TYPE", "cell:msc_ev")]


def test_how_a_study_rates_its_findings_is_no_end_point(nlp):
    assert not ents(nlp("These preliminary findings support further trials."))
    assert ("MRI findings", "OUTCOME", "outcome:other") in ents(nlp("MRI findings were unchanged."))


@pytest.mark.parametrize("text, span, cell", [
    ("MSCs reduced the infiltration of CD4+ T cells into the spinal cord.", "infiltration of CD4+ T cells",
     "CD4+ T cells"),
    ("The number of CD68+ macrophages in the ventral root was reduced.", "number of CD68+ macrophages", "macrophages"),
])
def test_immune_cells_counted_or_infiltrating_are_inflammation(nlp, text, span, cell):
    doc = nlp(text)
    doc._.pmid = "1"
    rows = {(r["text"], r["label"], r["concept_id"]) for r in entity_rows(doc, "test")}
    assert (span, "OUTCOME", "outcome:inflammation") in rows
    assert any(t == cell and label == "CELL_TYPE" for t, label, _ in rows), rows   # the cells stay a mention


def test_the_subject_of_a_change_is_found_past_its_place(nlp):
    assert ("GFAP immunoreactivity", "OUTCOME", "outcome:inflammation") in ents(
        nlp("GFAP immunoreactivity in the ventral horn was reduced by MSC treatment."))


def test_a_dose_unit_glued_to_the_cells_is_no_part_of_their_name(nlp):
    assert ("UC-MSCs", "CELL_TYPE", "cell:uc_msc") in ents(nlp("Patients received 1 × 10^6 UC-MSCs/kg intrathecally."))
    assert [t.text for t in nlp("Riluzole 10 mg/kg was given.")][2] == "mg/kg"   # a drug's dose stays whole


@pytest.mark.parametrize("text, span, label", [
    ("MSCs reduced white matter injury.", "white matter injury", "OUTCOME"),
    ("Brain damage was attenuated by MSCs.", "Brain damage", "OUTCOME"),
    ("Patients with brain damage were excluded.", "brain damage", "DISEASE"),
    ("MSCs reduced spinal cord injury.", "spinal cord injury", "DISEASE"),   # a named injury stays a disorder
])
def test_tissue_damage_a_treatment_changed_is_an_end_point(nlp, text, span, label):
    assert [e[1] for e in ents(nlp(text)) if e[0] == span] == [label]


def test_an_eponym_without_its_disease_is_a_disease_mention(nlp):
    got = ents(nlp("Alzheimer's and Parkinson's diseases are common; patients with Parkinson’s received MSCs."))
    assert {t for t, label, _ in got if label == "DISEASE"} == {"Alzheimer's", "Parkinson's", "Parkinson’s"}


def test_a_disease_glued_to_a_suffix_or_slash_is_no_cell(nlp):
    assert ents(nlp("A motor neuron disease-like phenotype developed.")) == [
        ("motor neuron disease", "DISEASE", "disease:als")]
    got = ents(nlp("Amyotrophic lateral sclerosis (ALS)/motor neuron disease (MND) is fatal."))
    assert ("MND", "DISEASE", "disease:als") in got and not [e for e in got if e[1] == "CELL_TYPE"], got


def test_a_route_short_form_right_before_the_cells_is_a_route(nlp):
    got = ents(nlp("Patients received IV BM-MSCs or IT UC-MSCs."))
    assert ("IV", "ROUTE", "route:intravenous") in got and ("IT", "ROUTE", "route:intrathecal") in got


def test_walking_tests_and_oxidative_markers_name_their_concepts(nlp):
    got = ents(nlp("Walking speed and upper-limb function improved; the 6-minute walk test and 4-hydroxynonenal "
                   "were measured."))
    assert {(t, c) for t, _, c in got} >= {("Walking speed", "outcome:motor_function"),
                                          ("upper-limb function", "outcome:motor_function"),
                                          ("6-minute walk test", "outcome:motor_function"),
                                          ("4-hydroxynonenal", "outcome:oxidative_stress")}, got


def test_the_survival_benefit_of_the_cells_is_the_recipients_survival(nlp):
    assert ("survival benefit", "OUTCOME", "outcome:survival") in ents(nlp("A survival benefit of MSCs was seen."))
    assert ("survival of MSCs", "OUTCOME", "outcome:other") in ents(nlp("The survival of MSCs was low."))


@pytest.mark.parametrize("text", [
    "MSCs reduced the pro-inflammatory cytokines TNF-α and IL-1β.",
    "MSCs reduced pro-inflammatory cytokines such as TNF-α and IL-1β.",
])
def test_the_cytokines_a_class_names_are_end_points(nlp, text):
    got = [t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"]
    assert got == ["pro-inflammatory cytokines", "TNF-α", "IL-1β"], got


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs delayed the appearance of symptoms.", "appearance of symptoms", "outcome:disease_onset"),
    ("TDP-43 aggregates were reduced in treated mice.", "TDP-43 aggregates", "outcome:other"),
    ("GMFM-88 scores improved.", "GMFM-88 scores", "outcome:motor_function"),
    ("Motor unit loss was slower in treated patients.", "Motor unit loss", "outcome:neuromuscular"),
    ("Apomorphine-induced rotations decreased in grafted rats.", "Apomorphine-induced rotations",
     "outcome:motor_function"),
    ("Fugl-Meyer scores improved after MSC infusion.", "Fugl-Meyer scores", "outcome:motor_function"),
])
def test_more_end_points_named_in_other_words(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_what_the_cells_make_is_no_end_point(nlp):
    assert not [e for e in ents(nlp("MSCs promoted the secretion of neurotrophic factors.")) if e[1] == "OUTCOME"]
    assert ("release of TNF-α", "OUTCOME", "outcome:inflammation") in ents(nlp("MSCs reduced the release of TNF-α."))


def test_end_stage_disease_of_patients_is_no_end_point(nlp):
    assert not [e for e in ents(nlp("Patients with end-stage ALS were excluded.")) if e[1] == "OUTCOME"]


def test_a_staging_system_beside_the_alsfrs_r_keeps_its_own_concept(nlp):
    got = ents(nlp("End points were the ALSFRS-R, King's clinical staging and time to clinical worsening."))
    assert ("King's clinical staging", "OUTCOME", "outcome:disease_progression") in got
    assert ("time to clinical worsening", "OUTCOME", "outcome:disease_progression") in got
    # while bare progression measured with the scale is the scale's (SPEC section 2)
    assert ("rate of disease progression", "OUTCOME", "outcome:alsfrs_r") in ents(
        nlp("The rate of disease progression on the ALSFRS-R slowed."))


@pytest.mark.parametrize("text, span", [
    ("The grafts did not cause tumors in the rats.", "tumors"),
    ("No teratomas were detected after grafting.", "teratomas"),
    ("Tumors were not observed in any grafted rat.", "Tumors"),
])
def test_tumours_denied_after_a_graft_are_a_safety_finding(nlp, text, span):
    assert (span, "OUTCOME", "outcome:safety") in ents(nlp(text))


def test_tumours_that_describe_who_was_enrolled_stay_a_disease(nlp):
    assert ("tumors", "DISEASE", "disease:other") in ents(nlp("Patients with tumors were excluded."))


def test_survival_said_by_its_verb_is_the_end_point(nlp):
    assert ("lived", "OUTCOME", "outcome:survival") in ents(nlp("Grafted mice lived longer than vehicle mice."))
    assert not [e for e in ents(nlp("Grafted stem cells survived longer in the cord.")) if e[2] == "outcome:survival"]


@pytest.mark.parametrize("text", [
    "Labelled cells were found in the lungs, the liver and the spinal cord parenchyma.",
    "Few grafted cells migrated to the lumbar spinal cord parenchyma.",
])
def test_where_cells_went_is_no_route(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "ROUTE"]


def test_a_site_the_cells_were_given_into_stays_a_route(nlp):
    assert ("subarachnoid space", "ROUTE", "route:intrathecal") in ents(
        nlp("Cells injected in the subarachnoid space homed to the lesion."))


def test_two_routes_joined_by_a_slash_are_two_mentions(nlp):
    got = ents(nlp("The stromal cells were given by intrathecal/intramuscular injection."))
    assert ("intrathecal", "ROUTE", "route:intrathecal") in got and ("intramuscular", "ROUTE", "route:intramuscular") in got
    got = ents(nlp("Cells were given by intramuscular (IM) and intrathecal (IT) injection. The IT/IM dosing was safe."))
    assert [t for t, label, _ in got if label == "ROUTE"].count("IT") == 2
    # slashes inside names are left alone
    assert ("ALS/MND", "DISEASE", "disease:als") in ents(nlp("Patients with ALS/MND were enrolled."))


def test_a_barrier_crossed_is_no_end_point(nlp):
    assert not [e for e in ents(nlp("Vesicles from stromal cells can cross the blood-brain barrier.")) if e[1] == "OUTCOME"]
    assert ("blood-brain barrier integrity", "OUTCOME", "outcome:other") in ents(
        nlp("The grafts restored blood-brain barrier integrity."))


@pytest.mark.parametrize("text, span, concept", [
    ("No adverse reaction was recorded after the grafts.", "adverse reaction", "outcome:safety"),
    ("No infusion reactions occurred.", "infusion reactions", "outcome:safety"),
    ("The grafts prevented the loss of α-motor neurons.", "loss of α-motor neurons", "outcome:motor_neuron_survival"),
])
def test_more_safety_and_motor_neuron_wordings(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_a_verb_of_inference_is_no_end_point(nlp):
    got = ents(nlp("The grafts decreased GFAP levels, indicating reduced astrogliosis."))
    assert not [e for e in got if e[0] == "indicating"]
    assert ("astrogliosis", "OUTCOME", "outcome:inflammation") in got


def test_disease_stabilisation_is_progression(nlp):
    assert ("Disease stabilization", "OUTCOME", "outcome:disease_progression") in ents(
        nlp("Disease stabilization was achieved in 40% of patients."))


@pytest.mark.parametrize("text, expected", [
    ("We compared bone marrow-derived and umbilical cord-derived mesenchymal stem cells.",
     {("bone marrow-derived", "cell:bm_msc"), ("umbilical cord-derived mesenchymal stem cells", "cell:uc_msc")}),
    ("Bone marrow-derived and adipose-derived stem cells were tested.",
     {("Bone marrow-derived", "cell:bm_msc"), ("adipose-derived stem cells", "cell:ad_msc")}),
])
def test_a_coordinated_source_takes_the_fullest_shared_head(nlp, text, expected):
    assert {(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"} == expected


def test_a_short_form_without_its_human_prefix_keeps_the_concept(nlp):
    doc = nlp("Human adipose-derived stem cells (hASCs) were injected. ASCs expressed BDNF.")
    assert ("ASCs", "CELL_TYPE", "cell:ad_msc") in ents(doc)


@pytest.mark.parametrize("text, not_outcome", [
    ("MSCs improved survival and cerebrospinal fluid cytokine levels.", "cerebrospinal fluid"),
    ("The cell dose was adjusted according to body weight.", "body weight"),
    ("Mice were randomized by body weight.", "body weight"),
    ("MSCs were tested in models of neurodegeneration and neuroinflammation.", "neuroinflammation"),
])
def test_places_doses_and_modelled_states_are_no_outcomes(nlp, text, not_outcome):
    assert not_outcome not in {t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"}


@pytest.mark.parametrize("text, span", [
    ("The bulbar subscore declined less in the MSC group.", "bulbar subscore"),
    ("The ALSFRS-R bulbar subscore was stable.", "ALSFRS-R bulbar subscore"),
])
def test_alsfrs_r_subscores_are_the_scale(nlp, text, span):
    assert (span, "OUTCOME", "outcome:alsfrs_r") in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("The Action Research Arm Test improved.", "Action Research Arm Test"),
    ("Box and Block Test scores increased.", "Box and Block Test"),
    ("Aberrant Behavior Checklist scores decreased.", "Aberrant Behavior Checklist"),
    ("Six-minute walk distance increased.", "Six-minute walk distance"),
])
def test_named_instruments_are_outcomes(nlp, text, span):
    assert span in {t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"}


def test_a_named_statistical_test_is_no_instrument(nlp):
    assert not [e for e in ents(nlp("Groups were compared with the Mann-Whitney U Test.")) if e[1] == "OUTCOME"]


@pytest.mark.parametrize("text, span", [
    ("MSCs reduced gastrocnemius atrophy.", "gastrocnemius atrophy"),
    ("Diaphragm atrophy was attenuated.", "Diaphragm atrophy"),
])
def test_atrophy_of_a_named_muscle_is_neuromuscular(nlp, text, span):
    assert (span, "OUTCOME", "outcome:neuromuscular") in ents(nlp(text))


@pytest.mark.parametrize("text, gone", [
    ("Response to intrathecal MSCs was independent of age, site of onset and disease duration.", "disease duration"),
    ("Age at onset and disease duration were associated with survival.", "Age at onset"),
    ("There were no differences in age, sex, disease duration or ALSFRS-R at baseline.", "disease duration"),
])
def test_patient_characteristics_are_no_outcomes(nlp, text, gone):
    assert gone not in {t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"}


def test_a_disease_duration_a_treatment_extended_is_an_outcome(nlp):
    assert "disease duration" in {t for t, label, _ in ents(nlp("GRPs extended survival and disease duration."))
                                  if label == "OUTCOME"}


@pytest.mark.parametrize("text", ["MSC-secreted GDNF protected motor neurons.", "MSC-released BDNF increased."])
def test_a_glued_maker_of_a_factor_is_the_cell(nlp, text):
    assert text.split()[0] in {t for t, label, _ in ents(nlp(text)) if label == "CELL_TYPE"}


@pytest.mark.parametrize("text, span", [
    ("No significant changes in liver enzymes were observed.", "liver enzymes"),
    ("Hematological and biochemical parameters did not change.", "Hematological and biochemical parameters"),
    ("There was no graft rejection.", "graft rejection"),
    ("No teratoma or ectopic tissue formation was found.", "ectopic tissue formation"),
])
def test_safety_laboratory_read_outs_and_graft_fates_are_safety(nlp, text, span):
    assert (span, "OUTCOME", "outcome:safety") in ents(nlp(text))


def test_how_the_disease_was_diagnosed_is_no_outcome(nlp):
    assert not [e for e in ents(nlp("The diagnosis was confirmed by electromyography.")) if e[1] == "OUTCOME"]
    assert ("electromyography", "OUTCOME", "outcome:neuromuscular") in ents(nlp("MSCs improved electromyography findings."))


def test_a_lower_case_function_word_opens_no_short_form_name(nlp):
    got = ents(nlp("Patients with faster progression had MSCs with lower VEGF output."))
    assert ("MSCs", "CELL_TYPE", "cell:msc") in got and not [g for g in got if g[0].startswith("had")]


@pytest.mark.parametrize("text, span, concept", [
    # a list's last comma and a read-out's plural are the writer's choice: the vocabulary lists one form
    ("Rats were scored with the Basso, Beattie, and Bresnahan scale after MSC grafting.",
     "Basso, Beattie, and Bresnahan", "outcome:motor_function"),
    ("MSCs improved the Appel ALS scores of the treated patients.", "Appel ALS scores", "outcome:alsfrs_r"),
    ("Lung injury scores fell after MSC infusion.", "Lung injury scores", "outcome:respiratory_function"),
    ("Mice ran beam walk tests after the grafts.", "beam walk tests", "outcome:motor_function"),
])
def test_alias_comma_and_plural_variants(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs secreted NGF-β.", "NGF-β", "factor:NGF"),
    ("Nerve growth factor-β levels rose.", "Nerve growth factor-β", "factor:NGF"),
    ("MSCs release neurotrophic and angiogenic growth factors.", "neurotrophic and angiogenic growth factors", "factor:ntf"),
])
def test_factor_spelling_variants(nlp, text, span, concept):
    assert (span, "NEUROTROPHIC_FACTOR", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("BM-MSCs were injected intralesionally seven days after spinal cord contusion.", "intralesionally",
     "route:intraspinal"),
    ("MSCs were injected intralesionally into rats with intracerebral hemorrhage.", "intralesionally",
     "route:intracerebral"),
    ("Adipose-derived stem cells were injected intralesionally into chronic skin wounds.", "intralesionally",
     "route:other"),
])
def test_intralesional_route_takes_the_injured_organ(nlp, text, span, concept):
    assert (span, "ROUTE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    # a limb's atrophy is its muscles' (SPEC: muscle atrophy is neuromuscular), not motor function
    ("Treated wobbler mice showed less forelimb atrophy.", "forelimb atrophy", "outcome:neuromuscular"),
    ("Hindlimb atrophy was reduced in treated mice.", "Hindlimb atrophy", "outcome:neuromuscular"),
    ("Muscle fibre cross-sectional area was larger in treated animals.", "Muscle fibre cross-sectional area",
     "outcome:neuromuscular"),
    # when an animal's disease shows is its onset
    ("Treatment delayed the appearance of tremor and hindlimb clasping.", "appearance of tremor",
     "outcome:disease_onset"),
    ("Treatment delayed the emergence of motor symptoms.", "emergence of motor symptoms", "outcome:disease_onset"),
    ("Treatment delayed the first clinical signs.", "first clinical signs", "outcome:disease_onset"),
    # a characteristic that the treatment changed, said after it, is an end point
    ("Disease duration was prolonged in MSC-treated rats.", "Disease duration", "outcome:disease_progression"),
    ("The age at onset was not altered by the treatment.", "age at onset", "outcome:disease_onset"),
    # motor neurons of the model's genotype, rescued
    ("MSC co-culture rescued SOD1 mutant motor neurons from death.", "rescued SOD1 mutant motor neurons",
     "outcome:motor_neuron_survival"),
    # a glial marker's stain
    ("Treatment reduced Iba1 staining in the lumbar cord.", "Iba1 staining", "outcome:inflammation"),
    ("GFAP immunostaining was decreased in treated mice.", "GFAP immunostaining", "outcome:inflammation"),
    ("Spinal cord levels of nitric oxide and lipid peroxides were decreased.", "lipid peroxides",
     "outcome:oxidative_stress"),
])
def test_preclinical_als_end_points_take_their_concept(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "The mean disease duration was 18 months.",
    "Disease duration was similar between groups.",
    "Patients were matched for age at onset and disease duration.",
    "Patients whose disease duration was longer than 24 months were excluded.",
])
def test_characteristics_not_changed_stay_no_outcome(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME"]


@pytest.mark.parametrize("text, span, concept", [
    ("GDNF-AD-MSCs were injected into the striatum.", "GDNF-AD-MSCs", "cell:ad_msc"),
    ("BDNF-BM-MSCs improved locomotion.", "BDNF-BM-MSCs", "cell:bm_msc"),
    ("VEGF-hUC-MSCs reduced infarct volume.", "VEGF-hUC-MSCs", "cell:uc_msc"),
    ("HGF-UC-MSC treatment improved memory.", "HGF-UC-MSC", "cell:uc_msc"),
])
def test_a_factor_glued_before_a_sourced_cell_name_keeps_the_source(nlp, text, span, concept):
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "Treatment lowered the expression of α-smooth muscle actin in the liver.",
    "Exosomes reduced alpha-smooth muscle actin expression in hepatic stellate cells.",
])
def test_smooth_muscle_is_no_neuromuscular_end_point(nlp, text):
    assert "outcome:neuromuscular" not in {e[2] for e in ents(nlp(text))}


@pytest.mark.parametrize("text, route", [
    ("Cells were injected intra-articularly into the knee.", "route:other"),
    ("MSCs were given by intracoronary infusion.", "route:intraarterial"),
    ("Patients received intramyocardial injections of MSCs.", "route:other"),
])
def test_routes_outside_the_nervous_system(nlp, text, route):
    assert route in {e[2] for e in ents(nlp(text)) if e[1] == "ROUTE"}


@pytest.mark.parametrize("text, span", [
    ("Grafted astrocytes failed to preserve phrenic motor neurons.", "preserve phrenic motor neurons"),
    ("MSCs preserved hypoglossal motor neurons in SOD1 rats.", "preserved hypoglossal motor neurons"),
    ("MSCs reduced the loss of upper and lower motor neurons.", "loss of upper and lower motor neurons"),
])
def test_named_motor_neuron_pools_are_motor_neuron_end_points(nlp, text, span):
    assert (span, "OUTCOME", "outcome:motor_neuron_survival") in ents(nlp(text))


@pytest.mark.parametrize("sentence, concept", [
    ("In co-culture, the NSCs increased the survival of ALS motor neurons by a third.", "outcome:motor_neuron_survival"),
    ("Conditioned medium improved the survival of fALS motor neurons derived from iPSCs.", "outcome:motor_neuron_survival"),
    ("Intravenous MSCs prolonged the survival of ALS mice.", "outcome:survival"),
])
def test_survival_of_disease_motor_neurons_is_their_survival(nlp, sentence, concept):
    got = {c for _, lab, c in ents(nlp(sentence)) if lab == "OUTCOME"}
    assert concept in got


@pytest.mark.parametrize("text, span, label, concept", [
    ("CD34+ hematopoietic progenitors were infused into the tail vein.", "hematopoietic progenitors", "CELL_TYPE", "cell:hsc"),
    ("Haematopoietic progenitors were mobilized with G-CSF.", "Haematopoietic progenitors", "CELL_TYPE", "cell:hsc"),
    ("MSCs were co-cultured with spinal cord neurons from SOD1 embryos.", "spinal cord neurons", "CELL_TYPE", "cell:neuron"),
    ("Muscle stem cells were injected into the diaphragm of SOD1 rats.", "Muscle stem cells", "CELL_TYPE", "cell:other"),
    ("Fetal ventral mesencephalic tissue grafts restored dopaminergic neurons.", "Fetal ventral mesencephalic tissue",
     "CELL_TYPE", "cell:other"),
    ("Human neural stem cells were grafted in patients with chronic SCI.", "chronic SCI", "DISEASE", "disease:other"),
    ("Ten patients with incomplete SCI received the cells.", "incomplete SCI", "DISEASE", "disease:other"),
    ("Cells reduced lesion size after thoracic spinal cord injury in rats.", "thoracic spinal cord injury", "DISEASE",
     "disease:other"),
])
def test_progenitor_graft_tissue_and_staged_sci_names(nlp, text, span, label, concept):
    assert (span, label, concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    # the last member of a composite survival end point, in a sentence that also names safety
    ("The primary end point was safety; secondary end points were the ALSFRS-R slope and time to tracheostomy or death.",
     "time to tracheostomy or death", "outcome:survival"),   # (helper BF, s21: one composite mention, as train)
    ("Safety outcomes and the risk of ventilation or death were recorded.", "ventilation or death", "outcome:survival"),
    # a marker of no named kind measured in a body fluid
    ("CSF MCP-1 decreased after each dose.", "CSF MCP-1", "outcome:biomarker"),
    ("CSF neurofilament light chain and MCP-1 decreased after the second dose.", "MCP-1", "outcome:biomarker"),
    # end points of cell therapy trials in other neurological diseases
    ("Performance in the stepping test improved after striatal grafting.", "stepping test", "outcome:motor_function"),
    ("The number of new gadolinium-enhancing lesions decreased.", "gadolinium-enhancing lesions", "outcome:other"),
    ("Muscle tone decreased in children with spastic cerebral palsy.", "Muscle tone", "outcome:other"),
    ("The ASIA Impairment Scale grade improved from A to B in two patients.", "ASIA Impairment Scale grade",
     "outcome:motor_function"),
    ("Upper limb function on the Action Research Arm Test improved.", "Action Research Arm Test", "outcome:motor_function"),
    ("Social communication and repetitive behaviors improved in children with autism.", "repetitive behaviors",
     "outcome:other"),
    ("Dopamine transporter binding on PET did not change.", "Dopamine transporter binding", "outcome:other"),
    ("Residual urine volume decreased after transplantation.", "Residual urine volume", "outcome:other"),
])
def test_outcomes_of_other_neurological_and_als_trials(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_a_brain_region_is_no_listed_end_point(nlp):
    got = ents(nlp("MSCs increased the number of TH-positive neurons in the substantia nigra and striatal dopamine levels."))
    assert not any("nigra" in t for t, lab, _ in got if lab == "OUTCOME")


@pytest.mark.parametrize("text, span", [
    ("Serum neurofilament light chain was measured in 90 patients with ALS. Higher baseline neurofilament "
     "levels predicted shorter survival.", "neurofilament"),
    ("Plasma neurofilament light was measured before and after treatment. The drug did not change "
     "neurofilament concentrations at week 24.", "neurofilament"),
])
def test_neurofilament_of_a_fluid_document_stays_a_biomarker(nlp, text, span):
    assert (span, "OUTCOME", "outcome:biomarker") in ents(nlp(text))


def test_tissue_neurofilament_is_no_biomarker(nlp):
    got = ents(nlp("Neurofilament staining of the ventral horn was reduced in treated mice."))
    assert not any(c == "outcome:biomarker" for _, _, c in got)


@pytest.mark.parametrize("text, span, concept", [
    ("MSC treatment lowered serum creatinine and blood urea nitrogen in the rats.", "serum creatinine", "outcome:safety"),
    ("MSC treatment lowered serum creatinine and blood urea nitrogen in the rats.", "blood urea nitrogen", "outcome:safety"),
    ("Knee pain was scored on a visual analogue scale after the injection.", "visual analogue scale", "outcome:other"),
    ("BDNF preserved the gastrocnemius muscle wet weight after nerve crush.", "muscle wet weight", "outcome:neuromuscular"),
    ("The overall response rate of the graft-versus-host disease was 61% at day 28.", "response rate", "outcome:other"),
    ("After MSC infusion the number of relapses fell in the multiple sclerosis cohort.", "number of relapses", "outcome:disease_progression"),
    ("New gadolinium-enhancing lesions were fewer after the MSC injections.", "gadolinium-enhancing lesions", "outcome:other"),
    ("The cell infusions lowered HbA1c in the diabetic patients.", "HbA1c", "outcome:other"),
])
def test_near_miss_end_points(nlp, text, span, concept):
    assert any(span in t and c == concept for t, lab, c in ents(nlp(text)) if lab == "OUTCOME")


# clinical trial end points the EBM-NLP peer check (benchmarks/ebm_outcomes.py) showed missing, in the
# shapes our gold annotates (`serum alanine aminotransferase`, `creatinine levels`, `body temperature`)
@pytest.mark.parametrize("text, span, concept", [
    ("Side-effects were mild and resolved within two days of the infusion.", "Side-effects", "outcome:safety"),
    ("Total bilirubin and alanine aminotransferase stayed within normal limits after the MSC injections.",
     "Total bilirubin", "outcome:safety"),
    ("Total bilirubin and alanine aminotransferase stayed within normal limits after the MSC injections.",
     "alanine aminotransferase", "outcome:safety"),
    ("Serious bleeding events occurred in two patients of the placebo arm.", "Serious bleeding events",
     "outcome:safety"),
    ("Major adverse cardiac events were recorded in three of the cell-treated patients.",
     "Major adverse cardiac events", "outcome:safety"),
    ("No thromboembolic events or respiratory events were seen after the intravenous MSCs.",
     "respiratory events", "outcome:safety"),
    ("Serum urea levels rose slightly after the second intrathecal injection.", "Serum urea levels",
     "outcome:biomarker"),
    ("Blood glucose concentration did not differ between the two groups.", "Blood glucose concentration",
     "outcome:biomarker"),
    ("Heart rate and respiratory rate were recorded every hour after each infusion.", "Heart rate", "outcome:other"),
    ("Nocturnal oxygen saturation declined less in the MSC group.", "Nocturnal oxygen saturation",
     "outcome:respiratory_function"),
    ("Mean arterial pressure fell transiently after the intra-arterial injection.", "arterial pressure",
     "outcome:other"),
])
def test_clinical_trial_end_points(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text)), ents(nlp(text))


@pytest.mark.parametrize("text, word", [
    ("We examined the agreement between the two rating scales in treated patients.", "agreement"),
    ("We estimated the associations between baseline scores and the response to MSCs.", "associations"),
    ("Clustered data were analysed with generalized estimating equations.", "equations"),
    ("The programme aimed to increase availability of cell therapy in rural hospitals.", "availability"),
])
def test_how_a_study_relates_its_measures_is_no_end_point(nlp, text, word):
    assert not any(word in t.lower() for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME"), ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("Symptoms were rated on the positive and negative symptoms scale (PANSS) before the MSC infusions.",
     "positive and negative symptoms scale"),
    ("Side effects were recorded with the treatment emergent symptom scale (TESS) at each visit.",
     "treatment emergent symptom scale"),
    ("Disability was rated with the social disability screening schedule (SDSS) every four weeks.",
     "social disability screening schedule"),
])
def test_an_abbreviated_instrument_is_an_end_point_whatever_its_case(nlp, text, span):
    got = ents(nlp(text))
    assert any(t == span and lab == "OUTCOME" for t, lab, _ in got), got
    short = text.split("(")[1].split(")")[0]
    assert any(t == short and lab == "OUTCOME" for t, lab, _ in got), got


@pytest.mark.parametrize("text, word", [
    ("Patients were randomised to cognitive behavior therapy (CBT) or to MSC infusions.", "cognitive behavior"),
    ("Pain therapy was continued in both arms of the trial.", "pain"),
])
def test_an_end_point_naming_a_therapy_is_no_end_point(nlp, text, word):
    assert not any(word in t.lower() for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME"), ents(nlp(text))


@pytest.mark.parametrize("text, cells", [
    # a bare `MNCs` defined after cord blood's mononuclear cells is cord blood's, not marrow's
    ("Rats received hUCB mononuclear cells (MNCs) by tail vein. The MNCs homed to the lesion.",
     [("hUCB mononuclear cells", "cell:other"), ("MNCs", "cell:other"), ("MNCs", "cell:other")]),
    # bare `mononuclear cells` later in a cord blood or peripheral blood study take that source
    ("Umbilical cord blood mononuclear cells were infused into SOD1 mice. The mononuclear cells reached the cord.",
     [("Umbilical cord blood mononuclear cells", "cell:other"), ("mononuclear cells", "cell:other")]),
    ("Peripheral blood mononuclear cells were collected after G-CSF. The mononuclear cells were given intrathecally.",
     [("Peripheral blood mononuclear cells", "cell:other"), ("mononuclear cells", "cell:other")]),
    # marrow's stay marrow's, and a study naming no source keeps the vocabulary's reading
    ("Marrow was aspirated and mononuclear cells were isolated. The MNCs were injected intrathecally.",
     [("mononuclear cells", "cell:bm_mnc"), ("MNCs", "cell:bm_mnc")]),
    ("Bone marrow mononuclear cells and cord blood mononuclear cells were compared. Both mononuclear cells engrafted.",
     [("Bone marrow mononuclear cells", "cell:bm_mnc"), ("cord blood mononuclear cells", "cell:other"),
      ("mononuclear cells", "cell:bm_mnc")]),
    # written with a space, `hUCB MNCs` is one name; `mononuclear stem cells` are marrow's mononuclear cells
    ("Rats received HUCB MNCs or vehicle.", [("HUCB MNCs", "cell:other")]),
    ("Patients received bone marrow mononuclear stem cells intra-arterially.",
     [("bone marrow mononuclear stem cells", "cell:bm_mnc")]),
    # `human` stays with a tissue source of blood's mononuclear cells, as with MSCs (SPEC section 2)
    ("We injected human umbilical cord blood mononuclear cells into G93A mice.",
     [("human umbilical cord blood mononuclear cells", "cell:other")]),
])
def test_mononuclear_cells_take_the_source_the_study_names(nlp, text, cells):
    assert [(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"] == cells


@pytest.mark.parametrize("text, cells", [
    # vesicles of a native or non-MSC cell named in words, any case, are no MSC product
    ("Astrocyte-derived exosomes were toxic in culture.", [("Astrocyte-derived exosomes", "cell:other")]),
    ("MSCs were given. Microglia-derived exosomes were compared.",
     [("MSCs", "cell:msc"), ("Microglia-derived exosomes", "cell:other")]),
    ("MSC-derived exosomes were injected. Fibroblast-derived exosomes served as control.",
     [("MSC-derived exosomes", "cell:msc_ev"), ("Fibroblast-derived exosomes", "cell:other")]),
    # bare vesicles said to come from cells that are no MSCs, even in a document about MSCs
    ("MSCs were given. Exosomes released by neural stem cells were also tested.",
     [("MSCs", "cell:msc"), ("Exosomes", "cell:other"), ("neural stem cells", "cell:nsc")]),
    ("MSCs were given. Extracellular vesicles isolated from astrocytes were toxic.",
     [("MSCs", "cell:msc"), ("Extracellular vesicles", "cell:other"), ("astrocytes", "cell:astrocyte")]),
    # the MSCs' own stay theirs
    ("MSCs were given. Exosomes from MSCs and the exosomes of the cells helped.",
     [("MSCs", "cell:msc"), ("Exosomes from MSCs", "cell:msc_ev"), ("exosomes", "cell:msc_ev")]),
])
def test_vesicles_of_cells_that_are_no_mscs_are_not_msc_products(nlp, text, cells):
    assert [(t, c) for t, label, c in ents(nlp(text)) if label == "CELL_TYPE"] == cells


@pytest.mark.parametrize("text, span, concept", [
    # a group comparison: `between` the arms is no eligibility window (`disease duration between 6 and 36 months`)
    ("There was no difference in disease progression between the MSC and placebo groups.", "disease progression",
     "outcome:disease_progression"),
    ("The rate of progression between treated and untreated patients did not differ.", "rate of progression",
     "outcome:disease_progression"),
    ("We compared the long-term prognosis between the treated and the control patients.", "long-term prognosis",
     "outcome:disease_progression"),
    ("Disease onset between the treated and sham mice differed by ten days.", "Disease onset", "outcome:disease_onset"),
])
def test_an_end_point_compared_between_groups(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "Patients with a disease duration between 6 and 36 months were enrolled.",
    "Symptom onset between one and three years before screening was required.",
])
def test_an_eligibility_window_between_numbers_stays_no_end_point(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME"]


@pytest.mark.parametrize("text", [
    "Needle electromyography showed signs of muscle reinnervation in three of the patients.",
    "The grafted mice showed faster reinnervation of the tibialis anterior muscle.",
    "MSC-conditioned medium promoted neuromuscular junction reinnervation after nerve crush.",
])
def test_muscle_reinnervation_is_neuromuscular(nlp, text):
    assert any(t.endswith("reinnervation") and c == "outcome:neuromuscular" for t, lab, c in ents(nlp(text)))


def test_innervation_beside_nerve_fibers_is_no_neuromuscular_end_point(nlp):
    got = ents(nlp("Grafts increased the density of serotonergic fibers, suggesting restored innervation "
                   "of the ventral horn below the lesion."))
    assert ("innervation", "OUTCOME", "outcome:other") in got


@pytest.mark.parametrize("text, span, concept", [
    ("Treated rats showed a marked decrease in leukocyte infiltration around the lesion.", "leukocyte infiltration",
     "outcome:inflammation"),
    ("CSF analysis after the third dose showed an increase in IL-10 and TGF-β.", "IL-10", "outcome:inflammation"),
    ("Spinal cord lysates showed a reduction in TNF-α after exosome treatment.", "TNF-α", "outcome:inflammation"),
])
def test_a_change_said_by_a_noun_names_its_end_point(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "The engineered MSCs showed an increase in tropism toward the injured cord.",
    "ELISA showed an increase in the concentration of two neurotrophins in the medium.",
])
def test_a_noun_change_of_one_vague_word_names_no_end_point(nlp, text):
    got = [t for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME"]
    assert "tropism" not in got and "concentration" not in got


@pytest.mark.parametrize("text, kept", [
    ("This review covers the role of exosomes in the diagnosis, prognosis and therapy of ALS.", False),
    ("Circulating microRNAs are studied for the diagnosis and prognosis of motor neuron disease.", False),
    ("The prognosis of the treated patients was better than that of the controls.", True),
])
def test_prognosis_beside_diagnosis_is_a_review_topic(nlp, text, kept):
    got = [t for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and t.lower() == "prognosis"]
    assert bool(got) == kept


@pytest.mark.parametrize("text, kept", [
    ("Symptomatic management such as ventilation and nutritional support can prolong life in ALS.", False),
    ("Supportive care, including non-invasive ventilation and gastrostomy, remains the mainstay of treatment.", False),
    ("Maintaining adequate ventilation and blood pressure is the first aim after the injury.", False),
    ("Time to death or permanent ventilation was the primary end point.", True),
    ("Time to NIV was longer in the treated arm.", True),
])
def test_ventilation_given_as_care_is_no_end_point(nlp, text, kept):
    got = [c for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and ("ventilation" in t.lower() or "NIV" in t)]
    assert bool(got) == kept


@pytest.mark.parametrize("text", [
    "Its clinical use is limited by tumorigenicity, a low survival rate and immune rejection.",
    "The allogeneic cells caused no immune rejection or infusion reactions.",
])
def test_immune_rejection_of_a_graft_is_safety(nlp, text):
    assert ("immune rejection", "OUTCOME", "outcome:safety") in ents(nlp(text))


@pytest.mark.parametrize("text, span, kept", [
    ("Scaffolds seeded with Schwann cells are used for bridging long nerve defects.", "nerve defects", False),
    ("Stem cell secretomes are a promising strategy for many diseases and tissue defects.", "tissue defects", False),
    ("Grafted neural stem cells rescued cognitive defects in the transgenic mice.", "cognitive defects", True),
])
def test_a_tissue_gap_is_no_end_point(nlp, text, span, kept):
    got = [t for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME" and span in t]
    assert bool(got) == kept


@pytest.mark.parametrize("text, kept", [
    ("The cell product was approved by the Ministry of Food and Drug Safety in 2015.", False),
    ("An independent Data and Safety Monitoring Board reviewed the unblinded data every six months.", False),
    ("Safety monitoring continued for two years after the last injection.", True),
    ("Safety was the primary end point of the trial.", True),
])
def test_safety_in_the_name_of_a_body_is_no_end_point(nlp, text, kept):
    got = [t for t, lab, c in ents(nlp(text)) if c == "outcome:safety"]
    assert bool(got) == kept


@pytest.mark.parametrize("text, span", [
    # disease word shapes: `-plasia`, `-penia`, `-tonia`, `-uria`, `-ectasia`, `-iridia`, `-dystrophy`
    ("Two siblings with ataxia-telangiectasia were referred to the clinic.", "ataxia-telangiectasia"),
    ("Children with diastrophic dysplasia were followed for ten years.", "diastrophic dysplasia"),
    ("A boy with myotonia was examined twice.", "myotonia"),
    ("Patients with phenylketonuria were not eligible.", "phenylketonuria"),
    ("Both parents of the proband had aniridia.", "aniridia"),
    ("Severe thrombocytopenia was present in one donor.", "thrombocytopenia"),
    ("Boys with metachromatic leukodystrophy received the graft.", "metachromatic leukodystrophy"),
    ("Patients with hemolytic anemia were excluded.", "hemolytic anemia"),
    ("One patient had a congenital immunodeficiency.", "congenital immunodeficiency"),
    # an organ or what a disorder disturbs before the head
    ("Patients with polycystic kidney disease were excluded.", "polycystic kidney disease"),
    ("Subjects with coronary heart disease were excluded.", "coronary heart disease"),
    ("Patients with a seizure disorder were excluded.", "seizure disorder"),
    ("Mice with a lysosomal storage disorder received the cells.", "lysosomal storage disorder"),
    # how the disease is inherited or behaves
    ("Three brothers had an X-linked disease of muscle.", "X-linked disease"),
    ("The family carried an autosomal dominant disease.", "autosomal dominant disease"),
    ("It is an inherited disorder of motor neurons.", "inherited disorder"),
    ("Patients with malignant neoplasms were excluded.", "malignant neoplasms"),
    ("Patients with gastric cancers were excluded.", "gastric cancers"),
    # vocabulary
    ("Two patients had congenital deafness.", "deafness"),
    ("Cataracts developed in one treated rat.", "Cataracts"),
    ("Children with mental retardation were excluded.", "mental retardation"),
    # (helper BA, s20) the course word stays in the mention, as the train gold's `chronic spinal cord injury`
    ("Patients with chronic renal failure were excluded.", "chronic renal failure"),
    ("Two children had sensorineural hearing loss.", "hearing loss"),
    # eponyms: inner capitals, or hyphenated at a sentence's start
    ("Two boys with McLeod syndrome were studied.", "McLeod syndrome"),
    ("Infants with DiGeorge syndrome were studied.", "DiGeorge syndrome"),
    ("Prader-Willi syndrome was diagnosed in two infants.", "Prader-Willi syndrome"),
])
def test_disease_shapes_modifiers_and_names_an_outside_corpus_showed_missing(nlp, text, span):
    got = ents(nlp(text))
    assert any(t == span and lab == "DISEASE" for t, lab, _ in got), got


@pytest.mark.parametrize("text", [
    "The misdiagnosis rate was low in both centres.",
    "Headache, pain and fatigue were mild and transient.",
    "Motor signs were scored with the rating scale of the International Society for Movement Disorders.",
])
def test_symptoms_misdiagnosis_and_society_names_are_no_disease(nlp, text):
    got = ents(nlp(text))
    assert not [t for t, lab, _ in got if lab == "DISEASE"], got


@pytest.mark.parametrize("text, span, concept", [
    ("After a T9 contusion, MSCs were transplanted into the lesion site of the spinal cord.", "into the lesion site",
     "route:intraspinal"),
    ("NPCs were grafted into an injured area of the thoracic spinal cord one week after injury.",
     "into an injured area", "route:intraspinal"),
    ("Two weeks after cortical ischemia, BMSCs were injected into the lesion cavity of the ischemic cortex.",
     "into the lesion cavity", "route:intracerebral"),
    ("We implanted fibroblasts engineered to secrete NGF into the basal forebrain of aged rats.",
     "into the basal forebrain", "route:intracerebral"),
    ("Bilateral transplantation of allogeneic adult human bone marrow-derived mesenchymal stem cells into the "
     "subventricular zone was feasible in six patients.", "into the subventricular zone", "route:intracerebral"),
])
def test_the_lesion_or_brain_region_cells_are_put_into_is_their_route(nlp, text, span, concept):
    assert (span, "ROUTE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "Intravenously given BMSCs migrated into the lesion site of the injured spinal cord.",
    "Macrophages infiltrated into the lesion area within three days of spinal cord injury.",
    "Transplanted MSCs homed into the damaged brain after stroke.",
])
def test_where_cells_went_into_is_no_route(nlp, text):
    assert not [e for e in ents(nlp(text)) if e[1] == "ROUTE" and e[0].startswith("into")]


def test_a_route_short_form_follows_the_studys_own_long_form(nlp):
    got = ents(nlp("We compared intrathecal (IT) and intrapaw (IP) injections of hMSCs in mice with neuropathic pain. "
                   "IP injections of hMSCs reduced allodynia."))
    assert ("intrapaw", "ROUTE", "route:other") in got
    assert [c for t, label, c in got if t == "IP"] == ["route:other", "route:other"], got


def test_course_of_disease_without_an_article_is_progression(nlp):
    got = ents(nlp("Protecting motor neurons with IGF-1 alone may not alter the course of disease in SOD1 rats."))
    assert ("course of disease", "OUTCOME", "outcome:disease_progression") in got


@pytest.mark.parametrize("text, name, concept", [
    ("Rats given BM - MSCs walked better than controls.", "BM - MSCs", "cell:bm_msc"),
    ("We injected UC - MSCs into the tail vein of the mice.", "UC - MSCs", "cell:uc_msc"),
])
def test_a_hyphenated_cell_name_typed_with_spaces_keeps_its_source(nlp, text, name, concept):
    assert (name, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, names", [
    ("Rats subjected to middle cerebral artery occlusion (MCAO) received MSCs. MCAO rats recovered faster.",
     ["middle cerebral artery occlusion", "MCAO"]),
    ("Neuropathic pain was induced by spinal nerve ligation and treated with intrathecal MSCs.",
     ["spinal nerve ligation"]),
    ("Twenty patients with progressive MS received autologous MSCs.", ["progressive MS"]),
    ("In relapsing MS, the cells lowered the number of new lesions.", ["relapsing MS"]),
])
def test_stroke_and_pain_models_and_ms_courses_are_diseases(nlp, text, names):
    found = [(t, c) for t, label, c in ents(nlp(text)) if label == "DISEASE"]
    for name in names:
        assert (name, "disease:other") in found


@pytest.mark.parametrize("text, long_form", [
    ("We used a transient middle cerebral artery occlusion (MCAo) model. MSCs lowered infarct size after MCAo.",
     "middle cerebral artery occlusion"),
    ("Permanent middle cerebral artery occlusion (MCAO) was induced in adult rats before MSC grafting.",
     "middle cerebral artery occlusion"),
])
def test_a_defined_disease_short_form_gives_its_long_form_the_concept(nlp, text, long_form):
    # (the vocabulary knows the short form; the long form is found through its definition)
    assert (long_form, "DISEASE", "disease:other") in ents(nlp(text))


@pytest.mark.parametrize("text, bare", [
    ("Serum levels did not differ between the two groups after MSC infusion.", "Serum levels"),
    ("After transplantation, the plasma concentrations were unchanged.", "plasma concentrations"),
])
def test_a_fluid_with_no_analyte_is_no_biomarker(nlp, text, bare):
    assert bare not in [t for t, _, _ in ents(nlp(text))]


def test_a_fluid_with_its_analyte_stays_a_biomarker(nlp):
    found = ents(nlp("CSF levels of IL-6 decreased after MSC treatment."))
    assert any(t.startswith("CSF levels") for t, label, _ in found if label == "OUTCOME")


@pytest.mark.parametrize("text", [
    "Delivery to the spinal cord remains a major challenge for cell therapy in ALS.",
    "Efficient delivery into the brain is a hurdle that MSC therapy must overcome.",
])
def test_a_delivery_problem_stated_is_no_route(nlp, text):
    assert not [t for t, label, _ in ents(nlp(text)) if label == "ROUTE"]


@pytest.mark.parametrize("text", [
    "SOD1 mice treated with MSCs lost less weight than vehicle-treated mice.",
    "Patients in the placebo arm lost more weight over six months.",
    "Treated rats gained weight steadily after grafting.",
])
def test_weight_lost_or_gained_is_body_weight(nlp, text):
    assert ("weight", "OUTCOME", "outcome:body_weight") in ents(nlp(text))


@pytest.mark.parametrize("text, symptom", [
    ("Hypoglycemia was reported in two patients after the MSC infusion.", "Hypoglycemia"),
    ("Adverse events included transient radiculopathy and mild nausea.", "radiculopathy"),
    ("One patient experienced hypokalemia during the first week.", "hypokalemia"),
])
def test_an_adverse_event_symptom_is_no_disease(nlp, text, symptom):
    assert symptom not in [t for t, label, _ in ents(nlp(text)) if label == "DISEASE"]


def test_a_disease_named_outside_a_harm_list_stays(nlp):
    found = ents(nlp("Patients with diabetic nephropathy received intravenous MSCs."))
    assert ("diabetic nephropathy", "DISEASE", "disease:other") in found


@pytest.mark.parametrize("text, span", [
    ("Children received umbilical cord tissue-derived mesenchymal stem cells (UC-MSCs) intravenously.",
     "umbilical cord tissue-derived mesenchymal stem cells"),
    ("Umbilical cord tissue mesenchymal stromal cells were expanded under GMP conditions.",
     "Umbilical cord tissue mesenchymal stromal cells"),
    ("We infused human umbilical cord tissue-derived MSCs into six patients.",
     "human umbilical cord tissue-derived MSCs"),
])
def test_umbilical_cord_tissue_msc_names(nlp, text, span):
    """(helper P, s16) the tissue word between the cord and the cells kept the name generic (cell:msc),
    and its short form `UC-MSCs` took the generic concept from it."""
    found = ents(nlp(text))
    assert (span, "CELL_TYPE", "cell:uc_msc") in found
    assert not any(c == "cell:msc" for _, _, c in found)


@pytest.mark.parametrize("text, span", [
    ("Serum interleukin-6 decreased after the third infusion.", "Serum interleukin-6"),
    ("Plasma interleukin-10 increased in treated children.", "Plasma interleukin-10"),
])
def test_spelled_cytokine_in_a_fluid_as_subject_of_a_change(nlp, text, span):
    """(helper P, s16) like `Serum IL-6 decreased`: the cytokine written out is an inflammation end point."""
    assert (span, "OUTCOME", "outcome:inflammation") in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("Grafted BM-MSCs did not prevent striatal atrophy in R6/2 mice.", "striatal atrophy"),
    ("MSC-EVs failed to reduce brain damage after hypoxia-ischemia.", "brain damage"),
    ("AD-MSCs did not attenuate white matter injury in neonatal rats.", "white matter injury"),
])
def test_damage_after_a_negated_change_verb_is_an_end_point(nlp, text, span):
    """(helper P, s16) like `reduced striatal atrophy`: the object of `did not prevent` / `failed to reduce`
    is a (null) result, not a disorder."""
    assert (span, "OUTCOME", "outcome:other") in ents(nlp(text))


def test_a_named_injury_after_to_prevent_stays_a_disorder(nlp):
    assert ("brain injury", "DISEASE", "disease:other") in ents(nlp("MSCs were given to prevent brain injury."))


@pytest.mark.parametrize("text, span", [
    ("Socialization scores improved in the cord blood group.", "Socialization scores"),
    ("Verbal fluency scores increased after the second infusion.", "Verbal fluency scores"),
])
def test_subject_of_an_intransitive_change_opening_a_sentence(nlp, text, span):
    """(helper P, s16) `X improved in the treated group`: the subject is an end point, as in `X was improved`."""
    assert span in {t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"}


def test_subject_of_a_transitive_change_is_no_end_point(nlp):
    assert not [e for e in ents(nlp("Hypoxic preconditioning increased VEGF secretion.")) if e[0].startswith("Hypoxic")]


@pytest.mark.parametrize("text, short", [
    # the paper defines a disease short form of the vocabulary as something else: no disease there
    ("The cells expressed alpha-smooth muscle actin (SMA), and SMA staining rose after passage.", "SMA"),
    ("MSCs were expanded to population doubling (PD) 12; growth slowed after PD 15.", "PD"),
])
def test_a_disease_short_form_defined_as_something_else_is_no_disease(nlp, text, short):
    got = ents(nlp(text))
    assert not [t for t, lab, _ in got if lab == "DISEASE"], got


def test_a_disease_short_form_defined_as_a_lesion_still_names_the_model(nlp):
    got = ents(nlp("Rats underwent middle cerebral artery occlusion (MCAo). MCAo rats received MSCs."))
    assert ("middle cerebral artery occlusion", "DISEASE", "disease:other") in got
    assert [c for t, lab, c in got if t == "MCAo"] == ["disease:other", "disease:other"], got


@pytest.mark.parametrize("text, word", [
    ("Human immunodeficiency virus (HIV) enters T cells. HIV replication was blocked.", "HIV"),
    ("The chicken anemia virus (CAV) infects thymocytes. CAV isolates were compared.", "CAV"),
])
def test_a_disease_word_in_a_virus_name_is_no_disease(nlp, text, word):
    # (the virus is no disease, nor is its short form)
    assert not [t for t, label, _ in ents(nlp(text)) if label == "DISEASE"]


def test_a_protein_named_after_a_disease_gives_its_short_form_no_disease(nlp):
    found = ents(nlp("Mutations in the adrenoleukodystrophy protein (ALDP) were found. ALDP was overexpressed."))
    assert "ALDP" not in [t for t, label, _ in found if label == "DISEASE"]


@pytest.mark.parametrize("text, name", [
    ("Diabetic cardiomyopathy (DCM) is a frequent complication of diabetes in older adults.", "cardiomyopathy"),
    ("Renal crisis is a rare complication of chronic pancreatitis in adults.", "pancreatitis"),
    ("Germline variants have been reported in pheochromocytoma kindreds.", "pheochromocytoma"),
    ("During therapy of chronic nephritis patients with the drug, side effects were common.", "nephritis"),
])
def test_a_disease_the_paper_studies_is_no_harm_symptom(nlp, text, name):
    # (a defined disease, one after `of`/`with`, one whose patients are named, a finding `reported in` kindreds)
    assert any(name in t for t, label, _ in ents(nlp(text)) if label == "DISEASE")


def test_a_spelled_cytokine_after_a_change_noun_keeps_its_number(nlp):
    got = ents(nlp("CSF analysis showed a decrease in CCL2 and an increase in interleukin 8 after the second infusion."))
    assert ("interleukin 8", "OUTCOME", "outcome:inflammation") in got
    assert not any(t == "interleukin" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    "Deleting the element caused a 3-fold increase in promoter activity in the reporter constructs.",
    "The change was due to an increase in transcription rate of the cytokine genes.",
])
def test_a_reporter_assay_read_out_after_a_change_noun_is_no_end_point(nlp, text):
    assert not [t for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME"]


def test_selective_pressure_is_no_reading(nlp):
    got = ents(nlp("Resistance genotypes changed with the selective pressure of the antiviral drug."))
    assert not any("pressure" in t for t, _, _ in got)
    got = ents(nlp("Systolic blood pressure was stable after the infusion."))
    assert ("Systolic blood pressure", "OUTCOME", "outcome:other") in got


def test_transferrin_saturation_is_no_respiratory_read_out(nlp):
    got = ents(nlp("Serum transferrin saturation and ferritin levels were measured in all patients."))
    assert ("Serum transferrin saturation", "OUTCOME", "outcome:respiratory_function") not in got
    got = ents(nlp("Arterial oxygen saturation was stable after the infusion."))
    assert ("Arterial oxygen saturation", "OUTCOME", "outcome:respiratory_function") in got


def test_a_cytokine_short_form_before_gene_names_the_gene_not_an_end_point(nlp):
    doc = nlp("Treatment was associated with a decrease in interleukin 6 (IL-6) and TNF mRNA levels. "
              "We then cloned the IL-6 gene into a reporter vector. IL-6 was lower in treated mice.")
    il6 = [(e.start_char, e.label_) for e in doc.ents if e.text == "IL-6"]
    gene_at = doc.text.index("IL-6 gene")
    assert (gene_at, "OUTCOME") not in il6
    assert any(lab == "OUTCOME" and at > gene_at for at, lab in il6)   # the cytokine measured still counts


def test_abbreviation_pairs_come_in_text_order_whatever_the_detector_order(nlp):
    # the detector's order follows set iteration (it changes with PYTHONHASHSEED); propagation must not
    from pipeline.nlp.mentions import abbreviation_pairs
    doc = nlp("Rats underwent middle cerebral artery occlusion (MCAO). MCAO rats received MSCs; MCAO was transient.")
    assert len(doc._.abbreviations) >= 2
    doc._.abbreviations = list(reversed(doc._.abbreviations))
    pairs = abbreviation_pairs(doc)
    assert pairs == sorted(pairs)


# --- helper D (s17): preclinical cell therapy in ALS models (invented sentences) ---

@pytest.mark.parametrize("sentence, span", [
    ("In SOD1 mice, the age at onset of hindlimb tremor did not differ between groups.", "age at onset of hindlimb tremor"),
    ("The age at onset of paralysis was delayed in treated mice.", "age at onset of paralysis"),
])
def test_age_at_onset_of_an_animal_sign_is_the_onset_end_point(nlp, sentence, span):
    got = ents(nlp(sentence))
    assert (span, "OUTCOME", "outcome:disease_onset") in got
    assert not any(c == "outcome:motor_function" for _, _, c in got)


def test_age_at_onset_of_symptoms_in_patients_stays_a_characteristic(nlp):
    got = ents(nlp("The mean age at onset of symptoms was 56 years in our patients."))
    assert not any(c == "outcome:disease_onset" for _, _, c in got)


# --- helper B (session 17): neurotrophic-factor biology, invented sentences ---

@pytest.mark.parametrize("text, mention", [
    ("Knockout mice had 30% fewer lumbar motor neurons than SOD1G93A littermates, and denervation was more severe.",
     "lumbar motor neurons"),
    ("Treated mice had more spinal motor neurons than wild-type littermates, and muscle atrophy was milder.",
     "spinal motor neurons"),
])
def test_a_compared_motor_neuron_count_is_an_end_point_and_littermates_are_not(nlp, text, mention):
    """(helper B, s17) `had 30% fewer lumbar motor neurons`: a count of motor neurons (motor neuron survival);
    `than SOD1G93A littermates, and denervation`: the animals compared with, no list member end point."""
    got = ents(nlp(text))
    assert (mention, "OUTCOME", "outcome:motor_neuron_survival") in got
    assert not any("littermates" in t for t, _, _ in got)


# --- helper A (s17): ALS clinical studies without cells ---------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Effect of non-invasive ventilation on survival in ALS.", False),
    ("NIV prolongs survival and improves quality of life in ALS.", False),
    ("Non-invasive ventilation is recommended when forced vital capacity falls below 50%.", False),
    ("Patients who started NIV were matched to patients who declined it.", False),
    ("NIV users lived longer than patients who refused it.", False),
    ("The supplement was given through a gastrostomy tube.", False),
    ("Gastrostomy timing in ALS.", False),
    ("Gastrostomy did not prolong survival in this cohort.", False),
    ("Three patients required non-invasive ventilation during follow-up.", True),
    ("The cells delayed the need for gastrostomy.", True),
    ("Gastrostomy was performed in two patients.", True),
    ("Time to NIV was longer in the treated arm.", True),
])
def test_ventilation_or_feeding_tube_studied_as_care_is_no_end_point(nlp, text, kept):
    """(helper A, s17) care named as the studied intervention (effect of, users, started, tube, timing, what
    it does) is no end point; a need for it, or it done during follow-up, stays one."""
    got = [t for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and
           any(w in t.lower() for w in ("ventilation", "niv", "gastrostomy"))]
    assert bool(got) == kept, got


@pytest.mark.parametrize("text, span, kept", [
    ("The survival benefit was not significant in patients with severe bulbar impairment.", "bulbar impairment", False),
    ("Those with rapid progression were analysed separately.", "progression", False),
    ("The proportion of patients with motor improvement was higher in the treated group.", "motor improvement", True),
])
def test_the_trait_of_a_subgroup_is_no_end_point(nlp, text, span, kept):
    """(helper A, s17) `patients with severe bulbar impairment`: who the subgroup is (gold marks no OUTCOME
    after `patients with`); a count of patients with a change is a result."""
    got = [t for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and span in t]
    assert bool(got) == kept, ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("The Sickness Impact Profile was recorded every 3 months.", "Sickness Impact Profile"),
    ("Quality of life was rated with the SEIQoL-DW.", "SEIQoL-DW"),
])
def test_quality_of_life_instruments(nlp, text, span):
    """(helper A, s17) quality-of-life instruments of ALS trials."""
    assert (span, "OUTCOME", "outcome:quality_of_life") in ents(nlp(text))


@pytest.mark.parametrize("text, kept", [
    ("The C9orf72 expansion was associated with an earlier age at onset.", True),
    ("Carriers had a later age at onset than non-carriers.", True),
    ("Age at onset and disease duration were associated with survival.", False),
    ("Age at onset was 55 years.", False),
])
def test_an_age_at_onset_shifted_in_a_group_is_an_end_point(nlp, text, kept):
    """(helper A, s17) genetic studies: `an earlier age at onset` in carriers is what the genotype changed;
    the age at onset as a covariate or a description of the cohort stays no end point."""
    got = [t for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and c == "outcome:disease_onset"]
    assert bool(got) == kept, got


# --- session 17, helper F: disease-shaped safety findings (train gold: adverse-event findings are not annotated)

@pytest.mark.parametrize("text, finding", [
    ("Three patients developed transient thrombocytopenia after the second infusion.", "thrombocytopenia"),
    ("Laboratory abnormalities included mild anemia and transient lymphopenia.", "anemia"),
    ("Laboratory abnormalities included mild anemia and transient lymphopenia.", "lymphopenia"),
    ("Neutropenia and leukopenia were not observed in any treated patient.", "Neutropenia"),
    ("Blood counts and renal function stayed normal, with no proteinuria or hematuria.", "hematuria"),
    ("No liver injury or kidney damage was detected in the treated patients.", "liver injury"),
    ("Safety tests showed no leukopenia, neutropenia or proteinuria during follow-up.", "neutropenia"),
    ("Acute renal failure developed in one patient after the intrathecal injection.", "renal failure"),
    ("Ten patients were treated; one developed aseptic meningitis, which resolved with steroids.", "meningitis"),
])
def test_a_disease_shaped_safety_finding_is_no_disease(nlp, text, finding):
    assert finding not in [t for t, label, _ in ents(nlp(text)) if label == "DISEASE"]


@pytest.mark.parametrize("text, name", [
    ("Patients with immune thrombocytopenia received MSCs intravenously.", "thrombocytopenia"),
    ("No cure exists for spinal muscular atrophy, a recessive disorder of motor neurons.", "spinal muscular atrophy"),
    ("Controls had no neurological disease and were not found to carry the mutation.", "neurological disease"),
    ("Half of the patients developed cancer following chemotherapy for lymphoma.", "lymphoma"),
])
def test_a_disease_outside_a_safety_finding_stays(nlp, text, name):
    assert name in [t for t, label, _ in ents(nlp(text)) if label == "DISEASE"]


@pytest.mark.parametrize("text", [
    "MSCs lowered serum creatinine and kidney injury molecule-1 (KIM-1) in the treated rats.",
    "Urinary kidney injury molecule 1 was measured before and after the infusion.",
])
def test_an_organ_injury_inside_a_marker_name_is_no_disease(nlp, text):
    assert not [t for t, label, _ in ents(nlp(text)) if label == "DISEASE" and "injury" in t.lower()]


# --- session 17: a tumour type naming a cultured cell line

@pytest.mark.parametrize("text, name, kept", [
    ("BDNF reduced apoptosis of SH-SY5Y human neuroblastoma cells exposed to hydrogen peroxide.", "neuroblastoma", False),
    ("The neuroblastoma cell line SK-N-SH was treated with GDNF for two days.", "neuroblastoma", False),
    ("U87 glioblastoma cells were co-cultured with MSCs in a transwell system.", "glioblastoma", False),
    ("In PC12 pheochromocytoma cells, NGF induced neurite outgrowth.", "pheochromocytoma", False),
    ("Children with neuroblastoma were excluded from the registry.", "neuroblastoma", True),
    ("MSCs promoted glioma growth in nude mice.", "glioma", True),
])
def test_a_tumour_type_naming_a_cell_line_is_no_disease(nlp, text, name, kept):
    """Cultured cell lines carry their tumour's name (`neuroblastoma cells`); only the tumour itself is a disease."""
    assert (name in [t for t, label, _ in ents(nlp(text)) if label == "DISEASE"]) == kept


# --- helper E (s17): end points and diseases of cell therapy in other neurological diseases (invented) ---

@pytest.mark.parametrize("text, mention, label, concept", [
    ("Seizure frequency was reduced by 60% in grafted rats.", "Seizure frequency", "OUTCOME", "outcome:other"),
    ("The number of seizures and seizure severity were recorded.", "seizure severity", "OUTCOME", "outcome:other"),
    ("Hematoma volume was smaller in treated rats.", "Hematoma volume", "OUTCOME", "outcome:other"),
    ("Development was assessed with the Bayley Scales of Infant Development.", "Bayley Scales of Infant Development",
     "OUTCOME", "outcome:other"),
    ("Axon number and myelin thickness were measured in the distal nerve.", "myelin thickness", "OUTCOME",
     "outcome:other"),
    ("Rats developed status epilepticus after pilocarpine.", "status epilepticus", "DISEASE", "disease:other"),
    ("Preterm infants with periventricular leukomalacia were studied.", "periventricular leukomalacia", "DISEASE",
     "disease:other"),
    ("Patients with NMOSD received MSCs.", "NMOSD", "DISEASE", "disease:other"),
    ("Mice underwent optic nerve crush.", "optic nerve crush", "DISEASE", "disease:other"),
])
def test_end_points_and_diseases_of_other_neurological_indications(nlp, text, mention, label, concept):
    assert (mention, label, concept) in ents(nlp(text))


@pytest.mark.parametrize("text, label", [
    ("Neuropathic pain was reduced in four patients.", "OUTCOME"),
    ("AD-MSCs alleviated neuropathic pain in diabetic rats.", "OUTCOME"),
    ("Patients with neuropathic pain were enrolled.", "DISEASE"),
])
def test_neuropathic_pain_that_a_treatment_changed_is_an_end_point(nlp, text, label):
    """(helper E, s17) `neuropathic pain was reduced`: the result's end point (outcome:other), while the
    condition patients have stays a disease."""
    assert [lab for t, lab, _ in ents(nlp(text)) if t.lower() == "neuropathic pain"] == [label]


# --- helper C (s17): MSC studies in non-neurological diseases (invented text) ---

@pytest.mark.parametrize("text", [
    "Acute kidney injury remains a frequent complication of cisplatin chemotherapy.",
    "Diabetic foot ulcers are a serious complication of diabetes mellitus.",
])
def test_a_disease_defined_as_a_complication_is_no_safety_end_point(nlp, text):
    """(helper C, s17) `X is a complication of Y` defines the disease; no harm of a treatment is measured."""
    assert "outcome:safety" not in {c for _, l, c in ents(nlp(text)) if l == "OUTCOME"}


def test_complications_of_the_cell_injection_stay_a_safety_end_point(nlp):
    text = "No complications of the cell injection were observed during follow-up."
    assert "outcome:safety" in {c for _, l, c in ents(nlp(text)) if l == "OUTCOME"}


@pytest.mark.parametrize("text", [
    "In db/db mice, AD-MSCs decreased proteinuria in the treated group.",
    "Proteinuria was significantly reduced after UC-MSC transplantation.",
])
def test_a_finding_changed_by_the_cells_is_an_end_point(nlp, text):
    """(helper C, s17) `decreased proteinuria`: a disorder-shaped finding that a study changed is its end point."""
    assert ("OUTCOME", "outcome:other") in {(l, c) for t, l, c in ents(nlp(text)) if t.lower() == "proteinuria"}


def test_a_finding_that_selects_patients_stays_a_disorder(nlp):
    got = ents(nlp("Patients with proteinuria above 1 g/day received intravenous UC-MSCs."))
    assert not [t for t, l, c in got if l == "OUTCOME"]


# --- session 17: survival in a study of cultured cells

@pytest.mark.parametrize("text, concept", [
    ("GDNF and cultured motor neurons\nPurified motor neurons were cultured with GDNF. After three days, survival "
     "was increased by 60% with GDNF.", "outcome:other"),
    ("BDNF in vitro\nCortical neurons were cultured without serum. BDNF improved survival in these cultures.",
     "outcome:other"),
    # an organism in the text: the survival may be the animals' (the design rule alone would say in vitro here)
    ("GDNF in SOD1 mice\nSOD1 mice received GDNF. Survival was prolonged by ten days. Cultured neurons were also "
     "studied.", "outcome:survival"),
    ("MSCs in ALS\nPatients received MSCs intrathecally. Survival did not differ from historical controls.",
     "outcome:survival"),
])
def test_survival_in_a_culture_study_is_the_cells(nlp, text, concept):
    """Train gold: the survival of cultured cells is outcome:other; an organism's survival stays outcome:survival."""
    assert [c for t, label, c in ents(nlp(text)) if t.lower() == "survival"] == [concept]


# ---- helper I (s17): what a protective effect acts on
@pytest.mark.parametrize("text, label, concept", [
    ("HGF and MSCs in SOD1 mice\nNeutralization of HGF abolished the protective effect of MSCs on motor neurons.",
     "OUTCOME", "outcome:motor_neuron_survival"),
    ("MSCs in SOD1 mice\nGDNF contributed to the neuroprotective effects of the grafted MSCs on spinal motor neurons.",
     "OUTCOME", "outcome:motor_neuron_survival"),
    # no protection named: the motor neurons stay cells
    ("MSCs in SOD1 mice\nMSCs had no direct effect on motor neurons in culture.", "CELL_TYPE", "cell:motor_neuron"),
])
def test_a_protective_effect_on_motor_neurons_is_their_survival(nlp, text, label, concept):
    """(helper I, s17) `the (neuro)protective effect of X on motor neurons` names what X protected, as
    `protected motor neurons` does (train: `protect motoneurons` is motor neuron survival)."""
    got = [(l, c) for t, l, c in ents(nlp(text)) if "motor neurons" in t.lower()]
    assert got == [(label, concept)], ents(nlp(text))


# --- session 17, helper L: cell names in unseen wordings (invented sentences)

@pytest.mark.parametrize("text, name, concept", [
    ("Intrathecal fMSCs in SOD1 mice\nfMSCs were injected intrathecally and delayed onset.", "fMSCs", "cell:msc"),
    ("hpMSCs in ALS rats\nhpMSCs were given intravenously to SOD1 rats.", "hpMSCs", "cell:pl_msc"),
    ("hAMSCs were given intravenously and reduced microgliosis.", "hAMSCs", "cell:msc"),
    ("hAFMSCs were injected into the muscle of SOD1 mice.", "hAFMSCs", "cell:pl_msc"),
    ("HUMSCs were injected intrathecally into SOD1 mice.", "HUMSCs", "cell:uc_msc"),
    ("HBMSCs were injected intrathecally into SOD1 mice.", "HBMSCs", "cell:bm_msc"),
    # a long form still decides the short form's source
    ("Human amniotic mesenchymal stromal cells (hAMSCs) were grafted. hAMSCs survived.", "hAMSCs", "cell:pl_msc"),
])
def test_an_msc_short_form_under_an_unlisted_prefix_is_msc(nlp, text, name, concept):
    """`fMSCs`, `hpMSCs`: MSCs under a lower-case prefix no alias lists; `p` in capitals names the placenta."""
    got = [(c, l) for t, l, c in ents(nlp(text)) if t == name]
    assert got and set(got) == {(concept, "CELL_TYPE")}


@pytest.mark.parametrize("text, name, concept", [
    ("Decidua stromal cells were given intravenously to mice.", "Decidua stromal cells", "cell:pl_msc"),
    ("Decidual MSCs were injected into the tail vein.", "Decidual MSCs", "cell:pl_msc"),
    ("Chorionic villi-derived stem cells were injected.", "Chorionic villi-derived stem cells", "cell:pl_msc"),
    # (helper CK, s22) perivascular cells of the cord are isolated from its Wharton's jelly: wj_msc (gold of set AD)
    ("Human umbilical cord perivascular cells (HUCPVCs) were injected. HUCPVCs were safe.",
     "Human umbilical cord perivascular cells", "cell:wj_msc"),
    ("Human umbilical cord perivascular cells (HUCPVCs) were injected. HUCPVCs were safe.", "HUCPVCs", "cell:wj_msc"),
    ("Neural stem-like cells (NSLCs) were derived from marrow stromal cells.", "Neural stem-like cells", "cell:nsc"),
    ("NSLCs were transplanted into the spinal cord of the rats.", "NSLCs", "cell:nsc"),
    ("MSC-NPs were injected intrathecally in patients with progressive MS.", "MSC-NPs", "cell:nsc"),
    ("Mesenchymal stem cell-like cells were derived from iPSCs.", "Mesenchymal stem cell-like cells", "cell:msc"),
    ("Stem cells derived from human exfoliated deciduous teeth were infused.",
     "Stem cells derived from human exfoliated deciduous teeth", "cell:msc"),
    ("MuSCs were transplanted into the tibialis anterior.", "MuSCs", "cell:other"),
    ("Amniotic membrane cells were transplanted into injured rats.", "Amniotic membrane cells", "cell:other"),
])
def test_cell_name_variants_take_their_source(nlp, text, name, concept):
    """Placental (decidua, chorionic villi), cord perivascular, neural stem-like and other cell names
    the vocabulary lacked."""
    assert (name, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, name, concept", [
    ("Natural killer (NK) cells were infused weekly.", "Natural killer (NK) cells", "cell:other"),
    ("Umbilical cord blood (UCB) cells were infused into the mice.", "Umbilical cord blood (UCB) cells", "cell:other"),
    ("Bone marrow (BM) cells were infused into the mice.", "Bone marrow (BM) cells", "cell:bm_mnc"),
])
def test_a_short_form_before_bare_cells_leaves_one_name(nlp, text, name, concept):
    """`natural killer (NK) cells`: the short form splits the name from its head `cells`."""
    assert (name, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, concept", [
    ("Mesenchymal stromal cells isolated from the patient's own bone marrow were injected.", "cell:bm_msc"),
    ("MSCs expanded from abdominal adipose tissue were infused.", "cell:ad_msc"),
    ("MSCs derived from the decidua were infused.", "cell:pl_msc"),
])
def test_a_source_after_the_cells_past_more_words(nlp, text, concept):
    """`... isolated from the patient's own bone marrow`: the source names the cells' concept."""
    assert [c for t, l, c in ents(nlp(text)) if l == "CELL_TYPE"] == [concept]


@pytest.mark.parametrize("text", [
    "CD34 expression and stem cell factor (SCF) levels were measured in the spinal cord.",
    "NLRP3, ASC and caspase-1 levels rose in the spinal cord of SOD1 mice.",
    "Mice (n = 5) were killed at day 60 and the cells (n = 3) counted.",
    "HESCs were decidualized in vitro.",
])
def test_no_cell_mention_in_genes_or_counts(nlp, text):
    assert not [t for t, l, c in ents(nlp(text)) if l == "CELL_TYPE"]


@pytest.mark.parametrize("text, product, cells, concept", [
    ("Wharton's jelly MSC-derived EVs were given intravenously.", "Wharton's jelly MSC-derived EVs",
     "Wharton's jelly MSC", "cell:wj_msc"),
    ("Human umbilical cord MSC-derived exosomes reduced inflammation.", "Human umbilical cord MSC-derived exosomes",
     "Human umbilical cord MSC", "cell:uc_msc"),
    ("Placental MSC-derived exosomes protected motor neurons.", "Placental MSC-derived exosomes", "Placental MSC",
     "cell:pl_msc"),
])
def test_a_source_before_glued_msc_derived_products(nlp, text, product, cells, concept):
    """`Wharton's jelly MSC-derived EVs`: one product mention with the source, and its sourced MSCs inside."""
    doc = nlp(text)
    doc._.pmid = "L"
    rows = {(r["text"], r["concept_id"]) for r in entity_rows(doc, "test") if r["label"] == "CELL_TYPE"}
    assert (product, "cell:msc_ev") in rows and (cells, concept) in rows


def test_bare_msc_derived_products_keep_their_name(nlp):
    doc = nlp("The MSC-derived exosomes were given intravenously.")
    doc._.pmid = "L"
    assert {(r["text"], r["concept_id"]) for r in entity_rows(doc, "test") if r["label"] == "CELL_TYPE"} == {
        ("MSC-derived exosomes", "cell:msc_ev")}


@pytest.mark.parametrize("text, name", [
    ("Adipose-derived stem cell-conditioned medium (ASC-CM) was given. ASC-CM protected neurons.",
     "Adipose-derived stem cell-conditioned medium"),
    ("Adipose-derived stem cell-conditioned medium (ASC-CM) was given. ASC-CM protected neurons.", "ASC-CM"),
    ("Mesenchymal stem cell-conditioned media reduced apoptosis.", "Mesenchymal stem cell-conditioned media"),
    ("Human umbilical cord mesenchymal stem cell-conditioned medium reduced apoptosis.",
     "Human umbilical cord mesenchymal stem cell-conditioned medium"),
])
def test_msc_name_glued_to_conditioned_medium(nlp, text, name):
    """`... stem cell-conditioned medium`: the MSC name glued to the participle makes an MSC product."""
    assert (name, "CELL_TYPE", "cell:msc_ev") in ents(nlp(text))


def test_other_cells_conditioned_medium_is_no_msc_product(nlp):
    got = ents(nlp("Schwann cell-conditioned medium was applied. Astrocyte-conditioned medium was toxic."))
    assert not [t for t, l, c in got if c == "cell:msc_ev"]


# --- helper J (s17): OUTCOME mention spans and names

@pytest.mark.parametrize("text, span, concept", [
    ("Serum NfL levels decreased after intrathecal MSC treatment.", "Serum NfL levels", "outcome:biomarker"),
    ("Plasma neurofilament light chain concentrations did not change.",
     "Plasma neurofilament light chain concentrations", "outcome:biomarker"),
    ("CSF pNfH levels fell in responders.", "CSF pNfH levels", "outcome:biomarker"),
])
def test_a_fluid_marker_with_its_amount_word_is_one_end_point(nlp, text, span, concept):
    """(helper J, s17) Train gold spans a measured blood/CSF marker with its fluid and amount word
    (`plasma ... neurofilament H subunit levels`); the bare name stays where no amount word follows."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_a_bare_fluid_marker_stays_its_name(nlp):
    assert ("NfL", "OUTCOME", "outcome:biomarker") in ents(nlp("NfL was measured in serum by a single-molecule assay."))


@pytest.mark.parametrize("text, span, concept", [
    ("The lung wet-to-dry ratio decreased after BM-MSC infusion in LPS-injured mice.", "wet-to-dry ratio",
     "outcome:other"),
    ("MSCs lowered the wet/dry weight ratio of the lungs.", "wet/dry weight ratio", "outcome:other"),
    ("Levodopa-induced dyskinesias improved after intrastriatal MSC grafting.", "Levodopa-induced dyskinesias",
     "outcome:other"),
    ("Total daily OFF time decreased by two hours.", "OFF time", "outcome:motor_function"),
    # a sign's rating is the sign's end point, and the list it opens goes on
    ("Secondary end points included motor tests, dyskinesia ratings, patient diaries and PET imaging.",
     "dyskinesia ratings", "outcome:other"),
])
def test_lung_water_and_parkinsonian_end_points(nlp, text, span, concept):
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_an_instrument_short_form_is_not_widened_by_its_score(nlp):
    got = ents(nlp("The NIHSS score improved in treated patients, and the Barthel index rose."))
    assert not [t for t, l, c in got if t == "NIHSS score"]


@pytest.mark.parametrize("text", [
    "Radiographic evaluation of the grafts was performed at three months.",
    "Histological and immunohistochemical assessment of the lumbar spinal cord was done at end stage.",
    "Ultrastructural analysis of the sciatic nerve followed MSC injection.",
])
def test_an_examination_named_by_its_method_is_no_end_point(nlp, text):
    """(helper J, s17) train gold: `Radiographic evaluation` is how a study looked, not an end point."""
    assert not [t for t, l, c in ents(nlp(text)) if l == "OUTCOME"]


@pytest.mark.parametrize("text, span", [
    ("A neurological examination was performed monthly after the intrathecal injections.", "neurological examination"),
    ("The histological outcome and motor function improved in treated rats.", "histological outcome"),
])
def test_an_examination_naming_what_it_measures_stays(nlp, text, span):
    assert span in [t.lower() for t, l, c in ents(nlp(text)) if l == "OUTCOME"]


@pytest.mark.parametrize("text", [
    "Motor neurons were exposed to increasing concentrations of glutamate for 24 h.",
    "Increasing concentrations of cerebrospinal fluid from ALS patients were added to the culture medium.",
    "The cells were treated with various concentrations of H2O2 before the MSC co-culture.",
])
def test_a_dose_series_given_is_no_end_point(nlp, text):
    """(helper J, s17) train gold: `Increasing concentrations of cerebrospinal fluid (10%, 20%...)` is an exposure."""
    assert not [t for t, l, c in ents(nlp(text)) if l == "OUTCOME" and "concentrations" in t]


@pytest.mark.parametrize("text, span", [
    ("MSCs acted by increasing concentrations of IL-10 in the spinal cord.", "concentrations of IL-10"),
    ("Treatment decreased concentrations of TNF-α in the serum of SOD1 mice.", "concentrations of TNF-α"),
])
def test_a_concentration_the_treatment_changed_stays(nlp, text, span):
    assert span in [t for t, l, c in ents(nlp(text)) if l == "OUTCOME"]


@pytest.mark.parametrize("text, span", [
    ("Intravenous UC-MSCs reduced CD4+ T cell infiltration in the spinal cord of EAE mice.",
     "CD4+ T cell infiltration"),
    ("MSC treatment reduced CD68+ macrophage accumulation around the lesion.", "CD68+ macrophage accumulation"),
    ("Iba1+ microglia activation was lower in the treated SOD1 mice.", "Iba1+ microglia activation"),
])
def test_marked_immune_cells_gathering_is_inflammation(nlp, text, span):
    """(helper J, s17) `T cell infiltration` is SPEC's inflammation; a marker before the cells (`CD4+`) must not
    turn the end point into a bare cell name."""
    assert (span, "OUTCOME", "outcome:inflammation") in ents(nlp(text))


def test_marked_immune_cells_stay_nested_cells(nlp):
    doc = nlp("MSCs reduced CD4+ T cell infiltration in the spinal cord.")
    assert "CD4+ T cell" in [s.text for s in doc.spans["litmine_nested"] if s.label_ == "CELL_TYPE"]


@pytest.mark.parametrize("text, span, concept", [
    ("MSC-NTF transplantation reduced the levels of MCP-1 in the CSF.", "levels of MCP-1", "outcome:biomarker"),
    ("CSF analyses showed decreases in neuroinflammatory biomarkers such as MCP-1 and chitotriosidase-1.",
     "neuroinflammatory biomarkers", "outcome:inflammation"),
    ("CSF analyses showed decreases in neuroinflammatory biomarkers such as MCP-1 and chitotriosidase-1.",
     "MCP-1", "outcome:biomarker"),
    ("CSF analyses showed decreases in neuroinflammatory biomarkers such as MCP-1 and chitotriosidase-1.",
     "chitotriosidase-1", "outcome:biomarker"),
])
def test_the_csf_markers_of_als_cell_trials(nlp, text, span, concept):
    """(helper J, s17) train gold: `CSF monocyte chemoattractant protein-1 levels` is biomarker; `CSF inflammatory
    biomarkers` is inflammation; the members a biomarker class names are end points too."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_a_marker_receptor_is_no_fluid_biomarker(nlp):
    got = ents(nlp("Neural induction upregulated the expression level of the MCP-1 receptor, CCR2, in MSCs."))
    assert not [t for t, l, c in got if c == "outcome:biomarker"]


@pytest.mark.parametrize("text, span, concept", [
    ("Treated SOD1 mice had fewer ubiquitin-positive aggregates in the ventral horn.", "ubiquitin-positive aggregates",
     "outcome:other"),
    ("MSCs reduced p62-positive inclusions in spinal motor neurons.", "p62-positive inclusions", "outcome:other"),
    ("Hindlimb clasping appeared later in the treated mice.", "Hindlimb clasping", "outcome:motor_function"),
])
def test_stained_aggregates_and_clasping_are_end_points(nlp, text, span, concept):
    """(helper J, s17) train gold: `accumulation of ubiquitin agglomerates` is an end point (other); a stained
    aggregate count is one too; clasping is a motor sign of the mouse models."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "The UC-MSCs were characterized by their expression of CD73, CD90 and CD105 and lack of CD34 and CD45.",
    "Cells were characterized by flow cytometry for CD73, CD90 and CD105 expression before transplantation.",
])
def test_the_msc_surface_marker_panel_is_no_end_point(nlp, text):
    """(helper J, s17) the ISCT panel identifies the cells in their characterisation; nothing was changed."""
    assert not [t for t, l, c in ents(nlp(text)) if l == "OUTCOME"]


def test_an_immune_marker_the_treatment_changed_stays(nlp):
    got = ents(nlp("MSC treatment reduced CD68 expression in the lumbar spinal cord of SOD1 mice."))
    assert ("CD68 expression", "OUTCOME", "outcome:inflammation") in got


# --- helper K (s17): route adjectives that name no route of administration ---

@pytest.mark.parametrize("text, word", [
    ("Bulbar ALS\nOral intake declined and oral feeding was replaced by gastrostomy.", "Oral"),
    ("MRI in ALS\nIntramuscular nerve branches were traced on diffusion images.", "Intramuscular"),
    ("CSF in ALS\nIntrathecal IgG synthesis was normal in all patients.", "Intrathecal"),
    ("Procedure\nIntravenous access was secured before the procedure.", "Intravenous"),
])
def test_a_route_adjective_on_anatomy_or_equipment_is_no_route(nlp, text, word):
    assert not any(label == "ROUTE" and t == word for t, label, _ in ents(nlp(text)))


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs in ALS\nPatients underwent intrathecal cell injection with autologous MSCs.", "intrathecal",
     "route:intrathecal"),
    ("MSCs in ALS\nIntravenous cell therapy with UC-MSCs was well tolerated.", "Intravenous", "route:intravenous"),
])
def test_a_route_before_cell_giving_is_a_route(nlp, text, span, concept):
    """(helper K, s17) `parenchymal cells` is anatomy, but `intrathecal cell injection` gives cells."""
    assert (span, "ROUTE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "CSF in MSC trials\nCSF was collected by lumbar puncture before and after intravenous MSC infusion.",
    "CSF in MSC trials\nCSF samples were withdrawn via lumbar puncture one month after the UC-MSC injection.",
])
def test_a_sample_taken_by_lumbar_puncture_is_no_route(nlp, text):
    """(helper K, s17) the sampling verb right before `by lumbar puncture` makes it the sample's, even where
    the sentence also names the cells' giving."""
    assert not any(label == "ROUTE" and t == "lumbar puncture" for t, label, _ in ents(nlp(text)))


# --- helper O (s17): outcome concept choice ---

@pytest.mark.parametrize("text, span", [
    ("MSCs in ALS\nThe secondary end point was the time to death or mechanical ventilation.", "ventilation"),
    ("MSCs in ALS\nTime to death or ventilation was longer in the treated group.", "ventilation"),
    ("MSCs in ALS\nEvent-free survival (death, tracheostomy or non-invasive ventilation) did not differ.",
     "non-invasive ventilation"),
])
def test_ventilation_in_a_composite_survival_end_point_is_survival(nlp, text, span):
    """(helper O, s17) a ventilation event listed in a composite survival end point (`time to death or
    ventilation`) is outcome:survival, as `permanent ventilation` is; not respiratory function. (helper BF,
    s21: the member may be inside the one mention of the whole composite, `time to death or ventilation`.)"""
    found = ents(nlp(text))
    assert any(span in t and c == "outcome:survival" for t, _, c in found), found
    assert not any(c == "outcome:respiratory_function" for _, _, c in found)


@pytest.mark.parametrize("text, span", [
    ("MSCs in ALS\nPatients on non-invasive ventilation had a lower FVC at baseline.", "FVC"),
    ("MSCs in ALS\nRespiratory function and the need for ventilation were recorded monthly.", "Respiratory function"),
])
def test_ventilation_outside_a_composite_end_point_keeps_its_concept(nlp, text, span):
    """(helper O, s17) outside a `time to ...` / `free of ...` end point the respiratory words keep theirs."""
    assert (span, "OUTCOME", "outcome:respiratory_function") in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs in SOD1 mice\nWeight decline was slower in the treated mice.", "Weight decline", "outcome:body_weight"),
    ("MSCs in SOD1 mice\nTreated mice showed a delayed body weight decline.", "body weight decline",
     "outcome:body_weight"),
    ("MSCs in SOD1 mice\nIn treated mice the age at death was later than in controls.", "age at death",
     "outcome:survival"),
])
def test_weight_decline_and_age_at_death_are_end_points(nlp, text, span, concept):
    """(helper O, s17) `weight decline` is body weight as `weight loss` is; `age at death` is survival as
    `age at end stage` is (SPEC section 2)."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


# ---- helper B, session 18 (real MSC papers in other neurological diseases) ----

@pytest.mark.parametrize("text, span", [
    ("Cell therapy in a rat model\nNeurotrophic factor-secreting rat mesenchymal stem cells were grafted into "
     "the striatum.", "Neurotrophic factor-secreting rat mesenchymal stem cells"),
    ("Cell therapy in a rat model\nGlial cell line-derived neurotrophic factor-secreting human neural stem cells "
     "were grafted into the striatum.",
     "Glial cell line-derived neurotrophic factor-secreting human neural stem cells"),
])
def test_a_factor_named_name_at_a_line_start_keeps_the_line_break_out(nlp, text, span):
    """(helper B, s18) the backward search for a spelled-out factor before `-secreting` stops at a line break:
    the cell mention that opens a line does not start with the newline (it used to, and the relation stage
    then found the cell in no sentence and raised StopIteration)."""
    got = ents(nlp(text))
    assert any(t == span for t, l, _ in got if l == "CELL_TYPE"), got
    assert not any(t.startswith("\n") for t, _, _ in got), got


@pytest.mark.parametrize("text, span", [
    ("MSC-NTF cells in a mouse model\nWe grafted neurotrophic factor-secreting human mesenchymal stem cells into "
     "the striatum.", "neurotrophic factor-secreting human mesenchymal stem cells"),
    ("MSC-NTF cells in a mouse model\nMice received NTF-secreting rat mesenchymal stromal cells.",
     "NTF-secreting rat mesenchymal stromal cells"),
    ("MSC-NTF cells in a mouse model\nThe NTF+ cells were injected into the striatum of R6/2 mice.", "NTF+ cells"),
])
def test_msc_secreting_the_class_of_factors_are_msc_ntf(nlp, text, span):
    """(helper B, s18) MSCs named as secreting neurotrophic factors (the class) are MSC-NTF cells whatever
    species word stands between; `NTF+ cells` (the same product's short name) are cells, not a stained count."""
    assert (span, "CELL_TYPE", "cell:msc_ntf") in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("Nerve repair with stem cells\nBone marrow stromal cell (BMSC)-derived Schwann cells were seeded into the "
     "conduit.", "Bone marrow stromal cell (BMSC)-derived Schwann cells", "cell:schwann_cell"),
    ("Nerve repair with stem cells\nWe grafted adipose-derived stem cell (ADSC)-derived Schwann-like cells.",
     "adipose-derived stem cell (ADSC)-derived Schwann-like cells", "cell:schwann_cell"),
    ("Cell therapy for Parkinson's disease\nMesenchymal stem cell (MSC)-derived dopaminergic neurons were "
     "grafted into the striatum.", "Mesenchymal stem cell (MSC)-derived dopaminergic neurons", "cell:neuron"),
])
def test_cells_made_from_msc_with_the_abbreviation_between_are_one_mention(nlp, text, span, concept):
    """(helper B, s18) cells made from MSCs take the type they are named as (the source's convention), also
    where the MSCs' short form stands between (`bone marrow stromal cell (BMSC)-derived SCs`), as
    `BMSC-derived SCs` do: the MSCs they came from are no mention of their own (no graft and no outcome of theirs)."""
    got = ents(nlp(text))
    assert (span, "CELL_TYPE", concept) in got, got
    assert not any(l == "CELL_TYPE" and c in ("cell:msc", "cell:bm_msc", "cell:ad_msc") for _, l, c in got), got


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs in a mouse model\nMice received bone marrow-derived human mesenchymal stem cells.",
     "bone marrow-derived human mesenchymal stem cells", "cell:bm_msc"),
    ("MSCs in a mouse model\nMice received bone marrow derived human mesenchymal stem cells.",
     "bone marrow derived human mesenchymal stem cells", "cell:bm_msc"),
    ("MSCs in a mouse model\nAdipose-derived rat mesenchymal stromal cells were injected.",
     "Adipose-derived rat mesenchymal stromal cells", "cell:ad_msc"),
])
def test_a_source_before_the_species_word_names_the_msc_source(nlp, text, span, concept):
    """(helper B, s18) `bone marrow-derived human MSCs`: the tissue source before the species word is the
    cells' source (it used to give `marrow-derived human mesenchymal stem cells` as unsourced MSCs)."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text", [
    "MSCs in a mouse model\nLate grafting resulted in a temporary improvement in motor function.",
    "MSCs in a mouse model\nThe grafts produced a transient improvement of rotarod performance.",
])
def test_how_long_an_improvement_lasted_names_no_end_point(nlp, text):
    """(helper B, s18) `a temporary improvement in X`: the duration word is no content modifier, so
    `temporary improvement` is no OUTCOME of its own (X is)."""
    got = ents(nlp(text))
    assert not any("improvement" in t for t, l, _ in got if l == "OUTCOME"), got
    assert any(l == "OUTCOME" and c == "outcome:motor_function" for _, l, c in got), got


# --- helper F, session 18: cell therapy for ALS (clinical and preclinical), from real-abstract audit ---

def test_regulatory_t_lymphocyte_hyphenated_is_a_treg(nlp):
    """(helper F, s18) `regulatory T-lymphocyte(s)` is the Treg long form with its hyphen."""
    got = ents(nlp("Treg therapy in ALS\nInfusions of expanded regulatory T-lymphocytes were given to patients."))
    assert ("regulatory T-lymphocytes", "CELL_TYPE", "cell:treg") in got, got


@pytest.mark.parametrize("text, bad", [
    ("Treg therapy in ALS\nPatients received human leukocyte antigen-matched Tregs from cord blood.", "leukocyte"),
    ("Treg therapy in ALS\nToxicity was graded by the National Cancer Institute criteria.", "Cancer"),
    ("NSC grafts in SOD1 rats\nCells were grafted at three spinal levels in each rat.", "spinal levels"),
    ("MSCs in ALS\nAmyotrophic lateral sclerosis is relentless, leading to paralysis and death.", "paralysis"),
    ("MSC medium in SOD1 mice\nJunctions were counted by co-labeling of neurofilament and synaptophysin.",
     "neurofilament"),
    ("MSC medium in SOD1 mice\nWe asked whether early disease onset treatment could protect junctions.",
     "disease onset"),
    ("BMMC in SOD1 mice\nMotor neuron numbers fell during the course of the disease in all mice.",
     "course of the disease"),
])
def test_names_that_are_no_mention_of_their_label(nlp, text, bad):
    """(helper F, s18) an HLA match, an institute, spinal segments, a disease's course in its definition,
    stained markers, the time of a treatment and a time span name no cell, disease or end point."""
    got = ents(nlp(text))
    assert not [g for g in got if g[0] == bad], got


def test_disease_duration_said_of_grafted_animals_is_an_end_point(nlp):
    """(helper F, s18) `Disease duration in grafted rats was longer`: changed by the treatment, an end point."""
    got = ents(nlp("NSC grafts in SOD1 rats\nDisease duration in grafted rats was longer than in sham rats."))
    assert ("Disease duration", "OUTCOME", "outcome:disease_progression") in got, got


@pytest.mark.parametrize("text, span", [
    ("NSCs in SOD1 rats\nNSCs were grafted into thoracic and lumbar cord of each rat.", "into thoracic and lumbar cord"),
    ("NSCs in ALS\nCells were injected into the cervical portion of the spinal cord.",
     "into the cervical portion of the spinal cord"),
    ("NSCs in ALS\nCells were placed into cervical and/or lumbar spinal cord segments.",
     "into cervical and/or lumbar spinal cord segments"),
])
def test_spinal_sites_with_coordinated_levels_or_portions_are_intraspinal(nlp, text, span):
    """(helper F, s18) intraspinal sites named by coordinated levels or by a portion of the cord."""
    assert (span, "ROUTE", "route:intraspinal") in ents(nlp(text))


# --- helper D (s18): neurotrophic-factor biology without cells (near-miss) ---

@pytest.mark.parametrize("text, span, concept", [
    ("NGF after sciatic nerve crush\nThe SFI recovered faster in the NGF group.", "SFI", "outcome:motor_function"),
    ("CNTF on denervated muscle\nCNTF preserved twitch tension of the soleus.", "twitch tension",
     "outcome:muscle_strength"),
    ("CNTF on denervated muscle\nCNTF attenuated the loss of twitch and tetanic tensions.",
     "twitch and tetanic tensions", "outcome:muscle_strength"),
])
def test_nerve_injury_read_outs_take_their_concepts(nlp, text, span, concept):
    """(helper D, s18) the sciatic functional index (SFI, walking-track gait) is motor function; twitch and
    tetanic tension are muscle force (as `twitch force`, `tetanic force` are)."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, concept", [
    ("GDNF in parkinsonian rats\nIntrastriatal GDNF produced reinnervation of the lesioned striatum.",
     "outcome:other"),
    ("NT-3 after nerve injury\nNT-3 hastened reinnervation of the tibialis anterior muscle.",
     "outcome:neuromuscular"),
])
def test_reinnervation_is_neuromuscular_only_with_a_muscle(nlp, text, concept):
    """(helper D, s18) `reinnervation` is neuromuscular where the sentence names a muscle; the word itself
    is not one (`reinnervation of the striatum` stays other)."""
    assert ("reinnervation", "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("BDNF in ALS\nSerum BDNF levels were higher in patients than in controls.", "Serum BDNF levels"),
    ("VEGF in ALS\nWe found low VEGF levels in the CSF of patients with ALS.", "VEGF levels"),
    ("VEGF in ALS\nCirculating VEGF levels were measured in 50 patients.", "Circulating VEGF levels"),
    ("VEGF in ALS\nCSF and serum VEGF levels were elevated in ALS.", "CSF and serum VEGF levels"),
])
def test_factor_level_in_a_fluid_is_a_biomarker(nlp, text, span):
    """(helper D, s18) a factor's level measured in a fluid is a biomarker end point, as `CSF neurotrophic
    factors` is (the factor stays a nested mention); `circulating` says blood."""
    assert (span, "OUTCOME", "outcome:biomarker") in ents(nlp(text))


# --- helper E, s18: end points of MSC trials outside neurology (heart, joints, lupus, wounds, ARDS) ---

@pytest.mark.parametrize("text, span, concept", [
    ("MSCs after myocardial infarction\nLeft ventricular ejection fraction (LVEF) rose after intracoronary "
     "bone marrow MSCs.", "Left ventricular ejection fraction", "outcome:other"),
    ("MSCs after myocardial infarction\nLeft ventricular ejection fraction (LVEF) rose after intracoronary "
     "bone marrow MSCs.", "LVEF", "outcome:other"),
    ("Adipose MSCs in knee osteoarthritis\nThe WOMAC fell after intra-articular AD-MSCs.", "WOMAC",
     "outcome:other"),
    ("Cord MSCs for diabetic foot ulcers\nUlcer healing was faster after topical UC-MSCs.", "Ulcer healing",
     "outcome:other"),
    ("Adipose stem cells for perianal fistulas\nFistula healing was seen in nine of twelve patients.",
     "Fistula healing", "outcome:other"),
    ("MSCs in COVID-19 ARDS\nThe PaO2/FiO2 ratio improved after two infusions of cord MSCs.", "PaO2/FiO2 ratio",
     "outcome:respiratory_function"),
    ("MSCs in COVID-19 ARDS\nSerum C-reactive protein fell after two infusions of cord MSCs.", "C-reactive protein",
     "outcome:inflammation"),
])
def test_end_points_of_msc_trials_outside_neurology(nlp, text, span, concept):
    """(helper E, s18) cardiac function, joint indices, healing of ulcers and fistulas, oxygenation and CRP:
    the end points of MSC trials in heart, joint, skin, gut and lung disease (SPEC: CRP is an inflammatory marker)."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("Cord MSCs in lupus\nActivity was graded with the Systemic Lupus Erythematosus Disease Activity Index "
     "(SLEDAI) at each visit.", "Systemic Lupus Erythematosus Disease Activity Index"),
    ("Adipose MSCs in knee osteoarthritis\nPatients completed the Knee injury and Osteoarthritis Outcome Score "
     "(KOOS) at baseline.", "Knee injury and Osteoarthritis Outcome Score"),
])
def test_abbreviated_index_or_score_is_one_instrument(nlp, text, span):
    """(helper E, s18) a long form the text abbreviates that ends in `Index` or `Score` is one rating
    instrument, even where a disease name (`Systemic Lupus Erythematosus`, `Osteoarthritis`) sits inside it."""
    assert (span, "OUTCOME", "outcome:other") in ents(nlp(text))


def test_local_injection_and_darvadstrocel(nlp):
    """(helper E, s18) `local injection` is a route (route:other) and darvadstrocel the adipose MSC product."""
    got = ents(nlp("Adipose MSCs for perianal fistulas\nEleven patients received a local injection of "
                   "darvadstrocel."))
    assert ("local injection", "ROUTE", "route:other") in got
    assert ("darvadstrocel", "CELL_TYPE", "cell:ad_msc") in got


@pytest.mark.parametrize("span", ["perianal fistulas", "diabetic foot ulcers", "Multiorgan failure"])
def test_diseases_of_msc_trials_outside_neurology(nlp, span):
    """(helper E, s18) the conditions MSC trials in gut, skin and lung disease treat are diseases."""
    text = ("Cord MSCs in three trials\nPatients with perianal fistulas or diabetic foot ulcers were enrolled. "
            "Multiorgan failure was rare.")
    assert (span, "DISEASE", "disease:other") in ents(nlp(text))


def test_cytokine_symbol_with_a_lost_greek_letter_is_inflammation(nlp):
    """(helper E, s18) `TGF-B`, `IFN-g` (a page that lost the Greek letter) are cytokines: inflammation."""
    got = ents(nlp("Cord MSCs in COVID-19\nSerum levels of TGF-B rose after UC-MSC infusion."))
    assert ("Serum levels of TGF-B", "OUTCOME", "outcome:inflammation") in got


# --- helper C, s18: ALS biomarker and drug-trial abstracts (real-abstract audit) ------------------------------

@pytest.mark.parametrize("text, span", [
    ("MRS in ALS\nThe NAA/Cr ratio was measured in the premotor cortex and the supplementary motor area.",
     "supplementary motor area"),
    ("NfL in ALS\nUsing an electrochemiluminescence immunoassay, NfL levels were measured in plasma.",
     "electrochemiluminescence immunoassay"),
    ("NfL in ALS\nSurvival was evaluated using Cox regression and Kaplan-Meier analysis.", "Cox regression"),
])
def test_brain_areas_assays_and_statistical_models_are_no_end_points(nlp, text, span):
    """(helper C, s18) a named cortical area, the assay that measured a marker and the statistical model of
    an analysis are not OUTCOME mentions."""
    assert span not in [t for t, label, _ in ents(nlp(text)) if label == "OUTCOME"]


def test_a_disease_subtype_named_by_its_cause_is_no_definition(nlp):
    """(helper C, s18) `patients with ALS caused by SOD1 mutations ...`: which form of the disease, not a
    sentence defining it; its end points stay."""
    got = ents(nlp("Antisense therapy in ALS\nPatients with ALS caused by SOD1 mutations treated with the "
                   "antisense drug have shown slowing of disease progression."))
    assert any(label == "OUTCOME" and cid == "outcome:disease_progression" for _, label, cid in got), got


@pytest.mark.parametrize("text, span, concept", [
    ("NfL in ALS\nSerum NfL may mark lower motor neuron damage in ALS.", "lower motor neuron damage",
     "outcome:motor_neuron_survival"),
    ("NfL in ALS\nNfL levels rose with the severity of axonal damage.", "axonal damage", "outcome:neuromuscular"),
    ("HGF in SOD1 rats\nIntrathecal HGF prolonged the duration of the disease by half.", "duration of the disease",
     "outcome:disease_progression"),
])
def test_motor_neuron_and_axonal_damage_are_end_points(nlp, text, span, concept):
    """(helper C, s18) like `motor neuron degeneration`, `axonal degeneration` and `disease duration` (SPEC
    section 2)."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("Intrathecal BDNF in ALS\nWithin days, most patients receiving intrathecal BDNF reported mild sensory "
     "symptoms, including paraesthesias.", "sensory symptoms"),
    ("Subcutaneous BDNF in ALS\nFifteen patients given BDNF reported altered bowel function as an adverse effect "
     "of the treatment.", "bowel function"),
])
def test_complaints_reported_as_adverse_effects_are_no_end_points(nlp, text, span):
    """(helper C, s18) like headache and fever (SOURCE.md notes): the symptoms a factor trial's patients
    reported as adverse effects are not annotated."""
    assert not [t for t, label, _ in ents(nlp(text)) if label == "OUTCOME" and span in t], ents(nlp(text))


def test_a_stereotaxic_injection_into_a_brain_nucleus_is_intracerebral(nlp):
    """(helper C, s18) the first site after the route decides: a cerebellar nucleus whose `spinal cord
    connections` are named later is still the brain parenchyma (SPEC: intracerebral, stereotactic)."""
    got = ents(nlp("AAV-IGF-1 in ALS mice\nSymptomatic mice received IGF-1 through stereotaxic injection of a viral "
                   "vector to the deep cerebellar nuclei, a region with brain stem and spinal cord connections."))
    assert [cid for _, label, cid in got if label == "ROUTE"] == ["route:intracerebral"], got


# --- helper A (s18): MSC therapy in brain injury (stroke, ICH, TBI, neonatal HI); invented sentences ---

@pytest.mark.parametrize("text, span, concept", [
    ("MSCs after stroke\nMotor asymmetry was scored in the cylinder rearing test.", "cylinder rearing test",
     "outcome:motor_function"),
    ("MSCs after stroke\nThe corner turning test was done on day 14.", "corner turning test", "outcome:motor_function"),
    ("MSCs after ICH\nNeural function was scored weekly in both groups.", "Neural function", "outcome:motor_function"),
    ("MSCs after ICH\nThe rats showed faster neural functional recovery.", "neural functional recovery",
     "outcome:motor_function"),
    ("MSCs after TBI\nPatients were rated with the Functional Independence Measures.",
     "Functional Independence Measures", "outcome:other"),
    ("MSCs after stroke\nMechanical sensitivity was tested with the von Frey test.", "von Frey test", "outcome:other"),
    ("MSCs after stroke\nGlial reactivity was scored in the penumbra.", "Glial reactivity", "outcome:inflammation"),
])
def test_brain_injury_behavioural_tests_and_scales(nlp, text, span, concept):
    """(helper A, s18) the tests and scales of stroke, ICH and TBI studies (`neural function` is the
    `neurological function` of many papers)."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span", [
    ("MSCs after stroke\nMSCs reduced Bax and cleaved caspase-3 in the penumbra.", "Bax"),
    ("MSCs after stroke\nMSCs reduced Bax and cleaved caspase-3 in the penumbra.", "cleaved caspase-3"),
    ("MSCs after stroke\nBcl-2 was upregulated after MSC transplantation.", "Bcl-2"),
])
def test_apoptosis_markers_changed_by_a_treatment_are_end_points(nlp, text, span):
    """(helper A, s18) Bax, Bcl-2 and caspase-3 are the apoptosis read-outs of brain-injury studies."""
    assert (span, "OUTCOME", "outcome:other") in ents(nlp(text))


def test_birth_asphyxia_is_a_disease_and_its_burden_no_end_point(nlp):
    """(helper A, s18) `Birth asphyxia is a frequent cause of perinatal morbidity and mortality`: a disease
    whose burden sentence names no end point."""
    found = ents(nlp("MSCs after neonatal brain injury\nBirth asphyxia is a frequent cause of perinatal morbidity "
                     "and mortality. MSC treatment reduced lesion volume."))
    assert ("Birth asphyxia", "DISEASE", "disease:other") in found
    assert not any(t in ("mortality", "morbidity") for t, _, _ in found), found


# ---- helper G, session 18 (real near-miss cell biology) ----

@pytest.mark.parametrize("text, concept", [
    ("Astrocytes in ALS\nConditioned medium of mutant SOD1 astrocytes caused toxicity to motor neurons.",
     "outcome:motor_neuron_survival"),
    ("Astrocytes in ALS\nWe previously found motor neuron toxicity of astrocytes from patients.",
     "outcome:motor_neuron_survival"),
    ("Astrocytes in stroke\nReactive astrocytes showed toxicity toward cultured neurons.", "outcome:other"),
])
def test_toxicity_to_neurons_is_their_survival(nlp, text, concept):
    """(helper G, s18) `toxicity to motor neurons`, `motor neuron toxicity`: what kills the neurons of a
    culture or model (motor neuron survival), not a treatment's safety."""
    got = ents(nlp(text))
    # the span may take the neurons in (`toxicity to motor neurons`); the concept is what matters
    assert [g for g in got if "toxicity" in g[0] and g[1:] == ("OUTCOME", concept)], got
    assert not [g for g in got if "toxicity" in g[0] and g[2] == "outcome:safety"], got


def test_inducible_nitric_oxide_synthase_is_inflammation(nlp):
    """(helper G, s18) iNOS, the enzyme of activated microglia and macrophages: SPEC's inflammation."""
    got = ents(nlp("MSCs in SOD1 mice\nMSCs decreased the expression of inducible nitric oxide synthase in the spinal cord."))
    assert any(l == "OUTCOME" and c == "outcome:inflammation" and "synthase" in t for t, l, c in got), got


# --- helper H (s18): clinical cell-therapy trials in other neurological diseases (invented sentences)

@pytest.mark.parametrize("text, span, concept", [
    ("UC-MSCs in hereditary ataxia\nAfter intrathecal UC-MSCs the ICARS fell by four points.", "ICARS",
     "outcome:other"),
    ("UC-MSCs in hereditary ataxia\nAfter intrathecal UC-MSCs the SARA fell by two points.", "SARA", "outcome:other"),
    ("BM-MNCs in cerebral palsy\nGross motor function improved in most children after the second injection.",
     "Gross motor function", "outcome:motor_function"),
    ("MSCs in chronic stroke\nBarthel scores rose by ten points at one year.", "Barthel scores", "outcome:other"),
    ("MSCs in spinal cord injury\nFour patients improved on the American Spinal Injury Association Impairment Scale.",
     "American Spinal Injury Association Impairment Scale", "outcome:motor_function"),
])
def test_clinical_scales_of_ataxia_palsy_stroke_and_spinal_injury(nlp, text, span, concept):
    """(helper H, s18) The scales these trials report: ataxia ratings (ICARS, SARA), gross motor function,
    Barthel scores, the ASIA impairment scale spelled out."""
    assert (span, "OUTCOME", concept) in ents(nlp(text))


def test_coordinated_ataxia_scales_are_two_end_points(nlp):
    """(helper H, s18) `the SARA and ICARS scores`: two known scales, not one merged phrase."""
    got = ents(nlp("UC-MSCs in ataxia\nPatients showed improvement in the SARA and ICARS scores after treatment."))
    assert ("SARA", "OUTCOME", "outcome:other") in got and ("ICARS", "OUTCOME", "outcome:other") in got, got


@pytest.mark.parametrize("span", ["MSA-C", "multiple system atrophy-cerebellar type"])
def test_subtypes_of_multiple_system_atrophy_are_diseases(nlp, span):
    """(helper H, s18) MSA trials name the subtype they enrol."""
    got = ents(nlp("MSCs in MSA\nWe enrolled patients with multiple system atrophy-cerebellar type (MSA-C) who "
                   "received intra-arterial MSCs."))
    assert (span, "DISEASE", "disease:other") in got, got


def test_bone_marrow_nucleated_cells_are_marrow_mononuclear_cells(nlp):
    """(helper H, s18) `bone marrow nucleated cells (BMNCs)`: the unselected marrow fraction, as BM-MNCs."""
    got = ents(nlp("Marrow cells in spinal cord injury\nChildren received bone marrow nucleated cells (BMNCs) "
                   "intravenously. BMNCs were well tolerated."))
    assert ("bone marrow nucleated cells", "CELL_TYPE", "cell:bm_mnc") in got, got
    assert ("BMNCs", "CELL_TYPE", "cell:bm_mnc") in got, got


def test_a_disease_course_sentence_names_no_end_point(nlp):
    """(helper H, s18) `... in MSA because of its rapid progression and fatal prognosis`: the disease's
    course, told in the background, is no end point of the study."""
    got = ents(nlp("MSCs in MSA\nNew treatments are urgently needed in multiple system atrophy because of its rapid "
                   "progression and fatal prognosis. Patients received intravenous MSCs."))
    assert not any(label == "OUTCOME" for _, label, _ in got), got


def test_a_recovery_phase_is_when_cells_were_given(nlp):
    """(helper H, s18) `in the subacute-chronic recovery phase of stroke`: a time window, not an end point;
    `motor recovery` in the same text stays one."""
    got = ents(nlp("NSCs in stroke\nNeural stem cells were implanted in the subacute-chronic recovery phase of stroke. "
                   "Motor recovery was assessed at 12 months."))
    assert not any("recovery phase" in t or t == "subacute-chronic recovery" for t, _, _ in got), got
    assert ("Motor recovery", "OUTCOME", "outcome:motor_function") in got, got


# --- helper L (session 18): review abstracts (MSC / neurotrophic-factor therapy reviews) ---

@pytest.mark.parametrize("text, concept", [
    ("Neurotrophins in Parkinson's disease\nGrowth factors govern the development, survival and maintenance of "
     "distinct neuronal populations.", "outcome:other"),
    ("Exosome cargo\nThe cargo affects several processes (e.g., survival, proliferation, migration) in glial cells.",
     "outcome:other"),
    ("Trophic support of motor neurons\nWe summarize the role of these factors in motor neuron development and "
     "survival.", "outcome:motor_neuron_survival"),
])
def test_survival_listed_with_what_neurons_do_is_the_cells(nlp, text, concept):
    """(helper L, s18) a bare `survival` listed with development, maintenance or proliferation, or sharing a
    preceding `motor neuron`, is the cells' survival, not the patients' or animals'."""
    found = ents(nlp(text))
    assert ("survival", "OUTCOME", concept) in found, found


def test_survival_after_a_patient_end_point_stays_survival(nlp):
    """(helper L, s18) `disability development and survival` of patients: one life word is no neuron list."""
    found = ents(nlp("UC-MSCs in ALS\nWe evaluated the effect of intrathecal UC-MSCs on disability development "
                     "and survival."))
    assert ("survival", "OUTCOME", "outcome:survival") in found, found


def test_autoimmune_response_is_inflammation(nlp):
    """(helper L, s18) `modulate the autoimmune response` (MSC reviews on multiple sclerosis): SPEC's
    inflammation, as `immune response` already is."""
    found = ents(nlp("MSCs in EAE\nMSCs dampen the autoimmune response in the central nervous system."))
    assert ("autoimmune response", "OUTCOME", "outcome:inflammation") in found, found


def test_damage_to_motor_neurons_is_motor_neuron_survival(nlp):
    """(helper L, s18) `reduce damage to motor neurons` reads as `motor neuron damage` does."""
    found = ents(nlp("ALS drugs\nThe drug is believed to lessen damage to motor neurons in ALS."))
    assert ("damage to motor neurons", "OUTCOME", "outcome:motor_neuron_survival") in found, found


def test_bbb_integrity_is_the_barrier_not_the_locomotor_scale(nlp):
    """(helper L, s18) `BBB integrity` is the blood-brain barrier's (outcome:other); the `BBB score` of spinal
    cord injury stays the locomotor scale."""
    found = ents(nlp("Exosomes in neurodegeneration\nMSC exosomes preserved BBB integrity in the mice. "
                     "BBB scores rose after MSC grafting in SCI rats."))
    assert ("BBB integrity", "OUTCOME", "outcome:other") in found, found
    assert ("BBB scores", "OUTCOME", "outcome:motor_function") in found, found


def test_a_disease_course_after_a_pronoun_copula_is_no_end_point(nlp):
    """(helper L, s18) `It is a fatal neurodegenerative disorder leading to paralysis and death`: the copula
    before the disease's name still tells its course (review openings)."""
    found = ents(nlp("ALS therapies\nALS is the commonest motor neuron disease in adults. It is a fatal "
                     "neurodegenerative disorder leading to paralysis and death within a few years."))
    assert not any(label == "OUTCOME" for _, label, _ in found), found


@pytest.mark.parametrize("text, concept", [
    ("Neurotrophins and ALS\nBDNF binds TrkB on spinal motor neurons and promotes their survival.",
     "outcome:motor_neuron_survival"),
    ("GDNF in Parkinson's disease\nGDNF acts on dopaminergic neurons and supports their survival.", "outcome:other"),
    ("MSCs in ALS mice\nMSCs were injected into SOD1 mice and prolonged their survival.", "outcome:survival"),
])
def test_their_survival_belongs_to_the_nearest_native_cells(nlp, text, concept):
    """(helper L, s18) `promote their survival` after nerve cells is the cells' survival; after the animals
    (or the therapy's own cells) it stays the animals' survival."""
    found = ents(nlp(text))
    assert ("survival", "OUTCOME", concept) in found, found


# --- helper J (s18): preclinical MSC work in non-neurological diseases; invented sentences ---

@pytest.mark.parametrize("text, span", [
    ("MSCs in colitis\nMice with DSS-induced colitis received adipose MSCs on day 2.", "colitis"),
    ("UC-MSCs in ovarian failure\nRats with premature ovarian failure were given UC-MSCs.", "premature ovarian failure"),
    ("UC-MSCs in ovarian insufficiency\nPremature ovarian insufficiency was induced by busulfan.",
     "Premature ovarian insufficiency"),
    ("MSCs in the lung\nBM-MSCs reduced bleomycin-induced pulmonary fibrosis in mice.", "pulmonary fibrosis"),
    ("MSCs in arthritis\nCollagen-induced arthritis was induced in DBA/1 mice.", "Collagen-induced arthritis"),
    ("MSC exosomes in the kidney\nExosomes eased gentamicin nephrotoxicity in rats.", "nephrotoxicity"),
    ("MSCs in the heart\nRats underwent myocardial ischemia-reperfusion injury before MSC infusion.",
     "ischemia-reperfusion injury"),
])
def test_diseases_of_preclinical_msc_studies_outside_neurology(nlp, text, span):
    """(helper J, s18) the disease models of preclinical MSC papers (colitis, ovarian failure, pulmonary
    fibrosis, arthritis, kidney injury); a fibrosis of the lung is a disease, as `liver fibrosis` was, not
    a respiratory function."""
    found = ents(nlp(text))
    assert (span, "DISEASE", "disease:other") in found, found


@pytest.mark.parametrize("text, span, concept", [
    ("UC-MSCs in ovarian failure\nUC-MSCs raised serum estrogen in treated rats.", "serum estrogen", "outcome:biomarker"),
    ("UC-MSCs in ovarian failure\nThe cells lowered follicle-stimulating hormone.", "follicle-stimulating hormone",
     "outcome:biomarker"),
    ("UC-MSCs in ovarian failure\nAnti-Mullerian hormone rose after the graft.", "Anti-Mullerian hormone",
     "outcome:biomarker"),
    ("UC-MSCs in ovarian failure\nThe grafts restored hormone secretion and the estrous cycle.", "hormone secretion",
     "outcome:biomarker"),
    ("UC-MSCs in ovarian failure\nThe grafts restored hormone secretion and the estrous cycle.", "estrous cycle",
     "outcome:other"),
    ("UC-MSCs in ovarian failure\nThe number of follicles doubled in the treated group.", "number of follicles",
     "outcome:other"),
    ("MSCs in lung injury\nThe lung wet weight to body weight ratio fell after MSC infusion.",
     "lung wet weight to body weight ratio", "outcome:other"),
    ("MSCs in arthritis\nThe cells reduced the severity of arthritis in mice.", "severity of arthritis", "outcome:other"),
    ("MSCs in the heart\nAn electrocardiogram was recorded on day 28.", "electrocardiogram", "outcome:other"),
    ("MSCs in the heart\nBNP fell in the treated pigs.", "BNP", "outcome:biomarker"),
    ("MSCs in colitis\nThe disease activity index (DAI) fell in treated mice.", "disease activity index",
     "outcome:other"),
])
def test_end_points_of_preclinical_msc_studies_outside_neurology(nlp, text, span, concept):
    """(helper J, s18) the read-outs of ovarian-failure, lung-injury, arthritis and heart models: ovarian
    hormones are blood markers (SPEC biomarker); a lung weight ratio is no body weight; `severity of
    arthritis` is one end point, not a disease."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


@pytest.mark.parametrize("text, span, concept", [
    # an organ outside the nervous system that cells are put into is a site of administration (SPEC route:other)
    ("MSCs were instilled into the trachea of mice with lung injury.", "into the trachea", "route:other"),
    ("Human BM-MSCs were injected into the vitreous of rats with retinal degeneration.", "into the vitreous",
     "route:other"),
    ("MSCs were transplanted into the knee joint of patients with osteoarthritis.", "into the knee joint",
     "route:other"),
    # the fluid the cells are given in, and brain sites coordinated by `either ... or`
    ("MSCs were administered in the cerebrospinal fluid of ALS patients.", "in the cerebrospinal fluid",
     "route:intrathecal"),
    ("Exosomes were injected into either the hippocampus or the cortex of AD mice.", "into either the hippocampus",
     "route:intracerebral"),
])
def test_sites_cells_are_given_into_are_routes(nlp, text, span, concept):
    found = ents(nlp(text))
    assert (span, "ROUTE", concept) in found, found


@pytest.mark.parametrize("text", [
    "Fibrosis spread into the lungs of the untreated mice.",
    "After intravenous injection most MSCs homed to the lungs.",
    "The patient received intrathecal MSCs; the cells were later detected in the cerebrospinal fluid.",
])
def test_an_organ_cells_were_not_given_into_is_no_route(nlp, text):
    found = ents(nlp(text))
    assert not [f for f in found if f[1] == "ROUTE" and ("lung" in f[0] or "fluid" in f[0])], found


def test_injection_under_the_renal_capsule_is_a_route(nlp):
    """(helper J, s18) kidney studies inject cells or exosomes under the renal capsule (SPEC route:other)."""
    found = ents(nlp("MSC exosomes in kidney injury\nExosomes were injected into the kidney via the renal capsule."))
    assert [c for _, label, c in found if label == "ROUTE"] == ["route:other"], found


@pytest.mark.parametrize("text, span, concept", [
    ("MSC exosomes in kidney injury\nIn rats with acute kidney injury, the exosomes improved renal function.",
     "renal function", "outcome:other"),
    ("MSC exosomes in kidney injury\nIn rats with acute kidney injury, the exosomes lowered serum creatinine.",
     "serum creatinine", "outcome:biomarker"),
    ("AD-MSCs in liver fibrosis\nIn mice with liver fibrosis, AD-MSCs lowered ALT levels.", "ALT levels",
     "outcome:biomarker"),
])
def test_the_struck_organs_lab_values_are_end_points_not_safety(nlp, text, span, concept):
    """(helper J, s18) a trial elsewhere reports creatinine or ALT as safety findings (train gold); in a study of
    that organ's disease they are what the treatment should improve: function is outcome:other, the lab
    value a blood marker."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


def test_markers_the_grafted_cells_carry_are_no_end_points(nlp):
    """(helper J, s18) `the engrafted MSCs were positive for cardiac markers: desmin, cardiac troponin T`: the
    cells' phenotype, as a staining target is (not the serum troponin of a result)."""
    found = ents(nlp("MSCs in myocardial infarction\nThe engrafted MSCs were positive for cardiac markers: desmin, "
                     "cardiac troponin T, and connexin43."))
    assert not [t for t, label, _ in found if label == "OUTCOME"], found


# --- helper K (session 18): cells as neurotrophic-factor sources -------------------------------------------

@pytest.mark.parametrize("span", ["iNPC-GDNFs", "CNS10-NPC-GDNF", "iNPCs"])
def test_engineered_progenitor_lines_are_neural_progenitors(nlp, span):
    """(helper K, s18) iPSC-derived progenitors (`iNPCs`) and engineered lines named for their transgene
    behind a product code or in the plural (`iNPC-GDNFs`, `CNS10-NPC-GDNF`) are neural progenitor cells."""
    found = ents(nlp("Progenitor grafts in ALS rats\nThe iNPCs were transduced to make iNPC-GDNFs, and a clinical "
                     "line, CNS10-NPC-GDNF, was grafted into the lumbar cord."))
    assert (span, "CELL_TYPE", "cell:nsc") in found, found


@pytest.mark.parametrize("span, concept", [("disease onset delay", "outcome:disease_onset"),
                                           ("survival extension", "outcome:survival")])
def test_nominal_onset_delay_and_survival_extension(nlp, span, concept):
    """(helper K, s18) titles name the results as nouns: `provide disease onset delay and survival extension`."""
    found = ents(nlp("Grafted stem cells provide disease onset delay and survival extension in ALS mice\nStem "
                     "cells were grafted."))
    assert (span, "OUTCOME", concept) in found, found


def test_cells_integrated_into_the_cord_is_no_route(nlp):
    """(helper K, s18) `the grafted cells integrated into the spinal cord gray matter`: where the cells went,
    not how they were given."""
    found = ents(nlp("NSCs in ALS mice\nNSCs were injected intrathecally. The grafted cells later integrated "
                     "into the spinal cord gray matter."))
    assert not any(c == "route:intraspinal" for _, _, c in found), found


# ---- helper I, s18: near-miss preclinical ALS studies (factor delivery, drugs, diets, exercise in SOD1 mice)

@pytest.mark.parametrize("text, span", [
    ("Wobbler mice\nGrip strength, running speed, walking pattern and paw position were scored weekly.", "running speed"),
    ("Wobbler mice\nGrip strength, running speed, walking pattern and paw position were scored weekly.", "walking pattern"),
    ("Wobbler mice\nGrip strength, running speed, walking pattern and paw position were scored weekly.", "paw position"),
    ("SOD1 mice\nEnd stage was defined by the loss of the righting reflex.", "righting reflex"),
])
def test_clinical_scoring_of_mutant_mice(nlp, text, span):
    """(helper I, s18) the weekly clinical scores of wobbler and SOD1 mouse studies are motor end points."""
    assert (span, "OUTCOME", "outcome:motor_function") in ents(nlp(text))


def test_a_study_sentence_naming_the_gene_that_causes_als_keeps_its_end_points(nlp):
    """(helper I, s18) `We studied the effect of exercise on X in a mouse model that carries a gene that is a cause
    of familial ALS`: the authors' design sentence, not the disease's burden (`cause of`)."""
    found = ents(nlp("Exercise in SOD1 mice\nWe studied the effect of treadmill running on body weight and motor "
                     "neuron counts in transgenic mice carrying a mutant SOD1 gene that is a cause of familial ALS."))
    assert ("body weight", "OUTCOME", "outcome:body_weight") in found, found
    assert ("motor neuron counts", "OUTCOME", "outcome:motor_neuron_survival") in found, found


def test_immuno_inflammatory_responses_are_inflammation(nlp):
    """(helper I, s18) the anti-inflammatory drug papers' `immuno-inflammatory responses`."""
    found = ents(nlp("Drug X in SOD1 mice\nDrug X dampened immuno-inflammatory responses in the spinal cord."))
    assert ("immuno-inflammatory responses", "OUTCOME", "outcome:inflammation") in found, found


@pytest.mark.parametrize("span", ["paralysis onset", "hindlimb paralysis onset", "weakness onset"])
def test_a_sign_named_before_its_onset_is_the_onset(nlp, span):
    """(helper I, s18) `delayed paralysis onset by 10 days`: the onset end point, as `onset of paralysis`."""
    found = ents(nlp(f"VEGF in SOD1 rats\nIntracerebroventricular VEGF delayed {span} by 10 days."))
    assert (span, "OUTCOME", "outcome:disease_onset") in found, found


@pytest.mark.parametrize("text", [
    "C9ORF72 mice\nAntisense oligonucleotides alleviated the gain of toxicity caused by the repeat expansion.",
    "C9ORF72 mice\nRNA toxicity and DPR toxicity both contribute to neuronal loss in these mice.",
])
def test_the_toxicity_of_a_mutation_is_no_safety_finding(nlp, text):
    """(helper I, s18) `gain of toxicity`, `RNA toxicity`, `DPR toxicity`: the genetic forms' disease mechanism,
    not a harm the treatment did (outcome:other, not outcome:safety)."""
    found = ents(nlp(text))
    assert not [x for x in found if x[2] == "outcome:safety"], found


# ---- helper O, s18: near-miss ALS clinical work (supportive care, metabolism, exercise, factor levels)

@pytest.mark.parametrize("text, care", [
    ("Effects of non-invasive ventilation on survival in ALS\nFew patients currently receive non-invasive "
     "ventilation (NIV). Patients were randomly assigned to NIV or standard care. Early NIV improved survival.",
     ("niv", "non-invasive ventilation")),
    ("Gastrostomy in ALS\nWe studied the impact of percutaneous endoscopic gastrostomy (PEG) on outcomes in ALS. "
     "PEG did not slow functional decline.", ("peg", "percutaneous endoscopic gastrostomy", "gastrostomy")),
])
def test_care_a_study_gives_is_no_end_point(nlp, text, care):
    """(helper O, s18) ventilation or a feeding tube named as the care studied (`receive NIV`, `assigned to NIV`,
    the title's `Effects of non-invasive ventilation on`, `the impact of percutaneous endoscopic gastrostomy (PEG)`)
    is the intervention, not an end point (`time to NIV` stays one)."""
    found = ents(nlp(text))
    assert not [x for x in found if x[0].lower() in care], found


def test_time_to_ventilation_stays_an_end_point_in_a_care_study(nlp):
    """(helper O, s18) the guard: a need for the care is an event of the course."""
    found = ents(nlp("Effects of non-invasive ventilation on survival in ALS\nThe primary end point was time to "
                     "NIV or death."))
    assert [x for x in found if x[0] in ("NIV", "time to NIV", "time to NIV or death")], found


@pytest.mark.parametrize("text, span", [
    ("Aerobic training in ALS\nThe subgroup with better bulbar function showed a survival benefit.", "bulbar function"),
    ("Aerobic training in ALS\nIn patients with ALS without severe bulbar dysfunction, training improved survival.",
     "bulbar dysfunction"),
    ("Aerobic training in ALS\nObjective evaluation consisted of muscle strength and fatigue.", "Objective evaluation"),
    ("Diet in ALS\nThe LIPCAL-ALS study was done at the sites of the ALS/MND-NET.", "LIPCAL-ALS"),
    ("Diet in ALS\nThe LIPCAL-ALS study was done at the sites of the ALS/MND-NET.", "ALS/MND-NET"),
    ("Exercise in ALS\nPatients in the ALS-EP arm exercised daily.", "ALS-EP"),
])
def test_subgroup_traits_appraisals_and_study_names_are_no_entities(nlp, text, span):
    """(helper O, s18) `the subgroup with better bulbar function`: who was compared; `Objective evaluation`: how;
    `LIPCAL-ALS`, `ALS/MND-NET`, `ALS-EP`: a trial's, a network's and an arm's names, no disease."""
    found = ents(nlp(text))
    assert not [x for x in found if x[0] == span], found


def test_disease_subtypes_glued_to_als_stay_diseases(nlp):
    """(helper O, s18) the guard: genes and a second disease glued to ALS name the disease."""
    found = ents(nlp("Exercise in ALS\nSOD1-ALS, FUS-ALS, ALS-FTD and C9-ALS patients were excluded."))
    assert {x[0] for x in found if x[2] == "disease:als"} >= {"SOD1-ALS", "FUS-ALS", "ALS-FTD", "C9-ALS"}, found


@pytest.mark.parametrize("text, span, cid", [
    ("Metabolism in ALS\nMean lower motor neuron score was higher in hypermetabolic patients.",
     "lower motor neuron score", "outcome:other"),
    ("Ventilation in ALS\nThe SF-36 mental component summary improved with treatment.",
     "SF-36 mental component summary", "outcome:quality_of_life"),
    ("Ventilation in ALS\nThe sleep apnoea quality-of-life index improved with treatment.",
     "sleep apnoea quality-of-life index", "outcome:quality_of_life"),
    ("Exercise in ALS\nTraining reduced fatigue and improved functional independence.", "fatigue", "outcome:other"),
    ("Exercise in ALS\nTraining reduced fatigue and improved functional independence.", "functional independence",
     "outcome:other"),
])
def test_clinical_scores_of_supportive_care_studies(nlp, text, span, cid):
    """(helper O, s18) scores of metabolism, ventilation and exercise studies: the LMN score (not a motor neuron
    cell plus a motor function score), SF-36 and sleep apnoea QoL instruments, fatigue, functional independence."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", cid) in found, found


# ---- helper P, s18: near-miss MSC / SVF / MSC-exosome work in diabetes, liver, joint, skin, bone, eye, tooth, heart

@pytest.mark.parametrize("text, span, label, concept", [
    ("UC-MSCs in type 1 diabetes\nThree patients reached insulin independence after UC-MSC infusion.",
     "insulin independence", "OUTCOME", "outcome:other"),
    ("UC-MSCs in type 2 diabetes\nThe glucose infusion rate rose in the UC-MSC group.",
     "glucose infusion rate", "OUTCOME", "outcome:other"),
    ("UC-MSCs in type 2 diabetes\nThe glycated hemoglobin level fell after the MSC infusions.",
     "glycated hemoglobin", "OUTCOME", "outcome:other"),
    ("UC-MSCs in type 1 diabetes\nDaily insulin doses fell after the MSC infusions.",
     "Daily insulin doses", "OUTCOME", "outcome:other"),
    ("Adipose stem cells for erectile dysfunction\nTen men with erectile dysfunction received ADSCs.",
     "erectile dysfunction", "DISEASE", "disease:other"),
    ("MSCs in dry eye\nThe Schirmer test and tear film stability improved in rats given MSCs.",
     "Schirmer test", "OUTCOME", "outcome:other"),
    ("MSCs in heart failure\nThe Kansas City Cardiomyopathy Questionnaire did not change after MSC injection.",
     "Kansas City Cardiomyopathy Questionnaire", "OUTCOME", "outcome:quality_of_life"),
    ("MSCs in osteonecrosis\nThe clinical failure rate was lower after BM-MSC implantation.",
     "clinical failure rate", "OUTCOME", "outcome:other"),
    ("MSCs in periodontitis\nPeriodontal pocket depth fell after the DPSC graft.",
     "Periodontal pocket depth", "OUTCOME", "outcome:other"),
    ("MSCs in cirrhosis\nThe need for paracenteses fell in patients given UC-MSCs.",
     "need for paracenteses", "OUTCOME", "outcome:other"),
    ("MSCs in heart failure\nBM-MSCs were given by intra-myocardial injection.",
     "intra-myocardial", "ROUTE", "route:other"),
    ("Adipose stem cell exosomes in dermatitis\nASC-exosomes were injected into the mice.",
     "ASC-exosomes", "CELL_TYPE", "cell:msc_ev"),
])
def test_end_points_and_names_of_msc_work_in_other_organs(nlp, text, span, label, concept):
    """(helper P, s18) invented sentences in the style of MSC trials and animal studies in diabetes, erectile
    dysfunction, dry eye, heart failure, osteonecrosis, periodontitis, cirrhosis and dermatitis."""
    got = ents(nlp(text))
    assert any(span in t and l == label and c == concept for t, l, c in got), got


def test_the_first_source_shares_the_vesicle_head(nlp):
    """(helper P, s18) `BM-MSC and AD-MSC exosomes`: the first MSC name shares the head `exosomes`, so it names
    vesicles (not `BM-MSCs and MSC-exosomes`, where the plural names the cells)."""
    got = ents(nlp("Two exosome sources in psoriasis\nBoth the BM-MSC and AD-MSC exosomes reduced epidermal thickness."))
    assert ("BM-MSC", "CELL_TYPE", "cell:msc_ev") in got, got
    got = ents(nlp("Cells and vesicles in psoriasis\nBoth BM-MSCs and MSC-exosomes reduced epidermal thickness."))
    assert ("BM-MSCs", "CELL_TYPE", "cell:bm_msc") in got, got


# ---- helper N, s18: in-vitro effects of MSCs on neural cells

def test_activated_glia_acting_on_other_cells_are_cells(nlp):
    """(helper N, s18) `activated microglia induced ...`: the glia act in a culture, they are no end point
    (`the number of activated microglia decreased` stays one)."""
    found = ents(nlp("Activated microglia induced bone marrow MSCs to release BDNF in co-culture."))
    assert ("microglia", "CELL_TYPE", "cell:microglia") in found, found
    assert not any(c == "outcome:inflammation" for _, _, c in found), found
    found = ents(nlp("MSC treatment reduced the number of activated microglia in the spinal cord."))
    assert any(c == "outcome:inflammation" for _, _, c in found), found


# ---- helper Q (s18): cell therapy in ALS models, real-abstract audit ----

def test_csf_delivery_is_intrathecal_and_where_cells_migrated_is_no_route(nlp):
    """(helper Q, s18) `delivered through the CSF` names the route; `cells migrated into the lumbar spinal cord
    parenchyma` says where the cells went."""
    got = ents(nlp("Human marrow stromal cells were delivered through the CSF of SOD1 mice. Only a few of "
                   "the cells migrated into the lumbar spinal cord parenchyma."))
    assert ("through the CSF", "ROUTE", "route:intrathecal") in got, got
    assert not [g for g in got if g[1] == "ROUTE" and "parenchyma" in g[0]], got


def test_the_blood_brain_barrier_named_as_an_obstacle_is_no_end_point(nlp):
    """(helper Q, s18) `the blood-brain barrier (BBB) is a major hurdle for cell therapy`: the barrier as the
    problem a route solves (its integrity or permeability stays an end point)."""
    got = ents(nlp("The blood-brain barrier (BBB) is a major hurdle for cell therapy in ALS. Intrathecal "
                   "delivery would circumvent the BBB."))
    assert not [g for g in got if g[1] == "OUTCOME"], got
    got = ents(nlp("The grafted cells restored the integrity of the blood-brain barrier in SOD1 mice."))
    assert [g for g in got if g[1] == "OUTCOME" and "barrier" in g[0]], got


def test_at_the_structure_level_is_where_no_end_point(nlp):
    """(helper Q, s18) `neurotrophic factor release at the neuromuscular junction level`: a place of action."""
    got = ents(nlp("The effect is mediated by neurotrophic factor release at the neuromuscular junction level."))
    assert not [g for g in got if g[1] == "OUTCOME" and "junction" in g[0]], got
    got = ents(nlp("The grafts preserved neuromuscular junction innervation in SOD1 mice."))
    assert [g for g in got if g[1] == "OUTCOME" and "junction" in g[0]], got


def test_densities_of_glial_cells_are_inflammation(nlp):
    """(helper Q, s18) `the densities of astrocytes and microglia`, `glial cell densities`: gliosis counted
    (SPEC: astrogliosis and microgliosis are inflammation)."""
    got = ents(nlp("The densities of astrocytes were reduced in treated mice. Glial cell densities were reduced."))
    found = [g for g in got if g[1] == "OUTCOME"]
    assert len(found) == 2 and all(g[2] == "outcome:inflammation" for g in found), got


# ---- helper M, s18: preclinical MSC / MSC-EV therapy in animal models of other neurological diseases

@pytest.mark.parametrize("span", ["RGC survival", "axon survival", "photoreceptor survival", "hair cell survival"])
def test_survival_of_named_cells_is_no_animal_survival(nlp, span):
    """(helper M, s18) `increased RGC survival`: the cells' survival (outcome:other), not the animals'."""
    found = ents(nlp(f"MSCs in glaucoma\nIntravitreal MSCs increased {span} in the injured eye."))
    assert (span, "OUTCOME", "outcome:other") in found, found
    assert not [x for x in found if x[2] == "outcome:survival"], found


@pytest.mark.parametrize("text, span", [
    ("MSCs in retinitis pigmentosa\nMSCs were injected into the subretinal space of dystrophic rats.",
     "into the subretinal space"),
    ("MSCs in nerve injury\nMSCs were given by epineural injection at the repair site.", "epineural injection"),
    ("MSCs in deafness\nMSCs were transplanted into the scala tympani of deafened guinea pigs.",
     "into the scala tympani"),
])
def test_eye_ear_and_nerve_sites_are_routes(nlp, text, span):
    """(helper M, s18) the graft sites of retina, cochlea and peripheral nerve papers."""
    found = ents(nlp(text))
    assert (span, "ROUTE", "route:other") in found, found


def test_a_site_where_cells_were_found_is_no_route(nlp):
    """(helper M, s18) the other side: a place the grafted cells were seen in."""
    found = ents(nlp("MSCs in deafness\nGrafted cells were found in the scala tympani and the subretinal space."))
    assert not [x for x in found if x[1] == "ROUTE"], found


@pytest.mark.parametrize("text, span, concept", [
    ("hUC-MSCs in EAE\nhUC-MSCs protected the cord by suppression of perivascular immune cell infiltrations.",
     "perivascular immune cell infiltrations", "outcome:inflammation"),
    ("BMSCs in spinal cord injury\nWe observed that locomotor functions of the BMSC group were restored.",
     "locomotor functions", "outcome:motor_function"),
])
def test_plural_end_points_of_cell_therapy_papers(nlp, text, span, concept):
    """(helper M, s18) plurals of vocabulary end points (`immune cell infiltrations`, `locomotor functions`)."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


@pytest.mark.parametrize("text, span, concept", [
    ("MSCs in deafness\nThe ABR thresholds of the grafted ears were lower at 4 weeks.", "ABR thresholds", "outcome:other"),
    ("MSCs in retinitis pigmentosa\nThe grafts preserved the outer nuclear layer thickness of the rats.",
     "outer nuclear layer thickness", "outcome:other"),
    ("MSC vesicles in glaucoma\nThe vesicles did not change the intraocular pressure of the mice.", "intraocular pressure",
     "outcome:other"),
    ("MSCs in EAE\nMSC-treated mice had lower disease scores than controls.", "disease scores", "outcome:disease_progression"),
])
def test_hearing_retina_and_eae_read_outs(nlp, text, span, concept):
    """(helper M, s18) the read-outs of hearing, retina and EAE papers; `intraocular pressure` is no route."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found
    assert not [x for x in found if x[1] == "ROUTE"], found


# ---- helper R, s18: near-miss neurotrophic-factor biology (retina, cochlea, nerve and cord injury)

@pytest.mark.parametrize("text", [
    "NGF and neuropathy\nNGF is a protein that supports the survival and integrity of a large proportion of "
    "sensory neurons.",
    "GDNF in the retina\nGDNF prevented retinal ganglion cell (RGC) loss and improved RGC survival after optic "
    "nerve crush.",
    "NT-3 in the cochlea\nSpiral ganglion neurons (SGNs) degenerate after deafening. Hearing aids rely upon the "
    "survival of SGNs.",
    "NGF and mood\nNGF is a neurotrophin that is essential to the survival, growth, and maintenance of neurons in "
    "the hippocampus.",
])
def test_survival_of_named_neurons_is_no_survival_of_animals(nlp, text):
    """(helper R, s18) the survival of neurons named by a share (`a large proportion of`), a short form
    (`RGC survival`, `survival of SGNs`) or a list of life processes is the cells' (outcome:other)."""
    found = ents(nlp(text))
    assert not [x for x in found if x[2] == "outcome:survival"], found


@pytest.mark.parametrize("text, span", [
    ("CNTF in the retina\nCNTF protected photoreceptors in the rd dog model.", "protected photoreceptors"),
    ("BDNF in the retina\nBDNF rescued retinal ganglion cells after axotomy.", "rescued retinal ganglion cells"),
])
def test_neurons_rescued_are_an_end_point(nlp, text, span):
    """(helper R, s18) `protect motoneurons` is an end point; so are other neurons after a verb of rescue."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:other") in found, found


@pytest.mark.parametrize("text, span, concept", [
    ("NGF in neuropathy\nNGF did not shorten the latency of the compound action potentials.",
     "compound action potentials", "outcome:neuromuscular"),
    ("GDNF after hemisection\nGDNF-treated cords showed less GFAP staining around the lesion.",
     "GFAP staining", "outcome:inflammation"),
    ("NT-3 in the cochlea\nNT-3 induced regrowth of nerve fibers into the epithelium.",
     "regrowth of nerve fibers", "outcome:other"),
])
def test_nerve_injury_read_outs_of_factor_studies(nlp, text, span, concept):
    """(helper R, s18) vocabulary: compound action potentials (electrophysiology), GFAP staining (astrogliosis),
    nerve fibre regrowth."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


def test_factor_after_a_slash_in_a_carrier_name(nlp):
    """(helper R, s18) `HAMC-PEP/BDNF hydrogel`: the factor's capitals end the carrier's compound name."""
    found = ents(nlp("BDNF hydrogel after SCI\nThe HAMC-PEP/BDNF hydrogel reduced glial scar formation."))
    assert ("HAMC-PEP/BDNF", "NEUROTROPHIC_FACTOR", "factor:BDNF") in found, found


def test_p75_receptor_split_by_its_short_form(nlp):
    """(helper R, s18) `the p75 neurotrophin (p75NTR) receptors` names a receptor, not the factor class."""
    found = ents(nlp("TrkB ligands\nBDNF binds to both the TrkB and p75 neurotrophin (p75NTR) receptors."))
    assert not [x for x in found if x[2] == "factor:ntf"], found


def test_progression_into_clinical_trials_is_no_end_point(nlp):
    """(helper R, s18) `a candidate for progression into clinical trials`: a step of development."""
    found = ents(nlp("AAV vector\nThe vector is a good candidate for progression into clinical trials."))
    assert not [x for x in found if x[2] == "outcome:disease_progression"], found


# ---- helper Y, s19: immunomodulation by therapeutic cells in EAE and neurodegeneration models

@pytest.mark.parametrize("text, span", [
    ("Adipose MSCs in EAE\nIntravenous adipose MSCs reduced the severity of EAE in treated mice.", "severity of EAE"),
    ("Neural progenitors in EAE\nGrafted neural progenitors lowered the clinical severity of EAE.",
     "clinical severity of EAE"),
    ("Stromal cells in EAE\nThe cells lessened the severity of disease in mice with EAE.", "severity of disease"),
    ("Stromal cells in EAE\nMice were scored daily for clinical signs of disease on a 0-5 scale.",
     "clinical signs of disease"),
])
def test_severity_of_the_autoimmune_model_is_its_progression(nlp, text, span):
    """(helper Y, s19) `the severity of EAE`, `severity of disease`: the model's disease severity (as `disease
    severity`), not a bare `severity`."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:disease_progression") in found, found


def test_myelin_antigens_name_no_cell_and_no_end_point(nlp):
    """(helper Y, s19) `myelin oligodendrocyte glycoprotein (MOG)` immunizes, `myelin basic protein-specific T
    cells` react to it: no oligodendrocyte, no myelin end point."""
    found = ents(nlp("MSCs in EAE\nEAE was induced by immunization with myelin oligodendrocyte glycoprotein (MOG) "
                     "peptide. MSCs suppressed myelin basic protein-specific T cells."))
    assert not [x for x in found if x[2] == "cell:oligodendrocyte"], found
    assert not [x for x in found if x[1] == "OUTCOME" and "myelin" in x[0].lower()], found
    assert ("T cells", "CELL_TYPE", "cell:t_cell") in found, found


def test_myelin_protein_a_cell_expresses_stays(nlp):
    """(helper Y, s19) guard: a marker the differentiated cells express is no immunizing peptide."""
    found = ents(nlp("Oligodendrocyte differentiation\nMost differentiated cells expressed myelin basic protein."))
    assert [x for x in found if x[1] == "OUTCOME" and "myelin" in x[0].lower()], found


@pytest.mark.parametrize("text, span, label, concept", [
    ("MSCs in EAE\nMSCs reduced inflammatory infiltrates in the spinal cord.", "inflammatory infiltrates",
     "OUTCOME", "outcome:inflammation"),
    ("MSCs in EAE\nWe counted infiltrating immune cells in the spinal cord.", "infiltrating immune cells",
     "OUTCOME", "outcome:inflammation"),
    ("NPCs in EAE\nIntravenous NPCs acted by peripheral immunosuppression.", "peripheral immunosuppression",
     "OUTCOME", "outcome:other"),
    ("Tregs in MCI\nWe enrolled 20 patients with mild cognitive impairment (MCI).", "mild cognitive impairment",
     "DISEASE", "disease:other"),
    ("Teffs in AD\nAutoreactive effector T cells (Teffs) were cloned. Teffs were transferred into mice.", "Teffs",
     "CELL_TYPE", "cell:t_cell"),
    ("MenSCs in PD\nMenstrual blood-derived endometrial stem cells (MenSCs) were grafted into PD rats.", "MenSCs",
     "CELL_TYPE", "cell:other"),
    ("Tregs in APP/PS1 mice\nTreg transfer lowered the amyloid load in the cortex.", "amyloid load", "OUTCOME",
     "outcome:other"),
    ("MSCs in AD mice\nMSCs reduced the Aβ burden and the plaque burden.", "plaque burden", "OUTCOME",
     "outcome:other"),
    ("MSCs in PD rats\nGrafted MSCs reduced apomorphine-induced contralateral rotations.",
     "apomorphine-induced contralateral rotations", "OUTCOME", "outcome:motor_function"),
    ("MSCs and microglia\nMSCs were co-cultured with BV2 cells and with a mouse microglial cell line.", "BV2 cells",
     "CELL_TYPE", "cell:microglia"),
])
def test_neuroimmunology_vocabulary(nlp, text, span, label, concept):
    """(helper Y, s19) vocabulary of cell immunotherapy papers: infiltrates, peripheral immunosuppression, MCI
    as the patients' diagnosis, `Teffs`, menstrual-blood endometrial stem cells, amyloid load and plaque burden,
    contralateral rotations, microglial cell lines."""
    found = ents(nlp(text))
    assert (span, label, concept) in found, found


# --- helper Z (s19): cell therapy in SOD1 models, round 3 ---------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Marrow grafts in SOD1 mice\nWe injected bone marrow cells into two hindlimb muscles of each mouse.",
     "into two hindlimb muscles"),
    ("Marrow grafts in SOD1 mice\nCells were grafted into both quadriceps femoris muscles.",
     "into both quadriceps femoris muscles"),
])
def test_muscles_counted_before_their_name_are_intramuscular(nlp, text, span):
    """(helper Z, s19) `into two hindlimb muscles`: a count where the article stands is still the muscle site."""
    found = ents(nlp(text))
    assert (span, "ROUTE", "route:intramuscular") in found, found


@pytest.mark.parametrize("text, span", [
    ("NSC grafts in SOD1 rats\nThe grafts lowered glial cell reactivity in the ventral horn.", "glial cell reactivity"),
    # (helper CN, s22) the hanging hyphen shares the head: one mention, as helper Z's gold spans it
    ("NSC grafts in SOD1 rats\nTreated rats had less micro- and macrogliosis than controls.", "micro- and macrogliosis"),
    ("NSC grafts in SOD1 rats\nThe grafts caused a decrease in astrocyte number.", "astrocyte number"),
    ("NSC grafts in SOD1 rats\nThe grafts lowered astrocyte numbers in the lumbar cord.", "astrocyte numbers"),
])
def test_glia_reacting_or_counted_are_inflammation(nlp, text, span):
    """(helper Z, s19) glial reactivity, macrogliosis and glia counts are SPEC's inflammation, not a glial cell
    mention nor a disease."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:inflammation") in found, found
    assert not [x for x in found if x[1] == "DISEASE" or x[1] == "CELL_TYPE" and x[0] != "NSC"], found


@pytest.mark.parametrize("text, span, concept", [
    ("CD133 cells in ALS\nStrength was graded with the Medical Research Council power muscle scale.",
     "Medical Research Council power muscle scale", "outcome:muscle_strength"),
    ("MSCs in ALS\nThe ALS Functional Rating Scale-R was recorded monthly.", "ALS Functional Rating Scale-R",
     "outcome:alsfrs_r"),
])
def test_rating_scales_written_with_extra_words(nlp, text, span, concept):
    """(helper Z, s19) vocabulary: the MRC scale with `power muscle` inside, ALSFRS written `Scale-R`."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


def test_cd133_stem_cells_with_a_bracketed_plus_are_hematopoietic(nlp):
    """(helper Z, s19) `CD133(+) stem cells` as `CD133+ cells`."""
    found = ents(nlp("Cortical grafts in ALS\nAutologous CD133(+) stem cells were implanted in motor cortexes."))
    assert ("CD133(+) stem cells", "CELL_TYPE", "cell:hsc") in found, found
    assert any(x[1] == "ROUTE" and x[2] == "route:intracerebral" for x in found), found


@pytest.mark.parametrize("text", [
    "Marrow in SOD1 mice\nSOD1 mice demonstrating level 2 paralysis received intravenous bone marrow cells.",
    "Marrow in SOD1 mice\nRats showing hindlimb weakness were injected with MSCs.",
])
def test_the_state_recipients_were_in_when_treated_is_no_end_point(nlp, text):
    """(helper Z, s19) `mice demonstrating level 2 paralysis received ...`: who was treated, not a result."""
    found = ents(nlp(text))
    assert not [x for x in found if x[1] == "OUTCOME"], found


def test_a_state_shown_after_treatment_stays_an_end_point(nlp):
    """(helper Z, s19) guard: `MSC-treated mice showing better rotarod performance` reports a result."""
    found = ents(nlp("MSCs in SOD1 mice\nMSC-treated mice showing better rotarod performance survived longer."))
    assert ("rotarod performance", "OUTCOME", "outcome:motor_function") in found, found


def test_stereotaxy_takes_the_site_it_reaches(nlp):
    """(helper Z, s19) `stereotactic injection of X ... into the fourth ventricle`: the stereotactic route is
    that site (ICV), also for a later stereotactic injection with no site of its own; into the cord it is
    intraspinal; into the striatum it stays intracerebral."""
    found = ents(nlp("Microglia replaced in SOD1 mice\nStereotactic injection of a liposomal toxin, which depletes "
                     "macrophages, into the fourth ventricle of the brains of SOD1 mice removed microglia. Control "
                     "mice received stereotactic injection of empty liposomes."))
    routes = [x for x in found if x[1] == "ROUTE"]
    assert routes and all(x[2] == "route:intracerebroventricular" for x in routes), routes
    found = ents(nlp("NSCs in ALS\nPatients received bilateral stereotactic injections of neural stem cells into "
                     "the lumbar spinal cord."))
    assert ("stereotactic", "ROUTE", "route:intraspinal") in found, found
    found = ents(nlp("MSCs after stroke\nMSCs were stereotactically injected into the striatum of rats."))
    assert ("stereotactically", "ROUTE", "route:intracerebral") in found, found


def test_daily_living_activities_in_either_order(nlp):
    """(helper Z, s19) vocabulary: `daily living activities` as `activities of daily living`."""
    found = ents(nlp("CD133 cells in ALS\nPatients were rated on daily living activities every month."))
    assert ("daily living activities", "OUTCOME", "outcome:quality_of_life") in found, found


def test_survival_before_and_is_no_shared_modifier(nlp):
    """(helper Z, s19) `motoneuron survival and glial cell reactivity`: `survival` only looks like an adjective
    (`-al`); it ends its own end point, and the glia's reactivity is inflammation, not a glial cell mention."""
    found = ents(nlp("Marrow grafts in SOD1 mice\nThe spinal cord was processed for analysis of motoneuron survival "
                     "and glial cell reactivity."))
    assert ("glial cell reactivity", "OUTCOME", "outcome:inflammation") in found, found
    assert not [x for x in found if x[1] == "CELL_TYPE"], found


# --- helper S, s19: ALS drug trials and clinical studies without cells (real-abstract audit) ---

def test_safety_and_tolerability_are_two_end_points(nlp):
    """(helper S, s19) `the safety and tolerability of drug Q`: two mentions (all team sets annotate them apart)."""
    found = ents(nlp("Drug Q in ALS\nWe assessed the safety and tolerability of drug Q in 30 patients with ALS."))
    assert ("safety", "OUTCOME", "outcome:safety") in found, found
    assert ("tolerability", "OUTCOME", "outcome:safety") in found, found


@pytest.mark.parametrize("text", [
    "Drug Q in ALS\nAdults with ALS and symptom onset 18 months or less before screening were enrolled.",
    "Drug Q in ALS\nAll patients had definite ALS by the revised criteria, with disease onset between "
    "January 2014 and May 2018.",
])
def test_onset_bounded_by_a_time_is_eligibility(nlp, text):
    """(helper S, s19) an onset followed by a duration or a date range bounds who was enrolled; no end point."""
    found = ents(nlp(text))
    assert not [x for x in found if x[2] == "outcome:disease_onset"], found


def test_onset_later_in_days_stays_an_end_point(nlp):
    """(helper S, s19) guard: `disease onset 9 days later than controls` is a result."""
    found = ents(nlp("Drug Q in SOD1 mice\nTreated mice showed disease onset 9 days later than controls."))
    assert [x for x in found if x[2] == "outcome:disease_onset"], found


def test_ventilation_after_death_or_is_a_survival_event(nlp):
    """(helper S, s19) `time interval to the first event (death or full ventilation support)`: one survival end point."""
    found = ents(nlp("Drug Q in ALS\nThe primary end point was the interval to the first event (death or full "
                     "ventilation support)."))
    assert not [x for x in found if x[2] == "outcome:respiratory_function"], found


def test_matching_covariates_are_no_end_points(nlp):
    """(helper S, s19) the list after `matched for covariates:` names what the groups were matched on."""
    found = ents(nlp("Drug Q in ALS\nTreated and untreated patients were matched for covariates: age, sex, feeding "
                     "tube placement, noninvasive ventilation and all-cause hospitalisation. Survival was longer "
                     "with drug Q."))
    assert not [x for x in found if x[2] in ("outcome:respiratory_function", "outcome:other")], found
    assert ("Survival", "OUTCOME", "outcome:survival") in found, found


@pytest.mark.parametrize("text", [
    "Drug Q in ALS\nCramp counts were compared using paired t tests.",
    "Drug Q in ALS\nPost hoc analyses pooling all treated patients showed a trend.",
    "Drug Q in ALS: an open label, safety and dose-finding study\nWe treated 20 patients.",
    "Drug Q in ALS\nMortality was estimated with a shared frailty Cox regression model.",
    "Drug Q in ALS\nData came from the Dutch Motor Neuron Disease Network registry.",
])
def test_statistics_designs_and_networks_are_no_entities(nlp, text):
    """(helper S, s19) `paired t tests`, `pooling`, `open label`, `shared frailty`, a network named for the disease."""
    found = ents(nlp(text))
    bad = [x for x in found if x[0].lower() in ("paired t tests", "t tests", "pooling", "open label", "frailty",
                                                "motor neuron disease")]
    assert not bad, found


@pytest.mark.parametrize("text, span, concept", [
    ("Drug Q in ALS\nThe primary end point was the combined assessment of function and mortality.",
     "combined assessment of function and mortality", "outcome:other"),
    ("Drug Q in ALS\nVital status was known for all but two participants.", "Vital status", "outcome:survival"),
    ("Drug Q in ALS\nDrug Q showed no drug-target engagement in blood.", "drug-target engagement", "outcome:other"),
    ("Drug Q in ALS\nDrug Q lowered muscle cramp frequency and cramp intensity.", "cramp intensity", "outcome:other"),
    ("Drug Q in ALS\nTransaminase elevations were seen in 4% of patients.", "Transaminase elevations",
     "outcome:safety"),
    ("Drug Q in ALS\nDrug Q prolonged tracheostomy/ventilation-free survival.", "tracheostomy/ventilation-free survival",
     "outcome:survival"),
])
def test_clinical_trial_end_point_names(nlp, text, span, concept):
    """(helper S, s19) vocabulary of ALS drug trials: CAFS, vital status, target engagement, cramp measures,
    transaminase elevations."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


@pytest.mark.parametrize("text", [
    "Drug Q in ALS\nEligible patients had a forced vital capacity greater than 65% and no history of gastrostomy "
    "or tracheostomy.",
    "Drug Q in ALS\nWe enrolled patients with a slow vital capacity of at least 70% of predicted.",
    "Drug Q in ALS\nCramp pain was rated on a 10-point scale.",
])
def test_entry_thresholds_history_and_scale_sizes_are_no_end_points(nlp, text):
    """(helper S, s19) `FVC greater than 65%`, `no history of ... tracheostomy`: who could enter; `a 10-point scale`:
    the size of a rating scale."""
    found = ents(nlp(text))
    bad = [x for x in found if x[2] in ("outcome:respiratory_function", "outcome:survival")
           or x[0].endswith("-point scale")]
    assert not bad, found


def test_a_vital_capacity_compared_between_arms_stays_an_end_point(nlp):
    """(helper S, s19) guard: `FVC was greater than in the placebo arm` is a result."""
    found = ents(nlp("Drug Q in ALS\nAt week 24, FVC was greater than in the placebo arm."))
    assert ("FVC", "OUTCOME", "outcome:respiratory_function") in found, found


# ---- helper V, s19: clinical trials and case reports of cell therapy in SCI, stroke, autism, CP, MS, TBI

@pytest.mark.parametrize("text, span, concept", [
    ("Cells in autism\nOutcomes were the Indian Scale for Assessment of Autism (ISAA) and the Aberrant Behavior "
     "Checklist.", "ISAA", "outcome:other"),
    ("Cells in autism\nThe Clinical Global Impression-Severity (CGI-S) scale improved.",
     "Clinical Global Impression-Severity", "outcome:other"),
    ("Cells in autism\nScores on the CGI-I and ATEC improved after transplantation.", "CGI-I", "outcome:other"),
    ("Cells in autism\nScores on the CGI-I and ATEC improved after transplantation.", "ATEC", "outcome:other"),
    ("Cells in autism\nWeeFIM scores rose in nine children.", "WeeFIM", "outcome:other"),
    ("Cells in autism\nAdaptive behavior and daily living skills improved.", "daily living skills",
     "outcome:quality_of_life"),
    ("MSCs in paraplegia\nThe Spinal Cord Independence Measure III (SCIM-III) improved.", "SCIM-III", "outcome:other"),
    ("MSCs in paraplegia\nThe Walking Index for Spinal Cord Injury (WISCI II) rose in two patients.", "WISCI II",
     "outcome:motor_function"),
    ("Cells after brain trauma\nThe Glasgow Outcome Scale-Extended (GOS-E) was assessed at six months.",
     "Glasgow Outcome Scale-Extended", "outcome:other"),
    ("Cells after brain trauma\nThe Glasgow Outcome Scale-Extended (GOS-E) was assessed at six months.", "GOS-E",
     "outcome:other"),
    ("Cells in cerebral palsy\nThe Peabody Developmental Motor Scales and the Bayley Scales were used.",
     "Peabody Developmental Motor Scales", "outcome:motor_function"),
])
def test_scales_of_autism_and_spinal_cord_injury_trials(nlp, text, span, concept):
    """(helper V, s19) vocabulary: the autism trials' rating scales (ISAA, CGI family, ATEC, WeeFIM, ABC), spinal
    cord injury (SCIM, WISCI), brain trauma (GOS-E) and cerebral palsy (Peabody) scales."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", concept) in found, found


def test_autism_spectrum_disorders_and_its_short_form(nlp):
    """(helper V, s19) the plural `autism spectrum disorders (ASD)` is the disease, and so is its short form."""
    found = ents(nlp("Cells in autism\nFour children with autism spectrum disorders (ASD) were treated. ASD symptoms "
                     "lessened."))
    assert ("autism spectrum disorders", "DISEASE", "disease:other") in found, found
    assert ("ASD", "DISEASE", "disease:other") in found, found


def test_an_orthosis_is_no_disease(nlp):
    """(helper V, s19) `walk with an orthosis`: a brace, though it ends like a disease word (`-osis`)."""
    found = ents(nlp("MSCs in paraplegia\nAfter the fifth infusion the patient could walk with an orthosis."))
    assert not [x for x in found if "orthosis" in x[0]], found


def test_the_level_of_injury_is_a_place(nlp):
    """(helper V, s19) `sensation below the level of injury`: where on the cord, not a measured amount; a
    measured level of a marker stays an end point."""
    found = ents(nlp("MSCs in paraplegia\nSensation improved below the level of injury. Serum levels of injury "
                     "markers rose."))
    assert not [x for x in found if x[0] == "level of injury"], found
    assert ("Serum levels of injury markers", "OUTCOME", "outcome:biomarker") in found, found


# ---- helper T, s19: neurotrophic-factor delivery as a therapy

def test_smn_gene_name_is_no_motor_neuron_survival(nlp):
    """(helper T, s19) `survival motor neuron 1 (SMN1) gene`: the SMA gene, no end point and no motor neuron;
    `survival motor neuron protein levels`: its product's amount, an end point of its own (other)."""
    found = ents(nlp("IGF-1 in SMA mice\nThe disease results from loss of the survival motor neuron 1 (SMN1) gene. "
                     "AAV-IGF-1 raised survival motor neuron protein levels in the spinal cord."))
    assert not [x for x in found if x[2] in ("outcome:motor_neuron_survival", "cell:motor_neuron")], found
    assert ("survival motor neuron protein levels", "OUTCOME", "outcome:other") in found, found


def test_encapsulated_cells_are_cells(nlp):
    """(helper T, s19) encapsulated factor-secreting cell lines are CELL_TYPE (cell:other)."""
    found = ents(nlp("Capsules\nPolymer-encapsulated cells and BHK cells in an encapsulated cell implant released "
                     "CNTF; encapsulated cell technology (ECT) was safe."))
    names = {x[0] for x in found if x[1] == "CELL_TYPE" and x[2] == "cell:other"}
    assert {"Polymer-encapsulated cells", "BHK cells", "encapsulated cell implant", "encapsulated cell technology",
            "ECT"} <= names, found


def test_vector_glued_to_a_lower_case_factor_name_splits(nlp):
    """(helper T, s19) `AAV2-neurturin`, `(AAV2)-neurturin`, `lenti-CNTF`, `EIAV-GDNF`: the vector splits off,
    the factor is a mention of its own (as `AAV2-GDNF` already was)."""
    found = ents(nlp("Vectors\nAAV2-neurturin, (AAV2)-neurturin, lenti-CNTF and EIAV-GDNF were injected."))
    facs = [x[0] for x in found if x[1] == "NEUROTROPHIC_FACTOR"]
    assert facs == ["neurturin", "neurturin", "CNTF", "GDNF"], found


def test_untreated_model_course_is_no_end_point(nlp):
    """(helper T, s19) `The mutant mice develop hindlimb weakness and die by week six`: the model's course in the
    present tense, no end point; a finding (`We report that treated mice show delayed paralysis`) keeps its own."""
    found = ents(nlp("Capsules in mutant mice\nThe mutant mice develop weakness of the hindlimbs and die by week six. "
                     "Homozygotes present marked loss of myelinated motor axons."))
    assert not [x for x in found if x[1] == "OUTCOME"], found
    found = ents(nlp("VEGF mice\nWe report that double-transgenic mice show delayed motor neuron loss and prolonged "
                     "survival compared with single transgenic mice."))
    assert [x for x in found if x[2] == "outcome:motor_neuron_survival"], found


def test_release_of_the_delivered_protein_is_no_end_point(nlp):
    """(helper T, s19) `the capsules effect the slow release of the protein`: the delivered factor, not a result;
    `the release of inflammatory cytokines` stays one."""
    found = ents(nlp("Capsules\nThe polymer capsules effect the slow release of the protein for months."))
    assert not [x for x in found if x[1] == "OUTCOME"], found


def test_progressive_motor_neuronopathy_is_a_disease(nlp):
    """(helper T, s19) the pmn mouse's disease, `progressive motor neuronopathy`, is a disease, not an end point."""
    found = ents(nlp("CNTF in pmn mice\nEncapsulated cells releasing CNTF can slow down progressive motor "
                     "neuronopathy in the mouse."))
    assert ("progressive motor neuronopathy", "DISEASE", "disease:other") in found, found


# ---- helper U, s19: MSC-derived vesicles, secretome and conditioned medium in neurological models

def test_product_glued_to_a_short_form_the_document_defines(nlp):
    """(helper U, s19) `adipose derived stem cells (ASCs)` ... `ASC-CM`: the conditioned medium; a bare `ASC-CM`
    in a document that defines no ASCs stays unnamed (`ASC` is also an inflammasome adaptor)."""
    found = ents(nlp("Conditioned medium in rats\nAdipose derived stem cells (ASCs) were cultured. ASC-CM was "
                     "given to the rats."))
    assert ("ASC-CM", "CELL_TYPE", "cell:msc_ev") in found, found
    found = ents(nlp("Inflammasome\nASC-CM was collected from the cultures."))
    assert not [x for x in found if x[0] == "ASC-CM"], found


def test_intracranial_vessels_and_procedures_are_no_route(nlp):
    """(helper U, s19) `endovascular intracranial thrombectomy`, `intracranial aneurysm`: no giving of cells."""
    found = ents(nlp("Cells after stroke\nPatients had undergone endovascular intracranial thrombectomy; an "
                     "intracranial aneurysm was an exclusion criterion."))
    assert not [x for x in found if x[1] == "ROUTE"], found


@pytest.mark.parametrize("text, span, concept", [
    ("Serum cytokines fell after the vesicles were given.", "Serum cytokines", "outcome:inflammation"),
    ("Circulating cytokines were measured by ELISA.", "Circulating cytokines", "outcome:inflammation"),
    ("Exosomes restored thermal and mechanical sensitivity in diabetic mice.", "thermal and mechanical sensitivity",
     "outcome:other"),
    ("The ASIA scale was used to grade the injury.", "ASIA scale", "outcome:motor_function"),
    ("Rotation tests counted contralateral turns.", "contralateral turns", "outcome:motor_function"),
    ("Vesicle treatment lowered the Aβ plaque burden in the cortex.", "Aβ plaque burden", "outcome:other"),
    ("Fewer neurofibrillary tangles were counted in treated mice.", "neurofibrillary tangles", "outcome:other"),
    ("The vesicles attenuated blood-brain barrier disruption after the insult.", "blood-brain barrier disruption",
     "outcome:other"),
])
def test_end_points_of_vesicle_studies(nlp, text, span, concept):
    """(helper U, s19) read-outs of neuropathy, spinal cord injury and parkinsonian models."""
    found = ents(nlp("Invented title\n" + text))
    assert (span, "OUTCOME", concept) in found, found


def test_instrument_whose_short_form_sits_inside_its_name(nlp):
    """(helper U, s19) `American Spinal Injury Association (ASIA) Impairment Scale`: one end point, the short form
    inside it, and no disease in the association's name; `the overall response (OR) rate` is no instrument."""
    found = ents(nlp("Exosomes in spinal cord injury\nNine patients were graded with the American Spinal Injury "
                     "Association (ASIA) Impairment Scale before the injections."))
    assert ("American Spinal Injury Association (ASIA) Impairment Scale", "OUTCOME", "outcome:motor_function") in found, found
    assert not [x for x in found if x[1] == "DISEASE" and "Injury" in x[0]], found


def test_retro_orbital_injection_is_intravenous(nlp):
    """(helper U, s19) the retro-orbital sinus of mice is a vein: `injected retro-orbitally`."""
    found = ents(nlp("Vesicles in mice\nMSC-EVs were injected retro-orbitally into the mice."))
    assert ("retro-orbitally", "ROUTE", "route:intravenous") in found, found


# ---- helper W, s19: umbilical cord, cord blood and placenta-derived cells in any disease

@pytest.mark.parametrize("text, span, label, concept", [
    ("Cord blood for autism\nChildren received autologous umbilical cord blood (UCB), and UCB was safe.",
     "autologous umbilical cord blood", "CELL_TYPE", "cell:other"),
    ("Cord blood for autism\nChildren received autologous umbilical cord blood (UCB), and UCB was safe.",
     "UCB", "CELL_TYPE", "cell:other"),
    ("Placental cells\nHuman placenta-derived cells (PDA-001) were given to patients with colitis.",
     "Human placenta-derived cells", "CELL_TYPE", "cell:pl_msc"),
    ("Placental cells\nPDA-001 was well tolerated in patients with colitis.", "PDA-001", "CELL_TYPE", "cell:pl_msc"),
    ("Colitis trial\nIBDQ scores improved after the cells were infused.", "IBDQ scores", "OUTCOME",
     "outcome:quality_of_life"),
    ("Spinal cord injury\nAIS grading and ASIA scoring were used to assess the patients.", "ASIA scoring", "OUTCOME",
     "outcome:motor_function"),
    ("Spinal cord injury\nThe grafted patients improved in muscular tension and self-care ability.",
     "self-care ability", "OUTCOME", "outcome:other"),
    ("Multiple sclerosis\nThe end points were new gadolinium lesions and multiple sclerosis relapse.",
     "multiple sclerosis relapse", "OUTCOME", "outcome:disease_progression"),
    ("Heart failure\nWJ-MSCs were injected via the infarct-related coronary artery.",
     "infarct-related coronary artery", "ROUTE", "route:intraarterial"),
])
def test_cord_and_placenta_trial_names(nlp, text, span, label, concept):
    """(helper W, s19) vocabulary: cord blood and placenta-derived cell products, and end points and a route of
    their trials (IBD questionnaire, SCI grading, MS lesions and relapses, the infarct-related artery)."""
    found = ents(nlp(text))
    assert (span, label, concept) in found, found


def test_tumor_markers_are_no_disease(nlp):
    """(helper W, s19) `tumor markers were monitored` in a safety follow-up: an end point, no tumour disease."""
    found = ents(nlp("Heart failure\nBNP, tumor markers and hepatic function were monitored for two years."))
    assert not [x for x in found if x[1] == "DISEASE" and "tumor" in x[0]], found
    assert any(x[0] == "tumor markers" and x[1] == "OUTCOME" for x in found), found


@pytest.mark.parametrize("text, concept", [
    ("Cord blood MSCs in spinal cord injury\nRats with spinal cord injury received hUCB-MSCs, which were "
     "transplanted into the boundary zone of the injured site.", "route:intraspinal"),
    ("Cord MSCs in stroke\nAfter middle cerebral artery occlusion, UC-MSCs were injected into the ischemic "
     "boundary zone.", "route:intracerebral"),
])
def test_boundary_zone_of_the_injured_organ(nlp, text, concept):
    """(helper W, s19) `into the boundary zone of the injured site` in a cord injury study is the cord's
    parenchyma; `into the ischemic boundary zone` stays the brain's."""
    found = [x for x in ents(nlp(text)) if x[1] == "ROUTE"]
    assert found and all(x[2] == concept for x in found), found


@pytest.mark.parametrize("text", [
    "Amyloid model\nThere was a significant decrease in Congo red, BACE-1, GFAP, and Iba-1 in treated mice.",
    "Amyloid model\nThe cord cells reduced thioflavin staining, GFAP and Iba-1 in the hippocampus.",
])
def test_glial_markers_after_an_unknown_list_item(nlp, text):
    """(helper W, s19) a list of changed things that opens on an item the vocabulary does not know still names
    the glial markers after it as end points."""
    found = ents(nlp(text))
    assert ("GFAP", "OUTCOME", "outcome:inflammation") in found, found
    assert ("Iba-1", "OUTCOME", "outcome:inflammation") in found, found


def test_no_markers_taken_out_of_a_named_class(nlp):
    """(helper W, s19) guard: `levels of cytokines and chemokines (TNF-α, IL-6 and ...)` is left to the class rule."""
    found = ents(nlp("Arthritis\nUC-MSCs reduced levels of proinflammatory cytokines and chemokines (TNF-α, IL-6 and "
                     "monocyte chemoattractant protein-1) in sera."))
    assert not [x for x in found if x[2] == "cell:monocyte"], found


# --- helper AC (s19): neurotrophic factors measured in patients (levels, genotypes) ---------------------

def test_age_at_onset_compared_between_genotypes_is_an_end_point(nlp):
    """(helper AC, s19) `no difference in age of onset ... or disease duration for carriers of the null allele`:
    the genetic study's end points (a baseline comparison stays a characteristic, see the guard below)."""
    found = ents(nlp("NGF variants in ALS\nHeterozygous and homozygous carriers of the minor allele showed no "
                     "differences in age of onset or disease duration compared with non-carriers."))
    assert ("age of onset", "OUTCOME", "outcome:disease_onset") in found, found
    assert ("disease duration", "OUTCOME", "outcome:disease_progression") in found, found


def test_baseline_groups_not_differing_in_duration_stays_a_characteristic(nlp):
    """(helper AC, s19) guard: `At baseline the groups did not differ in age, sex or disease duration`."""
    found = ents(nlp("Drug Q in ALS\nAt baseline, the groups did not differ in age, sex, or disease duration."))
    assert not [x for x in found if x[0] == "disease duration"], found


def test_susceptibility_and_the_intrathecal_compartment_are_no_entities(nlp):
    """(helper AC, s19) `increased susceptibility in male carriers`: the disease risk, no end point; `the
    intrathecal compartment`: the CSF space, no route."""
    found = ents(nlp("NGF variants in ALS\nThe TT genotype conferred a higher susceptibility in women. Total NGF "
                     "was elevated within the intrathecal compartment of the cases."))
    assert not [x for x in found if x[0] == "susceptibility" or x[1] == "ROUTE"], found


def test_a_factor_with_its_fluid_before_the_level_word_is_a_biomarker(nlp):
    """(helper AC, s19) `BDNF serum levels`, `HGF CSF levels`: the factor's level in a fluid, as `serum BDNF levels`."""
    found = ents(nlp("BDNF in ALS\nBDNF serum levels were lower in patients, and HGF CSF levels were reduced."))
    assert ("BDNF serum levels", "OUTCOME", "outcome:biomarker") in found, found
    assert ("HGF CSF levels", "OUTCOME", "outcome:biomarker") in found, found


def test_hyphenated_walking_and_peg_tests_are_motor_function(nlp):
    """(helper AC, s19) the MS rehabilitation spellings `Nine-Hole-Peg-Test (9HPT)`, `Six-Minutes-Walking-Test`."""
    found = ents(nlp("BDNF genotype in MS\nPatients were assessed with the Six-Minutes-Walking-Test and the "
                     "Nine-Hole-Peg-Test (9HPT) after rehabilitation."))
    for t in ("Six-Minutes-Walking-Test", "Nine-Hole-Peg-Test", "9HPT"):
        assert (t, "OUTCOME", "outcome:motor_function") in found, found


# --- helper AF (s19): MSC and neural stem cell therapy in non-ALS neurodegenerative diseases ----------------

def test_ataxia_subtypes_and_their_short_forms_are_diseases(nlp):
    """(helper AF, s19) `spinocerebellar ataxia type 3 (SCA3)`, `SCA1 knock-in mice`: the subtype and its short form."""
    found = ents(nlp("Stromal cells in ataxia mice\nSpinocerebellar ataxia type 3 (SCA3) is a polyglutamine disease. "
                     "Marrow stromal cells improved gait in SCA3 mice and in SCA1 knock-in mice."))
    assert ("Spinocerebellar ataxia type 3", "DISEASE", "disease:other") in found, found
    assert ("SCA1", "DISEASE", "disease:other") in found, found


def test_medicinal_signaling_cells_are_mscs(nlp):
    """(helper AF, s19) Caplan's `medicinal signaling cells` and the product Lomecel-B: MSCs."""
    found = ents(nlp("A cell product for frailty\nLomecel-B, an allogeneic medicinal signaling cell product, was "
                     "infused into older adults."))
    assert ("Lomecel-B", "CELL_TYPE", "cell:msc") in found, found
    assert ("medicinal signaling cell", "CELL_TYPE", "cell:msc") in found, found


def test_dementia_trial_tests_are_end_points(nlp):
    """(helper AF, s19) the cognitive, mood and smell tests of dementia trials, named by their short forms."""
    found = ents(nlp("Cells for dementia\nExploratory measures were the MMSE, TMT, UPSIT and GDS, and the Clinical "
                     "Dementia Rating Sum of Boxes."))
    got = {x[0] for x in found if x[1] == "OUTCOME"}
    assert {"TMT", "UPSIT", "GDS"} <= got, found


def test_infusion_into_the_cerebral_arteries_is_intra_arterial(nlp):
    """(helper AF, s19) `by infusion into the cerebral arteries`: the intra-arterial route."""
    found = ents(nlp("Stromal cells for a parkinsonism\nFour patients received the cells by infusion into the "
                     "cerebral arteries."))
    assert ("into the cerebral arteries", "ROUTE", "route:intraarterial") in found, found


def test_a_graft_site_after_we_found_that_stays_a_route(nlp):
    """(helper AF, s19) `We found that MSC transplantation into the hippocampus reduced X`: `found` reports the
    result, it does not place the cells; the site after the giving noun is the route."""
    found = ents(nlp("Amnion cells in transgenic mice\nWe found that MSC transplantation into the hippocampus "
                     "markedly lowered plaque load."))
    assert ("into the hippocampus", "ROUTE", "route:intracerebral") in found, found


def test_survival_beside_differentiation_is_the_grafts(nlp):
    """(helper AF, s19) `Both survival and neuronal differentiation remained poor`: the grafted cells' survival
    (SPEC: outcome:other), not the animals'; guard: `prolonged survival and improved motor function`."""
    found = ents(nlp("Striatal grafts\nNeural stem cells were injected bilaterally. Both survival and neuronal "
                     "differentiation remained poor, with a few hundred cells surviving."))
    assert ("survival", "OUTCOME", "outcome:other") in found, found
    found = ents(nlp("Stromal cells in mice\nThe cells prolonged survival and improved motor function."))
    assert ("survival", "OUTCOME", "outcome:survival") in found, found


def test_progression_named_as_a_cause_of_death_is_no_end_point(nlp):
    """(helper AF, s19) `died for reasons not related to cell administration or to disease progression`: the
    progression is a cause ruled out, no end point (as `died from disease progression`); guard: `slowed disease
    progression`."""
    found = ents(nlp("Stromal cells for a parkinsonism\nOne patient died 5 months after the infusion for reasons not "
                     "related to cell administration or to disease progression."))
    assert not [x for x in found if x[2] == "outcome:disease_progression"], found
    found = ents(nlp("Stromal cells for a parkinsonism\nThe cells slowed disease progression in the treated patients."))
    assert ("disease progression", "OUTCOME", "outcome:disease_progression") in found, found


def test_a_stem_cell_line_is_a_cell_type(nlp):
    """(helper AF, s19) `a human neural stem cell line implanted in R6/2 mice`: cells (the word `line` after the name
    only undoes `glial cell line-derived ...`, which stays the factor)."""
    found = ents(nlp("Striatal grafts in HD mice\nWe assessed a human neural stem cell line implanted in R6/2 mice."))
    assert [x for x in found if x[2] == "cell:nsc"], found
    found = ents(nlp("Factors of MSCs\nGlial cell line derived neurotrophic factor was secreted by the MSCs."))
    assert not [x for x in found if x[1] == "CELL_TYPE" and "glial" in x[0].lower()], found


# --- helper AD (s19): what MSCs secrete and how it is boosted -----------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Induced stromal cells\nWe compared neurotrophic factor secreting cells from two donors.",
     "neurotrophic factor secreting cells"),
    ("Induced stromal cells\nHuman ADSCs were induced to neurotrophic factor (NTF)-secreting cells.",
     "neurotrophic factor (NTF)-secreting cells"),
    ("Induced stromal cells\nAmniotic MSCs became neurotrophic factor-producing cells after induction.",
     "neurotrophic factor-producing cells"),
    ("Induced stromal cells\nThe NTF-producing cells were given intrathecally.", "NTF-producing cells"),
])
def test_neurotrophic_factor_secreting_cells_are_msc_ntf(nlp, text, span):
    """(helper AD, s19) MSCs induced to secrete neurotrophic factors under the names `neurotrophic factor
    secreting cells` (no hyphen), `... (NTF)-secreting cells`, `... factor-producing cells`: MSC-NTF cells."""
    assert (span, "CELL_TYPE", "cell:msc_ntf") in ents(nlp(text)), ents(nlp(text))


@pytest.mark.parametrize("text", [
    "Grafted stromal cells\nThese data show that glial growth factor can promote the survival of bone marrow "
    "mesenchymal stem cells transplanted into the injured cord.",
    "Grafted stem cells\nNeural stem cell transplantation restores neuronal activity but is limited by poor "
    "integration and a low rate of survival.",
    "Grafted stromal cells\nThe benefit of stromal cells may grow after enhancing their differentiation potential and "
    "survival rate subsequent to transplantation.",
])
def test_survival_of_grafted_cells_is_no_animal_survival(nlp, text):
    """(helper AD, s19) graft survival is outcome:other (SOURCE notes): `the survival of MSCs transplanted into
    the cord` (a participle of place names no recipients), `a low rate of survival`, `survival rate subsequent
    to transplantation`."""
    found = ents(nlp(text))
    assert not [x for x in found if x[2] == "outcome:survival"], found
    assert [x for x in found if x[1] == "OUTCOME" and "surviv" in x[0].lower()], found


@pytest.mark.parametrize("text", [
    "Stem cells in ALS mice\nThe survival rate after transplantation was 80% in the MSC group.",
    "Stem cells in ALS mice\nIntravenous MSC transplantation prolonged the survival of SOD1 mice.",
])
def test_survival_of_treated_animals_stays_survival(nlp, text):
    """(helper AD, s19) guard: a study group's or the animals' survival after transplantation stays survival."""
    found = ents(nlp(text))
    assert [x for x in found if x[2] == "outcome:survival"], found


def test_levels_of_expression_and_secretion_are_no_end_point(nlp):
    """(helper AD, s19) `the levels of expression and secretion of BDNF`: the amount of the cells' output (what
    a SECRETES says), no OUTCOME."""
    found = ents(nlp("Induced stromal cells\nThe levels of expression and secretion of BDNF in induced MSCs were "
                     "assessed by ELISA."))
    assert not [x for x in found if x[1] == "OUTCOME"], found


def test_polymerase_chain_reaction_is_an_assay_not_an_end_point(nlp):
    """(helper AD, s19) `quantitative reverse transcription polymerase chain reaction (qRT-PCR)`: how the
    expression was measured (a `reaction` head after `chain`), neither it nor its short form an OUTCOME."""
    found = ents(nlp("Stromal cells in culture\nBDNF transcripts were quantified by quantitative reverse "
                     "transcription polymerase chain reaction (qRT-PCR) in the induced cells."))
    assert not [x for x in found if x[1] == "OUTCOME" and ("chain" in x[0] or "PCR" in x[0])], found


def test_an_adverse_reaction_stays_an_end_point(nlp):
    """(helper AD, s19) guard: other `reaction` heads stay end points."""
    found = ents(nlp("MSCs in ALS\nNo serious adverse reactions were observed after intrathecal MSCs."))
    assert [x for x in found if x[1] == "OUTCOME" and "reaction" in x[0]], found


# --- helper AE (s19): stem-cell therapy of peripheral nerves and sense organs ---

@pytest.mark.parametrize("text, span, concept", [
    ("Cells for neuropathy\nMice received adipose stem cells by nasal administration.", "nasal administration",
     "route:intranasal"),
    ("Cells for neuropathy\nNasally delivered MSCs reached the dorsal root ganglia.", "Nasally", "route:intranasal"),
    ("Cells for neuropathy\nDiabetic mice were treated with MSCs by endovenous route.", "endovenous route",
     "route:intravenous"),
    ("Cells after prostatectomy\nRats received periprostatic implantation of MSCs.", "periprostatic implantation",
     "route:other"),
    ("Cells for nerve repair\nMSCs were injected into the sciatic nerve region of diabetic rats.",
     "into the sciatic nerve region", "route:other"),
    ("Cells for nerve repair\nPerineural injection of MSCs was performed after the crush.", "Perineural injection",
     "route:other"),
])
def test_peripheral_and_nasal_routes(nlp, text, span, concept):
    """(helper AE, s19) the nasal, endovenous, periprostatic and perineural routes of nerve-repair studies."""
    found = ents(nlp(text))
    assert (span, "ROUTE", concept) in found, found


def test_axons_growing_into_the_nerve_stump_is_no_route(nlp):
    """(helper AE, s19) guard: `axons grew into the distal nerve stump` is where axons went, not where cells were
    given."""
    found = ents(nlp("Cells for nerve repair\nMSCs were seeded in the conduit. Regenerating axons grew into the distal "
                     "nerve stump."))
    assert not [x for x in found if x[1] == "ROUTE"], found


@pytest.mark.parametrize("text, span", [
    ("Cells in retinal dystrophy\nThe visual field was stable after the injection.", "visual field"),
    ("Cells in retinal dystrophy\nCentral subfield thickness did not change.", "Central subfield thickness"),
    ("Cells for deafness\nDistortion product otoacoustic emissions recovered in treated guinea pigs.",
     "Distortion product otoacoustic emissions"),
    ("Cells after optic nerve crush\nThe optokinetic reflex was not restored.", "optokinetic reflex"),
    ("Cells for neuropathy\nPaw withdrawal thresholds rose after the graft.", "Paw withdrawal thresholds"),
])
def test_end_points_of_eye_ear_and_pain_studies(nlp, text, span):
    """(helper AE, s19) visual field, retinal thickness, otoacoustic emissions, optokinetic reflex, withdrawal
    thresholds: end points of cell therapy for the eye, the ear and neuropathic pain."""
    found = ents(nlp(text))
    assert any(x[0] == span and x[1] == "OUTCOME" for x in found), found


def test_product_short_form_after_a_long_cell_name(nlp):
    """(helper AE, s19) `stromal cell (BMSC)-derived exosomes (EXOs)`: the detector's long form is the last word of
    a longer name found; the short form names the product everywhere."""
    found = ents(nlp("Vesicles for nerve crush\nBone marrow stromal cell (BMSC)-derived exosomes (EXOs) were "
                     "collected. EXOs were injected into the gastrocnemius of the rats."))
    assert found.count(("EXOs", "CELL_TYPE", "cell:msc_ev")) == 2, found


def test_source_prefixed_short_form_of_derived_cells(nlp):
    """(helper AE, s19) `Schwann cell-like cells (WJ-SCLCs)` made from `WJ-MSCs`: the short form carries the
    source's prefix and names the Schwann-like cells."""
    found = ents(nlp("Derived cells for nerve gaps\nWharton's jelly mesenchymal stem cells (WJ-MSCs) were induced "
                     "into Schwann cell-like cells (WJ-SCLCs). WJ-SCLCs were seeded into conduits."))
    assert found.count(("WJ-SCLCs", "CELL_TYPE", "cell:schwann_cell")) == 2, found


@pytest.mark.parametrize("text, span", [
    ("Cells for chemotherapy neuropathy\nMSCs restored mitochondrial bioenergetics in sensory neurons.",
     "mitochondrial bioenergetics"),
    ("Cells for chemotherapy neuropathy\nThe grafts normalised mitochondrial morphology in the nerve.",
     "mitochondrial morphology"),
    ("Cells for chemotherapy neuropathy\nA single MSC dose produced lasting antinociceptive effects.",
     "antinociceptive effects"),
    ("Cells for nerve gaps\nThe number and diameter of regenerated axons were larger with the seeded conduit.",
     "number and diameter of regenerated axons"),
])
def test_end_points_of_nerve_repair_and_neuropathy_studies(nlp, text, span):
    """(helper AE, s19) mitochondrial read-outs, antinociception and nerve morphometry are end points (other sets
    annotate `mitochondrial function`, `mitochondrial membrane potential`, `axon counts` alike)."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:other") in found, found


def test_neuroinflammatory_cascades_are_inflammation(nlp):
    """(helper AE, s19) `via modulation of spinal neuroinflammatory cascades`: the inflammation end point."""
    found = ents(nlp("Stromal cells reverse diabetic neuropathy via modulation of spinal neuroinflammatory cascades\n"
                     "Diabetic neuropathy is frequent."))
    # (helper CN, s22) the site is in the mention, as helper AE's own gold spans it
    assert ("spinal neuroinflammatory cascades", "OUTCOME", "outcome:inflammation") in found, found


@pytest.mark.parametrize("text", [
    "Phorbol ester signalling\nA human T lymphoid cell line was stimulated with phorbol esters.",
    "Erythroid genes\nWe studied a human hematopoietic cell line that depends on erythropoietin.",
])
def test_model_cell_lines_are_no_cell_mentions(nlp, text):
    """(s19 review) only stem-cell lines are grafts (`a human neural stem cell line implanted`); the cell line of
    an immunology or haematology study is a laboratory model, as before helper AF's change."""
    assert [e for e in ents(nlp(text)) if e[1] == "CELL_TYPE"] == []


# --- helper AM (s20): OUTCOME false positives that name no end point of their context ---------------------------
@pytest.mark.parametrize("text, word", [
    ("Grafts for motor neuron disease\nThe grafted cells were tested in the model for excitotoxicity.", "excitotoxicity"),
    ("Grafts for motor neuron disease\nThe grafts gave benefit in models of both retinal degeneration and ALS.",
     "retinal degeneration"),
    ("Grafts for motor neuron disease\nWe studied the grafts in two models of spinal neurodegeneration in rats.",
     "neurodegeneration"),
    ("Grafts for glaucoma\nGanglion cells were spared in a rat model of chronic intraocular pressure elevation.",
     "intraocular pressure"),
])
def test_what_a_disease_model_models_is_no_end_point(nlp, text, word):
    """(helper AM, s20) the disease a model models is no end point, however the model's name is qualified
    (`models of both`, `model for`, `two models of spinal ...`)."""
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and word in e[0]], ents(nlp(text))


def test_end_point_after_a_disease_model_is_kept(nlp):
    """(helper AM, s20) `a rat model of ALS showed delayed onset of paralysis`: the end point after the model stays."""
    found = ents(nlp("Grafts for motor neuron disease\nIn a rat model of ALS the grafts delayed onset of paralysis."))
    assert any(e[1] == "OUTCOME" and "onset of paralysis" in e[0] for e in found), found


@pytest.mark.parametrize("text", [
    "Grafts for motor neuron disease\nThere are no effective treatments that slow the progression of motor neuron "
    "disease.",
    "Grafts for cord injury\nEffective treatment to enable axonal regeneration is lacking.",
    "Grafts for cord injury\nThus there is a need for new strategies that combine neuroprotection and neuroregeneration.",
])
def test_unmet_therapeutic_need_names_no_end_point(nlp, text):
    """(helper AM, s20) the unmet need that motivates a study (`no effective treatments that slow ...`, `treatment ...
    is lacking`, `a need for strategies that ...`) names what a therapy should do, not a measured end point."""
    assert [e for e in ents(nlp(text)) if e[1] == "OUTCOME"] == [], ents(nlp(text))


def test_no_treatment_effect_keeps_its_end_points(nlp):
    """(helper AM, s20) `no treatment effects on the Barthel Index` is a finding, no unmet need."""
    found = ents(nlp("Grafts for stroke\nWe observed no treatment effects on the Barthel Index, but motor scores "
                     "improved."))
    assert any(e[1] == "OUTCOME" and e[0] == "Barthel Index" for e in found), found


@pytest.mark.parametrize("text, word", [
    ("Silenced grafts for chorea\nGrafts with stable expression of small-hairpin RNA reduced motor deficits.",
     "small-hairpin"),
    ("Vectors for chorea\nThe beta-galactosidase activity was higher in striatal extracts of injected rats.",
     "galactosidase"),
    ("Vectors for chorea\nThe vector gave long-term expression of therapeutic proteins in the striatum.",
     "therapeutic proteins"),
])
def test_expression_of_the_delivered_construct_is_no_end_point(nlp, text, word):
    """(helper AM, s20) the expression of what a gene transfer delivers or reports with is the intervention."""
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and word in e[0]], ents(nlp(text))


@pytest.mark.parametrize("text, fragment", [
    ("Grafts for cord injury\nHypoxia triggers the release of inflammatory and vasculogenic cytokines in grafts.",
     "release of inflammatory"),
    ("Grafts for cord injury\nThe levels of axonal growth-associated protein 43 were analysed by PCR.", "levels of axonal"),
])
def test_of_phrase_cut_before_its_noun_is_no_mention(nlp, text, fragment):
    """(helper AM, s20) an of-phrase cut after an adjective (`release of inflammatory | and vasculogenic cytokines`)
    names nothing."""
    assert not [e for e in ents(nlp(text)) if e[0] == fragment], ents(nlp(text))


@pytest.mark.parametrize("text, word", [
    ("Grafts for cord injury\nEfficacy outcomes were assessed at baseline and at six months.", "outcomes"),
    ("Grafts for cord injury\nTissue was studied by immunohistochemical evaluations and behavioral tests.",
     "evaluations"),
    ("Grafts for nerve gaps\nHistomorphometric analysis showed more axons in the treated nerves.", "analysis"),
    ("Grafts for chorea\nPatients completed the 15-month evaluation of the motor subscore.", "evaluation"),
])
def test_procedure_named_by_its_kind_is_no_end_point(nlp, text, word):
    """(helper AM, s20) `efficacy outcomes`, `immunohistochemical evaluations` (also as a list member beside an end
    point), `histomorphometric analysis`, `the 15-month evaluation`: a procedure or visit, not what it measured."""
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and word in e[0].lower()], ents(nlp(text))


def test_outcome_named_by_what_it_measures_is_kept(nlp):
    """(helper AM, s20) `behavioral outcome`, `functional outcomes` name what was measured."""
    found = ents(nlp("Grafts for stroke\nTreatment improved behavioral outcome and functional outcomes."))
    assert {"behavioral outcome", "functional outcomes"} <= {e[0] for e in found if e[1] == "OUTCOME"}, found


@pytest.mark.parametrize("text", [
    "Grafts for stroke\nWe examined brain water content and the protein expression in treated rats.",
    "Grafts for stroke\nRNA was extracted for gene expression analysis.",
])
def test_amount_named_only_by_its_molecule_kind_is_no_end_point(nlp, text):
    """(helper AM, s20) `the protein expression in rats`, `for gene expression analysis`: nothing named is measured."""
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and "expression" in e[0]], ents(nlp(text))


def test_amount_with_its_molecule_named_is_kept(nlp):
    """(helper AM, s20) `(iNOS) protein expression`, `protein levels of IL-6`: the molecule is named beside it."""
    found = ents(nlp("Grafts for stroke\nTreatment reduced inducible nitric oxide synthase (iNOS) protein expression."))
    assert any(e[1] == "OUTCOME" and "protein expression" in e[0] for e in found), found


# ---- helper AO (s20): concept ids by head noun and modifier ----

@pytest.mark.parametrize("text, span, cid", [
    ("Grafts in SOD1 mice\nTreated mice showed fewer behavioral deficits than vehicle mice.",
     "behavioral deficits", "outcome:motor_function"),
    ("Grafts in SOD1 mice\nBehavioural scores were better in the grafted group at week 12.",
     "Behavioural scores", "outcome:motor_function"),
    ("Grafts in SOD1 mice\nThe cells gave a clear behavioral improvement over eight weeks.",
     "behavioral improvement", "outcome:motor_function"),
    ("Grafts in diabetic rats\nThe cells eased the biochemical and behavioral deficits of the rats.",
     "biochemical and behavioral deficits", "outcome:other"),
])
def test_behavioral_read_outs_are_motor_function(nlp, text, span, cid):
    """(helper AO, s20) `behavioral <deficits|scores|improvement|functions>` of treated animals is their motor
    performance (train gold `behavioral recovery`); with a second kind beside it the phrase stays other."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", cid) in found, found


@pytest.mark.parametrize("text, span, cid", [
    ("Neurons from marrow cells\nThe induced cells were tested by electrophysiology and calcium imaging.",
     "electrophysiology", "outcome:other"),
    ("Neurons from marrow cells\nPatch clamp showed that neuron-like cells acquired electrophysiological features.",
     "electrophysiological", "outcome:other"),
    ("Grafts in SOD1 mice\nTreated mice were followed by electrophysiology of the gastrocnemius.",
     "electrophysiology", "outcome:neuromuscular"),
])
def test_electrophysiology_of_cultured_cells_is_no_neuromuscular_end_point(nlp, text, span, cid):
    """(helper AO, s20) electrophysiology that characterises cultured or induced cells is a property of the cells
    (other), not SPEC's neuromuscular end point of a treated patient or animal."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", cid) in found, found


@pytest.mark.parametrize("text, gone, kept", [
    ("Cells in ALS\nMicroglia have been linked to amyotrophic lateral sclerosis (ALS), a fatal disease involving "
     "progressive loss of motor neurons.", "loss of motor neurons", None),
    ("Cells in HD\nHuntington disease (HD), an inherited neurodegenerative disorder, mainly affects the striatum "
     "with progressive loss of striatal neurons.", "loss of striatal neurons", None),
    ("Cells in ALS\nIn ALS, a fatal disease, the grafted MSCs improved motor function.", None, "motor function"),
])
def test_appositive_disease_definitions_are_no_end_points(nlp, text, gone, kept):
    """(helper AO, s20) `<disease>, a <...> disease involving X`: the appositive defines the disease like `ALS is
    a ...`; its end points are not results (train gold leaves definitions out). The main clause of a sentence
    that gives a treatment keeps its end points."""
    texts = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    if gone:
        assert gone not in texts, texts
    if kept:
        assert kept in texts, texts


# --- helper AU (s20): site phrases after a giving noun -------------------------------------------------------
@pytest.mark.parametrize("text, span, cid", [
    ("Grafts in SOD1 mice\nMuscle-derived progenitor transplantation in the muscle delayed paralysis in the mice.",
     "in the muscle", "route:intramuscular"),
    ("Grafts after cord injury\nThe transplantation of olfactory ensheathing cells in spinal cord improved walking.",
     "in spinal cord", "route:intraspinal"),
    ("Grafts in rats\nA single injection of MSCs in the striatum reduced the lesion volume.",
     "in the striatum", "route:intracerebral"),
])
def test_site_after_giving_noun_of_cells_is_a_route(nlp, text, span, cid):
    """(helper AU, s20) `<giving noun> of <cells> in <site>` and `<giving noun> in the muscle`: the site is where the
    cells were given, as after a giving verb (`injected in the muscle`)."""
    found = ents(nlp(text))
    assert (span, "ROUTE", cid) in found, found


@pytest.mark.parametrize("text, span", [
    ("Grafts in SOD1 mice\nDonor cells were found in the muscle four weeks later.", "in the muscle"),
    ("Grafts in SOD1 mice\nThe survival of MSCs in the spinal cord was low.", "in the spinal cord"),
    ("Grafts in SOD1 mice\nTransplantation of MSCs in ALS mice with weak muscles in the hindlimb muscles was studied.",
     "in the hindlimb muscles"),
])
def test_site_without_giving_noun_is_no_route(nlp, text, span):
    """(helper AU, s20) where cells are found or survive is a place, not a route; a giving noun whose `of` phrase
    is followed by more than the cells' name does not reach the site."""
    found = ents(nlp(text))
    assert not any(e[0] == span and e[1] == "ROUTE" for e in found), found


def test_site_after_giving_noun_of_a_drug_is_no_route(nlp):
    """(helper AU, s20) the giving noun's `of` must name cells: `administration of protein drugs in the eye` is no
    cell route."""
    found = ents(nlp("Encapsulated cells\nThe device allows long-term administration of protein drugs in the eye."))
    assert not any(e[1] == "ROUTE" for e in found), found


@pytest.mark.parametrize("text, span", [
    ("Secretome in mice\nThe intranasal administration of the MSCs medium restored memory in the mice.", "MSCs medium"),
    ("Secretome in rats\nhMSC conditioned medium was injected intrathecally into the rats.", "hMSC conditioned medium"),
    ("Secretome in rats\nBM-MSC culture medium was infused into the tail vein.", "BM-MSC culture medium"),
])
def test_medium_named_after_msc_is_their_product(nlp, text, span):
    """(helper AU, s20) `<MSCs> [conditioned|culture] medium` written with a space is the medium the MSCs
    conditioned: their product (cell:msc_ev), what was given, as `MSC-conditioned medium` is."""
    found = ents(nlp(text))
    assert (span, "CELL_TYPE", "cell:msc_ev") in found, found


def test_msc_grown_in_medium_is_no_product(nlp):
    """(helper AU, s20) a growth medium the cells are kept in is no product of theirs."""
    found = ents(nlp("Cells in culture\nBM-MSCs were grown in medium with serum."))
    assert ("BM-MSCs", "CELL_TYPE", "cell:bm_msc") in found, found
    assert not any(e[2] == "cell:msc_ev" for e in found), found


# --- helper AV (s20): cells named by a compound of a factor or a product and a cell short form --------------

@pytest.mark.parametrize("text, span, concept", [
    ("Engineered glia in nerve repair\nSchwann cells (SCs) were made to release GDNF. The GDNF-SCs were placed "
     "in the distal stump.", "GDNF-SCs", "cell:schwann_cell"),
    ("Engineered glia in nerve repair\nOlfactory ensheathing cells (OECs) carrying a BDNF transgene were used. "
     "OEC-BDNF grafts were placed in the cord.", "OEC-BDNF", "cell:other"),
    ("Engineered glia in nerve repair\nSchwann cells (SCs) were made to release neurotrophin-3. NT-3-SCs were "
     "placed in the distal stump.", "NT-3-SCs", "cell:schwann_cell"),
])
def test_factor_glued_to_a_document_short_form_names_the_cells(nlp, text, span, concept):
    """(helper AV, s20) a factor glued to a cell short form that only the document defines names the
    engineered cells (the ruler knows `GDNF-NPCs`, but `SCs` alone is no cell name)."""
    found = ents(nlp(text))
    assert (span, "CELL_TYPE", concept) in found, found


def test_factor_glued_to_a_word_is_no_cell(nlp):
    """(helper AV, s20) only a cell short form of the document takes the factor compound: `GDNF-rich` stays out."""
    found = ents(nlp("Engineered glia in nerve repair\nSchwann cells (SCs) were placed in a GDNF-rich gel."))
    assert not any(e[0] == "GDNF-rich" for e in found), found


@pytest.mark.parametrize("text, span", [
    ("Secretome in ALS mice\nThe iPSC-CM delayed paralysis in the mice.", "iPSC-CM"),
    ("Secretome in ALS mice\nhNSC-EVs were injected into the mice.", "hNSC-EVs"),
])
def test_product_of_cells_other_than_msc_is_other(nlp, text, span):
    """(helper AV, s20) the conditioned medium or vesicles of cells other than MSCs, glued to their short form,
    are a cell product given as the treatment: `cell:other` (SPEC), not the MSC product."""
    found = ents(nlp(text))
    assert (span, "CELL_TYPE", "cell:other") in found, found


# --- helper BA (s20): disease names inside a measured lesion or a graft's safety end point -------------------------

@pytest.mark.parametrize("text, disease", [
    ("Stem cells after stroke in rats\nThe grafted cells reduced the cerebral infarction volume at day 14.",
     "cerebral infarction"),
    ("Neural progenitors in aged monkeys\nThe grafts released GDNF for six months with no tumor formation.", "tumor"),
    ("Stem cells in heart failure\nRenal function and tumor markers were normal after the infusions.", "tumor"),
])
def test_disease_inside_a_measured_end_point_is_no_disease_mention(nlp, text, disease):
    """(helper BA, s20) a disease word inside an end point that measures a lesion or a graft's safety
    (`infarction volume`, `tumor formation`, `tumor markers`) is no disease mention of its own: the table
    rows, which add names nested in end points, hold no DISEASE row for it."""
    rows = entity_rows(nlp(text), "test")
    assert not any(r["label"] == "DISEASE" and r["text"] == disease for r in rows), rows


@pytest.mark.parametrize("text, span", [
    ("Grafted stem cells in mice\nHistology showed no abnormality or tumor growth in any animal.", "tumor growth"),
    ("Stem cell therapy in ALS\nRisks such as immune rejection, tumor development and embolism remain.",
     "tumor development"),
])
def test_tumour_growth_is_a_safety_end_point(nlp, text, span):
    """(helper BA, s20) the growth or development of tumours after a graft is a safety end point, as the
    gold annotates it, not the disease `tumor`."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:safety") in found, found
    assert not any(e[1] == "DISEASE" and "tumo" in e[0] for e in found), found


def test_disease_that_stays_inside_an_end_point(nlp):
    """(helper BA, s20) a disease whose course is the end point stays a mention (`ALS progression`)."""
    rows = entity_rows(nlp("Stem cells in ALS\nThe cells slowed ALS progression in the treated patients."), "test")
    assert any(r["label"] == "DISEASE" and r["text"] == "ALS" for r in rows), rows


@pytest.mark.parametrize("text, span", [
    ("Stem cells after stroke\nPatients with subacute stroke received the cells intravenously.", "subacute stroke"),
    ("Stem cells in spinal cord injury\nRats with thoracolumbar spinal cord injury received the grafts.",
     "thoracolumbar spinal cord injury"),
    ("Stem cells in spinal cord injury\nAdults with traumatic cervical spinal cord injury were enrolled.",
     "traumatic cervical spinal cord injury"),
])
def test_disease_long_form_keeps_its_course_and_level(nlp, text, span):
    """(helper BA, s20) a disease name keeps the words before it that say its course or level, as the gold
    (train: `chronic spinal cord injury`) annotates it."""
    found = ents(nlp(text))
    assert (span, "DISEASE", "disease:other") in found, found


def test_disease_short_form_takes_no_course_word(nlp):
    """(helper BA, s20) a short form stays bare (`acute SCI` -> `SCI`), as the project's msc-neuro gold has it."""
    found = ents(nlp("Stem cells in spinal cord injury\nSpinal cord injury (SCI) is disabling. Rats with acute SCI "
                     "received the grafts."))
    assert ("SCI", "DISEASE", "disease:other") in found and not any(e[0] == "acute SCI" for e in found), found


# --- helper BF (s21): clinical outcome constructions ------------------------------------------------------------

def test_long_form_does_not_reach_back_across_the_title(nlp):
    """(helper BF, s21) the detector's long form of a scale's short form may start in the title (`... in ALS`
    + newline); it starts in the short form's sentence, and no mention spans the line break."""
    found = ents(nlp("Cell therapy in ALS\nEfficacy was assessed with the revised ALS functional rating scale "
                     "(ALSFRS-R)."))
    assert not any("\n" in e[0] for e in found), found
    assert ("revised ALS functional rating scale", "OUTCOME", "outcome:alsfrs_r") in found, found


@pytest.mark.parametrize("sentence, span", [
    ("The time to death or permanent ventilation was longer in the treated arm.",
     "time to death or permanent ventilation"),
    ("The primary end point was time to death, tracheostomy or permanent assisted ventilation.",
     "time to death, tracheostomy or permanent assisted ventilation"),
    ("Time to tracheostomy or death did not differ between the groups.", "Time to tracheostomy or death"),
    ("Death or permanent ventilation occurred later in the cell arm.", "Death or permanent ventilation"),
])
def test_composite_survival_end_point_is_one_mention(nlp, sentence, span):
    """(helper BF, s21) a composite end point of terminal events joined by `or` is one survival mention
    (train gold: `time to death, tracheostomy, or permanent ventilation`), whatever its members' order."""
    found = ents(nlp("Stem cells in ALS\n" + sentence))
    assert (span, "OUTCOME", "outcome:survival") in found, found


def test_no_composite_for_safety_deaths_or_a_plain_list(nlp):
    """(helper BF, s21) deaths counted as a safety finding, or survival itself, join no composite."""
    found = ents(nlp("Stem cells in ALS\nThere were no deaths or tracheostomies related to the procedure."))
    assert ("deaths", "OUTCOME", "outcome:safety") in found, found
    found = ents(nlp("Stem cells in ALS\nSurvival or tracheostomy was recorded for each patient."))
    assert not any(e[0].lower().startswith("survival or") for e in found), found


def test_grading_standard_names_no_safety_end_point(nlp):
    """(helper BF, s21) `Common Terminology Criteria for Adverse Events` names a grading standard."""
    found = ents(nlp("Stem cells in ALS\nToxicity was graded with the Common Terminology Criteria for Adverse "
                     "Events, version 5.0, and no serious adverse events occurred."))
    assert not any(e[0] == "Adverse Events" for e in found), found
    assert ("serious adverse events", "OUTCOME", "outcome:safety") in found, found


@pytest.mark.parametrize("sentence", [
    "Gastrostomy stabilized weight and/or body mass index in most patients.",
    "Treated mice lost weight more slowly than the controls.",
    "The change in weight was smaller in the treated group.",
    "Weight and BMI were maintained during the follow-up.",
])
def test_bare_weight_said_to_change_is_body_weight(nlp, sentence):
    """(helper BF, s21) a bare `weight` that is said to change, or is listed beside BMI, is body weight."""
    found = ents(nlp("Stem cells in ALS\n" + sentence))
    assert any(e[0].lower() == "weight" and e[2] == "outcome:body_weight" for e in found), found


@pytest.mark.parametrize("sentence", [
    "The molecular weight of the secreted protein was 30 kDa.",
    "The wet weight of the gastrocnemius muscle was measured.",
    "The weight of the spleen did not change.",
])
def test_other_weights_are_no_body_weight(nlp, sentence):
    """(helper BF, s21) near-misses: a molecule's, a muscle's or an organ's weight is no body weight."""
    found = ents(nlp("Stem cells in ALS\n" + sentence))
    assert not any(e[0].lower() == "weight" for e in found), found


@pytest.mark.parametrize("sentence, span, concept", [
    ("The %VC declined by 2% per month.", "%VC", "outcome:respiratory_function"),
    ("Percent predicted forced vital capacity remained stable.", "Percent predicted forced vital capacity",
     "outcome:respiratory_function"),
    ("Time to non-invasive ventilation was delayed.", "Time to non-invasive ventilation",
     "outcome:respiratory_function"),
    ("Treatment-emergent adverse events were mild.", "Treatment-emergent adverse events", "outcome:safety"),
])
def test_clinical_outcome_name_variants(nlp, sentence, span, concept):
    """(helper BF, s21) the usual variants of vital capacity, time to NIV and treatment-emergent adverse events."""
    found = ents(nlp("Stem cells in ALS\n" + sentence))
    assert (span, "OUTCOME", concept) in found, found


# --- helper BE (s21): factor-effect constructions (FACTOR_AFFECTS family), entity side
@pytest.mark.parametrize("text, span", [
    ("VEGF in SOD1 rats\nVEGF resulted in a significant delay of paralysis onset.", "paralysis onset"),
    ("IGF-1 in SOD1 mice\nIGF-1 caused a postponement of symptom onset.", "symptom onset"),
])
def test_onset_after_a_noun_of_change_is_an_end_point(nlp, text, span):
    """(helper BE, s21) `a delay of paralysis onset`: a noun of change before `of` makes the onset what changed,
    an end point; `within 2 years of symptom onset` stays a time point."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:disease_onset") in found, found
    found = ents(nlp("Serum factors in ALS\nPatients were enrolled within 2 years of symptom onset."))
    assert not [e for e in found if e[2] == "outcome:disease_onset"], found


def test_two_factors_joined_by_a_slash_are_two_mentions(nlp):
    """(helper BE, s21) `NGF/NT-3`, `BDNF/NT-4/5`, `VEGF/IGF-1`: two factors given together, each a mention of its
    own (the second symbol's hyphen kept it glued); cells joined to a factor (`MSCs/GDNF`) stay whole."""
    found = ents(nlp("Trophic factors after nerve injury\nNGF/NT-3 treatment and BDNF/NT-4/5 and VEGF/IGF-1 were "
                     "compared with MSCs/GDNF."))
    for span, cid in (("NGF", "factor:NGF"), ("NT-3", "factor:NTF3"), ("BDNF", "factor:BDNF"),
                      ("NT-4/5", "factor:NTF4"), ("VEGF", "factor:VEGFA"), ("IGF-1", "factor:IGF1")):
        assert (span, "NEUROTROPHIC_FACTOR", cid) in found, (span, found)
    assert not [e for e in found if "/" in e[0] and e[1] == "NEUROTROPHIC_FACTOR" and e[0] != "NT-4/5"], found


@pytest.mark.parametrize("text, span", [
    ("GDNF in motor neuron cultures\nThe survival-promoting effect of GDNF on motor neurons was dose dependent.",
     "motor neurons"),
    ("BDNF in axotomy\nBDNF had trophic effects on spinal motoneurons.", "spinal motoneurons"),
    ("GDNF in motor neuron cultures\nGDNF reduced apoptosis of cultured motor neurons.",
     "apoptosis of cultured motor neurons"),
])
def test_motor_neurons_as_what_a_trophic_agent_saved(nlp, text, span):
    """(helper BE, s21) the trophic, survival-promoting kind of effect on motor neurons, and their apoptosis,
    name motor neuron survival as the end point (as `protected motor neurons` does)."""
    found = ents(nlp(text))
    assert (span, "OUTCOME", "outcome:motor_neuron_survival") in found, found


def test_factor_product_names_of_als_trials(nlp):
    """(helper BE, s21) the product and INN names of the factors tried in ALS and neurology take the factor's
    concept (HGF: KP-100IT, VM202/Engensis; VEGF: sNN0029; NGF: cenegermin; CNTF: Axokine; NRTN: CERE-120)."""
    found = ents(nlp("Growth factor trials\nKP-100IT, VM202, sNN0029, cenegermin, Axokine, rhNT-3 and CERE-120 "
                     "were compared."))
    for span, cid in (("KP-100IT", "factor:HGF"), ("VM202", "factor:HGF"), ("sNN0029", "factor:VEGFA"),
                      ("cenegermin", "factor:NGF"), ("Axokine", "factor:CNTF"), ("rhNT-3", "factor:NTF3"),
                      ("CERE-120", "factor:NRTN")):
        assert (span, "NEUROTROPHIC_FACTOR", cid) in found, (span, found)


# --- helper BC (s21): route mentions. A route's short form right after the cells given, glued to a giving
# word by a hyphen, or in a list of routes; the usual site phrasings of each route (all invented sentences)
@pytest.mark.parametrize("text, wanted", [
    ("Cell therapy in ALS\nMice received 1x10^6 MSCs IV at 90 days of age.", [("IV", "route:intravenous")]),
    ("Cell therapy in ALS\nPatients were randomized to receive UC-MSCs either IV or IT.",
     [("IV", "route:intravenous"), ("IT", "route:intrathecal")]),
    ("Cell therapy in ALS\nUC-MSCs were given IT, IV or both to three groups of patients.",
     [("IT", "route:intrathecal"), ("IV", "route:intravenous")]),
    ("Cell therapy in ALS\nIT-injected MSCs were found in the spinal cord one week later.", [("IT", "route:intrathecal")]),
    ("Cell therapy in ALS\nHuman UC-MSCs were injected into the saphenous vein of SOD1 rats.",
     [("saphenous vein", "route:intravenous")]),
    ("Cell therapy in ALS\nAutologous BM-MSCs were administered by peripheral venous infusion.",
     [("peripheral venous", "route:intravenous")]),
    ("Cell therapy in ALS\nHuman MSCs were delivered by intra-cisterna magna injection in SOD1 mice.",
     [("intra-cisterna magna", "route:intracisternal")]),
    ("Cell therapy in ALS\nHuman MSCs were injected by suboccipital puncture into SOD1 rats.",
     [("suboccipital puncture", "route:intracisternal")]),
    ("Cell therapy in ALS\nAutologous BM-MSCs were injected into the spinal canal of ALS patients.",
     [("into the spinal canal", "route:intrathecal")]),
    ("Cell therapy in ALS\nHuman NSCs were delivered subpially in adult SOD1 rats.", [("subpially", "route:intraspinal")]),
    ("Cell therapy in ALS\nUC-MSCs (1x10^6 cells/kg, IV) were given monthly.", [("IV", "route:intravenous")]),
    ("Cell therapy in ALS\nMSC-derived exosomes were given by the nose-to-brain route to SOD1 mice.",
     [("nose-to-brain", "route:intranasal")]),
    ("Cell therapy in ALS\nAutologous BM-MSCs were injected epidurally in ALS patients.", [("epidurally", "route:other")]),
])
def test_route_short_forms_and_site_phrasings(nlp, text, wanted):
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "ROUTE"]
    for w in wanted:
        assert w in found, found
    assert len(found) == len(wanted), found


@pytest.mark.parametrize("text", [
    "Cell therapy in ALS\nPatients with stage III or IV disease received MSCs.",
    "Cell therapy in ALS\nCollagen type IV and laminin coated plates were used to culture MSCs.",
    "Cell therapy in ALS\nMSCs IV passage were used for the experiments.",
    "Cell therapy in ALS\nSpinal canal stenosis was excluded by MRI before MSCs were given.",
])
def test_route_short_forms_and_sites_near_misses(nlp, text):
    """(helper BC, s21) a roman numeral, a passage and a diagnosis are no routes."""
    found = [e for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert not found, found


# --- helper BB (s21): the plural short form of adipose-derived stem cells, undefined in the text
def test_bare_ascs_are_adipose_msc(nlp):
    got = ents(nlp("Adipose cells in nerve repair\nASCs and hASCs released VEGF into the medium."))
    assert ("ASCs", "CELL_TYPE", "cell:ad_msc") in got and ("hASCs", "CELL_TYPE", "cell:ad_msc") in got, got
    got = ents(nlp("Inflammasome in ALS\nASC speck formation was reduced in microglia."))
    assert not [g for g in got if g[2] == "cell:ad_msc"], got


# --- helper BH (s21): CELL_TYPE constructions -------------------------------------------------------------

@pytest.mark.parametrize("text, span, concept", [
    ("Cells in vitro\nThe grafted MSCs gave rise to microglia-like cells.", "microglia-like cells", "cell:microglia"),
    ("Cells in vitro\nThe grafted MSCs gave rise to motoneuron-like cells.", "motoneuron-like cells", "cell:motor_neuron"),
    ("Cells in vitro\nThe grafted MSCs gave rise to macrophage-like cells.", "macrophage-like cells", "cell:macrophage"),
    ("Cells in vitro\nThe grafted MSCs gave rise to dopaminergic neuron-like cells.", "neuron-like cells", "cell:neuron"),
])
def test_cells_named_like_a_cell_type_take_that_type(nlp, text, span, concept):
    """(helper BH, s21) `<cell type>-like cells` take that type, whichever it is (the gold's convention,
    `Schwann-like cells` -> Schwann cells), not only those the vocabulary lists."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


def test_like_words_that_name_no_cell_type_are_no_mention(nlp):
    """(helper BH, s21) a shape (`spindle-like cells`) or a disease (`ALS-like`) names no cell type."""
    found = ents(nlp("Cells in vitro\nThe cultures held spindle-like cells and cells with a fibroblast-like morphology."))
    assert not any(e[1] == "CELL_TYPE" for e in found), found


@pytest.mark.parametrize("text, span, concept", [
    ("Cells in ALS\nMSCs collected from umbilical cord were injected intrathecally.",
     "MSCs collected from umbilical cord", "cell:uc_msc"),
    ("Cells in ALS\nMSCs generated from bone marrow were injected intrathecally.",
     "MSCs generated from bone marrow", "cell:bm_msc"),
    ("Cells in ALS\nMesenchymal stromal cells harvested from the iliac crest bone marrow were infused.",
     "Mesenchymal stromal cells harvested from the iliac crest bone marrow", "cell:bm_msc"),
    ("Cells in ALS\nStromal cells from Wharton's jelly were transplanted.",
     "Stromal cells from Wharton's jelly", "cell:wj_msc"),
    ("Cells in ALS\nStem cells isolated from adipose tissue were transplanted.",
     "Stem cells isolated from adipose tissue", "cell:ad_msc"),
    ("Cells in ALS\nMesenchymal-like cells derived from full-term human placenta were injected.",
     "Mesenchymal-like cells derived from full-term human placenta", "cell:pl_msc"),
])
def test_tissue_source_after_the_cells_by_any_usual_participle(nlp, text, span, concept):
    """(helper BH, s21) the source after the cells, by any of the usual participles (`collected`, `generated`,
    `harvested` from) and across the words a paper puts before the tissue, also after a generic name."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


def test_generic_stem_cells_from_marrow_stay_generic(nlp):
    """(helper BH, s21) stem cells of marrow or cord blood may be blood-forming: no MSC source taken, nor a
    source read through words that are no tissue (`from ALS patients`)."""
    found = ents(nlp("Cells in ALS\nStem cells from the bone marrow and stem cells from ALS patients were compared."))
    assert not any(e[1] == "CELL_TYPE" and e[2] != "cell:other" for e in found), found


@pytest.mark.parametrize("text, span, concept", [
    ("Cells in ALS\nRemestemcel-L was infused intravenously.", "Remestemcel-L", "cell:bm_msc"),
    ("Cells in ALS\nRexlemestrocel-L was injected.", "Rexlemestrocel-L", "cell:bm_msc"),
    ("Cells in ALS\nLaromestrocel was infused intravenously.", "Laromestrocel", "cell:msc"),
    ("Cells in ALS\nCTX0E03 cells were implanted.", "CTX0E03 cells", "cell:nsc"),
    ("Cells in ALS\nAutologous SVF cells were injected intrathecally.", "SVF cells", "cell:ad_msc"),
    ("Cells in ALS\nBone marrow aspirate concentrate (BMAC) was injected intrathecally.",
     "Bone marrow aspirate concentrate", "cell:bm_mnc"),
    ("Cells in ALS\nT-regulatory cells were expanded ex vivo.", "T-regulatory cells", "cell:treg"),
])
def test_cell_products_by_their_names(nlp, text, span, concept):
    """(helper BH, s21) cell products named by nonproprietary (`-mestrocel`, `-stemcel`) or trade names, the
    stromal vascular fraction, marrow concentrate, and the spellings of regulatory T cells."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, span, concept", [
    ("Cells in ALS\nAnterior horn cells and Betz cells degenerated in the patients.", "Anterior horn cells", "cell:motor_neuron"),
    ("Cells in ALS\nAnterior horn cells and Betz cells degenerated in the patients.", "Betz cells", "cell:motor_neuron"),
    ("Cells in ALS\nRenshaw cells were counted in the ventral horn.", "Renshaw cells", "cell:neuron"),
    ("Cells in ALS\nNG2 glia and oligodendroglial cells were counted.", "NG2 glia", "cell:oligodendrocyte"),
    ("Cells in ALS\nNG2 glia and oligodendroglial cells were counted.", "oligodendroglial cells", "cell:oligodendrocyte"),
    ("Cells in ALS\nMyotubes were cultured with the conditioned medium.", "Myotubes", "cell:other"),
])
def test_native_cells_by_their_other_names(nlp, text, span, concept):
    """(helper BH, s21) the body's own cells by their other names (the gold lists native cells as CELL_TYPE)."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


def test_letter_split_off_a_cell_line_is_no_t_cell(nlp):
    """(helper BH, s21) `HEK293T cells`: the tokenizer splits the `T` off the line's name; no T cells. `Jurkat T
    cells` stay T cells."""
    found = ents(nlp("Cells in vitro\nVirus was made in HEK293T cells; Jurkat T cells were used as controls."))
    assert [e for e in found if e[2] == "cell:t_cell"] == [("T cells", "CELL_TYPE", "cell:t_cell")], found


@pytest.mark.parametrize("text, span, concept", [
    ("Cells in ALS\nChorionic villus-derived MSCs were infused intravenously.", "Chorionic villus-derived MSCs", "cell:pl_msc"),
    ("Cells in ALS\nLipoaspirate-derived MSCs were infused intravenously.", "Lipoaspirate-derived MSCs", "cell:ad_msc"),
    ("Cells in ALS\nPatient-derived MSCs were infused intravenously.", "Patient-derived MSCs", "cell:msc"),
])
def test_glued_derived_source_takes_the_whole_tissue(nlp, text, span, concept):
    """(helper BH, s21) a name starting at a source's last word glued to `-derived` takes the whole source
    before it; a word that is no tissue (`patient-derived`) leaves MSCs in general."""
    assert (span, "CELL_TYPE", concept) in ents(nlp(text))


@pytest.mark.parametrize("text, short, concept", [
    ("Cells in ALS\nBone marrow-derived MSCs (hereafter, MSCs) were injected. MSCs improved survival.", "MSCs", "cell:bm_msc"),
    ("Cells in ALS\nAdipose-derived stem cells (referred to as ASCs) were injected. ASCs were safe.", "ASCs", "cell:ad_msc"),
])
def test_short_form_introduced_by_naming_words(nlp, text, short, concept):
    """(helper BH, s21) a short form introduced in brackets (`hereafter`, `referred to as`) takes the long
    form's concept everywhere, as one defined plainly does."""
    found = ents(nlp(text))
    assert found.count((short, "CELL_TYPE", concept)) == 2, found


# --- helper BM (s21): disease constructions (ALS subtypes, eponym spellings, listed short forms, vocabulary)
@pytest.mark.parametrize("text, wanted", [
    ("Gene therapy in ALS\nSOD1-linked ALS and C9orf72-associated ALS progress differently.",
     ["SOD1-linked ALS", "C9orf72-associated ALS"]),
    ("Gene therapy in ALS\nFive C9orf72 ALS patients and two TDP-43-related ALS patients were seen.",
     ["C9orf72 ALS", "TDP-43-related ALS"]),
    ("Cell therapy in ALS\nNine patients had bulbar onset ALS and two had juvenile ALS.",
     ["bulbar onset ALS", "juvenile ALS"]),
    ("Cell therapy in ALS\nAstrocytes from both sporadic and familial ALS donors were toxic.",
     ["sporadic and familial ALS"]),
    ("Gene therapy in ALS\nVAPB-ALS is rarer than SOD1-ALS.", ["VAPB-ALS", "SOD1-ALS"]),
])
def test_als_subtype_names(nlp, text, wanted):
    found = [e[0] for e in ents(nlp(text)) if e[2] == "disease:als"]
    for w in wanted:
        assert w in found, found


def test_als_subtype_near_misses(nlp):
    got = [e[0] for e in ents(nlp("Cell therapy in ALS\nWe measured SOD1, FUS and ALS-related markers in "
                                  "SOD1 and FUS mice.")) if e[1] == "DISEASE"]
    assert not [g for g in got if "SOD1" in g or "FUS" in g], got


@pytest.mark.parametrize("text, wanted", [
    ("Cell therapy in neurology\nStem cell trials in PD, HD and ALS were reviewed.", ["PD", "HD", "ALS"]),
    ("Cell therapy in neurology\nNeurodegenerative disorders such as AD and PD lack a cure.", ["AD", "PD"]),
    ("Cell therapy in neurology\nPatients with ALS or PLS were excluded from the trial.", ["ALS", "PLS"]),
    ("Cell therapy in neurology\nMSCs were tested in Parkinsons disease and Kennedy disease.",
     ["Parkinsons disease", "Kennedy disease"]),
    ("Cell therapy in the eye\nRPE grafts were studied in retinal degeneration and age-related macular degeneration.",
     ["retinal degeneration", "age-related macular degeneration"]),
    ("Cell therapy in neurology\nCord blood slowed metachromatic leukodystrophy; progressive bulbar palsy was excluded.",
     ["metachromatic leukodystrophy", "progressive bulbar palsy"]),
])
def test_disease_lists_eponyms_and_classes(nlp, text, wanted):
    found = [e[0] for e in ents(nlp(text)) if e[1] == "DISEASE"]
    for w in wanted:
        assert w in found, found


@pytest.mark.parametrize("text", [
    "Proteomics of MSCs\nSamples were analysed by LC-MS and PD software before ELISA.",
    "Cell therapy in ALS\nThe PD and HD of the electrodes were recorded in SOD1 mice.",
    "Cell therapy in ALS\nMSCs were primed with PMA and ionomycin before PLS analysis.",
])
def test_disease_short_forms_near_misses(nlp, text):
    """(helper BM, s21) an ambiguous short form counts only beside a disease, never on its own."""
    found = [e for e in ents(nlp(text)) if e[1] == "DISEASE" and e[0] in ("PD", "HD", "MS", "PMA", "PLS")]
    assert not found, found


@pytest.mark.parametrize("text, route", [
    ("Cell therapy after SCI\nMSCs were transplanted in spinal cord-injured rats.", False),
    ("Cell therapy after SCI\nMSCs were grafted into spinal cord injured mice at day 7.", False),
    ("Cell therapy after SCI\nMSCs were transplanted into the injured spinal cord of rats.", True),
])
def test_injured_cord_animals_are_no_site(nlp, text, route):
    """(helper BM, s21) `spinal cord-injured rats` says the animals' injury, not where the cells went."""
    found = [e for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert bool(found) == route, found


# --- helper BI (s21): preclinical molecular read-outs -- the apoptosis family and cytokines as measured markers
@pytest.mark.parametrize("text, wanted", [
    # Bim, Bcl-xL, p53 are measured like Bax and Bcl-2
    ("MSCs in SOD1 mice\nThe grafts lowered caspase-3 and Bim in the lumbar cord.",
     [("caspase-3", "outcome:other"), ("Bim", "outcome:other")]),
    ("MSCs in SOD1 mice\nThe expression of Bcl-2 and p53 was raised in grafted mice.", [("p53", "outcome:other")]),
    # a change told by a noun before `of` and a marker
    ("MSCs in SOD1 mice\nGrafting caused an elevation of Bcl-2 and a reduction of Bax in the cord.",
     [("Bcl-2", "outcome:other"), ("Bax", "outcome:other")]),
    ("MSCs in SOD1 mice\nThe grafts induced downregulation of IL-6 and TNF-α in the cord.",
     [("IL-6", "outcome:inflammation"), ("TNF-α", "outcome:inflammation")]),
    # markers named in brackets after their kind
    ("MSCs in SOD1 mice\nGrafting caused a shift from pro-inflammatory (IL-6, IL-1β) to anti-inflammatory (IL-4, IL-10) "
     "cytokines.", [("IL-6", "outcome:inflammation"), ("IL-4", "outcome:inflammation"),
                    ("IL-10", "outcome:inflammation")]),
    ("MSCs in SOD1 mice\nThe grafts reduced markers of apoptosis (Bax and Bim) in the cord.",
     [("Bax", "outcome:other"), ("Bim", "outcome:other")]),
])
def test_preclinical_molecular_readouts(nlp, text, wanted):
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    for w in wanted:
        assert w in found, found


@pytest.mark.parametrize("text", [
    "MSCs in SOD1 mice\nThe MSCs secreted anti-inflammatory (IL-10, TGF-β) and trophic factors.",
    "MSCs in SOD1 mice\nInhibition of caspase-3 with a peptide blocked the effect of the MSCs.",
    "MSCs in SOD1 mice\nMSCs were engineered to overexpress Bcl-2 before grafting.",
    "MSCs in SOD1 mice\np53-deficient mice were crossed with SOD1 mice.",
    "MSCs in SOD1 mice\nSections were stained for GFAP, Iba1 and ChAT.",
])
def test_preclinical_molecular_readouts_near_misses(nlp, text):
    """(helper BI, s21) markers the cells secrete, that the experimenters block or engineer, stains: no end points."""
    found = [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and e[0] not in ("effect",)]
    assert not found, found


# --- helper BI (s21): the harm an insult does to cultured cells
@pytest.mark.parametrize("text, wanted", [
    ("MSCs in vitro\nMSCs reduced OGD-induced neuronal injury in the cultures.",
     ("OGD-induced neuronal injury", "outcome:other")),
    ("MSCs in stroke rats\nMCAO-induced brain damage was reduced by the grafts.", ("MCAO-induced brain damage", "outcome:other")),
])
def test_preclinical_motor_tests_and_insult_harms(nlp, text, wanted):
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    "MSCs in vitro\nWe used an H2O2-induced injury model in NSC-34 cells.",
    "GDNF in the rat\nThe vector was given to protect dopamine neurons from 6-OHDA-induced damage.",
])
def test_preclinical_insult_harms_near_misses(nlp, text):
    """(helper BI, s21) the model an insult names, and the insult cells are kept from, are no end points."""
    found = [e for e in ents(nlp(text)) if e[1] == "OUTCOME" and "induced" in e[0]]
    assert not found, found


@pytest.mark.parametrize("text, outcome", [
    ("MSCs in vitro\nNSC-34 cells were exposed to H2O2 to induce oxidative stress.", None),
    ("MSCs in vitro\nMicroglia were activated with LPS to model neuroinflammation.", None),
    ("MSCs in vitro\nThe secretome failed to induce apoptosis in neurons.", "apoptosis"),
    ("NT-3 in rats\nNT-3 was delivered locally to induce axonal regeneration.", "axonal regeneration"),
])
def test_harm_set_up_by_the_experiment_is_no_end_point(nlp, text, outcome):
    """(helper BI, s21) `to induce/model <harm>` names the insult the experiment sets up, not an end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert found == ([outcome] if outcome else []), found


def test_marker_short_form_closing_a_passive_subject(nlp):
    """(helper BI, s21) `<long form> (TNF-α) was decreased`: the short form is the end point; not a finding
    about the disease model told after `In our study, the expression of ...`."""
    got = [(e[0], e[2]) for e in ents(nlp("MSCs in SOD1 mice\nTumor necrosis factor-alpha (TNF-α) was decreased "
                                          "in the cord of treated mice.")) if e[1] == "OUTCOME"]
    assert ("TNF-α", "outcome:inflammation") in got, got
    got = [e for e in ents(nlp("MSCs in SOD1 mice\nIn our study, the expression of monocyte chemoattractant "
                               "protein-1 (MCP-1) was elevated in the ALS mouse spinal cord.")) if e[1] == "OUTCOME"]
    assert not got, got


# --- helper BP (s21): survival said by a verb or an event-free interval ---------------------------------------


@pytest.mark.parametrize("text", [
    "Mice given ADSCs lived 12 and 18 days longer than controls, respectively.",
    "SOD1 mice treated with NSCs survived on average 14 days longer than vehicle-treated mice.",
    "Treg infusion extended the paralysis-free interval of SOD1 mice.",
    "Donor microglia prolonged paralysis-free survival in SOD1 mice.",
])
def test_bp_survival_named_across_amounts_and_event_free_intervals(nlp, text):
    """(helper BP, s21) `lived 12 and 18 days longer`: amounts between the verb and `longer`; `paralysis-free
    interval/survival`: an event-free time, survival."""
    got = [e[2] for e in ents(nlp("Cells in SOD1 mice\n" + text)) if e[1] == "OUTCOME"]
    assert "outcome:survival" in got, got


def test_bp_lived_without_a_comparison_is_no_survival(nlp):
    """(helper BP, s21) `patients who lived in rural areas for 12 years or longer`: not survival."""
    got = [e for e in ents(nlp("Exposure and ALS\nPatients who lived in rural areas for 12 years or longer were "
                               "more often exposed to pesticides.")) if e[1] == "OUTCOME"]
    assert not got, got


# --- helper BO (s21): what the cells are able to do, given as why they are used, is no end point -------------
@pytest.mark.parametrize("text", [
    "MSCs in ALS\nMSCs are attractive candidates because of their immunomodulatory functions.",
    "MSCs in ALS\nBone marrow stromal cells possess an immuno-modulatory capacity and secrete trophic factors.",
    "MSCs in ALS\nDental pulp stem cells show a high proliferative and reparative capacity.",
    "MSCs in ALS\nGiven their high proliferation activity and paracrine effects, MSCs are a promising source.",
    "MSCs in ALS\nRegulatory T cells are a lymphocyte subset with strong suppressive capacity.",
    "MSCs in ALS\nUmbilical cord mesenchymal stem cells (UC-MSCs) possess low immunogenicity and high "
    "proliferative capacity.",
    "MSCs in ALS\nAmniotic epithelial cells have been shown with properties of immunomodulation, "
    "anti-inflammation and low immunogenicity.",
])
def test_cell_capability_is_no_end_point(nlp, text):
    """(helper BO, s21) `MSCs have immunomodulatory properties`, `because of their ... functions`, `a subset with
    suppressive capacity`: a property of the cells (train gold: none annotated), not a measured end point."""
    found = [e for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert not found, found


@pytest.mark.parametrize("text, outcome", [
    ("MSCs in vitro\nGDNF pretreatment enhanced the proliferative capacity of the MSCs.", "proliferative capacity"),
    ("MSCs in ALS\nAfter expansion, the patients' Tregs regained their suppressive function in vitro.",
     "suppressive function"),
    ("MSCs in SOD1 mice\nSOD1 mice showed reduced locomotor activity at 16 weeks.", "locomotor activity"),
    ("MSCs in vitro\nMSCs showed increased viability and migration capacity after hypoxic preconditioning.",
     "migration capacity"),
    ("MSCs in ALS\nNo immunogenicity against the donor cells was detected in the treated patients.", "immunogenicity"),
])
def test_cell_capability_near_misses_stay(nlp, text, outcome):
    """(helper BO, s21) a capability that was measured or changed stays an end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert outcome in found, found


@pytest.mark.parametrize("text, outcome", [
    ("MSCs in ALS\nOne patient of the IV group died due to severe respiratory insufficiency and infection.", None),
    ("MSCs in ALS\nTwo patients died of pneumonia during the follow-up.", None),
    ("MSCs in ALS\nThere were two deaths due to respiratory failure and one due to pneumonia.", None),
    ("MSCs in ALS\nOne patient died 6 months after surgery due to the progression of respiratory insufficiency.", None),
    # near-misses: an insult a treatment kept cells from, a death delayed, an adverse event
    ("MSCs in vitro\nThe secretome reduced neuronal death from oxidative stress.", "oxidative stress"),
    ("MSCs in ALS\nOne patient died of a serious adverse event.", "adverse event"),
])
def test_cause_of_death_is_no_end_point(nlp, text, outcome):
    """(helper BO, s21) what a patient died of (`died due to respiratory insufficiency`) is reported as an event,
    no end point; an insult a treatment kept cells from stays."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(outcome in f for f in found) if outcome else not found, found


# --- helper BU (s21): cell and route names we did not find at all -------------------------------------------

@pytest.mark.parametrize("text, name, concept", [
    # a lineage word before a precursor word names one cell type, the lineage's precursors
    ("Oligodendroglial progenitor/precursor cells were grafted into the rat spinal cord.",
     "Oligodendroglial progenitor/precursor cells", "cell:oligodendrocyte"),
    ("Oligodendrocyte precursors were grafted into the rat spinal cord.", "Oligodendrocyte precursors",
     "cell:oligodendrocyte"),
    ("Astrocyte progenitor cells were transplanted into the lumbar cord.", "Astrocyte progenitor cells", "cell:other"),
    ("Microglial progenitors were transplanted into the mouse brain.", "Microglial progenitors", "cell:other"),
    ("Skeletal muscle precursor cells were injected into the gastrocnemius.", "Skeletal muscle precursor cells",
     "cell:other"),
    # in-vitro cell lines and the sensory cells a graft protects
    ("PC12 cells were exposed to MSC-conditioned medium for 24 h.", "PC12 cells", "cell:other"),
    ("NSC-34 cells were treated with MSC-derived exosomes.", "NSC-34 cells", "cell:other"),
    ("SH-SY5Y cells were co-cultured with hMSCs under oxidative stress.", "SH-SY5Y cells", "cell:other"),
    ("Outer hair cells in the cochlea were preserved after MSC injection.", "Outer hair cells", "cell:other"),
    ("Müller cells in the retina were activated after the graft.", "Müller cells", "cell:other"),
    ("T follicular helper (Tfh) cells decreased in the spleen after MSC infusion.", "T follicular helper (Tfh) cells",
     "cell:t_cell"),
    # a suspended hyphen after a hyphenated short form
    ("BM-MSC- and AD-MSC-treated mice lived longer than controls.", "BM-MSC", "cell:bm_msc"),
    ("UC-MSCs- or NSC-transplanted mice lived longer than controls.", "UC-MSCs", "cell:uc_msc"),
])
def test_bu_cell_names_found(nlp, text, name, concept):
    got = [(e[0], e[2]) for e in ents(nlp("Cell therapy study\n" + text)) if e[1] == "CELL_TYPE"]
    assert (name, concept) in got, got


@pytest.mark.parametrize("text, bad", [
    # near-misses: a precursor word as a modifier, a helper subset named for its cytokines, the short form
    # a derived name is built on
    ("Oligodendroglial progenitor markers were stained in the grafts.", "Oligodendroglial progenitor"),
    ("Levels of Th17 cytokines were measured in serum.", "Th17"),
    ("Human induced pluripotent stem cell- (iPSC-) derived neural stem cells were grafted.", "iPSC"),
])
def test_bu_cell_name_near_misses(nlp, text, bad):
    got = [e[0] for e in ents(nlp("Cell therapy study\n" + text)) if e[1] == "CELL_TYPE"]
    assert bad not in got, got


@pytest.mark.parametrize("text, routes", [
    ("Patients received MSCs IT+IV on days 1 and 30.", {"route:intrathecal", "route:intravenous"}),
    ("MSCs (IV+IT) were given twice.", {"route:intrathecal", "route:intravenous"}),
    ("MSCs were delivered through an external ventricular drain (EVD).", {"route:intracerebroventricular"}),
    ("Fetal cells were implanted intraputaminally in two patients.", {"route:intracerebral"}),
])
def test_bu_route_names_found(nlp, text, routes):
    got = {e[2] for e in ents(nlp("Cell therapy study\n" + text)) if e[1] == "ROUTE"}
    assert got == routes, got


def test_bu_evd_alone_is_no_route(nlp):
    """(helper BU) the short form is a route only where the document defines it so (`EVD` is also a virus)."""
    got = [e for e in ents(nlp("Outbreak study\nEVD outbreaks were reported in three regions.")) if e[1] == "ROUTE"]
    assert not got, got


# --- helper BV (s21): a technique named as the means, a strain named by its phenotype ---------------------------

@pytest.mark.parametrize("text, gone, kept", [
    ("MSCs in acute lung injury\nThe severity of renal injury was evaluated using histopathology.",
     "histopathology", "renal injury"),
    ("MSCs in premature ovarian failure\nWe evaluated follicle development by histopathology examination.",
     "histopathology", "follicle development"),
    ("MSCs in ALS\nPatients were followed with ALSFRS-R, FVC and brain magnetic resonance imaging (MRI) for a year.",
     "MRI", "FVC"),
    ("MSCs in SCI\nLesion size was quantified by light microscopy and immunohistochemistry.", "microscopy", "Lesion size"),
])
def test_technique_as_means_is_no_end_point(nlp, text, gone, kept):
    """(helper BV, s21) a tissue, laboratory or imaging technique named as the means a study looked by (`evaluated
    using histopathology`) is no end point; what it measured stays."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert not any(gone in f for f in found) and any(kept in f for f in found), found


@pytest.mark.parametrize("text, outcome", [
    ("MSCs in liver fibrosis\nMSC-treated mice showed improved liver histopathology and lower ALT levels.",
     "histopathology"),
    ("MSCs in SOD1 mice\nMotor function was assessed by behavioral tests and electromyography.", "electromyography"),
])
def test_technique_near_misses_stay(nlp, text, outcome):
    """(helper BV, s21) a technique's result that changed, and a functional test, stay end points."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(outcome in f for f in found), found


@pytest.mark.parametrize("text, gone, kept", [
    ("CNTF in mutant mice\nMotor neuron degeneration (mnd) mutant mice display late-onset symptoms. "
     "CNTF delayed the onset of symptoms in mnd mice.", "degeneration", "onset of symptoms"),
    ("CNTF in mutant mice\nWe grafted CNTF-secreting cells into progressive neuropathy (pmn) mice and survival was "
     "prolonged.", "neuropathy", "survival"),
    # near-miss: a model named by its disease in capitals keeps its end point words (`pain (CPIP) mice`)
    ("MSCs in pain\nMSCs reduced pain in chronic post-ischemia pain (CPIP) mice.", None, "pain"),
])
def test_strain_named_by_phenotype(nlp, text, gone, kept):
    """(helper BV, s21) an animal strain named by its phenotype with a lower-case short form (`motor neuron
    degeneration (mnd) mutant mice`, `in mnd mice`) names the animals, no end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert (gone is None or not any(gone in f for f in found)) and any(kept in f for f in found), found


@pytest.mark.parametrize("text, outcome", [
    ("MSCs in SMA\nSurvival motor neuron 1 (SMN1) gene deletion causes the disease.", None),
    # near-miss: an end point with its own short form stays
    ("MSCs in ALS\nMotor neuron survival (MNS) improved after grafting.", "Motor neuron survival"),
])
def test_gene_name_opening_with_end_point_word(nlp, text, outcome):
    """(helper BV, s21) an end point word that opens a gene's long form (`Survival motor neuron 1 (SMN1) gene`) is
    no end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(outcome in f for f in found) if outcome else not found, found


# --- helper CA (s22): the body's own cells as CELL_TYPE: glued and slashed spellings, engineered cells, protein names --

def _ca_cells(nlp, text):
    return {(r["text"], r["concept_id"]) for r in entity_rows(nlp(text), "test") if r["label"] == "CELL_TYPE"}


@pytest.mark.parametrize("text, cell", [
    # a marker's plus glued by a hyphen to the cells it marks
    ("The share of BrdU+-astrocytes rose in the hippocampus after grafting.", ("astrocytes", "cell:astrocyte")),
    ("Fewer EdU+-microglia were seen in treated rats.", ("microglia", "cell:microglia")),
    ("More ChAT+-motoneurons remained in the L5 segment.", ("motoneurons", "cell:motor_neuron")),
    ("NeuN+-neurons were counted in the motor cortex.", ("neurons", "cell:neuron")),
    # two native cell types joined by a slash
    ("The grafts lowered cytokine expression in microglia/macrophages.", ("microglia", "cell:microglia")),
    ("The grafts lowered cytokine expression in microglia/macrophages.", ("macrophages", "cell:macrophage")),
    ("Reactive astrocytes/microglia surrounded the motor neurons.", ("astrocytes", "cell:astrocyte")),
    # hyphenated and British spellings
    ("Motor-neurons of the lumbar cord were spared.", ("Motor-neurons", "cell:motor_neuron")),
    ("Motor neurones of the lumbar cord were spared.", ("Motor neurones", "cell:motor_neuron")),
    ("Cytotoxic T-lymphocytes entered the spinal cord.", ("T-lymphocytes", "cell:t_cell")),
    # cells named by their engineering
    ("Genetically engineered cells releasing CNTF were placed in the lumbar sac.",
     ("Genetically engineered cells", "cell:other")),
])
def test_ca_native_cell_spellings(nlp, text, cell):
    assert cell in _ca_cells(nlp, text), _ca_cells(nlp, text)


@pytest.mark.parametrize("text, word", [
    # a native cell's word opening a protein's or gene's name
    ("The progenitors expressed oligodendrocyte lineage transcription factor 2.", "oligodendrocyte"),
    ("Macrophage inflammatory protein-1 alpha rose in the serum.", "Macrophage"),
    ("Macrophage migration inhibitory factor was assayed.", "Macrophage"),
    ("T cell receptor diversity did not change.", "T cell"),
    ("Motor neuron and pancreas homeobox 1 was switched on in the progenitors.", "Motor neuron"),
    # near-miss: singular words around a slash are a system or a ratio, not two cell types
    ("Clodronate liposomes deplete the monocyte/macrophage system.", "monocyte"),
    ("The neuron/glia ratio was unchanged.", "neuron"),
])
def test_ca_native_cell_word_in_a_name_is_no_cell(nlp, text, word):
    assert not any(t.lower() == word.lower() for t, _ in _ca_cells(nlp, text)), _ca_cells(nlp, text)


def test_ca_marker_glued_charge_is_untouched(nlp):
    """near-miss: a charge before a hyphenated word that names no cell keeps its token (`Ca2+-dependent`)."""
    assert "-" not in [t.text for t in nlp("Ca2+-dependent release was blocked.")]


# --- helper CB (s22): generic noun phrases that are no end points (ratings, doses, goals of a therapy) ---
@pytest.mark.parametrize("text, gone", [
    ("MSCs in ALS\nThree patients showed objective improvement after the second injection.", "improvement"),
    ("MSCs in ALS\nNo definitive findings regarding benefit could be obtained from this small cohort.", "findings"),
    ("GDNF on motor neurons\nNeurons were exposed to GDNF at 1 to 100 ng/mL to determine the effective concentration "
     "for half-maximal survival.", "concentration"),
    ("MSCs in ALS\nVisible improvement was reported by the caregivers.", "improvement"),
    ("MSCs in EAE\nTwenty-eight days after induction, spinal cords were collected for histology.", "induction"),
    ("MSCs in ataxia\nCell therapy may delay the evolution of the disease in ataxia.", "evolution"),
    ("MSCs in stroke: a meta-analysis\nTwo reviewers assessed the quality of the included studies.", "quality"),
])
def test_rated_generic_phrase_is_no_end_point(nlp, text, gone):
    """(helper CB, s22) a rating word (`objective`, `definitive`, `visible`) or `effective` of a dose before a vague
    head leaves nothing measured: no end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert not any(gone in f for f in found), found


@pytest.mark.parametrize("text, kept", [
    ("MSCs in ALS\nObjective improvement in ALSFRS-R scores was seen in three patients.", "ALSFRS-R"),
    ("MSCs in ALS\nUntreated mice displayed obvious weight loss.", "weight loss"),
    ("MSCs in stroke\nEffective connectivity between motor areas increased after treatment.", "connectivity"),
    ("MSCs in ALS\nOnly minor adverse events were recorded.", "adverse events"),
    ("MSCs in ALS\nMSCs reduced the induction of apoptosis in cultured motor neurons.", "apoptosis"),
    ("MSCs in ALS\nSleep quality improved after the infusion.", "Sleep quality"),
])
def test_rated_phrase_near_misses_stay(nlp, text, kept):
    """(helper CB, s22) the measured thing after a rating word stays an end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(kept in f for f in found), found


@pytest.mark.parametrize("text, gone", [
    ("Tregs in ALS\nRegulatory T cells are an attractive therapeutic target for neuroprotection in ALS.",
     "neuroprotection"),
    ("Dental pulp cells\nDental pulp stem cells are attractive candidates for nerve regeneration.", "regeneration"),
    ("Astrocyte grafts in ALS: implications for broad neuroprotection\nWe grafted astrocytes into SOD1 rats.",
     "neuroprotection"),
    ("Therapies for ALS\nNeuroprotection and remyelination are promising therapeutic strategies for ALS.",
     "remyelination"),
])
def test_goal_of_a_therapy_is_no_end_point(nlp, text, gone):
    """(helper CB, s22) what a kind of therapy aims at (`a target for neuroprotection`, `X and Y are promising
    strategies`) is no measured end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert not any(gone in f for f in found), found


@pytest.mark.parametrize("text, kept", [
    ("MSCs in ALS\nUC-MSCs provided neuroprotection in the SOD1 spinal cord.", "neuroprotection"),
    ("MSCs in ALS\nNeuroprotection was greater in the high-dose group.", "Neuroprotection"),
    ("MSCs in ALS\nThe preservation of motor function remains an attractive therapeutic target in ALS.",
     "motor function"),
    ("Riluzole\nRiluzole lowers glutamate release, while edaravone is a drug that acts as an antioxidant agent.",
     "glutamate release"),
])
def test_goal_near_misses_stay(nlp, text, kept):
    """(helper CB, s22) an end point measured, or one inside `the preservation of X`, stays."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(kept in f for f in found), found


@pytest.mark.parametrize("text, gone, kept", [
    ("NSCs in ALS\nTacrolimus was given for three months to prevent graft rejection.", "rejection", None),
    ("NSCs in ALS\nRats received cyclosporine daily to avoid immune rejection of the human cells.", "rejection", None),
    ("NSCs in ALS\nImmunosuppression was maintained to allow long-term survival of the grafted cells.", "survival", None),
    # near-misses: the study's own end point, and a rejection that happened
    ("MSCs in ALS\nMSCs were injected to prevent disease progression in SOD1 mice.", None, "disease progression"),
    ("NSCs in ALS\nDespite tacrolimus, graft rejection occurred in two patients.", None, "graft rejection"),
])
def test_co_medication_purpose_is_no_end_point(nlp, text, gone, kept):
    """(helper CB, s22) what an immunosuppressant is given for (`to prevent graft rejection`) is no end point."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert (gone is None or not any(gone in f for f in found)) and (kept is None or any(kept in f for f in found)), found


# --- helper CE (s22): routes of neurological cell therapy beyond ALS (stroke, cord injury, nerve, PD, MS) ---------

@pytest.mark.parametrize("text, span, concept", [
    # the lesion named by its own noun, and the infarct as the injured tissue, resolved to the brain or the cord
    ("Cell therapy after stroke\nHuman NSCs were transplanted into the infarct cavity of rats.",
     "into the infarct cavity", "route:intracerebral"),
    ("Cell therapy after stroke\nHuman NSCs were transplanted into the ischemic area of rats after MCAO.",
     "into the ischemic area", "route:intracerebral"),
    ("Cell therapy after stroke\nMSCs were injected into the infarct of rats 3 days after MCAO.",
     "into the infarct", "route:intracerebral"),
    ("Cell therapy for spinal cord injury\nAutologous BM-MNCs were injected into the lesion under microscopic guidance.",
     "into the lesion", "route:intraspinal"),
    ("Cell therapy for spinal cord injury\nBM-MSCs were injected into the syrinx of patients with spinal cord injury.",
     "into the syrinx", "route:intraspinal"),
    ("Cell therapy for spinal cord injury\nNSCs were grafted into the lesion core. BDA was injected into the motor "
     "cortex to trace axons.", "into the lesion core", "route:intraspinal"),
    # `perilesionally` resolves like `intralesionally`
    ("Cell therapy after stroke\nHuman NSCs were injected perilesionally in rats with cortical infarcts.",
     "perilesionally", "route:intracerebral"),
    ("Cell therapy for spinal cord injury\nBM-MSCs were injected perilesionally in patients with spinal cord injury.",
     "perilesionally", "route:intraspinal"),
    # an injured cord named by its state, a muscle by its state, a white matter tract
    ("Cell therapy for spinal cord injury\nNT3-modified MSCs were transplanted in the contused spinal cord of rats.",
     "in the contused spinal cord", "route:intraspinal"),
    ("Cell therapy for spinal cord injury\nHuman NSCs were grafted into the hemisected cord of adult rats.",
     "into the hemisected cord", "route:intraspinal"),
    ("Cell therapy for nerve injury\nMSCs were injected into the denervated gastrocnemius muscle.",
     "into the denervated gastrocnemius muscle", "route:intramuscular"),
    ("Cell therapy for multiple sclerosis\nOligodendrocyte progenitors were transplanted into the corpus callosum of "
     "shiverer mice.", "into the corpus callosum", "route:intracerebral"),
    # the external carotid artery, the nerve gap
    ("Cell therapy after stroke\nMSCs were injected via the external carotid artery 24 h after MCAO.",
     "via the external carotid artery", "route:intraarterial"),
    ("Cell therapy for nerve injury\nSchwann cells were grafted into the nerve gap.", "into the nerve gap", "route:other"),
    # the adverbs and short phrases of the class
    ("Cell therapy after stroke\nMSCs were infused intracarotidly into rats after MCAO.", "intracarotidly",
     "route:intraarterial"),
    ("Cell therapy for nerve injury\nBM-MSCs were injected intraneurally into the sciatic nerve.", "intraneurally",
     "route:other"),
    ("Cell therapy for multiple sclerosis\nGlial progenitor cells were injected intracallosally into shiverer mice.",
     "intracallosally", "route:intracerebral"),
    ("Cell therapy after stroke\nHuman NSCs were injected intracortically into rats.", "intracortically",
     "route:intracerebral"),
    ("Cell therapy after stroke\nMSCs were applied as nasal drops to neonatal mice.", "nasal drops", "route:intranasal"),
    ("Cell therapy for spinal cord injury\nMSCs were administered locally in rats.", "locally", "route:other"),
])
def test_ce_neurological_routes(nlp, text, span, concept):
    """(helper CE, s22) the routes and sites of stroke, cord injury, nerve, Parkinson and MS cell therapy."""
    got = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert (span, concept) in got, got


@pytest.mark.parametrize("text", [
    # near-misses: where cells or axons went, what was measured, what was done to make the model
    "Cell therapy for spinal cord injury\nMSCs were injected intravenously. Regenerating axons grew into the lesion.",
    "Cell therapy after stroke\nMSCs were injected intravenously. Macrophages infiltrated into the infarct within 3 days.",
    "Cell therapy after stroke\nMSCs were injected intravenously. GDNF was produced locally by host astrocytes.",
    "Cell therapy after stroke\nIntravenous MSCs reduced locally elevated cytokine levels.",
    "Cell therapy for nerve injury\nMSCs were given intravenously, and axons regrew into the denervated muscle.",
    "Cell therapy after stroke\nA monofilament was inserted via the external carotid artery to occlude the MCA. MSCs "
    "were injected intravenously.",
    "Cell therapy for spinal cord injury\nIntravenous MSCs preserved neurons in the contused spinal cord.",
])
def test_ce_neurological_route_near_misses(nlp, text):
    """(helper CE, s22) only `intravenous(ly)` is a route in these."""
    got = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert {c for _, c in got} == {"route:intravenous"}, got


# --- helper CD (s22): the class of neurotrophic factors under its compound and misspelled names
@pytest.mark.parametrize("text, name", [
    ("NSCs in SCI\nThe grafts released neurogenic and angiogenic growth factors.", "neurogenic and angiogenic growth factors"),
    ("MSCs in ALS\nMSCs secrete neurotropic factors.", "neurotropic factors"),
    ("MSCs in ALS\nMSCs secrete trophic molecules.", "trophic molecules"),
])
def test_cd_generic_factor_class_names(nlp, text, name):
    """(helper CD, s22) compound class names of the neurotrophic factors are `factor:ntf`."""
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "NEUROTROPHIC_FACTOR"]
    assert (name, "factor:ntf") in found, found


def test_cd_cell_derived_class_word(nlp):
    """(helper CD, s22) `MSC-derived neurotrophic factors`: the cells before the glued participle are a mention."""
    found = [(e[0], e[1], e[2]) for e in ents(nlp("MSCs in ALS\nMSC-derived neurotrophic factors protected neurons."))]
    assert ("MSC-derived", "CELL_TYPE", "cell:msc") in found, found


@pytest.mark.parametrize("text, name, cid", [
    ("Neurotrophins in ALS\nSerum proBDNF was measured.", "proBDNF", "factor:BDNF"),
    ("Neurotrophins in ALS\nSerum Pro-BDNF was measured.", "Pro-BDNF", "factor:BDNF"),
    ("Growth factors in ALS\nMSCs secreted insulinlike growth factor-I.", "insulinlike growth factor-I", "factor:IGF1"),
])
def test_cd_factor_spelling_variants(nlp, text, name, cid):
    """(helper CD, s22) the precursor of BDNF and the unhyphenated `insulinlike` are the factors' names. (helper FZ,
    s29) read from the entities table's rows: `Serum proBDNF` is a biomarker end point with the factor nested in it."""
    doc = nlp(text)
    doc._.pmid = "1"
    found = [(r["text"], r["concept_id"]) for r in entity_rows(doc, "test") if r["label"] == "NEUROTROPHIC_FACTOR"]
    assert (name, cid) in found, found


# ---- helper CH (s22): ALS end points, mentions and concepts ----
@pytest.mark.parametrize("text,span,concept", [
    # staging systems by all their usual names
    ("Cell therapy in ALS\nProgression through King's clinical stages was slower in treated patients.",
     "King's clinical stages", "outcome:disease_progression"),
    ("Cell therapy in ALS\nThe MiToS functional stage was unchanged in six patients.", "MiToS functional stage",
     "outcome:disease_progression"),
    ("Cell therapy in ALS\nDisease stage was rated on the Milano-Torino staging at each visit.",
     "Milano-Torino staging", "outcome:disease_progression"),
    # the hind-limb scores of ALS mice
    ("Cell therapy in SOD1 mice\nThe hindlimb reflex score deteriorated more slowly in treated mice.",
     "hindlimb reflex score", "outcome:motor_function"),
    ("Cell therapy in SOD1 mice\nThe hind-limb score of treated mice was better at day 120.", "hind-limb score",
     "outcome:motor_function"),
    # microglial marker read-outs
    ("Cell therapy in SOD1 mice\nIba1 immunoreactivity was reduced in the ventral horn.", "Iba1 immunoreactivity",
     "outcome:inflammation"),
    # cough flow, grip dynamometry
    ("Cell therapy in ALS\nPeak cough flow remained unchanged after treatment.", "Peak cough flow",
     "outcome:respiratory_function"),
    ("Cell therapy in ALS\nHandgrip dynamometry values were preserved.", "Handgrip dynamometry",
     "outcome:muscle_strength"),
    ("Cell therapy in ALS\nALSFRS-EX scores were stable for six months.", "ALSFRS-EX scores", "outcome:alsfrs_r"),
    # a changed characteristic past a bracketed or comma-enclosed definition
    ("Cell therapy in SOD1 mice\nDisease duration (onset to end stage) was extended by 8 days.", "Disease duration",
     "outcome:disease_progression"),
    ("Cell therapy in SOD1 mice\nThe disease duration, from onset to end stage, was longer in treated mice.",
     "disease duration", "outcome:disease_progression"),
    # the ALSFRS-R's delta functional score makes the progression rate the scale's
    ("Cell therapy in ALS\nThe progression rate (ΔFS) decreased from 0.98 to 0.51 after the injections.",
     "progression rate", "outcome:alsfrs_r"),
])
def test_ch_als_end_points(nlp, text, span, concept):
    """(helper CH, s22) ALS end points named by their other usual names and constructions."""
    got = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert (span, concept) in got, got


def test_ch_marker_opening_with_a_number(nlp):
    """(helper CH, s22) `8-OHdG immunoreactivity`: the marker's name opens with a number; no bare
    `immunoreactivity` mention beside it."""
    got = [e[0] for e in ents(nlp("Cell therapy in SOD1 mice\n8-OHdG immunoreactivity was lower in treated mice."))
           if e[1] == "OUTCOME"]
    assert "immunoreactivity" not in got and any("8-OHdG" in g for g in got), got


@pytest.mark.parametrize("text", [
    # a mild symptom that went away is what an adverse event was (train gold: AE symptoms not annotated)
    "Cell therapy in ALS\nMild back pain resolved within 48 hours.",
    "Cell therapy in ALS\nTransient headache resolved spontaneously.",
    "Cell therapy in ALS\nTwo patients developed meningism after the injection.",
])
def test_ch_passing_symptoms_are_no_end_points(nlp, text):
    """(helper CH, s22) the symptom of an adverse event is no OUTCOME mention."""
    assert not [e for e in ents(nlp(text)) if e[1] == "OUTCOME"], ents(nlp(text))


@pytest.mark.parametrize("text,span", [
    # near-misses: the same words where they are the end point or a baseline characteristic
    ("MSCs for chronic low back pain\nBack pain resolved after the injection of MSCs in 7 of 10 patients.", "pain"),
])
def test_ch_pain_as_end_point_kept(nlp, text, span):
    """(helper CH, s22) pain that a treatment made go away is the trial's end point."""
    got = [e[0].lower() for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert any(span in g for g in got), got


@pytest.mark.parametrize("text", [
    "Cell therapy in ALS\nDisease duration (months) at inclusion was 14.",
    "Cell therapy in ALS\nAge, sex and disease duration (from onset to enrolment) were similar between groups.",
    "Cell therapy in ALS\nThe 3-month visit was completed by all patients.",
])
def test_ch_near_misses(nlp, text):
    """(helper CH, s22) a baseline characteristic with a bracketed unit, a number with its unit: no end point."""
    got = [e for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert not got, got


def test_ch_progression_to_a_named_stage(nlp):
    """(helper CH, s22) `progression to King's stage 4`: the staging system is the one end point (no bare
    `Progression` beside it); a bare `disease progression` elsewhere stays."""
    doc = nlp("Cell therapy in ALS\nProgression to King's stage 4 was delayed. Disease progression was slower.")
    got = [e[0] for e in ents(doc) if e[1] == "OUTCOME"]
    assert "Progression" not in got and "King's stage" in got and "Disease progression" in got, got


@pytest.mark.parametrize("text,span,concept", [
    # event-driven end points of ALS trials: the time to the primary (composite) event
    ("Cell therapy in ALS\nThe primary end point was the time to the primary event (death or permanent ventilation).",
     "time to the primary event", "outcome:survival"),
    ("Cell therapy in ALS\nTime intervals to the primary event were longer in the early-treated patients.",
     "Time intervals to the primary event", "outcome:survival"),
    # the target-engagement marker of SOD1-lowering studies, measured in the CSF
    ("Cell therapy in ALS\nCSF total SOD1 protein fell by 30% in the high-dose group.", "CSF total SOD1 protein",
     "outcome:biomarker"),
])
def test_ch_event_and_target_end_points(nlp, text, span, concept):
    """(helper CH, s22) time to the primary event; CSF SOD1 protein."""
    got = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert (span, concept) in got, got


def test_ch_change_before_the_next_end_point_is_no_list_member(nlp):
    """(helper CH, s22) `..., and slower decline in hindlimb grip strength`: the decline is said of the
    grip strength, no end point of its own; `weight loss in treated mice` stays one."""
    got = [e[0] for e in ents(nlp("Cell therapy in SOD1 mice\nTreated mice showed better rotarod performance and "
                                   "slower decline in hindlimb grip strength.")) if e[1] == "OUTCOME"]
    assert "slower decline" not in got and "hindlimb grip strength" in got, got
    got = [e[0] for e in ents(nlp("Cell therapy in SOD1 mice\nSurvival and weight loss in treated mice were "
                                   "improved.")) if e[1] == "OUTCOME"]
    assert "weight loss" in got, got


# --- helper CK (s22): the concept of a cell product by its named source, postposed sources, cell words in names
@pytest.mark.parametrize("text, name", [
    ("MSCs in ALS\nBMSCs were incubated with conditioned medium (CM) from cultures of activated microglia.", "conditioned medium"),
    ("MSCs in ALS\nhUC-MSCs were exposed to conditioned medium collected from LPS-activated microglial cultures.", "conditioned medium"),
    ("MSCs in ALS\nMSCs reduced TNF. The conditioned medium of activated microglia increased MSC migration.", "conditioned medium"),
])
def test_ck_medium_of_other_cells_not_msc_product(nlp, text, name):
    """(helper CK, s22) medium or vesicles whose named source (first in the phrase after the linker, through
    `cultures of`, an adjective or a defined short form) is no MSC are not the MSCs' product."""
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert (name, "cell:msc_ev") not in found, found
    assert (name, "cell:other") in found, found


@pytest.mark.parametrize("text, name", [
    ("MSCs in ALS\nMSCs were given intrathecally. Exosomes isolated from the serum of patients carried SOD1.", "Exosomes"),
    ("MSCs in ALS\nUC-MSCs were injected. Extracellular vesicles in the CSF of patients contained TDP-43.", "Extracellular vesicles"),
    ("MSCs in ALS\nPlasma exosomes of patients were compared after UC-MSC treatment.", "exosomes"),
    ("MSCs in ALS\nhMSCs were incubated with conditioned medium prepared from spinal cord extracts of ALS mice.", "conditioned medium"),
])
def test_ck_vesicles_of_body_fluids_no_cell(nlp, text, name):
    """(helper CK, s22) vesicles or medium from a body fluid or tissue preparation are no cell type."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert name not in found, found


@pytest.mark.parametrize("text, name, cid", [
    ("MSCs in ALS\nConditioned medium from BM-MSCs protected motor neurons.", "Conditioned medium from BM-MSCs", "cell:msc_ev"),
    ("MSCs in ALS\nConditioned medium collected from cultured MSCs was injected intranasally.", "Conditioned medium", "cell:msc_ev"),
    ("MSCs in ALS\nExosomes isolated from the culture supernatant of hUC-MSCs were injected.", "Exosomes", "cell:msc_ev"),
    ("MSCs in ALS\nADSCs were given. Exosomes from the ADSCs were detected in the CSF of treated mice.", "Exosomes", "cell:msc_ev"),
])
def test_ck_msc_products_kept(nlp, text, name, cid):
    """(helper CK, s22) near-misses: the MSCs named first after the linker keep the product theirs."""
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert (name, cid) in found, found


@pytest.mark.parametrize("text, name, cid", [
    ("MSCs in ALS\nMesenchymal stem cells, derived from the umbilical cords of donors, were injected.", "Mesenchymal stem cells", "cell:uc_msc"),
    ("MSCs in ALS\nMSCs, which were isolated from bone marrow, were injected.", "MSCs", "cell:bm_msc"),
    ("MSCs in ALS\nMSCs from human umbilical cord Wharton jelly were given.", "MSCs from human umbilical cord Wharton jelly", "cell:wj_msc"),
    ("MSCs in ALS\nHuman umbilical cord perivascular cells (HUCPVCs) were injected.", "HUCPVCs", "cell:wj_msc"),
    ("MSCs in ALS\nA single dose of BMMC was given intrathecally.", "BMMC", "cell:bm_mnc"),
    ("MSCs in ALS\nThe bone marrow mononuclear fraction was injected.", "bone marrow mononuclear fraction", "cell:bm_mnc"),
])
def test_ck_sources_after_and_aliases(nlp, text, name, cid):
    """(helper CK, s22) plural tissues, a relative clause before the source, the cord's named part after it,
    perivascular cells of the cord (Wharton's jelly), marrow mononuclear short forms."""
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert (name, cid) in found, found


def test_ck_relative_clause_without_source(nlp):
    """(helper CK, s22) near-miss: a relative clause naming no source leaves the MSCs unspecific."""
    found = [(e[0], e[2]) for e in ents(nlp("MSCs in ALS\nMSCs, which were then injected intrathecally, were safe."))
             if e[1] == "CELL_TYPE"]
    assert ("MSCs", "cell:msc") in found, found


@pytest.mark.parametrize("text, word", [
    ("MSCs in ALS\nThe hepatocyte growth factor-expressing character of MSCs was required.", "hepatocyte"),
    ("MSCs in ALS\nFrom Growth Factors to Stem Cells and Human Platelet Lysates in ALS.", "Platelet"),
    ("MSCs in ALS\nUC-MSCs increased B cell lymphoma-2 in motor neurons.", "B cell"),
])
def test_ck_cell_word_opening_product_name(nlp, text, word):
    """(helper CK, s22) a cell word opening a growth factor's, a lysate's or Bcl-2's name is no cell."""
    found = [e[0] for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert word not in found, found


def test_ck_cell_words_kept_near_products(nlp):
    """(helper CK, s22) near-miss: the cells themselves stay cells."""
    found = [e[0] for e in ents(nlp("MSCs in ALS\nHepatocytes, fibroblasts and B cells were cultured with MSCs."))
             if e[1] == "CELL_TYPE"]
    assert {"Hepatocytes", "fibroblasts", "B cells"} <= set(found), found


def test_ck_same_medium_again_shares_its_source(nlp):
    """(helper CK, s22) `The conditioned medium` after `conditioned medium from activated microglia` is that medium."""
    text = ("MSCs in ALS\nBM-MSCs were exposed to conditioned medium from activated microglia. "
            "The conditioned medium increased BDNF secretion by BM-MSCs.")
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert ("conditioned medium", "cell:msc_ev") not in found, found


def test_ck_same_words_kept_when_msc_product_named(nlp):
    """(helper CK, s22) near-miss: with an MSC product named, later bare vesicles may be it."""
    text = ("MSCs in ALS\nMSC-derived exosomes were injected. Exosomes isolated from the plasma of the mice carried "
            "miR-21. The exosomes improved survival.")
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert ("exosomes", "cell:msc_ev") in found, found


@pytest.mark.parametrize("text, name, cid", [
    ("MSCs in ALS\nBM-MSC-released extracellular vesicles were injected.", "BM-MSC-released extracellular vesicles", "cell:msc_ev"),
    ("MSCs in ALS\nMSC-secreted exosomes reduced SOD1 aggregates.", "MSC-secreted exosomes", "cell:msc_ev"),
    ("MSCs in ALS\nAstrocyte-released exosomes were toxic; BM-MSCs were given.", "exosomes", "cell:other"),
    ("MSCs in ALS\nMicroglia-secreted EVs were compared with hUC-MSC-released EVs.", "EVs", "cell:other"),
])
def test_ck_glued_participles_of_making(nlp, text, name, cid):
    """(helper CK, s22) `-released`/`-secreted`/`-produced` glued to the maker, like `-derived`: the MSCs' product
    when the maker is an MSC, another cell's (`cell:other`) when it is a native cell."""
    found = [(e[0], e[2]) for e in ents(nlp(text)) if e[1] == "CELL_TYPE"]
    assert (name, cid) in found, found


def test_ck_cell_word_in_protein_name_inside_outcome(nlp):
    """(helper CK, s22) `neural cell adhesion molecule` inside a measured end point is no nested cell mention."""
    from pipeline.nlp.tables import entity_rows
    doc = nlp("MSCs in ALS\nMSCs increased neural cell adhesion molecule expression.")
    rows = [(w["text"], w["concept_id"]) for w in entity_rows(doc, "x") if w["label"] == "CELL_TYPE"]
    assert not any(t.lower() == "neural cell" for t, _ in rows), rows


def test_ck_blood_brain_barrier_is_no_fluid_source(nlp):
    """(helper CK, s22) near-miss: `blood brain barrier` after vesicles names no body fluid they came from."""
    found = [(e[0], e[2]) for e in ents(nlp("MSCs in ALS\nMSCs were studied. Exosomes in blood brain barrier models "
                                            "crossed it.")) if e[1] == "CELL_TYPE"]
    assert ("Exosomes", "cell:msc_ev") in found, found


# ---- helper CL (s22): route adjectives in non-route senses (a talk, a recording device, the body's own
# circuits, a cell's fate, a body state)
@pytest.mark.parametrize("text,word", [
    ("MSCs in ALS\nThe results were given as an oral presentation at the meeting.", "oral"),
    ("MSCs in ALS\nNeedle recordings were made with intramuscular electrodes.", "intramuscular"),
    ("MSCs in ALS\nIntravenous MSCs preserved intraspinal circuits in SOD1 mice.", "intraspinal"),
    ("MSCs in ALS\nThe grafted cells showed poor intracranial survivability.", "intracranial"),
    ("MSCs in ALS\nThe oral phase of swallowing was assessed.", "oral"),
    ("MSCs in ALS\nTwo patients were systemically ill with pneumonia.", "systemically"),
    ("MSCs in ALS\nAn intravenous line was kept open for emergencies.", "intravenous"),
    ("MSCs in ALS\nNo subcutaneous nodules were seen at the puncture site.", "subcutaneous"),
])
def test_cl_route_word_not_a_route(nlp, text, word):
    found = [e[0].lower() for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert word not in found, found


@pytest.mark.parametrize("text,word", [
    # near-misses: the same adjectives giving an agent
    ("MSCs in ALS\nThe hydrogel was designed for sustained intrathecal protein delivery.", "intrathecal"),
    ("Lithium in ALS\nPatients took oral lithium daily.", "oral"),
    ("MSCs in ALS\nHuman MSCs were delivered systemically to SOD1 mice.", "systemically"),
])
def test_cl_route_word_still_a_route(nlp, text, word):
    found = [e[0].lower() for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert word in found, found


@pytest.mark.parametrize("text,word", [
    # (helper CL, s22) a route adjective coordinated with a body region's, or before a non-route head
    ("MSCs in ALS\nOral and pharyngeal muscles were examined.", "oral"),
    ("MSCs in ALS\nOral and written communication was preserved.", "oral"),
    ("MSCs in ALS\nIntramuscular and subcutaneous fat increased.", "intramuscular"),
])
def test_cl_coordinated_route_word_not_a_route(nlp, text, word):
    found = [e[0].lower() for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert word not in found, found


def test_cl_coordinated_routes_stay(nlp):
    found = [e[0].lower() for e in ents(nlp("Edaravone in ALS\nPatients received oral and intravenous edaravone."))
             if e[1] == "ROUTE"]
    assert "oral" in found and "intravenous" in found, found


@pytest.mark.parametrize("text,word", [
    # (helper CL, s22) a body state named by a route adjective
    ("MSCs in ALS\nThe disease involves the systemic regulation of inflammatory markers.", "systemic"),
    ("MSCs in ALS\nSystemic manifestations of ALS were recorded.", "systemic"),
])
def test_cl_route_word_body_state(nlp, text, word):
    found = [e[0].lower() for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert word not in found, found


@pytest.mark.parametrize("text,gone,kept", [
    # (helper CL, s22) the organ the cells were put into, when `via`/`by` names another route after it
    ("MSCs in HIBD\nBMSCs were transplanted into the brains of hypoxic rats via intraventricular injection.",
     "into the brains", "route:intracerebroventricular"),
    ("NSCs in ALS\nNSCs were transplanted into the spinal cord via lumbar puncture.", "into the spinal cord",
     "route:intrathecal"),
])
def test_cl_organ_before_named_route(nlp, text, gone, kept):
    found = [(e[0].lower(), e[2]) for e in ents(nlp(text)) if e[1] == "ROUTE"]
    assert gone not in [f[0] for f in found] and kept in [f[1] for f in found], found


def test_cl_same_route_named_twice_stays(nlp):
    found = [e[0].lower() for e in ents(nlp("MSCs in ALS\nThe cells were transplanted into the subarachnoid space by "
                                            "lumbar puncture.")) if e[1] == "ROUTE"]
    assert "into the subarachnoid space" in found and "lumbar puncture" in found, found


def test_cl_blood_drawn_from_a_vein(nlp):
    """(helper CL, s22) `blood was drawn from the tail vein`: a sample taken, even where the sentence gives cells."""
    found = [e[0].lower() for e in ents(nlp("MSCs in ALS\nMice received intrathecal MSCs, and blood was drawn from "
                                            "the tail vein weekly.")) if e[1] == "ROUTE"]
    assert "tail vein" not in found and "intrathecal" in found, found


# --- helper CN (s22): OUTCOME span boundaries: the site before a named end point, its measure word after it, the
# `of` phrase naming where a process happens, and a conjunct with a hanging hyphen ---------------------------------
@pytest.mark.parametrize("text,span,concept", [
    ("Schwann-like cells in nerve injury\nGrafted cells promoted peripheral nerve regeneration in rats.",
     "peripheral nerve regeneration", "outcome:other"),
    ("Stem cells in wounds\nSkin wound healing was faster in the treated group.", "Skin wound healing", None),
    ("Stem cells in stroke\nThe vesicles increased hippocampal neurogenesis after ischemia.", "hippocampal neurogenesis",
     None),
    ("Cells in colitis\nRenal oxidative stress was lower after the infusion.", "Renal oxidative stress",
     "outcome:oxidative_stress"),
    ("Cells in EAE\nTreatment reduced spinal neuroinflammation in the mice.", "spinal neuroinflammation",
     "outcome:inflammation"),
])
def test_cn_site_before_a_named_end_point(nlp, text, span, concept):
    """(helper CN, s22) where an end point is measured, said before its vocabulary name, is in the mention; the
    concept stays the named one's."""
    got = {e[0]: e[2] for e in ents(nlp(text)) if e[1] == "OUTCOME"}
    assert span in got and (concept is None or got[span] == concept), got


@pytest.mark.parametrize("text,span", [
    ("Cells in rats\nMortality rates were lower in treated rats.", "Mortality rates"),
    ("Cells in rats\nAutophagy markers rose while apoptosis rates fell.", "Autophagy markers"),
    ("Cells in rats\nAutophagy markers rose while apoptosis rates fell.", "apoptosis rates"),
])
def test_cn_measure_word_after_a_named_end_point(nlp, text, span):
    """(helper CN, s22) a rate or markers said right after a named end point belong to it."""
    got = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert span in got, got


def test_cn_of_phrase_names_the_site(nlp):
    """(helper CN, s22) `regeneration of the sciatic nerve`, `myelination of axons`: the process with where it happens;
    `survival of the mice` keeps naming the treated animals (no change)."""
    got = [e[0] for e in ents(nlp("Cells in nerve injury\nGrafts improved regeneration of the sciatic nerve and "
                                   "myelination of axons. Safety of the procedure was good.")) if e[1] == "OUTCOME"]
    assert "regeneration of the sciatic nerve" in got and "myelination of axons" in got, got
    assert "Safety" in got, got


@pytest.mark.parametrize("text,span", [
    ("Cells in parkinsonian rats\nTyrosine hydroxylase- and NeuN-positive staining increased in grafted rats.",
     "Tyrosine hydroxylase- and NeuN-positive staining"),
    ("Cells in SOD1 mice\nThe number of ChAT- and GFAP-positive cells rose.", "number of ChAT- and GFAP-positive cells"),
])
def test_cn_hanging_hyphen_shares_the_head(nlp, text, span):
    """(helper CN, s22) a conjunct ending in a hanging hyphen is no end point alone: the coordination is one mention."""
    got = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert span in got, got


@pytest.mark.parametrize("text,want", [
    # near misses: a kind modifier split from a shared head stays as it was; no site word, no widening
    ("Cells in SCI\nTreatment improved motor and sensory function.", "motor and sensory function"),
    ("Cells in SCI\nThe cells promoted regeneration in vitro.", "regeneration"),
    ("Cells in SOD1 mice\nSurvival of the mice was longer.", "Survival of the mice"),
])
def test_cn_near_misses(nlp, text, want):
    """(helper CN, s22) no fragment and no widening where nothing names a site."""
    got = [e[0] for e in ents(nlp(text)) if e[1] == "OUTCOME"]
    assert want in got and "motor" not in got, got


# ---- helper CO (s22): DISEASE mentions, part 2 ----

@pytest.mark.parametrize("text,wanted", [
    # modifiers coordinated before one disease head share it, in one mention (train keeps such spans whole)
    ("Stem cells are promising for acute and chronic neurodegenerative diseases.",
     "acute and chronic neurodegenerative diseases"),
    ("Exosomes may treat neurological, psychiatric and metabolic disorders.",
     "neurological, psychiatric and metabolic disorders"),
    ("Both ischemic and hemorrhagic stroke were modelled in rats.", "ischemic and hemorrhagic stroke"),
    ("Grafts were tested in brain and spinal cord injuries.", "brain and spinal cord injuries"),
    # the system a class of diseases is of
    ("Cell therapy may treat degenerative and traumatic diseases of the nervous system.",
     "degenerative and traumatic diseases of the nervous system"),
    # a nerve's crush is its injury model
    ("Exosomes promoted nerve regeneration after crush injury in rats.", "crush injury"),
    ("Rats underwent optic nerve crush before the injection.", "optic nerve crush"),
    # an infarct named by its age
    ("Rats with chronic infarcts received intracerebral MSCs.", "chronic infarcts"),
    # vocabulary classes: ocular hypertension, depressive disorders, the onset forms of ALS
    ("Mice with chronic ocular hypertension lost retinal ganglion cells.", "chronic ocular hypertension"),
    ("Patients with major depression were excluded.", "major depression"),
    ("Nine patients had spinal-onset disease.", "spinal-onset disease"),
])
def test_co_disease_constructions(nlp, text, wanted):
    """(helper CO, s22) coordinated modifiers, a class's system, nerve crush, aged infarcts, vocabulary classes."""
    got = [e[0] for e in ents(nlp(text)) if e[1] == "DISEASE"]
    assert wanted in got, got


@pytest.mark.parametrize("text", [
    # a disease's activity, stage or host, or `disease` as a modifier: no name of a disease
    "Patients with active disease had higher CSF levels.",
    "Injections began at the symptomatic disease stage.",
    "The compound worked in several animal disease models.",
    "Gain of toxicity is a central disease mechanism.",
    "The syndrome is known to be a multifactorial, heterogeneous disease.",
    # a disease word inside a gene or protein name
    "GDNF upregulated B-cell lymphoma 2 (Bcl-2) in motor neurons.",
    "Myeloid cell leukemia 1 was induced by the conditioned medium.",
    # a tissue's atrophy is an end point
    "Grey matter atrophy was slower in the treated arm.",
    "BDNF reduced striatal atrophy after the excitotoxic lesion.",
    # a sign, a blood value, a clot
    "The patient had paraparesis and sphincter palsy.",
    "MSCs ameliorated hyperglycemia in diabetic mice.",
    "Hematoma aspiration was combined with cell transplantation.",
    # a measured infarct
    "Chronic infarct volume was smaller in treated rats.",
])
def test_co_disease_near_misses(nlp, text):
    """(helper CO, s22) the same words where no disease is named."""
    got = [e[0] for e in ents(nlp(text)) if e[1] == "DISEASE"]
    assert not got, got


def test_co_named_diseases_keep_their_words(nlp):
    """(helper CO, s22) the guards leave named diseases alone: `spinal muscular atrophy`, `optic atrophy`,
    `cerebral palsy`, `Parkinson's disease models`, `motor neuron disease mechanisms`, `acute ischemic stroke`,
    `spinocerebellar ataxia 3` (a number after a disease head is its type, not a gene's)."""
    doc = nlp("Spinal muscular atrophy and optic atrophy were reviewed. Children with cerebral palsy received "
              "cord blood. MSCs were tested in Parkinson's disease models. Motor neuron disease mechanisms are "
              "unclear. Acute ischemic stroke remains common. Spinocerebellar ataxia 3 is a polyglutamine disease.")
    got = [e[0] for e in ents(doc) if e[1] == "DISEASE"]
    for want in ("Spinal muscular atrophy", "optic atrophy", "cerebral palsy", "Parkinson's disease",
                 "Motor neuron disease", "Acute ischemic stroke", "Spinocerebellar ataxia"):
        assert want in got, (want, got)


def test_co_onset_site_disease_in_an_als_document(nlp):
    """(helper CO, s22) in a document about ALS, `disease` after the site of its onset is that form of ALS
    (train: `bulbar-onset disease`); in a document about another disease, or a bare `spinal disease`, it is not."""
    doc = nlp("Cell therapy in ALS\nPatients with cervical-onset disease progressed faster than those with "
              "lumbar onset disease. Patients with degenerative spinal disease were excluded.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "DISEASE"]
    assert ("cervical-onset disease", "disease:als") in got and ("lumbar onset disease", "disease:als") in got, got
    assert not any(t.endswith("spinal disease") and c == "disease:als" for t, c in got), got
    doc = nlp("Cell therapy in stroke\nPatients with cervical-onset disease were excluded.")
    assert not [e for e in ents(doc) if e[2] == "disease:als"], ents(doc)


# --- helper CS (s22): end points named by `decline` / `worsening` nouns -------------------------------
def test_cs_motor_and_clinical_decline_nouns(nlp):
    """(helper CS, s22) `X decline` nouns are annotated end points (`functional decline`, `muscle strength
    decline`); `motor decline` / `motor worsening` are motor function and `clinical decline` is disease
    progression, like `motor impairment` and `clinical deterioration`."""
    doc = nlp("Grafts in SOD1 mice\nTreated mice showed a slower motor decline and less motor worsening than "
              "controls. In patients, the cells slowed clinical decline over six months.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    assert ("motor decline", "outcome:motor_function") in got, got
    assert ("motor worsening", "outcome:motor_function") in got, got
    assert ("clinical decline", "outcome:disease_progression") in got, got


# --- helper CZ (s23): the OUTCOME concept a relation object gets (broad keywords, cells' markers, harms) ----------
@pytest.mark.parametrize("text, mention, want", [
    # a muscle's own tissue or supply is no motor unit (SPEC neuromuscular: CMAP, MUNE, junctions, atrophy)
    ("MSCs in dystrophy\nMSC injection reduced muscle fibrosis in mdx mice.", "muscle fibrosis", "outcome:other"),
    ("MSCs in ischemia\nMSC injection improved muscle blood flow in ischemic limbs.", "muscle blood flow",
     "outcome:other"),
    # near misses: the motor unit's end points stay neuromuscular
    ("MSCs in SOD1 mice\nMSC treatment reduced muscle atrophy in SOD1 mice.", "muscle atrophy",
     "outcome:neuromuscular"),
    ("MSCs in SOD1 mice\nMSC treatment preserved gastrocnemius muscle weight.", "muscle weight",
     "outcome:neuromuscular"),
    # nerves of every kind are no motor unit; the conduction study still is one
    ("BM-MSCs in SCI\nAutologous BM-MSCs improved sensory, motor and autonomic nerve function in the patients.",
     "nerve function", "outcome:other"),
    ("BM-MSCs in neuropathy\nBM-MSCs improved motor and sensory nerve conduction velocities in diabetic rats.",
     "nerve conduction velocities", "outcome:neuromuscular"),
    # chemokines are inflammatory mediators, in serum too (not a fluid biomarker); the train's CSF MCP-1 stays one
    ("UC-MSCs in autism\nUC-MSC infusions lowered serum levels of macrophage-derived chemokine in the children.",
     "chemokine", "outcome:inflammation"),
    ("MSC-NTF in ALS\nMSC-NTF cells lowered CSF MCP-1 levels.", "MCP-1", "outcome:biomarker"),
    # a harm named with an organ word is an adverse event, not the organ's function
    ("MSC review\nMSCs are used widely. However, safety issues such as immune rejection, tumor development, and "
     "pulmonary embolism cannot be avoided.", "pulmonary embolism", "outcome:safety"),
    ("MSC trial\nMSC treatment preserved pulmonary function at 6 months.", "pulmonary function",
     "outcome:respiratory_function"),
    # an end point named as one of the adverse events is a harm looked for
    ("BM-MSC eye trial\nParticipants received intravitreal BM-MSCs. We evaluated signs of inflammation and other "
     "adverse events.", "inflammation", "outcome:safety"),
    ("MSCs in SOD1 mice\nMSC treatment reduced spinal cord inflammation in SOD1 mice.", "inflammation",
     "outcome:inflammation"),
    # GFAP among neural lineage markers of differentiating or cultured cells is what the cells became
    ("NSC differentiation\nGDNF increased GFAP and β-III tubulin expression in the differentiated NSCs.", "GFAP",
     "outcome:other"),
    ("MSC neural induction\nIn these cells, NSE and synaptophysin expression increased and GFAP expression "
     "decreased after induction.", "GFAP", "outcome:other"),
    # near misses: the host's GFAP (no cell context; or gliosis named beside it) stays inflammation
    ("MSCs in SOD1 mice\nMSC treatment increased NeuN-positive neurons and reduced GFAP expression in the spinal cord "
     "of SOD1 mice.", "GFAP", "outcome:inflammation"),
    ("MSCs in SOD1 mice\nIn cultured slices, MSCs reduced GFAP and Iba1 immunoreactivity but raised nestin.", "GFAP",
     "outcome:inflammation"),
    # a tumour's growth and the cell cycle are no disease course; the disease's progression is
    ("MSC safety\nMSCs may promote tumor progression in some cancer models.", "progression", "outcome:other"),
    ("MSC proliferation\nGDNF enhanced cell cycle progression of the MSCs.", "progression", "outcome:other"),
    ("MSC trial\nMSC injection slowed the progression of ALS.", "progression", "outcome:disease_progression"),
    # the motor unit indices of CMAP studies are neuromuscular
    ("BMMC in ALS\nBMMC-injected muscles differed from placebo-injected muscles only in the D50 index.", "D50",
     "outcome:neuromuscular"),
])
def test_cz_outcome_concept_by_class(nlp, text, mention, want):
    """(helper CZ, s23) the concept of an OUTCOME mention that becomes a relation object: a broad keyword
    (`muscle`, `nerve`, `pulmonary`, `progression`) names the SPEC concept only when the mention is that kind
    of end point; chemokines are inflammation; GFAP of differentiating cells is other; an end point listed
    among the adverse events is safety."""
    got = [(t, c) for t, lab, c in ents(nlp(text)) if lab == "OUTCOME" and mention.lower() in t.lower()]
    assert got and all(c == want for _, c in got), got


@pytest.mark.parametrize("text", [
    "MSC exosomes in SOD1 mice\nExosomes were isolated from MSC-conditioned medium by PEG precipitation.",
    "NSC trial\nNSCs were injected into the spinal cord. Two patients refused PEG during follow-up.",
])
def test_cz_peg_is_no_survival_end_point(nlp, text):
    """(helper CZ, s23) `PEG` (polyethylene glycol in vesicle work; a feeding tube) was an alias of
    outcome:survival; it names no end point on its own."""
    assert not [e for e in ents(nlp(text)) if e[0] == "PEG"], ents(nlp(text))


@pytest.mark.parametrize("text, want", [
    ("MSCs in ALS\nMSCs were injected into the spinal subarachnoid space of the patients.", "route:intrathecal"),
    ("MSCs in ALS\nMSCs were delivered into the spinal canal by lumbar puncture.", "route:intrathecal"),
    ("MSCs in ALS\nMSCs were injected into the spinal cord of SOD1 rats.", "route:intraspinal"),
])
def test_cz_csf_space_named_after_spinal_is_intrathecal(nlp, text, want):
    """(helper CZ, s23) `into the spinal subarachnoid space`: the CSF space around the cord (SPEC: intrathecal,
    incl. subarachnoid), not `into the spinal` cord's parenchyma; `into the spinal cord` stays intraspinal."""
    got = {c for _, lab, c in ents(nlp(text)) if lab == "ROUTE"}
    assert want in got and not (want == "route:intrathecal" and "route:intraspinal" in got), got


# --- helper CY (s23): an MSC source said outside the name the vocabulary knows ----------------------
def _cy_cells(nlp, text):
    from pipeline.nlp.tables import entity_rows
    return [(w["text"], w["concept_id"]) for w in entity_rows(nlp(text), "x") if w["label"] == "CELL_TYPE"]


@pytest.mark.parametrize("text, mention, concept", [
    ("Donor bone marrow hMSCs were expanded in two media.", "Donor bone marrow hMSCs", "cell:bm_msc"),
    ("Umbilical cord hMSCs were infused intravenously.", "Umbilical cord hMSCs", "cell:uc_msc"),
    ("BM-derived hMSCs were injected into the ventricle.", "BM-derived hMSCs", "cell:bm_msc"),
    ("BM-hMSCs were injected intrathecally.", "BM-hMSCs", "cell:bm_msc"),
    ("WJ-derived human MSCs were infused intravenously.", "WJ-derived human MSCs", "cell:wj_msc"),
    ("MSCs from BM were injected intrathecally.", "MSCs from BM", "cell:bm_msc"),
    ("MSCs, derived from BM, were injected intrathecally.", "MSCs", "cell:bm_msc"),
    ("MSCs isolated from WJ were infused intravenously.", "MSCs isolated from WJ", "cell:wj_msc"),
    ("Autologous MSCs (from bone marrow) were injected intrathecally.", "MSCs", "cell:bm_msc"),
    ("MSCs (BM-derived) were injected intrathecally.", "MSCs", "cell:bm_msc"),
    ("Allogeneic MSCs (Wharton's jelly-derived) were infused.", "MSCs", "cell:wj_msc"),
    ("MSCs harvested from the iliac crest were expanded for four weeks.", "MSCs harvested from the iliac crest",
     "cell:bm_msc"),
    ("MSCs were isolated from the posterior iliac crest of each patient.", "MSCs", "cell:bm_msc"),
    ("Autologous MSCs were obtained by bone marrow aspiration and expanded.", "MSCs", "cell:bm_msc"),
    ("MSCs were isolated from the patients' bone marrow and expanded.", "MSCs", "cell:bm_msc"),
    ("Wharton\u00b4s jelly MSCs were injected intrathecally.", "Wharton\u00b4s jelly MSCs", "cell:wj_msc"),
    ("Whartons jelly stem cells were injected intrathecally.", "Whartons jelly stem cells", "cell:wj_msc"),
    ("Umbilical cord-derived MSCs from Wharton's jelly were infused.", "Umbilical cord-derived MSCs from Wharton's jelly",
     "cell:wj_msc"),
    ("MSC-derived nanovesicles were injected intranasally.", "MSC-derived nanovesicles", "cell:msc_ev"),
])
def test_cy_source_outside_the_name(nlp, text, mention, concept):
    """(helper CY, s23) a tissue source before a prefixed short form (`bone marrow hMSCs`), as a short form
    after the cells (`MSCs from BM`), in a bracket (`MSCs (BM-derived)`), as the marrow's harvest (`iliac
    crest`, `bone marrow aspiration`) or spelled otherwise (`Wharton´s jelly`) makes the cells specific."""
    got = _cy_cells(nlp, text)
    assert (mention, concept) in got, got


@pytest.mark.parametrize("text", [
    "MSCs from UC patients showed lower proliferation.",
    "MSCs from BM, AT and UC were compared in vitro.",
    "MSCs (1 x 10^6 cells) were injected intrathecally.",
    "MSCs (from bone marrow or adipose tissue) were compared.",
    "MSCs were isolated from bone marrow (BM) and adipose tissue (AT) and compared.",
    "Bone marrow was aspirated from the iliac crest, and MSCs were expanded and injected.",
    "Bone marrow aspiration was well tolerated; MSCs were injected intrathecally.",
    "MSCs were injected into the bone marrow of irradiated mice.",
])
def test_cy_no_source_for_the_cells(nlp, text):
    """(helper CY, s23) near misses: a disease's short form (`UC patients`), listed sources (also with short forms
    in brackets), a bracket with no source, and marrow named in a clause of its own or as the injection site
    leave MSCs general."""
    got = _cy_cells(nlp, text)
    assert ("MSCs", "cell:msc") in got and not any(c != "cell:msc" for _, c in got), got


# --- helper DB (s23): outcome concepts the gold has and the rules never gave -------------------------------
def test_db_functional_improvement_by_study_kind(nlp):
    """(helper DB, s23) `functional improvement(s)` is motor function in an animal study (like `functional
    recovery`), a global clinical result (other) in a document that names no animals."""
    doc = nlp("Grafts in SOD1 mice\nTransplanted mice showed functional improvements over vehicle-treated animals.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    assert ("functional improvements", "outcome:motor_function") in got, got
    doc = nlp("Stromal cells for knee pain\nPatients given the cells reported functional improvement at 6 months.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    assert ("functional improvement", "outcome:other") in got, got


def test_db_anti_inflammation_and_singular_cytokine(nlp):
    """(helper DB, s23) `anti-inflammation` as a result is inflammation (29 sets 3 of 3), and so is the singular
    `inflammatory cytokine`; `an anti-inflammation effect` names the cells' action, no end point."""
    doc = nlp("Stromal cells in rats\nThe grafts promoted anti-inflammation in the cord. Serum inflammatory "
              "cytokine fell after grafting. We asked how the cells exert an anti-inflammation effect on microglia.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    assert got.count(("anti-inflammation", "outcome:inflammation")) == 1, got
    assert ("inflammatory cytokine", "outcome:inflammation") in got, got


def test_db_creatine_kinase_is_a_fluid_marker(nlp):
    """(helper DB, s23) creatine kinase is measured in serum: a biomarker even when the sentence names no fluid."""
    doc = nlp("Stromal cells in ALS\nCK levels did not change after infusion. Creatine kinase stayed stable.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    assert ("CK levels", "outcome:biomarker") in got and ("Creatine kinase", "outcome:biomarker") in got, got


def test_db_onset_measured_by_time_age_or_rate(nlp):
    """(helper DB, s23) the time, age or rate of an onset is the onset end point (`the time of symptom onset`,
    `the rate of onset of paralysis`, `onset age`); after a time word it is when a treatment was given."""
    doc = nlp("Grafts in SOD1 mice\nThe grafts delayed the time of symptom onset. The factor raised the rate of "
              "onset of paralysis. The onset age was later in treated mice.")
    got = [(e[0], e[2]) for e in ents(doc) if e[1] == "OUTCOME"]
    for want in ("time of symptom onset", "rate of onset of paralysis", "onset age"):
        assert (want, "outcome:disease_onset") in got, (want, got)
    doc = nlp("Grafts in SOD1 mice\nThe cells were injected at the time of symptom onset.")
    assert not [e for e in ents(doc) if e[2] == "outcome:disease_onset"], ents(doc)


# --- helper DE (s23): the concept a route site gets ---

def _de_routes(nlp, text):
    return [(e.text, e._.concept_id) for e in nlp(text).ents if e.label_ == "ROUTE"]


def test_de_brain_parts_named_by_two_words_or_as_a_part(nlp):
    """(helper DE, s23) `into the dentate gyrus`, `into the basal ganglia`, `into the CA1 region of the hippocampus`:
    brain parenchyma, intracerebral."""
    for text, span in (("Grafts in mice\nStromal cells were injected into the dentate gyrus of aged mice.",
                        "into the dentate gyrus"),
                       ("Grafts in patients\nStromal cells were implanted into the basal ganglia of patients.",
                        "into the basal ganglia"),
                       ("Grafts in rats\nStromal cells were injected into the CA1 region of the hippocampus.",
                        "into the CA1 region of the hippocampus")):
        assert (span, "route:intracerebral") in _de_routes(nlp, text), (text, _de_routes(nlp, text))


def test_de_cord_segment_named_by_level(nlp):
    """(helper DE, s23) `into the L3-L5 segments of the spinal cord`: the cord parenchyma."""
    got = _de_routes(nlp, "Grafts in rats\nNeural stem cells were injected into the L3-L5 segments of the spinal cord.")
    assert [c for _, c in got] == ["route:intraspinal"], got


def test_de_site_vocabulary(nlp):
    """(helper DE, s23) the peritoneal cavity is intraperitoneal; a lumbar catheter is intrathecal; intracardiac and
    suprachoroidal injections are other routes."""
    for text, cid in (("Grafts in mice\nStromal cells were injected into the peritoneal cavity of mice.",
                       "route:intraperitoneal"),
                      ("Grafts in patients\nStromal cells were infused through a lumbar catheter.", "route:intrathecal"),
                      ("Grafts in mice\nStromal cells were given by intracardiac injection.", "route:other"),
                      ("Grafts in rabbits\nStromal cells were injected into the suprachoroidal space.", "route:other"),
                      ("Grafts in patients\nStromal cells were infused into a subcutaneous vein.", "route:intravenous")):
        assert cid in [c for _, c in _de_routes(nlp, text)], (text, _de_routes(nlp, text))
    # guards: perfusion through the heart is fixation, no route; a subcutaneous vein is no subcutaneous route
    got = _de_routes(nlp, "Grafts in mice\nStromal cells were injected intrathecally. Mice were perfused "
                          "intracardially with fixative, and tissue was fixed by intracardiac perfusion.")
    assert [c for _, c in got] == ["route:intrathecal"], got
    got = _de_routes(nlp, "Grafts in patients\nStromal cells were infused into a subcutaneous vein.")
    assert "route:subcutaneous" not in [c for _, c in got], got


def test_de_lumbar_puncture_to_collect_csf_is_sampling(nlp):
    """(helper DE, s23) `lumbar puncture was performed to collect CSF` in a sentence that also gives cells: a sample,
    no route; `injected by lumbar puncture` stays."""
    got = _de_routes(nlp, "Grafts in patients\nStromal cells were given intravenously, and lumbar puncture was "
                          "performed to collect CSF.")
    assert [c for _, c in got] == ["route:intravenous"], got
    got = _de_routes(nlp, "Grafts in patients\nStromal cells were injected by lumbar puncture, and CSF was collected.")
    assert "route:intrathecal" in [c for _, c in got], got


def test_de_stereotaxy_in_a_cord_document(nlp):
    """(helper DE, s23) a stereotaxic injection with no site of its own in a document about intraspinal grafts that
    names no brain part: the cord's."""
    got = _de_routes(nlp, "Intraspinal stem cell grafts in ALS rats\nNeural stem cells were implanted "
                          "stereotaxically in SOD1 rats.")
    assert {c for _, c in got} == {"route:intraspinal"}, got


def test_de_named_brain_nuclei_and_tracts(nlp):
    """(helper DE, s23) `into the facial nucleus`, `into the deep cerebellar nuclei`, `into the globus pallidus`,
    `into the neostriatum`: intracerebral; `translocated into the nucleus` and
    neurons counted `in the facial nucleus` are no route."""
    for text in ("Grafts in mice\nNeural stem cells were injected into the facial nucleus of mice.",
                 "Grafts in mice\nNeural stem cells were injected into the deep cerebellar nuclei of mice.",
                 "Grafts in rats\nStromal cells were injected into the globus pallidus of rats.",
                 "Grafts in rats\nStromal cells were implanted into the neostriatum of rats."):
        assert [c for _, c in _de_routes(nlp, text)] == ["route:intracerebral"], (text, _de_routes(nlp, text))
    got = _de_routes(nlp, "Grafts in mice\nStromal cells were injected intrathecally. The factor was translocated "
                          "into the nucleus. Motor neurons in the facial nucleus were preserved.")
    assert [c for _, c in got] == ["route:intrathecal"], got


def test_de_coordinated_second_site(nlp):
    """(helper DE, s23) a second site joined by `and`/`or` to an `into` site takes its own concept; a new clause's
    subject (`and the spinal cord was removed`) is no site."""
    got = _de_routes(nlp, "Grafts in mice\nStromal cells were injected into the gastrocnemius muscle and the lumbar "
                          "spinal cord.")
    assert {c for _, c in got} == {"route:intramuscular", "route:intraspinal"}, got
    got = _de_routes(nlp, "Grafts in mice\nNeural stem cells were injected into both the spinal cord and the muscle.")
    assert {c for _, c in got} == {"route:intramuscular", "route:intraspinal"}, got
    got = _de_routes(nlp, "Grafts in mice\nStromal cells were injected into the lateral ventricle and the spinal "
                          "cord was removed 4 weeks later.")
    assert [c for _, c in got] == ["route:intracerebroventricular"], got


def test_de_retro_orbital_is_venous_and_cord_sites(nlp):
    """(helper DE, s23) the retro-orbital route is the venous sinus (intravenous, like `retro-orbitally`); `into both
    sides of the lumbar spinal cord` and `into the SC cavity` of a cord injury study are the cord's."""
    got = _de_routes(nlp, "Vesicles in mice\nVesicles were given to the mice via the retro-orbital route.")
    assert [c for _, c in got] == ["route:intravenous"], got
    got = _de_routes(nlp, "Grafts in mice\nNeural stem cells were injected into both sides of the lumbar spinal cord.")
    assert [c for _, c in got] == ["route:intraspinal"], got
    got = _de_routes(nlp, "Grafts after spinal cord injury\nRats with spinal cord injury were studied. The cells were "
                          "administered into the SC cavity.")
    assert [c for _, c in got] == ["route:intraspinal"], got


def test_de_vein_route_in_a_sentence_of_tests_performed(nlp):
    """(helper DE, s23) `performed` samples nothing from a vein: `tests were performed ... after stromal cells through
    tail vein` keeps the route; `blood samples were obtained from the tail vein` stays a sample."""
    got = _de_routes(nlp, "Grafts after stroke\nTests were performed on rats after treatment with vehicle or stromal "
                          "cells through tail vein.")
    assert [c for _, c in got] == ["route:intravenous"], got
    got = _de_routes(nlp, "Grafts in mice\nStromal cells were injected intrathecally. Blood samples were obtained from "
                          "the tail vein.")
    assert [c for _, c in got] == ["route:intrathecal"], got


# --- helper DH (s24): OUTCOME false positives whose span no gold OUTCOME can match: list members that are an
# introductory adverbial, a verb phrase, people or a statistic; amounts that name no analyte; the dose given ---

def _dh_outcomes(nlp, text):
    return [t for t, lab, _ in ents(nlp(text)) if lab == "OUTCOME"]


def test_dh_introductory_phrase_is_no_list_member(nlp):
    """(helper DH, s24) `Two weeks later, X`, `After 12 h of reoxygenation, X`: the phrase before the sentence's first
    comma says when; it is no list member of the end point after the comma."""
    got = _dh_outcomes(nlp, "Grafts after nerve injury\nTwo weeks later, myelin thickness and axon counts were "
                            "measured in the distal stump.")
    assert not any("later" in t for t in got), got
    assert "myelin thickness" in got, got
    got = _dh_outcomes(nlp, "Medium after hypoxia\nAfter 12 h of reoxygenation, neuronal viability was higher in "
                            "cultures given the conditioned medium.")
    assert "reoxygenation" not in got and "neuronal viability" in got, got


def test_dh_introductory_near_misses_keep_the_list(nlp):
    """(helper DH, s24) a list that opens the sentence, or follows the first comma, still lists end points."""
    got = _dh_outcomes(nlp, "Grafts in kidney injury\nRenal function, tubular necrosis and oxidative stress were "
                            "evaluated in all rats.")
    assert "Renal function" in got and "tubular necrosis" in got, got
    got = _dh_outcomes(nlp, "Grafts in mice\nAt 12 weeks, grip strength, body weight and rotarod performance "
                            "were better in treated mice.")
    assert "grip strength" in got, got


def test_dh_verb_phrase_conjunct_is_no_end_point(nlp):
    """(helper DH, s24) `promote neurogenesis and protect brain tissue`, `reduce plaque load, transform effector to
    regulatory cells`: a coordinated verb phrase; its verb is no end point's word, and neither is an object that
    names no measure. An object that is an end point alone stays (`and confer remyelination`)."""
    got = _dh_outcomes(nlp, "Medium after stroke\nThe medium could promote neurogenesis and protect brain tissue from "
                            "ischemic injury.")
    assert not any("protect" in t or t == "brain tissue" for t in got), got
    got = _dh_outcomes(nlp, "Tregs in a model\nThe cells were able to reduce plaque load, transform effector to "
                            "regulatory cells and restore memory.")
    assert not any("transform" in t for t in got), got
    got = _dh_outcomes(nlp, "Grafts in EAE\nThe grafts induced functional recovery and confer remyelination in "
                            "treated mice.")
    assert "remyelination" in got and not any("confer" in t for t in got), got
    got = _dh_outcomes(nlp, "Vesicles in a model\nVesicles can carry and spread misfolded tau oligomers, and "
                            "phosphorylated neurofilament, between neurons.")
    assert not any(t.startswith("spread") for t in got), got


def test_dh_people_and_statistics_are_no_list_members(nlp):
    """(helper DH, s24) `..., and disease-free donors`, `compared group medians and survival trends`."""
    got = _dh_outcomes(nlp, "Cord tissue\nIts advantages include rich starting material, high proliferative "
                            "capacity, and healthy young donors.")
    assert not any("donors" in t for t in got), got
    got = _dh_outcomes(nlp, "Registry\nThe analysis compared cohort medians and survival trends across centres.")
    assert not any("medians" in t for t in got), got


def test_dh_amount_without_analyte(nlp):
    """(helper DH, s24) `assessed at transcript and protein levels`, `receptors (AMPAR) and gene expression`,
    `gene expression profile`: an amount named by its kind of molecule, with no molecule named."""
    got = _dh_outcomes(nlp, "Grafts after stroke\nNeurogenesis markers were assessed at transcript and protein levels "
                            "in the hippocampus.")
    assert "protein levels" not in got, got
    got = _dh_outcomes(nlp, "Medium on neurons\nWe asked whether the medium modulates glutamate receptors (AMPAR) and "
                            "gene expression in cortical neurons.")
    assert "gene expression" not in got, got
    got = _dh_outcomes(nlp, "Grafts in neuropathy\nNerve morphology, gene expression profile, and oxidative stress "
                            "markers were evaluated.")
    assert "gene expression profile" not in got and "oxidative stress markers" in got, got


def test_dh_amount_with_analyte_stays(nlp):
    """(helper DH, s24) near-misses: the molecule is named beside the kind (`IL-6 transcripts and protein levels`)."""
    got = _dh_outcomes(nlp, "Tregs and macrophages\nTregs lowered interleukin-6 transcripts and protein levels in "
                            "the macrophages.")
    assert any("protein levels" in t for t in got), got


def test_dh_cell_number_given_is_a_dose(nlp):
    """(helper DH, s24) `transplanted cell numbers were 1.2 x 10^8`, `the optimal cell numbers`: how many cells were
    given; a count of host cells stays (`microglial cell numbers`)."""
    got = _dh_outcomes(nlp, "Grafts in stroke\nMean transplanted cell numbers were 1.2 x 10^8 cells in the high dose "
                            "group.")
    assert "cell numbers" not in got, got
    got = _dh_outcomes(nlp, "Vesicles review\nFuture work must define the optimal cell numbers, timing and dosage.")
    assert "cell numbers" not in got, got
    got = _dh_outcomes(nlp, "Grafts in retina\nThe grafts reduced microglial cell numbers in the retina.")
    assert any("cell numbers" in t for t in got), got


def test_dh_degree_adverbial_and_of_object_ends(nlp):
    """(helper DH, s24) `and to a lesser extent of NeuN` is a degree, no amount; an `of` object ends before `such as`
    and before a finite verb (`the expression of mutant TDP-43 results in`)."""
    got = _dh_outcomes(nlp, "Factor in mice\nTreatment caused a loss of DARPP-32 and to a lesser extent of NeuN in "
                            "all mice.")
    assert not any("extent" in t for t in got), got
    got = _dh_outcomes(nlp, "Induced cells\nThe induced cells showed higher levels of glial markers such as S100.")
    assert "levels of glial markers" in got, got
    got = _dh_outcomes(nlp, "Mutant glia\nThese data show that the expression of mutant TDP-43 results in reactive "
                            "astrocytes.")
    assert not any(t.endswith("results") for t in got), got


# ---- helper DI (s24): span boundaries of OUTCOME mentions (a qualifier before a named end point, a worsening after it)

def _di_outcomes(nlp, text):
    return [(e.text, e._.concept_id) for e in nlp(text).ents if e.label_ == "OUTCOME"]


def test_di_qualifier_before_named_end_point(nlp):
    """(helper DI, s24) the modality, the sample, the grade of a harm before a named end point stay in the mention
    (`motor neurite outgrowth`, `serum NfL`, `severe adverse events`); a result's direction does not (`better`)."""
    got = _di_outcomes(nlp, "Grafts in rats\nThe conditioned medium enhanced motor neurite outgrowth in the explants.")
    assert ("motor neurite outgrowth", "outcome:other") in got, got
    got = _di_outcomes(nlp, "Stem cells in ALS\nWe measured serum NfL at baseline and at month six.")
    assert [t for t, _ in got] == ["serum NfL"], got
    # the fluid joins a blood marker only (`Serum C-reactive protein` stays the inflammation end point's name)
    got = _di_outcomes(nlp, "Stem cells in ARDS\nSerum C-reactive protein fell after two infusions.")
    assert ("C-reactive protein", "outcome:inflammation") in got, got
    got = _di_outcomes(nlp, "Stem cells in ALS\nNo severe adverse events were recorded after the infusions.")
    assert [t for t, _ in got] == ["severe adverse events"], got
    got = _di_outcomes(nlp, "Grafts in rats\nTreated rats had better motor performance at week eight.")
    assert [t for t, _ in got] == ["motor performance"], got


def test_di_coordinated_qualifiers_keep_the_named_concept(nlp):
    """(helper DI, s24) `motor and sensory neurite outgrowth`: both qualifiers share the end point, whose concept
    stays the named one's (not the motor function the first qualifier alone would give)."""
    got = _di_outcomes(nlp, "Factors in explants\nNT-3 increased both motor and sensory neurite outgrowth in the cultures.")
    assert ("motor and sensory neurite outgrowth", "outcome:other") in got, got


def test_di_worsening_after_named_end_point(nlp):
    """(helper DI, s24) a worsening after a named end point's lower-case name is part of it (`motor function
    deterioration`, `neurogenesis decline`); an improvement is not (the result's direction)."""
    got = _di_outcomes(nlp, "Grafts in mice\nTreated mice showed slower motor function loss and less neurogenesis decline.")
    assert [t for t, _ in got] == ["motor function loss", "neurogenesis decline"], got
    got = _di_outcomes(nlp, "Grafts in mice\nMotor function improvement was seen in five of the eight mice.")
    assert [t for t, _ in got] == ["Motor function"], got


def test_di_progression_of_als_is_one_end_point(nlp):
    """(helper DI, s24) `the progression of ALS` is one end point, as `the course of ALS` is (train gold)."""
    got = _di_outcomes(nlp, "Grafts in mice\nThe cells slowed the progression of ALS in the treated mice.")
    assert ("progression of ALS", "outcome:disease_progression") in got, got


def test_di_plural_wording_of_a_named_end_point(nlp):
    """(helper DI, s24) `safety profiles` is the gold's own form, as `safety profile` is."""
    got = _di_outcomes(nlp, "Stem cells in lupus\nThe primary endpoints were the safety profiles of both doses.")
    assert ("safety profiles", "outcome:safety") in got, got


# --- helper DG (s24): speed, same results ---------------------------------------------------------------------------
def test_dg_abbreviation_detector_matches_scispacy(nlp):
    """(helper DG, s24) the detector with its Matchers read off token ids finds what scispaCy's own finds: nested
    brackets, a bracket opening the text, a bracket holding more than 8 tokens, a short form used again."""
    from scispacy.abbreviation import AbbreviationDetector
    from pipeline.nlp.abbreviation_detector import LitmineAbbreviationDetector
    text = ("(MSCs) in ALS\nBone marrow mesenchymal stem cells (BM-MSCs (n = 12)) and adipose-derived stem cells "
            "(ADSCs) were given (after the lesion of the spinal cord was made in all of the rats). Umbilical cord "
            "MSCs (UC-MSCs) were compared with ADSCs; UC-MSCs and ADSCs lowered tumor necrosis factor (TNF) levels.")
    ours, theirs = LitmineAbbreviationDetector(nlp, make_serializable=True), AbbreviationDetector(nlp, make_serializable=True)
    got = []
    for detector in (ours, theirs):
        doc = nlp.make_doc(text)
        doc._.abbreviations = []
        got.append(sorted((a["short_start"], a["short_end"], a["long_start"], a["long_end"])
                          for a in detector(doc)._.abbreviations))
    assert got[0] == got[1] and len(got[0]) >= 5, got
    assert nlp.get_pipe("abbreviation_detector").__class__ is LitmineAbbreviationDetector


# --- helper DF (s24): cheaper ruler, same output; cases that must still pass the early returns -------------------

def test_df_glued_participle_after_an_en_dash(nlp):
    """(helper DF, s24) the ruler skips tokens with none of its glued shapes; a participle glued by an en dash (read
    as `-` in the lower-cased tokens) still names its maker."""
    got = ents(nlp("Glia in mice\nAstrocyte–derived BDNF protected cultured motor neurons, and MSC–secreted GDNF "
                   "was measured."))
    assert ("Astrocyte–derived", "CELL_TYPE", "cell:astrocyte") in got, got
    assert ("MSC–secreted", "CELL_TYPE", "cell:msc") in got, got


@pytest.mark.parametrize("text", [
    "Rat MSCs were transplanted into the CA1 region of the hippocampus and into the lumbar spinal cord.",
    "Cells were injected into the L4-L5 segments of the spinal cord, into the left gastrocnemius muscle and via "
    "the internal carotid artery; survival of the grafted donor cells and the onset of hindlimb paralysis were scored.",
    "Transplantation of NSCs in the lumbar spinal cord ventral horn and delivery to the striatum were compared.",
])
def test_df_windowed_matcher_finds_what_the_whole_document_does(nlp, text):
    """(helper DF, s24) the token Matcher runs only on the stretches where a match can lie: the same matches, in
    the same order, as over the whole document."""
    from pipeline.nlp.ruler.component import _windowed_matches
    from pipeline.nlp.ruler.view import TokenStrings
    ruler = nlp.get_pipe("litmine_ruler")
    doc = nlp.make_doc(text)
    strings = nlp.vocab.strings
    found = 0
    for matcher, reach in ((ruler.matcher, ruler._reach), (ruler.site_matcher, ruler._site_reach)):
        assert reach is not None
        whole = [(s, e, strings[k]) for k, s, e in matcher(doc)]
        assert _windowed_matches(matcher, reach, doc, TokenStrings.of(doc)) == whole
        found += len(whole)
    assert found


def test_df_shapes_past_the_word_filters(nlp):
    """(helper DF, s24) words the cheap filters let through: an MSC product's nonproprietary name, `X-like cells`."""
    got = ents(nlp("Remestemcel in patients\nPatients received remestemcel-L or microglia-like cells."))
    assert ("remestemcel-L", "CELL_TYPE", "cell:bm_msc") in got, got
    assert ("microglia-like cells", "CELL_TYPE", "cell:microglia") in got, got


# --- helper DL (s24): CELL_TYPE surface forms: modifiers that name no type of their own -------------------------


@pytest.mark.parametrize("text, name, concept", [
    ("Tracking of grafted cells\nBrdU-labeled BMSCs were injected into the striatum of the rats.", "BMSCs",
     "cell:bm_msc"),
    ("Imaging of donor cells\nWe followed GFP-labelled MSCs after their infusion into the cisterna magna.", "MSCs",
     "cell:msc"),
    ("MRI of grafts\nSPIO-labeled neural stem cells were seen in the ventral horn for six weeks.", "neural stem cells",
     "cell:nsc"),
])
def test_dl_tracer_label_is_no_part_of_the_cell_name(nlp, text, name, concept):
    """(helper DL, s24) a tracer label glued before the cells (`BrdU-labeled`, `GFP-labelled`) tracks them and
    names no type: the mention is the plain name, not a second variant of it."""
    got = ents(nlp(text))
    cells = [g for g in got if g[1] == "CELL_TYPE"]
    assert (name, "CELL_TYPE", concept) in cells, cells
    assert not [g for g in cells if "label" in g[0].lower()], cells


def test_dl_engineered_modifier_still_kept(nlp):
    """(helper DL, s24) near miss: an engineered cell keeps its modifier (`VEGF-transfected BMSCs`)."""
    got = ents(nlp("Gene-modified cells\nVEGF-transfected BMSCs improved motor function more than plain BMSCs."))
    assert ("VEGF-transfected BMSCs", "CELL_TYPE", "cell:bm_msc") in got, got


def test_dl_autologous_mononuclear_cells_are_their_plain_name(nlp):
    """(helper DL, s24) `autologous` says whose cells they are, not which: `autologous bone marrow mononuclear
    cells` is the mention `bone marrow mononuclear cells` (train gold: `autologous peripheral blood mononuclear
    cells` -> `peripheral blood mononuclear cells`), so both wordings in one abstract give one form."""
    got = ents(nlp("Marrow cells in ALS\nTen patients received autologous bone marrow mononuclear cells by lumbar "
                   "puncture. The bone marrow mononuclear cells were well tolerated."))
    cells = {g for g in got if g[1] == "CELL_TYPE"}
    assert cells == {("bone marrow mononuclear cells", "CELL_TYPE", "cell:bm_mnc")}, cells


# helper DT (session 25): a vocabulary short form that the paper defines as something else names none of our concepts

@pytest.mark.parametrize("text,short,label", [
    ("Nuclear transport\nThe nuclear pore complex (NPC) controls the export of mRNA. Export receptors dock at the "
     "NPC before release.", "NPC", "CELL_TYPE"),
    ("Gut lymphocytes\nCells of the lamina propria (LP) were isolated from mice. LP T cells secreted more IL-2 "
     "after costimulation.", "LP", "ROUTE"),
    ("Liver fibrosis\nWe cultured hepatic stellate cells (HSCs) from rat livers. Activated HSCs produced more "
     "collagen.", "HSCs", "CELL_TYPE"),
    ("Colony growth\nWe measured the hematopoietic growth factor (HGF) needs of marrow progenitors. Without HGF "
     "the colonies did not grow.", "HGF", "NEUROTROPHIC_FACTOR"),
    ("Viral infection of airway cells\nWe infected primary small airway epithelial (SAE) cells with the virus. "
     "Infected SAE cells released several cytokines.", "SAE", "OUTCOME"),
])
def test_dt_short_form_defined_otherwise_is_no_concept(nlp, text, short, label):
    """(helper DT, s25) a cell, factor, route or end-point short form of the vocabulary (`NPC`, `LP`, `HSCs`,
    `HGF`, `SAE`) that the paper defines by a long form sharing no word with the concept's names is not that
    concept anywhere in the document (as `population doubling (PD)` names no disease)."""
    got = ents(nlp(text))
    assert not [g for g in got if g[0] == short and g[1] == label], got


@pytest.mark.parametrize("text,short,concept", [
    ("Fat-derived cells\nAdipose-derived mesenchymal SCs (AD-MSCs) were given to rats. AD-MSCs reduced the "
     "lesion size.", "AD-MSCs", "cell:ad_msc"),
    ("Blood stem cells\nHematopoietic stem cells (HSCs) were transplanted into mice. The HSCs engrafted well.",
     "HSCs", "cell:hsc"),
    ("Gut repair\nHepatocyte growth factor (HGF) was infused into rats. HGF reduced the lesion size.", "HGF",
     "factor:HGF"),
    ("Cell therapy safety\nWe compared the rate of serious adverse events (SAEs) between the arms. SAEs were "
     "similar in both arms.", "SAEs", "outcome:safety"),
])
def test_dt_short_form_defined_by_its_own_name_kept(nlp, text, short, concept):
    """(helper DT, s25) near misses: a long form that shares a word with the concept's names keeps it."""
    got = ents(nlp(text))
    assert [g for g in got if g[0] == short and g[2] == concept], got


@pytest.mark.parametrize("text,name", [
    ("Blood cells in sepsis\nWe isolated blood mononuclear cells from ten septic patients.", "blood mononuclear cells"),
    ("Receptor levels\nHuman peripheral mononuclear cells were cultured with the hormone.",
     "peripheral mononuclear cells"),
])
def test_dt_blood_mononuclear_cells_are_not_marrows(nlp, text, name):
    """(helper DT, s25) `blood` / `peripheral` mononuclear cells are blood's (`cell:other`, as `peripheral blood
    mononuclear cells`), not the vocabulary's bare `mononuclear cells` of the marrow (`cell:bm_mnc`)."""
    got = ents(nlp(text))
    cells = [g for g in got if g[1] == "CELL_TYPE"]
    assert cells and all(g[2] == "cell:other" for g in cells), cells
    assert any(name in g[0].lower() for g in cells), cells


@pytest.mark.parametrize("text,name,short", [
    ("Blood cells in sepsis\nWe isolated mononuclear cells (MNC) from peripheral blood of ten septic patients. The MNC "
     "were cultured with the hormone.", "mononuclear cells", "MNC"),
    ("Blood cells in sepsis\nMNCs from peripheral blood were cultured with the hormone for two days.",
     "MNCs from peripheral blood", None),
    ("Blood cells in sepsis\nMNCs isolated from peripheral blood were cultured with the hormone. The MNCs grew.",
     "MNCs isolated from peripheral blood", "MNCs"),
    ("Blood cells in sepsis\nMononuclear cells were isolated from the donors' blood and cultured with the hormone.",
     "Mononuclear cells", None),
    ("Cord cells in a stroke model\nMononuclear cells (MNCs) from umbilical cord blood were given to rats. MNCs "
     "reduced the lesion size.", "Mononuclear cells", "MNCs"),
])
def test_dx_mononuclear_cells_with_blood_named_after_them_are_not_marrows(nlp, text, name, short):
    """(helper DX, s26) blood named after mononuclear cells (`MNCs isolated from peripheral blood`, `mononuclear cells
    (MNC) from peripheral blood`) counts as blood named before them (`peripheral blood mononuclear cells`): the cells
    are `cell:other`, not the vocabulary's marrow mononuclear cells."""
    cells = [g for g in ents(nlp(text)) if g[1] == "CELL_TYPE"]
    assert (name, "CELL_TYPE", "cell:other") in cells, cells
    assert all(g[2] == "cell:other" for g in cells), cells
    if short:
        assert (short, "CELL_TYPE", "cell:other") in cells, cells


@pytest.mark.parametrize("text,name", [
    ("Marrow cells in ALS\nMNCs isolated from bone marrow were injected intrathecally into patients with ALS.",
     "MNCs isolated from bone marrow"),
    ("Marrow cells in ALS\nMononuclear cells were injected intrathecally into patients with ALS.", "Mononuclear cells"),
    ("Marrow cells in ALS\nMNCs from peripheral blood or bone marrow were injected into patients with ALS.", "MNCs"),
])
def test_dx_mononuclear_cells_of_marrow_or_no_one_source_stay_marrows(nlp, text, name):
    """(helper DX, s26) near misses: marrow named after them, none, or blood and marrow both: the vocabulary's
    `cell:bm_mnc` (SPEC: bone marrow mononuclear cells; the vocabulary's bare `MNCs`)."""
    assert (name, "CELL_TYPE", "cell:bm_mnc") in ents(nlp(text))


@pytest.mark.parametrize("text,short", [
    ("Bone density in women\nPolymorphisms of the estrogen receptor gene (ESR) were genotyped in 200 women. ESR "
     "variants were linked to bone loss.", "ESR"),
    ("Hormone genes\nThe estrogen receptor gene (ESR) was sequenced in 40 families; two ESR alleles were rare.", "ESR"),
    ("Antiviral sensing\nThe melanoma differentiation-associated gene (MDA) senses viral RNA in astrocytes. MDA "
     "knockdown lowered interferon release.", "MDA"),
])
def test_dx_short_form_defined_as_a_gene_is_no_end_point(nlp, text, short):
    """(helper DX, s26) an end point's short form of the vocabulary (`ESR` erythrocyte sedimentation rate, `MDA`
    malondialdehyde) that the paper defines as a gene is not that end point, also where a rule read a word inside
    the gene's name as a mention of its own (`estrogen`): the paper's definition wins (helper DT's rule)."""
    got = ents(nlp(text))
    assert not [g for g in got if g[0] == short and g[1] == "OUTCOME" and not g[2].endswith(":other")], got


def test_dx_end_point_short_form_defined_as_itself_is_kept(nlp):
    got = ents(nlp("Inflammation in ALS\nWe measured the erythrocyte sedimentation rate (ESR) of 30 patients. ESR "
                   "fell after the cells were given."))
    assert [g for g in got if g[0] == "ESR"] == [("ESR", "OUTCOME", "outcome:inflammation")] * 2, got


@pytest.mark.parametrize("text,modal", [
    ("Kinase signalling in microglia\nIn stimulated microglia the activity of NF-kappa B may be beneficial for repair.",
     "may"),
    ("Cytokines after injury\nIn injured nerves the levels of IL-6 can be lowered by the graft.", "can"),
    ("Receptor isoforms\nThe expression of GR isoforms could induce steroid resistance in patients.", "could"),
    ("Transcription in T cells\nThe activation of NF-AT must precede the release of cytokines.", "must"),
])
def test_dx_of_phrase_end_points_stop_at_a_modal_verb(nlp, text, modal):
    """(helper DX, s26) `X of Y` end points end before a modal verb (SPEC: the end point itself, not the verb)."""
    got = [g for g in ents(nlp(text)) if g[1] == "OUTCOME"]
    assert got and not [g for g in got if modal in g[0].lower().split()], got
