"""extract: police and crime scrutiny documents into clean, reconciled data.

``extract.run(paths, out="output")`` runs the pipeline and returns its tables;
``extract.open("output")`` reads a run's output.  Both give a
``extract.dataset.api.Dataset`` of pandas DataFrames (imported only when called,
so ``import extract`` stays light)."""
__version__ = "0.1.0"


def run(paths, out="output", **kwargs):
    """Run over files and folders, write ``out``, return the tables (a ``Dataset``)."""
    from .dataset.api import run as _run

    return _run(paths, out=out, **kwargs)


def open(folder="output"):  # noqa: A001 - the documented name
    """The tables of a run's output folder (a ``Dataset``)."""
    from .dataset.api import open_dataset

    return open_dataset(folder)
