#!/usr/bin/env bash
# Gatehouse versus nginx as a reverse proxy to the same backend, interleaved in one run.
#
#   bench/run.sh                      # 3 rounds of 10 s each
#   ROUNDS=5 DURATION=20 bench/run.sh
#   GATEHOUSECTL=/path/to/gatehousectl bench/run.sh
#
# Builds nothing: it uses build/bin/gatehousectl (or $GATEHOUSECTL). Needs wrk, nginx and curl (Debian
# packages wrk, nginx-light, curl). Everything listens on free 127.0.0.1 ports and is stopped on exit.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}        # seconds per measurement
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}           # wrk threads; one leaves a core's worth for the proxy and the backend
WARMUP=${WARMUP:-2}             # seconds of unmeasured load on each proxy before the first round

# shellcheck source=SCRIPTDIR/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# 1. The backend: nginx serving a static 1 KiB file.
backend_port=$(free_port)
mkdir -p "$work/www"
head -c 1024 /dev/zero | tr '\0' 'g' >"$work/www/1k"
chmod -R a+rX "$work/www"
start_nginx backend "    server {
        listen 127.0.0.1:$backend_port;
        root $work/www;
        default_type text/plain;
        location / { }
    }"
wait_for_http "http://127.0.0.1:$backend_port/1k"

# 2. The reference: nginx as a 1-worker reverse proxy with an upstream keepalive pool.
nginx_port=$(free_port)
start_nginx proxy "    upstream backend {
        server 127.0.0.1:$backend_port;
        keepalive 128;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location /bench/1.0.0/ {
            proxy_pass http://backend/;
            proxy_http_version 1.1;
            proxy_set_header Connection \"\";
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
        }
    }"
nginx_url="http://127.0.0.1:$nginx_port/bench/1.0.0/1k"
wait_for_http "$nginx_url"

# 3. Gatehouse: a workspace with the bench API deployed to a Choreo Connect environment; 1 worker,
#    metrics on (the admin listener serves them), no access log file.
workspace=$work/bench.gatehouse
sed "s|__BACKEND__|http://127.0.0.1:$backend_port|" "$repo/bench/bench-api.yaml" >"$work/bench-api.yaml"
"$gatehousectl" init "$workspace" >/dev/null
"$gatehousectl" import --workspace "$workspace" "$work/bench-api.yaml" >/dev/null
"$gatehousectl" env create --workspace "$workspace" bench --profile choreo-connect --http-port 0 --admin-port 0 >/dev/null
"$gatehousectl" deploy --workspace "$workspace" Bench --env bench >/dev/null
# 3b. The same API behind OAuth2, called with an RS256 JWT from the workspace's key manager: after the first
#     request the token comes from the validation cache, as it would in production.
sed -e "s|__BACKEND__|http://127.0.0.1:$backend_port|" -e 's|^  title: Bench$|  title: Bench Secure|' \
    -e 's|^x-wso2-basePath: /bench$|x-wso2-basePath: /bench-secure\nx-wso2-application-security:\n  security-types: [oauth2]|' \
    "$repo/bench/bench-api.yaml" >"$work/bench-secure-api.yaml"
"$gatehousectl" import --workspace "$workspace" "$work/bench-secure-api.yaml" >/dev/null
"$gatehousectl" app create --workspace "$workspace" BenchClient >/dev/null
"$gatehousectl" subscribe --workspace "$workspace" BenchClient "Bench Secure" >/dev/null
"$gatehousectl" deploy --workspace "$workspace" "Bench Secure" --env bench >/dev/null
token=$("$gatehousectl" token issue --workspace "$workspace" BenchClient --validity 86400)
# 3c. The same API again with a throttle policy whose limit is far above the offered load: every request
#     is counted (and checked against a header condition), none is refused.
"$gatehousectl" policy import --workspace "$workspace" "$repo/bench/bench-policy.yaml" >/dev/null
sed -e "s|__BACKEND__|http://127.0.0.1:$backend_port|" -e 's|^  title: Bench$|  title: Bench Throttled|' \
    -e 's|^x-wso2-basePath: /bench$|x-wso2-basePath: /bench-throttled\nx-wso2-throttling-tier: BenchHigh|' \
    "$repo/bench/bench-api.yaml" >"$work/bench-throttled-api.yaml"
"$gatehousectl" import --workspace "$workspace" "$work/bench-throttled-api.yaml" >/dev/null
"$gatehousectl" deploy --workspace "$workspace" "Bench Throttled" --env bench >/dev/null
"$gatehousectl" run --workspace "$workspace" --env bench --workers 1 >"$work/gatehouse.out" 2>"$work/gatehouse.err" &
pids+=($!)
for _ in $(seq 100); do
    grep -q '^bench admin ' "$work/gatehouse.out" 2>/dev/null && break
    sleep 0.1
done
gateway_base=$(awk '$1 == "bench" && $2 == "http" { print $3 }' "$work/gatehouse.out")
admin_base=$(awk '$1 == "bench" && $2 == "admin" { print $3 }' "$work/gatehouse.out")
[[ -n $gateway_base ]] || die "gatehousectl run printed no listener: $(cat "$work/gatehouse.err")"
gateway_url="$gateway_base/bench/1.0.0/1k"
secure_url="$gateway_base/bench-secure/1.0.0/1k"
throttled_url="$gateway_base/bench-throttled/1.0.0/1k"
wait_for_http "$gateway_url"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$secure_url")
[[ $status == 401 ]] || die "$secure_url answered $status without a token, expected 401"
size=$(curl -fsS -H "Authorization: Bearer $token" "$secure_url" | wc -c)
[[ $size == 1024 ]] || die "$secure_url answered $size bytes with a token, expected 1024"

# The throttled API really is throttled: its answers carry the policy's RateLimit headers.
curl -fsS -D - -o /dev/null "$throttled_url" | grep -qi '^ratelimit-policy:' ||
    die "$throttled_url answered without RateLimit-Policy: is the BenchHigh policy attached?"

for url in "$gateway_url" "$throttled_url" "$nginx_url"; do
    size=$(curl -fsS "$url" | wc -c)
    [[ $size == 1024 ]] || die "$url answered $size bytes, expected 1024"
done

# wrk's latency figures come as 812.00us, 1.23ms or 1.01s: print milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

measure() { # url seconds [header] -> "requests_per_second p99_ms errors"
    local out rps p99 errors header=()
    [[ -z ${3:-} ]] || header=(-H "$3")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency "${header[@]}" "$1")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ {
                  for (i = 3; i <= NF; i++) { gsub(/,/, "", $i); if ($i ~ /^[0-9]+$/) n += $i } }
                  END { print n + 0 }' <<<"$out")
    echo "$rps $(to_ms "$p99") $errors"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench: $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, 1 KiB response, 1 worker each"
echo "bench: gatehouse $("$gatehousectl" --version | awk '{ print $2 }') at $gateway_url"
echo "bench: $(nginx -v 2>&1 | sed 's/^nginx version: //') at $nginx_url"
bearer="Authorization: Bearer $token"
measure "$gateway_url" "$WARMUP" "$bearer" >/dev/null
measure "$secure_url" "$WARMUP" "$bearer" >/dev/null
measure "$throttled_url" "$WARMUP" "$bearer" >/dev/null
measure "$nginx_url" "$WARMUP" "$bearer" >/dev/null

# ratio = gatehouse / nginx; jwt_cost = 1 - (RS256-secured API / the same API open) and throttle_cost =
# 1 - (rate-limited API / the same API open), all on gatehouse.
row='%-6s %13s %10s %13s %10s %13s %10s %13s %10s %7s %9s %13s\n'
printf "$row" round gatehouse_rps gh_p99_ms rs256_rps jwt_p99_ms limited_rps lim_p99_ms nginx_rps ng_p99_ms \
    ratio jwt_cost throttle_cost
ratios=() costs=() throttle_costs=() gateway_rps=() secure_rps=() limited_rps=() nginx_rps=()
gateway_p99=() secure_p99=() limited_p99=() nginx_p99=() total_errors=0
for round in $(seq "$ROUNDS"); do
    # All three get the same request, bearer token included (the open API and nginx forward it), so the
    # differences are the proxies' work, not the client sending more bytes.
    read -r g_rps g_p99 g_err < <(measure "$gateway_url" "$DURATION" "$bearer")
    read -r s_rps s_p99 s_err < <(measure "$secure_url" "$DURATION" "$bearer")
    read -r l_rps l_p99 l_err < <(measure "$throttled_url" "$DURATION" "$bearer")
    read -r n_rps n_p99 n_err < <(measure "$nginx_url" "$DURATION" "$bearer")
    ratio=$(awk -v g="$g_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", g / n }')
    cost=$(awk -v g="$g_rps" -v s="$s_rps" 'BEGIN { printf "%.3f", 1 - s / g }')
    throttle_cost=$(awk -v g="$g_rps" -v l="$l_rps" 'BEGIN { printf "%.3f", 1 - l / g }')
    printf "$row" "$round" "$g_rps" "$g_p99" "$s_rps" "$s_p99" "$l_rps" "$l_p99" "$n_rps" "$n_p99" "$ratio" \
        "$cost" "$throttle_cost"
    ratios+=("$ratio") costs+=("$cost") throttle_costs+=("$throttle_cost") gateway_rps+=("$g_rps")
    secure_rps+=("$s_rps") limited_rps+=("$l_rps") nginx_rps+=("$n_rps")
    gateway_p99+=("$g_p99") secure_p99+=("$s_p99") limited_p99+=("$l_p99") nginx_p99+=("$n_p99")
    total_errors=$((total_errors + g_err + s_err + l_err + n_err))
    ((g_err == 0)) || echo "bench: round $round: gatehouse had $g_err failed requests" >&2
    ((s_err == 0)) || echo "bench: round $round: gatehouse with RS256 had $s_err failed requests" >&2
    ((l_err == 0)) || echo "bench: round $round: gatehouse with rate limiting had $l_err failed requests" >&2
    ((n_err == 0)) || echo "bench: round $round: nginx had $n_err failed requests" >&2
done
printf "$row" median \
    "$(printf '%s\n' "${gateway_rps[@]}" | median)" "$(printf '%s\n' "${gateway_p99[@]}" | median)" \
    "$(printf '%s\n' "${secure_rps[@]}" | median)" "$(printf '%s\n' "${secure_p99[@]}" | median)" \
    "$(printf '%s\n' "${limited_rps[@]}" | median)" "$(printf '%s\n' "${limited_p99[@]}" | median)" \
    "$(printf '%s\n' "${nginx_rps[@]}" | median)" "$(printf '%s\n' "${nginx_p99[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median)" "$(printf '%s\n' "${costs[@]}" | median)" \
    "$(printf '%s\n' "${throttle_costs[@]}" | median)"

# The metrics filter was on: show that it counted the bench API's requests.
if [[ -n $admin_base ]]; then
    counted=$(curl -fsS "$admin_base/metrics" |
        awk '/^gatehouse_requests_total\{/ && /api="Bench"/ { n += $NF } END { printf "%.0f", n }')
    echo "bench: gatehouse /metrics counted $counted requests to the Bench API"
fi
((total_errors == 0)) || die "$total_errors requests failed; the numbers above are not comparable"
