/* The only C code with a body: a signal handler must be async-signal-safe, which in
   practice means setting a sig_atomic_t flag, and that is best written in C. The Swift
   run loop polls the flag between reads and restores the terminal. */
#include "CNcursesw.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t cn_pending = 0;

static void cn_on_signal(int signal_number) { cn_pending = signal_number; }

void cn_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the flag is seen */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
}

int cn_take_pending_signal(void) {
    int signal_number = cn_pending;
    cn_pending = 0;
    return signal_number;
}

void cn_reraise_with_default_action(int signal_number) {
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}
