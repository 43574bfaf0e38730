"""Position profiles, requisitions with their demand table and approval chain (issue: requisitions)."""
