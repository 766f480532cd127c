from .health import health

__all__ = ["health"]
