"""Persistence: the encrypted database, key slots, migrations, audit chain, verification. No Qt."""
