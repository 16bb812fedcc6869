"""The person a sentence opens with as its topic holds a claim about a country named inside it.

Newspapers set the speaker first, as a topic with a comma, and the matter's subject later, inside
the reported clause: ヒル団長は、20日早朝北京で、中国は…役割を果たしていると評価した (Hill says it, not
China); 両首脳は、北朝鮮が…行わないよう強く求めた (the two leaders ask it, not North Korea). The
subject nearest the cue is then the matter, not who speaks. Only a person (a person mention with
its title, a foreign name with its office, or the leaders a sentence opens with: 両首脳は、) is taken
over a country or body, and only when no clause closes between them (首相は、…と述べ、中国は…と反論した: China answers itself).
"""

from __future__ import annotations

import re

# A topic a person holds: the name, a title of a few characters, then は and a comma
_PERSON_TOPIC = re.compile(r"[^、。「」のはがを]{0,8}?は、")
# A foreign name no entity knows, with its office, as a topic: (アメリカ代表団の)ヒル団長は、
_NAMED_OFFICER = re.compile(r"(?<![\u30a1-\u30fa・ー])(?P<name>[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,15}"
                            r"[\u4e00-\u9fff]{0,5}(?:長|官|相|補|使|領|臣|表))は、")
# A clause that closes before the matter's subject: …と述べ、 …を招請し、 …したが、 (a time or place like 北京で、 does not)
_CLAUSE_CLOSES = re.compile(r"(?:[しりきちみびいぎえけせてねべめれ]|たが|だが|るが|ており|ました)、|「|」")
# The leaders or ministers a sentence opens with as a group: 両首脳は、 両外相は、 双方は、
# (after an opening adverb or a time: その上で、 会談で、)
_GROUP = re.compile(r"(?:[^、。「」]{0,12}、)?(?P<name>両(?:首脳|外相|氏|首相|大統領|国首脳|代表))は、")


def outer_person(body: str, people: list, s_start: int, named_start: int):
    """(mention, text) of the person topic that opens the sentence before a non-person subject at named_start,
    or None when there is none or a clause closes between them."""
    found = None
    for person in people:
        if person.type != "PERSON" or person.start < s_start or person.end > named_start:
            continue
        topic = _PERSON_TOPIC.match(body, person.end, named_start)
        if topic is not None:
            found = (person, None, topic.end())
            break
    if found is None:
        officer = _NAMED_OFFICER.search(body, s_start, named_start)
        if officer is not None:
            found = (None, officer.group("name"), officer.end())
    if found is None:
        group = _GROUP.match(body, s_start, named_start)
        if group is None:
            return None
        found = (None, group.group("name"), group.end())
    if _CLAUSE_CLOSES.search(body, found[2], named_start):
        return None
    return found[0], found[1]
