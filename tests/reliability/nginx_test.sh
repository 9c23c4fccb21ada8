#!/usr/bin/env bash
# nginx_test.sh TONLE_BIN SOURCE_DIR — checks deploy/nginx/tonle.conf in front of a live tonle:
# it proxies searches, keeps /healthz to localhost, refuses request smuggling and large bodies,
# limits request rates and exports per address, and drops a client that sends its header too
# slowly. Installs nothing: without nginx (Debian package `nginx`; scripts/install-deps.sh
# --test installs it), curl or python3 it says so and exits 77, which ctest reports as skipped.
#
# nginx runs unprivileged-style from a temporary prefix on private ports, with the shipped file
# included unchanged except for its ports and, to keep the test short, a 2 s header timeout.
set -euo pipefail
tonle="${1:?usage: nginx_test.sh TONLE_BIN SOURCE_DIR}"
src="${2:?usage: nginx_test.sh TONLE_BIN SOURCE_DIR}"

nginx_bin="$(command -v nginx || true)"
[[ -z "$nginx_bin" && -x /usr/sbin/nginx ]] && nginx_bin=/usr/sbin/nginx
for need in "$nginx_bin" "$(command -v curl || true)" "$(command -v python3 || true)"; do
  if [[ -z "$need" ]]; then
    echo "SKIPPED: needs nginx, curl and python3 (scripts/install-deps.sh --test installs them)"
    exit 77
  fi
done

work="$(mktemp -d /tmp/tonle-nginx-XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
fail() { echo "FAIL: $*"; echo "--- nginx error log"; tail -20 "$work/error.log" 2>/dev/null || true; exit 1; }

# A small index and a tonle behind nginx.
"$tonle" index "$src/corpus" --db "$work/db" --quiet >/dev/null
tonle_port="$(free_port)"
"$tonle" serve --db "$work/db" --port "$tonle_port" --per-address 300 --quiet 2>"$work/tonle.log" &
pids+=($!)

nginx_port="$(free_port)"
sed -e "s/listen 80;/listen 127.0.0.1:$nginx_port;/" -e '/listen \[::\]:80;/d' \
    -e "s/server 127.0.0.1:8080 /server 127.0.0.1:$tonle_port /" \
    -e "s/client_header_timeout 10s;/client_header_timeout 2s;/" \
    "$src/deploy/nginx/tonle.conf" > "$work/tonle.conf"
grep -q "listen 127.0.0.1:$nginx_port;" "$work/tonle.conf" || fail "could not set the listen port"
grep -q "server 127.0.0.1:$tonle_port " "$work/tonle.conf" || fail "could not set the upstream port"
mkdir -p "$work/logs"
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
error_log $work/error.log warn;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/client_body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $work/tonle.conf;
}
EOF
"$nginx_bin" -t -p "$work" -c "$work/nginx.conf" >/dev/null 2>"$work/nginx-t.log" ||
  { cat "$work/nginx-t.log"; fail "nginx -t refused the configuration"; }
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' 2>>"$work/error.log" &
pids+=($!)

base="http://127.0.0.1:$nginx_port"
for _ in $(seq 100); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  sleep 0.1
done

echo "-- proxies searches and health"
out="$(curl -sS "$base/api/search?q=%22Human%20Rights%20Watch%22")"
[[ "$out" == *'"total":2'* ]] || fail "search through nginx: $out"
[[ "$(curl -sS -o /dev/null -w '%{http_code}' "$base/healthz")" == 200 ]] || fail "healthz through nginx"
curl -sS "$base/metrics" | grep -q '^tonle_index_up 1$' || fail "metrics through nginx (from localhost)"

echo "-- refuses smuggling and large bodies before tonle sees them"
code="$(python3 - "$nginx_port" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
print(s.recv(100).split(b" ")[1].decode())
PY
)"
[[ "$code" == 400 ]] || fail "CL+TE through nginx answered $code"
code="$(head -c 100000 /dev/zero | curl -sS -o /dev/null -w '%{http_code}' --data-binary @- "$base/api/search")"
[[ "$code" == 413 ]] || fail "a 100 KB body answered $code"

echo "-- limits exports per address"
codes="$(for _ in 1 2 3 4 5; do curl -sS -o /dev/null -w '%{http_code} ' "$base/export?format=csv&q=report"; done)"
[[ "$codes" == 200* && "$codes" == *429* ]] || fail "five quick exports answered: $codes"

echo "-- limits request rates per address"
counts="$(python3 - "$nginx_port" <<'PY'
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=10)
codes = []
for _ in range(120):  # well over 20 a second plus the burst of 40
    c.request("GET", "/static/app.css")
    r = c.getresponse()
    r.read()
    codes.append(r.status)
print(codes.count(200), codes.count(429))
PY
)"
read -r n200 n429 <<<"$counts"
(( n429 > 0 && n200 >= 40 )) || fail "120 quick requests: $n200 answered, $n429 limited"

echo "-- drops a client that sends its header too slowly"
took="$(python3 - "$nginx_port" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
start = time.monotonic()
s.settimeout(0.2)
for c in b"GET /api/search?q=x HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
    try:
        s.send(bytes([c]))
        if s.recv(100) == b"":
            break
    except socket.timeout:
        continue
    except OSError:
        break
    if time.monotonic() - start > 15:
        break
print("%.1f" % (time.monotonic() - start))
PY
)"
python3 -c "import sys; sys.exit(0 if float('$took') < 6 else 1)" ||
  fail "a header sent a byte every 0.2 s was held for $took s"
echo "   dropped after $took s (client_header_timeout 2s in this copy)"

echo "-- tonle saw only nginx"
grep -q "error" "$work/tonle.log" && fail "tonle logged errors: $(cat "$work/tonle.log")"
echo "PASS: nginx in front of tonle proxies, limits and times out as configured"
