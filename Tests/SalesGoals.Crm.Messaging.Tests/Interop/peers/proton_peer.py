"""A minimal AMQP 1.0 peer built on Qpid Proton, for testing our Service Bus client against an
implementation that is not ours. It offers SASL ANONYMOUS only (Proton without Cyrus cannot check
PLAIN), serves one queue and a $cbs node, and reports what the client did as JSON lines.

Usage: proton_peer.py <port> [--cbs answer|silent|refuse] [--deliver none|map|list|sequence|no-lock]
                             [--session named|unnamed]
Prints {"event": "ready"} once listening; then one line per event ("cbs", "outcome", "received").
Ends when stdin closes (the test disposes it) or after PEER_TIMEOUT seconds (default 120).
"""
import argparse
import json
import os
import sys
import threading

from proton import Condition, Delivery, Message, symbol
from proton.handlers import MessagingHandler
from proton.reactor import Container

OUTCOMES = {Delivery.ACCEPTED: "accepted", Delivery.REJECTED: "rejected",
            Delivery.RELEASED: "released", Delivery.MODIFIED: "modified"}


def report(**event):
    print(json.dumps(event, default=str), flush=True)


class Refuse:
    """Detaches a link with an error once Proton has answered its attach."""

    def __init__(self, link, condition):
        self.link, self.condition = link, condition

    def on_timer_task(self, event):
        self.link.condition = self.condition
        self.link.close()


class Stop:
    def __init__(self, peer):
        self.peer = peer

    def on_timer_task(self, event):
        self.peer.stop(event.container)


class Peer(MessagingHandler):
    def __init__(self, args):
        super().__init__(auto_accept=False)
        self.args = args
        self.reply_links = {}
        self.delivered = False
        self.acceptor = None

    def on_start(self, event):
        self.acceptor = event.container.listen("127.0.0.1:%d" % self.args.port)
        event.container.schedule(float(os.environ.get("PEER_TIMEOUT", "120")), Stop(self))
        report(event="ready")

    def stop(self, container):
        if self.acceptor is not None:
            self.acceptor.close()
            self.acceptor = None
        container.stop()

    def on_connection_bound(self, event):
        # Proton without Cyrus SASL can serve ANONYMOUS (and EXTERNAL) only.
        event.transport.sasl().allowed_mechs("ANONYMOUS")

    def on_link_opening(self, event):
        link = event.link
        address = link.remote_source.address if link.is_sender else link.remote_target.address
        link.interop_address = address
        if address == "$cbs" and self.args.cbs == "refuse":
            # Answer the attach with no terminus, then detach with the reason: "no such node".
            event.container.schedule(0.05, Refuse(link, Condition("amqp:not-found", "This peer has no $cbs node.")))
            return
        link.source.copy(link.remote_source)
        link.target.copy(link.remote_target)
        if link.is_sender and address != "$cbs":
            if self.args.session == "unnamed":
                # Grant the session without naming it: no com.microsoft:session-filter in the answer.
                link.source.filter.clear()
        if link.is_sender and link.remote_target.address:
            self.reply_links[link.remote_target.address] = link

    def on_message(self, event):
        address = getattr(event.link, "interop_address", None)
        message = event.message
        if address == "$cbs":
            event.delivery.update(Delivery.ACCEPTED)
            event.delivery.settle()
            report(event="cbs", operation=(message.properties or {}).get("operation"), audience=(message.properties or {}).get("name"))
            if self.args.cbs == "answer":
                reply = Message(correlation_id=message.id, properties={"status-code": 202, "status-description": "Accepted"})
                self.reply_links[message.reply_to].send(reply)
            return
        event.delivery.update(Delivery.ACCEPTED)
        event.delivery.settle()
        report(event="received", address=address, id=message.id)

    def on_sendable(self, event):
        link = event.link
        if getattr(link, "interop_address", None) in (None, "$cbs"):
            return
        if self.delivered or self.args.deliver == "none":
            return
        self.delivered = True
        kind = self.args.deliver
        if kind == "map":
            message = Message(body={"goal": "g-1", "amount": 42}, id=b"\x01\x02\xab")
        elif kind == "list":
            message = Message(body=[1, "two", 3.5], id="list-1")
        elif kind == "sequence":
            message = Message(body=[1, "two", 3.5], id="sequence-1", inferred=True)
        else:
            # A data body with no Service Bus annotations at all: no x-opt-locked-until, no lock token.
            message = Message(body=b"plain bytes", id="no-lock-1", inferred=True)
        if self.args.session:
            message.group_id = "s-1"
        link.send(message).interop_kind = kind

    def on_settled(self, event):
        delivery = event.delivery
        if not delivery.link.is_sender or getattr(delivery.link, "interop_address", None) == "$cbs":
            return
        state = delivery.remote_state
        condition = delivery.remote.condition
        info = {}
        if condition is not None and condition.info:
            info = {str(k): v for k, v in condition.info.items()}
        report(event="outcome", kind=getattr(delivery, "interop_kind", None), state=OUTCOMES.get(state, str(state)),
               condition=condition.name if condition else None, info=info)

    # A peer that closes links or connections is the client's business, not an error here.
    def on_link_error(self, event):
        event.link.close()

    def on_connection_error(self, event):
        event.connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--cbs", default="answer", choices=["answer", "silent", "refuse"])
    parser.add_argument("--deliver", default="none", choices=["none", "map", "list", "sequence", "no-lock"])
    parser.add_argument("--session", default=None, choices=["named", "unnamed"])
    args = parser.parse_args()
    peer = Peer(args)
    container = Container(peer)
    # The test closes stdin to end the peer; the reactor is told from a watcher thread.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    container.run()


if __name__ == "__main__":
    main()
