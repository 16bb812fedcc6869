"""Names of kinds of things, not of one body: acronyms of kinds (FTA, NGO, USB), diseases and viruses named
after a place (エボラ出血熱), and an acronym the text treats as a thing (HDD搭載, SSDとHDD)."""

from __future__ import annotations

import re

from core.registry import Registry

# Acronyms of kinds of things, not of one body (自由貿易協定(FTA), 協定世界時(UTC), 非政府組織(NGO)).
GENERIC_ACRONYMS = {"UTC", "GMT", "JST", "PK", "TOB",  # PK戦, 株式公開買い付け(TOB)
                     "GDP", "GNP", "GNI", "FTA", "EPA", "NGO", "NPO", "ODA", "WMD", "IT", "AI",
                     "SNS", "PKO", "DNA", "CEO", "CIO", "BSE", "HIV", "ICBM", "SLBM", "IRBM", "MD", "LNG", "TPP",
                     "EEZ", "DV", "PTSD", "IPO", "M&A", "ETF", "CPI", "LCC", "EV", "IOT",
                     # formats, devices and networks of technology (HD DVD, URL, LTE): kinds of things
                     "URL", "DVD", "HDDVD", "BD", "CD", "HD", "DRM", "LTE", "GPS", "PC", "LED", "USB", "OS", "SIM",
                     "PDF", "HTML", "HTTP", "IP", "QR", "ID", "ATM", "SUV", "MRI", "RNA", "ETC", "LAN", "CPU", "SSD"}
# Heads of a disease's or a virus's name (エボラ出血熱, デング熱, ジカウイルス, 日本脳炎): the place they are
# named after is not the place acting.
DISEASE_HEADS = ("出血熱", "ウイルス", "ウィルス", "脳炎")
DISEASE_AFTER = re.compile(r"出血熱|熱(?![心意戦狂帯量])|ウイルス|ウィルス|脳炎")
# A Latin acronym (SSD, HDD) and what makes the text treat one as a thing rather than a body: a word of
# devices, formats or technology after it (HDD搭載, USB端子, LED照明, EB装置, ATSが作動), or a list with an acronym known to
# name a kind of thing (SSDとHDD, USBやLED).
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_THING_AFTER = re.compile(r"(?:を|に|が)?(?:搭載|内蔵|対応|互換|接続|端子|ポート|ケーブル|ドライブ|メモリ|規格|方式|形式|"
                          r"フォーマット|照明|電球|チップ|機器|機能|端末|製品|技術|ソフト|ファイル|容量|化(?![学石粧])|型(?![\u4e00-\u9fff]))"
                          # a device or a safety system a machine carries, glued to it, and its working (EB装置, AFセンサー,
                          # ATSが作動: a company's letters take a particle before システム, XYZがシステムを開発)
                          r"|装置|センサー|システム(?!ズ)|(?:が|は|の)?作動")
_LIST_JOINER = re.compile(r"と|や|、|・|および|及び|または|か")
_LATIN = re.compile(r"[A-Za-z]")


def a_thing(folded: str, acronym: str, registry: Registry) -> bool:
    """Whether the text treats the acronym as a kind of thing at one of its occurrences and the registry
    knows no body by it."""
    if registry.named(acronym) is not None:
        return False
    position = folded.find(acronym)
    while position >= 0:
        end = position + len(acronym)
        if not _LATIN.match(folded, end) and (position == 0 or not _LATIN.match(folded, position - 1)):
            if _THING_AFTER.match(folded, end):
                return True
            joiner = _LIST_JOINER.match(folded, end)
            if joiner and (other := ACRONYM.match(folded, joiner.end())) and other.group() in GENERIC_ACRONYMS:
                return True  # SSDとHDD: listed with a known kind of thing
            before = [other for other in ACRONYM.finditer(folded, max(0, position - 12), position)
                      if _LIST_JOINER.fullmatch(folded, other.end(), position)]
            if before and before[-1].group() in GENERIC_ACRONYMS:
                return True  # SSDとHDD: the second of the list
        position = folded.find(acronym, end)
    return False
