"""Pages of the requisitions app: staff pages (requisitions, demand table, approval, profiles) and
the public careers pages."""
