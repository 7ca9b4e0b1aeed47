#pragma once
// libedit's native API. el_set/el_get/history are variadic, and stdin/stdout are unsafe globals
// under Swift 6, so Swift calls these small wrappers instead.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
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

// The thread that reads lines. Swift emits no global variables from a header, so it lives in a
// function's static; call the two functions below from one Swift file so they share one copy.
static inline pthread_t *copydesk_reader_thread_slot(void) {
    static pthread_t thread;
    return &thread;
}

// SIGINT goes to any thread of the process (Swift's async runtime has several), but only the
// reading thread's blocking read must be interrupted: send the signal on to it.
static inline void copydesk_interrupt_handler(int signo) {
    pthread_t reader = *copydesk_reader_thread_slot();
    if (!pthread_equal(pthread_self(), reader)) {
        pthread_kill(reader, signo);
    }
}

/// Makes SIGINT interrupt the calling thread's blocking reads: the handler is installed without
/// SA_RESTART, so el_gets returns NULL with errno EINTR.
static inline int copydesk_catch_interrupts(void) {
    *copydesk_reader_thread_slot() = pthread_self();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = copydesk_interrupt_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

/// Marks the calling thread as the one whose reads SIGINT interrupts.
static inline void copydesk_set_reader_thread(void) {
    *copydesk_reader_thread_slot() = pthread_self();
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
