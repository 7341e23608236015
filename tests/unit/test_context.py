"""ServiceContext: a read inside a write uses the write's session (one transaction per connection)."""

from __future__ import annotations

import pytest

from sbdesk.domain.setting import Setting
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import get_setting
from tests.conftest import COORDINATOR


def test_a_read_inside_a_write_sees_it_and_does_not_end_it(ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Setting(key="test.one", value=1))
        s.flush()
        assert get_setting(ctx, "coordinator.name") == COORDINATOR  # a service reading mid-write
        with ctx.read() as inner:
            assert inner.get(Setting, "test.one") is not None  # sees the write's own changes
        s.add(Setting(key="test.two", value=2))
    with ctx.read() as s:
        assert s.get(Setting, "test.one").value == 1 and s.get(Setting, "test.two").value == 2


def test_a_failing_write_rolls_back_even_after_a_nested_read(ctx: ServiceContext) -> None:
    with pytest.raises(ZeroDivisionError), ctx.write() as s:
        s.add(Setting(key="test.gone", value=1))
        get_setting(ctx, "coordinator.name")
        raise ZeroDivisionError
    with ctx.read() as s:
        assert s.get(Setting, "test.gone") is None


def test_a_write_inside_a_write_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(RuntimeError), ctx.write(), ctx.write():
        pass
    with ctx.write() as s:  # the context is usable again afterwards
        s.add(Setting(key="test.after", value=1))
