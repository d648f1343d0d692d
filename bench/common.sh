# shellcheck shell=bash
# What the bench scripts share: gatehousectl and the tools they need, a temporary work folder, the processes
# they start (all stopped on exit), free loopback ports, and nginx instances. Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
gatehousectl=${GATEHOUSECTL:-$repo/build/bin/gatehousectl}

die() { echo "bench: $*" >&2; exit 1; }
[[ -x $gatehousectl ]] || die "no gatehousectl at $gatehousectl (build it, or set GATEHOUSECTL)"
for tool in wrk nginx curl awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install wrk nginx-light curl)"
done

work=$(mktemp -d /tmp/gatehouse-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nothing listens on now (bash's /dev/tcp connect fails), distinct from those already handed out.
taken=" "
free_port() {
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 40000))
        [[ $taken == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            taken+="$port "
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

wait_for_http() { # url
    for _ in $(seq 100); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    die "nothing answers at $1"
}

start_nginx() { # name config-body
    local dir=$work/$1
    mkdir -p "$dir"
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
$2
}
CONF
    nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" &
    pids+=($!)
}
