<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../../ui/team/agreement_view.py" line="+17"/>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting ties</source>
        <translation>会談への結び付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting links</source>
        <translation>会談のつながり</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entity spans and types, exact match F1 between annotators</source>
        <translation>エンティティの範囲と種類、注釈者間の完全一致 F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entity spans overlapping with the same type, F1</source>
        <translation>同じ種類で重なるエンティティの範囲、F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entity spans alone (type ignored), exact F1</source>
        <translation>エンティティの範囲のみ（種類は問わない）、完全一致 F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entity units and their types, Krippendorff&apos;s unitizing alpha over the text all hold</source>
        <translation>エンティティの範囲と種類、全員が持つ記事の本文での Krippendorff の単位化 α</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entity types on spans both marked, Cohen&apos;s kappa (mean over pairs)</source>
        <translation>双方が付けた範囲のエンティティの種類、Cohen の κ（組の平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entity types on spans every annotator marked, Fleiss&apos; kappa</source>
        <translation>全注釈者が付けた範囲のエンティティの種類、Fleiss の κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entity types on spans two or more marked, Krippendorff&apos;s alpha (nominal)</source>
        <translation>二人以上が付けた範囲のエンティティの種類、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claims marked (overlapping spans), F1</source>
        <translation>付けられた主張（範囲の重なり）、F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim spans, Krippendorff&apos;s unitizing alpha over the text all hold</source>
        <translation>主張の範囲、全員が持つ記事の本文での Krippendorff の単位化 α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stance on the same claim, Cohen&apos;s kappa (mean over pairs)</source>
        <translation>同じ主張の立場、Cohen の κ（組の平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stance on claims every annotator marked, Fleiss&apos; kappa</source>
        <translation>全注釈者が付けた主張の立場、Fleiss の κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stance on the same claim, Krippendorff&apos;s alpha (nominal)</source>
        <translation>同じ主張の立場、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim holder, Krippendorff&apos;s alpha (nominal)</source>
        <translation>主張の保持者、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim target, Krippendorff&apos;s alpha (nominal)</source>
        <translation>主張の対象、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two meeting mentions of an article tied to the same meeting or not, Cohen&apos;s kappa</source>
        <translation>記事中の二つの会談への言及が同じ会談に結び付くかどうか、Cohen の κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same, Krippendorff&apos;s alpha (nominal)</source>
        <translation>同上、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links between the same two meetings, F1</source>
        <translation>同じ二つの会談の間のつながり、F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relation of a link, Krippendorff&apos;s alpha (nominal)</source>
        <translation>つながりの関係、Krippendorff の α（名義尺度）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Agreement</source>
        <translation>注釈者間一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing agreement…</source>
        <translation>一致度を計算中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer:</source>
        <translation>層:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confusion (rows: first annotator of each pair, columns: second)</source>
        <translation>混同行列（行: 各組の一人目の注釈者、列: 二人目）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 annotator</source>
        <translation>注釈者 1 人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} annotators</source>
        <translation>注釈者 {n} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 article</source>
        <translation>記事 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} articles</source>
        <translation>記事 {n} 件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{annotators}: {names} — {articles} ({states})</source>
        <translation>{annotators}: {names} — {articles}（{states}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pair</source>
        <translation>組</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{layer}: {figure} per pair</source>
        <translation>{layer}: 組ごとの {figure}</translation>
    </message>
</context>
<context>
    <name>CurationWindow</name>
    <message>
        <location filename="../../../ui/team/curation_view.py" line="+27"/>
        <source>entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting tie</source>
        <translation>会談への結び付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>つながり</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disagreeing</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreeing</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjudicated</source>
        <translation>裁定済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1–9 take an annotator&apos;s version · M majority · Shift+A adopt every agreeing article · T selected decision in/out of gold · N/P next/previous disagreeing · Ctrl+Z undo</source>
        <translation>1–9 注釈者の版を採用 · M 多数決 · Shift+A 一致した記事をすべて採用 · T 選んだ判断を正解に入れる／外す · N/P 次／前の不一致 · Ctrl+Z 元に戻す</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+199"/>
        <source>(no stance)</source>
        <translation>（立場なし）</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+2"/>
        <source>meeting @{id}</source>
        <translation>会談 @{id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Curation</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Span</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>正解</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Take {annotator}&apos;s Version</source>
        <translation>{annotator} の版を採用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the Majority</source>
        <translation>多数決を採用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adopt 1 Agreeing Article</source>
        <translation>一致している記事 1 件を採用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopt {n} Agreeing Articles</source>
        <translation>一致している記事 {n} 件を採用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toggle Decision in Gold</source>
        <translation>判断を正解に入れる／外す</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../../ui/team/team_controller.py" line="+35"/>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop merging before the next library</source>
        <translation>次のライブラリの前で統合を止めます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge Libraries…</source>
        <translation>ライブラリを統合(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator A&amp;greement…</source>
        <translation>注釈者間一致(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;uration (Adjudicate)…</source>
        <translation>裁定(&amp;U)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge Annotators&apos; Libraries</source>
        <translation>注釈者のライブラリを統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaidan libraries (*.db *.sqlite);;All files (*)</source>
        <translation>Kaidan ライブラリ (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merging…</source>
        <translation>統合中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A merge is already running</source>
        <translation>統合はすでに実行中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging libraries…</source>
        <translation>ライブラリを統合しています…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Team Work</source>
        <translation>共同作業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No annotators&apos; libraries are merged into this library yet: use File → Merge Libraries… first.</source>
        <translation>このライブラリにはまだ注釈者のライブラリが統合されていません。先に「ファイル → ライブラリを統合…」を使ってください。</translation>
    </message>
</context>
</TS>
