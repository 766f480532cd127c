"""A school's needs: profiles, matching, shortlist, plan, alerts (part of the offers app)."""
