"""`kaidan review FILE.jsonl`: decisions a model or a second tool made, applied and logged like window edits."""

import json


from core.cli import main
from core.datasets.review import review_file
from core.store import open_db



def write(path, lines):
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()


def test_review_file_applies_decisions_and_names_bad_lines(library, tmp_path, capsys):
    db = open_db(library)
    proposed = db.execute("SELECT id, article_id, start_char, end_char, type FROM mentions "
                          "WHERE state = 'proposed' AND detached = 0 ORDER BY id LIMIT 2").fetchall()
    (reject_id, *_), (_, article, start, end, old_type) = proposed
    new_type = "ORG" if old_type != "ORG" else "PERSON"
    candidates = [r[0] for r in db.execute("SELECT id FROM claims WHERE state = 'candidate' AND detached = 0 "
                                           "ORDER BY id LIMIT 2")]
    accepted_claim = one(db, "SELECT id FROM claims WHERE state = 'accepted' ORDER BY id")[0]
    body = one(db, "SELECT body FROM articles WHERE id = ?", [article])[0]
    taken = [(s, e) for s, e in db.execute("SELECT start_char, end_char FROM mentions WHERE article_id = ?", [article])]
    free = next(s for s in range(len(body) - 2) if all(e <= s or b >= s + 2 for b, e in taken)
                and not any(ch.isspace() for ch in body[s:s + 2]))
    db.close()
    path = write(tmp_path / "review.jsonl", [
        {"kind": "mention", "id": reject_id, "action": "reject"},
        {"kind": "mention", "article": article, "start": start, "end": end, "action": "retype", "type": new_type},
        {"kind": "mention", "article": article, "start": free, "end": free + 2, "action": "accept", "type": "EVENT"},
        {"kind": "claim", "id": candidates[0], "action": "accept", "stance": "against"},
        {"kind": "claim", "id": f"c{candidates[1]}", "action": "dismiss"},  # a Label Studio region id
        {"kind": "claim", "id": accepted_claim, "action": "stance", "stance": "favor", "annotator": "second-tool"},
        "{not json",                                                                           # line 7
        {"kind": "entity", "id": 1, "action": "accept"},                                       # line 8
        {"kind": "claim", "id": accepted_claim, "action": "stance", "stance": "=cmd|' /C calc'!A0"},  # line 9
        {"kind": "mention", "article": article, "start": 0, "end": 10 ** 9, "action": "reject"},  # line 10
        {"kind": "mention", "article": article, "start": free + 3, "end": free + 4, "action": "reject"},  # 11
        {"kind": "mention", "id": reject_id, "action": "retype", "type": "NOT-A-TYPE"},       # line 12
        [1, 2, 3],                                                                             # line 13
        {"kind": "mention", "id": "c12", "action": "reject"},                                  # line 14
    ])
    summary = review_file(open_db(library), path, annotator="lab-model")
    assert summary.applied == {"mentions rejected": 1, "mentions retyped": 1, "mentions added": 1,
                               "claims accepted": 1, "claims dismissed": 1, "stances set": 1}
    assert [number for number, _ in summary.skipped] == [7, 8, 9, 10, 11, 12, 13, 14]
    reasons = dict(summary.skipped)
    assert "not in the library's scheme" in reasons[9] and "outside the text" in reasons[10]
    assert "no mention" in reasons[11] and "not one of the library's entity types" in reasons[12]

    db = open_db(library)
    assert one(db, "SELECT state FROM mentions WHERE id = ?", [reject_id]) == ("rejected",)
    assert one(db, "SELECT type, state FROM mentions WHERE article_id = ? AND start_char = ? AND end_char = ? "
                   "AND state != 'rejected'", [article, start, end]) == (new_type, "accepted")
    assert one(db, "SELECT origin, state, annotator FROM mentions WHERE article_id = ? AND start_char = ? "
                   "AND type = 'EVENT'", [article, free]) == ("user", "accepted", "lab-model")
    assert one(db, "SELECT state, stance FROM claims WHERE id = ?", [candidates[0]]) == ("accepted", "against")
    assert one(db, "SELECT state FROM claims WHERE id = ?", [candidates[1]]) == ("dismissed",)
    assert one(db, "SELECT stance FROM claims WHERE id = ?", [accepted_claim]) == ("favor",)
    # logged as window edits are: who, what, before and after
    log = db.execute("SELECT annotator, action, target_id, before, after FROM changes "
                     "WHERE annotator IN ('lab-model', 'second-tool') ORDER BY id").fetchall()
    assert [(who, action) for who, action, *_ in log] == [
        ("lab-model", "update_mention"), ("lab-model", "update_mention"), ("lab-model", "add_mention"),
        ("lab-model", "update_claim"), ("lab-model", "update_claim"), ("second-tool", "update_claim")]
    assert json.loads(log[0][3])["state"] == "proposed" and json.loads(log[0][4])["state"] == "rejected"
    db.close()

    # the same file again changes nothing: every usable line is already so
    again = review_file(open_db(library), path, annotator="lab-model")
    assert not again.applied and again.unchanged == 6 and len(again.skipped) == 8


def test_review_command_prints_the_summary_and_exits_1_when_it_skipped_lines(library, tmp_path, capsys):
    path = write(tmp_path / "r.jsonl", [{"kind": "claim", "id": 10 ** 6, "action": "dismiss"}, "", "null"])
    assert main(["review", str(path), "--annotator", "lab", "--db", str(library)]) == 1  # lines skipped, as import
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("applied 0 (nothing); already so 0; skipped 2")
    assert out[1] == f"  line 1: no claim with id {10 ** 6}" and out[2] == "  line 3: not a JSON object"
    assert main(["review", str(tmp_path / "missing.jsonl"), "--db", str(library)]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_review_files_in_a_tools_encoding_are_read_and_binary_is_refused(library, tmp_path, capsys):
    db = open_db(library)
    first, second = [r[0] for r in db.execute("SELECT id FROM claims WHERE state = 'candidate' AND detached = 0 "
                                              "ORDER BY id LIMIT 2")]
    changes = one(db, "SELECT count(*) FROM changes")[0]
    db.close()
    dismiss = '{{"kind": "claim", "id": {}, "action": "dismiss"}}\r\n'
    utf16 = tmp_path / "utf16.jsonl"  # Windows tools write UTF-16 with a BOM and CRLF
    utf16.write_bytes(dismiss.format(first).encode("utf-16"))
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(dismiss.format(second).encode("utf-8-sig"))
    for path in (utf16, bom):
        assert main(["review", str(path), "--db", str(library)]) == 0
        assert capsys.readouterr().out.splitlines() == [
            f"{path}: applied 1 (claims dismissed 1); already so 0; skipped 0"]
    binary = tmp_path / "model.jsonl"
    binary.write_bytes(bytes(range(256)) * 40)
    assert main(["review", str(binary), "--db", str(library)]) == 1
    assert capsys.readouterr().err == f"kaidan: cannot read {binary}: cannot decode: not text\n"
    assert one(open_db(library), "SELECT count(*) FROM changes")[0] == changes + 2
