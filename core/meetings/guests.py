"""The words of receiving a guest (官邸に迎え, 首相を出迎え, 代表団を招いて, 夕食会に招待し, 大統領夫妻をもてなし,
国賓として歓迎する): one list, read by every reader that takes the one received as a side of the meeting (a guest
received then met, a meal given for a guest, a bare title received). Each verb is written as its stem, so any
ending it takes (招待し, 招待した; 歓迎し, 歓迎する; もてなし, もてなす) is read alike."""

RECEIVING = r"(?:出迎え|迎え|招い|招き|招待|もてな|歓迎)"
# the guest, then the place they are received at (マクロン大統領を官邸に迎え, 宮中へ招き), then the verb
RECEIVED_AT = r"を(?:[^、。をがは]{0,10}?(?:に|へ))?" + RECEIVING
# オバマ大統領をすし店に招き、午後8時から夕食会を開いた; イバンカ氏を招き、夕食をともにした: the guest received in the
# clause before the meal's (the verb's continuative form, a comma), nothing but a time or a manner between (no other
# object, subject or verb: を, が, は, て, し)
GUEST_RECEIVED_BEFORE = RECEIVED_AT + r"(?:し|して|て)?、[^、。をがはてし]{0,20}$"
