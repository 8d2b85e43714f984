# libFuzzer builds of the fuzz harnesses (GNU make; docs/fuzzing.md).
#
# Run from the build folder by `make fuzz`. It reads that folder's
# Makefile for what configure and automake wrote there (srcdir, the
# compiler flags, libdvc.a's sources, FUZZ_PROGS, the libraries), then
# builds with FUZZ_CC (clang):
#   fuzz/obj/...     the project's sources with ASan, UBSan and libFuzzer's
#                    coverage instrumentation, in fuzz/libdvc.a
#   fuzz/fuzz-NAME   each harness tests/fuzz/fuzz_NAME.c with libFuzzer's
#                    main
# Only the harnesses named in FUZZ (default: all) are built, e.g.
# `make fuzz FUZZ=gate`. `./dvc-dev fuzz` runs them.

include Makefile

NAMES := $(patsubst tests/fuzz/fuzz_%,%,$(FUZZ_PROGS))
FUZZ ?= $(NAMES)
# leaks, UB and memory errors all stop a run: each is a finding
SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined
CFLAGS_FUZZ = -g -O1 -fno-omit-frame-pointer $(SAN)
CPPFLAGS_FUZZ = -I. $(AM_CPPFLAGS)
OBJS := $(patsubst cgi/%.c,fuzz/obj/%.o,$(filter %.c,$(libdvc_a_SOURCES)))

fuzz-all: $(patsubst %,fuzz/fuzz-%,$(FUZZ))
.DEFAULT_GOAL := fuzz-all

fuzz/obj/%.o: $(srcdir)/cgi/%.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC   $@"
	@$(FUZZ_CC) $(CFLAGS_FUZZ) -fsanitize=fuzzer-no-link $(CPPFLAGS_FUZZ) \
	    -MMD -MP -c -o $@ $<

fuzz/libdvc.a: $(OBJS)
	@rm -f $@
	@$(AR) cr $@ $^

fuzz/fuzz-%: $(srcdir)/tests/fuzz/fuzz_%.c $(wildcard $(srcdir)/tests/fuzz/*.h) fuzz/libdvc.a
	@echo "  FUZZLD   $@"
	@$(FUZZ_CC) $(CFLAGS_FUZZ) -fsanitize=fuzzer -DFUZZ_LIBFUZZER \
	    $(CPPFLAGS_FUZZ) -o $@ $< fuzz/libdvc.a $(LDADD:libdvc.a=)

-include $(OBJS:.o=.d)

.PHONY: fuzz-all
