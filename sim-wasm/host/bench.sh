#!/usr/bin/env bash
# Starts the seven native ECU runners on one CAN interface (default vcan0) and stops them together on
# Ctrl-C, so each prints its summary. Extra arguments go to every runner (e.g. --duration 10 --quiet).
#
#   sim-wasm/host/bench.sh [interface] [runner options...]
#
# Per-ECU inputs need a runner of its own: start that one by hand with its --io flags instead.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
bin="$here/../build/host"
iface="${1:-vcan0}"
[ $# -gt 0 ] && shift

pids=()
stop() {
	for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null; done
}
trap stop INT TERM

for ecu in bcm cvc fzc icu rzc sc tcu; do
	if [ ! -x "$bin/ecu_$ecu" ]; then
		echo "bench: $bin/ecu_$ecu missing: build first with node sim-wasm/host/build.mjs" >&2
		stop
		exit 1
	fi
	"$bin/ecu_$ecu" "$@" "$iface" &
	pids+=("$!")
done

status=0
for p in "${pids[@]}"; do
	# wait returns early when a trapped signal arrives; wait again until the runner is really gone
	while kill -0 "$p" 2>/dev/null; do wait "$p" || true; done
	wait "$p" 2>/dev/null || status=1
done
exit $status
