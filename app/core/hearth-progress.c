/* hearth-progress.c: how far a learner is through a module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-progress.h"

/* Where a lesson opens: at the furthest step reached, or from the start
 * again once it is done. Content may have changed since the step was saved,
 * so the step is kept inside the lesson. */
guint
hearth_lesson_resume_step (HearthLesson               *lesson,
                           const HearthLessonProgress *progress)
{
  if (progress->completed_at != 0 || lesson->steps->len == 0)
    return 0;

  return MIN (progress->last_step, lesson->steps->len - 1);
}

gboolean
hearth_module_progress_load (HearthStore           *store,
                             gint64                 learner_id,
                             HearthModule          *module,
                             HearthModuleProgress  *progress,
                             GError               **error)
{
  gboolean found_next = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (module != NULL && progress != NULL, FALSE);

  *progress = (HearthModuleProgress) { 0 };
  progress->lessons_total = module->lessons->len;

  for (guint i = 0; i < module->lessons->len; i++)
    {
      HearthLesson *lesson = g_ptr_array_index (module->lessons, i);
      HearthLessonProgress lesson_progress;

      if (!hearth_store_get_lesson_progress (store, learner_id, module->id, lesson->id,
                                             &lesson_progress, error))
        return FALSE;

      progress->started |= lesson_progress.started;
      if (lesson_progress.completed_at != 0)
        progress->lessons_completed++;
      else if (!found_next)
        {
          found_next = TRUE;
          progress->next_lesson = i;
          progress->next_step = hearth_lesson_resume_step (lesson, &lesson_progress);
        }
    }

  return hearth_store_get_best_quiz_result (store, learner_id, module->id, &progress->quiz, error);
}
