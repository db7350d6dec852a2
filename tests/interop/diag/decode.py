#!/usr/bin/env python3
"""Decodes UDS and OBD-II messages with Debian's scapy (scapy.contrib.automotive) for the diag interop test
(src/lib/diag/scapy.spec.ts): reads a JSON list of {"kind": "uds"|"obd", "hex": "..."} on stdin, prints a JSON
list of {"layers": [...], "fields": {layer: {field: value}}} with bytes as hex and nested packets flattened."""
import json
import logging
import sys

logging.getLogger("scapy").setLevel(logging.ERROR)
from scapy.contrib.automotive.uds import UDS  # noqa: E402
from scapy.contrib.automotive.obd.obd import OBD  # noqa: E402
from scapy.packet import Packet  # noqa: E402


def plain(v):
    if isinstance(v, bytes):
        return v.hex()
    if isinstance(v, Packet):
        return fields(v)
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v


def fields(p):
    out = {}
    layer = p
    while layer is not None and not isinstance(layer, bytes) and layer.name != "NoPayload":
        out[type(layer).__name__] = {f.name: plain(layer.getfieldval(f.name)) for f in layer.fields_desc}
        layer = layer.payload if layer.payload else None
    return out


items = json.load(sys.stdin)
res = []
for it in items:
    raw = bytes.fromhex(it["hex"])
    p = UDS(raw) if it["kind"] == "uds" else OBD(raw)
    f = fields(p)
    res.append({"layers": list(f.keys()), "fields": f})
json.dump(res, sys.stdout)
