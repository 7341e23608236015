"""Registers: lazily fetched table models and the page that shows one (search, filters, sort, edit)."""
