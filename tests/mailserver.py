"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests that send mail over the wire."""

import email
import email.policy
import logging
import socket

from aiosmtpd.controller import Controller

# aiosmtpd logs every connection at INFO.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """aiosmtpd handler that keeps every accepted message; `refuse` makes it answer 451."""

    def __init__(self):
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.refuse:
            return "451 4.3.0 Bitte später erneut versuchen"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"

    def text(self, message):
        """The plain-text part of a message, decoded."""
        part = message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


class SMTPServer:
    """Started and stopped by the test; `stop()` then `start()` simulates an outage."""

    def __init__(self):
        self.mailbox = Mailbox()
        self.port = free_port()
        self.controller = None

    def start(self):
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        return self.mailbox.messages

    def text(self, message):
        return self.mailbox.text(message)
