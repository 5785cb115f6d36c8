#ifndef CNCURSESW_H
#define CNCURSESW_H

/* Wide-character ncurses for Swift. The defines must come before the include so that
   get_wch, add_wch, setcchar and cchar_t are declared. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* Swift cannot import function-like macros, and Swift 6 rejects reads of global mutable C
   state (stdscr, LINES, COLS, acs_map), so each gets a one-line accessor. */

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int cn_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline int cn_key_f(int n) { return KEY_F(n); }

static inline chtype cn_acs_hline(void) { return ACS_HLINE; }
static inline chtype cn_acs_vline(void) { return ACS_VLINE; }
static inline chtype cn_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype cn_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype cn_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype cn_acs_lrcorner(void) { return ACS_LRCORNER; }

/* POSIX declares wcwidth only under _XOPEN_SOURCE, which this header does not impose on
   Swift code; the declaration below matches glibc's. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Termination signals (shims.c): the handler only records the signal; the caller restores
   the terminal and then re-raises it with the default action so the exit status is right. */
void cn_install_termination_handlers(void);
int cn_take_pending_signal(void);
void cn_reraise_with_default_action(int signal_number);

#endif
