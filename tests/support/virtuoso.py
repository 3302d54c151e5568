"""Start a throw-away Virtuoso (Debian's virtuoso-opensource) on loopback for the integration tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /usr/share/virtuoso-opensource-7/vsp
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Virtuoso:
    """A Virtuoso server in ``folder``; ``url`` is its SPARQL endpoint, ``gsp_url`` its Graph Store endpoint."""

    user = "dba"
    password = "dba"  # a new database's default; the server only listens on loopback

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql, self.http = _free_port(), _free_port()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=self.sql, http=self.http))
        self.url = f"http://127.0.0.1:{self.http}/sparql"
        self.gsp_url = f"http://127.0.0.1:{self.http}/sparql-graph-crud-auth"
        self.proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None

    def start(self, wait: float = 90) -> "Virtuoso":
        self.proc = subprocess.Popen(["virtuoso-t", "+configfile", str(self.folder / "virtuoso.ini"), "+foreground"],
                                     cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + wait
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited: {(self.folder / 'virtuoso.log').read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("virtuoso did not answer in time")
        subprocess.run(["isql-vt", f"127.0.0.1:{self.sql}", self.user, self.password, 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
