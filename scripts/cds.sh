#!/usr/bin/env bash
# Prepares the packaged service for a fast start with class data sharing (issue 20): unpacks the jar
# into DIR (Spring Boot's extracted layout, which CDS needs: classes from nested jars cannot be
# archived) and records DIR/app.jsa, an archive of every class the service loads while it starts and
# answers a few questions. Then start it with the README's command:
#
#   ./mvnw -B -o -q -DskipTests package && scripts/cds.sh [JAR] [DIR]
#   java -XX:SharedArchiveFile=DIR/app.jsa $(cat scripts/jvm.options) -jar DIR/standing-office-bot.jar
#
# The archive belongs to this JDK and this jar: run the script again after either changes (the JVM
# ignores a stale archive with a warning and starts without it, as slowly as before). The recording
# run uses a scratch data directory and port and leaves nothing behind; it takes about a minute.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-target/standing-office-bot.jar}
DIR=${2:-target/app}
QUESTIONS=src/test/resources/eval/questions-dev.jsonl
TIMEOUT_S=${CDS_TIMEOUT_S:-300}

[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw -B -o -q -DskipTests package first" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cds.XXXXXX")
PID=
cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
APP=$DIR/$(basename "$JAR")
PASSWORD=cds-$$-$RANDOM-recording
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT

# shellcheck disable=SC2046
OFFICE_DATA_DIR=$WORK/data SERVER_PORT=$PORT OFFICE_ADMIN_PASSWORD=$PASSWORD TELEGRAM_BOT_TOKEN= LLM_PROVIDER=none \
    java -Djava.io.tmpdir="$WORK" -XX:ArchiveClassesAtExit="$DIR/app.jsa" $(cat scripts/jvm.options) -jar "$APP" \
    > "$WORK/service.log" 2>&1 &
PID=$!
start=$(date +%s)
until curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null || (($(date +%s) - start > TIMEOUT_S)); then
        echo "the recording run did not get ready; its log:" >&2
        tail -40 "$WORK/service.log" >&2
        exit 1
    fi
    sleep 0.2
done

# One question of each kind through the REST API, so the classes of asking, drafting and reading
# a question are archived too.
jq -rs '[ "vi-diacritics", "vi-nodiacritics", "en-plain", "sv" ] as $g
        | $g[] as $k | map(select(.group == $k)) | .[-1].q' "$QUESTIONS" |
    while IFS= read -r text; do
        location=$(jq -n --arg t "$text" '{text: $t}' |
            curl -fs -D - -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
                -X POST "$BASE/api/v1/questions" --data-binary @- |
            tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
        [[ $location == http* ]] || location=$BASE$location
        for _ in $(seq 1 600); do
            status=$(curl -fs -u "admin:$PASSWORD" "$location" | jq -r .status) || true
            [[ -n $status && $status != RECEIVED ]] && break
            sleep 0.1
        done
    done

# A clean exit writes the archive.
kill -TERM "$PID"
wait "$PID" || true
PID=
[[ -s $DIR/app.jsa ]] || { echo "no archive written; the log:" >&2; tail -40 "$WORK/service.log" >&2; exit 1; }
echo "$APP and $DIR/app.jsa ($(($(stat -c %s "$DIR/app.jsa") / 1048576)) MiB) are ready"
