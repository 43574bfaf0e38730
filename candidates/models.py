"""Candidates, applications and their pipeline, offers and probation (issues: applying, pipeline, offers)."""
