"""Interviews, the question bank, interview kits and scorecards (issue: interviews)."""
