"""A merged team of three made-up annotators, built once per module that asks for it."""

import pytest

from core.team.merge import merge_libraries
from tests.core.team.team_libraries import team_of_three


@pytest.fixture(scope="module")
def team_db_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merged")
    paths = team_of_three(folder)
    merge_libraries(paths, folder / "team.db")
    return folder / "team.db"
