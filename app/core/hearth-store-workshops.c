/* hearth-store-workshops.c: the workshops a trainer runs, and who is in each
 *
 * Part of HearthStore. A learner belongs to one workshop or none; deleting a
 * workshop keeps its learners and their progress, in no workshop (the
 * schema's ON DELETE SET NULL). Names are kept without spaces at either end
 * and no two workshops share one, so `--workshop NAME` finds exactly one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "hearth-i18n.h"
#include "hearth-store-internal.h"
#include "hearth-workshop.h"

static HearthWorkshop *
workshop_from_row (sqlite3_stmt *statement)
{
  return hearth_workshop_new (sqlite3_column_int64 (statement, 0),
                              (const char *) sqlite3_column_text (statement, 1),
                              (const char *) sqlite3_column_text (statement, 2),
                              (const char *) sqlite3_column_text (statement, 3));
}

/* Checks a workshop before it is written, @id being its own id (0 for a new
 * one) so that it may keep its name. */
static gboolean
check_workshop (HearthStore  *self,
                gint64        id,
                const char   *name,
                const char   *held_on,
                const char   *place,
                const char   *what,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int status;

  if (!hearth_workshop_check (name, held_on, place, error))
    return FALSE;

  statement = hearth_store_prepare (self, "SELECT 1 FROM workshops WHERE name = ? AND id != ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, id);
  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    {
      g_set_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_SAME_NAME,
                   /* Translators: %s is the name of a workshop */
                   _("There is already a workshop called “%s”. Please choose another name, "
                     "for example with the place or the month in it."),
                   name);
      return FALSE;
    }
  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);

  return TRUE;
}

/* Returns the new workshop's id, or 0 with @error set. @place may be NULL. */
gint64
hearth_store_add_workshop (HearthStore  *self,
                           const char   *name,
                           const char   *held_on,
                           const char   *place,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *stripped = NULL;
  const char *what = _("Could not save the workshop");

  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  if (!check_workshop (self, 0, stripped, held_on, place, what, error))
    return 0;

  statement = hearth_store_prepare (self,
                                    "INSERT INTO workshops (name, held_on, place, created_at) VALUES (?, ?, ?, ?)",
                                    what, error);
  if (statement == NULL)
    return 0;

  sqlite3_bind_text (statement, 1, stripped, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, place != NULL ? place : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, hearth_store_now ());
  if (!hearth_store_step_done (self, statement, what, error))
    return 0;

  return sqlite3_last_insert_rowid (hearth_store_get_db (self));
}

gboolean
hearth_store_update_workshop (HearthStore  *self,
                              gint64        id,
                              const char   *name,
                              const char   *held_on,
                              const char   *place,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *stripped = NULL;
  const char *what = _("Could not save the workshop");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  if (!check_workshop (self, id, stripped, held_on, place, what, error))
    return FALSE;

  statement = hearth_store_prepare (self, "UPDATE workshops SET name = ?, held_on = ?, place = ? WHERE id = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, stripped, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, place != NULL ? place : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, id);
  return hearth_store_step_done (self, statement, what, error) && hearth_store_check_one_changed (self, what, error);
}

/* Its learners stay, in no workshop. */
gboolean
hearth_store_delete_workshop (HearthStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not delete the workshop");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self, "DELETE FROM workshops WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return hearth_store_step_done (self, statement, what, error) && hearth_store_check_one_changed (self, what, error);
}

/* The latest workshop first: the one a trainer is running now. */
GPtrArray *
hearth_store_list_workshops (HearthStore  *self,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) workshops = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_workshop_free);
  const char *what = _("Could not read the list of workshops");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self,
                                    "SELECT id, name, held_on, place FROM workshops "
                                    "ORDER BY held_on DESC, created_at DESC, id DESC",
                                    what, error);
  if (statement == NULL)
    return NULL;

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (workshops, workshop_from_row (statement));
  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  return g_steal_pointer (&workshops);
}

/* The exact name, as kept (without spaces at either end). */
HearthWorkshop *
hearth_store_find_workshop_by_name (HearthStore  *self,
                                    const char   *name,
                                    GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *stripped = NULL;
  const char *what = _("Could not read the list of workshops");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stripped = g_strstrip (g_strdup (name));
  statement = hearth_store_prepare (self, "SELECT id, name, held_on, place FROM workshops WHERE name = ?",
                                    what, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, stripped, -1, SQLITE_TRANSIENT);
  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    return workshop_from_row (statement);
  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               /* Translators: %s is the name of a workshop as the trainer typed it */
               _("There is no workshop called “%s”. Check the spelling: "
                 "the name must be exactly as in the trainer’s list of workshops."),
               stripped);
  return NULL;
}

/* The learners of one workshop, or with @workshop_id 0 those in none, in
 * the order they were added. The learner objects come from
 * hearth_store_list_learners(), the one place they are built, so they carry
 * everything it reads; this only chooses among them. */
GPtrArray *
hearth_store_list_workshop_learners (HearthStore  *self,
                                     gint64        workshop_id,
                                     GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  const char *what = _("Could not read the list of learners");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self,
                                    workshop_id != 0 ? "SELECT id FROM learners WHERE workshop_id = ?"
                                                     : "SELECT id FROM learners WHERE workshop_id IS NULL",
                                    what, error);
  if (statement == NULL)
    return NULL;
  if (workshop_id != 0)
    sqlite3_bind_int64 (statement, 1, workshop_id);

  members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_hash_table_add (members, g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 0) }, sizeof (gint64)));
  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  learners = hearth_store_list_learners (self, error);
  if (learners == NULL)
    return NULL;

  chosen = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < learners->len; i++)
    {
      HearthLearner *learner = g_ptr_array_index (learners, i);
      gint64 id = hearth_learner_get_id (learner);

      if (g_hash_table_contains (members, &id))
        g_ptr_array_add (chosen, g_object_ref (learner));
    }

  return g_steal_pointer (&chosen);
}
