"""A fake Telegram Bot API on 127.0.0.1 that records every call, for the channel's tests.

It answers like the Bot API (`{"ok": true, "result": ...}` with plausible Message
objects), so aiogram parses the answers as it would Telegram's. Run in a thread with
the standard library, so it needs no event loop of its own.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Set, Tuple
from urllib.parse import parse_qsl


@dataclass
class Call:
    method: str
    params: Dict[str, Any]
    files: Dict[str, Tuple[str, bytes]] = field(default_factory=dict)

    @property
    def chat_id(self) -> str | None:
        return str(self.params["chat_id"]) if "chat_id" in self.params else None

    @property
    def keyboard(self) -> List[List[Dict[str, Any]]]:
        markup = self.params.get("reply_markup")
        return (json.loads(markup) if isinstance(markup, str) else markup or {}).get("inline_keyboard", [])


def _parse_body(content_type: str, body: bytes) -> Tuple[Dict[str, Any], Dict[str, Tuple[str, bytes]]]:
    if content_type.startswith("application/json"):
        return json.loads(body or b"{}"), {}
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        params: Dict[str, Any] = {}
        files: Dict[str, Tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            payload = part.get_payload(decode=True) or b""
            if filename:
                files[name] = (filename, payload)
            else:
                params[name] = payload.decode("utf-8")
        return params, files
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), {}


def _read_body(request: BaseHTTPRequestHandler) -> bytes:
    if request.headers.get("Transfer-Encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int(request.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                request.rfile.readline()
                return body
            body += request.rfile.read(size)
            request.rfile.readline()
    return request.rfile.read(int(request.headers.get("Content-Length") or 0))


class FakeTelegram:
    """Start with `start()`; `base_url` goes into TELEGRAM_API_URL."""

    def __init__(self, token: str, bot_name: str = "OpfoelgningsCoachBot") -> None:
        self.token = token
        self.bot = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Opfølgningscoachen",
                    "username": bot_name}
        self.calls: List[Call] = []
        self.blocked_chats: Set[str] = set()  # sendMessage to these fails like a blocked bot
        self._lock = threading.Lock()
        self._message_ids = itertools.count(1000)
        self._server: ThreadingHTTPServer | None = None

    # --- lifecycle ---
    def start(self) -> FakeTelegram:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                fake._handle(self)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server, "not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # --- what the tests read ---
    def calls_to(self, method: str, chat_id: Any = None, since: int = 0) -> List[Call]:
        with self._lock:
            calls = list(self.calls[since:])
        return [c for c in calls if c.method == method and (chat_id is None or c.chat_id == str(chat_id))]

    def mark(self) -> int:
        """An index into the recorded calls: pass as `since` to see only newer ones."""
        with self._lock:
            return len(self.calls)

    def wait_for(self, method: str, timeout: float = 10, **filters: Any) -> List[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method, **filters)
            if found:
                return found
            time.sleep(0.1)
        return []

    # --- the API ---
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        parts = request.path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != f"bot{self.token}":
            self._reply(request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = parts[1]
        params, files = _parse_body(request.headers.get("Content-Type", ""), _read_body(request))
        call = Call(method, params, files)
        with self._lock:
            self.calls.append(call)
        if method in ("sendMessage", "sendDocument") and call.chat_id in self.blocked_chats:
            self._reply(request, 403, {"ok": False, "error_code": 403,
                                       "description": "Forbidden: bot was blocked by the user"})
            return
        self._reply(request, 200, {"ok": True, "result": self._result(call)})

    def _message(self, call: Call) -> Dict[str, Any]:
        chat_id = int(call.chat_id or 0)
        message: Dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                   "from": self.bot, "chat": {"id": chat_id, "type": "private"}}
        if "reply_markup" in call.params:
            message["reply_markup"] = json.loads(call.params["reply_markup"])
        return message

    def _result(self, call: Call) -> Any:
        if call.method == "sendMessage":
            return {**self._message(call), "text": call.params.get("text", "")}
        if call.method == "sendDocument":
            filename, content = call.files.get("document", ("document", b""))
            return {**self._message(call), "document": {
                "file_id": f"doc-{len(self.calls)}", "file_unique_id": f"u{len(self.calls)}",
                "file_name": filename, "mime_type": "text/calendar", "file_size": len(content)}}
        if call.method == "getMe":
            return self.bot
        if call.method == "getWebhookInfo":
            hooks = self.calls_to("setWebhook")
            url = hooks[-1].params.get("url", "") if hooks else ""
            return {"url": url, "has_custom_certificate": False, "pending_update_count": 0}
        return True  # setWebhook, answerCallbackQuery, deleteWebhook, ...

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: Dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)
