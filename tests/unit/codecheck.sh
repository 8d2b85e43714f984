#!/bin/sh
# Code checks (fossil's codecheck idea): refuse the call shapes the design
# rules out. TAP output for make check.
top=${top_srcdir:-.}
cd "$top" || exit 99
n=0
fail=0
check() {
	n=$((n + 1))
	if [ -n "$2" ]; then
		echo "not ok $n - $1"
		echo "$2" | sed 's/^/#   /'
		fail=1
	else
		echo "ok $n - $1"
	fi
}

# SQL only through core/db.h with literal text: no other MariaDB call
# outside the db module, no SQL assembled with printf.
check "mysql_* calls only in cgi/core/db.c" \
	"$(grep -rn 'mysql_[a-z_]*(' cgi --include=*.c | grep -v '^cgi/core/db.c:')"
check "no SQL built with printf" \
	"$(grep -rnE '(sn?printf|asprintf|buf_printf)\([^;]*"[^"]*(SELECT|INSERT|UPDATE|DELETE|REPLACE) ' cgi)"
# Layers: pages say what to show, the domain holds the rules and the SQL
# (cgi/pages calls domain functions; a statement there is a rule out of
# place), and only the request path speaks HTTP.
check "no SQL in cgi/pages (it belongs in cgi/domain)" \
	"$(grep -nE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CALL)[[:space:]]|\b(db_exec|db_rows|db_row|db_int|db_run_script)[[:space:]]*\(' cgi/pages/*.c cgi/pages/*.h)"
check "domain functions return their own outcomes, never HTTP statuses" \
	"$(grep -nE 'return[[:space:]]+(30[0-9]|4[0-9][0-9]|5[0-9][0-9])[[:space:];]' cgi/domain/*.c)"
check "db_run_script only in dvcctl migrate" \
	"$(grep -rn 'db_run_script(' cgi --include=*.c | grep -v -e '^cgi/core/db\.[ch]:' -e '^cgi/ctl/migrate.c:')"
# ClearSilver and libfcgi paths the design avoids
check "no cgi_filehandle, cgi_error, cgi_neo_error, cgi_redirect, cgi_cookie_set, cgi_display, cgi_output, cgi_debug_init" \
	"$(grep -rnE '\b(cgi_filehandle|cgi_neo_error|cgi_error|cgi_redirect|cgi_redirect_uri|cgi_cookie_set|cgi_display|cgi_output|cgi_debug_init)\s*\(' cgi)"
check "no FCGI_Accept or fcgi_stdio.h (the stdio wrapper)" \
	"$(grep -rnE 'FCGI_Accept|fcgi_stdio\.h' cgi)"
check "no exit() inside the request path" \
	"$(grep -rnE '\bexit\s*\(' cgi/core cgi/domain cgi/pages | grep -v 'cgi/core/request.c:.*exit(worker')"
check "templates: raw output (uvar:) only with a comment saying why" \
	"$(grep -rn 'uvar:' templates | grep -v 'safe:')"
check "templates: no alt: (it writes its value without the html escaping var: gets; use if/var/else)" \
	"$(grep -rn '<?cs alt:' templates)"
check "templates: no inline script or style (scripts only from files)" \
	"$(grep -rnE '<script|<style|style=|\son[a-z]+=' templates | grep -v '<script src=')"
# a block left open in a language file nests every later one (Lang.Lang...):
# the pages then show nothing where those strings go
check "templates/lang: every block closed, each top-level block at depth 0" \
	"$(for f in templates/lang/*.hdf; do awk -v f="$f" '
		/^[[:space:]]*#/ { next }
		/\{[[:space:]]*$/ { if ($0 ~ /^[^[:space:]]/ && d != 0) print f ":" NR ": opened inside a block"; d++; next }
		/^[[:space:]]*\}[[:space:]]*$/ { d--; if (d < 0) { print f ":" NR ": closes nothing"; d = 0 } }
		END { if (d != 0) print f ": " d " block(s) not closed" }' "$f"; done)"
# what is not listed in Makefile.am is not in the release tarball (nor
# installed): a template left out made test_render crash in distcheck only
check "every template, migration and guide is listed in Makefile.am" \
	"$(for f in templates/*.cs templates/*.hdf templates/lang/*.hdf sql/*.sql docs/*.md; do grep -q "$f" Makefile.am || echo "$f"; done)"
check "Config.DebugEnabled and TimeFooter never switched on" \
	"$(grep -rnE 'DebugEnabled|TimeFooter' cgi templates | grep -v '^cgi/core/render.c:')"
[ $fail = 0 ] && echo "# all code checks passed"
echo "1..$n"
exit $fail
