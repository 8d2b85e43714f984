# The page templates of every responder, read from their tables in
# cgi/pages/*.c (`static const struct tpl_def tpls[...] = { ... };`), as
# lines of C for tests/unit/test_render.c:
#
#   TPL("public", "home.cs", NULL)
#
# one per template and layout, in the order of the files and the tables,
# each pair once (a template several responders share is rendered once).
# Run by make (Makefile.am) whenever a pages file changes, so a template
# added to a table is rendered by test_render without anyone listing it.
# A line inside a table that is not an entry stops the build: the table's
# shape changed and this script must learn it, rather than skip templates.
#
#   awk -f tests/unit/tpl-list.awk cgi/pages/*.c > tpl_list.h

FNR == 1 {
	responder = FILENAME
	sub(/.*\//, "", responder)
	sub(/\.c$/, "", responder)
	intable = 0
}

/^static const struct tpl_def tpls\[/ {
	intable = 1
	tables++
	next
}

intable && /^};/ {
	intable = 0
	next
}

intable {
	line = $0
	sub(/^[ \t]+/, "", line)
	if (line == "" || line ~ /^\/[*\/]/)
		next
	# [T_X] = { "file.cs", NULL }, or "layout.cs" or "" as the layout
	if (match(line, /\{ *"[^"]+\.cs" *, *(NULL|"[^"]*") *\}/) == 0) {
		printf "%s:%d: not a template entry: %s\n", FILENAME, FNR, $0 > "/dev/stderr"
		bad = 1
		exit 1
	}
	entry = substr(line, RSTART + 1, RLENGTH - 2)
	gsub(/^ +| +$/, "", entry)
	split(entry, part, / *, */)
	if (seen[part[1] " " part[2]]++)
		next
	printf "TPL(\"%s\", %s, %s)\n", responder, part[1], part[2]
	n++
}

END {
	if (bad)
		exit 1
	if (tables == 0 || n == 0) {
		print "tpl-list.awk: no template table found" > "/dev/stderr"
		exit 1
	}
}
