/* hearth-progress.h: how far a learner is through a module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course-model.h"
#include "hearth-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint            lessons_total;
  guint            lessons_completed;
  gboolean         started;
  guint            next_lesson;  /* the lesson to carry on with */
  guint            next_step;    /* and the step in it */
  HearthQuizResult quiz;         /* the best finished attempt */
} HearthModuleProgress;

gboolean hearth_module_progress_load   (HearthStore          *store,
                                        gint64                learner_id,
                                        HearthModule         *module,
                                        HearthModuleProgress *progress,
                                        GError              **error);
guint    hearth_lesson_resume_step     (HearthLesson               *lesson,
                                        const HearthLessonProgress *progress);

G_END_DECLS
