"""Views of the Leercommunity, one module per concern."""
