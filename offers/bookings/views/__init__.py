"""Views of requests (requests.py), the two workspaces (workspaces.py) and the CSV export."""
