/* hearth-course-model-private.h: constructors for the course loader
 *
 * Only the loader builds course structures; everyone else reads them. The
 * constructors live beside the destructors in hearth-course-model.c so every
 * allocation and its free sit in one file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course-model.h"

G_BEGIN_DECLS

HearthLesson   *hearth_lesson_new    (void);
HearthStep     *hearth_step_new      (void);
HearthQuestion *hearth_question_new  (void);
HearthOption   *hearth_option_new    (void);
HearthPicture  *hearth_picture_new   (void);
void            hearth_picture_free  (HearthPicture *picture);
void            hearth_step_free     (gpointer       step);
void            hearth_lesson_free   (gpointer       lesson);
void            hearth_option_free   (gpointer       option);
void            hearth_question_free (gpointer       question);

G_END_DECLS
