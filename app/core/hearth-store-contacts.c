/* hearth-store-contacts.c: the local help contacts a trainer keeps
 *
 * Part of HearthStore: the numbers of the local children's services and
 * others a trainer enters, shown on the "Get help now" page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-store-internal.h"

GPtrArray *
hearth_store_list_local_contacts (HearthStore  *self,
                                  GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_local_contact_free);
  const char *what = _("Could not read the local contacts");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self,
                                    "SELECT id, name, phone, when_to_call FROM local_contacts ORDER BY created_at, id",
                                    what, error);
  if (statement == NULL)
    return NULL;

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (contacts,
                     hearth_local_contact_new (sqlite3_column_int64 (statement, 0),
                                               (const char *) sqlite3_column_text (statement, 1),
                                               (const char *) sqlite3_column_text (statement, 2),
                                               (const char *) sqlite3_column_text (statement, 3)));
  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  return g_steal_pointer (&contacts);
}

/* Returns the new contact's id, or 0 with @error set. */
gint64
hearth_store_add_local_contact (HearthStore  *self,
                                const char   *name,
                                const char   *phone,
                                const char   *when,
                                GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save the contact");

  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  if (!hearth_local_contact_check (name, phone, when, error))
    return 0;

  statement = hearth_store_prepare (self,
                                    "INSERT INTO local_contacts (name, phone, when_to_call, created_at) VALUES (?, ?, ?, ?)",
                                    what, error);
  if (statement == NULL)
    return 0;

  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, when, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, hearth_store_now ());
  if (!hearth_store_step_done (self, statement, what, error))
    return 0;

  return sqlite3_last_insert_rowid (hearth_store_get_db (self));
}

gboolean
hearth_store_update_local_contact (HearthStore  *self,
                                   gint64        id,
                                   const char   *name,
                                   const char   *phone,
                                   const char   *when,
                                   GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not save the contact");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (!hearth_local_contact_check (name, phone, when, error))
    return FALSE;

  statement = hearth_store_prepare (self,
                                    "UPDATE local_contacts SET name = ?, phone = ?, when_to_call = ? WHERE id = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, when, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, id);
  return hearth_store_step_done (self, statement, what, error) && hearth_store_check_one_changed (self, what, error);
}

gboolean
hearth_store_remove_local_contact (HearthStore  *self,
                                   gint64        id,
                                   GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not remove the contact");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self, "DELETE FROM local_contacts WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return hearth_store_step_done (self, statement, what, error) && hearth_store_check_one_changed (self, what, error);
}
