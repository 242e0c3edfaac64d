/* hearth-quiz-view.h: "Check yourself": one question at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_QUIZ_VIEW (hearth_quiz_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthQuizView, hearth_quiz_view, HEARTH, QUIZ_VIEW, GtkWidget)

GtkWidget *hearth_quiz_view_new           (HearthContext  *context);
void       hearth_quiz_view_start         (HearthQuizView *self,
                                           HearthModule   *module);
void       hearth_quiz_view_continue_from (HearthQuizView *self,
                                           HearthQuizView *previous);
guint      hearth_quiz_view_get_question_index (HearthQuizView *self);

G_END_DECLS
