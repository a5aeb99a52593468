"""notebooks/explore_relations.ipynb runs headless (nbclient) on tables the test writes.

The kernel is this interpreter (`sys.executable`), registered in a temporary kernelspec folder,
so the test works in a fresh venv without `ipykernel install`. `data_dir` is injected the way
`papermill -p data_dir PATH` does it (papermill's own parameterize_notebook).
"""
from __future__ import annotations

import importlib.util
import os
import sys

import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from analysis_fixtures import write_tables
from conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK = NOTEBOOKS / "explore_relations.ipynb"
KERNEL = "litmine-test"


@pytest.fixture(scope="module")
def jupyter_home(tmp_path_factory):
    """Shared by the kernels of this module, so matplotlib builds its font cache once."""
    home = tmp_path_factory.mktemp("jupyter")
    write_kernel_spec(home / "kernels" / KERNEL, overrides={"display_name": "litmine test"})
    return home


@pytest.fixture
def kernel_env(jupyter_home, monkeypatch):
    """A kernelspec for sys.executable, and a kernel environment that touches no home folder."""
    monkeypatch.setenv("IPYTHONDIR", str(jupyter_home / "ipython"))
    monkeypatch.setenv("MPLCONFIGDIR", str(jupyter_home / "matplotlib"))
    # the inline backend is what turns figures into image/png outputs; CI may have set Agg
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    # the kernel imports `pipeline` from this checkout, whatever the venv's editable install points at
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return KernelSpecManager(kernel_dirs=[str(jupyter_home / "kernels")])


def execute(data_dir, kernel_specs) -> nbformat.NotebookNode:
    nb = parameterize_notebook(load_notebook_node(str(NOTEBOOK)), {"data_dir": str(data_dir)})
    km = KernelManager(kernel_name=KERNEL, kernel_spec_manager=kernel_specs)
    NotebookClient(nb, km=km, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


def outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def text_of(nb: nbformat.NotebookNode) -> str:
    return "\n".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in outputs(nb))


def test_notebook_runs_on_tables_and_draws_every_figure(tmp_path, kernel_env):
    data_dir = write_tables(tmp_path / "data", "symlink")  # dataset folders behind symlinks
    nb = execute(data_dir, kernel_env)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and str(data_dir) in injected[0].source

    outs = outputs(nb)
    assert not [o for o in outs if o.output_type == "error"]
    text = text_of(nb)
    assert f"{data_dir}: 6 documents, 44 entity mentions, 19 relation mentions" in text
    assert "5 ALS documents" in text
    assert "no relations yet" not in text

    n_plots = sum(c.source.count("plots.") for c in nb.cells if c.cell_type == "code")
    assert n_plots >= 5
    images = [o for o in outs if "image/png" in o.get("data", {})]
    assert len(images) >= n_plots

    html = [o["data"]["text/html"] for o in outs if "text/html" in o.get("data", {})]
    evidence = [h for h in html if 'class="entities"' in h]  # displaCy's ent markup
    assert len(evidence) == 1
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/10000001/"' in evidence[0]
    assert "2 papers, 3 sentences" in evidence[0]
    # the DuckDB cell: ALS papers only, distinct PMIDs (the stroke paper's intravenous route is out)
    duck = html[-1]
    assert "route:intrathecal" in duck and "cell:bm_msc" in duck


def test_notebook_on_empty_tables_says_so(tmp_path, kernel_env):
    data_dir = write_tables(tmp_path / "data", "file", empty=True)
    nb = execute(data_dir, kernel_env)
    text = text_of(nb)
    assert f"{data_dir}: 0 documents, 0 entity mentions, 0 relation mentions" in text
    assert text.count("no relations yet") >= 6
    assert not [o for o in outputs(nb) if o.output_type == "error"]


def test_committed_notebook_is_the_generated_one_without_outputs():
    spec = importlib.util.spec_from_file_location("build_explore_relations", NOTEBOOKS / "build_explore_relations.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert NOTEBOOK.read_text(encoding="utf-8") == builder.render(), "run notebooks/build_explore_relations.py"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "data_dir =" in params[0].source
    assert nb.metadata.kernelspec.name == "python3"


# helper DV: relations present but none in ALS papers (a corpus not about ALS): the notebook must not say
# "no relations yet", which reads as "nothing was extracted"
def test_dv_notebook_without_als_papers_does_not_say_no_relations_yet(tmp_path, kernel_env):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    data_dir = write_tables(tmp_path / "data", "file")
    entities = pq.read_table(data_dir / "entities.parquet")
    concept = entities.schema.get_field_index("concept_id")
    entities = entities.set_column(concept, "concept_id", pc.replace_substring(
        entities["concept_id"], "disease:als", "disease:other").cast(pa.string()))
    pq.write_table(entities, data_dir / "entities.parquet")
    nb = execute(data_dir, kernel_env)
    assert not [o for o in outputs(nb) if o.output_type == "error"]
    text = text_of(nb)
    assert "0 ALS documents" in text
    assert "no AFFECTS relations in clinical or preclinical ALS papers" in text
    assert "no relations yet" not in text
