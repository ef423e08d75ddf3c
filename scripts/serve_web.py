#!/usr/bin/env python3
"""Serve web/ (the chat page and its node_modules) on 127.0.0.1.

Usage: scripts/serve_web.py [PORT]   (default: $WEB_PORT or 8080)

Stdlib only. Serves files under web/ and nothing else, never lists
directories, and sends a Content-Security-Policy that keeps the page off the
internet (rasa-webchat's own Google-font @import is patched out: web/patches/).
"""

from __future__ import annotations

import http.server
import io
import os
import sys
from functools import partial
from pathlib import Path

WEB = (Path(__file__).resolve().parents[1] / "web").resolve()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".map": "application/json",
    }

    def list_directory(self, path):  # no directory listings, anywhere
        self.send_error(404)
        return None

    def send_head(self):
        # Only regular files inside web/ (translate_path already drops '..').
        target = Path(self.translate_path(self.path)).resolve()
        if target.is_dir():
            target = target / "index.html"
        if target == WEB / "config.js" and not target.exists():
            return self.send_bytes(b"// scripts/run.sh writes the Rasa URL here.\n", "text/javascript")
        if not target.is_file() or WEB not in target.parents:
            self.send_error(404)
            return None
        return super().send_head()

    def send_bytes(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        host = (self.headers.get("Host") or "127.0.0.1").rsplit(":", 1)[0]
        rasa = " ".join(f"{scheme}://{h}:*" for h in {host, "127.0.0.1", "localhost"} for scheme in ("http", "ws"))
        self.send_header("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                         "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
                         f"frame-ancestors 'none'; connect-src 'self' {rasa}")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # quiet: failed requests only (log_request)
        pass

    def log_request(self, code="-", size="-"):
        if str(code).isdigit() and int(code) >= 400:
            sys.stderr.write(f"serve_web: {int(code)} {self.requestline}\n")


def main() -> None:
    port = int(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WEB_PORT", "8080"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=str(WEB)))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
