<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttachMeetingDialog</name>
    <message>
        <source>Attach Mention to Meeting</source>
        <translation>言及を会談に結び付ける</translation>
    </message>
    <message>
        <source>Participant, date (2025-07) or kind</source>
        <translation>参加者、日付（2025-07）、種類</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>結び付ける</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>New Meeting from Mention</source>
        <translation>言及から新しい会談を作成</translation>
    </message>
    <message>
        <source>Put the caret in a meeting mention (dotted overline) or select the words that speak of a meeting, then press G</source>
        <translation>会談への言及（点線の上線）にカーソルを置くか、会談について述べた語句を選択してから G を押してください</translation>
    </message>
    <message>
        <source>「{words}」 is now a new meeting (Ctrl+M shows it) · Ctrl+Z undoes</source>
        <translation>「{words}」を新しい会談にしました（Ctrl+M で表示）· Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <source>「{words}」 attached to {label}: its overline turns teal · Ctrl+Z undoes</source>
        <translation>「{words}」を {label} に結び付けました。上線が青緑色になります · Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>その会談</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <source>Proposed by Kaidan — check it, then:</source>
        <translation>Kaidan の提案です。確認してから:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Confirm Meeting</source>
        <translation>会談を承認</translation>
    </message>
    <message>
        <source>Reject Meeting</source>
        <translation>会談を却下</translation>
    </message>
    <message>
        <source>Set Meeting Kind to {value}</source>
        <translation>会談の種類を「{value}」に設定</translation>
    </message>
    <message>
        <source>Set Meeting Status to {value}</source>
        <translation>会談の状況を「{value}」に設定</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Set Meeting Date Precision to {value}</source>
        <translation>会談の日付の精度を「{value}」に設定</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>City or country</source>
        <translation>都市または国・地域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上位の会談</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Office then</source>
        <translation>当時の役職</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>言及している記事</translation>
    </message>
    <message>
        <source>Claims about it</source>
        <translation>この会談についての主張</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <source>Accept Link</source>
        <translation>つながりを承認</translation>
    </message>
    <message>
        <source>Reject Link</source>
        <translation>つながりを却下</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>会談が選ばれていません</translation>
    </message>
    <message>
        <source>Click a meeting on the timeline or in the list.</source>
        <translation>年表か一覧で会談をクリックしてください。</translation>
    </message>
    <message>
        <source>proposed by Kaidan</source>
        <translation>Kaidan の提案</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>resolved from 「{words}」</source>
        <translation>「{words}」から解決</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>登録簿にありません</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>記事 {id}</translation>
    </message>
    <message>
        <source>Click to open the article at this mention</source>
        <translation>クリックすると、この言及の位置で記事を開きます</translation>
    </message>
    <message>
        <source>No article mention is tied to this meeting yet.</source>
        <translation>この会談に結び付いた記事中の言及はまだありません。</translation>
    </message>
    <message>
        <source>No claims about this meeting.</source>
        <translation>この会談についての主張はありません。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>no evidence sentence</source>
        <translation>根拠となる文はありません</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>日付は YYYY-MM-DD、YYYY-MM、YYYY のいずれかで書いてください</translation>
    </message>
    <message>
        <source>Set Meeting Start Date</source>
        <translation>会談の開始日を設定</translation>
    </message>
    <message>
        <source>Set Meeting End Date</source>
        <translation>会談の終了日を設定</translation>
    </message>
    <message>
        <source>Set Meeting Place</source>
        <translation>会談の場所を設定</translation>
    </message>
    <message>
        <source>Make {name} {role}</source>
        <translation>{name} を{role}にする</translation>
    </message>
    <message>
        <source>Remove {name} from Meeting</source>
        <translation>{name} を会談から外す</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>Any confidence</source>
        <translation>すべての確信度</translation>
    </message>
    <message>
        <source>Fairly sure (≥ 0.5)</source>
        <translation>ほぼ確実（≥ 0.5）</translation>
    </message>
    <message>
        <source>Sure (≥ 0.75)</source>
        <translation>確実（≥ 0.75）</translation>
    </message>
    <message>
        <source>Rows: countries</source>
        <translation>行: 国・地域</translation>
    </message>
    <message>
        <source>Rows: participants</source>
        <translation>行: 参加者</translation>
    </message>
    <message>
        <source>Kinds: all</source>
        <translation>種類: すべて</translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation>開始 YYYY-MM</translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation>終了 YYYY-MM</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Show meetings Kaidan proposed that nobody has confirmed yet</source>
        <translation>Kaidan が提案し、まだ誰も承認していない会談を表示します</translation>
    </message>
    <message>
        <source>Hide proposals Kaidan is not sure of (confirmed meetings always show)</source>
        <translation>Kaidan の確信度が低い提案を隠します（承認済みの会談は常に表示）</translation>
    </message>
    <message>
        <source>Zoom: years … days (Ctrl+wheel, + and - on the timeline)</source>
        <translation>拡大縮小: 年 … 日（年表上で Ctrl+ホイール、+ と -）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show every meeting (Home)</source>
        <translation>すべての会談を表示（Home）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>すべての人物</translation>
    </message>
    <message>
        <source>Kinds: {kind}</source>
        <translation>種類: {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Kinds: %n</source>
        <translation>
            <numerusform>種類: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingGlyph</name>
    <message>
        <source>%n mention(s)</source>
        <translation>言及 %n 件</translation>
    </message>
    <message>
        <source>proposed by Kaidan — not confirmed</source>
        <translation>Kaidan の提案（未承認）</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>(no participants)</source>
        <translation>（参加者なし）</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話会談</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>オンライン会談</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Multilateral meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Negotiation round</source>
        <translation>交渉</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>歴訪</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>訪問者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>仲介者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>same as</source>
        <translation>同じ会談</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>precedes</source>
        <translation>先行</translation>
    </message>
    <message>
        <source>prepares</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>後続</translation>
    </message>
    <message>
        <source>same series as</source>
        <translation>同じ系列</translation>
    </message>
    <message>
        <source>part of a day</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>several days</source>
        <translation>数日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>half year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>MeetingMentionLayer</name>
    <message>
        <source>Meeting: {label}</source>
        <translation>会談: {label}</translation>
    </message>
    <message>
        <source>Meeting mention, not tied to a meeting yet</source>
        <translation>会談への言及（まだどの会談にも結び付いていません）</translation>
    </message>
    <message>
        <source>G: attach to a meeting…</source>
        <translation>G: 会談に結び付ける…</translation>
    </message>
</context>
<context>
    <name>MeetingsController</name>
    <message>
        <source>&amp;Meetings…</source>
        <translation>会談(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Attach Mention to Meeting…</source>
        <translation>言及を会談に結び付ける(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source> (proposal)</source>
        <translation>（提案）</translation>
    </message>
</context>
<context>
    <name>MeetingsWindow</name>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Linked meetings</source>
        <translation>つながりのある会談</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n meeting(s)</source>
        <translation>
            <numerusform>会談 %n 件中 {shown} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>提案 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated (in the list only)</source>
        <translation>
            <numerusform>日付なし %n 件（一覧のみ）</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Accept Link “{relation}”</source>
        <translation>つながり「{relation}」を承認</translation>
    </message>
    <message>
        <source>Reject Link “{relation}”</source>
        <translation>つながり「{relation}」を却下</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>参加者を追加</translation>
    </message>
    <message>
        <source>{name} already takes part</source>
        <translation>{name} はすでに参加しています</translation>
    </message>
    <message>
        <source>Add {name} to Meeting</source>
        <translation>{name} を会談に追加</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>(no country)</source>
        <translation>（国・地域なし）</translation>
    </message>
    <message>
        <source>(no participant)</source>
        <translation>（参加者なし）</translation>
    </message>
    <message>
        <source>No meetings match the filters</source>
        <translation>条件に合う会談はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n undated meeting(s) (see the list)</source>
        <translation>
            <numerusform>日付のない会談 %n 件（一覧を参照）</numerusform>
        </translation>
    </message>
</context>
</TS>
