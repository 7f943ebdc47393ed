"""Alembic migrations, shipped inside the package as utregs_plekkie.migrations."""
