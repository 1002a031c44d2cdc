"""The browser driver's REST calls hold under a slow server: 5xx answers are retried until a
deadline, a kernel that is already gone counts as stopped, and a server that keeps failing
is reported with what it said. A small local HTTP server plays the Jupyter server."""

import http.server
import json
import threading

import pytest

from labdriver import Lab


class _Server(http.server.ThreadingHTTPServer):
    answers = []          # (status, body) served in turn; the last one repeats


class _Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        answers = self.server.answers
        status, body = answers.pop(0) if len(answers) > 1 else answers[0]
        self.server.seen.append((self.command, self.path.split("?")[0]))
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_DELETE = _answer

    def log_message(self, *args):      # quiet
        pass


@pytest.fixture
def fake_lab():
    server = _Server(("127.0.0.1", 0), _Handler)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    lab = Lab.__new__(Lab)
    lab.url, lab.token = f"http://127.0.0.1:{server.server_address[1]}", "t"
    yield lab, server
    server.shutdown()
    server.server_close()


def test_a_500_is_retried_until_the_server_answers(fake_lab):
    lab, server = fake_lab
    server.answers = [(500, {"message": "busy"}), (500, None), (200, [
        {"id": "k1", "execution_state": "idle"}])]
    assert lab.kernels_idle()
    assert len(server.seen) == 3


def test_a_kernel_already_gone_counts_as_stopped(fake_lab):
    lab, server = fake_lab
    server.answers = [(200, [{"id": "k1"}, {"id": "k2"}]), (404, {"message": "no kernel"}),
                      (204, None)]
    lab.shutdown_kernels()
    assert server.seen == [("GET", "/api/kernels"), ("DELETE", "/api/kernels/k1"),
                           ("DELETE", "/api/kernels/k2")]


def test_a_server_that_keeps_failing_is_reported_with_what_it_said(fake_lab):
    lab, server = fake_lab
    server.answers = [(500, {"message": "Internal Server Error"})]
    with pytest.raises(RuntimeError) as info:
        lab.api("/api/kernels", deadline=1.0)
    message = str(info.value)
    assert "did not answer GET /api/kernels within 1 s" in message
    assert "HTTP 500" in message and "Internal Server Error" in message
    assert len(server.seen) >= 3                  # it did retry


def test_a_client_error_is_not_retried(fake_lab):
    lab, server = fake_lab
    server.answers = [(403, {"message": "Forbidden"})]
    with pytest.raises(RuntimeError, match="HTTP 403"):
        lab.api("/api/kernels", deadline=5.0)
    assert len(server.seen) == 1
