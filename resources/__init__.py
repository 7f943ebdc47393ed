"""Data files shipped with the package (geodata, translations, pack templates)."""
