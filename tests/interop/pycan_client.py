#!/usr/bin/python3
"""A python-can client for the protocol interop tests (tests/interop/*.spec.ts, tests/vm/).

Connects with python-can's own `socketcand` or `slcan` interface, reads the bus for a while, optionally sends
a UDS DiagnosticSessionControl request and waits for the answer, and prints one JSON object on stdout:
  {"frames": [[timestamp_s, id, "hexdata"], ...], "uds": "hexdata" | null, "warnings": [...]}
"""
import argparse
import json
import logging
import sys
import time

import can


class Collect(logging.Handler):
    """Keeps python-can's warnings (a socketcand `< error ... >` reply shows up as one)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--interface', required=True, choices=['socketcand', 'slcan'])
    p.add_argument('--channel', default='sim', help='socketcand channel (NAME or NAME@TOKEN)')
    p.add_argument('--host', default='127.0.0.1')
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--read', type=float, default=1.0, help='seconds to read frames before the request')
    p.add_argument('--uds', action='store_true', help='send 0x7E0 02 10 03 and wait for 0x7E8')
    p.add_argument('--wait', type=float, default=3.0, help='seconds to wait for the UDS answer')
    p.add_argument('--connect-timeout', type=float, default=10.0)
    a = p.parse_args()

    logging.lastResort = None
    collect = Collect()
    logging.getLogger('can').addHandler(collect)

    deadline = time.time() + a.connect_timeout
    while True:
        try:
            if a.interface == 'socketcand':
                bus = can.Bus(interface='socketcand', channel=a.channel, host=a.host, port=a.port)
            else:
                bus = can.Bus(interface='slcan', channel=f'socket://{a.host}:{a.port}', sleep_after_open=0)
            break
        except Exception as e:  # the VM's port forward accepts before the guest listens: retry
            if time.time() > deadline:
                print(json.dumps({'error': f'connect: {type(e).__name__}: {e}'}))
                return 1
            time.sleep(0.3)

    frames = []
    end = time.time() + a.read
    while time.time() < end:
        m = bus.recv(0.2)
        if m is not None:
            frames.append([m.timestamp, m.arbitration_id, bytes(m.data).hex()])

    uds = None
    if a.uds:
        bus.send(can.Message(arbitration_id=0x7E0, is_extended_id=False, data=[0x02, 0x10, 0x03, 0, 0, 0, 0, 0]))
        end = time.time() + a.wait
        while time.time() < end:
            m = bus.recv(0.2)
            if m is None:
                continue
            frames.append([m.timestamp, m.arbitration_id, bytes(m.data).hex()])
            if m.arbitration_id == 0x7E8:
                uds = bytes(m.data).hex()
                break
    bus.shutdown()
    print(json.dumps({'frames': frames, 'uds': uds, 'warnings': collect.lines}))
    return 0


if __name__ == '__main__':
    sys.exit(main())
