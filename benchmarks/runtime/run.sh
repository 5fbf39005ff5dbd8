#!/usr/bin/env bash
# Whole-process benchmark of `homey-console run` (issue 5): cold run of a one-call script, 100 scripts in one run,
# 500 concurrent capability writes at 10 ms latency, getDevices() of a 5000-device home, peak memory.
# Uses the real launcher (bin/homey-console, with its AOT cache), cold (HOMEY_DAEMON=0) and through its resident
# console, against simulators started from the same
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
cleanup() { bin/homey-console daemon --stop >/dev/null 2>&1 || true; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
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

cat >"$work/devices-once.js" <<'JS'
return Object.keys(await Homey.devices.getDevices()).length;
JS

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

daemon_peak() { # peak RSS of the running daemon so far (VmHWM)
  local pid; pid=$(cut -d' ' -f3 "$dist/daemon/daemon" 2>/dev/null) || { echo "daemon: not running"; return; }
  echo "daemon: peak RSS $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 )) MiB, now $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MiB"
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$jdk/bin/java" -version 2>&1 | head -1)"
bin/homey-console daemon --stop >/dev/null

# Cold: a new JVM for every command (HOMEY_DAEMON=0), as the first run of a session.
echo "-- cold: a new JVM per command"
hf cold-one-call "$small_url" "$small_key" "env HOMEY_DAEMON=0 bin/homey-console run $work/one.js"
hf cold-one-call-no-aot "$small_url" "$small_key" "env HOMEY_DAEMON=0 HOMEY_AOT=0 bin/homey-console run $work/one.js"
hf cold-batch-100 "$small_url" "$small_key" "env HOMEY_DAEMON=0 bin/homey-console run $work/batch/*.js"
hf cold-writes-500-at-10ms "$slow_url" "$slow_key" "env HOMEY_DAEMON=0 bin/homey-console run $work/writes.js"
hf cold-devices-5000 "$big_url" "$big_key" "env HOMEY_DAEMON=0 bin/homey-console run $work/devices.js"
HOMEY_DAEMON=0 HOMEY_ADDRESS=$slow_url HOMEY_TOKEN=$slow_key XDG_CONFIG_HOME="$work/config" \
  bin/homey-console run --json "$work/writes.js" 2>/dev/null | sed 's/^/cold writes-500-at-10ms in script (ms): /'
HOMEY_DAEMON=0 HOMEY_ADDRESS=$big_url HOMEY_TOKEN=$big_key XDG_CONFIG_HOME="$work/config" \
  bin/homey-console run --json "$work/devices.js" 2>/dev/null | sed 's/^/cold devices-5000 in script: /'
peak cold-one-call "$small_url" "$small_key" env HOMEY_DAEMON=0 bin/homey-console run "$work/one.js"
peak cold-batch-100 "$small_url" "$small_key" env HOMEY_DAEMON=0 bin/homey-console run "$work"/batch/*.js
peak cold-writes-500-at-10ms "$slow_url" "$slow_key" env HOMEY_DAEMON=0 bin/homey-console run "$work/writes.js"
peak cold-devices-5000-once "$big_url" "$big_key" env HOMEY_DAEMON=0 bin/homey-console run "$work/devices-once.js"
peak cold-devices-5000 "$big_url" "$big_key" env HOMEY_DAEMON=0 bin/homey-console run "$work/devices.js"

# Resident: the default. The first run starts the daemon; hyperfine's warm-up runs go to it.
echo "-- resident: the daemon that a first run leaves behind"
HOMEY_ADDRESS=$small_url HOMEY_TOKEN=$small_key XDG_CONFIG_HOME="$work/config" bin/homey-console run "$work/one.js" >/dev/null 2>&1
sleep 15 # its start and warm-up, as between a user's first and second run
hf one-call "$small_url" "$small_key" "bin/homey-console run $work/one.js"
hf batch-100 "$small_url" "$small_key" "bin/homey-console run $work/batch/*.js"
hf writes-500-at-10ms "$slow_url" "$slow_key" "bin/homey-console run $work/writes.js"
hf devices-5000 "$big_url" "$big_key" "bin/homey-console run $work/devices.js"
HOMEY_ADDRESS=$slow_url HOMEY_TOKEN=$slow_key XDG_CONFIG_HOME="$work/config" \
  bin/homey-console run --json "$work/writes.js" 2>/dev/null | sed 's/^/writes-500-at-10ms in script (ms): /'
for i in 1 2 3; do
  HOMEY_ADDRESS=$big_url HOMEY_TOKEN=$big_key XDG_CONFIG_HOME="$work/config" \
    bin/homey-console run --json "$work/devices.js" 2>/dev/null | sed 's/^/devices-5000 in script: /'
done
daemon_peak
bin/homey-console daemon --stop >/dev/null

# Per extra script in a batch: (batch of 100 − one script) / 99, from the hyperfine means.
python3 - "$out" <<'PY'
import json, sys
d = sys.argv[1]
def mean(name):
    return json.load(open(f"{d}/{name}.json"))["results"][0]["mean"]
for prefix in ("cold-", ""):
    print(f"{prefix or 'resident-'}per extra script in a batch: "
          f"{(mean(prefix + 'batch-100') - mean(prefix + 'one-call')) / 99 * 1000:.1f} ms")
PY
