<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClaimController</name>
    <message>
        <location filename="../../../ui/claims/controller.py" line="+60"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Select the text of the claim first (Shift+arrows), then press C</source>
        <translation>先に主張の文字列を選択し（Shift+矢印キー）、C を押してください</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+98"/>
        <source>unknown holder</source>
        <translation>保持者不明</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Put the caret in a claim or candidate first</source>
        <translation>先に主張または候補の中にカーソルを置いてください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Claim from Selection…</source>
        <translation>選択範囲から主張を作成…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept Claim Candidate</source>
        <translation>主張候補を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss Claim Candidate</source>
        <translation>主張候補を却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Claim…</source>
        <translation>主張を編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Claim</source>
        <translation>主張を削除</translation>
    </message>
    <message>
        <location filename="../../../ui/claims/editor_host.py" line="+91"/>
        <source>Saved the claim by {holder}</source>
        <translation>{holder}の主張を保存しました</translation>
    </message>
    <message>
        <location filename="../../../ui/claims/claim_commands.py" line="+30"/>
        <location line="+29"/>
        <source>Accept claim by {holder}</source>
        <translation>{holder}の主張を承認</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Dismiss candidate by {holder}</source>
        <translation>{holder}の主張候補を却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete claim by {holder}</source>
        <translation>{holder}の主張を削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Add claim by {holder}</source>
        <translation>{holder}の主張を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set stance {stance}</source>
        <translation>立場を「{stance}」に設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit claim by {holder}</source>
        <translation>{holder}の主張を編集</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../../ui/claims/editor.py" line="+22"/>
        <source>Direct quote</source>
        <translation>直接引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported speech</source>
        <translation>間接話法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>直接・間接の混在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unattributed</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new topic</source>
        <translation>新しい話題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>話題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Claim candidate</source>
        <translation>主張候補</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit claim</source>
        <translation>主張を編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New claim</source>
        <translation>新しい主張</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who says it (registry name or free text)</source>
        <translation>発言者（登録済みの名前または自由記述）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {names}</source>
        <translation>{names}経由</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whom or what about (entity, topic or text)</source>
        <translation>誰・何について（エンティティ、話題、自由記述）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cue: {cue}</source>
        <translation>手がかり: {cue}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Stance keys · 1/2/3 intensity · Tab next field · Enter save · Esc cancel</source>
        <translation>立場キー · 1/2/3 強さ · Tab 次の欄 · Enter 保存 · Esc キャンセル</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>ClaimMenus</name>
    <message>
        <location filename="../../../ui/claims/menus.py" line="+19"/>
        <source>&amp;Claims</source>
        <translation>主張(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make Claim from Selection…</source>
        <translation>選択範囲から主張を作成(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept Candidate / Edit Claim</source>
        <translation>候補を承認／主張を編集(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dismiss Candidate / Delete Claim</source>
        <translation>候補を却下／主張を削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims &amp;Panel</source>
        <translation>主張パネル(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Claims Browser…</source>
        <translation>主張ブラウザ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest Claim Candidates in &amp;This Article</source>
        <translation>この記事の主張候補を提案(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest Claim Candidates in the &amp;Whole Library</source>
        <translation>ライブラリ全体の主張候補を提案(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../../ui/claims/model.py" line="+13"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
</context>
<context>
    <name>ClaimsBrowser</name>
    <message>
        <location filename="../../../ui/claims/browser.py" line="+57"/>
        <source>Claims Browser</source>
        <translation>主張ブラウザ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Holder (name or part of it)</source>
        <translation>保持者（名前またはその一部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (entity or topic)</source>
        <translation>対象（エンティティまたは話題）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in the claim or note</source>
        <translation>主張またはメモ中の語句</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From YYYY-MM-DD</source>
        <translation>開始 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To YYYY-MM-DD</source>
        <translation>終了 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any stance</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>語句</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stance counts by holder and target</source>
        <translation>保持者・対象ごとの立場の件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Summary CSV…</source>
        <translation>集計を CSV で書き出し…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Summary&lt;/b&gt; · how often each holder took each stance toward each target, over the claims listed above</source>
        <translation>&lt;b&gt;集計&lt;/b&gt; · 上に一覧した主張で、各保持者が各対象にそれぞれの立場を取った回数</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Any outlet</source>
        <translation>すべての媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>すべての注釈者</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{claims} · {pairs}</source>
        <translation>{claims} · {pairs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 claim</source>
        <translation>主張 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} claims</source>
        <translation>主張 {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 holder–target pair</source>
        <translation>保持者と対象の組 1 組</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} holder–target pairs</source>
        <translation>保持者と対象の組 {n} 組</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet: Kaidan&apos;s candidates (dashed underlines in the reader) become claims when you accept one with Enter; or select text and press C</source>
        <translation>まだありません: 本文で破線の下線が付いた Kaidan の候補を Enter で承認すると主張になります。本文を選択して C を押しても作れます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none matches the filters</source>
        <translation>条件に合う主張はありません</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>Export Summary</source>
        <translation>集計を書き出し</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The summary was not saved: {path} could not be written ({reason}).</source>
        <translation>集計は保存されませんでした: {path} に書き込めません ({reason})。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../../ui/claims/panel.py" line="+49"/>
        <source>Holder → target</source>
        <translation>保持者 → 対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims in the article</source>
        <translation>この記事の主張</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide unsure candidates</source>
        <translation>確信度の低い候補を隠す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide candidates Kaidan is less than {share} sure of</source>
        <translation>Kaidan の確信度が {share} 未満の候補を隠します</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Candidate ({share} sure, cue: {cue}): Enter accepts it and opens the editor, Delete dismisses it</source>
        <translation>候補（確信度 {share}、手がかり: {cue}）: Enter で承認して編集欄を開き、Delete で却下します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidate: Enter accepts it and opens the editor, Delete dismisses it</source>
        <translation>候補: Enter で承認して編集欄を開き、Delete で却下します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stance yet</source>
        <translation>立場は未設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stance}. Enter edits, Delete deletes</source>
        <translation>{stance}。Enter で編集、Delete で削除します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{claims}, {candidates}</source>
        <translation>{claims}、{candidates}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 claim</source>
        <translation>主張 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} claims</source>
        <translation>主張 {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 candidate</source>
        <translation>候補 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} candidates</source>
        <translation>候補 {n} 件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n unsure hidden)</source>
        <translation>
            <numerusform>（確信度の低い %n 件を非表示）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No claims in this article. Select text and press C.</source>
        <translation>この記事には主張がありません。文字列を選択して C を押してください。</translation>
    </message>
</context>
<context>
    <name>SchemeLabels</name>
    <message>
        <location filename="../../../ui/claims/labels.py" line="+20"/>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>StanceLabels</name>
    <message>
        <location line="-7"/>
        <source>Favor</source>
        <translation>賛成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>反対</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
</context>
<context>
    <name>StanceStrip</name>
    <message>
        <location filename="../../../ui/claims/stance_strip.py" line="+13"/>
        <source>low</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>強</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../../ui/claims/model.py" line="+1"/>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No stance</source>
        <translation>立場なし</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no holder)</source>
        <translation>（保持者なし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no target)</source>
        <translation>（対象なし）</translation>
    </message>
</context>
</TS>
