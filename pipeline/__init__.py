"""litmine: PubMed -> entities and relations for cell therapy in ALS -> Parquet tables."""

__version__ = "0.1.0"
