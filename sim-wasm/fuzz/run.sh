#!/usr/bin/env bash
# Builds the libFuzzer targets of sim-wasm/fuzz with Debian's clang-14 (ASan + UBSan, UB aborts) and runs
# each for a bounded time on its committed corpus (copied to a scratch dir, so the repo's corpus stays small).
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   which targets (default: isotp uds dem)
# Exit 1 on any crash, leak or sanitizer report; the reproducer is left in sim-wasm/build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
CC=${FUZZ_CC:-clang-14}
SECS=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-isotp uds dem}
OUT=sim-wasm/build/fuzz
mkdir -p "$OUT"
command -v "$CC" >/dev/null || { echo "fuzz: $CC not found (apt-get install clang-14 libfuzzer-14-dev libclang-rt-14-dev; .ci/setup does)"; exit 1; }
FLAGS=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Isim-wasm/bsw -Isim-wasm/gen -std=gnu11)
for t in $TARGETS; do
	case $t in
		isotp) src=(sim-wasm/bsw/isotp.c) ;;
		dem) src=(sim-wasm/bsw/dem.c sim-wasm/bsw/text.c) ;;
		uds) src=(sim-wasm/ecu/tcu/*.c sim-wasm/bsw/*.c sim-wasm/gen/*.c) ;;
		*) echo "fuzz: unknown target '$t' (isotp, uds, dem)"; exit 1 ;;
	esac
	echo "[fuzz] build $t"
	"$CC" "${FLAGS[@]}" -o "$OUT/fuzz_$t" "sim-wasm/fuzz/fuzz_$t.c" "${src[@]}"
	work="$OUT/corpus_$t"
	rm -rf "$work"; mkdir -p "$work"
	cp sim-wasm/fuzz/corpus/$t/* "$work/" 2>/dev/null || true
	echo "[fuzz] run $t for ${SECS}s"
	( cd "$OUT" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		"./fuzz_$t" -max_total_time="$SECS" -max_len=1024 -timeout=10 -print_final_stats=1 "corpus_$t" 2>"fuzz_$t.log" ) || {
		echo "[fuzz] $t FAILED:"; tail -40 "$OUT/fuzz_$t.log"; exit 1; }
	grep -E "^stat::(number_of_executed_units|new_units_added)" "$OUT/fuzz_$t.log" | sed "s/^/[fuzz] $t /"
done
echo "[fuzz] 0 crashes"
