"""The whole suite runs on several processes (scripts/run-tests: pytest-xdist, --dist loadgroup). Tests that share
one real component (a cupsd, the Debian 13 system under /var/cache, Syncthing's ports) carry an xdist_group mark
so that one process runs them all, one after another. pytest-xdist does that by adding the group's name to each
test's id; pytest 9.2 silently undid it (pytest-xdist issue 1386), and three processes then built the Debian 13
system into one folder at once. This test fails when the grouping does not hold."""

import pytest

pytestmark = pytest.mark.xdist_group("suite-groups")


def test_a_grouped_test_is_sent_to_its_groups_process(request):
    if not request.config.getoption("loadgroup", False):
        pytest.skip("only the whole suite runs on several processes (scripts/run-tests with no test path)")
    assert request.node.nodeid.endswith("@suite-groups"), (
        f"pytest-xdist did not group {request.node.nodeid!r}: tests sharing a real component would run on several "
        "processes at once (see pyproject.toml's pin on pytest)")
