#!/usr/bin/env bash
# Omega's search CGI behind Debian's Apache with mod_cgid, on a private port, for the benchmark.
#   bench/omega-cgi.sh start RUNDIR PORT DBDIR   serves DBDIR (an omindex database) as DB=omega
#   bench/omega-cgi.sh stop RUNDIR
# Apache runs with its own configuration in RUNDIR (the system's sites are untouched); the CGI
# answers /cgi-bin/omega/omega?DB=omega&P=QUERY with Omega's default "query" template (ten hits
# with highlighted samples and the match estimate). Needs apache2 and xapian-omega (root starts
# Apache, whose workers run as www-data, so DBDIR must be world-readable).
set -euo pipefail
cmd="${1:?usage: omega-cgi.sh start RUNDIR PORT DBDIR | stop RUNDIR}"
run="$(realpath -m "${2:?RUNDIR}")"
modules=/usr/lib/apache2/modules

if [[ "$cmd" == stop ]]; then
  [[ -f "$run/httpd.pid" ]] && kill "$(cat "$run/httpd.pid")" 2>/dev/null || true
  for _ in $(seq 50); do [[ -f "$run/httpd.pid" ]] || exit 0; sleep 0.1; done
  exit 0
fi

port="${3:?PORT}"
db="$(realpath "${4:?DBDIR}")"
mkdir -p "$run/data" "$run/log" "$run/cdb"
chmod 755 "$run" "$run/data" "$run/cdb"
chown www-data "$run/log" 2>/dev/null || chmod 777 "$run/log"
ln -sfn "$db" "$run/data/omega"
cat >"$run/omega.conf" <<EOF
database_dir $run/data
template_dir /var/lib/xapian-omega/templates
log_dir $run/log
cdb_dir $run/cdb
EOF
cat >"$run/httpd.conf" <<EOF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $run/httpd.pid
ErrorLog $run/error.log
LogLevel warn
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule alias_module $modules/mod_alias.so
LoadModule env_module $modules/mod_env.so
LoadModule cgid_module $modules/mod_cgid.so
User www-data
Group www-data
ScriptSock $run/cgisock
MaxRequestWorkers 150
KeepAlive On
MaxKeepAliveRequests 0
SetEnv OMEGA_CONFIG_FILE $run/omega.conf
ScriptAlias /cgi-bin/ /usr/lib/cgi-bin/
<Directory /usr/lib/cgi-bin>
  Require all granted
</Directory>
EOF
rm -f "$run/httpd.pid"
/usr/sbin/apache2 -f "$run/httpd.conf" -k start
for _ in $(seq 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/cgi-bin/omega/omega?DB=omega&P=test" && exit 0
  sleep 0.1
done
echo "omega-cgi: Apache did not answer on port $port (see $run/error.log)" >&2
exit 1
