"""casualty-check: casualty and population figures in the news, extracted and cross-checked.

The package follows the data: ingest (articles) -> extract (figures) -> normalise (numbers,
places, time windows) -> rules (findings) -> report (HTML, JSON, SARIF, ...).
"""
__version__ = "0.1.0"
