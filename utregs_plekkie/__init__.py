"""Utregs Plekkie: werving en matching van pleeg- en steunouders."""

__version__ = "0.1.0"
