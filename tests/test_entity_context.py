"""End points licensed by their context, outcome concepts by SPEC section 2, spelling variants.

Sentences written for these tests (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from pipeline.nlp import patterns as P
from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def ents(nlp, text):
    return {e.text: e.label_ for e in nlp(text).ents}


def outcomes(nlp, text):
    return {e.text: e._.concept_id for e in nlp(text).ents if e.label_ == "OUTCOME"}


def test_object_of_a_change_verb_is_an_end_point(nlp):
    got = outcomes(nlp, "Grafted cells attenuated leukocyte infiltration and enhanced tissue sparing in the lesioned cord.")
    assert got.get("leukocyte infiltration") == "outcome:inflammation"
    assert "tissue sparing" in got


def test_coordinated_objects_share_the_verb(nlp):
    got = outcomes(nlp, "The vesicles reduced the syrinx size, perilesional oedema and glial scar formation in treated rats.")
    assert {"syrinx size", "perilesional oedema", "glial scar formation"} <= set(got)


def test_subject_of_a_passive_change_or_measurement(nlp):
    got = outcomes(nlp, "Anti-donor antibody concentrations were measured monthly. Dendritic arborization was markedly restored.")
    assert "Anti-donor antibody concentrations" in got
    assert "Dendritic arborization" in got


def test_of_phrase_after_a_change_verb_keeps_its_object(nlp):
    got = outcomes(nlp, "The graft increased the expression of the synapse-associated proteins in the hippocampus.")
    assert "expression of the synapse-associated proteins" in got


def test_context_does_not_make_end_points_of_procedures_or_vague_words(nlp):
    got = outcomes(nlp, "We compared the transplantation of two doses and improved the manufacturing of the cells.")
    assert not got
    got = outcomes(nlp, "Both protocols improved outcomes.")
    assert "outcomes" not in got
    got = outcomes(nlp, "The study evaluated the mechanisms in detail.")
    assert not got


def test_list_with_an_end_point_lists_end_points(nlp):
    got = outcomes(nlp, "Primary end points were survival, bladder capacity and pressure ulcer closure.")
    assert "survival" in got
    assert "pressure ulcer closure" in got
    # a list of proteins or of people is not a list of end points
    got = outcomes(nlp, "Apoptosis, Bax and Caspase-9 were studied in males and females.")
    assert "Caspase-9" not in got and "females" not in got


def test_stained_area_or_count_is_an_end_point(nlp):
    got = outcomes(nlp, "Treated mice had a smaller ionized calcium-binding adapter molecule 1 (Iba1) positive area.")
    assert any(t.endswith("(Iba1) positive area") and not t.startswith("smaller") for t in got)
    assert outcomes(nlp, "GFAP-positive cells were counted.").get("GFAP-positive cells") == "outcome:inflammation"


@pytest.mark.parametrize("words, concept", [
    (["treatment-related", "adverse", "reactions"], "outcome:safety"),
    (["health-related", "quality", "of", "life"], "outcome:quality_of_life"),
    (["muscle", "force"], "outcome:muscle_strength"),
    (["muscle", "fibre", "cross-sectional", "area"], "outcome:neuromuscular"),
    (["ventilatory", "parameters"], "outcome:respiratory_function"),
    (["hindlimb", "paralysis", "onset"], "outcome:disease_onset"),
    (["blood", "pressure"], "outcome:other"),
    (["plasma", "neurofilament", "levels"], "outcome:biomarker"),
    (["brain", "weight"], "outcome:other"),
    (["body", "weight"], "outcome:body_weight"),
    (["number", "of", "nissl-stained", "motor", "neurons"], "outcome:motor_neuron_survival"),
    (["surviving", "mns"], "outcome:motor_neuron_survival"),
    (["lumbar", "mn", "dendritic", "atrophy"], "outcome:other"),
    (["motor", "neuron", "disease", "symptoms"], "outcome:motor_function"),
    (["death"], "outcome:survival"),
    (["cell", "death"], "outcome:other"),
    (["glial", "cell", "activation"], "outcome:inflammation"),
    (["number", "of", "activated", "macrophages"], "outcome:inflammation"),
])
def test_outcome_concept_follows_spec_definitions(words, concept):
    assert P.outcome_concept(words) == concept


def test_american_and_british_spellings_both_match(nlp):
    for text in ("Patients with ischaemic stroke were enrolled.", "Patients with ischemic stroke were enrolled."):
        assert [e.label_ for e in nlp(text).ents if "stroke" in e.text] == ["DISEASE"]
    assert "haemorrhage" in " ".join(P.spelling_variants("Intracerebral Hemorrhage"))


def test_a_sentence_on_a_diseases_burden_holds_no_end_points(nlp):
    got = outcomes(nlp, "Ischemic stroke is a leading cause of mortality and long-term disability in adults. "
                        "Intravenous MSCs reduced mortality in the treated rats.")
    doc_text = "Ischemic stroke is a leading cause of mortality and long-term disability in adults."
    doc = nlp(doc_text)
    assert not [e for e in doc.ents if e.label_ == "OUTCOME"], [e.text for e in doc.ents]
    assert got.get("mortality") == "outcome:survival"   # the result sentence keeps its end point
    burden = nlp("Spinal cord injury carries high morbidity and a heavy burden of paralysis for patients and families.")
    assert not [e for e in burden.ents if e.label_ == "OUTCOME"]


def test_burden_words_do_not_silence_a_sentence_about_the_cells_or_a_trial_table(nlp):
    cells = outcomes(nlp, "In this model of ALS, known as the SOD1 mouse, MSCs prolonged survival and delayed onset.")
    assert "survival" in cells
    trial = outcomes(nlp, "Survival data of ALS patients were matched on baseline characteristics to the treated group.")
    assert "Survival data" in trial or "Survival" in trial or "survival" in {k.lower() for k in trial}


def test_survival_that_belongs_to_the_cells_is_other(nlp):
    assert outcomes(nlp, "Preconditioning raised grafted-cell survival in the lesioned brain of rats.") == {
        "survival": "outcome:other"}
    assert outcomes(nlp, "The therapy is limited by a low survival rate of the transplanted cells.") == {
        "survival rate": "outcome:other"}
    mice = outcomes(nlp, "Survival of SOD1 mice given the cells was prolonged by two weeks.")
    assert set(mice.values()) == {"outcome:survival"}
    # a coordinated head shares the cells: the survival is theirs, and motor neurons' has its own concept
    shared = outcomes(nlp, "Hypoxic preconditioning enhanced the survival and paracrine effects of OM-MSCs.")
    assert shared.get("survival") == "outcome:other"
    mns = outcomes(nlp, "Conditioned medium promoted the survival and axonal growth of host motor neurons.")
    assert mns.get("survival") == "outcome:motor_neuron_survival"


@pytest.mark.parametrize("sentence, concept", [
    # the cells show the survival, or it has a place in the host: the graft's
    ("Transplanted NSCs showed good survival in the lumbar cord.", "outcome:other"),
    ("After transplantation the MSCs had poor survival.", "outcome:other"),
    ("Grafted MSCs exhibited increased survival after preconditioning.", "outcome:other"),
    # the transplant as the agent changes the animals' (or patients') survival
    ("MSC transplantation did not improve survival.", "outcome:survival"),
    ("Survival was not improved by MSC transplantation.", "outcome:survival"),
    ("After MSC transplantation, survival was significantly longer.", "outcome:survival"),
])
def test_bare_survival_in_a_transplant_sentence(nlp, sentence, concept):
    got = {k.lower(): v for k, v in outcomes(nlp, sentence).items()}
    assert got.get("survival") == concept, got
    both = outcomes(nlp, "MSCs improved survival and motor function of SOD1 mice.")
    assert both.get("survival") == "outcome:survival"


def cells(nlp, text):
    return {e.text: e._.concept_id for e in nlp(text).ents if e.label_ == "CELL_TYPE"}


def test_sources_named_in_short(nlp):
    got = cells(nlp, "Grafts of bone mesenchymal stem cells (BMSCs) and of cord matrix MSCs (cmMSCs) were compared.")
    assert got["bone mesenchymal stem cells"] == got["BMSCs"] == "cell:bm_msc"
    assert got["cord matrix MSCs"] == got["cmMSCs"] == "cell:uc_msc"
    mnc = cells(nlp, "Cord blood mononuclear cells were infused, and bone marrow mononuclear cells too.")
    assert mnc["Cord blood mononuclear cells"] == "cell:other"
    assert mnc["bone marrow mononuclear cells"] == "cell:bm_mnc"


@pytest.mark.parametrize("text, name, concept", [
    ("Mesenchymal stem cells (MSCs) derived from human umbilical cord were injected.", "Mesenchymal stem cells",
     "cell:uc_msc"),
    ("Mesenchymal stromal cells (MSCs) obtained from adipose tissue were infused.", "Mesenchymal stromal cells",
     "cell:ad_msc"),
    ("MSCs were isolated from rat bone marrow and injected intrathecally.", "MSCs", "cell:bm_msc"),
    ("MSCs, isolated from the bone marrow of healthy donors, were injected.", "MSCs", "cell:bm_msc"),
    ("Mesenchymal stem cells (MSCs) are found in many tissues.", "Mesenchymal stem cells", "cell:msc"),
    # several sources listed: MSCs in general
    ("Mesenchymal stem cells (MSCs) derived from bone marrow, adipose tissue or umbilical cord were compared.",
     "Mesenchymal stem cells", "cell:msc"),
    ("MSCs derived from bone marrow and adipose tissue were compared.", "MSCs", "cell:msc"),
    # `of <source> origin` names the source as `derived from` does
    ("MSCs of bone marrow origin were infused into ten patients.", "MSCs of bone marrow origin", "cell:bm_msc"),
    ("Mesenchymal stromal cells of adipose origin were injected.", "Mesenchymal stromal cells of adipose origin",
     "cell:ad_msc"),
    ("MSCs of umbilical cord origin improved survival.", "MSCs of umbilical cord origin", "cell:uc_msc"),
    ("MSCs of the bone marrow niche support blood formation.", "MSCs", "cell:msc"),
])
def test_a_source_after_a_short_form_or_a_verb_still_names_the_cells(nlp, text, name, concept):
    got = cells(nlp, text)
    assert got[name] == concept, got
    if "(MSCs)" in text:
        assert got["MSCs"] == concept    # the short form takes its long form's concept


def test_vesicles_of_generic_stem_cells_are_not_the_mscs(nlp):
    got = cells(nlp, "Stem cell-derived extracellular vesicles (EVs) are studied for stroke. EVs cut infarct size.")
    assert set(got.values()) == {"cell:other"}, got
    msc = cells(nlp, "Exosomes from bone marrow MSCs were given. Stem cell-derived exosomes are promising.")
    assert "cell:msc_ev" in msc.values()


def test_the_disease_as_a_pronoun_and_burden_before_a_definition(nlp):
    doc = nlp("Ischemic stroke is common in the elderly. It is characterized by high morbidity and mortality.")
    assert not [e for e in doc.ents if e.label_ == "OUTCOME"], [e.text for e in doc.ents]
    doc = nlp("Spinal cord injury, with its high morbidity, disability rate and mortality rate, is a disease of young adults.")
    assert not [e for e in doc.ents if e.label_ == "OUTCOME"], [e.text for e in doc.ents]
    kept = nlp("Stroke is common in the elderly. It was reduced mortality that the MSC group showed.")
    assert [e for e in kept.ents if e.label_ == "OUTCOME"]


def test_a_definition_after_a_sentence_adverb(nlp):
    doc = nlp("Alzheimer's disease is the commonest dementia. Pathologically, it is defined by amyloid-beta "
              "plaques and tau hyperphosphorylation.")
    assert not [e for e in doc.ents if e.label_ == "OUTCOME"], [e.text for e in doc.ents]
    kept = nlp("Alzheimer's disease is the commonest dementia. The grafts reduced amyloid-beta plaques and "
               "tau hyperphosphorylation in treated mice.")
    assert {e.text for e in kept.ents if e.label_ == "OUTCOME"} == {"amyloid-beta plaques", "tau hyperphosphorylation"}


def test_a_staining_marker_may_stand_between_the_rescue_and_the_motor_neurons(nlp):
    got = outcomes(nlp, "The grafts preserved choline acetyltransferase-positive motor neurons in the cord.")
    assert got == {"preserved choline acetyltransferase-positive motor neurons": "outcome:motor_neuron_survival"}
    got = outcomes(nlp, "Treatment rescued large Nissl-stained motor neurons.")
    assert got == {"rescued large Nissl-stained motor neurons": "outcome:motor_neuron_survival"}
    # any other verb stays out of the span
    assert not [t for t in outcomes(nlp, "We labelled ChAT-positive motor neurons with a tracer.") if "labelled" in t]


def test_a_symptom_named_as_an_adverse_event_is_no_end_point_of_its_own(nlp):
    assert outcomes(nlp, "The most common adverse events were back pain and headache.") == {
        "adverse events": "outcome:safety"}
    # a pain study's end point stays
    assert outcomes(nlp, "Pain scores fell after the grafts. No adverse events occurred.").get("Pain") == "outcome:other"


def test_survival_as_a_modifier_and_adverse_event_symptoms_are_no_end_points(nlp):
    assert "survival" not in outcomes(nlp, "BDNF and GDNF are survival factors for motor neurons.")
    got = outcomes(nlp, "Adverse events occurred in 40% of patients, mostly falls and muscle weakness.")
    assert got == {"Adverse events": "outcome:safety"}, got


def test_a_bare_death_is_an_end_point_only_where_it_is_measured(nlp):
    assert outcomes(nlp, "The grafted group had a lower hazard ratio for death.") == {"death": "outcome:survival"}
    assert outcomes(nlp, "The risk of death fell in treated patients.") == {"death": "outcome:survival"}
    assert "death" not in outcomes(nlp, "Stroke is a leading cause of death.")


def test_deaths_reported_as_safety_findings(nlp):
    assert outcomes(nlp, "After the infusions no deaths occurred.") == {"deaths": "outcome:safety"}
    assert outcomes(nlp, "Two deaths occurred during follow-up, both unrelated to the cells.") == {
        "deaths": "outcome:safety"}
    # a cause of death is no end point the treatment changed
    assert outcomes(nlp, "Two patients died from disease progression during follow-up.") == {}
    assert outcomes(nlp, "All deaths were due to natural disease progression.") == {}


def test_conditions_and_destinations_are_no_end_points_or_routes(nlp):
    assert ents(nlp, "The cells were cultured under hypoxia for two days.") == {}
    assert "oxidative stress" not in outcomes(nlp, "The medium raised neuronal viability under oxidative stress.")
    got = ents(nlp, "Injected MSCs were detected in the spinal cord parenchyma four weeks later.")
    assert not any(label == "ROUTE" for label in got.values()), got
    assert not any(l == "ROUTE" for l in ents(nlp, "The effects were mediated by systemic immunomodulation.").values())


def test_brain_sites_cells_are_given_into_are_intracerebral(nlp):
    routes = lambda text: {e.text: e._.concept_id for e in nlp(text).ents if e.label_ == "ROUTE"}
    assert routes("MSCs were injected into the ipsilateral striatum of the rats.") == {
        "into the ipsilateral striatum": "route:intracerebral"}
    assert routes("Cells were transplanted into the subventricular zone.") == {
        "into the subventricular zone": "route:intracerebral"}
    assert routes("Neural progenitors were grafted onto the injured spinal cord.") == {
        "onto the injured spinal cord": "route:intraspinal"}
    # where cells went, or a figure of speech, is no route
    assert routes("Labelled MSCs migrated into the injured spinal cord.") == {}
    assert routes("Stem cells may substitute new neurons into the damaged brain.") == {}


def test_symptoms_after_the_treatment_are_adverse_events(nlp):
    assert outcomes(nlp, "Transient radicular pain occurred after the intramuscular injections.") == {}
    assert outcomes(nlp, "Pain scores fell after the grafts.").get("Pain") == "outcome:other"


def test_trial_wordings_of_end_points(nlp):
    # deaths among the safety findings of a sentence
    assert outcomes(nlp, "Serious adverse events included two deaths.").get("deaths") == "outcome:safety"
    # the long form of the ALS quality-of-life questionnaire; a toxic insult to cultured cells is no safety
    assert outcomes(nlp, "The ALS Assessment Questionnaire-40 improved.") == {
        "ALS Assessment Questionnaire-40": "outcome:quality_of_life"}
    assert outcomes(nlp, "The medium protected NSC-34 cells against H2O2-induced toxicity.") == {
        "toxicity": "outcome:other"}
    # a duration bounded for eligibility, or given as a mean of the participants, is no end point
    assert outcomes(nlp, "The mean disease duration was 18 months and mean BMI was 24.1 kg/m2.") == {}
    assert "disease duration" not in outcomes(nlp, "Eligible patients had a disease duration of less than 2 years.")
    # a level measured in a body fluid is a biomarker, wherever the fluid is named
    # (`total SOD1 concentration` is a vocabulary name since helper CH, s22: the span keeps `Total`)
    assert outcomes(nlp, "Total SOD1 concentration in cerebrospinal fluid fell.") == {
        "Total SOD1 concentration": "outcome:biomarker"}
    assert outcomes(nlp, "Treated mice had a longer latency to fall.") == {"latency to fall": "outcome:motor_function"}
    # a composite score is its own end point, not the survival inside its name
    assert outcomes(nlp, "The primary end point was the Combined Assessment of Function and Survival (CAFS).") == {
        "Combined Assessment of Function and Survival": "outcome:other", "CAFS": "outcome:other"}
    assert outcomes(nlp, "Time to death or permanent assisted ventilation was longer.") == {
        "Time to death or permanent assisted ventilation": "outcome:survival"}



def test_words_that_only_look_like_end_points(nlp):
    # a verb ending like an adjective is no modifier of an end point's head
    assert outcomes(nlp, "Relapses drive disability in these patients.") == {}
    # a list member after an end point must itself be a noun phrase (no verb, preposition or bare adjective)
    got = outcomes(nlp, "Such processes, termed gliogenesis, involve significant structural and functional changes.")
    assert set(got) == {"gliogenesis", "functional changes"}, got
    got = outcomes(nlp, "Synaptic plasticity and neurogenesis, exists throughout the lifespan of rodents.")
    assert not any("throughout" in t for t in got), got
    # what a review weighs or a study looks into is no end point
    assert outcomes(nlp, "We discuss the therapeutic advantages and challenges of neural stem cells.") == {}
    assert outcomes(nlp, "We investigated the influences of MSCs on the injured cord.") == {}
    assert outcomes(nlp, "This reduction was greater in the treated group.") == {}


def test_read_outs_of_animal_models_by_their_composition(nlp):
    # the onset of a named sign is disease onset, unless it is a time point
    assert outcomes(nlp, "The grafts delayed the onset of hindlimb paralysis.") == {
        "onset of hindlimb paralysis": "outcome:disease_onset"}
    assert outcomes(nlp, "Treatment delayed the onset of clinical symptoms by ten days.") == {
        "onset of clinical symptoms": "outcome:disease_onset"}
    assert outcomes(nlp, "Cells were injected after the onset of clinical signs.") == {}
    # motor neurons counted or kept, with an amount in between or in the passive
    assert outcomes(nlp, "The grafts preserved 40% more lumbar motor neurons.") == {
        "preserved 40% more lumbar motor neurons": "outcome:motor_neuron_survival"}
    assert outcomes(nlp, "Motor neurons were significantly preserved in treated mice.") == {
        "Motor neurons were significantly preserved": "outcome:motor_neuron_survival"}
    assert outcomes(nlp, "Motor neurons were identified by their size.") == {}
    assert outcomes(nlp, "Treatment increased the number of α-motoneurons.") == {
        "number of α-motoneurons": "outcome:motor_neuron_survival"}
    # muscle atrophy and endplates are neuromuscular read-outs
    assert outcomes(nlp, "Atrophy of the gastrocnemius muscle was reduced.") == {
        "Atrophy of the gastrocnemius muscle": "outcome:neuromuscular"}
    assert outcomes(nlp, "Treated mice kept more innervated endplates and fewer denervated NMJs.") == {
        "innervated endplates": "outcome:neuromuscular", "denervated NMJs": "outcome:neuromuscular"}
    assert outcomes(nlp, "The medium increased total neurite length.") == {"neurite length": "outcome:other"}


def test_whose_survival_and_where_cells_went(nlp):
    # the survival of animals named by their treatment is survival; that of cells in a dish is not
    assert outcomes(nlp, "The survival of MSC-treated mice was prolonged.") == {"survival": "outcome:survival"}
    # (NSC-34 is a cell-line mention since helper BU, s21: the survival of the named line is one read-out)
    assert outcomes(nlp, "The medium increased the survival of NSC-34 cells.") == {
        "survival of NSC-34 cells": "outcome:other"}
    # a bare onset with what became of it, and a time to onset, are disease onset
    assert outcomes(nlp, "Onset was significantly delayed in grafted mice.") == {"Onset": "outcome:disease_onset"}
    assert outcomes(nlp, "Time to onset was longer in grafted mice.") == {"Time to onset": "outcome:disease_onset"}
    # immune cells moving into the cord name no route
    doc = nlp("The grafts reduced the infiltration of CD4+ T cells into the spinal cord.")
    assert not [e for e in doc.ents if e.label_ == "ROUTE"], [e.text for e in doc.ents]
    assert [e.text for e in nlp("Cells were transplanted into the spinal cord.").ents if e.label_ == "ROUTE"] == [
        "into the spinal cord"]
    # paraphrases of SPEC's concepts
    assert outcomes(nlp, "Peak expiratory flow and ventilator dependence improved.") == {
        "Peak expiratory flow": "outcome:respiratory_function", "ventilator dependence": "outcome:respiratory_function"}
    assert outcomes(nlp, "The grafts reduced astrocyte reactivity and NLRP3 activation.") == {
        "astrocyte reactivity": "outcome:inflammation", "NLRP3 activation": "outcome:inflammation"}
    assert outcomes(nlp, "Limb weakness and hindlimb weakness were scored.") == {
        "Limb weakness": "outcome:muscle_strength", "hindlimb weakness": "outcome:muscle_strength"}
    assert outcomes(nlp, "Apoptosis of motor neurons and protein carbonylation decreased.") == {
        "Apoptosis of motor neurons": "outcome:motor_neuron_survival",
        "protein carbonylation": "outcome:oxidative_stress"}


def test_tracked_grafts_places_and_doses_are_no_end_points(nlp):
    # a label the grafted cells carry tracks the graft; a marker of the host's cells is a count
    for text in ("GFP-positive cells were found in the muscle.", "PKH26-labelled cells were detected in the cord.",
                 "BrdU-labelled cells survived for 8 weeks.", "GFP+ cells were seen near motor neurons."):
        assert outcomes(nlp, text) == {}, text
    assert outcomes(nlp, "ChAT-positive cells were more numerous after the grafts.") == {
        "ChAT-positive cells": "outcome:motor_neuron_survival"}
    # a place named by its pathology is where the cells went; the same words after a change verb are a result
    assert outcomes(nlp, "The MSCs homed to sites of inflammation.") == {}
    assert outcomes(nlp, "Grafted cells accumulated in the areas of demyelination.") == {}
    assert outcomes(nlp, "The MSCs reduced the area of demyelination.") != {}
    # body weight in a dose is the dose's unit
    assert outcomes(nlp, "Patients received 1 × 10^6 MSCs per kg body weight.") == {}
    assert outcomes(nlp, "Mice received 2 × 10^6 cells/kg body weight.") == {}
    assert outcomes(nlp, "The dose was adjusted to body weight.") == {}
    assert outcomes(nlp, "Treated mice lost 2 g of body weight less.") == {"body weight": "outcome:body_weight"}


def test_survival_said_by_its_verb_after_a_long_subject(nlp):
    for text in ("Mice treated with MSCs lived longer than controls.",
                 "SOD1 mice treated with MSCs survived significantly longer than vehicle-treated littermates."):
        assert "outcome:survival" in outcomes(nlp, text).values(), text
    # the cells' own survival is not the animals'
    assert outcomes(nlp, "Grafted MSCs survived longer in the spinal cord.") == {}
    assert outcomes(nlp, "Transplanted cells survived longer in mice given cyclosporine.") == {}


def test_a_place_before_a_coordinated_end_point_is_no_list_member(nlp):
    assert outcomes(nlp, "MSCs reduced inflammation in the spinal cord and survival was prolonged.") == {
        "inflammation": "outcome:inflammation", "survival": "outcome:survival"}
    assert "spinal cord atrophy" in outcomes(nlp, "MSCs improved muscle strength and spinal cord atrophy.")


@pytest.mark.parametrize("text, route", [
    ("Neural progenitors were transplanted in the lumbar spinal cord of SOD1 rats.", "route:intraspinal"),
    ("MSCs were injected in the gastrocnemius muscle.", "route:intramuscular"),
    ("MSCs were injected bilaterally in the striatum.", "route:intracerebral"),
    ("MSCs were injected into the fourth ventricle.", "route:intracerebroventricular"),
    ("MSCs were transplanted into the primary motor cortex.", "route:intracerebral"),
    ("The grafts survived and integrated after transplantation in intact spinal cord.", "route:intraspinal"),
    ("Motor neurons in the lumbar spinal cord were counted.", None),
    ("Grafted cells in ischemic brain survived poorly.", None),
])
def test_a_site_after_in_or_to_is_a_route_only_after_a_giving(nlp, text, route):
    got = [e._.concept_id for e in nlp(text).ents if e.label_ == "ROUTE"]
    assert got == ([route] if route else []), got


def cell_mentions(nlp, text):
    return [(e.text, e._.concept_id) for e in nlp(text).ents if e.label_ == "CELL_TYPE"]


def test_cells_made_from_stem_cells_and_spelled_out_msc_products(nlp):
    assert cell_mentions(nlp, "Induced pluripotent stem cell (iPSC)-derived motor neurons were grafted.") == [
        ("Induced pluripotent stem cell (iPSC)-derived motor neurons", "cell:motor_neuron")]
    assert cell_mentions(nlp, "Human embryonic stem cell-derived astrocytes were grafted.") == [
        ("Human embryonic stem cell-derived astrocytes", "cell:astrocyte")]
    assert cell_mentions(nlp, "We gave autologous mesenchymal stem cell-derived neural progenitors.") == [
        ("mesenchymal stem cell-derived neural progenitors", "cell:nsc")]
    assert cell_mentions(nlp, "Mesenchymal stromal cell-derived exosomes were injected.") == [
        ("Mesenchymal stromal cell-derived exosomes", "cell:msc_ev")]
    assert cell_mentions(nlp, "Bone marrow stromal cell-derived conditioned medium was applied.") == [
        ("Bone marrow stromal cell-derived conditioned medium", "cell:msc_ev")]


def test_a_marker_in_a_body_fluid_as_the_subject_of_its_change(nlp):
    assert outcomes(nlp, "CSF IL-6 decreased after MSC injection.") == {"CSF IL-6": "outcome:inflammation"}
    assert outcomes(nlp, "Serum IL-10 increased and IL-17 decreased after the infusions.") == {
        "Serum IL-10": "outcome:inflammation", "IL-17": "outcome:inflammation"}
    # a cytokine that acts on cells in a dish is no end point
    assert "IL-6" not in outcomes(nlp, "IL-6 increased the proliferation of MSCs.")


@pytest.mark.parametrize("token, concept", [
    ("rMSCs", "cell:msc"), ("rADSCs", "cell:ad_msc"), ("rBM-MSCs", "cell:bm_msc"), ("mNSCs", "cell:nsc"),
    ("hNPCs", "cell:nsc"),
])
def test_a_species_prefix_on_a_cells_short_form(nlp, token, concept):
    assert cell_mentions(nlp, f"{token} were injected intrathecally.") == [(token, concept)]
    assert cell_mentions(nlp, "The mRNA of rAAV vectors was measured.") == []


def test_paired_adjectives_of_trophic_factors_name_the_class(nlp):
    for text in ("MSCs release trophic and immunomodulatory factors.",
                 "Neurotrophic and angiogenic factors secreted by MSCs protect neurons."):
        got = {e.text.lower(): e._.concept_id for e in nlp(text).ents if e.label_ == "NEUROTROPHIC_FACTOR"}
        assert list(got.values()) == ["factor:ntf"], got


def test_spelled_out_markers_with_their_short_forms(nlp):
    got = outcomes(nlp, "MSCs decreased interleukin-6 (IL-6) and increased interleukin-10 (IL-10) in the CSF.")
    assert got.get("interleukin-6") == got.get("interleukin-10") == "outcome:inflammation", got
    assert outcomes(nlp, "MSCs decreased interleukin-6 and increased interleukin-10 in the CSF.") == {
        "interleukin-6": "outcome:inflammation", "interleukin-10": "outcome:inflammation"}
    assert outcomes(nlp, "Glial fibrillary acidic protein (GFAP) immunoreactivity was reduced.") == {
        "Glial fibrillary acidic protein (GFAP) immunoreactivity": "outcome:inflammation"}
    # a cytokine the cells were treated with is no end point
    assert outcomes(nlp, "The MSCs were treated with interleukin-1β before injection.") == {}


def test_a_comparison_arm_is_no_end_point(nlp):
    assert outcomes(nlp, "Compared with PRO-ACT controls, survival was longer in MSC-treated patients.") == {
        "survival": "outcome:survival"}


def test_age_at_onset_and_a_hyphenated_hanging_wire_are_end_points(nlp):
    assert outcomes(nlp, "MSCs did not alter the age at onset.") == {"age at onset": "outcome:disease_onset"}
    assert outcomes(nlp, "Treated mice declined more slowly in hanging-wire performance.") == {
        "hanging-wire": "outcome:motor_function"}
    assert outcomes(nlp, "At onset, mice were treated with MSCs.") == {}


def test_what_cells_protect_from_is_the_insult_not_the_end_point(nlp):
    assert outcomes(nlp, "Conditioned medium from MSCs protected primary motor neurons from glutamate "
                         "excitotoxicity.") == {"protected primary motor neurons": "outcome:motor_neuron_survival"}


def test_a_disease_duration_among_demographics_is_no_end_point(nlp):
    assert outcomes(nlp, "Mean age was 52 years and mean disease duration 18.4 months.") == {}


def test_a_marker_written_out_before_its_symbol_is_the_object_of_a_change(nlp):
    # (helper EO, s27) the long form's last word (`protein`, `ligand`) is no measure, but the symbol defined right
    # after it is a marker: the long form and its symbol are two mentions of the end point
    got = outcomes(nlp, "Grafted cells lowered glial fibrillary acidic protein (GFAP) in the lumbar cord of the rats.")
    assert got == {"glial fibrillary acidic protein": "outcome:inflammation", "GFAP": "outcome:inflammation"}
    got = outcomes(nlp, "Serum showed a drop in C-C motif chemokine ligand 2 (CCL2) after the second infusion.")
    assert set(got) == {"C-C motif chemokine ligand 2", "CCL2"}
    # a symbol that is no marker, or one that does not spell the words before it, makes no end point
    assert outcomes(nlp, "The nurses lowered the dose of riluzole (RLZ) after the third month.") == {}
    assert outcomes(nlp, "The nurses lowered the head of the bed (GFAP) after the third month.") == {}


def test_a_disease_known_for_its_damage_is_defined_not_measured(nlp):
    # (helper EO, s27) `X is known for ...` defines the disease like `X is characterized by ...`
    doc = nlp("Huntington disease is known for its damage to striatal neurons and for neuronal loss, "
              "often manifesting as cognitive impairments.")
    assert not [e.text for e in doc.ents if e.label_ == "OUTCOME"]
    kept = outcomes(nlp, "Huntington disease is known for neuronal loss. Grafted MSCs reduced neuronal loss in the mice.")
    assert "neuronal loss" in kept
    # the cells are what is known for the change: an end point of the cells
    assert "microgliosis" in outcomes(nlp, "In ALS mice, MSCs are known for reducing microgliosis.")


def test_a_trait_called_a_feature_of_the_disease_defines_it(nlp):
    # (helper EU, s27) `X is a cardinal feature of <disease>` defines the disease as `a hallmark of` does
    for text in ("Motor neuron loss is a key feature of amyotrophic lateral sclerosis.",
                 "Muscle atrophy and weight loss are common features of ALS."):
        assert not [e.text for e in nlp(text).ents if e.label_ == "OUTCOME"], text
    # a result naming the disease, a clinical finding and a treatment's effect keep their end points
    assert "motor neuron loss" in outcomes(nlp, "In ALS mice, MSCs delayed motor neuron loss.")
    assert "Survival" in outcomes(nlp, "Survival was prolonged in patients with ALS.")
    assert "motor neuron loss" in outcomes(nlp, "Riluzole reduced motor neuron loss, a cardinal feature of ALS, in the mice.")
    assert not [e.text for e in nlp("A common feature of all forms of ALS is motor neuron loss.").ents
                if e.label_ == "OUTCOME"]
    # features a patient or a study has are no definition: the finding beside them stays
    for text in ("Patients had typical clinical features of ALS, and their serum creatinine levels remained normal.",
                 "The clinical features of ALS were recorded, and serum creatinine levels remained normal."):
        assert [e.text for e in nlp(text).ents if e.label_ == "OUTCOME"], text


def test_a_burden_sentence_keeps_what_a_treatment_changed(nlp):
    # (helper EU, s27) a background sentence that reports a treatment's effect names an end point (SPEC section 1)
    assert "survival" in outcomes(nlp, "The prevalence of ALS is rising, and riluzole prolongs survival by a few months.")
    assert "microgliosis" in outcomes(nlp, "Riluzole reduced microgliosis, a hallmark of ALS.")
    assert "Microgliosis" in outcomes(nlp, "Microgliosis, a hallmark of ALS, was reduced by riluzole.")
    assert "mortality" in outcomes(nlp, "Riluzole has significantly reduced mortality in ALS, a disease with a heavy burden.")
    # what the disease itself does to an end point stays its burden, as does a state named by a participle
    assert not [e.text for e in nlp("Motor neuron loss with reduced muscle strength is a hallmark of ALS.").ents
                if e.label_ == "OUTCOME"]
    for text in ("The incidence of ALS is rising and it worsens the quality of life of whole families.",
                 "The burden of ALS is heavy because it shortens survival and impairs respiratory function."):
        assert not [e.text for e in nlp(text).ents if e.label_ == "OUTCOME"], text


@pytest.mark.parametrize("text, marker", [
    ("The grafts lowered macrophage inflammatory protein-1α (MIP-1α) in the lumbar cord of the rats.", "MIP-1α"),
    ("The grafts lowered MIP-1α and IL-6 in the lumbar cord of the rats.", "MIP-1α"),
    ("MIP-1beta was reduced in the lumbar cord of the treated rats.", "MIP-1beta"),
])
def test_a_macrophage_inflammatory_protein_symbol_is_a_marker(nlp, text, marker):
    # (helper EW, s27) the chemokine's symbol (`MIP-1α`) is a marker like `MCP-1`: the object or subject of a change
    assert marker in outcomes(nlp, text)


def test_a_chemokine_ligand_written_out_alone_is_the_object_of_a_change(nlp):
    # (helper EW, s27) `lowered C-X-C motif chemokine ligand 12` with no symbol and no list: the chemokine written out
    # is measured as `interleukin 8` is, its number part of the name
    got = outcomes(nlp, "The grafts lowered C-X-C motif chemokine ligand 12 in the lumbar cord of the rats.")
    assert got == {"C-X-C motif chemokine ligand 12": "outcome:inflammation"}
    # a ligand of no chemokine is no end point
    assert outcomes(nlp, "The chemists lowered the receptor ligand 12 times in the assay buffer.") == {}
