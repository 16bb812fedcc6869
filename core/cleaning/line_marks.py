"""Lines marked before the body is read: in-article link blocks, photo captions under their label, a picture's rights
line inside the text, the site's own name."""

from __future__ import annotations

import re

from core.cleaning.header_shapes import TITLE_KINDS
from core.cleaning.lexicon import CAPTION_LABEL
from core.cleaning.lines import PROSE, Line, classify

_CAPTION_LABEL_START = set("画写動IM")
_LABEL_MARKS = ",，、:："


def mark_related_blocks(lines: list[Line]) -> None:
    """Link lines under an in-article 【関連記事】 marker, up to the next blank line."""
    inside = False
    for line in lines:
        if line.kind == "related":
            inside = True
        elif line.kind == "blank" or line.kind == PROSE:
            inside = False
        elif inside:
            line.kind = "related"


OWN_NAME = 30  # characters of a site's name at most


def mark_own_name(header: list[Line], footer: list[Line]) -> None:
    """The site's name, which its copyright line writes (Copyright © 2012 Kaze Press), is furniture wherever the
    header prints it alone on a line, whatever the outlet: never its headline."""
    legal = [line.stripped for line in footer if line.kind == "copyright"]
    legal += [line.stripped for line in header if line.kind == "copyright"]
    if not legal:
        return
    notices = "\n".join(legal)
    for line in header:
        text = line.stripped
        if (line.kind in TITLE_KINDS and 2 <= len(text) <= OWN_NAME and text in notices and not text.isdigit()
                and any(_names_in(text, notice) for notice in legal)):
            line.kind = "repeated"


def _names_in(name: str, notice: str) -> bool:
    """The copyright notice writes name as a whole word (not inside a longer word of Latin letters)."""
    at = notice.find(name)
    while at >= 0:
        before = notice[at - 1] if at else " "
        after = notice[at + len(name)] if at + len(name) < len(notice) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
        at = notice.find(name, at + 1)
    return False


def mark_caption_labels(lines: list[Line]) -> None:
    """画像説明, then the caption: both are photo metadata, even a caption written as sentences. A label with its
    caption or credit on the same line (画像説明, 会見する首相 / 画像提供, Getty Images) is the whole of it: the line
    under it is the page's own (often the text's first paragraph)."""
    labelled = False
    for line in lines:
        if line.kind == "blank":
            continue
        text = line.stripped
        label = CAPTION_LABEL.match(text) if text[:1] in _CAPTION_LABEL_START else None
        alone = label is not None and not text[label.end():].strip()
        # a label and its caption on one line: a caption of any length after the label's comma or colon
        if label and (len(text) <= 40 or text[label.end() - 1] in _LABEL_MARKS):
            line.kind, labelled = "caption", alone and not text.startswith(("画像提供", "写真提供", "Image source"))
        elif labelled:
            line.kind, labelled = "caption", False


RIGHTS_LINE = 60  # characters of a picture's rights line at most
CAPTION_BESIDE = 40  # characters of a bare caption over its picture's credit
# A picture's provider named alone: 提供：外務省, （写真提供：共同通信社）
_PROVIDER = re.compile(r"^[（(]?(?:写真|画像)?提供\s*[：:]\s*[^\s：:。、]{1,20}[)）]?$")
# Who took the picture or whose it is: 写真：ロイター, 撮影・山田太郎, 写真＝AP, Photo: Getty Images (no caption's words)
_CREDIT = re.compile(r"^[（(]?(?:写真|撮影|画像|Photo|Credit)\s*[：:＝=／/・]\s*[^\s。、：:]{1,16}(?:[ /／][^\s。、：:]{1,16})?[)）]?$")
# A picture's marker alone on its line (写真, 拡大, 写真・図版), or its agency alone (Getty Images, （ロイター）)
_PICTURE_MARK = re.compile(r"^(?:写真|画像|拡大|写真・図版|写真拡大|拡大写真|画像拡大|フォト|Photo|PHOTO)$"
                           r"|^[（(]?(?:Getty Images|ゲッティ|AP|AFP|AFP時事|ロイター|Reuters|EPA|共同|時事)[)）]?$")


def picture_place(text: str) -> bool:
    """The line is the place of a picture: its marker, its credit or its provider alone (写真, 拡大, 写真：ロイター,
    Getty Images, 提供：外務省): the line under it, when that is no text, is the picture's caption."""
    return bool(_PICTURE_MARK.match(text) or _CREDIT.match(text) or _PROVIDER.match(text))


# What a page's own notice writes and a picture's rights line does not
_PAGE_NOTICE = re.compile(r"copyright|無断|転載|複製|著作権", re.I)
_MARKED = re.compile(r"^[■□◆◇●○▼▽▲△★☆※・【［\[〈《＜<(（]")


# A letter item's label at the line's start: （A）, (b), （Ｃ）
_LETTER_LABEL = re.compile(r"^[（(]([A-Za-zＡ-Ｚａ-ｚ])[）)]")


def mark_letter_items(lines: list[Line]) -> None:
    """A line opening with （C） whose nearest line above opening with a letter label opens with （B） is the list's
    next item, not a rights line ((A)目線は…, (B)背筋を…, (C)腕は…); a year right after the label ((C)2012 …)
    is still a rights mark. The line gets the kind its words have without the label."""
    last = None
    for line in lines:
        label = _LETTER_LABEL.match(line.stripped)
        if label is None:
            continue
        letter = label[1].upper().translate(_FULL_WIDTH)
        rest = line.stripped[label.end() :].lstrip()
        if line.kind == "copyright" and letter == "C" and last == "B" and rest and not rest[0].isdigit():
            kind = classify(line.number, rest).kind
            if kind != "copyright":
                line.kind = kind
        last = letter


_FULL_WIDTH = str.maketrans("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def mark_picture_rights(lines: list[Line]) -> None:
    """A picture's rights line between the text's sentences ((C)2011 Warner Bros. Ent. All Rights Reserved, ©AFP,
    （C）共同) or its provider (提供：外務省) is the picture's credit, not the page's legal notice that ends the text;
    a bare short line over such a credit, the two alone between paragraphs, is the picture's caption."""
    content = [line for line in lines if line.kind != "blank"]
    credits = set()
    for at, line in enumerate(content):
        text = line.stripped
        if len(text) > RIGHTS_LINE or not 0 < at < len(content) - 1:
            continue
        rights = line.kind == "copyright" and not _PAGE_NOTICE.search(text)
        if (rights or (line.kind != PROSE and _PROVIDER.match(text))) and _between_sentences(content, at):
            line.kind = "caption"
        if line.kind == "caption" and (rights or _PROVIDER.match(text) or _CREDIT.match(text)):
            credits.add(at)
    for at in credits:  # (a short line under a credit is as often the next part's subheading: the text's)
        line = content[at - 1]
        alone = at >= 2 and content[at - 2].kind == PROSE and content[at + 1].kind == PROSE
        if (alone and line.kind in ("heading", "other") and len(line.stripped) <= CAPTION_BESIDE
                and not _MARKED.match(line.stripped)):
            line.kind = "caption"


def _between_sentences(content: list[Line], at: int) -> bool:
    """A sentence of the text stands within two lines above and below (a caption or a short line between)."""
    above = [line.kind for line in content[max(0, at - 2) : at]][::-1]
    below = [line.kind for line in content[at + 1 : at + 3]]
    return all(PROSE in side and all(kind in (PROSE, "caption", "heading", "other") for kind in side[: side.index(PROSE)])
               for side in (above, below))
