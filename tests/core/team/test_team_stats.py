"""kaidan stats on a team library: each annotator's decisions and holdings, and where adjudication stands."""

import json

from core.cli import main
from core.store import open_db
from tests.core.team.team_libraries import NAMES


def test_team_library_lists_its_annotators(team_db_path, capsys):
    assert main(["stats", "--json", "--db", str(team_db_path)]) == 0
    team = json.loads(capsys.readouterr().out)["team"]
    assert [a["name"] for a in team["annotators"]] == list(NAMES)
    # each annotator decided four entity spans, one claim, three meeting ties and one link (team_libraries)
    for annotator in team["annotators"]:
        assert annotator["decisions"] == {"entity": 4, "claim": 1, "tie": 3, "link": 1}, annotator["name"]
        assert annotator["source"].endswith(f"{annotator['name']}.db") and annotator["merged_at"]
    articles = open_db(team_db_path, readonly=True).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert [a["articles"] for a in team["annotators"]] == [articles, articles, articles - 1]  # chiba lacks one
    assert team["articles"]["disagreeing"] == 2 and set(team["articles"]) == {"agreeing", "disagreeing",
                                                                              "adjudicated"}
    assert main(["stats", "--db", str(team_db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("team") and "3 annotators" in line for line in lines)
    row = next(line for line in lines if line.split()[:1] == ["chiba"])
    assert row.split()[1:6] == [str(articles - 1), "4", "1", "3", "1"]
