"""The start-up's choice of Qt platform: one the on-screen keyboard works on, unless the person chose."""

from __future__ import annotations

import pytest

from ui.platform import WAYLAND_ONLY, UnknownPlatform, available_platforms, choose_platform

KNOWN = ["eglfs", "offscreen", "wayland", "wayland-egl", "xcb"]


def test_a_wayland_session_with_xwayland_runs_through_xcb():
    choice = choose_platform({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, KNOWN)
    assert choice.platform == "xcb" and not choice.keyboard_warning


def test_a_wayland_session_known_only_by_its_session_type_counts_too():
    assert choose_platform({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, KNOWN).platform == "xcb"


def test_wayland_alone_starts_on_wayland_and_says_what_to_change():
    choice = choose_platform({"WAYLAND_DISPLAY": "wayland-0"}, KNOWN)
    assert choice.platform == "wayland" and choice.keyboard_warning
    assert choice.sentence == WAYLAND_ONLY and "xwayland" in WAYLAND_ONLY


def test_an_x11_session_is_left_to_qt():
    choice = choose_platform({"DISPLAY": ":0"}, KNOWN)
    assert choice.platform is None and not choice.keyboard_warning


@pytest.mark.parametrize("asked", ["eglfs", "xcb", "offscreen", "wayland;xcb", "xcb:dpi=96"])
def test_a_platform_the_person_chose_wins(asked):
    choice = choose_platform({"QT_QPA_PLATFORM": asked, "WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, KNOWN)
    assert choice.platform is None and choice.chosen_by_person
    assert choice.keyboard_warning == asked.startswith("wayland")  # their choice, but they are told


def test_a_platform_that_does_not_exist_is_refused_with_one_sentence():
    with pytest.raises(UnknownPlatform) as refused:
        choose_platform({"QT_QPA_PLATFORM": "nosuch"}, KNOWN)
    assert "nosuch" in str(refused.value) and "xcb" in str(refused.value) and "\n" not in str(refused.value)


def test_the_installed_qt_has_the_platforms_the_kiosk_relies_on():
    found = available_platforms({})
    assert {"xcb", "wayland", "eglfs", "offscreen"} <= set(found)


def test_a_named_platform_is_found_by_reading_its_own_plugin_only(monkeypatch):
    from ui import platform

    everything = available_platforms({})
    read: list[str] = []
    real = platform.plugin_keys

    def counted(plugin):
        read.append(plugin.name)
        return real(plugin)

    monkeypatch.setattr(platform, "plugin_keys", counted)
    for name in ("xcb", "offscreen"):  # libqxcb.so and libqoffscreen.so in every Qt for Linux
        read.clear()
        assert name in platform.InstalledPlatforms({})
        assert read == [f"libq{name}.so"]  # one plugin's metadata, not every plugin's
    # Every answer is the full scan's: names whose plugin is called otherwise, and names that do not exist.
    installed = platform.InstalledPlatforms({})
    for name in [*everything, "nosuch", "Xcb", ""]:
        assert (name in installed) == (name in everything), name
    assert list(installed) == everything and len(installed) == len(everything)
    choice = platform.choose_platform({"QT_QPA_PLATFORM": "offscreen"}, platform.InstalledPlatforms({}))
    assert choice.chosen_by_person and choice.platform is None
    with pytest.raises(UnknownPlatform) as refused:
        platform.choose_platform({"QT_QPA_PLATFORM": "nosuch"}, platform.InstalledPlatforms({}))
    assert refused.value.known == everything
