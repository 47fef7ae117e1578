"""Extraction of claims about states and international agreements from news text.

Pure: text in, candidates out; no database, no settings, no network.
"""

from ingest.extract.core import Candidate, extract
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.language import detect_language

__all__ = ["Candidate", "Gazetteer", "detect_language", "extract"]
