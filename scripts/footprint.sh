#!/usr/bin/env bash
# Footprint of the packaged service (issue 20): jar size, readiness time, resident memory at
# readiness and after a fixed mix of twelve questions (vi with and without diacritics, en, sv),
# the first and tenth question's latency (POST until drafted or escalated), and the native-library
# folders a start leaves in the temporary directory (its own one, so other processes do not count;
# the figure is taken while it runs, which is what a killed process leaves behind).
#
#   ./mvnw -B -o -q -DskipTests package && scripts/footprint.sh [path/to/standing-office-bot.jar]
#
# Runs from the repository root (the seed knowledge-base/ and prompts/) with a fresh data directory,
# on a free port, and kills the process it starts, however the script ends.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-target/standing-office-bot.jar}
QUESTIONS=src/test/resources/eval/questions-dev.jsonl
PASSWORD=footprint-$$-$RANDOM
TIMEOUT_S=${FOOTPRINT_TIMEOUT_S:-180}

[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw -B -o -q -DskipTests package first" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/footprint.XXXXXX")
PID=
cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

now_ms() { date +%s%3N; }
rss_mb() { echo $(($(ps -o rss= -p "$PID") / 1024)); }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
native_dirs() { find "$WORK/tmp" -maxdepth 1 -name 'onnxruntime-java*' 2>/dev/null | sort; }

mkdir -p "$WORK/tmp"
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
native_dirs > "$WORK/natives-before"

start=$(now_ms)
OFFICE_DATA_DIR=$WORK/data SERVER_PORT=$PORT OFFICE_ADMIN_PASSWORD=$PASSWORD \
    TELEGRAM_BOT_TOKEN= LLM_PROVIDER=none \
    java -Djava.io.tmpdir="$WORK/tmp" ${FOOTPRINT_JAVA_OPTS:-} -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!

health=/actuator/health/readiness
until curl -fs "$BASE$health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "the service stopped before it was ready; its log:" >&2
        tail -40 "$WORK/service.log" >&2
        exit 1
    fi
    # Without a readiness group (probes off), the overall health stands in for it.
    if [[ $health != /actuator/health ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE$health") == 404 ]]; then
        health=/actuator/health
    fi
    if (($(now_ms) - start > TIMEOUT_S * 1000)); then
        echo "not ready after ${TIMEOUT_S}s" >&2
        exit 1
    fi
    sleep 0.1
done
ready_ms=$(($(now_ms) - start))
rss_ready=$(rss_mb)

# Twelve questions, three of each kind, taking turns so that every kind comes early and late.
mapfile -t texts < <(jq -rs '
    [ (map(select(.group == "vi-diacritics")) | .[0:3]),
      (map(select(.group == "en-plain")) | .[0:3]),
      (map(select(.group == "vi-nodiacritics")) | .[0:3]),
      (map(select(.group == "sv")) | .[0:3]) ]
    | transpose | flatten | .[] | .q' "$QUESTIONS")

latencies=()
for text in "${texts[@]}"; do
    t0=$(now_ms)
    location=$(jq -n --arg t "$text" '{text: $t}' \
        | curl -fs -D - -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
            -X POST "$BASE/api/v1/questions" --data-binary @- \
        | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
    [[ -n $location ]] || { echo "question refused: $text" >&2; exit 1; }
    [[ $location == http* ]] || location=$BASE$location
    until status=$(curl -fs -u "admin:$PASSWORD" "$location" | jq -r .status) && [[ $status != RECEIVED ]]; do
        if (($(now_ms) - t0 > TIMEOUT_S * 1000)); then
            echo "not drafted after ${TIMEOUT_S}s: $text" >&2
            exit 1
        fi
        sleep 0.02
    done
    latencies+=($(($(now_ms) - t0)))
done
rss_after=$(rss_mb)

native_dirs > "$WORK/natives-after"
comm -13 "$WORK/natives-before" "$WORK/natives-after" > "$WORK/natives-new"
new_natives=$(wc -l < "$WORK/natives-new")
new_natives_kib=0
if ((new_natives > 0)); then new_natives_kib=$(xargs du -sck < "$WORK/natives-new" | tail -1 | cut -f1); fi

printf 'jar                        %d MiB (%d bytes)\n' $(($(stat -c %s "$JAR") / 1048576)) "$(stat -c %s "$JAR")"
printf 'readiness                  %d ms\n' "$ready_ms"
printf 'rss at readiness           %d MiB\n' "$rss_ready"
printf 'rss after 12 questions     %d MiB\n' "$rss_after"
printf 'question 1 latency         %d ms\n' "${latencies[0]}"
printf 'question 10 latency        %d ms\n' "${latencies[9]}"
printf 'all latencies (ms)         %s\n' "${latencies[*]}"
printf 'onnxruntime-java tmp dirs  %d, %d KiB (while running)\n' "$new_natives" "$new_natives_kib"
