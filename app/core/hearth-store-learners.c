/* hearth-store-learners.c: the learners: adding, listing, changing and erasing them
 *
 * Part of HearthStore. Every learner object is built here, from one query's
 * columns, so each one carries whether she has a PIN, her participant code
 * and her workshop. Erasing a learner erases everything that is hers: every
 * table with her data refers to her row (or to a row that does) with ON
 * DELETE CASCADE, and the store runs with secure_delete on (hearth-store.c),
 * so the erased rows are overwritten, not just forgotten, in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "hearth-i18n.h"
#include "hearth-store-internal.h"

/* The columns learner_from_row() reads, in its order. */
#define LEARNER_COLUMNS \
  "id, display_name, language, avatar, pin_hash IS NOT NULL, participant_code, coalesce (workshop_id, 0)"

/* Tries at a participant code before giving up: two of the same among
 * 2^40 would be very bad luck, but the unique index would refuse it. */
#define CODE_TRIES 3

static HearthLearner *
learner_from_row (sqlite3_stmt *statement)
{
  return g_object_new (HEARTH_TYPE_LEARNER,
                       "id", sqlite3_column_int64 (statement, 0),
                       "display-name", (const char *) sqlite3_column_text (statement, 1),
                       "language", (const char *) sqlite3_column_text (statement, 2),
                       "avatar", (const char *) sqlite3_column_text (statement, 3),
                       "has-pin", sqlite3_column_int (statement, 4) != 0,
                       "participant-code", (const char *) sqlite3_column_text (statement, 5),
                       "workshop-id", sqlite3_column_int64 (statement, 6),
                       NULL);
}

static HearthLearner *
load_learner (HearthStore  *self,
              gint64        learner_id,
              const char   *what,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int status;

  statement = hearth_store_prepare (self, "SELECT " LEARNER_COLUMNS " FROM learners WHERE id = ?", what, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, learner_id);
  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    return learner_from_row (statement);

  if (status == SQLITE_DONE)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("%s: it is no longer in the list"), what);
  else
    hearth_store_set_sqlite_error (self, error, what);
  return NULL;
}

/* A name must have something in it besides spaces and be at most 60
 * characters (not bytes: Bengali and Arabic letters take several bytes). It is
 * kept exactly as typed, in any script, emoji included. */
gboolean
hearth_store_check_learner_name (const char  *display_name,
                                 GError     **error)
{
  g_autofree char *stripped = NULL;

  if (display_name == NULL || !g_utf8_validate (display_name, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME,
                           _("Please type your name."));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (display_name));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME,
                           _("Please type your name."));
      return FALSE;
    }

  if (g_utf8_strlen (display_name, -1) > HEARTH_LEARNER_NAME_MAX_CHARS)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME,
                   ngettext ("A name can have at most %d letter. Please make it shorter.",
                             "A name can have at most %d letters. Please make it shorter.",
                             HEARTH_LEARNER_NAME_MAX_CHARS),
                   HEARTH_LEARNER_NAME_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

HearthLearner *
hearth_store_add_learner (HearthStore  *self,
                          const char   *display_name,
                          const char   *language,
                          const char   *avatar,
                          GError      **error)
{
  const char *what = _("Could not add the learner");

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (language != NULL && avatar != NULL, NULL);

  if (!hearth_store_check_learner_name (display_name, error))
    return NULL;

  for (guint attempt = 1; ; attempt++)
    {
      g_autoptr(sqlite3_stmt) statement = NULL;

      statement = hearth_store_prepare (self,
                                        /* The participant code is random, from SQLite's generator
                                         * (seeded by the system's), so nothing about her is in it. */
                                        "INSERT INTO learners (display_name, language, avatar, created_at, participant_code) "
                                        "VALUES (?, ?, ?, ?, upper (hex (randomblob (5))))", what, error);
      if (statement == NULL)
        return NULL;

      sqlite3_bind_text (statement, 1, display_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 2, language, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 3, avatar, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 4, hearth_store_now ());
      if (sqlite3_step (statement) == SQLITE_DONE)
        break;

      if (attempt == CODE_TRIES ||
          sqlite3_extended_errcode (hearth_store_get_db (self)) != SQLITE_CONSTRAINT_UNIQUE)
        {
          hearth_store_set_sqlite_error (self, error, what);
          return NULL;
        }
    }

  return load_learner (self, sqlite3_last_insert_rowid (hearth_store_get_db (self)), what, error);
}

GPtrArray *
hearth_store_list_learners (HearthStore  *self,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  const char *what = _("Could not read the list of learners");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self,
                                    "SELECT " LEARNER_COLUMNS " FROM learners ORDER BY created_at, id",
                                    what, error);
  if (statement == NULL)
    return NULL;

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (learners, learner_from_row (statement));

  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  return g_steal_pointer (&learners);
}

gboolean
hearth_store_set_learner_language (HearthStore    *self,
                                   HearthLearner  *learner,
                                   const char     *language,
                                   GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save the language");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_LEARNER (learner), FALSE);

  statement = hearth_store_prepare (self, "UPDATE learners SET language = ? WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, language, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, hearth_learner_get_id (learner));
  if (!hearth_store_step_done (self, statement, what, error))
    return FALSE;

  hearth_learner_set_language (learner, language);
  return TRUE;
}

/* Changes her name and picture, in the profile and in @learner. */
gboolean
hearth_store_update_learner (HearthStore    *self,
                             HearthLearner  *learner,
                             const char     *display_name,
                             const char     *avatar,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save your name and picture");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_LEARNER (learner), FALSE);
  g_return_val_if_fail (avatar != NULL, FALSE);

  if (!hearth_store_check_learner_name (display_name, error))
    return FALSE;

  statement = hearth_store_prepare (self, "UPDATE learners SET display_name = ?, avatar = ? WHERE id = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, display_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, avatar, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, hearth_learner_get_id (learner));
  if (!hearth_store_step_done (self, statement, what, error) ||
      !hearth_store_check_one_changed (self, what, error))
    return FALSE;

  hearth_learner_set_display_name (learner, display_name);
  hearth_learner_set_avatar (learner, avatar);
  return TRUE;
}

/* Puts her in a workshop, or with @workshop_id 0 in none. */
gboolean
hearth_store_set_learner_workshop (HearthStore  *self,
                                   gint64        learner_id,
                                   gint64        workshop_id,
                                   GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not put the learner in the workshop");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self, "UPDATE learners SET workshop_id = ? WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  if (workshop_id != 0)
    sqlite3_bind_int64 (statement, 1, workshop_id);
  else
    sqlite3_bind_null (statement, 1);
  sqlite3_bind_int64 (statement, 2, learner_id);

  if (sqlite3_step (statement) != SQLITE_DONE)
    {
      /* The workshop was deleted, perhaps in another window. */
      if (sqlite3_extended_errcode (hearth_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("%s: the workshop is no longer in the list"), what);
          return FALSE;
        }
      return hearth_store_set_sqlite_error (self, error, what);
    }

  return hearth_store_check_one_changed (self, what, error);
}

/* Erases her and everything that is hers: progress, quiz attempts and
 * answers, survey answers, family agreements with their children and rules,
 * all through the foreign keys' ON DELETE CASCADE, in one statement, so
 * nothing is left half-erased. */
gboolean
hearth_store_delete_learner (HearthStore  *self,
                             gint64        learner_id,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not erase the learner");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self, "DELETE FROM learners WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  if (!hearth_store_step_done (self, statement, what, error) ||
      !hearth_store_check_one_changed (self, what, error))
    return FALSE;

  /* With WAL, the pages as they were before the erase can still be in the
   * -wal file: copy the erase into the database and empty that file now.
   * Another window reading at this moment can keep the checkpoint from
   * finishing; the next one (SQLite's own, or the next erase) does it. */
  sqlite3_exec (hearth_store_get_db (self), "PRAGMA wal_checkpoint(TRUNCATE);", NULL, NULL, NULL);
  return TRUE;
}
