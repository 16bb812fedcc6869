<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>EntityChooser</name>
    <message>
        <location filename="../../../ui/entities/chooser.py" line="+41"/>
        <source>Name, alias, reading or English name</source>
        <translation>名前、別名、読み、英語名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by type</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registry entities</source>
        <translation>台帳のエンティティ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New Entity…</source>
        <translation>新しいエンティティ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink</source>
        <translation>リンクを解除</translation>
    </message>
</context>
<context>
    <name>EntityController</name>
    <message>
        <location filename="../../../ui/entities/controller.py" line="+68"/>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location filename="../../../ui/entities/corrections.py" line="+26"/>
        <source>Mark {name} as {type}</source>
        <translation>{name} を{type}として注釈</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{edit} (Ctrl+Z undoes)</source>
        <translation>{edit}（Ctrl+Z で元に戻す）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select text first, or put the caret in a highlighted name</source>
        <translation>先にテキストを選択するか、強調された名前にカーソルを置いてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already marked as {type}</source>
        <translation>{name} はすでに{type}として注釈されています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark as {type}</source>
        <translation>{type}として注釈</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No highlighted name after the caret</source>
        <translation>カーソル位置より後に強調された名前がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No highlighted name before the caret</source>
        <translation>カーソル位置より前に強調された名前がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No highlighted name at the caret or in the selection</source>
        <translation>カーソル位置にも選択範囲にも強調された名前がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject {name}</source>
        <translation>{name} を却下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject {n} Mentions</source>
        <translation>{n} 件の言及を却下</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select text or put the caret in a highlighted name to link it</source>
        <translation>リンクするには、テキストを選択するか強調された名前にカーソルを置いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates are not linked to entities</source>
        <translation>日付はエンティティにリンクしません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link {name} to…</source>
        <translation>{name} のリンク先…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Link {name} to {entity}</source>
        <translation>{name} を {entity} にリンク</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Unlink {name}</source>
        <translation>{name} のリンクを解除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the name in the reader first</source>
        <translation>先に本文で名前を選択してください</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Entity {name}</source>
        <translation>新しいエンティティ {name}</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../../ui/entities/entity_editor.py" line="+41"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line, or separated by commas</source>
        <translation>1 行に 1 つ、またはカンマ区切り</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English</source>
        <translation>英語名(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading</source>
        <translation>読み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>種類(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases</source>
        <translation>別名(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an entity in the table.</source>
        <translation>表からエンティティを選択してください。</translation>
    </message>
</context>
<context>
    <name>EntityFilterBar</name>
    <message>
        <location filename="../../../ui/entities/menus.py" line="+27"/>
        <source>✕ Clear</source>
        <translation>✕ 解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List all articles again</source>
        <translation>すべての記事を一覧に戻す</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Articles mentioning &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; に言及する記事</translation>
    </message>
</context>
<context>
    <name>EntityMenus</name>
    <message>
        <location line="+19"/>
        <source>Entity &amp;Highlights</source>
        <translation>エンティティの強調表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Entities Panel</source>
        <translation>エンティティパネル(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;ntities</source>
        <translation>エンティティ(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as {type}</source>
        <translation>{type}として注釈</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject Mention</source>
        <translation>言及を却下(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to Entity…</source>
        <translation>エンティティにリンク(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Entity from Selection…</source>
        <translation>選択範囲から新しいエンティティ(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;xt Name</source>
        <translation>次の名前(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Name</source>
        <translation>前の名前(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity &amp;Registry…</source>
        <translation>エンティティ台帳(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run Entity &amp;Detection on This Article</source>
        <translation>この記事でエンティティ検出をやり直す(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run Entity Detection on the Whole &amp;Library</source>
        <translation>ライブラリ全体でエンティティ検出をやり直す(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Improve Detection from Your Corrections</source>
        <translation>修正から検出を改善(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain the entity tagger on the articles you corrected, then detect again</source>
        <translation>修正した記事でエンティティの検出器を学習し直し、もう一度検出します</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} highlighted names</source>
        <translation>強調された名前 {n} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection</source>
        <translation>選択範囲</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to Entity…</source>
        <translation>エンティティにリンク…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Entity from Selection…</source>
        <translation>選択範囲から新しいエンティティ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../../ui/entities/panel.py" line="+72"/>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entities in the article</source>
        <translation>この記事のエンティティ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{type}. Enter or double-click lists the articles mentioning it.</source>
        <translation>{type}。Enter またはダブルクリックで言及している記事を一覧にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type}, not linked. Enter searches for the text.</source>
        <translation>{type}、リンクなし。Enter でこのテキストを検索します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 name</source>
        <translation>名前 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} names</source>
        <translation>名前 {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mention</source>
        <translation>言及 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} mentions</source>
        <translation>言及 {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{mentions} of {names} ({linked} in the registry)</source>
        <translation>{names}・{mentions} (台帳にあり {linked} 件)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entities in this article.</source>
        <translation>この記事にはエンティティがありません。</translation>
    </message>
</context>
<context>
    <name>EntityTooltip</name>
    <message>
        <location filename="../../../ui/entities/reader_layer.py" line="+24"/>
        <source>detected, not reviewed</source>
        <translation>検出済み・未確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not resolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not linked to the registry (L to link)</source>
        <translation>台帳にリンクなし (L でリンク)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by you</source>
        <translation>あなたが追加</translation>
    </message>
</context>
<context>
    <name>NewEntityDialog</name>
    <message>
        <location filename="../../../ui/entities/new_entity_dialog.py" line="+15"/>
        <source>New Entity</source>
        <translation>新しいエンティティ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>種類(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English</source>
        <translation>英語名(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../../ui/entities/registry_model.py" line="+13"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英語名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>出所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by you</source>
        <translation>あなたが編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by you</source>
        <translation>あなたが追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in your articles</source>
        <translation>あなたの記事から</translation>
    </message>
</context>
<context>
    <name>RegistryWindow</name>
    <message>
        <location filename="../../../ui/entities/registry_window.py" line="+56"/>
        <source>Entity Registry</source>
        <translation>エンティティ台帳</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search names, aliases, readings, English (e.g. 王毅, Rubio)</source>
        <translation>名前、別名、読み、英語名で検索 (例: 王毅、Rubio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by type</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edits to this entity (Ctrl+S); undo with Ctrl+Z</source>
        <translation>このエンティティへの編集を保存 (Ctrl+S)。Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>編集前に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Into…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold this entity into another one that stays: its names become aliases and its mentions link to the other</source>
        <translation>このエンティティを残す側のエンティティに統合します。名前は別名になり、言及は残る側にリンクされます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from Reader &amp;Selection</source>
        <translation>本文の選択範囲から追加(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new entity named by the text selected in the reader</source>
        <translation>本文で選択したテキストを名前とする新しいエンティティ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registry entities</source>
        <translation>台帳のエンティティ</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>1 entity</source>
        <translation>エンティティ 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} entities</source>
        <translation>エンティティ {n} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {entities}</source>
        <translation>{entities}中 {shown} 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;An entity needs a name.&lt;/b&gt;</source>
        <translation>&lt;b&gt;エンティティには名前が必要です。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <source>Edit Entity {name}</source>
        <translation>エンティティ {name} を編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is no longer in the registry: what you typed is kept here to copy into another entity</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; はもう台帳にありません: 入力した内容は別のエンティティに写せるようにここに残してあります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge {name} into…</source>
        <translation>{name} の統合先…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge {name} into {kept}</source>
        <translation>{name} を {kept} に統合</translation>
    </message>
</context>
</TS>
