#!/usr/bin/env bash
# Runs inside the SocketCAN VM (tests/vm/vm.sh; see docs/native-bench.md, "VM test"): the seven native
# ECU runners and the real live server (server/index.ts, ZB_CAN=socketcan:vcan0) on vcan0, until the host
# side writes OUT/done.
#
#   tests/vm/live-vcan.sh OUT SOCKETCAND_PORT WS_PORT BUNDLE   (ZB_TOKEN in the environment; BUNDLE is
#   server/index.ts bundled by tests/vm/live-vcan.ts)
set -u
out="$1"; scd="$2"; ws="$3"; bundle="$4"
cd "$(dirname "$0")/../.."
pids=()
candump -L vcan0 > "$out/candump.log" 2>&1 & pids+=($!)
# the host bundled the server (tsx would compile it here, 7x slower); it must listen before the seven
# runners, busy every 1 ms, take the one vCPU: they run niced, so the server keeps up with the bus.
# The guest's port forward arrives on its network interface, not loopback: listen on all (VM only).
ZB_CAN=socketcan:vcan0 ZB_HOST=0.0.0.0 ZB_PORT="$ws" ZB_SOCKETCAND="0.0.0.0:$scd" ZB_MQTT=off ZB_FLEET=off ZB_WEB=0 \
	ZB_DATA="$out/data" node "$bundle" > "$out/serve.log" 2>&1 & server=$!
for _ in $(seq 1 300); do grep -q 'metrics:' "$out/serve.log" && break; kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
nice -n 10 sim-wasm/host/bench.sh vcan0 --quiet > "$out/bench.log" 2>&1 & bench=$!
echo "vm: server up, bench started"
for _ in $(seq 1 600); do
	[ -e "$out/done" ] && break
	kill -0 "$server" 2>/dev/null || { echo "vm: the server exited early:"; cat "$out/serve.log"; break; }
	sleep 0.1
done
kill -TERM "$server" 2>/dev/null; wait "$server"; echo "vm: server exit $?" >> "$out/serve.log"
# TERM, not INT: a non-interactive shell starts background jobs with SIGINT ignored
kill -TERM "$bench" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$bench" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$bench" 2>/dev/null
kill "${pids[@]}" 2>/dev/null
cat "$out/serve.log"
echo "vm: bench summary:"; grep -h "ticks" "$out/bench.log" | head -7
exit 0
