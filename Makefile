# convene — build, test and install.
#
#   make run                          the app on the default database
#   make test                         every test (debug build)
#   make install PREFIX=… DESTDIR=…   release build, stripped, with data, man pages, completions
#   make uninstall PREFIX=… DESTDIR=… removes exactly what install put there
#   make check-install                installs into a temporary DESTDIR and checks the result
PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
BUILD_DIR ?= .build/$(CONFIGURATION)
# The Swift runtime and Foundation are linked into the binary, so that the installed convene
# runs without the toolchain; only libc, libncursesw and libsqlite3 stay shared libraries.
SWIFT_BUILD_FLAGS ?= -c $(CONFIGURATION) --product convene --static-swift-stdlib

bindir = $(PREFIX)/bin
datadir = $(PREFIX)/share/convene
man1dir = $(PREFIX)/share/man/man1
man5dir = $(PREFIX)/share/man/man5
bashcompletiondir = $(PREFIX)/share/bash-completion/completions
zshcompletiondir = $(PREFIX)/share/zsh/site-functions
fishcompletiondir = $(PREFIX)/share/fish/vendor_completions.d

# Every file install-files writes, for uninstall to remove exactly those.
DATA_FILES := $(shell cd Data && find . -type f | sed 's|^\./||' | sort)
INSTALLED = $(bindir)/convene \
	$(addprefix $(datadir)/,$(DATA_FILES)) \
	$(man1dir)/convene.1 $(man5dir)/convene.5 \
	$(bashcompletiondir)/convene $(zshcompletiondir)/_convene $(fishcompletiondir)/convene.fish

.PHONY: deps run build test install install-files uninstall check-install

# The Debian packages the build and the tests need, installed only when missing.
deps:
	scripts/install-system-packages

# The app on its default database ($$XDG_DATA_HOME/convene/convene.sqlite).
run: deps
	swift run -q convene

build:
	swift build $(SWIFT_BUILD_FLAGS)

test: deps
	swift test

install: build install-files

# The binary in BUILD_DIR, stripped; the data, man pages and the completion scripts the
# binary generates for bash, zsh and fish, where those shells look for them.
install-files:
	install -d "$(DESTDIR)$(bindir)" "$(DESTDIR)$(man1dir)" "$(DESTDIR)$(man5dir)" \
		"$(DESTDIR)$(bashcompletiondir)" "$(DESTDIR)$(zshcompletiondir)" "$(DESTDIR)$(fishcompletiondir)"
	install -m 0755 -s "$(BUILD_DIR)/convene" "$(DESTDIR)$(bindir)/convene"
	cd Data && find . -type d -exec install -d "$(DESTDIR)$(datadir)/{}" \;
	cd Data && find . -type f -exec install -m 0644 {} "$(DESTDIR)$(datadir)/{}" \;
	install -m 0644 Man/convene.1 "$(DESTDIR)$(man1dir)/convene.1"
	install -m 0644 Man/convene.5 "$(DESTDIR)$(man5dir)/convene.5"
	"$(BUILD_DIR)/convene" --generate-completion-script bash >"$(DESTDIR)$(bashcompletiondir)/convene"
	"$(BUILD_DIR)/convene" --generate-completion-script zsh >"$(DESTDIR)$(zshcompletiondir)/_convene"
	"$(BUILD_DIR)/convene" --generate-completion-script fish >"$(DESTDIR)$(fishcompletiondir)/convene.fish"
	chmod 0644 "$(DESTDIR)$(bashcompletiondir)/convene" "$(DESTDIR)$(zshcompletiondir)/_convene" \
		"$(DESTDIR)$(fishcompletiondir)/convene.fish"

# The files install-files wrote, and the data folder once it is empty; folders other
# programs share (bin, man, the completion folders) stay.
uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	for folder in $$(cd Data && find . -mindepth 1 -depth -type d) ""; do \
		if [ -d "$(DESTDIR)$(datadir)/$$folder" ]; then rmdir --ignore-fail-on-non-empty "$(DESTDIR)$(datadir)/$$folder"; fi; \
	done

# Slow (a release build): kept out of `make test`.
check-install:
	scripts/check-install
