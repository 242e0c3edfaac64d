/* hearth-lesson-view.h: a lesson, one step at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LESSON_VIEW (hearth_lesson_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthLessonView, hearth_lesson_view, HEARTH, LESSON_VIEW, GtkWidget)

GtkWidget *hearth_lesson_view_new           (HearthContext    *context);
void       hearth_lesson_view_open          (HearthLessonView *self,
                                             HearthModule     *module,
                                             guint             lesson_index,
                                             guint             step);
void       hearth_lesson_view_continue_from (HearthLessonView *self,
                                             HearthLessonView *previous);
guint      hearth_lesson_view_get_step      (HearthLessonView *self);

G_END_DECLS
