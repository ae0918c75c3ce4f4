"""A DNS server of the tests' own on 127.0.0.1 (UDP), answering from a zone a test writes.

``records`` maps (name, type) to the record texts in zone-file form, e.g.
``("_imaps._tcp.example.org", "SRV"): ["0 1 993 mail.example.org."]``. Other names under a name it knows
get NODATA, the rest NXDOMAIN. Every question it was asked is kept in ``asked``.
"""

from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rrset


class DnsServer:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        self.asked: list[tuple[str, str]] = []
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def start(self) -> DnsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._socket.close()

    def _answer(self, query: dns.message.Message) -> dns.message.Message:
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        question = query.question[0]
        name = question.name.to_text().rstrip(".").lower()
        kind = dns.rdatatype.to_text(question.rdtype)
        self.asked.append((name, kind))
        texts = self.records.get((name, kind))
        if texts:
            response.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", kind, texts))
        elif not any(known == name for known, _ in self.records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        return response

    def _serve(self) -> None:
        while True:
            try:
                data, peer = self._socket.recvfrom(4096)
            except OSError:
                return
            try:
                query = dns.message.from_wire(data)
            except Exception:  # not a DNS message: a real server ignores it too
                continue
            try:
                self._socket.sendto(self._answer(query).to_wire(), peer)
            except OSError:
                return
