"""extract: police and crime scrutiny documents into clean, reconciled data."""
__version__ = "0.1.0"
