<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttachMeetingDialog</name>
    <message>
        <location filename="../../../ui/meetings/attach.py" line="+31"/>
        <location line="+101"/>
        <source>Attach Mention to Meeting</source>
        <translation>言及を会談に結び付ける</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Attach</source>
        <translation>結び付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>New Meeting from Mention</source>
        <translation>言及から新しい会談を作成</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>tied now</source>
        <translation>現在の結び付け先</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Put the caret in a meeting mention (dotted overline) or select the words that speak of a meeting, then press G</source>
        <translation>会談への言及（点線の上線）にカーソルを置くか、会談について述べた語句を選択してから G を押してください</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>「{words}」 is already attached to {label}</source>
        <translation>「{words}」はすでに {label} に結び付いています</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>「{words}」 is now a new meeting (Ctrl+M shows it) · Ctrl+Z undoes</source>
        <translation>「{words}」を新しい会談にしました（Ctrl+M で表示）· Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>「{words}」 attached to {label}: its overline turns teal · Ctrl+Z undoes</source>
        <translation>「{words}」を {label} に結び付けました。上線が青緑色になります · Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the meeting</source>
        <translation>その会談</translation>
    </message>
</context>
<context>
    <name>LinkMeetingDialog</name>
    <message>
        <location filename="../../../ui/meetings/link_meeting_dialog.py" line="+22"/>
        <source>Link to Meeting</source>
        <translation>会談とつなげる</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This meeting</source>
        <translation>この会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other meeting</source>
        <translation>つなげる会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>つなげる</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <location filename="../../../ui/meetings/card.py" line="+86"/>
        <source>Confirm</source>
        <translation>承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm Meeting</source>
        <translation>会談を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject Meeting</source>
        <translation>会談を却下</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set Meeting Kind to {value}</source>
        <translation>会談の種類を「{value}」に設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Meeting Status to {value}</source>
        <translation>会談の状況を「{value}」に設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date precision</source>
        <translation>日付の精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Meeting Date Precision to {value}</source>
        <translation>会談の日付の精度を「{value}」に設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City or country</source>
        <translation>都市または国・地域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Part of</source>
        <translation>上位の会談</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office then</source>
        <translation>当時の役職</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mentioned in</source>
        <translation>言及している記事</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims about it</source>
        <translation>この会談についての主張</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links</source>
        <translation>つながり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept Link</source>
        <translation>つながりを承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject Link</source>
        <translation>つながりを却下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to Meeting…</source>
        <translation>会談とつなげる…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link this meeting to another: it precedes, prepares, is part of … (Ctrl+L)</source>
        <translation>この会談を別の会談とつなげます: 先行、準備、一部など (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No meeting chosen</source>
        <translation>会談が選ばれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a meeting on the timeline or in the list.</source>
        <translation>年表か一覧で会談をクリックしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>proposed by Kaidan</source>
        <translation>Kaidan の提案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>resolved from 「{words}」</source>
        <translation>「{words}」から解決</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proposed by Kaidan from 「{cue}」, confidence {confidence}: check it, then choose {confirm} or {reject}.</source>
        <translation>「{cue}」から Kaidan が提案しました（確信度 {confidence}）。確かめて「{confirm}」か「{reject}」を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed by Kaidan: check it, then choose {confirm} or {reject}.</source>
        <translation>Kaidan の提案です。確かめて「{confirm}」か「{reject}」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../ui/meetings/card_lists.py" line="+44"/>
        <source>not in the registry</source>
        <translation>登録簿にありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role of {name}</source>
        <translation>{name} の役割</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Article {id}</source>
        <translation>記事 {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to open the article at this mention</source>
        <translation>クリックすると、この言及の位置で記事を開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No article mention is tied to this meeting yet.</source>
        <translation>この会談に結び付いた記事中の言及はまだありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No claims about this meeting.</source>
        <translation>この会談についての主張はありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no evidence sentence</source>
        <translation>根拠となる文はありません</translation>
    </message>
    <message>
        <location filename="../../../ui/meetings/card_edits.py" line="+21"/>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>日付は YYYY-MM-DD、YYYY-MM、YYYY のいずれかで書いてください</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set Meeting Start Date</source>
        <translation>会談の開始日を設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Meeting End Date</source>
        <translation>会談の終了日を設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set Meeting Place</source>
        <translation>会談の場所を設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make {name} {role}</source>
        <translation>{name} を{role}にする</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove {name} from Meeting</source>
        <translation>{name} を会談から外す</translation>
    </message>
</context>
<context>
    <name>MeetingChooser</name>
    <message>
        <location filename="../../../ui/meetings/meeting_chooser.py" line="+32"/>
        <source>Participant, date (2025-07) or kind</source>
        <translation>参加者、日付（2025-07）、種類</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <location filename="../../../ui/meetings/filters.py" line="+23"/>
        <source>Any confidence</source>
        <translation>すべての確信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly sure (≥ 0.5)</source>
        <translation>ほぼ確実（≥ 0.5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure (≥ 0.75)</source>
        <translation>確実（≥ 0.75）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rows: countries</source>
        <translation>行: 国・地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: participants</source>
        <translation>行: 参加者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by country</source>
        <translation>国・地域で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by participant</source>
        <translation>参加者で絞り込み</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Kinds: all</source>
        <translation>種類: すべて</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>from YYYY-MM</source>
        <translation>開始 YYYY-MM</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Timeline rows</source>
        <translation>年表の行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to YYYY-MM</source>
        <translation>終了 YYYY-MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show meetings Kaidan proposed that nobody has confirmed yet</source>
        <translation>Kaidan が提案し、まだ誰も承認していない会談を表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide proposals Kaidan is not sure of (confirmed meetings always show)</source>
        <translation>Kaidan の確信度が低い提案を隠します（承認済みの会談は常に表示）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom: years … days (Ctrl+wheel, + and - on the timeline)</source>
        <translation>拡大縮小: 年 … 日（年表上で Ctrl+ホイール、+ と -）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every meeting (Home)</source>
        <translation>すべての会談を表示（Home）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All people</source>
        <translation>すべての人物</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kinds: {kind}</source>
        <translation>種類: {kind}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Kinds: %n</source>
        <translation>
            <numerusform>種類: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingGlyph</name>
    <message>
        <location filename="../../../ui/meetings/glyph.py" line="+37"/>
        <source>1 mention</source>
        <translation>言及 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mentions</source>
        <translation>言及 {n} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proposed by Kaidan — not confirmed</source>
        <translation>Kaidan の提案（未承認）</translation>
    </message>
</context>
<context>
    <name>MeetingGraph</name>
    <message>
        <location filename="../../../ui/meetings/graph.py" line="+82"/>
        <source>Linked meetings</source>
        <translation>つながりのある会談</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <location filename="../../../ui/meetings/model.py" line="+85"/>
        <source>(no participants)</source>
        <translation>（参加者なし）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <location filename="../../../ui/meetings/style.py" line="+25"/>
        <source>Talks</source>
        <translation>会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>電話会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>オンライン会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multilateral meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation round</source>
        <translation>交渉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>歴訪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None planned</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>訪問者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation member</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>仲介者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as</source>
        <translation>同じ会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of</source>
        <translation>一部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precedes</source>
        <translation>先行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepares</source>
        <translation>準備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up of</source>
        <translation>後続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same series as</source>
        <translation>同じ系列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of a day</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several days</source>
        <translation>数日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>MeetingMentionLayer</name>
    <message>
        <location filename="../../../ui/meetings/mentions.py" line="+154"/>
        <source>Meeting: {label}</source>
        <translation>会談: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mention, not tied to a meeting yet</source>
        <translation>会談への言及（まだどの会談にも結び付いていません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G: attach to a meeting…</source>
        <translation>G: 会談に結び付ける…</translation>
    </message>
</context>
<context>
    <name>MeetingsController</name>
    <message>
        <location filename="../../../ui/meetings/controller.py" line="+43"/>
        <source>&amp;Meetings…</source>
        <translation>会談(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>&amp;Attach Mention to Meeting…</source>
        <translation>言及を会談に結び付ける(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../../ui/meetings/model.py" line="-125"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+176"/>
        <source> (proposal)</source>
        <translation>（提案）</translation>
    </message>
</context>
<context>
    <name>MeetingsWindow</name>
    <message>
        <location filename="../../../ui/meetings/window.py" line="+61"/>
        <location line="+33"/>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Linked meetings</source>
        <translation>つながりのある会談</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Copied to the clipboard, not saved: {typed}. The meeting {label} is no longer in the library (deleted, or proposed again, elsewhere)</source>
        <translation>保存せずクリップボードにコピーしました: {typed}。会談 {label} はもうライブラリにありません（別のウィンドウかコマンドで削除されたか、提案し直されました）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{shown} of 1 meeting</source>
        <translation>会談 1 件中 {shown} 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{shown} of {n} meetings</source>
        <translation>会談 {n} 件中 {shown} 件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposed</source>
        <translation>
            <numerusform>提案 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n undated (in the list only)</source>
        <translation>
            <numerusform>日付なし %n 件（一覧のみ）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <location filename="../../../ui/meetings/window_edits.py" line="+48"/>
        <source>Confirmed the meeting {label}</source>
        <translation>会談「{label}」を承認しました</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+29"/>
        <source>Accept Link “{relation}”</source>
        <translation>つながり「{relation}」を承認</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reject Link “{relation}”</source>
        <translation>つながり「{relation}」を却下</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the meeting to link first (click it on the timeline or in the list), then press Ctrl+L</source>
        <translation>先につなげる会談を選んでから（年表か一覧でクリック）、Ctrl+L を押してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Link Meetings “{relation}”</source>
        <translation>会談をつなげる「{relation}」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked to the meeting {label} ({relation})</source>
        <translation>会談「{label}」とつなげました（{relation}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Participant</source>
        <translation>参加者を追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} already takes part</source>
        <translation>{name} はすでに参加しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add {name} to Meeting</source>
        <translation>{name} を会談に追加</translation>
    </message>
</context>
<context>
    <name>PileBadge</name>
    <message>
        <location filename="../../../ui/meetings/pile_badge.py" line="+22"/>
        <source>1 meeting here</source>
        <translation>ここに会談 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} meetings here</source>
        <translation>ここに会談 {n} 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…and {n} more</source>
        <translation>…ほか {n} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to zoom in to their days</source>
        <translation>クリックでこれらの日付まで拡大</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../../ui/meetings/timeline_view.py" line="+81"/>
        <source>(no country)</source>
        <translation>（国・地域なし）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no participant)</source>
        <translation>（参加者なし）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No meetings match the filters</source>
        <translation>条件に合う会談はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Kaidan proposes them from the articles it imports; in the reader, G ties a meeting mention to a meeting or makes a new one.</source>
        <translation>まだ会談はありません。Kaidan は取り込んだ記事から会談を提案します。本文で G を押すと、会談の言及を会談に結び付けるか、新しい会談を作成できます。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 undated meeting (see the list)</source>
        <translation>日付のない会談 1 件（一覧を参照）</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Timeline of meetings</source>
        <translation>会談の年表</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{n} undated meetings (see the list)</source>
        <translation>日付のない会談 {n} 件（一覧を参照）</translation>
    </message>
</context>
</TS>
