/* hearth-store-quiz.c: quiz attempts and answers
 *
 * Part of HearthStore: every attempt at a module's quiz, each answer with
 * how many tries it took, and the best finished result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-store-internal.h"

/* Returns the new attempt's id, or 0 with @error set. */
gint64
hearth_store_start_quiz_attempt (HearthStore  *self,
                                 gint64        learner_id,
                                 const char   *module_id,
                                 GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your answers");

  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  statement = hearth_store_prepare (self,
                       "INSERT INTO quiz_attempts (learner_id, module_id, started_at) VALUES (?, ?, ?)",
                       what, error);
  if (statement == NULL)
    return 0;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, hearth_store_now ());
  if (!hearth_store_step_done (self, statement, what, error))
    return 0;

  return sqlite3_last_insert_rowid (hearth_store_get_db (self));
}

/* @chosen lists the chosen options' positions, e.g. "0,2". A later try at the
 * same question replaces the earlier one; @correct always describes the
 * first try, which is what the score counts. */
gboolean
hearth_store_save_quiz_answer (HearthStore  *self,
                               gint64        attempt_id,
                               const char   *question_id,
                               const char   *chosen,
                               gboolean      correct,
                               guint         tries,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your answers");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self,
                       "INSERT OR REPLACE INTO quiz_answers "
                       "(attempt_id, question_id, chosen, correct, tries, answered_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, attempt_id);
  sqlite3_bind_text (statement, 2, question_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, chosen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 4, correct ? 1 : 0);
  sqlite3_bind_int (statement, 5, (int) tries);
  sqlite3_bind_int64 (statement, 6, hearth_store_now ());
  return hearth_store_step_done (self, statement, what, error);
}

gboolean
hearth_store_finish_quiz_attempt (HearthStore  *self,
                                  gint64        attempt_id,
                                  guint         score,
                                  guint         total,
                                  GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your answers");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self,
                       "UPDATE quiz_attempts SET finished_at = ?, score = ?, total = ? WHERE id = ?",
                       what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, hearth_store_now ());
  sqlite3_bind_int (statement, 2, (int) score);
  sqlite3_bind_int (statement, 3, (int) total);
  sqlite3_bind_int64 (statement, 4, attempt_id);
  if (!hearth_store_step_done (self, statement, what, error))
    return FALSE;

  if (sqlite3_changes (hearth_store_get_db (self)) != 1)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not save your answers in “%s”: the quiz attempt was not found"),
                   hearth_store_get_path (self));
      return FALSE;
    }

  return TRUE;
}

gboolean
hearth_store_get_best_quiz_result (HearthStore       *self,
                                   gint64             learner_id,
                                   const char        *module_id,
                                   HearthQuizResult  *result,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not read your quiz results");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  *result = (HearthQuizResult) { 0 };
  statement = hearth_store_prepare (self,
                       "SELECT score, total FROM quiz_attempts "
                       "WHERE learner_id = ? AND module_id = ? AND finished_at IS NOT NULL "
                       "ORDER BY score * 1.0 / max (total, 1) DESC, finished_at DESC LIMIT 1",
                       what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);

  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    {
      result->finished = TRUE;
      result->score = (guint) sqlite3_column_int (statement, 0);
      result->total = (guint) sqlite3_column_int (statement, 1);
      return TRUE;
    }

  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);

  return TRUE;
}
