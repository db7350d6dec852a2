#!/usr/bin/env bash
# Runs inside the SocketCAN VM (tests/vm/vm.sh -r; driven by tests/vm/isotp.ts): two native ECU runners
# (CVC, ICU) on vcan0, the others absent so their heartbeats are missing and the ECUs store U-codes, then the
# kernel's ISO-TP stack talks UDS to them: Python's socket.CAN_ISOTP (tests/vm/isotp_client.py) and can-utils
# isotpsend/isotprecv. Results go to OUT for the host to check.
#
#   tests/vm/isotp.sh OUT
set -u
out="$1"
cd "$(dirname "$0")/../.."
bin=sim-wasm/build/host
nvm="$(mktemp -d)"
candump -L vcan0 > "$out/candump.log" 2>&1 & dump=$!
pids=()
for ecu in cvc icu; do
	"$bin/ecu_$ecu" --quiet --nvm-dir "$nvm" vcan0 > "$out/ecu_$ecu.log" 2>&1 & pids+=($!)
done
# the partner deadlines (≤ 300 ms) and the INIT phase pass on the 7x slower guest before we ask
sleep 2.5
# the client runs niced: on the one vCPU the runners must keep their 1 ms tasks (a missed CVC watchdog
# restarts it, and with it the session)
nice -n 10 python3 tests/vm/isotp_client.py vcan0 > "$out/client.json" 2> "$out/client.err"
echo "vm: python client exit $?"
# can-utils: the ICU's VIN (a multi-frame answer) through isotprecv, the request through isotpsend
# (one PDU, then isotprecv exits by itself: killed, it would lose its buffered output)
isotprecv -s 7E5 -d 7ED vcan0 > "$out/isotprecv.txt" 2>&1 & recv=$!
sleep 0.3
echo '22 F1 90' | isotpsend -s 7E5 -d 7ED vcan0
for _ in $(seq 1 30); do kill -0 "$recv" 2>/dev/null || break; sleep 0.1; done
kill "$recv" 2>/dev/null
kill -TERM "${pids[@]}" 2>/dev/null
for _ in $(seq 1 30); do kill -0 "${pids[@]}" 2>/dev/null || break; sleep 0.1; done
kill -KILL "${pids[@]}" 2>/dev/null
kill "$dump" 2>/dev/null
wait 2>/dev/null
exit 0
