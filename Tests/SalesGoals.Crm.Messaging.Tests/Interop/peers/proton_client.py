"""Qpid Proton as an AMQP 1.0 client of the embedded broker: one scenario per run.

Usage: proton_client.py <scenario> <host:port> <queue> [<mode>]
Credentials come from the environment (AMQP_USER, AMQP_PASSWORD; SASL PLAIN). Prints one JSON line
with what Proton observed; the MSTest side asserts on it. Every scenario stops itself after
AMQP_TIMEOUT seconds (default 20) and then reports "timed_out": true with what it saw so far.
"""
import json
import os
import sys

from proton import Delivery, Link, Message, symbol
from proton.handlers import MessagingHandler
from proton.reactor import Container, LinkOption

OUTCOMES = {Delivery.ACCEPTED: "accepted", Delivery.REJECTED: "rejected",
            Delivery.RELEASED: "released", Delivery.MODIFIED: "modified", Delivery.RECEIVED: "received"}


class SettleSecond(LinkOption):
    """receiver-settle-mode second: the receiver states an outcome, the broker settles it."""

    def apply(self, link):
        link.rcv_settle_mode = Link.RCV_SECOND


class Scenario(MessagingHandler):
    def __init__(self, address, queue, **kwargs):
        super().__init__(**kwargs)
        self.address = address
        self.queue = queue
        self.result = {"timed_out": False}
        self.connection = None
        self.timer = None

    def on_start(self, event):
        self.connection = event.container.connect(
            "amqp://" + self.address, user=os.environ["AMQP_USER"], password=os.environ["AMQP_PASSWORD"],
            allowed_mechs="PLAIN", allow_insecure_mechs=True)
        self.timer = event.container.schedule(float(os.environ.get("AMQP_TIMEOUT", "20")), self)
        self.begin(event)

    def on_timer_task(self, event):
        self.result["timed_out"] = True
        self.finish()

    def finish(self):
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.connection is not None:
            print(json.dumps(self.result, default=str), flush=True)
            self.connection.close()
            self.connection = None

    def on_transport_error(self, event):
        self.result["transport_error"] = str(event.transport.condition)
        self.finish()

    def on_connection_error(self, event):
        condition = event.connection.remote_condition
        self.result["connection_error"] = condition.name if condition else "closed"
        self.finish()


class Drain(Scenario):
    """Two messages queued, then a drain: both arrive, the rest of the credit comes back drained."""

    def __init__(self, address, queue, mode):
        super().__init__(address, queue, prefetch=0)
        self.mode = mode
        self.result.update(received=0, drained=0, credit=None)
        self.sent = 0
        self.drain_asked = False

    def begin(self, event):
        self.sender = event.container.create_sender(self.connection, self.queue)
        self.receiver = event.container.create_receiver(self.connection, self.queue)
        if self.mode == "after-flow":
            # Credit first, then a drain that adds none: the broker must drain the credit already given.
            self.receiver.flow(10)

    def on_sendable(self, event):
        while event.sender.credit and self.sent < 2:
            event.sender.send(Message(body="m%d" % self.sent, id="drain-%d" % self.sent))
            self.sent += 1

    def on_accepted(self, event):
        if self.mode == "with-credit" and event.delivery.link.is_sender and self.sent == 2 and not self.drain_asked:
            self.drain_asked = True
            self.receiver.drain(10)

    def on_message(self, event):
        self.result["received"] += 1
        if self.mode == "after-flow" and self.result["received"] == 2 and not self.drain_asked:
            self.drain_asked = True
            self.receiver.drain(0)

    def on_link_flow(self, event):
        if event.link.is_receiver and self.drain_asked:
            self.result["drained"] += self.receiver.drained()
            self.result["credit"] = self.receiver.credit
            if not self.receiver.draining() and self.receiver.credit == 0 and self.result["received"] == 2:
                self.finish()


class Outcomes(Scenario):
    """Four messages settled accept / reject / modify / release; records the broker's final state of each."""

    BODIES = ["accept", "reject", "modify", "release"]

    def __init__(self, address, queue, mode):
        super().__init__(address, queue, prefetch=0, auto_accept=False, auto_settle=False)
        self.mode = mode
        self.result.update(final={})
        self.sent = 0
        self.accepted_sends = 0
        self.bodies = {}

    def begin(self, event):
        self.sender = event.container.create_sender(self.connection, self.queue)
        options = SettleSecond() if self.mode == "second" else None
        self.receiver = event.container.create_receiver(self.connection, self.queue, options=options)

    def on_sendable(self, event):
        while event.sender.credit and self.sent < len(self.BODIES):
            event.sender.send(Message(body=self.BODIES[self.sent], id="outcome-%d" % self.sent))
            self.sent += 1

    def on_accepted(self, event):
        if event.delivery.link.is_sender:
            event.delivery.settle()
            self.accepted_sends += 1
            if self.accepted_sends == len(self.BODIES):
                self.receiver.flow(len(self.BODIES))

    def on_message(self, event):
        delivery = event.delivery
        body = event.message.body
        self.bodies[delivery.tag] = body
        if body == "modify":
            delivery.local.failed = True
        delivery.update({"accept": Delivery.ACCEPTED, "reject": Delivery.REJECTED,
                         "modify": Delivery.MODIFIED, "release": Delivery.RELEASED}[body])
        if self.mode != "second":
            delivery.settle()
            self.result["final"][body] = "settled-by-receiver"
            if len(self.result["final"]) == len(self.BODIES):
                self.finish()

    def on_settled(self, event):
        delivery = event.delivery
        if not delivery.link.is_receiver:
            return
        body = self.bodies.get(delivery.tag)
        self.result["final"][body] = OUTCOMES.get(delivery.remote_state, str(delivery.remote_state))
        delivery.settle()
        if len(self.result["final"]) == len(self.BODIES):
            self.finish()


class Header(Scenario):
    """Sends one message without a time-to-live and one with; reports the header fields as received."""

    def __init__(self, address, queue):
        super().__init__(address, queue)
        self.result.update(messages={})
        self.sent = 0

    def begin(self, event):
        self.sender = event.container.create_sender(self.connection, self.queue)
        self.receiver = event.container.create_receiver(self.connection, self.queue)

    def on_sendable(self, event):
        if self.sent == 0 and event.sender.credit >= 2:
            event.sender.send(Message(body="no-ttl", id="h-1", durable=True, priority=7, first_acquirer=True,
                                      instructions={symbol("x-opt-interop"): "kept"}))
            event.sender.send(Message(body="ttl", id="h-2", ttl=60))
            self.sent = 2

    def on_message(self, event):
        m = event.message
        self.result["messages"][m.body] = {
            "ttl": m.ttl, "priority": m.priority, "first_acquirer": m.first_acquirer, "durable": m.durable,
            "delivery_count": m.delivery_count,
            "delivery_annotations": {str(k): v for k, v in (m.instructions or {}).items()},
        }
        if len(self.result["messages"]) == 2:
            self.finish()


class Steal(Scenario):
    """Attaches a receiver, then a second with the same name and role on the same connection."""

    NAME = "interop-stolen-link"

    def __init__(self, address, queue):
        super().__init__(address, queue)
        self.result.update(first_closed_with=None, second_opened=False, received_on_second=None)
        self.first = self.second = None

    def begin(self, event):
        self.container = event.container
        self.first = event.container.create_receiver(self.connection, self.queue, name=self.NAME)
        # Proton may hand out a new wrapper per event; an attribute lives on the link itself.
        self.first.interop_tag = "first"

    def on_link_opened(self, event):
        tag = getattr(event.link, "interop_tag", None)
        if tag == "first" and self.second is None:
            self.second = self.container.create_receiver(self.connection, self.queue, name=self.NAME)
            self.second.interop_tag = "second"
        elif tag == "second":
            self.result["second_opened"] = True
            self.container.create_sender(self.connection, self.queue)

    def on_sendable(self, event):
        if not getattr(self, "sent", False):
            event.sender.send(Message(body="after-steal", id="steal-1"))
            self.sent = True

    def on_link_error(self, event):
        condition = event.link.remote_condition
        if getattr(event.link, "interop_tag", None) == "first":
            self.result["first_closed_with"] = condition.name if condition else None
        else:
            self.result.setdefault("other_link_errors", []).append(condition.name if condition else None)
        self.maybe_finish()

    def on_link_closing(self, event):
        if getattr(event.link, "interop_tag", None) == "first":
            self.result["first_closed_with"] = "closed-without-error"
        self.maybe_finish()

    def on_message(self, event):
        if getattr(event.link, "interop_tag", None) == "second":
            self.result["received_on_second"] = event.message.body
        self.maybe_finish()

    def maybe_finish(self):
        if self.result["first_closed_with"] and self.result["received_on_second"]:
            self.finish()


def main():
    scenario, address, queue = sys.argv[1], sys.argv[2], sys.argv[3]
    mode = sys.argv[4] if len(sys.argv) > 4 else None
    handler = {
        "drain": lambda: Drain(address, queue, mode or "with-credit"),
        "outcomes": lambda: Outcomes(address, queue, mode or "second"),
        "header": lambda: Header(address, queue),
        "steal": lambda: Steal(address, queue),
    }[scenario]()
    Container(handler).run()


if __name__ == "__main__":
    main()
