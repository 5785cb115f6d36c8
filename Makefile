# convene — build, test and install.
PREFIX ?= /usr/local
CONFIGURATION ?= release
BUILD_DIR ?= .build/$(CONFIGURATION)

.PHONY: deps run build test install install-files uninstall

# The Debian packages the build and the tests need, installed only when missing.
deps:
	scripts/install-system-packages

# The app on its default database ($$XDG_DATA_HOME/convene/convene.sqlite).
run: deps
	swift run -q convene

build:
	swift build -c $(CONFIGURATION)

test: deps
	swift test

# Binary in PREFIX/bin, shipped data in PREFIX/share/convene, man pages in PREFIX/share/man.
install: build install-files

install-files:
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/convene" "$(PREFIX)/share/man/man1" "$(PREFIX)/share/man/man5"
	install -m 0755 "$(BUILD_DIR)/convene" "$(PREFIX)/bin/convene"
	cp -R Data/. "$(PREFIX)/share/convene/"
	install -m 0644 Man/convene.1 "$(PREFIX)/share/man/man1/convene.1"
	if [ -f Man/convene.5 ]; then install -m 0644 Man/convene.5 "$(PREFIX)/share/man/man5/convene.5"; fi

uninstall:
	rm -f "$(PREFIX)/bin/convene" "$(PREFIX)/share/man/man1/convene.1" "$(PREFIX)/share/man/man5/convene.5"
	rm -rf "$(PREFIX)/share/convene"
