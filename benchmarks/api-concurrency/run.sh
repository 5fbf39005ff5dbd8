#!/usr/bin/env bash
# Runs ApiConcurrencyBenchmark against an in-process simulator. Arguments: [calls] [latencyMs] [rounds] [caps]
# Builds homey-api (and the simulator) into target-bench/ first, so it never touches anyone's target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${HOMEY_TARGET:-target-bench}
./mvnw -o -q -B -Dhomey.target="$TARGET" -pl homey-api -am test-compile
CP_FILE="homey-api/$TARGET/bench.classpath"
./mvnw -o -q -B -Dhomey.target="$TARGET" -pl homey-api dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java ~/.jdks/*25*/bin/java 2>/dev/null | head -1 || true)
JAVA=${JAVA:-java}
CP="homey-api/$TARGET/classes:homey-simulator/$TARGET/classes:$(cat "$CP_FILE")"
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" benchmarks/api-concurrency/ApiConcurrencyBenchmark.java "$@"
