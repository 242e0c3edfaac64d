/* hearth-store-survey.c: the learner's before-and-after survey answers
 *
 * Part of HearthStore. One row per learner, module and phase ('before' the
 * module's first lesson, 'after' its quiz): either skipped, or up to three
 * confidence values and, after, an intention, each from 1 to 5 or NULL when
 * not answered. A row, answered or skipped, means the survey was offered
 * and is never asked again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "hearth-i18n.h"
#include "hearth-store-internal.h"

#define SCALE_MAX 5

static const char * const phase_names[] = { "before", "after" };

const char *
hearth_survey_phase_to_string (HearthSurveyPhase phase)
{
  g_return_val_if_fail (phase <= HEARTH_SURVEY_AFTER, NULL);
  return phase_names[phase];
}

static gboolean
check_where (gint64              learner_id,
             const char         *module_id,
             HearthSurveyPhase   phase,
             GError            **error)
{
  if (learner_id <= 0 || module_id == NULL || *module_id == '\0' || phase > HEARTH_SURVEY_AFTER)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Could not save the survey: it does not say which learner, topic and time it is for."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_value (guint     value,
             GError  **error)
{
  if (value > SCALE_MAX)
    {
      /* Translators: %u is the value that was refused */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Could not save the survey: an answer must be from 1 to 5, not %u."), value);
      return FALSE;
    }

  return TRUE;
}

static void
bind_value (sqlite3_stmt *statement,
            int           column,
            guint         value)
{
  if (value == 0)
    sqlite3_bind_null (statement, column);
  else
    sqlite3_bind_int (statement, column, (int) value);
}

/* Saves (or replaces) a row; @confidence is NULL for a skipped survey. */
static gboolean
save_row (HearthStore        *self,
          gint64              learner_id,
          const char         *module_id,
          HearthSurveyPhase   phase,
          const guint        *confidence,
          guint               intention,
          GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save the survey");

  statement = hearth_store_prepare (self,
                                    "INSERT OR REPLACE INTO survey_responses (learner_id, module_id, phase, skipped, "
                                    "  confidence_1, confidence_2, confidence_3, intention, answered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, phase_names[phase], -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 4, confidence == NULL);
  for (guint i = 0; i < HEARTH_SURVEY_N_CONFIDENCE; i++)
    bind_value (statement, 5 + i, confidence != NULL ? confidence[i] : 0);
  bind_value (statement, 8, intention);
  sqlite3_bind_int64 (statement, 9, hearth_store_now ());
  return hearth_store_step_done (self, statement, what, error);
}

/* Saves the learner's answers: @confidence holds HEARTH_SURVEY_N_CONFIDENCE
 * values and, with @intention, each is from 1 to 5, or 0 when she left it.
 * The intention is asked only after a module. */
gboolean
hearth_store_save_survey_response (HearthStore        *self,
                                   gint64              learner_id,
                                   const char         *module_id,
                                   HearthSurveyPhase   phase,
                                   const guint        *confidence,
                                   guint               intention,
                                   GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (confidence != NULL, FALSE);

  if (!check_where (learner_id, module_id, phase, error))
    return FALSE;
  for (guint i = 0; i < HEARTH_SURVEY_N_CONFIDENCE; i++)
    if (!check_value (confidence[i], error))
      return FALSE;
  if (!check_value (intention, error))
    return FALSE;
  if (phase == HEARTH_SURVEY_BEFORE && intention != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Could not save the survey: the promise to talk with the children is asked only after a topic."));
      return FALSE;
    }

  return save_row (self, learner_id, module_id, phase, confidence, intention, error);
}

/* The learner chose not to answer: she is not asked again. */
gboolean
hearth_store_skip_survey (HearthStore        *self,
                          gint64              learner_id,
                          const char         *module_id,
                          HearthSurveyPhase   phase,
                          GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (!check_where (learner_id, module_id, phase, error))
    return FALSE;

  return save_row (self, learner_id, module_id, phase, NULL, 0, error);
}

/* Whether the survey was offered (answered or skipped), and what was
 * answered; @response->offered is FALSE when it was not. */
gboolean
hearth_store_get_survey_response (HearthStore           *self,
                                  gint64                 learner_id,
                                  const char            *module_id,
                                  HearthSurveyPhase      phase,
                                  HearthSurveyResponse  *response,
                                  GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not read the survey");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (phase <= HEARTH_SURVEY_AFTER, FALSE);

  *response = (HearthSurveyResponse) { 0 };
  statement = hearth_store_prepare (self,
                                    "SELECT skipped, confidence_1, confidence_2, confidence_3, intention, answered_at "
                                    "FROM survey_responses WHERE learner_id = ? AND module_id = ? AND phase = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, phase_names[phase], -1, SQLITE_STATIC);

  status = sqlite3_step (statement);
  if (status == SQLITE_DONE)
    return TRUE;
  if (status != SQLITE_ROW)
    return hearth_store_set_sqlite_error (self, error, what);

  response->offered = TRUE;
  response->skipped = sqlite3_column_int (statement, 0) != 0;
  /* A NULL column reads as 0: not answered. */
  for (guint i = 0; i < HEARTH_SURVEY_N_CONFIDENCE; i++)
    response->confidence[i] = (guint) sqlite3_column_int (statement, 1 + i);
  response->intention = (guint) sqlite3_column_int (statement, 4);
  response->answered_at = sqlite3_column_int64 (statement, 5);
  return TRUE;
}
