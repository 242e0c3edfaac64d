/* hearth-store-progress.c: how far each learner is through each lesson
 *
 * Part of HearthStore. Each call commits before it returns, so the step a
 * learner reached is on disk before the next one is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-store-internal.h"

/* Keeps the furthest step reached, so going Back to re-read never loses the
 * learner's place. */
gboolean
hearth_store_save_lesson_step (HearthStore  *self,
                               gint64        learner_id,
                               const char   *module_id,
                               const char   *lesson_id,
                               guint         step,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your progress");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self,
                       "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, last_step, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5) "
                       "ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET "
                       "  last_step = max (last_step, excluded.last_step), updated_at = excluded.updated_at",
                       what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, lesson_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, step);
  sqlite3_bind_int64 (statement, 5, hearth_store_now ());
  return hearth_store_step_done (self, statement, what, error);
}

gboolean
hearth_store_complete_lesson (HearthStore  *self,
                              gint64        learner_id,
                              const char   *module_id,
                              const char   *lesson_id,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your progress");
  gint64 now = hearth_store_now ();

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self,
                       "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, completed_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?4) "
                       "ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET "
                       "  completed_at = coalesce (completed_at, excluded.completed_at),"
                       "  updated_at = excluded.updated_at",
                       what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, lesson_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, now);
  return hearth_store_step_done (self, statement, what, error);
}

gboolean
hearth_store_get_lesson_progress (HearthStore           *self,
                                  gint64                 learner_id,
                                  const char            *module_id,
                                  const char            *lesson_id,
                                  HearthLessonProgress  *progress,
                                  GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not read your progress");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  *progress = (HearthLessonProgress) { 0 };
  statement = hearth_store_prepare (self,
                       "SELECT last_step, coalesce (completed_at, 0) FROM lesson_progress "
                       "WHERE learner_id = ? AND module_id = ? AND lesson_id = ?",
                       what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, lesson_id, -1, SQLITE_TRANSIENT);

  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    {
      progress->started = TRUE;
      progress->last_step = (guint) sqlite3_column_int (statement, 0);
      progress->completed_at = sqlite3_column_int64 (statement, 1);
      return TRUE;
    }

  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);

  return TRUE;
}
