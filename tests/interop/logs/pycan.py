#!/usr/bin/python3
"""python-can (Debian's python3-can) as the owner of its log formats, for src/lib/can/formats/interop.spec.ts.

  pycan.py read FORMAT FILE    every message python-can reads, one JSON object a line on stdout
  pycan.py write FORMAT FILE   JSON lines on stdin (same fields) written with python-can's writer

FORMAT: candump, asc, blf, csv, trc. Fields: t (µs, int), id, ext, rtr, err, fd, brs, len, data (hex),
ch (int, str or null), rx. Run with TZ=UTC: ASC and BLF dates are local time in python-can.
"""
import json
import sys

import can

READERS = {
    'candump': lambda f: can.CanutilsLogReader(f),
    'asc': lambda f: can.ASCReader(f, relative_timestamp=False),
    'blf': lambda f: can.BLFReader(f),
    'csv': lambda f: can.CSVReader(f),
    'trc': lambda f: can.TRCReader(f),
}
WRITERS = {
    'candump': lambda f: can.CanutilsLogWriter(f),
    'asc': lambda f: can.ASCWriter(f),
    'blf': lambda f: can.BLFWriter(f),
    'csv': lambda f: can.CSVWriter(f),
    'trc': lambda f: can.TRCWriter(f),
}


def main():
    cmd, fmt, path = sys.argv[1:4]
    if cmd == 'read':
        out = []
        for m in READERS[fmt](path):
            out.append(json.dumps({
                't': round(m.timestamp * 1e6), 'id': m.arbitration_id, 'ext': m.is_extended_id,
                'rtr': m.is_remote_frame, 'err': m.is_error_frame, 'fd': m.is_fd, 'brs': m.bitrate_switch,
                'len': m.dlc, 'data': bytes(m.data).hex(), 'ch': m.channel, 'rx': m.is_rx,
            }))
        sys.stdout.write('\n'.join(out) + ('\n' if out else ''))
    elif cmd == 'write':
        w = WRITERS[fmt](path)
        for line in sys.stdin:
            if not line.strip():
                continue
            j = json.loads(line)
            w.on_message_received(can.Message(
                timestamp=j['t'] / 1e6, arbitration_id=j['id'], is_extended_id=j['ext'], is_remote_frame=j['rtr'],
                is_error_frame=j['err'], is_fd=j['fd'], bitrate_switch=j['brs'], dlc=j['len'],
                data=bytes.fromhex(j['data']), channel=j['ch'], is_rx=j['rx'], check=False))
        w.stop()
    else:
        sys.exit(f'unknown command {cmd}')


if __name__ == '__main__':
    main()
