"""Study design and species of relation rows, from invented PubMed records through the real path:
PubMed XML -> Document -> documents row -> the full spaCy pipeline -> relation rows."""
from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from pipeline.engines.annotate import annotate_rows
from pipeline.fetch.pubmed_xml import parse_bytes
from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def record_xml(pmid: str, title: str, abstract: str, pubtypes=(), mesh=()) -> str:
    types = "".join(f"<PublicationType>{escape(t)}</PublicationType>" for t in ("Journal Article", *pubtypes))
    heads = "".join(f"<MeshHeading><DescriptorName>{escape(m)}</DescriptorName></MeshHeading>" for m in mesh)
    return (f'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">{pmid}</PMID><Article>'
            f"<Journal><JournalIssue><PubDate><Year>2022</Year></PubDate></JournalIssue><Title>J</Title></Journal>"
            f"<ArticleTitle>{escape(title)}</ArticleTitle><Abstract><AbstractText>{escape(abstract)}</AbstractText>"
            f"</Abstract><PublicationTypeList>{types}</PublicationTypeList></Article>"
            + (f"<MeshHeadingList>{heads}</MeshHeadingList>" if heads else "")
            + "</MedlineCitation></PubmedArticle>")


def context_of(nlp, title, abstract, pubtypes=(), mesh=()):
    """(study_design, species) of the relation rows of one invented record (all rows agree)."""
    data = f"<PubmedArticleSet>{record_xml('39000001', title, abstract, pubtypes, mesh)}</PubmedArticleSet>"
    docs, _ = parse_bytes(data.encode(), "invented.xml")
    rows = annotate_rows(nlp, [d.to_row() for d in docs], "test").relations
    assert rows, "the invented abstract must yield relation rows"
    got = {(r["study_design"], r["species"]) for r in rows}
    assert len(got) == 1
    return got.pop()


DOG_TRIAL = ("Intrathecal stromal cells in dogs with disc disease",
             "Forty client-owned dogs with chronic paraplegia were randomly assigned to intrathecal bone marrow "
             "mesenchymal stem cells or saline. Bone marrow mesenchymal stem cells improved gait scores at 12 weeks.")


@pytest.mark.parametrize("pubtypes, mesh", [
    (["Randomized Controlled Trial, Veterinary"], ["Animals", "Dogs", "Paraplegia"]),
    (["Randomized Controlled Trial, Veterinary"], []),          # in-process record: no MeSH yet
    ([], ["Animals", "Dogs", "Paraplegia"]),
])
def test_a_veterinary_trial_is_about_its_animals(nlp, pubtypes, mesh):
    design, species = context_of(nlp, *DOG_TRIAL, pubtypes=pubtypes, mesh=mesh)
    assert species == "other"
    assert design in ("rct", "clinical_trial", "animal")


def test_mesh_check_tags_outweigh_a_reagent_named_in_the_text(nlp):
    # a human study whose cells were typed with a mouse antibody: MeSH says Humans and no Animals
    title = "Intrathecal marrow stromal cells in people with ALS"
    abstract = ("Twelve patients with ALS received intrathecal bone marrow mesenchymal stem cells. Before release the "
                "cells were typed with a mouse anti-human CD105 antibody and a mouse monoclonal CD90 antibody. "
                "Bone marrow mesenchymal stem cells slowed the decline of the ALSFRS-R score.")
    assert context_of(nlp, title, abstract, mesh=["Humans", "Amyotrophic Lateral Sclerosis"]) == ("other", "human")
    # without MeSH the antibodies' host still names no subject: the people do
    assert context_of(nlp, title, abstract) == ("other", "human")


def test_mesh_rats_outweigh_patients_and_mice_named_in_the_background(nlp):
    title = "Intraspinal stromal cells after spinal cord contusion"
    abstract = ("Patients with spinal cord injury have few options, and earlier work in mice was promising. "
                "Bone marrow mesenchymal stem cells were injected intraspinally after contusion and "
                "improved hindlimb locomotion.")
    assert context_of(nlp, title, abstract, mesh=["Animals", "Rats", "Rats, Sprague-Dawley"])[1] == "rat"


def test_antibody_hosts_are_no_subject_species(nlp):
    title = "Intrathecal stromal cells in rats with nerve injury"
    abstract = ("Bone marrow mesenchymal stem cells were given intrathecally to rats after nerve crush and improved "
                "hindlimb locomotion. Sections were stained with rabbit anti-GFAP and rabbit polyclonal Iba1 "
                "antibodies, visualised with goat anti-rabbit IgG.")
    assert context_of(nlp, title, abstract) == ("animal", "rat")


def test_a_retrospective_review_of_records_is_observational(nlp):
    title = "Intrathecal stromal cells in ALS: a single-centre experience"
    abstract = ("We retrospectively reviewed the medical records of 40 patients with ALS given intrathecal bone marrow "
                "mesenchymal stem cells. Bone marrow mesenchymal stem cells were well tolerated.")
    assert context_of(nlp, title, abstract) == ("observational", "human")


def test_a_phase_of_an_experiment_is_no_clinical_trial(nlp):
    title = "Intrathecal stromal cells in SOD1 mice"
    abstract = ("Grip strength of the mice declined in a fast phase 1 and a slow phase 2. Intrathecal bone marrow "
                "mesenchymal stem cells delayed the decline of grip strength.")
    assert context_of(nlp, title, abstract) == ("animal", "mouse")


def test_a_human_gene_is_no_animal_model(nlp):
    title = "Intrathecal stromal cells in carriers of SOD1 variants"
    abstract = ("Nine patients carrying SOD1 variants received intrathecal bone marrow mesenchymal stem cells. "
                "Bone marrow mesenchymal stem cells slowed the decline of the ALSFRS-R score.")
    assert context_of(nlp, title, abstract) == ("other", "human")


def test_immune_surveillance_is_no_observational_study(nlp):
    title = "Stromal cells escape immune surveillance in mice"
    abstract = ("Bone marrow mesenchymal stem cells given intravenously to mice escaped immune surveillance and "
                "reduced motor deficits.")
    assert context_of(nlp, title, abstract) == ("animal", "mouse")


# --- helper EZ (s28): design cues found on the invented abstracts (tests/fixtures/invented_abstracts.xml) ---

def test_a_randomized_trial_called_for_is_no_randomized_trial(nlp):
    # the open-label study ends by asking for a randomized trial: its own design is the open-label one
    title = "Intravenous stromal cells in ALS: an open-label study"
    abstract = ("Fifteen patients with ALS received intravenous umbilical cord mesenchymal stem cells in an open-label "
                "study. Umbilical cord mesenchymal stem cells were well tolerated. A randomized placebo-controlled "
                "trial is warranted.")
    assert context_of(nlp, title, abstract) == ("clinical_trial", "human")


def test_a_randomized_trial_done_is_one(nlp):
    # near-miss: the trial the abstract reports, with the future trial asked for as well
    title = "Intravenous stromal cells in ALS: a randomized trial"
    abstract = ("Thirty patients with ALS were randomized to intravenous umbilical cord mesenchymal stem cells or "
                "saline. Umbilical cord mesenchymal stem cells were well tolerated. Larger trials are needed.")
    assert context_of(nlp, title, abstract) == ("rct", "human")


def test_a_case_series_naming_one_of_its_patients_stays_a_case_series(nlp):
    title = "Intraspinal stromal cells in ALS: a case series"
    abstract = ("We describe six patients with ALS given intraspinal bone marrow mesenchymal stem cells. At autopsy one "
                "patient showed fewer activated microglia near the graft. Bone marrow mesenchymal stem cells were "
                "well tolerated.")
    assert context_of(nlp, title, abstract) == ("case_series", "human")


def test_cells_treated_in_a_dish_keep_an_in_vitro_study_in_vitro(nlp):
    # microglia taken from mice and treated in culture: no animal was treated
    title = "Stromal cell exosomes calm mouse microglia in vitro"
    abstract = ("Microglia isolated from SOD1-G93A mice were treated with bone marrow mesenchymal stem cell exosomes "
                "in culture. Bone marrow mesenchymal stem cell exosomes reduced inflammatory cytokines.")
    assert context_of(nlp, title, abstract) == ("in_vitro", "mouse")


def test_treated_mice_make_an_animal_study(nlp):
    # near-miss: the mice themselves were treated, and the text also names an assay in vitro
    title = "Stromal cell exosomes in SOD1 mice"
    abstract = ("SOD1-G93A mice were treated with bone marrow mesenchymal stem cell exosomes for four weeks; "
                "spinal cytokines were measured by ELISA. Bone marrow mesenchymal stem cell exosomes reduced "
                "inflammatory cytokines.")
    assert context_of(nlp, title, abstract) == ("animal", "mouse")


def test_a_named_animal_model_keeps_a_study_with_cultures_an_animal_study(nlp):
    # near-miss: no animal is said to be treated, but the study is about its mouse model, with cultures beside it
    title = "Stromal cell exosomes in a mouse model of ALS"
    abstract = ("We studied the SOD1-G93A mouse model of ALS, and astrocytes cultured from its spinal cord. Bone marrow "
                "mesenchymal stem cell exosomes reduced inflammatory cytokines.")
    assert context_of(nlp, title, abstract) == ("animal", "mouse")


# --- helper FE (s28): design cues found on the blind invented abstracts (tests/fixtures/invented_abstracts_blind.xml) ---

def test_an_editorial_is_no_trial_it_discusses(nlp):
    # an opinion piece that cites a randomized trial: its own design is none of the trial designs
    title = "Stem cell clinics and the ALS community"
    abstract = ("A randomized placebo-controlled trial of umbilical cord mesenchymal stem cells found no benefit. "
                "Umbilical cord mesenchymal stem cells were given intrathecally, and clinics still sell them.")
    assert context_of(nlp, title, abstract, pubtypes=["Editorial"])[0] == "other"
    assert context_of(nlp, title, abstract, pubtypes=["Comment"])[0] == "other"
    # near-miss: the same text as a research article keeps its trial cue
    assert context_of(nlp, title, abstract)[0] == "rct"


def test_mice_given_vesicles_by_a_route_make_an_animal_study(nlp):
    # the vesicles came from cultured cells, but the mice received them intranasally: an animal study
    title = "Stromal cell exosomes after stroke in mice"
    abstract = ("Exosomes from bone marrow mesenchymal stem cells cultured in hypoxia were given intranasally to mice "
                "after arterial occlusion. Bone marrow mesenchymal stem cell exosomes reduced infarct volume.")
    assert context_of(nlp, title, abstract) == ("animal", "mouse")

