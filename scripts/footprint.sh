#!/usr/bin/env bash
# Footprint of the packaged service (issue 20): jar size, readiness time (and the CPU time the process
# spent to get there, which other work on the machine disturbs less), resident memory at readiness and
# after a fixed mix of twelve questions (vi with and without diacritics, en, sv), the first and tenth
# question's latency (POST until drafted or escalated), and what a process killed with SIGKILL leaves in
# its temporary directory (its own one, so other processes do not count). Each run starts from a fresh
# data directory; with several runs (FOOTPRINT_RUNS, default 3) the medians are printed last, with the
# load average before and after.
#
#   ./mvnw -B -o -q -DskipTests package && scripts/footprint.sh [path/to/standing-office-bot.jar]
#
# By default it measures the README's start command: the jar unpacked with a class data sharing archive
# recorded by scripts/cds.sh (about a minute, not counted) and the options in scripts/jvm.options.
# FOOTPRINT_PLAIN=1 measures plain `java -jar JAR` instead; FOOTPRINT_JAVA_OPTS replaces the options.
# Runs from the repository root (the seed knowledge-base/ and prompts/), on a free port, and kills the
# processes it starts, however the script ends.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-target/standing-office-bot.jar}
QUESTIONS=src/test/resources/eval/questions-dev.jsonl
PASSWORD=footprint-$$-$RANDOM
TIMEOUT_S=${FOOTPRINT_TIMEOUT_S:-180}
RUNS=${FOOTPRINT_RUNS:-3}
PLAIN=${FOOTPRINT_PLAIN:-0}

[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw -B -o -q -DskipTests package first" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/footprint.XXXXXX")
PID=
cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
        kill -9 "$PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

RUN_JAR=$JAR
if [[ $PLAIN == 1 ]]; then
    JAVA_OPTS=${FOOTPRINT_JAVA_OPTS-}
else
    scripts/cds.sh "$JAR" "$WORK/app" > /dev/null
    RUN_JAR=$WORK/app/$(basename "$JAR")
    JAVA_OPTS="-XX:SharedArchiveFile=$WORK/app/app.jsa ${FOOTPRINT_JAVA_OPTS-$(cat scripts/jvm.options)}"
fi

now_ms() { date +%s%3N; }
rss_mb() { echo $(($(ps -o rss= -p "$PID") / 1024)); }
# utime + stime of the process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PID/stat"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Twelve questions, three of each kind, taking turns so that every kind comes early and late.
mapfile -t texts < <(jq -rs '
    [ (map(select(.group == "vi-diacritics")) | .[0:3]),
      (map(select(.group == "en-plain")) | .[0:3]),
      (map(select(.group == "vi-nodiacritics")) | .[0:3]),
      (map(select(.group == "sv")) | .[0:3]) ]
    | transpose | flatten | .[] | .q' "$QUESTIONS")

# One run: start, wait for readiness, ask the twelve questions, kill -9; appends its figures to $WORK/runs.
run() {
    local n=$1 tmp=$WORK/tmp-$1 data=$WORK/data-$1 port base health start t0 location status
    mkdir -p "$tmp"
    port=$(free_port)
    base=http://127.0.0.1:$port
    start=$(now_ms)
    # shellcheck disable=SC2086
    OFFICE_DATA_DIR=$data SERVER_PORT=$port OFFICE_ADMIN_PASSWORD=$PASSWORD \
        TELEGRAM_BOT_TOKEN= LLM_PROVIDER=none \
        java -Djava.io.tmpdir="$tmp" $JAVA_OPTS -jar "$RUN_JAR" > "$WORK/service-$n.log" 2>&1 &
    PID=$!

    health=/actuator/health/readiness
    until curl -fs "$base$health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$PID" 2>/dev/null; then
            echo "the service stopped before it was ready; its log:" >&2
            tail -40 "$WORK/service-$n.log" >&2
            exit 1
        fi
        if (($(now_ms) - start > TIMEOUT_S * 1000)); then
            echo "not ready after ${TIMEOUT_S}s" >&2
            exit 1
        fi
        sleep 0.1
    done
    local ready_ms=$(($(now_ms) - start)) ready_cpu_ms rss_ready
    ready_cpu_ms=$(cpu_ms)
    rss_ready=$(rss_mb)

    local latencies=()
    for text in "${texts[@]}"; do
        t0=$(now_ms)
        location=$(jq -n --arg t "$text" '{text: $t}' \
            | curl -fs -D - -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
                -X POST "$base/api/v1/questions" --data-binary @- \
            | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
        [[ -n $location ]] || { echo "question refused: $text" >&2; exit 1; }
        [[ $location == http* ]] || location=$base$location
        until status=$(curl -fs -u "admin:$PASSWORD" "$location" | jq -r .status) && [[ $status != RECEIVED ]]; do
            if (($(now_ms) - t0 > TIMEOUT_S * 1000)); then
                echo "not drafted after ${TIMEOUT_S}s: $text" >&2
                exit 1
            fi
            sleep 0.02
        done
        latencies+=($(($(now_ms) - t0)))
    done
    local rss_after
    rss_after=$(rss_mb)

    # What a crash leaves behind: kill -9, then count what is left in the process's temporary directory.
    # The JVM's performance-data file ignores java.io.tmpdir: it is always /tmp/hsperfdata_USER/PID.
    local killed=$PID perfdata
    kill -9 "$PID"
    wait "$PID" 2>/dev/null || true
    PID=
    local left left_kib
    find "$tmp" -mindepth 1 -maxdepth 1 -printf '%f\n' > "$WORK/left-$n"
    left_kib=$(du -sk "$tmp" | cut -f1)
    perfdata=/tmp/hsperfdata_$(id -un)/$killed
    if [[ -e $perfdata ]]; then
        echo "$perfdata" >> "$WORK/left-$n"
        left_kib=$((left_kib + $(du -sk "$perfdata" | cut -f1)))
    fi
    left=$(wc -l < "$WORK/left-$n")

    printf '%d %d %d %d %d %d %d %d %s\n' "$ready_ms" "$ready_cpu_ms" "$rss_ready" "$rss_after" \
        "${latencies[0]}" "${latencies[9]}" "$left" "$left_kib" "${latencies[*]}" >> "$WORK/runs"
}

load_before=$(load)
for n in $(seq 1 "$RUNS"); do run "$n"; done
load_after=$(load)

printf 'jar                                 %d MiB (%d bytes)\n' $(($(stat -c %s "$JAR") / 1048576)) "$(stat -c %s "$JAR")"
printf 'started as                          java %s -jar %s\n' "${JAVA_OPTS:-}" "${RUN_JAR#"$WORK/"}"
printf 'load average before / after         %s / %s (%d cores)\n' "$load_before" "$load_after" "$(nproc)"
n=0
while read -r ready cpu rss1 rss2 q1 q10 left left_kib all; do
    n=$((n + 1))
    printf 'run %d: ready %6d ms (cpu %6d ms)  rss %4d -> %4d MiB  question 1 %5d ms, 10 %5d ms  left in tmp after kill -9: %d (%d KiB)  [%s]\n' \
        "$n" "$ready" "$cpu" "$rss1" "$rss2" "$q1" "$q10" "$left" "$left_kib" "$all"
done < "$WORK/runs"
col() { awk -v c="$1" '{ print $c }' "$WORK/runs" | median; }
printf 'median readiness                    %d ms\n' "$(col 1)"
printf 'median cpu time to readiness        %d ms\n' "$(col 2)"
printf 'median rss at readiness             %d MiB\n' "$(col 3)"
printf 'median rss after 12 questions       %d MiB\n' "$(col 4)"
printf 'median question 1 latency           %d ms\n' "$(col 5)"
printf 'median question 10 latency          %d ms\n' "$(col 6)"
printf 'left in tmp after kill -9 (max)     %d entries %s\n' "$(awk '{ print $7 }' "$WORK/runs" | sort -n | tail -1)" \
    "$(cat "$WORK"/left-* | sort -u | tr '\n' ' ')"
