#!/usr/bin/env bash
# Whole-process benchmark of `homey-console run` (issue 5): cold run of a one-call script, 100 scripts in one run,
# 500 concurrent capability writes at 10 ms latency, getDevices() of a 5000-device home, peak memory.
# Uses the real launcher (bin/homey-console, with its AOT cache) against simulators started from the same
# distribution, reached through HOMEY_ADDRESS/HOMEY_TOKEN. Needs hyperfine (apt-get install hyperfine).
# Arguments: [runs] (hyperfine runs per figure, default 10). Results go to stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=${1:-10}
bench="$root/benchmarks/runtime"
work=$(mktemp -d)
out="$work/results"
mkdir -p "$out"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 2; }

# Build the distribution (and its AOT cache) once, outside the timings.
bin/homey-console --version >/dev/null
jdk=$(bin/jdk25)
dist="$root/homey-console/target/dist"

simulator() { # devices latencyMs name → sets $sim_url $sim_key
  local file="$work/$3.sim"
  "$jdk/bin/java" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$dist/lib/app/*" \
    "$bench/BenchSimulator.java" "$1" "$2" "$file" >"$work/$3.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do [ -f "$file" ] && break; sleep 0.1; done
  read -r sim_url sim_key _ <"$file"
}

simulator 48 0 small;  small_url=$sim_url;  small_key=$sim_key
simulator 48 10 slow;  slow_url=$sim_url;   slow_key=$sim_key
simulator 5000 0 big;  big_url=$sim_url;    big_key=$sim_key

# The scripts.
echo 'return Object.keys(await Homey.zones.getZones()).length;' >"$work/one.js"
mkdir -p "$work/batch"
for i in $(seq -w 1 100); do
  echo "return Object.keys(await Homey.zones.getZones()).length + $i;" >"$work/batch/s$i.js"
done
cat >"$work/writes.js" <<'JS'
const devices = Object.values(await Homey.devices.getDevices())
  .filter(d => d.available && d.capabilitiesObj && d.capabilitiesObj.onoff && d.capabilitiesObj.onoff.setable);
const t = Date.now();
await Promise.all(Array.from({ length: 500 }, (_, i) => devices[i % devices.length].setCapabilityValue('onoff', i % 2 === 0)));
return Date.now() - t;
JS
cat >"$work/devices.js" <<'JS'
let t = Date.now();
const devices = await Homey.devices.getDevices();
const first = Date.now() - t;
t = Date.now();
const again = await Homey.devices.getDevices();
const second = Date.now() - t;
return { count: Object.keys(devices).length, firstMs: first, secondMs: second,
         items: Object.values(again).every(d => typeof d.setCapabilityValue === 'function') };
JS

env_for() { echo "HOMEY_ADDRESS=$1 HOMEY_TOKEN=$2 XDG_CONFIG_HOME=$work/config"; }
hf() { # name url key command...
  local name=$1 url=$2 key=$3; shift 3
  HOMEY_ADDRESS=$url HOMEY_TOKEN=$key XDG_CONFIG_HOME="$work/config" \
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/$name.json" -n "$name" "$*" \
    | grep -E 'Time|Range' | sed "s/^/$name: /"
}
peak() { # name url key command... → peak RSS of one run
  local name=$1 url=$2 key=$3; shift 3
  HOMEY_ADDRESS=$url HOMEY_TOKEN=$key XDG_CONFIG_HOME="$work/config" /usr/bin/time -f "%M" -o "$work/$name.rss" \
    "$@" >"$work/$name.out" 2>&1 || true
  echo "$name: peak RSS $(( $(cat "$work/$name.rss" | tail -1) / 1024 )) MiB"
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$jdk/bin/java" -version 2>&1 | head -1)"
hf cold-one-call "$small_url" "$small_key" "bin/homey-console run $work/one.js"
hf cold-one-call-no-aot "$small_url" "$small_key" "env HOMEY_AOT=0 bin/homey-console run $work/one.js"
hf batch-100 "$small_url" "$small_key" "bin/homey-console run $work/batch/*.js"
hf writes-500-at-10ms "$slow_url" "$slow_key" "bin/homey-console run $work/writes.js"
hf devices-5000 "$big_url" "$big_key" "bin/homey-console run $work/devices.js"

# In-script figures (one run each).
HOMEY_ADDRESS=$slow_url HOMEY_TOKEN=$slow_key XDG_CONFIG_HOME="$work/config" \
  bin/homey-console run --json "$work/writes.js" 2>/dev/null | sed 's/^/writes-500-at-10ms in script (ms): /'
HOMEY_ADDRESS=$big_url HOMEY_TOKEN=$big_key XDG_CONFIG_HOME="$work/config" \
  bin/homey-console run --json "$work/devices.js" 2>/dev/null | sed 's/^/devices-5000 in script: /'

peak cold-one-call "$small_url" "$small_key" bin/homey-console run "$work/one.js"
peak batch-100 "$small_url" "$small_key" bin/homey-console run "$work"/batch/*.js
peak writes-500-at-10ms "$slow_url" "$slow_key" bin/homey-console run "$work/writes.js"
peak devices-5000 "$big_url" "$big_key" bin/homey-console run "$work/devices.js"

# Per extra script in a batch: (batch of 100 − one script) / 99, from the hyperfine means.
python3 - "$out" <<'PY'
import json, sys
d = sys.argv[1]
one = json.load(open(f"{d}/cold-one-call.json"))["results"][0]["mean"]
hundred = json.load(open(f"{d}/batch-100.json"))["results"][0]["mean"]
print(f"per extra script in a batch: {(hundred - one) / 99 * 1000:.1f} ms")
PY
