"""Writes of the requisitions app, by subject."""
