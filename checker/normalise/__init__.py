"""Normalise what the extractor found: numbers, intervals, places, time windows."""
