"""Exports of figures (XLSX, CSV, PDF): plain renderers fed by services, no Qt and no database access."""
