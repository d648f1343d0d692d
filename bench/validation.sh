#!/usr/bin/env bash
# The cost of schema validation: the same API with and without enableSchemaValidation, on one Gatehouse
# environment (API Gateway profile), and nginx proxying the same request, interleaved in one run. Each
# request is a POST of a 1 KiB JSON order (body, query parameter and the JSON response are all checked).
#
#   bench/validation.sh                      # 3 rounds of 10 s each
#   ROUNDS=5 DURATION=20 bench/validation.sh
#
# Needs what run.sh needs (wrk, nginx, curl; build/bin/gatehousectl or $GATEHOUSECTL); the helpers are in
# common.sh.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-2}

# shellcheck source=SCRIPTDIR/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

post() { # url -> "status bytes"
    curl -sS -o "$work/post.out" -w '%{http_code} %{size_download}' -H 'Content-Type: application/json' \
        --data-binary @"$work/order.json" "$1"
}

# The 1 KiB order every request posts: valid against bench-orders-api.yaml's Order schema; the note pads
# it to exactly 1024 bytes.
order() { # note
    printf '{"customer":"Ada Lovelace","note":"%s","items":[' "$1"
    for i in $(seq 0 29); do
        ((i == 0)) || printf ','
        printf '{"sku":"ABC-%03d","quantity":%d}' "$i" $((i % 9 + 1))
    done
    printf ']}'
}
padding=$((1024 - $(order "" | wc -c)))
order "$(head -c "$padding" /dev/zero | tr '\0' 'n')" >"$work/order.json"
order_bytes=$(wc -c <"$work/order.json")
cat >"$work/post.lua" <<LUA
local f = assert(io.open("$work/order.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA

# 1. The backend: nginx answering every order with 201 and a small JSON body.
backend_port=$(free_port)
start_nginx backend "    server {
        listen 127.0.0.1:$backend_port;
        location / {
            default_type application/json;
            return 201 '{\"id\":42,\"status\":\"created\"}';
        }
    }"

# 2. The reference: nginx as a 1-worker reverse proxy with an upstream keepalive pool.
nginx_port=$(free_port)
start_nginx proxy "    upstream backend {
        server 127.0.0.1:$backend_port;
        keepalive 128;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location /orders/1.0.0/ {
            proxy_pass http://backend/;
            proxy_http_version 1.1;
            proxy_set_header Connection \"\";
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
        }
    }"
nginx_url="http://127.0.0.1:$nginx_port/orders/1.0.0/orders?channel=web"

# 3. Gatehouse: the same definition twice on one API Gateway environment, 1 worker; the second copy has
#    schema validation on.
workspace=$work/bench.gatehouse
sed "s|__BACKEND__|http://127.0.0.1:$backend_port|" "$repo/bench/bench-orders-api.yaml" >"$work/plain.yaml"
sed -e "s|__BACKEND__|http://127.0.0.1:$backend_port|" -e 's|^  title: Bench Orders$|  title: Bench Orders Validated|' \
    -e 's|^x-wso2-basePath: /orders$|x-wso2-basePath: /validated\nx-wso2-enable-schema-validation: true|' \
    "$repo/bench/bench-orders-api.yaml" >"$work/validated.yaml"
"$gatehousectl" init "$workspace" >/dev/null
"$gatehousectl" import --workspace "$workspace" "$work/plain.yaml" >/dev/null 2>&1
"$gatehousectl" import --workspace "$workspace" "$work/validated.yaml" >/dev/null 2>&1
"$gatehousectl" env create --workspace "$workspace" bench --profile api-gateway --http-port 0 >/dev/null
"$gatehousectl" deploy --workspace "$workspace" "Bench Orders" --env bench >/dev/null
"$gatehousectl" deploy --workspace "$workspace" "Bench Orders Validated" --env bench >/dev/null
"$gatehousectl" run --workspace "$workspace" --env bench --workers 1 >"$work/gatehouse.out" 2>"$work/gatehouse.err" &
pids+=($!)
for _ in $(seq 100); do
    grep -q '^bench http ' "$work/gatehouse.out" 2>/dev/null && break
    sleep 0.1
done
gateway_base=$(awk '$1 == "bench" && $2 == "http" { print $3 }' "$work/gatehouse.out")
[[ -n $gateway_base ]] || die "gatehousectl run printed no listener: $(cat "$work/gatehouse.err")"
plain_url="$gateway_base/orders/1.0.0/orders?channel=web"
validated_url="$gateway_base/validated/1.0.0/orders?channel=web"

for _ in $(seq 100); do
    [[ $(post "$nginx_url" 2>/dev/null) == "201 "* ]] && [[ $(post "$plain_url" 2>/dev/null) == "201 "* ]] && break
    sleep 0.1
done
for url in "$plain_url" "$validated_url" "$nginx_url"; do
    result=$(post "$url")
    [[ $result == "201 28" ]] || die "$url answered '$result' ($(cat "$work/post.out")), expected 201 with 28 bytes"
done
# Validation really is on: a wrong channel is refused by the validated API only.
status=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$work/order.json" "${validated_url/channel=web/channel=fax}")
[[ $status == 400 ]] || die "the validated API answered $status to channel=fax, expected 400"

to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

measure() { # url seconds -> "requests_per_second p99_ms errors"
    local out rps p99 errors
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency -s "$work/post.lua" "$1")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ {
                  for (i = 3; i <= NF; i++) { gsub(/,/, "", $i); if ($i ~ /^[0-9]+$/) n += $i } }
                  END { print n + 0 }' <<<"$out")
    echo "$rps $(to_ms "$p99") $errors"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench: $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, POST of a $order_bytes-byte JSON order, 1 worker each"
echo "bench: gatehouse $("$gatehousectl" --version | awk '{ print $2 }') at $plain_url and $validated_url"
echo "bench: $(nginx -v 2>&1 | sed 's/^nginx version: //') at $nginx_url"
for url in "$plain_url" "$validated_url" "$nginx_url"; do
    measure "$url" "$WARMUP" >/dev/null
done

# validation_cost = 1 - (validated API / the same API without validation); ratios are against nginx.
row='%-6s %12s %10s %13s %10s %10s %10s %9s %9s %15s\n'
printf "$row" round plain_rps pl_p99_ms validated_rps va_p99_ms nginx_rps ng_p99_ms plain/ng valid/ng validation_cost
plain_rps=() validated_rps=() nginx_rps=() plain_p99=() validated_p99=() nginx_p99=()
plain_ratio=() validated_ratio=() costs=() total_errors=0
for round in $(seq "$ROUNDS"); do
    read -r p_rps p_p99 p_err < <(measure "$plain_url" "$DURATION")
    read -r v_rps v_p99 v_err < <(measure "$validated_url" "$DURATION")
    read -r n_rps n_p99 n_err < <(measure "$nginx_url" "$DURATION")
    pr=$(awk -v a="$p_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", a / n }')
    vr=$(awk -v a="$v_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", a / n }')
    cost=$(awk -v p="$p_rps" -v v="$v_rps" 'BEGIN { printf "%.3f", 1 - v / p }')
    printf "$row" "$round" "$p_rps" "$p_p99" "$v_rps" "$v_p99" "$n_rps" "$n_p99" "$pr" "$vr" "$cost"
    plain_rps+=("$p_rps") validated_rps+=("$v_rps") nginx_rps+=("$n_rps")
    plain_p99+=("$p_p99") validated_p99+=("$v_p99") nginx_p99+=("$n_p99")
    plain_ratio+=("$pr") validated_ratio+=("$vr") costs+=("$cost")
    total_errors=$((total_errors + p_err + v_err + n_err))
    ((p_err + v_err + n_err == 0)) || echo "bench: round $round: $p_err/$v_err/$n_err failed requests" >&2
done
printf "$row" median \
    "$(printf '%s\n' "${plain_rps[@]}" | median)" "$(printf '%s\n' "${plain_p99[@]}" | median)" \
    "$(printf '%s\n' "${validated_rps[@]}" | median)" "$(printf '%s\n' "${validated_p99[@]}" | median)" \
    "$(printf '%s\n' "${nginx_rps[@]}" | median)" "$(printf '%s\n' "${nginx_p99[@]}" | median)" \
    "$(printf '%s\n' "${plain_ratio[@]}" | median)" "$(printf '%s\n' "${validated_ratio[@]}" | median)" \
    "$(printf '%s\n' "${costs[@]}" | median)"
((total_errors == 0)) || die "$total_errors requests failed; the numbers above are not comparable"
