"""Writes of the candidates app, by subject."""
