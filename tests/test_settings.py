"""Settings: one table feeds the runtime and the README; env and overrides win in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from belli.errors import SettingError
from belli.settings import SETTINGS, Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented_in_the_readme_with_its_default() -> None:
    rows = dict(re.findall(r"^\| `(\w+)` \| `?([^|`]+?)`? \|", README.read_text(), re.MULTILINE))
    for setting in SETTINGS:
        assert setting.name in rows, f"README lacks setting {setting.name}"
        shown = rows[setting.name].strip().lower()
        if setting.default == "":
            assert shown == "(none)"
            continue
        assert shown == str(setting.default).lower() or float(shown) == setting.default


def test_settings_dataclass_defaults_match_the_table() -> None:
    defaults = Settings()
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default


def test_environment_overrides_default_and_explicit_override_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BELLI_BATCH_SIZE", "7")
    monkeypatch.setenv("BELLI_ALLOW_PRIVATE_URLS", "yes")
    assert Settings.load().batch_size == 7
    assert Settings.load().allow_private_urls is True
    assert Settings.load(batch_size=3).batch_size == 3


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"batch_size": "many"}, "expects int"),
        ({"batch_size": 0}, "at least 1"),
        ({"pre_policy": "fold"}, "pre_policy"),
        ({"gemm": "mkl"}, "gemm must be numpy or blis"),
        ({"colour": "red"}, "unknown setting"),
    ],
)
def test_bad_values_raise_a_setting_error(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(SettingError, match=message):
        Settings.load(**overrides)
