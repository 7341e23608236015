"""Keyring details that cannot run here: Windows keeps the credential on this machine."""

from __future__ import annotations

from typing import Any

from sbdesk.store import keyring_slot


class WinVaultKeyring:  # the name keyring_slot recognises; stands in for keyring's Windows backend
    def __init__(self) -> None:
        self.set_to: list[Any] = []

    @property
    def persist(self) -> Any:
        return self.set_to[-1] if self.set_to else "enterprise"

    @persist.setter
    def persist(self, value: Any) -> None:
        self.set_to.append(value)


class FakeKeyringModule:
    def __init__(self, backend: Any) -> None:
        self.backend = backend

    def get_keyring(self) -> Any:
        return self.backend


def test_windows_credentials_are_kept_on_this_machine() -> None:
    backend = WinVaultKeyring()
    keyring_slot._prefer_local_persistence(FakeKeyringModule(backend))
    assert backend.set_to == ["local machine"]  # keyring's Persistence setter maps it to CRED_PERSIST_LOCAL_MACHINE


def test_other_backends_are_left_alone() -> None:
    class SecretServiceKeyring:
        persist = "untouched"

    backend = SecretServiceKeyring()
    keyring_slot._prefer_local_persistence(FakeKeyringModule(backend))
    assert backend.persist == "untouched"
