// Non-variadic wrappers around libedit's variadic el_set/history calls (Swift cannot call C variadics),
// and accessors for glibc's stdio globals (rejected by Swift 6's concurrency checks).
#ifndef SMOLDER_CLIBEDIT_SHIM_H
#define SMOLDER_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*smolder_prompt_fn)(EditLine *);
typedef unsigned char (*smolder_command_fn)(EditLine *, int);

static inline FILE *smolder_stdin(void) { return stdin; }
static inline FILE *smolder_stdout(void) { return stdout; }
static inline FILE *smolder_stderr(void) { return stderr; }

static inline int smolder_el_set_prompt(EditLine *el, smolder_prompt_fn fn) {
    return el_set(el, EL_PROMPT_ESC, fn, '\1');
}
static inline int smolder_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int smolder_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int smolder_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int smolder_el_addfn(EditLine *el, const char *name, const char *help, smolder_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int smolder_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int smolder_el_source(EditLine *el) {
    return el_source(el, NULL);
}

static inline int smolder_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int smolder_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}
static inline int smolder_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int smolder_history_load(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, file);
}
static inline int smolder_history_save(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, file);
}

#endif
