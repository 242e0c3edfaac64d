/* hearth-test-app.h: running the real Hearth application in a test, and
 * doing what a learner does in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-application.h"
#include "hearth-window.h"

G_BEGIN_DECLS

/* What a test does with the window once it is on screen. */
typedef void (*Driver) (HearthWindow *window, gpointer data);

/* A new, empty folder for each test, removed after it. */
extern char *data_dir;

void       hearth_test_app_setup    (void);
void       hearth_test_app_teardown (void);
void       run_hearth               (const char     *first_argument,
                                     ...);
GtkWidget *page_at                  (HearthWindow   *window,
                                     const char     *name,
                                     int             line);
#define page(window, name) page_at ((window), (name), __LINE__)
void       click_button             (GtkWidget      *root,
                                     const char     *text);
void       assert_label             (GtkWidget      *root,
                                     const char     *text);
void       set_language             (HearthWindow   *window,
                                     const char     *language);
void       finish_lesson            (HearthWindow   *window,
                                     HearthLesson   *lesson,
                                     guint           from_step);
void       answer_question          (HearthWindow   *window,
                                     HearthQuestion *question,
                                     gboolean        wrong_first);
void       fill_entry               (GtkWidget      *root,
                                     guint           index,
                                     const char     *text);
char      *clipboard_text           (GtkWidget      *widget);

G_END_DECLS
