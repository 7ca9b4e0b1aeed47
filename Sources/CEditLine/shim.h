#pragma once
// libedit's native API. el_set/el_get/history are variadic, and stdin/stdout are unsafe globals
// under Swift 6, so Swift calls these small wrappers instead.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <wchar.h>
#include <unistd.h>
#include <histedit.h>

typedef char *(*copydesk_prompt_fn)(EditLine *);
typedef unsigned char (*copydesk_key_fn)(EditLine *, int);

/// An editor over the process's standard streams.
static inline EditLine *copydesk_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// A prompt that may hold terminal escapes between two `marker` characters.
static inline int copydesk_el_set_prompt(EditLine *el, copydesk_prompt_fn fn, char marker) {
    return el_set(el, EL_PROMPT_ESC, fn, marker);
}

static inline int copydesk_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *copydesk_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int copydesk_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// Reads characters with `fn` instead of libedit's own reader (EL_GETCFN takes wide characters).
static inline int copydesk_el_set_getcfn(EditLine *el, el_rfunc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}

static inline int copydesk_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int copydesk_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int copydesk_el_addfn(EditLine *el, const char *name, const char *help, copydesk_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int copydesk_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/// Sets one terminal capability (`im`, `ic`, `IC`…) for this editor only.
static inline int copydesk_el_settc(EditLine *el, const char *capability, const char *value) {
    return el_set(el, EL_SETTC, capability, value, NULL);
}

static inline int copydesk_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

/// The line buffer and cursor as byte offsets into the UTF-8 text.
static inline int copydesk_el_line(EditLine *el, const char **buffer, int *cursor, int *length) {
    const LineInfo *info = el_line(el);
    if (info == NULL) return -1;
    *buffer = info->buffer;
    *cursor = (int)(info->cursor - info->buffer);
    *length = (int)(info->lastchar - info->buffer);
    return 0;
}

static inline int copydesk_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int copydesk_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int copydesk_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int copydesk_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// Writes every entry to `path` (which the caller then renames into place).
static inline int copydesk_history_save(History *h, const char *path) {
    HistEvent ev;
    FILE *fp = fopen(path, "w");
    if (fp == NULL) return -1;
    int written = history(h, &ev, H_SAVE_FP, fp);
    if (fflush(fp) != 0 || fsync(fileno(fp)) != 0) written = -1;
    if (fclose(fp) != 0) written = -1;
    return written;
}

/// The number of entries; -1 on error.
static inline int copydesk_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return -1;
    return ev.num;
}

/// Entry `index` counted from the newest (0); NULL past the oldest.
static inline const char *copydesk_history_entry(History *h, int index) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) < 0) return NULL;
    for (int i = 0; i < index; i++) {
        if (history(h, &ev, H_NEXT) < 0) return NULL;
    }
    return ev.str;
}

/// Writes and flushes text on standard output (the stream libedit draws on).
static inline void copydesk_stdout_write(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/// Rows and columns of the terminal on `fd`; 0 when unknown.
static inline void copydesk_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0) {
        *rows = size.ws_row;
        *columns = size.ws_col;
    } else {
        *rows = 0;
        *columns = 0;
    }
}

// Signal state shared by the handlers and the reading thread. Swift emits no global variables from
// a header, so it lives in a function's static; only LineReader+Signals.swift calls the functions
// below, so they all share one copy.
struct copydesk_signal_state {
    pthread_t reader;
    /// The write end of the resize self-pipe; -1 before it exists.
    int resize_fd;
    /// The read end of the resize self-pipe; -1 before it exists.
    int resize_read_fd;
    volatile sig_atomic_t interrupted;
    /// Called on the reading thread (not in a signal handler) after the window changed size.
    void (*on_resize)(EditLine *);
};

static inline struct copydesk_signal_state *copydesk_signals(void) {
    static struct copydesk_signal_state state = { .resize_fd = -1, .resize_read_fd = -1 };
    return &state;
}

// SIGINT goes to any thread of the process (Swift's async runtime has several), but only the
// reading thread's blocking read must be interrupted: send the signal on to it.
static inline void copydesk_interrupt_handler(int signo) {
    struct copydesk_signal_state *state = copydesk_signals();
    state->interrupted = 1;
    if (!pthread_equal(pthread_self(), state->reader)) {
        pthread_kill(state->reader, signo);
    }
}

/// Makes SIGINT interrupt the calling thread's blocking reads: the handler is installed without
/// SA_RESTART, so el_gets returns NULL with errno EINTR.
static inline int copydesk_catch_interrupts(void) {
    copydesk_signals()->reader = pthread_self();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = copydesk_interrupt_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

static inline int copydesk_drain_resizes(int fd);

/// Marks the calling thread as the one whose reads SIGINT interrupts. A Ctrl-C pressed or a resize
/// made while no line was being read does not cancel or redraw the next one.
static inline void copydesk_set_reader_thread(void) {
    copydesk_signals()->reader = pthread_self();
    copydesk_signals()->interrupted = 0;
    if (copydesk_signals()->resize_read_fd >= 0) copydesk_drain_resizes(copydesk_signals()->resize_read_fd);
}

/// True once after SIGINT arrived (the flag is cleared by reading it).
static inline int copydesk_take_interrupt(void) {
    int was = copydesk_signals()->interrupted;
    copydesk_signals()->interrupted = 0;
    return was;
}

// Async-signal-safe: one write() to the self-pipe wakes the reader's poll().
static inline void copydesk_resize_handler(int signo) {
    (void)signo;
    int saved = errno;
    int fd = copydesk_signals()->resize_fd;
    if (fd >= 0) { ssize_t ignored = write(fd, "w", 1); (void)ignored; }
    errno = saved;
}

/// Makes SIGWINCH write a byte to a non-blocking self-pipe that copydesk_getc watches, and has
/// copydesk_getc call `on_resize` then. libedit's own handler (EL_SIGNAL) chains to this one.
static inline int copydesk_catch_resizes(void (*on_resize)(EditLine *)) {
    copydesk_signals()->on_resize = on_resize;
    if (copydesk_signals()->resize_fd >= 0) return 0;
    int fds[2];
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    copydesk_signals()->resize_fd = fds[1];
    copydesk_signals()->resize_read_fd = fds[0];
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = copydesk_resize_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &action, NULL);
}

/// Empties the self-pipe; true when a resize was signalled since the last call.
static inline int copydesk_drain_resizes(int fd) {
    char bytes[64];
    int any = 0;
    while (read(fd, bytes, sizeof bytes) > 0) any = 1;
    return any;
}

/// libedit's character reader (EL_GETCFN), replaced so a window resize redraws at once: waits on
/// standard input and the resize pipe together, and decodes the locale's multibyte characters
/// (UTF-8) into one wide character. Returns 1 with a character, 0 at the end of input, -1 on error;
/// Ctrl-C returns -1 with errno EINTR, so el_gets returns NULL and the line is dropped.
static inline int copydesk_getc(EditLine *el, wchar_t *out) {
    struct copydesk_signal_state *state = copydesk_signals();
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *out = L'\0';
    for (;;) {
        if (copydesk_take_interrupt()) { errno = EINTR; return -1; }
        int pipe_fd = state->resize_read_fd;
        struct pollfd fds[2] = { { .fd = 0, .events = POLLIN }, { .fd = pipe_fd, .events = POLLIN } };
        if (poll(fds, pipe_fd >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR) continue;  // Ctrl-C is seen above; a resize, in the pipe
            return -1;
        }
        if (pipe_fd >= 0 && (fds[1].revents & POLLIN)) {
            // Redraw between characters, never in the middle of a multibyte one.
            if (copydesk_drain_resizes(pipe_fd) && count == 0 && state->on_resize != NULL) state->on_resize(el);
            if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        }
        ssize_t got = read(0, bytes + count, 1);
        if (got == 0) return 0;
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        count += 1;
        for (;;) {
            mbstate_t mbs;
            memset(&mbs, 0, sizeof mbs);
            size_t used = mbrtowc(out, bytes, count, &mbs);
            if (used == (size_t)-2 && count < sizeof bytes) break;  // incomplete: read the next byte
            if (used != (size_t)-1 && used != (size_t)-2) {
                if (used == 0) *out = L'\0';
                return 1;
            }
            // Invalid: drop it; a sequence cut short starts again at its last byte.
            if (count <= 1) { count = 0; break; }
            bytes[0] = bytes[count - 1];
            count = 1;
        }
    }
}

static inline int copydesk_unblock_signal(int signo) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static inline int copydesk_errno(void) { return errno; }
static inline void copydesk_clear_errno(void) { errno = 0; }

static inline void copydesk_default_signal(int signo) {
    signal(signo, SIG_DFL);
}

static inline void copydesk_ignore_signal(int signo) {
    signal(signo, SIG_IGN);
}
